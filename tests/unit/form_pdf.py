"""Builds small fillable PDFs (AcroForm) byte by byte, for the form-field reading tests.

No PDF library the project depends on writes form fields, so the few objects a filled form
needs are written here: a page whose content prints captions, widget annotations that are
also the form's fields (/FT, /V, /Rect, /Q, /Ff), and the catalogue's /AcroForm.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormField:
    name: str
    rect: tuple[float, float, float, float]  # PDF user space: left, bottom, right, top
    value: str = ""
    kind: str = "text"  # text | check
    align: int = 0  # /Q: 0 left, 1 centred, 2 right
    multiline: bool = False
    checked: bool = False


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def form_pdf(captions: list[tuple[float, float, str]], fields: list[FormField]) -> bytes:
    """A one-page letter-size PDF printing `captions` (x, y, text in Helvetica 9) with `fields`."""
    content = "".join(
        f"BT /F1 9 Tf {x:.1f} {y:.1f} Td ({_escape(t)}) Tj ET\n" for x, y, t in captions
    ).encode("latin-1")
    objects: list[bytes] = []
    first_field = 6
    field_refs = " ".join(f"{first_field + i} 0 R" for i in range(len(fields)))
    objects.append(
        f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{field_refs}] "
        f"/DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> >> >>".encode()
    )
    objects.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objects.append(
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        f"/Resources << /Font << /F1 4 0 R >> >> /Annots [{field_refs}] >>".encode()
    )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    for f in fields:
        rect = " ".join(f"{v:.1f}" for v in f.rect)
        common = (
            f"/Type /Annot /Subtype /Widget /P 3 0 R /F 4 /T ({_escape(f.name)}) /Rect [{rect}]"
        )
        if f.kind == "check":
            state = "/Yes" if f.checked else "/Off"
            objects.append(
                f"<< {common} /FT /Btn /V {state} /AS {state} "
                f"/AP << /N << /Yes 4 0 R /Off 4 0 R >> >> >>".encode()
            )
        else:
            flags = 4096 if f.multiline else 0
            objects.append(
                f"<< {common} /FT /Tx /Ff {flags} /Q {f.align} /DA (/Helv 0 Tf 0 g) "
                f"/V ({_escape(f.value)}) >>".encode("latin-1")
            )
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
