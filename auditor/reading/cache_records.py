"""The read cache's data format: a file's pages and documents as JSON, decoded strictly.

Schema (version `SCHEMA`), positional arrays to keep entries small and decoding quick:

    entry    {"schema": SCHEMA, "pages": [page], "pdf": pdf | null, "problem": str | null,
              "notes": [str], "extractor": str | null, "documents": [document] | null}
    page     [number, width, height, source, rotation, skew, ocr_confidence | null,
              note | null, [bbox], words]            (the marks, then the words)
    words    [[int], [str], [number], [number], [str | null]]: the words of the page in
             columns: how many words each line has, then every word's text, its box
             (x0, top, x1, bottom: 4 numbers a word), its confidence and its font
    bbox     [x0, top, x1, bottom]
    pdf      [producer, creator, created, modified, incremental_updates, encrypted]
             (the two dates as ISO 8601 date-times, or null)
    document {"pages": [int | page], "kind": str, "fields": {name: field}, "language",
              "pdf", "problem", "notes"}   (an int is an index into the entry's pages; the
             documents of an entry with several are the parts of their file, `Document.split`)
    field    [value, page | null, bbox | null, text, confidence]
    value    str | int | float | bool | null | [str] (a tuple) | {"date": "YYYY-MM-DD"}
             | {"datetime": ISO 8601} | {"records": [[[name, field]]]} (a tuple of records)

Decoding builds records and nothing else: an unknown key, a missing one, a value of the wrong
type or a schema of another version makes the whole entry a miss (`Malformed`), never an
object of the wrong shape and never code. A file's identity is not stored: the entry is found
by content hash, and the caller gives it the identity of the file asked for.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from auditor.models import (
    BBox,
    Document,
    Field,
    FieldValue,
    Line,
    Page,
    PdfFacts,
    ReadFile,
    Record,
    SourceFile,
    Word,
    records,
)

SCHEMA = 1
_ENTRY_KEYS = frozenset(("schema", "pages", "pdf", "problem", "notes", "extractor", "documents"))
_DOCUMENT_KEYS = frozenset(("pages", "kind", "fields", "language", "pdf", "problem", "notes"))
_SOURCES = frozenset(("text", "ocr", "empty"))
_NUMBER = (int, float)
_NUMBERS = frozenset(_NUMBER)
_INT = frozenset((int,))
_STR = frozenset((str,))
_OPTIONAL_STR = frozenset((str, type(None)))


# What an entry gives back: the pages, the extractors' version, the documents they made.
Decoded = tuple[ReadFile, str | None, tuple[Document, ...] | None]


class Malformed(ValueError):
    """An entry that is not exactly what `encode` writes: the cache treats it as a miss."""


# --- encoding -----------------------------------------------------------------------------------


def encode(read: ReadFile, extractor: str | None, documents: tuple[Document, ...] | None) -> bytes:
    """The entry's JSON bytes; raises Malformed for a value the schema cannot hold faithfully."""
    index = {id(page): i for i, page in enumerate(read.pages)}
    entry = {
        "schema": SCHEMA,
        "pages": [_page(p) for p in read.pages],
        "pdf": _pdf(read.pdf),
        "problem": read.problem,
        "notes": list(read.notes),
        "extractor": extractor if documents is not None else None,
        "documents": None if documents is None else [_document(d, index) for d in documents],
    }
    try:
        return json.dumps(entry, separators=(",", ":"), allow_nan=False).encode("ascii")
    except (TypeError, ValueError) as exc:
        raise Malformed(f"not cacheable: {exc}") from exc


def _page(page: Page) -> list[Any]:
    return [
        page.number,
        page.width,
        page.height,
        page.source,
        page.rotation,
        page.skew,
        page.ocr_confidence,
        page.note,
        [list(b) for b in page.marks],
        _words(page),
    ]


def _words(page: Page) -> list[list[Any]]:
    words = page.words
    return [
        [len(line.words) for line in page.lines],
        [w.text for w in words],
        [c for w in words for c in w.bbox],
        [w.confidence for w in words],
        [w.font for w in words],
    ]


