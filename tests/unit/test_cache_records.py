"""The read cache's data format: every record comes back equal, and an authentic entry that is
not exactly what the encoder writes is a miss, never an exception or an object of another shape."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.models import Document, Field, Line, Page, PdfFacts, ReadFile, SourceFile, Word
from auditor.reading import cache as read_cache
from auditor.reading.cache import ReadCache
from auditor.reading.cache_records import SCHEMA, Malformed, decode, encode

FILE = SourceFile(Path("/case/letter.pdf"), "letter.pdf", "a" * 64, 1000)
OTHER = SourceFile(Path("/other/copy.pdf"), "copy.pdf", "a" * 64, 1000)

texts = st.text(max_size=12)
numbers = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, width=64), st.integers(-5000, 5000)
)
boxes = st.tuples(numbers, numbers, numbers, numbers)
words = st.builds(Word, texts, boxes, numbers, st.none() | texts)
lines = st.builds(Line, st.lists(words, max_size=4).map(tuple))
pages = st.builds(
    Page,
    number=st.integers(1, 300),
    width=numbers,
    height=numbers,
    lines=st.lists(lines, max_size=4).map(tuple),
    source=st.sampled_from(["text", "ocr", "empty"]),
    rotation=st.sampled_from([0, 90, 180, 270]),
    skew=numbers,
    ocr_confidence=st.none() | numbers,
    note=st.none() | texts,
    marks=st.lists(boxes, max_size=2).map(tuple),
)
offsets = st.integers(-23 * 3600, 23 * 3600).map(lambda s: dt.timedelta(seconds=s))
datetimes = st.datetimes(timezones=st.none() | offsets.map(dt.timezone))
pdfs = st.none() | st.builds(
    PdfFacts,
    st.none() | texts,
    st.none() | texts,
    st.none() | datetimes,
    st.none() | datetimes,
    st.integers(0, 9),
    st.booleans(),
)
values = st.one_of(
    st.none(),
    texts,
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(),
    datetimes,
    st.lists(texts, max_size=3).map(tuple),
)
fields = st.builds(Field, values, st.none() | st.integers(1, 9), st.none() | boxes, texts, numbers)


@st.composite
def entries(draw: st.DrawFn) -> tuple[ReadFile, tuple[Document, ...]]:
    read = ReadFile(
        FILE,
        tuple(draw(st.lists(pages, max_size=3))),
        draw(pdfs),
        draw(st.none() | texts),
        tuple(draw(st.lists(texts, max_size=2))),
    )
    documents = []
    for _ in range(draw(st.integers(0, 3))):
        own = draw(st.lists(st.sampled_from(read.pages), max_size=2)) if read.pages else []
        documents.append(
            Document(
                FILE,
                tuple(own + draw(st.lists(pages, max_size=1))),  # pages of the file, or not
                kind=draw(st.sampled_from(["employment_letter", "pay_stub", "other"])),
                fields=draw(st.dictionaries(texts, fields, max_size=4)),
                language=draw(st.none() | st.sampled_from(["en", "fr"])),
                pdf=draw(pdfs),
                problem=draw(st.none() | texts),
                notes=tuple(draw(st.lists(texts, max_size=2))),
            )
        )
    # The documents of a file holding several are its parts (classify.parts), and come back so.
    return read, tuple(replace(d, split=len(documents) > 1) for d in documents)


@settings(max_examples=150, deadline=None)
@given(entries())
def test_every_record_comes_back_equal(entry: tuple[ReadFile, tuple[Document, ...]]) -> None:
    read, documents = entry
    back, extractor, documents_back = decode(encode(read, "v1", documents), FILE)
    assert (back, extractor, documents_back) == (read, "v1", documents)
    assert documents_back is not None
    # The types too: True == 1 == 1.0, but a count is not a flag.
    assert shapes(documents_back) == shapes(documents)


def shapes(documents: tuple[Document, ...]) -> list[object]:
    return [
        (
            [type(f.value) for f in d.fields.values()],
            [(type(w.confidence), *map(type, w.bbox)) for p in d.pages for w in p.words],
        )
        for d in documents
    ]


def test_the_file_identity_is_the_one_asked_for() -> None:
    page = Page(1, 612.0, 792.0, (Line((Word("Cook", (1.0, 2.0, 3.0, 4.0)),)),), "text")
    read = ReadFile(FILE, (page,))
    document = Document(
        FILE, (page,), "employment_letter", {"job_title": Field("Cook", 1, None, "Cook", 1.0)}
    )
    back, _, documents = decode(encode(read, "v1", (document,)), OTHER)
    assert back.file == OTHER and documents is not None and documents[0].file == OTHER
    assert documents[0].pages[0] is back.pages[0]  # shared, as read
    assert b"/case/" not in encode(read, "v1", (document,))


def test_values_the_schema_cannot_hold_are_not_cached() -> None:
    page = Page(1, float("nan"), 792.0, (), "text")
    with pytest.raises(Malformed):
        encode(ReadFile(FILE, (page,)), None, None)
    document = Document(FILE, (), fields={"x": Field(["a list"], None, None, "", 1.0)})  # type: ignore[arg-type]
    with pytest.raises(Malformed):
        encode(ReadFile(FILE), "v1", (document,))
    odd = dt.datetime(2000, 1, 1, tzinfo=dt.timezone(dt.timedelta(microseconds=1)))
    with pytest.raises(Malformed):
        encode(ReadFile(FILE, pdf=PdfFacts(created=odd)), None, None)


def good() -> dict:
    page = Page(
        1, 612.0, 792.0, (Line((Word("Cook", (1.0, 2.0, 3.0, 4.0), 0.9, "Helv"),)),), "text"
    )
    read = ReadFile(FILE, (page,), PdfFacts("p", None, dt.datetime(2024, 1, 2, 3, 4, 5)))
    fields = {"start_date": Field(dt.date(2022, 1, 3), 1, (1.0, 2.0, 3.0, 4.0), "Jan 3", 1.0)}
    document = Document(FILE, (page,), "employment_letter", fields)
    return json.loads(encode(read, "v1", (document,)))


def test_the_sample_entry_decodes() -> None:
    read, extractor, documents = decode(json.dumps(good()).encode(), FILE)
    assert extractor == "v1" and documents is not None
    assert documents[0].value("start_date") == dt.date(2022, 1, 3)


def mutations() -> list[tuple[str, object]]:
    """(what is wrong, the entry) pairs, each one change away from a good entry."""
    out: list[tuple[str, object]] = []

    def change(what: str, edit) -> None:  # type: ignore[no-untyped-def]
        entry = good()
        edit(entry)
        out.append((what, entry))

    change("another schema", lambda e: e.update(schema=SCHEMA + 1))
    change("schema as text", lambda e: e.update(schema=str(SCHEMA)))
    change("an unknown key", lambda e: e.update(code="__import__('os')"))
    change("a missing key", lambda e: e.pop("notes"))
    change("pages not a list", lambda e: e.update(pages={"0": 1}))
    change("a page too short", lambda e: e["pages"][0].pop())
    change("an unknown page source", lambda e: e["pages"][0].__setitem__(3, "exec"))
    change("page number as float", lambda e: e["pages"][0].__setitem__(0, 1.0))
    change("width as bool", lambda e: e["pages"][0].__setitem__(1, True))
    change("word text a number", lambda e: e["pages"][0][9][1].__setitem__(0, 7))
    change("a box coordinate as text", lambda e: e["pages"][0][9][2].__setitem__(0, "1"))
    change("a box short of a corner", lambda e: e["pages"][0][9][2].pop())
    change("more words than lines hold", lambda e: e["pages"][0][9][0].__setitem__(0, 2))
    change("a line of -1 words", lambda e: e["pages"][0][9][0].extend([1, -1]))
    change("a font a number", lambda e: e["pages"][0][9][4].__setitem__(0, 1))
    change("a mark of 3 numbers", lambda e: e["pages"][0][8].append([1, 2, 3]))
    change("pdf dates not ISO", lambda e: e["pdf"].__setitem__(2, "yesterday"))
    change("pdf updates as text", lambda e: e["pdf"].__setitem__(4, "0"))
    change("a document page out of range", lambda e: e["documents"][0]["pages"].__setitem__(0, 5))
    change("a negative page index", lambda e: e["documents"][0]["pages"].__setitem__(0, -1))
    change("a document with an extra key", lambda e: e["documents"][0].update(x=1))
    change("fields as a list", lambda e: e["documents"][0].update(fields=[]))
    change(
        "an impossible date",
        lambda e: e["documents"][0]["fields"]["start_date"].__setitem__(0, {"date": "2022-02-30"}),
    )
    change(
        "an unknown value tag",
        lambda e: e["documents"][0]["fields"]["start_date"].__setitem__(0, {"class": "os.system"}),
    )
    change(
        "a tuple of numbers",
        lambda e: e["documents"][0]["fields"]["start_date"].__setitem__(0, [1, 2]),
    )
    change(
        "a field page as text",
        lambda e: e["documents"][0]["fields"]["start_date"].__setitem__(1, "1"),
    )
    out.append(("a list", [1, 2]))
    out.append(("null", None))
    return out


@pytest.mark.parametrize(("what", "entry"), mutations(), ids=[m[0] for m in mutations()])
def test_an_entry_not_exactly_as_written_is_malformed(what: str, entry: object) -> None:
    with pytest.raises(Malformed):
        decode(json.dumps(entry).encode(), FILE)


@pytest.mark.parametrize(
    "data", [b"", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b'{"schema": NaN}', b"\x80\x04K."]
)
def test_bytes_that_are_not_an_entry_are_malformed(data: bytes) -> None:
    with pytest.raises(Malformed):
        decode(data, FILE)


def test_authentic_but_malformed_entries_are_misses_in_the_cache(tmp_path: Path) -> None:
    """Signed with the user's own secret (as a future version of the auditor might write them),
    they are still only misses for this one."""
    cache = ReadCache(tmp_path, "engine")
    for _, entry in mutations():
        cache.store.write(cache.name(FILE), json.dumps(entry).encode())
        assert cache.lookup(FILE) is None
    cache.store.write(cache.name(FILE), json.dumps(good()).encode())
    hit = cache.lookup(FILE)
    assert hit is not None and hit[1] is None  # documents of other extractors: made again
    entry = good()
    entry["extractor"] = read_cache.extractor_version()
    cache.store.write(cache.name(FILE), json.dumps(entry).encode())
    hit = cache.lookup(FILE)
    assert hit is not None and hit[1] is not None
