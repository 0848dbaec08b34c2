"""Shared machinery for extractors: the Extractor protocol, text-to-word mapping, Field building."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from auditor.models import BBox, Field, FieldValue, Page, Word, union_bbox


class Extractor(Protocol):
    """What every document kind provides: how to recognise it and how to read its fields."""

    kind: str

    def recognise(self, text: str) -> float: ...

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]: ...


@dataclass(frozen=True)
class Span:
    """A run of characters in an indexed text, mapped back to the words it came from."""

    start: int
    end: int
    page: int
    word: Word


class TextIndex:
    """The text of some pages as one string, where every character maps back to its word.

    Words on a line are joined by one space, lines by a newline, pages by a form feed, exactly
    like `Page.text`, so regular expressions run on plain text and their matches turn into
    evidence (page, bbox, confidence) without losing anything.
    """

    def __init__(self, pages: Sequence[Page]) -> None:
        parts: list[str] = []
        spans: list[Span] = []
        line_starts: list[tuple[int, int, int]] = []  # (offset, page number, line index)
        pos = 0
        for p_i, page in enumerate(pages):
            if p_i:
                parts.append("\f")
                pos += 1
            for l_i, line in enumerate(page.lines):
                if l_i:
                    parts.append("\n")
                    pos += 1
                line_starts.append((pos, page.number, l_i))
                for w_i, word in enumerate(line.words):
                    if w_i:
                        parts.append(" ")
                        pos += 1
                    spans.append(Span(pos, pos + len(word.text), page.number, word))
                    parts.append(word.text)
                    pos += len(word.text)
        self.text = "".join(parts)
        self.spans = spans
        self.pages = tuple(pages)
        self._starts = [s.start for s in spans]

    def spans_in(self, start: int, end: int) -> list[Span]:
        """The word spans overlapping the character range [start, end)."""
        import bisect

        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out: list[Span] = []
        while i < len(self.spans) and self.spans[i].start < end:
            s = self.spans[i]
            if s.end > start:
                out.append(s)
            i += 1
        return out

    def field(
        self,
        value: FieldValue,
        start: int,
        end: int,
        confidence: float = 1.0,
        text: str | None = None,
    ) -> Field | None:
        """A Field for a value read from characters [start, end); None when no word is there."""
        spans = self.spans_in(start, end)
        if not spans:
            return None
        page = spans[0].page
        words = [s.word for s in spans if s.page == page]
        raw = text if text is not None else self.text[start:end].strip()
        return make_field(value, page, words, confidence, raw)

    def finditer(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        return pattern.finditer(self.text)

    def page_of(self, offset: int) -> int:
        spans = self.spans_in(offset, offset + 1)
        if spans:
            return spans[0].page
        return self.pages[0].number if self.pages else 1


def make_field(
    value: FieldValue,
    page: int,
    words: Sequence[Word],
    confidence: float = 1.0,
    text: str | None = None,
) -> Field:
    """A Field whose evidence is the given words: their union box and their weakest confidence."""
    box: BBox | None = union_bbox([w.bbox for w in words])
    word_conf = min((w.confidence for w in words), default=1.0)
    raw = text if text is not None else " ".join(w.text for w in words)
    conf = max(0.0, min(1.0, word_conf * confidence))
    return Field(value=value, page=page, bbox=box, text=raw, confidence=round(conf, 4))


def keyword_score(text: str, weighted: Sequence[tuple[re.Pattern[str], float]]) -> float:
    """Sum of the weights of the patterns found in text, capped at 1."""
    total = sum(w for pattern, w in weighted if pattern.search(text))
    return max(0.0, min(1.0, total))


# Accented letters of French labels and the letter OCR (or a typist without the key) leaves
# when the accent is lost: "Établissement" is read "Etablissement", "Prénom" "Prenom".
_ACCENT_BASE = {
    "à": "a", "â": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "î": "i", "ï": "i", "ô": "o", "ù": "u", "û": "u", "ü": "u",
}  # fmt: skip


def fold_accents(pattern: str) -> str:
    """The pattern with each accented letter also matching its letter without the accent.

    Outside a character class "é" becomes "[éeÉE]"-like "[ée]" (case is left to the flags);
    inside one, the bare letter is added to the class. Escapes are copied as they are.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and out and out[-1] != "[" and out[-1] != "[^":
            in_class = False
        base = _ACCENT_BASE.get(c.lower())
        if base is None:
            out.append(c)
        elif in_class:
            out.append(c + base)
        else:
            out.append(f"[{c}{base}]")
        i += 1
    return "".join(out)


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern whose accented letters also match without their accent
    (the house flags for label synonyms)."""
    return re.compile(fold_accents(pattern), re.IGNORECASE)


def put(fields: dict[str, Field], name: str, f: Field | None) -> None:
    """Store f under name unless it is None or the name already holds a surer value."""
    if f is None:
        return
    old = fields.get(name)
    if old is None or f.confidence > old.confidence:
        fields[name] = f
