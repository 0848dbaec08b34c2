"""Progress on stderr: a live bar on a terminal, plain lines otherwise; never on stdout."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from auditor.pipeline import Progress

LINE_EVERY_SECONDS = 5.0


class ProgressDisplay:
    """Shows files and pages read, elapsed time and an estimate of the time left."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = self.stream.isatty()
        self.case = ""
        self.started = time.monotonic()
        self.last_line = 0.0
        self.drawn = False

    def start_case(self, name: str) -> None:
        self.case = name
        self.started = time.monotonic()
        if self.enabled and not self.tty:
            print(f"auditing {name}", file=self.stream, flush=True)

    def update(self, p: Progress) -> None:
        if not self.enabled or p.total == 0:
            return
        elapsed = time.monotonic() - self.started
        eta = elapsed / p.done * (p.total - p.done) if p.done else 0.0
        what = "files" if p.stage == "text" else "OCR pages"
        if self.tty:
            width = 24
            filled = int(width * p.done / p.total)
            bar = "#" * filled + "-" * (width - filled)
            text = (
                f"\r{self.case} [{bar}] {p.done}/{p.total} {what} "
                f"{elapsed:5.1f}s elapsed, ~{eta:4.0f}s left"
            )
            self.stream.write(text[:160].ljust(100))
            self.stream.flush()
            self.drawn = True
        elif p.done == p.total or time.monotonic() - self.last_line > LINE_EVERY_SECONDS:
            self.last_line = time.monotonic()
            print(
                f"{self.case}: {p.done}/{p.total} {what} read, {elapsed:.1f}s elapsed, "
                f"~{eta:.0f}s left",
                file=self.stream,
                flush=True,
            )

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * 110 + "\r")
            self.stream.flush()
            self.drawn = False
