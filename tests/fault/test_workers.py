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
