"""The NOC panel's view model: main duties ticked from the finding's details, alternatives named."""

from __future__ import annotations

from auditor.models import Finding
from auditor.report.noc_view import NOC_SOURCE, noc_panels
from tests.rules.builders import letter

DUTIES = ("Wrote stored procedures and triggers for the nightly loads", "Modelled new tables")


def finding(**details: object) -> Finding:
    return Finding(
        rule="LETTER-NOC-001",
        status="failed",
        severity="warning",
        message="letters/northwind.pdf: the duties do not match NOC 21223",
        documents=("letters/northwind.pdf",),
        details={
            "position": 0,
            "noc_code": "21223",
            "best_codes": ["21231", "21223"],
            "best_scores": [40.25, 20.0],
            "matched_duties": ["Write scripts related to stored procedures and triggers"],
            "covered_by": [
                {
                    "main_duty": "Write scripts related to stored procedures and triggers",
                    "letter_duty": DUTIES[0],
                }
            ],
            **details,
        },
    )


def test_panel_ticks_covered_duties_and_names_the_alternatives() -> None:
    copied = Finding(
        rule="LETTER-NOC-002",
        status="failed",
        severity="warning",
        message="copied",
        documents=("letters/northwind.pdf",),
        details={"position": 0, "copied_passages": [{"text": "collect and document user"}]},
    )
    (panel,) = noc_panels([finding(), copied], [letter(duties=DUTIES)], lambda s: s.upper())
    assert panel.code == "21223" and panel.teer == 1
    assert panel.title == "Database analysts and data administrators"
    assert panel.lead_statement.startswith("Database analysts design")
    ticked = [d for d in panel.main_duties if d.ticked]
    assert [d.duty for d in ticked] == ["Write scripts related to stored procedures and triggers"]
    assert ticked[0].covered_by == DUTIES[0].upper()  # through the redactor
    assert "Database analysts" not in [d.duty for d in panel.main_duties]  # a role heading
    assert panel.letter_duties == tuple(d.upper() for d in DUTIES)
    assert [(a.code, a.claimed, a.score) for a in panel.alternatives] == [
        ("21231", False, "40.2"),
        ("21223", True, "20.0"),
    ]
    assert panel.copied == ("COLLECT AND DOCUMENT USER",)
    assert panel.status_label == "duties do not match"


def test_unknown_code_gives_a_panel_without_noc_text() -> None:
    (panel,) = noc_panels([finding(noc_code="21299", best_codes=[])], [], lambda s: s)
    assert panel.title == "" and panel.main_duties == () and panel.alternatives == ()
    assert noc_panels([], [], lambda s: s) == ()
    assert "Open Government Licence – Canada" in NOC_SOURCE.attribution
