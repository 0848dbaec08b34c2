# ruff: noqa: E501  (long data strings and field lists kept on one line)
#!/usr/bin/env python3
"""Check the round-3 blind corpus: every document renders, every truth value is printed on it.

Usage: /work/main/.venv/bin/python samples/blind/check_round3.py

For each layout the generator is re-run (same seed) to get the exact strings it printed for each
field; each string must appear in the text layer of the `text` PDF, and must represent the truth
value (dates re-parsed from the printed form, numbers re-read in English or French notation,
names token by token). The scan and photo files must open, have no text layer (PDF), and the
photos must be 1600-2400 px wide.
"""

import datetime as dt
import os
import re
import sys

import numpy as np
import yaml
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_round3 import KINDS, OUT  # noqa: E402
from r3lib.common import (  # noqa: E402
    MONTHS_EN,
    d_mon_y,
    dmon,
    dmy,
    dmy_long,
    fr,
    iso,
    long_en,
    mdy,
    seed_for,
    short_en,
    ymd_dot,
    ymd_slash,
)  # noqa: E402
from r3lib.passports import MONTH_SETS  # noqa: E402

CONTRACT = {
    "employment_letter": {
        "employee_name",
        "employer_name",
        "employer_address",
        "employer_phone",
        "employer_email",
        "job_title",
        "noc_code",
        "start_date",
        "end_date",
        "current",
        "hours_per_week",
        "wage_amount",
        "wage_period",
        "benefits",
        "duties",
        "signatory_name",
        "signatory_title",
        "signed",
        "letter_date",
        "self_employed",
        "work_location",
        "positions",
        "leave",
    },
    "pay_stub": {
        "employee_name",
        "employer_name",
        "period_start",
        "period_end",
        "pay_date",
        "hours",
        "overtime_hours",
        "rate",
        "gross",
        "net",
        "ytd_gross",
        "sin_last3",
    },
    "language_test": {
        "test",
        "candidate_name",
        "date_of_birth",
        "test_date",
        "result_date",
        "listening",
        "reading",
        "writing",
        "speaking",
        "overall",
        "report_number",
    },
    "work_permit": {
        "holder_name",
        "date_of_birth",
        "document_number",
        "valid_from",
        "valid_until",
        "permit_type",
        "employer",
        "institution",
    },
    "passport": {"holder_name", "date_of_birth", "passport_number", "expiry_date", "nationality"},
    "t4": {
        "tax_year",
        "employer_name",
        "employee_name",
        "employment_income",
        "income_tax",
        "cpp",
        "ei",
        "province",
        "sin_last3",
        "slip",
    },
    "application_receipt": {
        "applicant_name",
        "application_type",
        "filed_date",
        "application_number",
    },
    "completion_letter": {"student_name", "institution", "program", "completion_date", "full_time"},
}
CONTRACT["study_permit"] = CONTRACT["work_permit"]
ENUMS = {
    "permit_type": {"open", "employer_specific", "pgwp", "co_op", "study"},
    "test": {
        "ielts_general_training",
        "ielts_academic",
        "celpip_general",
        "celpip_general_ls",
        "pte_core",
        "pte_academic",
        "tef_canada",
        "tcf_canada",
    },
    "application_type": {
        "work_permit_extension",
        "pgwp",
        "study_permit_extension",
        "permanent_residence",
        "other",
    },
    "wage_period": {"hour", "week", "biweekly", "month", "year"},
    "slip": {"t4", "t4a"},
}
KEYWORD = {
    "current",
    "wage_period",
    "permit_type",
    "test",
    "application_type",
    "full_time",
    "slip",
    "signed",
}
QUOTED = {
    "sin_last3",
    "noc_code",
    "report_number",
    "application_number",
    "passport_number",
    "document_number",
    "province",
}
MON_BIL = [
    "ENE/JAN",
    "FEB/FEB",
    "MAR/MAR",
    "ABR/APR",
    "MAY/MAY",
    "JUN/JUN",
    "JUL/JUL",
    "AGO/AUG",
    "SEP/SEP",
    "OCT/OCT",
    "NOV/NOV",
    "DIC/DEC",
]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def date_forms(d):
    f = {
        iso(d),
        long_en(d),
        short_en(d),
        fr(d),
        dmy(d),
        mdy(d),
        dmon(d),
        dmon(d, False),
        ymd_slash(d),
        dmy(d, "."),
        f"{d.day:02d} {MON_BIL[d.month - 1]} {d.year % 100:02d}",
        f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
        dmy_long(d),
        d_mon_y(d),
        d_mon_y(d, " "),
        ymd_dot(d),
        dmy(d, "-"),
        f"{d.day:02d} {MONTHS_EN[d.month - 1]} {d.year}",
    }
    for months in MONTH_SETS:
        f.add(f"{d.day:02d} {months[d.month - 1]} {d.year}")
    return f


def num_of(s):
    m = re.fullmatch(r"(\d+):(\d\d)", s.strip())
    if m:  # hours as h:mm
        return int(m.group(1)) + int(m.group(2)) / 60
    s = s.replace("$", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    s = re.sub(r"[^0-9,.\-]", "", s)
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".") if re.search(r",\d{1,2}$", s) else s.replace(",", "")
    return float(s)


def tokens(s):
    return {t for t in re.split(r"[\s,]+", s.upper()) if t}


