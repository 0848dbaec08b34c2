# ruff: noqa: E501  (long data strings and field lists kept on one line)
#!/usr/bin/env python3
"""Generate the blind synthetic test corpus, round 3.

Usage:  /work/main/.venv/bin/python samples/blind/make_round3.py [--only KIND ...] [--no-images]

Then: /work/main/.venv/bin/python samples/blind/check_round3.py

Deterministic: every layout draws from its own seeded numpy Generator, PDFs carry a fixed
creation date, so re-running gives the same files.  Writes samples/blind/round3/.
"""

import argparse
import os
import shutil
import sys

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from r3lib import completion, langtests, letters, passports, permits, receipts, stubs, t4s  # noqa: E402
from r3lib.common import images_to_pdf, photoify, render_pages, save_jpeg, scanify, seed_for  # noqa: E402

OUT = os.path.join(HERE, "round3")

KINDS = [
    ("employment_letter", letters.LAYOUTS),
    ("pay_stub", stubs.LAYOUTS),
    ("language_test", langtests.LAYOUTS),
    ("work_permit", permits.WORK_LAYOUTS),
    ("study_permit", permits.STUDY_LAYOUTS),
    ("passport", passports.LAYOUTS),
    ("t4", t4s.LAYOUTS),
    ("application_receipt", receipts.LAYOUTS),
    ("completion_letter", completion.LAYOUTS),
]


def represent_none(dumper, _):
    return dumper.represent_scalar("tag:yaml.org,2002:null", "null")


yaml.SafeDumper.add_representer(type(None), represent_none)


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def build(kind, idx, name, fn, images=True):
    rng = np.random.default_rng(seed_for(kind + "/" + name))
    doc, truth = fn(rng)
    fields = truth.fields
    kdir = os.path.join(OUT, kind)
    os.makedirs(kdir, exist_ok=True)
    base = f"{name}"
    text_rel = f"{kind}/{base}-text.pdf"
    doc.output(os.path.join(OUT, text_rel))
    entries = [dict(path=text_rel, kind=kind, source="text", layout=name, fields=fields)]
    if not images:
        return entries
    irng = np.random.default_rng(seed_for("img/" + kind + "/" + name))
    # scan
    dpi = int(irng.choice([200, 220, 240, 250]))
    pages = render_pages(os.path.join(OUT, text_rel), dpi)
    scans = [scanify(p, irng) for p in pages]
    q = int(irng.integers(72, 82))
    if len(scans) > 1 or idx % 3 == 2:
        scan_rel = f"{kind}/{base}-scan.pdf"
        images_to_pdf(scans, os.path.join(OUT, scan_rel), dpi, quality=q)
    else:
        scan_rel = f"{kind}/{base}-scan.jpg"
        save_jpeg(scans[0], os.path.join(OUT, scan_rel), q)
    entries.append(dict(path=scan_rel, kind=kind, source="scan", layout=name, fields=fields))
    # photo
    w_in = pages[0].size[0] / dpi
    pdpi = 170 if w_in > 6 else 330
    ppages = render_pages(os.path.join(OUT, text_rel), pdpi)
    photos = [photoify(p, irng, out_w=int(irng.integers(1600, 2400))) for p in ppages]
    q = int(irng.integers(76, 85))
    if len(photos) > 1:
        photo_rel = f"{kind}/{base}-photo.pdf"
        images_to_pdf(photos, os.path.join(OUT, photo_rel), 200, quality=q)
    else:
        photo_rel = f"{kind}/{base}-photo.jpg"
        save_jpeg(photos[0], os.path.join(OUT, photo_rel), q)
    entries.append(dict(path=photo_rel, kind=kind, source="photo", layout=name, fields=fields))
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--no-images", action="store_true")
    a = ap.parse_args()
    if not a.only and os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT, exist_ok=True)
    docs = []
    for kind, layouts in KINDS:
        if a.only and kind not in a.only:
            continue
        for i, (name, fn) in enumerate(layouts):
            print(kind, name, file=sys.stderr)
            docs.extend(build(kind, i, name, fn, images=not a.no_images))
    out = {"case": "blind-round3", "verdict": "unknown", "documents": docs}
    fn = "expected.yaml" if not a.only else "expected-partial.yaml"
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
        yaml.dump(out, fh, Dumper=NoAliasDumper, sort_keys=False, allow_unicode=True, width=1000)
    print(f"{len(docs)} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
