"""Shortcuts that pair ground-truth fields with the layout that draws them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import ids, language, letters, stubs
from .model import Doc

D = dt.date


def letter(fields: dict[str, Any], layout: str, **opt: Any) -> Doc:
    return Doc("employment_letter", fields, lambda pdf: letters.LAYOUTS[layout](pdf, fields, opt))


def pay_stubs(who: dict[str, Any], layout: str, series: list[stubs.Stub], **opt: Any) -> list[Doc]:
    out = []
    for st in series:
        fields = stubs.expected_fields(st, who, stubs.OVERTIME_SHOWN[layout], True)
        out.append(
            Doc("pay_stub", fields, lambda pdf, st=st: stubs.LAYOUTS[layout](pdf, st, who, opt))
        )
    return out


def lang(fields: dict[str, Any], layout: str, **opt: Any) -> Doc:
    return Doc("language_test", fields, lambda pdf: language.LAYOUTS[layout](pdf, fields, opt))


def passport(person: dict[str, Any], number: str, expiry: D, **opt: Any) -> Doc:
    fields = {
        "holder_name": person["name"],
        "date_of_birth": person["dob"],
        "passport_number": number,
        "expiry_date": expiry,
        "nationality": person["country"],
    }
    o = {
        "given": person["given"],
        "surname": person["surname"],
        "country": person["country"],
        "sex": person.get("sex", "F"),
        **opt,
    }
    return Doc("passport", fields, lambda pdf: ids.passport_page(pdf, fields, o))


def permit(
    person: dict[str, Any],
    number: str,
    valid_from: D,
    valid_until: D,
    permit_type: str,
    employer: str | None = None,
    institution: str | None = None,
    **opt: Any,
) -> Doc:
    study = institution is not None
    fields: dict[str, Any] = {
        "holder_name": person["name"],
        "date_of_birth": person["dob"],
        "document_number": number,
        "valid_from": valid_from,
        "valid_until": valid_until,
    }
    if not study:
        fields["permit_type"] = permit_type
    if employer:
        fields["employer"] = employer
    if institution:
        fields["institution"] = institution
    o = {
        "given": person["given"],
        "surname": person["surname"],
        "sex": person.get("sex", "F"),
        "study": study,
        **opt,
    }
    return Doc(
        "study_permit" if study else "work_permit",
        fields,
        lambda pdf: ids.permit_imm1442(pdf, fields, o),
    )


def t4(**opt: Any) -> Doc:
    return Doc("t4", {}, lambda pdf: ids.t4_slip(pdf, {}, opt))
