# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Passport data pages, round 3: five new countries and arrangements, each with a valid ICAO 9303 TD3 MRZ."""

from r2lib.passports import td3

from .common import D, Doc, Truth, dmon, dmy, face_box, guilloche, signature_image

ITA_M = [
    "GEN/JAN",
    "FEB/FEB",
    "MAR/MAR",
    "APR/APR",
    "MAG/MAY",
    "GIU/JUN",
    "LUG/JUL",
    "AGO/AUG",
    "SET/SEP",
    "OTT/OCT",
    "NOV/NOV",
    "DIC/DEC",
]
TUR_M = [
    "OCA/JAN",
    "ŞUB/FEB",
    "MAR/MAR",
    "NİS/APR",
    "MAY/MAY",
    "HAZ/JUN",
    "TEM/JUL",
    "AĞU/AUG",
    "EYL/SEP",
    "EKİ/OCT",
    "KAS/NOV",
    "ARA/DEC",
]
MONTH_SETS = [ITA_M, TUR_M]


def fmt(p, s):
    d = D(s)
    f = p["datefmt"]
    if f == "dmon":
        return dmon(d)
    if f == "dmy":
        return dmy(d)
    if f == "mon":
        return f"{d.day:02d} {p['months'][d.month - 1]} {d.year}"
    return d.isoformat()


def render(p, rng):
    T = Truth()
    copy = p.get("copy", False)
    if copy:
        d = Doc()
        ox, oy = 45, 40
    else:
        d = Doc(fmt=(128, 90))
        ox, oy = 1.5, 1
    W, H = 125, 88
    d.img(guilloche(1250, 880, rng, color=p["gcol"], bg=p.get("bg", (245, 243, 235))), ox, oy, W, H)
    if copy:
        d.rect2(ox, oy, W, H, draw=(60, 60, 60), lw=0.3)
    fam = p["font"]
    d.t(ox + W / 2, oy + 2.5, p["header"], fam, 7, "B", align="C", color=p.get("hcol", (0, 0, 0)))
    right = p.get("photo_right", False)
    px = ox + W - 35 if right else ox + 3.5
    d.img(face_box(300, 380, rng), px, oy + 11, 31, 40)
    tx = ox + 4 if right else ox + 38
    L = p["labels"]
    y = oy + 9.5
    stacked = p.get("stacked", False)  # each language on its own label line

    def fld(key, val, x, yy):
        lab = L[key]
        if stacked:
            parts = lab.split("/")
            for i, part in enumerate(parts):
                d.t(x, yy + i * 2.1, part.strip(), fam, 4.3, color=(70, 60, 90))
            d.t(x, yy + 2.1 * len(parts) + 0.2, val, fam, 7.3, "B")
        else:
            d.t(x, yy, lab, fam, 4.6, color=(70, 60, 90))
            d.t(x, yy + 2.3, val, fam, 7.3, "B")

    step = 8.3 if stacked else 7.3
    fld("type", "P", tx, y)
    fld("code", p["code"], tx + 14, y)
    num_x = tx + 40
    if p.get("num_red"):
        d.t(ox + W - 3, oy + 7, p["number"], fam, 9, "B", color=(190, 30, 30), align="R")
        T.v("passport_number", p["number"], p["number"])
    else:
        fld("number", T.v("passport_number", p["number"], p["number"]), num_x, y)
    y += step
    fld("surname", T.v("holder_name", p["given"] + " " + p["surname"], p["surname"]), tx, y)
    T.also("holder_name", p["given"] + " " + p["surname"], p["given"])
    y += step
    fld("given", p["given"], tx, y)
    y += step
    fld("nat", p["nat_text"], tx, y)
    T.v("nationality", p["code"], p["code"])
    y += step
    fld("dob", T.v("date_of_birth", D(p["dob"]), fmt(p, p["dob"])), tx, y)
    fld("sex", p["sex"], tx + 42, y)
    y += step
    fld("pob", p["pob"], tx, y)
    y += step
    fld("issue", fmt(p, p["issued"]), tx, y)
    fld("expiry", T.v("expiry_date", D(p["expiry"]), fmt(p, p["expiry"])), tx + 42, y)
    if y + step < oy + 68:
        y += step
        fld("auth", p["authority"], tx, y)
    d.img(signature_image(rng, ink=(20, 20, 20)), px + 2, oy + 54, 26, 8)
    l1, l2 = td3(p)
    d.rect2(ox, oy + 72, W, 16, fill=(250, 250, 250), draw=None)
    d.t(ox + 3, oy + 73.5, l1, "ocrb", 8.85)
    d.t(ox + 3, oy + 80, l2, "ocrb", 8.85)
    if copy:
        d.t(ox, oy - 12, p.get("copy_note", "Copy of passport data page"), "sans", 9, "I")
        d.t(
            ox,
            oy + H + 8,
            "I certify this is a true copy of the original document seen by me.",
            "sans",
            8.5,
        )
        d.img(signature_image(rng), ox, oy + H + 13, 34, 11)
        d.t(ox, oy + H + 26, "R. Thibodeau, Commissioner of Oaths, Moncton, NB", "sans", 8.5)
    return d, T


