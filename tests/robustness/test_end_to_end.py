"""The `audit` command on hostile cases: no crash, nothing lost, nothing changed, nothing sent.

Each test runs the real CLI in a subprocess on a copy of a sample case with the self-made
hostile set (and the shared corpus when present) added to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.shared import CORPUS, HAVE_SHARED

from .conftest import make_hostile

ROOT = Path(__file__).resolve().parents[2]
AUDIT = Path(sys.executable).with_name("audit")
SAMPLE = ROOT / "samples" / "eligible-en-digital"
SIN = "046 454 286"  # a valid-looking SIN that is in no sample
PASSPORT = "Z4418273"  # the sample passport's number
PERMIT = "U301188425"  # the sample work permit's document number

pytestmark = pytest.mark.skipif(not AUDIT.exists(), reason="the audit command is not installed")


def _hostile_case(base: Path, corpus: bool = True) -> Path:
    case = base / "case"
    shutil.copytree(SAMPLE, case)
    make_hostile.make_hostile(case / "hostile")
    make_hostile.add_special_files(case / "hostile", base / "outside")
    if corpus and HAVE_SHARED:
        (case / "corpus").mkdir()
        for path in CORPUS.iterdir():  # copied into the tmp case only, never into the project
            shutil.copyfile(path, case / "corpus" / path.name)
    (case / "letters" / "sin-letter.pdf").write_bytes(
        make_hostile.text_pdf(
            [
                "Northwind Analytics Inc. payroll confirmation for Meera Joshi.",
                f"Social insurance number: {SIN}. Passport number: {PASSPORT}.",
                f"SIN (no spaces) {SIN.replace(' ', '')}, passport {PASSPORT.lower()}.",
            ]
        )
    )
    (case / "letters" / "SIN 777 666 555.pdf").write_bytes(
        make_hostile.text_pdf(["A note from the client, named after her SIN."])
    )
    (case / "review.yaml").write_text(
        "waive:\n  - rule: DOC-UNKNOWN-001\n"
        "    reason: 'Waived: payroll SIN 888 999 111 is the client s'\n"
        "    by: QA\n    date: 2026-11-20\n    document: all\n",
        encoding="utf-8",
    )
    return case


def _run(case: Path, out: Path, *args: str, env: dict | None = None, **kw):
    command = [str(AUDIT), str(case), "--out", str(out), "--no-cache", "--jobs", "2", *args]
    return subprocess.run(
        command,
        capture_output=True,
        timeout=600,
        cwd=out.parent,
        env={**os.environ, **(env or {})},
        **kw,
    )


def snapshot(folder: Path) -> dict[bytes, tuple]:
    """Every entry below `folder`: kind, mode, size, mtime, content hash or link target."""
    seen: dict[bytes, tuple] = {}
    root = os.fsencode(folder)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in sorted(dirnames + filenames):
            path = os.path.join(dirpath, name)
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode):
                with open(path, "rb") as fh:
                    content = hashlib.sha256(fh.read()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                content = os.readlink(path)
            else:
                content = None
            seen[os.path.relpath(path, root)] = (
                stat.S_IFMT(info.st_mode),
                stat.S_IMODE(info.st_mode),
                info.st_size,
                info.st_mtime_ns,
                content,
            )
        seen[os.path.relpath(dirpath, root) + b"/"] = tuple(sorted(os.listdir(dirpath)))
    return seen


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """One audit of the hostile case: the case, its snapshots, the run and the report."""
    base = tmp_path_factory.mktemp("e2e")
    case = _hostile_case(base)
    before = snapshot(case)
    out = base / "out"
    done = _run(case, out, env={"AUDIT_CACHE_DIR": str(base / "cache")})
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return case, before, snapshot(case), done, out, report


def test_the_audit_of_a_hostile_case_finishes_with_a_verdict(audited):
    *_, done, out, report = audited
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    assert report["verdict"] in ("ready", "needs_attention", "not_eligible")
    assert b"Traceback" not in done.stderr


def test_every_file_of_the_case_is_in_the_report(audited):
    case, *_, report = audited
    listed = {d["path"].split("#")[0] for d in report["documents"]}
    listed |= {p for f in report["findings"] for p in f["documents"]}
    for name in make_hostile.HOSTILE:
        assert f"hostile/{name}" in listed
    for name in ("link-outside.pdf", "linked-folder", "named-pipe.pdf", "lettre-\\xe9t\\xe9.pdf"):
        assert f"hostile/{name}" in listed
    if HAVE_SHARED:
        for path in CORPUS.iterdir():
            assert f"corpus/{path.name}" in listed


def _unreadable(report) -> dict[str, str]:
    return {
        path: f["message"]
        for f in report["findings"]
        if f["rule"] == "DOC-UNREADABLE-001" and f["status"] != "passed"
        for path in f["documents"]
    }


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("hostile/zero-bytes.pdf", "the file is empty (0 bytes)"),
        ("hostile/truncated.pdf", "the PDF is damaged beyond repair"),
        ("hostile/encrypted-unknown-password.pdf", "encrypted with a password"),
        ("hostile/text-named.pdf", "its name ends in .pdf but it is plain text"),
        ("hostile/iphone-photo.jpg", "HEIC/AVIF photo"),
        ("hostile/huge-20000x20000.png", "too large to be a document page"),
        ("hostile/bomb-12000x12000.png", "too large to be a document page"),
        ("hostile/link-outside.pdf", "symbolic link, which the auditor does not follow"),
        ("hostile/linked-folder", "symbolic link"),
        ("hostile/named-pipe.pdf", "not a regular file"),
    ],
)
def test_each_refused_file_is_a_finding_with_its_reason(audited, path, reason):
    messages = _unreadable(audited[-1])
    assert path in messages and reason in messages[path]


def test_files_that_only_look_broken_are_read(audited):
    documents = {d["path"]: d for d in audited[-1]["documents"]}
    for path in (
        "hostile/encrypted-empty-password.pdf",
        "hostile/pdf-named.jpg",
        "hostile/png-named.pdf",
        "hostile/lettre-\\xe9t\\xe9.pdf",
    ):
        assert documents[path]["kind"] != "unreadable"
    if HAVE_SHARED:
        form = documents["corpus/pdfplumber__pr-138__encrypted-empty-pw-signed-form.pdf"]
        assert form["kind"] != "unreadable"
        assert "corpus/pdfminer__aes-256-r6__pw-foo.pdf" in _unreadable(audited[-1])


def test_no_file_outside_the_case_is_read(audited):
    report_text = json.dumps(audited[-1])
    assert "OUTSIDE THE CASE FOLDER" not in report_text and "secret.pdf" not in report_text


def test_the_case_folder_is_unchanged_by_an_audit(audited):
    _, before, after, *_ = audited
    assert after == before


def test_reports_are_private_and_complete(audited):
    *_, out, _ = audited
    names = sorted(p.name for p in out.iterdir())
    assert names == ["report.html", "report.json", "requests.html"]  # no temporary file left
    for name in names:
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600


def test_no_full_sin_or_passport_number_leaves_the_auditor(audited):
    *_, done, out, _ = audited
    outputs = {
        "report.json": (out / "report.json").read_text(encoding="utf-8"),
        "report.html": (out / "report.html").read_text(encoding="utf-8"),
        "requests.html": (out / "requests.html").read_text(encoding="utf-8"),
        "stdout": done.stdout.decode(errors="replace"),
        "stderr": done.stderr.decode(errors="replace"),
    }
    forms = [
        SIN,
        SIN.replace(" ", ""),
        SIN.replace(" ", "-"),
        PASSPORT,
        PASSPORT.lower(),
        "046 218 731",
        "046218731",
        PERMIT,
        "SIN 777 666 555",  # in a file name
        "777666555",
        "Waived: payroll SIN 888 999 111",  # in a waiver reason
    ]  # the sample T4's SIN and the work permit's number too
    for where, text in outputs.items():
        for form in forms:
            assert form not in text, f"{form!r} appears in {where}"
    assert SIN[-3:] in outputs["report.json"] or PASSPORT[-3:] in outputs["report.json"]
    assert "•••••••425" in outputs["report.json"]  # the permit number, masked but its last 3
    assert "SIN ••••••555" in outputs["report.json"]  # the file name, masked
    assert "payroll SIN ••••••111" in outputs["report.json"]  # the waiver reason, masked


def test_a_partly_read_file_says_so_in_the_report(audited):
    report_text = json.dumps(audited[-1])
    assert "only the first 200 were read" in report_text


def test_the_case_folder_is_unchanged_when_the_audit_fails(tmp_path):
    case = _hostile_case(tmp_path, corpus=False)
    (case / "review.yaml").write_text("waive:\n  - rule: NO-SUCH-RULE-999\n    reason: x\n")
    before = snapshot(case)
    done = _run(case, tmp_path / "out")
    assert done.returncode == 2, done.stderr
    assert snapshot(case) == before


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(proc.name))
    return alive


def test_the_case_folder_is_unchanged_when_the_audit_is_interrupted(tmp_path):
    case = _hostile_case(tmp_path, corpus=False)
    before = snapshot(case)
    out = tmp_path / "out"
    command = [str(AUDIT), str(case), "--out", str(out), "--no-cache", "--jobs", "2"]
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        cwd=tmp_path,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_group_alive(child.pid)) < 2:
        time.sleep(0.05)  # wait for the workers: the interrupt then lands mid-reading
    os.killpg(child.pid, signal.SIGINT)  # as Ctrl-C does: the whole foreground group
    child.communicate(timeout=120)
    assert child.returncode != 0
    for _ in range(100):
        if not _group_alive(child.pid):
            break
        time.sleep(0.05)
    assert not _group_alive(child.pid), "a worker outlived the interrupted audit"
    assert snapshot(case) == before
    leftovers = [p.name for p in out.iterdir()] if out.exists() else []
    assert not [n for n in leftovers if n.endswith(".tmp")]


SITECUSTOMIZE = textwrap.dedent("""
    import os, sys
    _LOG = os.environ["NETWORK_LOG"]
    _EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
               "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
               "http.client.connect", "urllib.Request", "ftplib.connect", "smtplib.connect"}

    def _hook(event, args):
        if event in _EVENTS:
            with open(_LOG, "a") as fh:
                fh.write(f"{os.getpid()} {event} {args!r}\\n")

    sys.addaudithook(_hook)
""")


def test_the_audit_opens_no_network_connection(tmp_path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "network.log"
    env = {"PYTHONPATH": str(hooks), "NETWORK_LOG": str(log)}
    # The hook works: a connection attempt is recorded.
    probe = "import socket; socket.socket().connect_ex(('127.0.0.1', 9))"
    subprocess.run([sys.executable, "-c", probe], env={**os.environ, **env}, check=True)
    assert "socket.connect" in log.read_text()
    log.unlink()
    case = tmp_path / "case"
    shutil.copytree(SAMPLE, case)
    make_hostile.make_hostile(case / "hostile")
    done = _run(case, tmp_path / "out", env=env)
    assert done.returncode in (0, 1), done.stderr
    assert not log.exists(), log.read_text()
