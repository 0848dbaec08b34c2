"""The HTML report escapes every document string, masks identifiers and loads nothing."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from auditor.models import Document, Field, Finding
from auditor.report.html import render_html, write_html
from auditor.report.json_report import KIND_FIELDS
from auditor.report.view import build_view
from auditor.result import AuditResult
from tests.report.fixtures import HOSTILE, HOSTILE_SCRIPT, PASSPORT, SIN

PAYLOADS = [
    HOSTILE,
    HOSTILE_SCRIPT,
    '"><svg onload=alert(3)>',
    "' onmouseover='alert(4)",
    "{{ 7*7 }}{% raw %}",
    "javascript:alert(5)",
]


class Tags(HTMLParser):
    """Every start tag and attribute, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


def assert_inert(html: str) -> None:
    tags = parse(html)
    assert [t for t, _ in tags.tags].count("script") == 1, "one script only: our own"
    for tag, attrs in tags.tags:
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)
        assert tag not in ("iframe", "object", "embed", "link", "base", "form")
        if tag == "img":
            assert (attrs.get("src") or "").startswith("data:image/"), attrs
        if tag == "svg":
            assert "onload" not in attrs
        href = attrs.get("href")
        if href is not None:
            original = tag == "a" and "original" in (attrs.get("class") or "").split()
            if original:  # our link to the case's own file: a percent-encoded file:// URI,
                # a PDF opened at a page (`#page=N`, nothing else after the file's name)
                assert re.fullmatch(r"file:///[A-Za-z0-9%/._~!$&'()*+,;=:@-]*(#page=\d+)?", href), (
                    href
                )
                continue
            assert href.startswith(("#", "https://")) or not re.match(r"[a-z]+:", href), href


def test_hostile_employer_is_text(hostile_html: str) -> None:
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_html
    assert "<img src=x" not in hostile_html
    assert "</script><script>alert(2)" not in hostile_html
    assert_inert(hostile_html)


def test_csp_allows_only_the_hashed_script(hostile_html: str) -> None:
    metas = [
        a
        for t, a in parse(hostile_html).tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(metas) == 1
    policy = metas[0]["content"] or ""
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert "unsafe-eval" not in policy and "script-src 'unsafe-inline'" not in policy
    script = parse(hostile_html).scripts[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy


def test_no_external_reference(hostile_html: str) -> None:
    for tag, attrs in parse(hostile_html).tags:
        for name in ("src", "srcset", "data", "action", "poster"):
            value = attrs.get(name)
            assert value is None or value.startswith("data:"), (tag, name, value)
    assert "@import" not in hostile_html and "url(http" not in hostile_html
    assert "@font-face" not in hostile_html


def test_identifiers_are_masked(hostile_html: str) -> None:
    assert PASSPORT not in hostile_html
    digits = SIN.replace(" ", "")
    assert SIN not in hostile_html and digits not in hostile_html
    assert "567" in hostile_html  # the masked passport keeps its last 3


def _with_every_field(result: AuditResult, payload: str) -> AuditResult:
    """Every contract field of every kind filled with the payload, as a string value."""
    base = result.documents[0]
    docs = []
    for kind, names in KIND_FIELDS.items():
        fields = {n: Field(f"{payload} {n}", 1, None, f"raw {payload}", 0.5) for n in names}
        fields["duties"] = Field((payload, payload), 1, None, payload, 0.9)
        docs.append(
            Document(
                base.file,
                base.pages,
                kind,
                fields,
                language=payload,
                problem=payload,
                notes=(payload,),
            )
        )
    finding = Finding("DOC-UNKNOWN-001", "unknown", "info", payload, (payload,))
    return replace(result, documents=tuple(docs), findings=(finding,))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_field_kind_is_escaped(hostile_result: AuditResult, payload: str) -> None:
    html = render_html(build_view(_with_every_field(hostile_result, payload)))
    assert_inert(html)
    assert payload not in html or payload in ("{{ 7*7 }}{% raw %}", "javascript:alert(5)")
    if payload == "{{ 7*7 }}{% raw %}":
        assert "{{ 7*7 }}" in html  # shown, not evaluated
    for kind in KIND_FIELDS:
        assert f'class="document kind-{kind}"' in html


def test_every_picture_is_small_jpeg_and_masked(hostile_result: AuditResult) -> None:
    view = build_view(hostile_result)
    pictures = [
        e.picture
        for g in view.groups
        for d in g.documents
        for f in d.findings
        for e in f.evidence
        if e.picture
    ] + [d.thumbnail for d in view.documents]
    assert pictures and all(p is not None for p in pictures)
    for p in pictures:
        data = base64.b64decode(p.uri.split(",", 1)[1])
        image = Image.open(io.BytesIO(data))
        assert image.format == "JPEG" and image.width <= 560 and len(data) < 60_000
    # The passport crop shows the number's region painted over: mostly dark, no white text line.
    passport = next(
        f
        for g in view.groups
        for d in g.documents
        for f in d.findings
        if f.rule == "DOC-UNKNOWN-001"
    )
    crop = passport.evidence[0].picture
    assert crop is not None
    image = Image.open(io.BytesIO(base64.b64decode(crop.uri.split(",", 1)[1]))).convert("L")
    w, h = image.size
    centre = image.crop((w // 3, h // 2 - 3, 2 * w // 3, h // 2 + 3))
    assert ImageStat.Stat(centre).mean[0] < 140


def test_crops_are_capped(hostile_result: AuditResult) -> None:
    many = tuple(replace(hostile_result.findings[0], rule="CEC-HOURS-001") for _ in range(50))
    view = build_view(replace(hostile_result, findings=many))
    assert view.crops_made == 40
    assert view.crops_omitted == 10


def test_write_html_is_private_and_atomic(hostile_result: AuditResult, tmp_path: Path) -> None:
    out = write_html(hostile_result, tmp_path / "r")
    assert out == tmp_path / "r" / "report.html"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert list((tmp_path / "r").iterdir()) == [out]


def test_missing_file_does_not_break_the_report(
    hostile_result: AuditResult, tmp_path: Path
) -> None:
    gone = [
        replace(d, file=replace(d.file, path=tmp_path / "nope.pdf"))
        for d in hostile_result.documents
    ]
    html = render_html(build_view(replace(hostile_result, documents=tuple(gone))))
    assert "the page could not be drawn" in html
    assert dt.date(2026, 12, 1).isoformat() in html
