"""The HTML report and the batch index: one self-contained file each, safe to open anywhere.

Jinja2 with autoescape renders the view models of `view.py` and `index_view.py`. Styles and the
one small script are inline; a Content-Security-Policy meta tag allows nothing else: no request
leaves the page, and only the script whose hash is in the policy may run, so even an escaping
mistake could not load or execute anything.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from auditor import i18n
from auditor.report.files import INDEX_FILE, REPORT_MODE, write_atomic
from auditor.report.filter_view import finding_filters
from auditor.report.index_view import build_index
from auditor.report.requests_view import RequestsView, build_requests
from auditor.report.view import ReportView, build_view
from auditor.resources import data_dir
from auditor.result import AuditResult

REPORT_FILE = "report.html"
REQUESTS_FILE = "requests.html"  # the client's request list, beside the report


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Templates translate with `_()` (Jinja2's i18n extension, new-style: `%(name)s` values are
    escaped), in the language of the current `i18n.language()` block."""
    env = Environment(
        loader=FileSystemLoader(str(data_dir("templates"))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # The extension adds this method to the environment at run time (not in Jinja2's types).
    install = getattr(env, "install_gettext_callables")  # noqa: B009
    install(i18n._, i18n.ngettext, newstyle=True)
    env.globals["lang"] = i18n.current
    env.filters["l10n"] = i18n.localize
    env.filters["number"] = lambda n, digits=0: i18n.number(n, digits=digits)
    env.filters["date"] = i18n.iso_date
    return env


def _static(name: str) -> str:
    return (data_dir("templates") / name).read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """Nothing may load; only this exact inline script may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def _page(template: str, script_file: str, **context: object) -> str:
    script = _static(script_file)
    return (
        environment()
        .get_template(template)
        .render(
            css=Markup(_static("report.css")),  # noqa: S704 - our own static file
            script=Markup(script),  # noqa: S704 - our own static file, hashed into the policy
            csp=content_security_policy(script),
            **context,
        )
    )


def render_html(view: ReportView) -> str:
    return _page("report.html.j2", "report.js", r=view, filters=finding_filters(view))


def write_html(
    result: AuditResult,
    out_dir: Path,
    jobs: int = 1,
    cache_dir: Path | None = None,
    mode: int = REPORT_MODE,
    lang: str | None = None,
) -> Path:
    """Write `out_dir/report.html` for one case and return its path; `jobs` workers draw its
    pictures, kept in `cache_dir` (None: not kept); written in `lang` (None: the current one)."""
    with i18n.language(lang):
        view = build_view(result, jobs=jobs, cache_dir=cache_dir)
        return write_atomic(out_dir / REPORT_FILE, render_html(view), mode)


def write_index(
    results: list[tuple[AuditResult, Path]],
    out_dir: Path,
    mode: int = REPORT_MODE,
    lang: str | None = None,
) -> Path:
    """Write `out_dir/index.html` summarising every case, linking to each case's report."""
    with i18n.language(lang):
        index = build_index(results, out_dir)
        html = _page("index.html.j2", "index.js", ix=index)
    return write_atomic(out_dir / INDEX_FILE, html, mode)


def render_requests(view: RequestsView) -> str:
    return _page("requests.html.j2", "requests.js", q=view)


def write_requests(
    result: AuditResult, out_dir: Path, mode: int = REPORT_MODE, lang: str | None = None
) -> Path:
    """Write `out_dir/requests.html`: what to ask the client and the employers for, in `lang`."""
    with i18n.language(lang):
        return write_atomic(out_dir / REQUESTS_FILE, render_requests(build_requests(result)), mode)
