"""After-the-fact changes to a born-digital PDF: an editor's incremental update, a broken file."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable


def _pdf_date(t: dt.datetime) -> str:
    return t.strftime("D:%Y%m%d%H%M%S+00'00'")


def incremental_edit(
    producer: str, created: dt.datetime, modified: dt.datetime
) -> Callable[[bytes], bytes]:
    """What a PDF editor leaves when it saves a change: an incremental update appended after the
    original %%EOF, with a new Info dictionary naming the editor as producer and a modification
    date after the creation date (the original bytes are kept, as editors do)."""

    def edit(data: bytes) -> bytes:
        size = int(re.findall(rb"/Size (\d+)", data)[-1])
        root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
        prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        body = data if data.endswith(b"\n") else data + b"\n"
        offset = len(body)
        info = (
            f"{size} 0 obj\n<</Producer ({producer})/Creator (Office document export)"
            f"/CreationDate ({_pdf_date(created)})/ModDate ({_pdf_date(modified)})>>\n"
            "endobj\n"
        ).encode()
        xref_at = offset + len(info)
        xref = f"xref\n{size} 1\n{offset:010d} 00000 n \n".encode()
        trailer = (
            b"trailer\n<</Size "
            + str(size + 1).encode()
            + b" /Root "
            + root
            + b" /Info "
            + f"{size} 0 R".encode()
            + b" /Prev "
            + str(prev).encode()
            + b">>\nstartxref\n"
            + str(xref_at).encode()
            + b"\n%%EOF\n"
        )
        return body + info + xref + trailer

    return edit


def truncated(keep: float) -> Callable[[bytes], bytes]:
    """A download cut short: only the first `keep` share of the file, no cross-reference table,
    and the page content stream cut in the middle."""

    def cut(data: bytes) -> bytes:
        return data[: int(len(data) * keep)]

    return cut
