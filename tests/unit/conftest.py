"""Fixtures the unit tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.cache_cases import make_pdf


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    case = tmp_path / "letters"
    case.mkdir()
    for i, title in enumerate(("Cook", "Welder")):
        make_pdf(
            case / f"letter{i}.pdf",
            "To whom it may concern,\n"
            f"This letter confirms that Jane Doe has been employed full-time as a {title} with "
            "Maple Foods Ltd. since January 3, 2022. She works 40 hours per week at $25.00 per "
            "hour.\nSincerely,\nJohn Smith, Manager",
        )
    return case
