"""The worker pool: a task that hangs, eats memory, crashes or raises fails alone, with a reason."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from auditor.reading import workers
from auditor.reading.workers import TaskFailure, isolated, run_tasks


def _task(item: str) -> str:
    if item == "hang":
        time.sleep(120)
    elif item == "memory":
        blocks = [bytes(64 * 1024**2) for _ in range(64)]  # 4 GB, far past the limit
        return str(len(blocks))
    elif item.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    elif item == "raise":
        raise ValueError("a broken cross-reference table")
    return item.upper()


# A time limit no task reaches unless it hangs: only the time-limit test uses a short one, so
# that on a loaded machine a slow start is never taken for a hang or a crash for a time-out.
GENEROUS = 600.0


def _results(
    items: list[str], jobs: int = 2, limit: float = GENEROUS, **kwargs
) -> dict[str, object]:
    outcomes = run_tasks(_task, items, jobs, lambda _: limit, **kwargs)
    assert [o.item for o in outcomes] == items  # results in the order of the items
    return {o.item: o.result for o in outcomes}


def test_a_task_past_its_time_limit_is_stopped_and_the_others_finish():
    results = _results(["a", "hang", "b", "c"], limit=2.0)
    assert results["a"] == "A" and results["b"] == "B" and results["c"] == "C"
    assert isinstance(results["hang"], TaskFailure)
    assert "longer than its 2-second limit" in results["hang"].reason


def test_a_task_past_its_memory_limit_is_stopped_and_reported():
    results = _results(["a", "memory", "b"], limit=120, memory_limit=1024**3)
    assert results["a"] == "A" and results["b"] == "B"
    assert isinstance(results["memory"], TaskFailure)
    assert "more memory than one document may use" in results["memory"].reason


def test_a_crash_is_pinned_on_its_task_alone():
    results = _results(["a", "b", "crash", "c", "d", "e"])
    assert isinstance(results["crash"], TaskFailure)
    assert results["crash"].reason == workers.CRASHED
    assert [results[k] for k in "abcde"] == list("ABCDE")


def test_two_crashes_in_parallel_are_each_reported():
    results = _results(["crash", "crash2", "a"], jobs=2)
    assert results["a"] == "A"
    for crash in ("crash", "crash2"):
        assert isinstance(results[crash], TaskFailure), f"{crash}: {results[crash]!r}"
        assert results[crash].reason == workers.CRASHED, f"{crash}: {results[crash].reason}"


def test_a_pool_broken_while_tasks_are_handed_out_is_a_restart_not_an_error(monkeypatch):
    # Under load a crashing task can break the pool before the others are submitted: submit()
    # itself then raises BrokenProcessPool. Simulated here on the second hand-out.
    calls = {"n": 0}

    class BreaksOnSecondSubmit(workers.ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            calls["n"] += 1
            if calls["n"] == 2:
                raise workers.BrokenProcessPool("a child process terminated abruptly")
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", BreaksOnSecondSubmit)
    results = _results(["a", "b", "c"], jobs=2)
    assert results == {"a": "A", "b": "B", "c": "C"}
    assert calls["n"] > 3  # the tasks not handed out were handed to a new pool


def test_an_exception_becomes_a_readable_reason():
    results = _results(["raise", "a"])
    assert results["a"] == "A"
    reason = results["raise"].reason
    assert reason.startswith("the reader failed on this file")
    assert "ValueError: a broken cross-reference table" in reason


def test_isolated_raises_a_readable_error_instead_of_dying():
    assert isolated(_task, "x", GENEROUS) == "X"
    try:
        isolated(_task, "crash", GENEROUS)
    except workers.IsolatedError as exc:
        assert "crashed" in str(exc)
    else:
        raise AssertionError("a crash must raise IsolatedError")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state


def test_sigint_stops_the_workers_and_leaves_none_behind(tmp_path):
    script = textwrap.dedent(f"""
        import os, time
        from auditor.reading.workers import run_tasks

        def task(n):
            open(os.path.join({str(tmp_path)!r}, f"{{os.getpid()}}.pid"), "w").close()
            time.sleep(120)

        run_tasks(task, [1, 2, 3], 2, lambda _: 600)
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=Path(__file__).parents[2], stderr=subprocess.PIPE
    )
    for _ in range(300):
        pids = [int(p.stem) for p in tmp_path.glob("*.pid")]
        if len(pids) == 2:
            break
        time.sleep(0.1)
    assert len(pids) == 2, "the workers never started"
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode != 0
    assert b"KeyboardInterrupt" in stderr
    for _ in range(50):
        if not any(_alive(p) for p in pids):
            break
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids), "a worker outlived the interrupted run"


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` and that are still running."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(proc.name))
    return found


def _scanned_case(case: Path, pages: int = 40) -> None:
    """A case of one multi-page TIFF whose every page has text: seconds of OCR per page."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=40)
    frames = []
    for n in range(pages):
        frame = Image.new("L", (1700, 2200), 255)
        draw = ImageDraw.Draw(frame)
        for row in range(12):
            draw.text((100, 150 + 160 * row), f"Pay statement {n} line {row}", fill=0, font=font)
        frames.append(frame)
    case.mkdir()
    frames[0].save(case / "scans.tiff", "TIFF", save_all=True, append_images=frames[1:])


def test_killing_the_main_process_outright_takes_its_workers_and_releases_its_pipe(tmp_path):
    """SIGKILL (as the OOM killer sends) leaves no worker reading on, holding `audit | tee`."""
    import threading

    _scanned_case(tmp_path / "case")
    audit = subprocess.Popen(
        [sys.executable, "-m", "auditor", str(tmp_path / "case"), "--out", str(tmp_path / "out")]
        + ["--no-cache", "--jobs", "2"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    eof = threading.Event()
    reader = threading.Thread(target=lambda: (audit.stdout.read(), eof.set()), daemon=True)
    reader.start()
    workers_seen: list[int] = []
    try:
        # The text pass of one file runs in one worker; two at once are the OCR pool.
        for _ in range(1200):
            workers_seen = _children(audit.pid)
            if len(workers_seen) >= 2 or audit.poll() is not None:
                break
            time.sleep(0.1)
        assert len(workers_seen) >= 2, "the OCR workers never started"
        audit.kill()
        audit.wait(timeout=60)
        for _ in range(600):  # a generous bound: the kernel ends them at once
            if not any(_alive(p) for p in workers_seen):
                break
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers_seen), "a worker outlived its killed parent"
        assert eof.wait(timeout=60), "the pipe from the audit was never closed"
    finally:
        for pid in workers_seen:  # what a failed run left behind, by id
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
