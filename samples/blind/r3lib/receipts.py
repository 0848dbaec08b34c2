# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Acknowledgements of receipt and submission confirmations, round 3."""

from .common import D, Doc, Truth, d_mon_y, dmy_long, fr, iso, long_en


def _ircc_head(d, F, fr_first=False):
    d.rect2(14, 12, 5, 10, fill=(200, 16, 46), draw=None)
    a, b = (
        "Immigration, Refugees and Citizenship Canada",
        "Immigration, Réfugiés et Citoyenneté Canada",
    )
    if fr_first:
        a, b = b, a
    d.t(22, 12, a, F, 9.5, "B")
    d.t(22, 17, b, F, 9.5)
    d.t(202, 12, "Canada", F, 12, "B", align="R")


def aor_letter_sp_ext_01(rng):
    """AOR letter for a study permit extension: file-number table at the top right, 'Date Received' inside the
    reference block, the letter date in the body as a distractor; Liberation Serif."""
    T = Truth()
    d = Doc()
    F = "serif"
    _ircc_head(d, F)
    ref = [
        ("Date", "November 4, 2026"),
        ("Application No.", T.v("application_number", "S308871244", "S308871244")),
        ("UCI", "11-9930-2284"),
        ("Date Received", T.v("filed_date", D("2026-10-28"), "October 28, 2026")),
    ]
    y = 30
    for a, b in ref:
        d.t(120, y, a + ":", F, 10)
        d.t(160, y, b, F, 10, "B")
        y += 5.5
    name = T.v("applicant_name", "Aarav Mehta", "Aarav Mehta")
    d.t(20, 58, name, F, 11)
    d.t(20, 63, "1502 - 25 Holly Street", F, 11)
    d.t(20, 68, "Toronto ON M4S 3E6", F, 11)
    d.t(20, 82, f"Dear {name}:", F, 11)
    d.t(
        20,
        91,
        "RE: Acknowledgement of Receipt — Application to change conditions or extend stay as a student",
        F,
        11,
        "B",
    )
    T.v("application_type", "study_permit_extension", "extend stay as a student")
    body = (
        "This letter confirms that your application for an extension of your study permit has been received. "
        "It has been assigned the application number shown above. Please quote this number in all communications. "
        "If you applied before your current permit expired, you may continue to study under the same conditions until "
        "a decision is made on your application (maintained status). Do not send additional documents unless requested."
    )
    y = d.mt(20, 100, 176, body, F, 11, lh=1.5)
    y = d.mt(20, y + 4, 176, "You can check the status of your application online.", F, 11, lh=1.5)
    d.t(20, y + 10, "Case Processing Centre — Edmonton", F, 11)
    d.t(20, y + 16, "Immigration, Refugees and Citizenship Canada", F, 11)
    return d, T


def portal_wpx_02(rng):
    """IRCC account 'Submission confirmation' printout for a work permit extension: a green check banner, a
    two-column summary with the date submitted in 'dd-Mon-yyyy hh:mm' form, and the fee receipt below with
    its own payment date as a distractor; Noto Sans."""
    T = Truth()
    d = Doc()
    F = "notosans"
    d.rect2(0, 0, 216, 14, fill=(38, 55, 74), draw=None)
    d.t(14, 4, "IRCC secure account", F, 10, "B", color=(255, 255, 255))
    d.t(202, 4.5, "Sign out", F, 8.5, color=(220, 220, 220), align="R")
    d.rect2(14, 22, 188, 16, fill=(232, 245, 233), draw=(40, 140, 70), lw=0.5)
    d.t(20, 25, "✓", "dejavu", 14, "B", color=(40, 140, 70))
    d.t(30, 24.5, "Submission confirmation", F, 13, "B", color=(20, 90, 40))
    d.t(30, 31, "Your application has been submitted.", F, 9.5)
    rows = [
        ("Applicant", T.v("applicant_name", "Sofia Petrova", "Sofia Petrova")),
        (
            "Application type",
            T.v(
                "application_type",
                "work_permit_extension",
                "Work Permit (inside Canada) - Extension",
            ),
        ),
        ("Application number", T.v("application_number", "W310552871", "W310552871")),
        ("Date submitted", T.v("filed_date", D("2026-08-14"), "14-Aug-2026") + " 23:41 ET"),
        ("Confirmation number", "CN-8830-2217-44"),
    ]
    y = 48
    for a, b in rows:
        d.t(14, y, a, F, 9.5, color=(90, 90, 90))
        d.t(70, y, b, F, 10.5, "B")
        d.hl(14, 202, y + 6.5, 0.15, (210, 210, 210))
        y += 9
    y += 6
    d.t(14, y, "Fee receipt", F, 11.5, "B")
    y += 8
    for a, b in [
        ("Processing fee - work permit", "$155.00"),
        ("Open work permit holder fee", "$0.00"),
        ("Total paid", "$155.00"),
        ("Payment date", "2026-08-13"),
        ("Receipt number", "0000BCD4471"),
    ]:
        d.t(14, y, a, F, 9.5)
        d.t(202, y, b, F, 9.5, align="R")
        y += 6.5
    d.mt(
        14,
        y + 8,
        188,
        "Keep this confirmation. If your permit expires while we process your application, you may keep working under "
        "the same conditions as long as you stay in Canada (maintained status).",
        F,
        9,
        lh=1.4,
        color=(70, 70, 70),
    )
    return d, T


