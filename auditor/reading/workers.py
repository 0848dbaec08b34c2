"""Running reading tasks in worker processes, each under a time and memory limit.

A task that crashes its worker (a hostile PDF can take a native library down), runs past its
time limit or exhausts its memory becomes a failed result for that task alone, with a reason a
consultant can read; the other tasks are run again and the audit goes on.

Each worker announces the task it starts, so time limits count from the real start (not from
when the task was queued) and a crash is pinned on the task that was running. Workers ignore
SIGINT: on Ctrl-C the parent stops them all before the interrupt propagates, and no worker is
left behind; a parent killed outright (SIGKILL, the OOM killer, a hang-up) takes its workers with
it. Native readers (pdfium, image decoders, Tesseract) only ever run in workers;
`isolated` gives the parent process the same protection for a single call.
"""

from __future__ import annotations

import ctypes
import faulthandler
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_MEMORY_LIMIT = 3 * 1024**3  # bytes of address space per worker
POLL_SECONDS = 0.1
STALL_SECONDS = 120.0  # no task starts or ends for this long: the pool is stuck, stop it
MAX_FRUITLESS_RESTARTS = 3  # pools that broke before any task started

CRASHED = (
    "the reader crashed on this file (it is damaged or built to attack PDF readers); "
    "ask the client for a new copy, printed again to PDF"
)
STALLED = "the reader stopped responding before this file could be read; audit the case again"


def timed_out(limit: float) -> str:
    return (
        f"reading this file took longer than its {limit:.0f}-second limit and was stopped "
        "(it is damaged or unusually complex); ask the client for a simpler copy"
    )


def out_of_memory(limit: int) -> str:
    return (
        "reading this file needed more memory than one document may use "
        f"({limit / 1024**3:.0f} GB) and was stopped; it is damaged or hostile "
        "(a decompression bomb, for example)"
    )


def unexpected(exc: BaseException) -> str:
    return (
        "the reader failed on this file, which may be damaged; ask the client for a new copy "
        f"(technical detail: {type(exc).__name__}: {str(exc)[:200]})"
    )


@dataclass(frozen=True)
class TaskFailure:
    """Why a task produced no result, as a sentence for the report."""

    reason: str


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    item: T
    result: R | TaskFailure


class IsolatedError(RuntimeError):
    """A call run by `isolated` crashed, timed out or raised; the message says why."""


class TaskStopped(Exception):
    """Raised by a task that stops for a reason the report gives as is (its message)."""


# --- the worker side ---------------------------------------------------------------------------

_started_queue: Any = None
_in_worker = False
_memory_limit = 0

PR_SET_PDEATHSIG = 1  # linux/prctl.h
ORPHAN_POLL_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """Make this worker die when the process that started it does, however that dies.

    On Linux the kernel sends SIGKILL when the parent goes (PR_SET_PDEATHSIG); elsewhere a
    thread watches for the worker to be orphaned. Either way, a parent that died before this
    ran has already handed the worker to another process: then it ends at once.
    """
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:
        os._exit(1)
    if not armed:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(ORPHAN_POLL_SECONDS)
            os._exit(1)

        threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def _init_worker(memory_limit: int, started_queue: Any, parent: int) -> None:
    global _started_queue, _in_worker, _memory_limit
    _die_with_parent(parent)
    _started_queue, _in_worker, _memory_limit = started_queue, True, memory_limit
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt stops
    faulthandler.disable()  # a native crash here is the parent's to report, in words
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_limit > 0:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ValueError, OSError):
            pass


def _call(fn: Callable[[T], R], index: int, item: T) -> R:
    if _started_queue is not None:
        _started_queue.put(index)
    try:
        return fn(item)
    except MemoryError:
        # Re-raised as a small, picklable error: the original may hold huge references.
        raise MemoryError("worker memory limit") from None


# --- the parent side ---------------------------------------------------------------------------


def _kill(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        try:
            process.kill()
        except Exception:
            pass
    for process in processes:
        try:
            process.join(timeout=2)
        except Exception:
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def run_tasks(
    fn: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    timeout: Callable[[T], float],
    on_done: Callable[[Outcome[T, R]], None] | None = None,
    memory_limit: int = DEFAULT_MEMORY_LIMIT,
) -> list[Outcome[T, R]]:
    """Run `fn` on every item in worker processes; results in the order of `items`.

    Never raises for a task: an exception, crash, time-out or memory exhaustion becomes that
    task's `TaskFailure` (a `TaskStopped` its message). Interrupts (Ctrl-C) stop every worker
    and then propagate.
    """
    results: dict[int, Outcome[T, R]] = {}
    width = max(1, jobs)
    context = multiprocessing.get_context("fork")
    fruitless = 0

    def finish(index: int, result: R | TaskFailure) -> None:
        if index in results:
            return
        outcome = Outcome(items[index], result)
        results[index] = outcome
        if on_done is not None:
            on_done(outcome)

    while len(results) < len(items):
        pending = [i for i in range(len(items)) if i not in results]
        started_queue = context.SimpleQueue()
        pool = ProcessPoolExecutor(
            max_workers=min(width, len(pending)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(memory_limit, started_queue, os.getpid()),
        )
        try:
            futures: dict[Future[R], int] = {
                pool.submit(_call, fn, i, items[i]): i for i in pending
            }
            started: dict[int, float] = {}
            broken = False
            late: list[int] = []
            last_event = time.monotonic()
            while futures and not broken and not late:
                done, _ = wait(futures, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                now = time.monotonic()
                while not started_queue.empty():
                    started.setdefault(started_queue.get(), now)
                    last_event = now
                for future in done:
                    index = futures.pop(future)
                    last_event = now
                    try:
                        finish(index, future.result())
                    except BrokenProcessPool:
                        futures[future] = index
                        broken = True
                    except MemoryError:
                        finish(index, TaskFailure(out_of_memory(memory_limit)))
                    except TaskStopped as exc:  # the task says why, in words for the report
                        finish(index, TaskFailure(str(exc)))
                    except Exception as exc:  # the task's own error: report it, keep going
                        finish(index, TaskFailure(unexpected(exc)))
                running = [i for i in futures.values() if i in started]
                late = [i for i in running if now - started[i] > timeout(items[i])]
                if not running and futures and now - last_event > STALL_SECONDS:
                    for i in futures.values():
                        finish(i, TaskFailure(STALLED))
                    break
            for index in late:
                finish(index, TaskFailure(timed_out(timeout(items[index]))))
            if broken:
                suspects = [i for i in started if i not in results]
                if len(suspects) == 1:
                    finish(suspects[0], TaskFailure(CRASHED))
                    width, fruitless = max(1, jobs), 0
                elif suspects:
                    width = 1  # several ran at once: one at a time finds the culprit
                else:
                    fruitless += 1
                    if fruitless >= MAX_FRUITLESS_RESTARTS:
                        for i in range(len(items)):
                            finish(i, TaskFailure(CRASHED))
            if late or broken:
                _kill(pool)
            else:
                pool.shutdown(wait=True)
            started_queue.close()
        except BaseException:
            _kill(pool)
            raise
    return [results[i] for i in range(len(items))]


def isolated(
    fn: Callable[[T], R], item: T, timeout: float, memory_limit: int = DEFAULT_MEMORY_LIMIT
) -> R:
    """`fn(item)` in a worker process, or here when already in one; raises IsolatedError."""
    if _in_worker:
        return fn(item)
    outcome = run_tasks(fn, [item], 1, lambda _: timeout, memory_limit=memory_limit)[0]
    if isinstance(outcome.result, TaskFailure):
        raise IsolatedError(outcome.result.reason)
    return outcome.result
