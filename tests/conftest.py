"""Fixtures shared across test folders."""

from __future__ import annotations

import pytest

from extractors.registry import EXTRACTORS


@pytest.fixture
def extract_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every extractor call made in this (the parent) process; workers' calls are not seen."""
    calls: list[str] = []
    for kind, extractor in EXTRACTORS.items():
        original = extractor.extract

        def counted(pages, kind=kind, original=original):
            calls.append(kind)
            return original(pages)

        monkeypatch.setattr(extractor, "extract", counted)
    return calls
