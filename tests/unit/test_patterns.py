"""Shared text patterns: phone numbers in international and North American shapes, and where a
company's name begins when it has joining words or wraps."""

import pytest

from extractors.patterns import COMPANY, company_start, phone_numbers


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Tel: +233 (302) 555-0147 | Fax", "+233 (302) 555-0147"),
        ("T +44 20 7946 0958", "+44 20 7946 0958"),
        ("Phone +91 22 5555 0147.", "+91 22 5555 0147"),
        ("+44 (0)20 7946 0958 ext 12", "+44 (0)20 7946 0958 ext 12"),
        ("tel. +33.1.23.45.67.89", "+33.1.23.45.67.89"),
        ("+971-4-555-0147", "+971-4-555-0147"),
        ("(416) 555-0142", "(416) 555-0142"),
        ("+1 416-555-0142", "+1 416-555-0142"),
        ("514.555.0199 poste 204", "514.555.0199 poste 204"),
    ],
)
def test_phone_numbers_keep_their_country_code(text: str, phone: str) -> None:
    assert [m.group(0) for m in phone_numbers(text)] == [phone]


@pytest.mark.parametrize(
    "text",
    ["paid $1,234.00 on 2024-06-03", "SIN 046 454 286", "+12 34", "score +5 points in 2025"],
)
def test_numbers_that_are_no_phone(text: str) -> None:
    assert phone_numbers(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "employed with Harbourline Collision and Auto Body Ltd. since",
            "Harbourline Collision and Auto Body Ltd.",
        ),
        (
            "employed with Harbourline Collision and\nAuto Body Ltd. since",
            "Harbourline Collision and\nAuto Body Ltd.",
        ),
        (
            "employed with Harbourline Collision\nAuto Body Ltd. since",
            "Harbourline Collision\nAuto Body Ltd.",
        ),
        ("Ama Owusu\nOffice Manager\nAuto Body Ltd.\n", "Auto Body Ltd."),
        ("employed by the Bank of Nova Scotia Inc. as", "Bank of Nova Scotia Inc."),
    ],
)
def test_a_company_name_starts_before_its_joining_words_and_wraps(text: str, name: str) -> None:
    m = COMPANY.search(text)
    assert m is not None
    assert text[company_start(text, m.start()) : m.end()] == name
