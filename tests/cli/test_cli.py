"""The command line: exit codes of CONTRACT.md section 1, help with examples, stdout vs stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.reading import ocr

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "eligible-en-digital"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=600,
    )


@pytest.mark.parametrize("command", [[], ["rules"], ["rules", "explain"], ["crs"]])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    done = run(*command, "--help")
    assert done.returncode == 0, done.stderr
    assert "Example" in done.stdout or "example" in done.stdout, done.stdout


def test_bad_as_of_is_a_usage_error(tmp_path: Path) -> None:
    done = run(str(tmp_path), "--as-of", "2026-13-45", "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "--as-of" in done.stderr
    assert done.stdout == ""


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    done = run(str(tmp_path), "--format", "pdf", "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "--format" in done.stderr


def test_missing_case_folder_exits_3(tmp_path: Path) -> None:
    done = run(str(tmp_path / "nope"), "--out", str(tmp_path / "out"), "-q")
    assert (done.returncode, done.stderr) == (3, f"audit: error: {tmp_path}/nope: no such folder\n")


def test_missing_tesseract_exits_4_with_install_command(tmp_path: Path, monkeypatch) -> None:
    # Fault injection: no tessdata anywhere the probe looks.
    monkeypatch.setattr(ocr, "TESSDATA_CANDIDATES", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(Exception) as caught:
        ocr.probe()
    assert getattr(caught.value, "exit_code", None) == 4
    assert "apt-get install" in str(caught.value)


def test_missing_french_data_names_the_package(tmp_path: Path, monkeypatch) -> None:
    engine = ocr.probe()
    (tmp_path / "eng.traineddata").symlink_to(Path(engine.tessdata) / "eng.traineddata")
    monkeypatch.setattr(ocr, "TESSDATA_CANDIDATES", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(Exception) as caught:
        ocr.probe()
    assert caught.value.exit_code == 4
    assert "tesseract-ocr-fra" in str(caught.value)
    assert "tesseract-ocr-osd" in str(caught.value)


def _damaged_french(folder: Path) -> Path:
    """A tessdata folder whose English and OSD data are sound and whose French file is cut."""
    real = Path(ocr.probe().tessdata)
    for lang in ("eng", "osd"):
        (folder / f"{lang}.traineddata").symlink_to(real / f"{lang}.traineddata")
    french = (real / "fra.traineddata").read_bytes()
    (folder / "fra.traineddata").write_bytes(french[: len(french) // 4])
    return folder


def test_a_damaged_language_file_exits_4_naming_it(tmp_path: Path, monkeypatch) -> None:
    tessdata = _damaged_french(tmp_path)
    monkeypatch.setattr(ocr, "TESSDATA_CANDIDATES", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tessdata))
    with pytest.raises(Exception) as caught:
        ocr.probe()
    assert caught.value.exit_code == 4
    assert str(caught.value) == (
        f"Tesseract cannot load its language data: {tessdata}/fra.traineddata is damaged (not "
        "the client's documents). Reinstall it with: sudo apt-get install --reinstall -y "
        "tesseract-ocr-fra"
    )


def test_cli_exit_4_when_a_language_file_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "tessdata").mkdir()
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "letter.pdf").write_bytes(b"%PDF-1.4\n")  # a case: Tesseract is probed
    tessdata = _damaged_french(tmp_path / "tessdata")
    done = run("case", "--out", "out", "-q", env={"TESSDATA_PREFIX": str(tessdata)}, cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (
        4,
        "",
        f"audit: error: Tesseract cannot load its language data: {tessdata}/fra.traineddata is "
        "damaged (not the client's documents). Reinstall it with: sudo apt-get install "
        "--reinstall -y tesseract-ocr-fra\n",
    )
    assert not (tmp_path / "out").exists()


def test_cli_exit_4_when_language_data_missing(tmp_path: Path) -> None:
    (tmp_path / "case").mkdir()  # reports go outside the case folder, else exit 5 comes first
    (tmp_path / "case" / "letter.pdf").write_bytes(b"%PDF-1.4\n")  # a case: Tesseract is probed
    done = run(
        str(tmp_path / "case"),
        "--out",
        str(tmp_path / "out"),
        env={"TESSDATA_PREFIX": str(tmp_path)},
    )
    assert done.returncode == 4, done.stderr
    assert "apt-get install" in done.stderr


def test_unknown_rule_explain_exits_2() -> None:
    done = run("rules", "explain", "NOPE-000")
    assert done.returncode == 2


@pytest.mark.ocr
def test_sample_case_writes_both_reports_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "r"
    done = run(str(SAMPLE), "--out", str(out), "--no-cache", "-q")
    assert done.returncode in (0, 1), done.stderr
    assert (out / "report.json").is_file()
    assert (out / "report.html").is_file()
    assert oct((out / "report.json").stat().st_mode & 0o777) == "0o600"
    # stdout carries only the summary line the user asked for; progress went to stderr
    assert done.stdout.startswith("eligible-en-digital: ")
    assert done.stdout.count("\n") == 1


@pytest.mark.ocr
def test_python_m_and_console_script_agree(tmp_path: Path) -> None:
    audit = Path(sys.executable).parent / "audit"
    a = subprocess.run([str(audit), "rules"], capture_output=True, text=True, timeout=120)
    b = run("rules")
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout
    assert "CEC-HOURS-001" in a.stdout