def _pdf(pdf: PdfFacts | None) -> list[Any] | None:
    if pdf is None:
        return None
    return [
        pdf.producer,
        pdf.creator,
        None if pdf.created is None else _iso(pdf.created),
        None if pdf.modified is None else _iso(pdf.modified),
        pdf.incremental_updates,
        pdf.encrypted,
    ]


def _iso(moment: dt.datetime) -> str:
    """ISO 8601, when it reads back as the same moment in the same offset (an offset finer than
    a second does not)."""
    text = moment.isoformat()
    back = dt.datetime.fromisoformat(text)
    if back != moment or back.utcoffset() != moment.utcoffset():
        raise Malformed(f"not cacheable: the date-time {text}")
    return text


def _document(document: Document, index: dict[int, int]) -> dict[str, Any]:
    return {
        "pages": [index[id(p)] if id(p) in index else _page(p) for p in document.pages],
        "kind": document.kind,
        "fields": {name: _field(f) for name, f in document.fields.items()},
        "language": document.language,
        "pdf": _pdf(document.pdf),
        "problem": document.problem,
        "notes": list(document.notes),
    }


def _field(f: Field) -> list[Any]:
    return [_value(f.value), f.page, None if f.bbox is None else list(f.bbox), f.text, f.confidence]


def _value(value: FieldValue) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dt.datetime):
        return {"datetime": _iso(value)}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return list(value)
    items = records(value)
    if isinstance(value, tuple) and len(items) == len(value):
        return {"records": [[[name, _field(f)] for name, f in r.fields] for r in items]}
    raise Malformed(f"not cacheable: a field value of type {type(value).__name__}")


# --- decoding -----------------------------------------------------------------------------------


