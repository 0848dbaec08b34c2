"""The terminal progress bar only ever fills: it never falls back between the reading stages."""

from __future__ import annotations

import io
import re

from auditor.cli.progress import ProgressDisplay
from auditor.pipeline import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def bars(steps: list[Progress]) -> list[str]:
    stream = Terminal()
    display = ProgressDisplay(stream=stream)
    display.start_case("raman")
    for step in steps:
        display.update(step)
    return re.findall(r"\[([#-]+)\]", stream.getvalue())


def test_the_bar_never_falls_back_when_ocr_follows_the_text_stage() -> None:
    # 3 files: 1 with a text layer (2 pages), 2 scans of 4 pages each needing OCR.
    steps = [
        Progress("text", 1, 3, "letter.pdf", 0.1, 1, 3, 2, 0),
        Progress("text", 2, 3, "scan1.pdf", 0.2, 1, 3, 2, 0),
        Progress("text", 3, 3, "scan2.pdf", 0.3, 1, 3, 2, 0),
        *(Progress("ocr", n, 8, "scan1.pdf", n, 1 + n // 4, 3, 2 + n, 10) for n in range(1, 9)),
    ]
    filled = [bar.count("#") for bar in bars(steps)]
    assert filled == sorted(filled), filled
    assert filled[0] == 8 and filled[-1] == 24  # a third of the files at first; all at the end
