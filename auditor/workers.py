"""Running reading tasks in worker processes, each under a time and memory limit.

A task that crashes its worker (a hostile PDF can take a native library down) or runs past its
time limit becomes a failed result for that task alone; the other tasks are run again and the
audit goes on. After a crash the remaining tasks run one at a time until the culprit is known.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_MEMORY_LIMIT = 3 * 1024**3  # bytes of address space per worker
POLL_SECONDS = 0.25


@dataclass(frozen=True)
class TaskFailure:
    """Why a task produced no result."""

    reason: str


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    item: T
    result: R | TaskFailure


def _init_worker(memory_limit: int) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_limit > 0:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ValueError, OSError):
            pass


def _kill(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        try:
            process.kill()
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
    """Run `fn` on every item in worker processes; results in the order of `items`."""
    results: dict[int, Outcome[T, R]] = {}
    pending = list(range(len(items)))
    width = max(1, jobs)
    context = multiprocessing.get_context("fork")

    def finish(index: int, result: R | TaskFailure) -> None:
        outcome = Outcome(items[index], result)
        results[index] = outcome
        if on_done is not None:
            on_done(outcome)

    while pending:
        pool = ProcessPoolExecutor(
            max_workers=min(width, len(pending)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(memory_limit,),
        )
        futures: dict[Future[R], int] = {pool.submit(fn, items[i]): i for i in pending}
        started: dict[Future[R], float] = {}
        broken = False
        timed_out: int | None = None
        while futures and not broken and timed_out is None:
            done, _ = wait(futures, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            now = time.monotonic()
            for future in done:
                index = futures.pop(future)
                try:
                    finish(index, future.result())
                except BrokenProcessPool:
                    futures[future] = index
                    broken = True
                except MemoryError:
                    finish(index, TaskFailure("it needs more memory than a document may use"))
                except Exception as exc:  # the task's own error: report it, keep going
                    finish(index, TaskFailure(f"{type(exc).__name__}: {exc}"))
            for future, index in futures.items():
                if future.running():
                    started.setdefault(future, now)
                    if now - started[future] > timeout(items[index]):
                        timed_out = index
                        break
        if timed_out is not None:
            limit = timeout(items[timed_out])
            finish(timed_out, TaskFailure(f"reading it took longer than the {limit:.0f} s limit"))
            _kill(pool)
            pending = [i for i in pending if i not in results]
            continue
        if broken:
            _kill(pool)
            if width == 1:
                # One worker runs tasks in submission order: the first unfinished one crashed it.
                culprit = min(i for i in pending if i not in results)
                finish(culprit, TaskFailure("the reader crashed on it (damaged or hostile file)"))
                width = max(1, jobs)
            else:
                width = 1  # find the culprit: one task at a time
            pending = [i for i in pending if i not in results]
            continue
        pool.shutdown(wait=True)
        pending = [i for i in pending if i not in results]
    return [results[i] for i in range(len(items))]