def accuse_pgwp_fr_03(rng):
    """French acknowledgement for a PGWP: 'Accusé de réception' letter, French first with the English version
    summarised in a box at the bottom; 'reçue le 9 septembre 2026'; DejaVu Serif."""
    T = Truth()
    d = Doc()
    F = "dvserif"
    _ircc_head(d, F, fr_first=True)
    d.t(202, 30, "Le 15 septembre 2026", F, 10, align="R")
    name = T.v("applicant_name", "Léa Moreau", "Léa Moreau")
    d.t(20, 40, name, F, 10.5)
    d.t(20, 45, "4120, rue Saint-Denis, app. 3", F, 10.5)
    d.t(20, 50, "Montréal (Québec) H2W 2M5", F, 10.5)
    d.t(
        20,
        62,
        "Numéro de demande : " + T.v("application_number", "W309917465", "W309917465"),
        F,
        10.5,
        "B",
    )
    d.t(20, 68, "IUC : 33-1042-8816", F, 10.5)
    d.t(20, 80, "Objet : Accusé de réception — permis de travail postdiplôme", F, 10.5, "B")
    T.v("application_type", "pgwp", "permis de travail postdiplôme")
    body = (
        f"Madame, Monsieur,\n\nNous accusons réception de votre demande de permis de travail postdiplôme, reçue le "
        f"{T.v('filed_date', D('2026-09-09'), '9 septembre 2026')}. Votre demande sera traitée dans l'ordre de réception. "
        "Si vous avez présenté votre demande avant l'expiration de votre statut, vous pouvez demeurer au Canada jusqu'à ce "
        "qu'une décision soit rendue. N'envoyez pas de documents supplémentaires à moins qu'on ne vous le demande.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées."
    )
    y = d.mt(20, 90, 176, body, F, 10.5, lh=1.5)
    d.t(20, y + 6, "Centre de traitement des demandes", F, 10.5)
    d.rect2(20, 220, 176, 28, draw=(120, 120, 120), lw=0.3)
    d.mt(
        23,
        223,
        170,
        "English: We acknowledge receipt of your application for a post-graduation work permit, received on "
        "September 9, 2026 (application number W309917465). Please quote this number in all correspondence.",
        F,
        9,
        lh=1.4,
    )
    T.also("filed_date", D("2026-09-09"), "September 9, 2026")
    return d, T


def aor_pr_table_04(rng):
    """Permanent residence AOR with a framed 'Application details' table (Principal applicant | Application number |
    Date of receipt) and a separate 'Date of this letter' and biometrics deadline as distractors; Carlito."""
    T = Truth()
    d = Doc()
    F = "carlito"
    _ircc_head(d, F)
    d.t(20, 30, "Date of this letter: " + "02 December 2026", F, 11)
    d.t(
        20,
        42,
        "ACKNOWLEDGEMENT OF RECEIPT (AOR) — PERMANENT RESIDENCE, CANADIAN EXPERIENCE CLASS",
        F,
        12,
        "B",
    )
    T.v("application_type", "permanent_residence", "PERMANENT RESIDENCE")
    heads = ["Principal applicant", "Application number", "Date of receipt"]
    vals = [
        T.v("applicant_name", "Kenji Watanabe", "WATANABE, Kenji"),
        T.v("application_number", "E002218836", "E002218836"),
        T.v("filed_date", D("2026-11-19"), "19 November 2026"),
    ]
    x = 20
    for h, v in zip(heads, vals, strict=False):
        d.rect2(x, 52, 58.7, 8, fill=(230, 230, 230), draw=(0, 0, 0), lw=0.3)
        d.rect2(x, 60, 58.7, 9, draw=(0, 0, 0), lw=0.3)
        d.t(x + 2, 53.5, h, F, 10, "B")
        d.t(x + 2, 62, v, F, 11)
        x += 58.7
    body = (
        "Your application for permanent residence has been received and has passed the completeness check. "
        "You must give your biometrics within 30 days, by 19 December 2026, if you have not given them in the last ten years. "
        "Processing times are posted on our website. Notify us of any change of address, marital status or family composition."
    )
    y = d.mt(20, 78, 176, body, F, 11, lh=1.5)
    d.t(20, y + 8, "Centralized Intake Office, Sydney NS", F, 11)
    return d, T


LAYOUTS = [
    ("aor-letter-sp-ext-01", aor_letter_sp_ext_01),
    ("portal-wpx-02", portal_wpx_02),
    ("accuse-pgwp-fr-03", accuse_pgwp_fr_03),
    ("aor-pr-table-04", aor_pr_table_04),
]
_unused = (long_en, fr, iso, dmy_long, d_mon_y)