def decode(data: bytes, file: SourceFile) -> Decoded:
    """(pages, extractor version, documents) from `encode`'s bytes, given `file`'s identity.

    Raises Malformed for anything else.
    """
    try:
        entry = json.loads(data, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise Malformed(f"not JSON: {exc}") from exc
    try:
        return _entry(entry, file)
    except Exception as exc:  # whatever the shape: a miss, never an error of the audit
        raise Malformed(f"{type(exc).__name__}: {exc}") from exc


def _entry(entry: Any, file: SourceFile) -> Decoded:
    _keys(entry, _ENTRY_KEYS)
    if type(entry["schema"]) is not int or entry["schema"] != SCHEMA:
        raise Malformed(f"schema {entry['schema']!r}, not {SCHEMA}")
    pages = tuple(_decode_page(p) for p in _list(entry["pages"]))
    read = ReadFile(
        file,
        pages,
        _decode_pdf(entry["pdf"]),
        _optional_str(entry["problem"]),
        _strings(entry["notes"]),
    )
    extractor = _optional_str(entry["extractor"])
    raw = entry["documents"]
    if raw is None or extractor is None:
        return read, None, None
    items = _list(raw)
    # A file's documents are parts (named by their page ranges) exactly when there are several:
    # that follows from the list, so it is not stored.
    documents = tuple(_decode_document(d, file, pages, len(items) > 1) for d in items)
    return read, extractor, documents


def _decode_page(raw: Any) -> Page:
    number, width, height, source, rotation, skew, confidence, note, marks, words = _list(raw)
    if type(number) is not int or type(rotation) is not int or source not in _SOURCES:
        raise Malformed("page: number, rotation or source")
    return Page(
        number=number,
        width=_number(width),
        height=_number(height),
        lines=_decode_lines(words),
        source=source,
        rotation=rotation,
        skew=_number(skew),
        ocr_confidence=None if confidence is None else _number(confidence),
        note=_optional_str(note),
        marks=tuple(_bbox(b) for b in _list(marks)),
    )


def _decode_lines(raw: Any) -> tuple[Line, ...]:
    """The page's lines from its columns of words; type checks run a column at a time."""
    counts, texts, coords, confidences, fonts = _list(raw)
    n = len(_list(texts))
    if (
        len(_list(confidences)) != n
        or len(_list(fonts)) != n
        or len(_list(coords)) != 4 * n
        or sum(_list(counts)) != n
        or not set(map(type, counts)) <= _INT
        or min(counts, default=0) < 0
        or not set(map(type, texts)) <= _STR
        or not set(map(type, coords)) <= _NUMBERS
        or not set(map(type, confidences)) <= _NUMBERS
        or not set(map(type, fonts)) <= _OPTIONAL_STR
    ):
        raise Malformed("page: words")
    corner = iter(coords)
    boxes = zip(corner, corner, corner, corner, strict=True)
    words = list(map(Word, texts, boxes, confidences, fonts))
    lines, start = [], 0
    for count in counts:
        lines.append(Line(tuple(words[start : start + count])))
        start += count
    return tuple(lines)


def _decode_pdf(raw: Any) -> PdfFacts | None:
    if raw is None:
        return None
    producer, creator, created, modified, updates, encrypted = _list(raw)
    if type(updates) is not int or type(encrypted) is not bool:
        raise Malformed("pdf")
    return PdfFacts(
        _optional_str(producer),
        _optional_str(creator),
        _datetime(created),
        _datetime(modified),
        updates,
        encrypted,
    )


def _decode_document(
    raw: Any, file: SourceFile, pages: tuple[Page, ...], split: bool = False
) -> Document:
    _keys(raw, _DOCUMENT_KEYS)
    kind = raw["kind"]
    fields = raw["fields"]
    if type(kind) is not str or type(fields) is not dict:
        raise Malformed("document: kind or fields")
    return Document(
        file=file,
        pages=tuple(
            pages[p] if type(p) is int and p >= 0 else _decode_page(p) for p in _list(raw["pages"])
        ),
        kind=kind,
        fields={_str(name): _decode_field(f) for name, f in fields.items()},
        language=_optional_str(raw["language"]),
        pdf=_decode_pdf(raw["pdf"]),
        problem=_optional_str(raw["problem"]),
        notes=_strings(raw["notes"]),
        split=split,
    )


def _decode_field(raw: Any) -> Field:
    value, page, bbox, text, confidence = _list(raw)
    if page is not None and type(page) is not int:
        raise Malformed("field: page")
    return Field(
        _decode_value(value),
        page,
        None if bbox is None else _bbox(bbox),
        _str(text),
        _number(confidence),
    )


def _decode_value(raw: Any) -> FieldValue:
    if raw is None or type(raw) in (str, bool, int, float):
        return raw
    if type(raw) is list:
        return _strings(raw)
    if type(raw) is dict and len(raw) == 1:
        if "date" in raw:
            return dt.date.fromisoformat(_str(raw["date"]))
        if "datetime" in raw:
            return dt.datetime.fromisoformat(_str(raw["datetime"]))
        if "records" in raw:
            return tuple(_decode_record(r) for r in _list(raw["records"]))
    raise Malformed("field value")


def _decode_record(raw: Any) -> Record:
    out = []
    for pair in _list(raw):
        name, f = _list(pair)
        out.append((_str(name), _decode_field(f)))
    return Record(tuple(out))


def _no_constant(name: str) -> None:
    raise Malformed(f"{name} is not a number the encoder writes")


# --- strict little readers ----------------------------------------------------------------------


def _keys(raw: Any, keys: frozenset[str]) -> None:
    if type(raw) is not dict or raw.keys() != keys:
        raise Malformed("unexpected keys")


def _list(raw: Any) -> list[Any]:
    if type(raw) is not list:
        raise Malformed("not a list")
    return raw


def _str(raw: Any) -> str:
    if type(raw) is not str:
        raise Malformed("not a string")
    return raw


def _optional_str(raw: Any) -> str | None:
    return None if raw is None else _str(raw)


def _strings(raw: Any) -> tuple[str, ...]:
    return tuple(_str(s) for s in _list(raw))


def _number(raw: Any) -> float:
    if type(raw) not in _NUMBER:
        raise Malformed("not a number")
    return raw


def _bbox(raw: Any) -> BBox:
    x0, top, x1, bottom = _list(raw)
    return (_number(x0), _number(top), _number(x1), _number(bottom))


def _datetime(raw: Any) -> dt.datetime | None:
    return None if raw is None else dt.datetime.fromisoformat(_str(raw))
