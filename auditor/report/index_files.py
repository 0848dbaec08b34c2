"""A batch's index as data: `index.json` and `index.csv`, one row per case, the rows of the
HTML index (`index_view.CaseRow.record`), for practice-management tools and spreadsheets.

index.csv is UTF-8 with a byte-order mark, which Excel needs to read accents right (LibreOffice
and Python's `utf-8-sig` read it too), with CRLF line ends; a text cell that a spreadsheet would
run as a formula (= + - @, tab, carriage return) starts with an apostrophe, so it shows as text.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from auditor.report.dashboard import COLUMNS, spreadsheet_safe
from auditor.report.files import REPORT_MODE, write_atomic
from auditor.report.index_view import IndexView

INDEX_JSON = "index.json"
INDEX_CSV = "index.csv"
INDEX_SCHEMA = 1


def _text(value: object) -> object:
    """A file-system name as UTF-8 text: a byte that is not UTF-8 shown as `\\xff`."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return value


def _records(index: IndexView) -> list[dict[str, object]]:
    return [{k: _text(v) for k, v in row.record().items()} for row in index.cases]


def index_json(index: IndexView) -> str:
    data = {
        "schema_version": INDEX_SCHEMA,
        "columns": list(COLUMNS),
        "cases": _records(index),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def index_csv(index: IndexView) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in _records(index):
        writer.writerow(["" if record[c] is None else spreadsheet_safe(record[c]) for c in COLUMNS])
    return "\ufeff" + buffer.getvalue()


def write_index_data(index: IndexView, out_dir: Path, mode: int = REPORT_MODE) -> list[Path]:
    """Write `out_dir/index.json` and `out_dir/index.csv`."""
    return [
        write_atomic(out_dir / INDEX_JSON, index_json(index), mode),
        write_atomic(out_dir / INDEX_CSV, index_csv(index), mode),
    ]