def pdf_text(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    n = len(pdf)
    pdf.close()
    return "\n".join(out), n


TEXT_ONLY = "--text-only" in sys.argv


def main():
    exp = yaml.safe_load(open(os.path.join(OUT, "expected.yaml"), encoding="utf-8"))
    assert exp["case"] == "blind-round3" and exp["verdict"] == "unknown"
    by_layout = {}
    for e in exp["documents"]:
        by_layout.setdefault((e["kind"], e["layout"]), []).append(e)
    errors = []
    ndocs = 0
    for kind, layouts in KINDS:
        for name, fn in layouts:
            docs = by_layout.get((kind, name), [])
            srcs = sorted(e["source"] for e in docs)
            if srcs != ["photo", "scan", "text"] and not (TEXT_ONLY and srcs == ["text"]):
                errors.append(f"{kind}/{name}: sources {srcs}")
                continue
            rng = np.random.default_rng(seed_for(kind + "/" + name))
            _, T = fn(rng)
            fields = docs[0]["fields"]
            for e in docs:
                if e["fields"] != fields:
                    errors.append(f"{e['path']}: fields differ between sources")
                if e["kind"] != kind:
                    errors.append(f"{e['path']}: kind")
            bad = set(fields) - CONTRACT[kind]
            if bad:
                errors.append(f"{kind}/{name}: non-contract fields {bad}")
            for k, allowed in ENUMS.items():
                if k in fields and fields[k] not in allowed:
                    errors.append(f"{kind}/{name}: {k}={fields[k]!r}")
            for k in QUOTED:
                if k in fields and not isinstance(fields[k], str):
                    errors.append(f"{kind}/{name}: {k} should be a string")
            text_e = [e for e in docs if e["source"] == "text"][0]
            txt, _ = pdf_text(os.path.join(OUT, text_e["path"]))
            ntxt = norm(txt)
            shown_fields = {f for f, _, _ in T.shown}
            for f, v in fields.items():
                if v is None or f in ("positions", "leave", "signed"):
                    continue
                if f not in shown_fields:
                    errors.append(f"{kind}/{name}: {f} has no printed form recorded")
            name_tokens = {}
            for f, v, printed in T.shown:
                if (
                    f in fields
                    and not isinstance(fields[f], list)
                    and f
                    not in (
                        "holder_name",
                        "employee_name",
                        "candidate_name",
                        "employer_name",
                        "institution",
                        "applicant_name",
                        "student_name",
                    )
                    and fields[f] != v
                ):
                    errors.append(
                        f"{kind}/{name}: {f}: expected.yaml has {fields[f]!r}, the generator printed {v!r}"
                    )
                p = norm(printed)
                if p not in ntxt:
                    errors.append(f"{kind}/{name}: {f}: {p!r} not found in text layer")
                if f in KEYWORD or f in ("duties",) and isinstance(v, list):
                    continue
                if isinstance(v, dt.date):
                    if printed not in date_forms(v):
                        errors.append(f"{kind}/{name}: {f}: {printed!r} does not print {v}")
                elif isinstance(v, bool):
                    pass
                elif isinstance(v, (int, float)) and f not in QUOTED:
                    try:
                        if abs(num_of(printed) - float(v)) > 0.005:
                            errors.append(f"{kind}/{name}: {f}: {printed!r} != {v}")
                    except ValueError:
                        errors.append(f"{kind}/{name}: {f}: {printed!r} not a number")
                elif isinstance(v, str):
                    if printed == v or v in printed or printed.startswith("NOC ") and v in printed:
                        continue
                    pt = tokens(printed)
                    if not pt <= tokens(v):
                        errors.append(f"{kind}/{name}: {f}: {printed!r} vs {v!r}")
                    name_tokens.setdefault(f, set()).update(pt)
            for f, toks in name_tokens.items():
                if not tokens(fields[f]) <= toks:
                    errors.append(
                        f"{kind}/{name}: {f}: tokens {tokens(fields[f]) - toks} of {fields[f]!r} not printed"
                    )
            # positions / leave sub-values
            for pos in fields.get("positions", []) or []:
                for k in ("job_title", "noc_code"):
                    if pos.get(k) and pos[k] not in ntxt:
                        errors.append(f"{kind}/{name}: position {k} {pos[k]!r} not printed")
                for k in ("start_date", "end_date"):
                    if pos.get(k) and not any(s in ntxt for s in date_forms(pos[k])):
                        errors.append(f"{kind}/{name}: position {k} {pos[k]} not printed")
                for du in pos.get("duties", []):
                    if norm(du) not in ntxt:
                        errors.append(f"{kind}/{name}: position duty not printed: {du[:40]}")
            for lv in fields.get("leave", []) or []:
                for k in ("start", "end"):
                    if not any(s in ntxt for s in date_forms(lv[k])):
                        errors.append(f"{kind}/{name}: leave {k} not printed")
                if lv["kind"] not in ntxt.lower():
                    errors.append(f"{kind}/{name}: leave kind not printed")
            for du in fields.get("duties", []) or []:
                if norm(du) not in ntxt:
                    errors.append(f"{kind}/{name}: duty not printed: {du[:40]}")
            # files
            for e in docs:
                path = os.path.join(OUT, e["path"])
                ndocs += 1
                if not os.path.exists(path):
                    errors.append(f"{e['path']}: missing")
                    continue
                if e["source"] == "text":
                    continue
                if path.endswith(".pdf"):
                    t, n = pdf_text(path)
                    if norm(t):
                        errors.append(f"{e['path']}: image PDF has a text layer")
                    import pypdfium2 as pdfium

                    im = pdfium.PdfDocument(path)[0].render(scale=1).to_pil()
                else:
                    im = Image.open(path)
                    im.load()
                    if e["source"] == "photo" and not (1600 <= im.size[0] <= 2400):
                        errors.append(f"{e['path']}: photo width {im.size[0]}")
    for e in errors:
        print("ERROR", e)
    print(f"{ndocs} documents checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
