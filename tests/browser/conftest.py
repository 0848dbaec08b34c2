"""Headless Chromium for browser tests: console, requests and dialogs recorded per page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CASES = (
    sorted(p.name for p in SAMPLES.iterdir() if (p / "expected.yaml").is_file())
    if SAMPLES.is_dir()
    else []
)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Recorded:
    """What a page did while it was open."""

    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip("Debian's chromium is not installed (make setup installs it)")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 900},
            ignore_default_args=["--enable-automation"],
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def open_report(browser_context):  # noqa: ANN001, ANN201 - playwright types are optional
    """Open a file in a fresh page, recording console, requests and dialogs."""
    pages = []

    def _open(path: Path):  # noqa: ANN202
        page = browser_context.new_page()
        pages.append(page)
        rec = Recorded()
        page.on(
            "console",
            lambda m: (
                rec.console.append(f"{m.type}: {m.text}"),
                m.type == "error" and rec.errors.append(m.text),
            ),
        )
        page.on("pageerror", lambda e: rec.errors.append(f"uncaught: {e}"))
        page.on("request", lambda r: rec.requests.append(r.url))

        def on_dialog(d) -> None:  # noqa: ANN001
            rec.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_timeout(300)
        return page, rec

    yield _open
    for page in pages:
        page.close()


def foreign_requests(rec: Recorded, report: Path) -> list[str]:
    """Requests other than the report itself and data: URIs."""
    own = report.resolve().as_uri()
    return [u for u in rec.requests if not (u.startswith("data:") or u.split("#")[0] == own)]


def screenshot(page, name: str) -> Path:  # noqa: ANN001
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(out), full_page=True)
    return out


@pytest.fixture(scope="session")
def sample_cache(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a CLI run whose reading cache starts empty in this session: the first
    run reads every file, later runs of the same samples (another language) reuse its reads."""
    return {**os.environ, "AUDIT_CACHE_DIR": str(tmp_path_factory.mktemp("sample-cache"))}


@pytest.fixture(scope="session")
def sample_reports(tmp_path_factory: pytest.TempPathFactory, sample_cache: dict[str, str]) -> Path:
    """Every sample audited by the real CLI in English, each file read afresh (empty cache)."""
    if not CASES:
        pytest.skip("no sample cases in samples/")
    out = tmp_path_factory.mktemp("sample-reports")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "auditor",
            *[str(SAMPLES / c) for c in CASES],
            "--out",
            str(out),
            "--fail-on",
            "never",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=sample_cache,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return out