P = [
    (
        "ken-01",
        dict(
            code="KEN",
            surname="WANJIKU",
            given="GRACE NJERI",
            number="AK1047823",
            dob="1993-06-18",
            expiry="2033-03-09",
            issued="2023-03-10",
            sex="F",
            nat_text="KENYAN",
            pob="NYERI",
            authority="REGISTRAR GENERAL NAIROBI",
            datefmt="dmon",
            font="notosans",
            gcol=(160, 200, 170),
            header="REPUBLIC OF KENYA / JAMHURI YA KENYA   PASSPORT / PASIPOTI",
            stacked=True,
            labels=dict(
                type="Type / Aina",
                code="Code / Msimbo",
                number="Passport No. / Nambari ya Pasipoti",
                surname="Surname / Jina la Ukoo",
                given="Given Names / Majina",
                nat="Nationality / Uraia",
                dob="Date of Birth / Tarehe ya Kuzaliwa",
                sex="Sex / Jinsia",
                pob="Place of Birth / Mahali pa Kuzaliwa",
                issue="Date of Issue / Tarehe ya Kutolewa",
                expiry="Date of Expiry / Tarehe ya Kuisha",
                auth="Authority / Mamlaka",
            ),
        ),
    ),
    (
        "tur-02",
        dict(
            code="TUR",
            surname="YILDIZ",
            given="ELİF",
            number="U18830492",
            dob="1995-09-27",
            expiry="2035-02-20",
            issued="2025-02-21",
            sex="F",
            nat_text="T.C./TUR",
            pob="İZMİR",
            authority="İÇİŞLERİ BAKANLIĞI",
            datefmt="mon",
            months=TUR_M,
            font="dejavu",
            gcol=(225, 180, 180),
            header="TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE   PASAPORT",
            copy=True,
            copy_note="Photocopy — passport data page (Pasaport)",
            labels=dict(
                type="Tipi/Type/Type",
                code="Ülke Kodu/Country Code/Code",
                number="Pasaport No/Passport No/Passeport n°",
                surname="Soyadı/Surname/Nom",
                given="Adı/Given Name(s)/Prénoms",
                nat="Uyruğu/Nationality/Nationalité",
                dob="Doğum Tarihi/Date of Birth/Date de naissance",
                sex="Cinsiyeti/Sex/Sexe",
                pob="Doğum Yeri/Place of Birth/Lieu de naissance",
                issue="Veriliş Tarihi/Date of Issue",
                expiry="Geçerlilik Tarihi/Date of Expiry",
                auth="Makam/Authority",
            ),
        ),
    ),
    (
        "ita-03",
        dict(
            code="ITA",
            surname="DE LUCA",
            given="MATTEO",
            number="YC4417708",
            dob="1990-01-24",
            expiry="2034-07-15",
            issued="2024-07-16",
            sex="M",
            nat_text="ITALIANA",
            pob="NAPOLI (NA)",
            authority="MINISTRO AFFARI ESTERI",
            datefmt="mon",
            months=ITA_M,
            font="freeserif",
            gcol=(200, 170, 210),
            header="REPUBBLICA ITALIANA   PASSAPORTO / PASSPORT / PASSEPORT",
            num_red=True,
            photo_right=False,
            labels=dict(
                type="Tipo / Type / Type",
                code="Codice Paese / Code / Code",
                number="Passaporto N. / Passport No.",
                surname="Cognome / Surname / Nom",
                given="Nome / Given names / Prénoms",
                nat="Cittadinanza / Nationality / Nationalité",
                dob="Data di nascita / Date of birth / Date de naissance",
                sex="Sesso / Sex / Sexe",
                pob="Luogo di nascita / Place of birth / Lieu de naissance",
                issue="Data di rilascio / Date of issue / Date de délivrance",
                expiry="Data di scadenza / Date of expiry / Date d'expiration",
                auth="Autorità / Authority / Autorité",
            ),
        ),
    ),
    (
        "hti-04",
        dict(
            code="HTI",
            surname="JEAN-BAPTISTE",
            given="WOODLINE",
            number="RD3390112",
            dob="1996-11-29",
            expiry="2031-05-13",
            issued="2021-05-14",
            sex="F",
            nat_text="HAÏTIENNE",
            pob="CAP-HAÏTIEN",
            authority="DIR. IMMIGRATION ÉMIGRATION",
            datefmt="dmy",
            font="opensans",
            gcol=(170, 180, 225),
            header="RÉPUBLIQUE D'HAÏTI   PASSEPORT / PASSPORT   (JJ/MM/AAAA)",
            photo_right=True,
            labels=dict(
                type="Type",
                code="Code du pays / Country code",
                number="N° de passeport / Passport No.",
                surname="Nom / Surname",
                given="Prénoms / Given names",
                nat="Nationalité / Nationality",
                dob="Date de naissance / Date of birth",
                sex="Sexe / Sex",
                pob="Lieu de naissance / Place of birth",
                issue="Date de délivrance / Date of issue",
                expiry="Date d'expiration / Date of expiry",
                auth="Autorité / Authority",
            ),
        ),
    ),
    (
        "bgd-05",
        dict(
            code="BGD",
            surname="CHOWDHURY",
            given="FARHAN ISLAM",
            number="A06617729",
            dob="1989-04-02",
            expiry="2032-10-06",
            issued="2022-10-07",
            sex="M",
            nat_text="BANGLADESHI",
            pob="CHATTOGRAM",
            authority="DIP/DHAKA",
            datefmt="dmon",
            font="robcond",
            gcol=(170, 215, 190),
            header="PEOPLE'S REPUBLIC OF BANGLADESH   PASSPORT",
            optional="2694518830",
            copy=True,
            copy_note="Notarized copy of passport — page 2",
            labels=dict(
                type="Type",
                code="Country Code",
                number="Passport No.",
                surname="Surname",
                given="Given Name",
                nat="Nationality",
                dob="Date of Birth",
                sex="Sex",
                pob="Place of Birth",
                issue="Date of Issue",
                expiry="Date of Expiry",
                auth="Issuing Authority",
            ),
        ),
    ),
]


def _mk(p):
    return lambda rng: render(p, rng)


LAYOUTS = [(n, _mk(p)) for n, p in P]
