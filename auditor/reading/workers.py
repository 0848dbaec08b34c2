"""Running reading tasks in worker processes, each under a time and memory limit.

A task that crashes its worker (a hostile PDF can take a native library down), runs past its
time limit or exhausts its memory becomes a failed result for that task alone, with a reason a
consultant can read; the other tasks are run again and the audit goes on.

Each worker announces the task it starts, so time limits count from the real start (not from
when the task was queued) and a crash is pinned on the task that was running. Workers ignore
SIGINT: on Ctrl-C the parent stops them all before the interrupt propagates, and no worker is
left behind; a parent killed outright (SIGKILL, the OOM killer, a hang-up) takes its workers with
it. Tasks of one group (a file's pages) may share a `Budget`: once they have run for its
seconds in all, the running ones are stopped and the others not started. Native readers
(pdfium, image decoders, Tesseract) only ever run in workers; `isolated` gives the parent
process the same protection for a single call.
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
from collections.abc import Callable, Hashable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from auditor.reading import notes

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


def over_budget(seconds: float) -> str:
    return notes.OVER_BUDGET.format(seconds=f"{seconds:.0f}")


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


@dataclass
class Budget(Generic[T]):
    """Seconds of work the tasks of one group (`group(item)`: a file) may take in all.

    Shared by several `run_tasks` calls through `spent` (a file's text pass, then its pages):
    `for_items` gives the same budget with another way to tell an item's group.
    """

    seconds: float
    group: Callable[[T], Hashable]
    spent: dict[Hashable, float] = field(default_factory=dict)

    def for_items(self, group: Callable[[R], Hashable]) -> Budget[R]:
        return Budget(self.seconds, group, self.spent)


# --- the worker side ---------------------------------------------------------------------------

_started_queue: Any = None
_in_worker = False
_memory_limit = 0
_skip: Any = None  # per group of this run: 1 once its budget is spent (shared with the parent)

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


def _init_worker(memory_limit: int, started_queue: Any, parent: int, skip: Any = None) -> None:
    global _started_queue, _in_worker, _memory_limit, _skip
    _die_with_parent(parent)
    _started_queue, _in_worker, _memory_limit, _skip = started_queue, True, memory_limit, skip
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt stops
    faulthandler.disable()  # a native crash here is the parent's to report, in words
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_limit > 0:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ValueError, OSError):
            pass


def _call(fn: Callable[[T], R], index: int, item: T, group: int = -1) -> R:
    if group >= 0 and _skip is not None and _skip[group]:
        raise TaskStopped("its group's budget is spent")  # the parent has reported it already
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


class _Ledger(Generic[T]):
    """A `Budget`'s accounts in one `run_tasks` call: which group each task draws on, and the
    groups past it (none without a budget)."""

    def __init__(self, budget: Budget[T] | None, items: Sequence[T], context: Any) -> None:
        self.budget = budget
        self.keys: list[Hashable] = (
            [budget.group(item) for item in items] if budget is not None else [None] * len(items)
        )
        self.number = {key: n for n, key in enumerate(dict.fromkeys(self.keys))}
        self.groups = [self.number[key] if budget is not None else -1 for key in self.keys]
        # Shared with the workers (forked): 1 for a group whose waiting tasks they must drop.
        self.skip = context.Array("b", max(1, len(self.number)), lock=False) if budget else None
        self.exhausted: set[Hashable] = (
            {key for key, spent in budget.spent.items() if spent > budget.seconds}
            if budget is not None
            else set()
        )
        self.stopped: set[Hashable] = set()
        self.reason = over_budget(budget.seconds) if budget is not None else ""

    def charge(self, index: int, seconds: float) -> None:
        """Count a finished task's seconds against its group."""
        if self.budget is None:
            return
        key = self.keys[index]
        spent = self.budget.spent[key] = self.budget.spent.get(key, 0.0) + seconds
        if spent > self.budget.seconds:
            self.exhausted.add(key)

    def over(self, running: list[int], started: dict[int, float], now: float) -> set[Hashable]:
        """The groups past their budget, counting the seconds of their tasks now running."""
        if self.budget is None:
            return set()
        live: dict[Hashable, float] = {}
        for i in running:
            key = self.keys[i]
            live[key] = live.get(key, self.budget.spent.get(key, 0.0)) + now - started[i]
        return self.exhausted | {key for key, spent in live.items() if spent > self.budget.seconds}

    def stop(
        self, over: set[Hashable], waiting: Iterable[int], started: dict[int, float]
    ) -> list[int]:
        """Stop the groups in `over` once: workers drop their tasks; those not started yet are
        returned, to be reported (and still watched: one may start before a worker sees it)."""
        fresh = over - self.stopped
        self.stopped |= fresh
        if self.skip is not None:
            for key in fresh & self.number.keys():
                self.skip[self.number[key]] = 1
        return [i for i in waiting if self.keys[i] in fresh and i not in started]


def run_tasks(
    fn: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    timeout: Callable[[T], float],
    on_done: Callable[[Outcome[T, R]], None] | None = None,
    memory_limit: int = DEFAULT_MEMORY_LIMIT,
    budget: Budget[T] | None = None,
) -> list[Outcome[T, R]]:
    """Run `fn` on every item in worker processes; results in the order of `items`.

    Never raises for a task: an exception, crash, time-out, memory exhaustion or a spent
    `budget` becomes that task's `TaskFailure` (a `TaskStopped` its message). Interrupts
    (Ctrl-C) stop every worker and then propagate.
    """
    results: dict[int, Outcome[T, R]] = {}
    width = max(1, jobs)
    context = multiprocessing.get_context("fork")
    fruitless = 0
    started: dict[int, float] = {}  # when each task of the current pool began
    ledger = _Ledger(budget, items, context)

    def finish(index: int, result: R | TaskFailure) -> None:
        if index in results:
            return
        if index in started:
            ledger.charge(index, time.monotonic() - started[index])
        outcome = Outcome(items[index], result)
        results[index] = outcome
        if on_done is not None:
            on_done(outcome)

    while len(results) < len(items):
        started.clear()
        for i in range(len(items)):
            if i not in results and ledger.keys[i] in ledger.exhausted:
                finish(i, TaskFailure(ledger.reason))
        pending = [i for i in range(len(items)) if i not in results]
        if not pending:
            break
        started_queue = context.SimpleQueue()
        pool = ProcessPoolExecutor(
            max_workers=min(width, len(pending)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(memory_limit, started_queue, os.getpid(), ledger.skip),
        )
        try:
            futures: dict[Future[R], int] = {}
            for i in pending:
                try:
                    futures[pool.submit(_call, fn, i, items[i], ledger.groups[i])] = i
                except BrokenProcessPool:
                    # A task crashed while the rest were being handed out: the submitted ones
                    # finish as broken below (which tells who ran), the others go to the next pool.
                    break
            broken = not futures
            late: list[int] = []
            spent: list[int] = []
            last_event = time.monotonic()
            while futures and not broken and not late and not spent:
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
                over = ledger.over(running, started, now)
                if over - ledger.stopped:
                    for i in ledger.stop(over, futures.values(), started):
                        finish(i, TaskFailure(ledger.reason))
                spent = [i for i in running if ledger.keys[i] in over]
                if not running and futures and now - last_event > STALL_SECONDS:
                    for i in futures.values():
                        finish(i, TaskFailure(STALLED))
                    break
            for index in late:
                finish(index, TaskFailure(timed_out(timeout(items[index]))))
            for index in spent:
                finish(index, TaskFailure(ledger.reason))
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
            if late or spent or broken:
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
