"""A large synthetic case for the performance benchmark: text-layer, scanned and photographed pages.

Deterministic for a given seed. Pages are employment letters and pay stubs (English, some
French) with names, dates, amounts and hours, so that OCR has digits to get wrong. Scans and
photos come from `samples/gen/degrade.py`, the same degradations the committed samples use.

The case folder holds only documents. Beside it the builder writes what the benchmark needs:
`truth.json` (the words of every page, to score OCR) and `cli-images/` (the exact image every
scanned page carries, for timing the raw `tesseract` CLI on the same pixels).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from samples.gen.common import MONTHS_FR, new_pdf
from samples.gen.degrade import jpeg_bytes, photo, render, scan

SCAN_DPI = 300
PHOTO_DPI = 200
SCAN_JPEG_QUALITY = 60
PHOTO_JPEG_QUALITY = 80

FIRST = ["Amara", "Luis", "Priya", "Chen", "Fatima", "Olek", "Noor", "Mateo", "Aiko", "Ravi"]
LAST = ["Okafor", "Fernandes", "Raman", "Wei", "Haddad", "Kowalski", "Siddiqui", "Rossi"]
EMPLOYERS = [
    "Maple Ridge Logistics Inc.",
    "Northern Light Software Ltd.",
    "Bayview Dental Clinic",
    "Prairie Harvest Foods Corp.",
    "Harbourfront Hotel Group",
    "Laurentian Builders Ltd.",
]
TITLES = [
    "Software Developer",
    "Dental Assistant",
    "Food Service Supervisor",
    "Logistics Analyst",
    "Cook",
    "Construction Estimator",
    "Retail Sales Supervisor",
]
DUTIES = [
    "Prepare weekly schedules and assign shifts to staff",
    "Review invoices and reconcile accounts against purchase orders",
    "Design, code and test software modules for client projects",
    "Train new employees in safety and hygiene procedures",
    "Order supplies and maintain inventory records",
    "Resolve customer complaints and prepare incident reports",
    "Estimate material and labour costs from drawings",
]
FR_DUTIES = [
    "Préparer les horaires hebdomadaires et répartir les quarts de travail",
    "Vérifier les factures et rapprocher les comptes fournisseurs",
    "Former les nouveaux employés aux procédures de sécurité",
    "Commander les fournitures et tenir les registres d'inventaire",
]
CITIES = [
    "Toronto, ON M5V 2T6",
    "Vancouver, BC V6B 1A1",
    "Calgary, AB T2P 1J9",
    "Montréal, QC H3B 2Y5",
    "Halifax, NS B3J 1S9",
]


@dataclass
class CasePlan:
    digital_pages: int
    scanned_pages: int
    photo_pages: int
    seed: int = 6


@dataclass
class BuiltCase:
    root: Path  # holds case/, truth.json, cli-images/
    case: Path
    digital_files: list[str] = field(default_factory=list)
    scanned_files: list[str] = field(default_factory=list)
    photo_files: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # pages by source
    truth: dict[str, list[str]] = field(default_factory=dict)  # "file#page" -> words
    cli_images: list[Path] = field(default_factory=list)


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _letter_page(pdf, rng: random.Random, french: bool) -> list[str]:
    """One employment-letter page; returns every word printed."""
    words: list[str] = []

    def line(text: str, size: int = 11, style: str = "", h: float = 16) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
        words.extend(text.split())

    pdf.add_page()
    employer = rng.choice(EMPLOYERS)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    title = rng.choice(TITLES)
    start = dt.date(2021, 1, 4) + dt.timedelta(days=rng.randrange(900))
    hours = rng.choice([30, 35, 37.5, 40, 44])
    wage = round(rng.uniform(17, 58), 2)
    line(employer, 15, "B", 20)
    line(
        f"{rng.randrange(10, 9999)} {rng.choice(['King', 'Main', 'Bay', 'Elm'])} Street, "
        f"{rng.choice(CITIES)}  |  Tel. {rng.randrange(200, 999)}-{rng.randrange(200, 999)}-"
        f"{rng.randrange(1000, 9999)}",
        9,
    )
    pdf.ln(14)
    issued = start + dt.timedelta(days=400 + rng.randrange(300))
    if french:
        line(f"Le {issued.day} {MONTHS_FR[issued.month - 1]} {issued.year}")
        pdf.ln(8)
        line("Objet : Attestation d'emploi", 12, "B")
        line(
            f"Nous attestons que {name} occupe le poste de {title} au sein de notre entreprise "
            f"depuis le {start.isoformat()}, à raison de {hours:g} heures par semaine, au taux "
            f"horaire de {wage:.2f} $. Il s'agit d'un emploi permanent à temps plein."
        )
        pdf.ln(6)
        line("Principales fonctions :", 11, "B")
        for d in rng.sample(FR_DUTIES, 3):
            line(f"- {d}")
    else:
        line(issued.strftime("%B %d, %Y"))
        pdf.ln(8)
        line("To whom it may concern: Employment verification", 12, "B")
        line(
            f"This letter confirms that {name} has been employed by {employer} as a {title} "
            f"since {start.strftime('%B %d, %Y')}. The position is permanent and full-time, at "
            f"{hours:g} hours per week, and the current wage is {_money(wage)} per hour "
            f"({_money(wage * hours * 52)} per year)."
        )
        pdf.ln(6)
        line("Main duties:", 11, "B")
        for d in rng.sample(DUTIES, 4):
            line(f"- {d}")
    pdf.ln(10)
    line("Sincerely," if not french else "Veuillez agréer nos salutations distinguées,")
    line(f"{rng.choice(FIRST)} {rng.choice(LAST)}, Human Resources Manager")
    return words


def _stub_page(pdf, rng: random.Random) -> list[str]:
    """One pay-stub page with an earnings table; returns every word printed."""
    words: list[str] = []

    def cell(text: str, w: float, size: int = 10, style: str = "", align: str = "L") -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.cell(w, 18, text, align=align)
        words.extend(text.split())

    pdf.add_page()
    employer = rng.choice(EMPLOYERS)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    end = dt.date(2022, 1, 14) + dt.timedelta(days=14 * rng.randrange(60))
    start = end - dt.timedelta(days=13)
    cell(employer, 0, 14, "B")
    pdf.ln(24)
    cell("Statement of Earnings and Deductions", 0, 11, "B")
    pdf.ln(22)
    for label, value in (
        ("Employee:", name),
        ("Employee ID:", str(rng.randrange(10000, 99999))),
        ("Pay period:", f"{start.isoformat()} to {end.isoformat()}"),
        ("Pay date:", (end + dt.timedelta(days=5)).isoformat()),
    ):
        cell(label, 110, 10, "B")
        cell(value, 0)
        pdf.ln(18)
    pdf.ln(10)
    for head in ("Earnings", "Hours", "Rate", "Current", "Year to date"):
        cell(head, 100, 10, "B", "R" if head != "Earnings" else "L")
    pdf.ln(20)
    rate = round(rng.uniform(17, 45), 2)
    gross = 0.0
    periods = rng.randrange(2, 24)
    for kind, h, r in (
        ("Regular", rng.choice([60.0, 70.0, 75.0, 80.0]), rate),
        ("Overtime", float(rng.randrange(0, 9)), round(rate * 1.5, 2)),
        ("Vacation pay", 0.0, 0.0),
    ):
        current = round(h * r, 2) if kind != "Vacation pay" else round(gross * 0.04, 2)
        gross += current
        cell(kind, 100)
        cell(f"{h:.2f}" if h else "", 100, align="R")
        cell(f"{r:.2f}" if r else "", 100, align="R")
        cell(f"{current:,.2f}", 100, align="R")
        cell(f"{current * periods:,.2f}", 100, align="R")
        pdf.ln(18)
    pdf.ln(8)
    deductions = {"CPP": gross * 0.0595, "EI": gross * 0.0163, "Income tax": gross * 0.15}
    for label, amount in deductions.items():
        cell(label, 300)
        cell(f"{amount:,.2f}", 100, align="R")
        cell(f"{amount * periods:,.2f}", 100, align="R")
        pdf.ln(18)
    pdf.ln(8)
    net = gross - sum(deductions.values())
    for label, amount in (("Gross pay", gross), ("Net pay", net)):
        cell(label, 300, 10, "B")
        cell(f"{amount:,.2f}", 100, 10, "B", "R")
        pdf.ln(18)
    return words


def _document(rng: random.Random, pages: int, created: dt.date) -> tuple[bytes, list[list[str]]]:
    """A born-digital PDF of `pages` pages (letters or stubs); its bytes and words per page."""
    pdf = new_pdf(created)
    per_page: list[list[str]] = []
    stub = rng.random() < 0.5
    french = not stub and rng.random() < 0.2
    for _ in range(pages):
        per_page.append(_stub_page(pdf, rng) if stub else _letter_page(pdf, rng, french))
    return bytes(pdf.output()), per_page


def _image_pdf(
    jpegs: list[bytes], sizes: list[tuple[int, int]], dpi: int, created: dt.date
) -> bytes:
    pdf = new_pdf(created)
    pdf.set_creator("Scanner firmware 2.1")
    for data, (w_px, h_px) in zip(jpegs, sizes, strict=True):
        w, h = w_px * 72 / dpi, h_px * 72 / dpi
        pdf.add_page(format=(w, h))
        pdf.image(io.BytesIO(data), x=0, y=0, w=w, h=h)
    return bytes(pdf.output())


def _sizes(rng: random.Random, total: int, low: int, high: int) -> list[int]:
    out: list[int] = []
    while sum(out) < total:
        out.append(min(rng.randint(low, high), total - sum(out)))
    return out


def build(root: Path, plan: CasePlan) -> BuiltCase:
    """Write the case under `root/case` and the benchmark's side files under `root`."""
    rng = random.Random(plan.seed)
    case = root / "case"
    images_dir = root / "cli-images"
    case.mkdir(parents=True, exist_ok=True)
    images_dir.mkdir(exist_ok=True)
    built = BuiltCase(root, case)
    created = dt.date(2024, 3, 1)

    for i, n in enumerate(_sizes(rng, plan.digital_pages, 1, 4)):
        data, words = _document(rng, n, created)
        name = f"digital/doc-{i:03d}.pdf"
        (case / name).parent.mkdir(exist_ok=True)
        (case / name).write_bytes(data)
        built.digital_files.append(name)
        for p, w in enumerate(words, 1):
            built.truth[f"{name}#{p}"] = w

    # Scans: 1-5 page image-only PDFs, small skew, a few turned sideways or upside down.
    page_no = 0
    for i, n in enumerate(_sizes(rng, plan.scanned_pages, 1, 5)):
        data, words = _document(rng, n, created)
        images = render(data, SCAN_DPI, grayscale=True)
        jpegs, sizes = [], []
        for img in images:
            page_no += 1
            turn = 90 if page_no % 23 == 7 else 180 if page_no % 37 == 11 else 0
            scanned = scan(
                img, seed=plan.seed * 1000 + page_no, skew=rng.uniform(-2.5, 2.5), turn=turn
            )
            jpegs.append(jpeg_bytes(scanned, SCAN_JPEG_QUALITY, SCAN_DPI))
            sizes.append(scanned.size)
        name = f"scanned/scan-{i:03d}.pdf"
        (case / name).parent.mkdir(exist_ok=True)
        (case / name).write_bytes(_image_pdf(jpegs, sizes, SCAN_DPI, created))
        built.scanned_files.append(name)
        for p, (w, data_jpeg) in enumerate(zip(words, jpegs, strict=True), 1):
            built.truth[f"{name}#{p}"] = w
            cli = images_dir / f"{name.replace('/', '_')}-p{p}.jpg"
            cli.write_bytes(data_jpeg)
            built.cli_images.append(cli)

    # Photos: one page each, a phone picture of a printed page.
    for i in range(plan.photo_pages):
        data, words = _document(rng, 1, created)
        img = render(data, PHOTO_DPI, grayscale=False)[0]
        pic = photo(img, seed=plan.seed * 7000 + i, tilt=rng.uniform(-2.0, 2.0))
        name = f"photos/photo-{i:03d}.jpg"
        (case / name).parent.mkdir(exist_ok=True)
        (case / name).write_bytes(jpeg_bytes(pic, PHOTO_JPEG_QUALITY, PHOTO_DPI))
        built.photo_files.append(name)
        built.truth[f"{name}#1"] = words[0]
        built.cli_images.append(case / name)

    built.counts = {
        "digital": plan.digital_pages,
        "scanned": plan.scanned_pages,
        "photo": plan.photo_pages,
    }
    (root / "truth.json").write_text(json.dumps(built.truth, ensure_ascii=False))
    return built


def subset(built: BuiltCase, name: str, groups: tuple[str, ...]) -> Path:
    """A case folder holding only some groups of the built case (hard links, no copies)."""
    target = built.root / name
    for group in groups:
        for rel in getattr(built, f"{group}_files"):
            dst = target / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            if not dst.exists():
                dst.hardlink_to(built.case / rel)
    return target
