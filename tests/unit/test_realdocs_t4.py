"""The real CRA T4 (../shared/realdocs/t4): the filled form's nine fields from its AcroForm
values, and the blank form (slip and instruction page) as one document with no values."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from auditor.models import SourceFile
from auditor.reading.read import merge_ocr, read_text
from extractors.classify import split_and_classify
from samples.groundtruth import same_value

REPO = Path(__file__).resolve().parents[2]
T4 = REPO.parent / "shared" / "realdocs" / "t4"
TRUTH = yaml.safe_load((REPO / "benchmarks" / "realdocs" / "expected.yaml").read_text("utf-8"))

pytestmark = pytest.mark.skipif(not T4.is_dir(), reason="../shared/realdocs is absent")


def documents(name: str):
    path = T4 / name
    data = path.read_bytes()
    file = SourceFile(path, name, hashlib.sha256(data).hexdigest(), len(data))
    text = read_text(file)
    assert text.ocr_pages == ()  # a born-digital form: nothing to OCR
    return split_and_classify(merge_ocr(text.read, []))


def test_the_filled_t4s_nine_fields_are_read_from_its_form_fields() -> None:
    truth = next(d for d in TRUTH["documents"] if d["path"] == "t4/t4-cra-form-filled.pdf")
    (doc,) = documents("t4-cra-form-filled.pdf")  # its instruction page is not a second slip
    assert doc.kind == "t4" and [p.number for p in doc.pages] == [1, 2]
    wrong = {
        name: (doc.fields[name].value if name in doc.fields else None, want)
        for name, want in truth["fields"].items()
        if not same_value(want, doc.fields[name].value if name in doc.fields else None)
    }
    assert wrong == {}
    assert all(doc.fields[n].confidence >= 0.9 for n in truth["fields"])


def test_the_blank_t4_is_one_document_and_no_box_number_is_an_amount() -> None:
    (doc,) = documents("t4-blank-cra.pdf")
    assert doc.kind == "t4"
    for name in ("employment_income", "income_tax", "cpp", "ei", "sin_last3", "province"):
        assert name not in doc.fields
    # nor is a caption or the slip's name a person or an employer
    assert "employee_name" not in doc.fields and "employer_name" not in doc.fields
