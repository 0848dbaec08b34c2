"""Fixtures for report tests: one hand-built case with hostile strings, rendered once."""

from __future__ import annotations

import pytest

from auditor.report.html import write_html
from auditor.result import AuditResult
from tests.report.fixtures import build_result


@pytest.fixture(scope="session")
def hostile_result(tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    return build_result(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def hostile_html(hostile_result: AuditResult, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = write_html(hostile_result, tmp_path_factory.mktemp("hostile-out"))
    return out.read_text(encoding="utf-8")
