"""The duties of a reference letter: a bulleted or line-per-duty list, or a prose sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page
from extractors.base import TextIndex, make_field, rx
from extractors.patterns import strip_punct

_DUTY_HEAD = rx(
    r"(?:main\s+|key\s+|principal(?:es)?\s+|primary\s+|job\s+)?(?:duties|responsibilities|tasks|"
    r"tâches|fonctions|responsabilités)(?:\s+(?:and|et)\s+\w+)?[^\n:]{0,60}(?:include|included|"
    r"are|were|comprennent|comprenaient|sont|incluent|consist of|:)\s*:?"
)
_DUTY_TITLE = rx(
    r"^\s*(?:main\s+|key\s+|principal(?:es)?\s+|primary\s+|job\s+)?(?:duties|responsibilities|tasks|"
    r"tâches|fonctions|responsabilités)(?:\s+(?:and|et)\s+(?:duties|responsibilities|tâches|"
    r"responsabilités))?\s*:?\s*$"
)
# A list marker: a bullet glyph, or what OCR makes of one ("+", "¢", "©", "«", "°"...): any lone
# symbol before the text; or a number "1." / "1)".
_BULLET = re.compile(r"^\s*(?:[•●▪◦·\-–*o+¢©®°«»>~■□➢✓✔]|[^\w\s\"'“‘(\[$]|\d{1,2}[.)])\s+")
_DUTY_STOP = rx(
    r"^\s*(?:[A-Z][a-z]+ (?:works|worked|is paid|earns|receives)|(?:his|her|their|son|sa)\s+"
    r"(?:salary|wage|hours|salaire|horaire)|hours|salary|wage|should|if you|please|for any|"
    r"sincerely|regards|cordialement|n['’]hésitez|pour toute|veuillez|salaire|horaire|"
    r"the position|this position|ce poste|le poste|in addition|de plus|en outre)"
)


def duties_list(pages: Sequence[Page]) -> Field | None:
    lines = [(p.number, ln) for p in pages for ln in p.lines]
    heights = {p.number: p.height for p in pages}
    for i, (_, ln) in enumerate(lines):
        m = _DUTY_HEAD.search(ln.text) or _DUTY_TITLE.match(ln.text)
        if not m:
            continue
        tail = ln.text[m.end() :].strip()
        items: list[str] = []
        words: list = []
        page_no = lines[i + 1][0] if i + 1 < len(lines) else lines[i][0]
        if tail and not _BULLET.match(tail) and len(tail) > 20:
            continue  # prose: handled by _duties_prose
        margin = None
        prev_page = lines[i][0]
        for p_no, nxt in lines[i + 1 : i + 40]:
            t = nxt.text
            bullet = _BULLET.match(t)
            if p_no != prev_page and items and not bullet and nxt.bbox[1] < 0.15 * heights[p_no]:
                continue  # the next page's running head ("... - page 2") before the list goes on
            prev_page = p_no
            if bullet:
                items.append(t[bullet.end() :].strip())
                margin = nxt.bbox[0]
            elif (
                items
                and margin is not None
                and (nxt.bbox[0] > margin + 2 or _continues(items[-1], t))
                and not _DUTY_STOP.search(t)
            ):
                items[-1] = items[-1] + " " + t.strip()  # a wrapped bullet
            elif not items and not _DUTY_STOP.search(t) and len(t) > 3:
                items.append(t.strip())
                margin = None
            elif (
                items
                and margin is None
                and not _DUTY_STOP.search(t)
                and len(t) > 3
                and not t.rstrip().endswith(":")
                and len(items) < 15
                and t[:1].isupper()
            ):
                items.append(t.strip())
            else:
                break
            if p_no == page_no:
                words.extend(nxt.words)
        items = [strip_punct(x) for x in items if strip_punct(x)]
        if items:
            return make_field(tuple(items), page_no, words or list(ln.words), 0.9, "; ".join(items))
    return None


def duties_in(idx: TextIndex, start: int, end: int) -> Field | None:
    """The duty list of one part of a letter (one position's section): the lines after a
    duties heading, each bullet an item, a line in lower case going on with the item above."""
    text = idx.text
    m = _DUTY_HEAD.search(text, start, end)
    if m is None:
        m = next(
            (x for x in _LINE.finditer(text, start, end) if _DUTY_TITLE.match(x.group(0))), None
        )
    if m is None:
        return None
    items: list[str] = []
    first = last = None
    pos = text.find("\n", m.end() - 1 if text[m.end() - 1 : m.end()] == "\n" else m.end())
    for line in _LINE.finditer(text, pos + 1 if pos >= 0 else end, end):
        t = line.group(0)
        if not t.strip():
            if items:
                break
            continue
        bullet = _BULLET.match(t)
        if bullet:
            items.append(t[bullet.end() :].strip())
        elif items and _continues(items[-1], t) and not _DUTY_STOP.search(t):
            items[-1] += " " + t.strip()
        else:
            break
        first = line.start() if first is None else first
        last = line.end()
    items = [strip_punct(x) for x in items if strip_punct(x)]
    if not items or first is None or last is None:
        return None
    return idx.field(tuple(items), first, last, 0.85, text="; ".join(items))


_LINE = re.compile(r"^[^\n]*", re.MULTILINE)


def _continues(item: str, line: str) -> bool:
    """Whether a line at the bullets' margin goes on with the item above: it opens in lower
    case (a sentence does not start so) after an item without a closing stop."""
    first = line.strip()[:1]
    return bool(first) and first.islower() and not item.rstrip().endswith((".", ";", ":"))


def duties_prose(idx: TextIndex) -> Field | None:
    m = rx(
        r"(?:duties|responsibilities|tâches|fonctions|responsabilités)[^.:]{0,40}?"
        r"(?:include|included|includes|are|were|consist(?:ed)? of|comprennent|comprenaient|"
        r"incluent|"
        r"sont|:)\s*|responsible for\s+|chargée? de\s+|responsable de\s+"
    ).search(idx.text)
    if not m:
        return None
    end = idx.text.find(".", m.end())
    end = len(idx.text) if end < 0 else end
    body = re.sub(r"\s+", " ", idx.text[m.end() : end])
    parts = re.split(
        r"\s*;\s*|,\s+(?:and\s+|et\s+)?|\s+and\s+(?=\w+ing\b)|\s+et\s+(?=\w+er\b)", body
    )
    items = tuple(strip_punct(p) for p in parts if len(strip_punct(p)) > 2)
    if not items:
        return None
    return idx.field(items, m.end(), end, 0.8, text=body)
