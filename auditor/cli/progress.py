"""Progress on stderr: a live bar on a terminal, plain lines otherwise; never on stdout."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, TextIO

from auditor.cli.terminal import safe
from auditor.i18n import _

if TYPE_CHECKING:  # the pipeline's imports are not needed to show `--help`
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
        self.share = 0.0  # of the bar filled; never goes back

    def start_case(self, name: str) -> None:
        self.case = safe(name)  # a case folder's name is the client's: never raw to a terminal
        self.started = time.monotonic()
        self.share = 0.0
        if self.enabled and not self.tty:
            print(_("auditing {case}").format(case=name), file=self.stream, flush=True)

    def update(self, p: Progress) -> None:
        if not self.enabled or p.total == 0:
            return
        elapsed = time.monotonic() - self.started
        # The time left, from the pace of the current stage since it started: OCR pages take
        # a second each where text files take milliseconds, so the text stage says nothing
        # of the OCR to come.
        eta = p.elapsed / p.done * (p.total - p.done) if p.done else 0.0
        files = (
            _("{done}/{total} files").format(done=p.files_done, total=p.files_total)
            if p.files_total
            else ""
        )
        pages = (
            _("{done}/{total} pages").format(done=p.pages_done, total=p.pages_total)
            if p.pages_total
            else _("{done} pages").format(done=p.pages_done)
        )
        what = ", ".join(x for x in (files, pages) if x)
        if self.tty:
            width = 24
            filled = int(width * self.filled(p))
            bar = "#" * filled + "-" * (width - filled)
            timing = _("{elapsed}s elapsed, ~{left}s left").format(
                elapsed=f"{elapsed:.1f}", left=f"{eta:.0f}"
            )
            text = f"\r{self.case} [{bar}] {what}, {timing}"
            self.stream.write(text[:160].ljust(100))
            self.stream.flush()
            self.drawn = True
        elif p.done == p.total or time.monotonic() - self.last_line > LINE_EVERY_SECONDS:
            self.last_line = time.monotonic()
            timing = _("{elapsed}s elapsed, ~{left}s left").format(
                elapsed=f"{elapsed:.1f}", left=f"{eta:.0f}"
            )
            print(
                _("{case}: {what} read, {timing}").format(case=self.case, what=what, timing=timing),
                file=self.stream,
                flush=True,
            )

    def filled(self, p: Progress) -> float:
        """How much of the bar to fill, never less than before: files fully read while the
        page count is unknown (the text stage), then pages read of all pages. (Filling by the
        stage's own tasks showed the text stage at 100% and then fell back to the OCR's share.)
        """
        if p.pages_total:
            share = p.pages_done / p.pages_total
        else:
            share = p.files_done / p.files_total if p.files_total else 0.0
        self.share = max(self.share, min(1.0, share))
        return self.share

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * 170 + "\r")
            self.stream.flush()
            self.drawn = False
