"""Make the hostile and broken inputs of the robustness tests, in a folder, in seconds.

Nothing here is committed as a binary: every file is generated. Run it alone to look at them:
`python tests/robustness/make_hostile.py /tmp/hostile`.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF
from PIL import Image

LETTER = (
    "Northwind Analytics Inc. confirms that Priya Raman has been employed as a Data Analyst "
    "since June 5, 2023, working 37.5 hours per week at $38.50 per hour."
)


def text_pdf(lines: list[str] | None = None, pages: int = 1, **encryption: str) -> bytes:
    """A born-digital PDF with a usable text layer on every page."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for n in range(pages):
        pdf.add_page()
        for line in lines or [LETTER, f"Page {n + 1} of {pages}."]:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int, height: int) -> bytes:
    """A valid grayscale PNG of width x height pixels, all white, in a few hundred KB."""
    compressor = zlib.compressobj(6)
    rows = (b"\x00" + b"\xff" * width) * 100
    body = b"".join(compressor.compress(rows) for _ in range(height // 100))
    body += compressor.compress((b"\x00" + b"\xff" * width) * (height % 100)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", body)
        + _chunk(b"IEND", b"")
    )


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def circular_xobjects_pdf() -> bytes:
    """Two form XObjects that draw each other: a reader that follows them never ends."""
    content = b"BT /F1 12 Tf 72 720 Td (Circular form objects) Tj ET /X1 Do"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /XObject << /X1 5 0 R >> /Font << /F1 7 0 R >> >> >>",
            _stream(b"", content),
            _stream(
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /XObject << /X2 6 0 R >> >>",
                b"/X2 Do",
            ),
            _stream(
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /XObject << /X1 5 0 R >> >>",
                b"/X1 Do",
            ),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def image_bomb_pdf(side: int = 20_000) -> bytes:
    """A one-page PDF whose only image is side x side pixels of flate-compressed white."""
    compressor = zlib.compressobj(6)
    rows = b"\xff" * side * 100
    data = b"".join(compressor.compress(rows) for _ in range(side // 100)) + compressor.flush()
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
            _stream(b"", b"q 612 0 0 792 0 0 cm /Im1 Do Q"),
            _stream(
                b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode" % (side, side),
                data,
            ),
        ]
    )


def many_pages_pdf(pages: int = 2000) -> bytes:
    """A PDF of `pages` copies of a one-page letter (pdfium copies pages in milliseconds)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(text_pdf(lines=[LETTER]))
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(source, [0] * pages)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    source.close()
    return buf.getvalue()


def zero_page_pdf() -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def many_pages_tiff(pages: int = 100) -> bytes:
    """A multi-page TIFF of small blank pages."""
    frames = [Image.new("L", (200, 260), 255) for _ in range(pages)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return buf.getvalue()


def _page_picture(mode: str, text: str, size: tuple[int, int] = (1400, 300)) -> Image.Image:
    from PIL import ImageDraw, ImageFont

    image = Image.new(mode, size, 255 if mode == "L" else 1)
    ImageDraw.Draw(image).text((40, 40), text, fill=0, font=ImageFont.load_default(size=48))
    return image


def ccitt_tiff() -> bytes:
    """A bilevel TIFF compressed with CCITT Group 4, as fax machines and old scanners write."""
    image = _page_picture("1", "Record of Employment 2024")
    buf = io.BytesIO()
    image.save(buf, "TIFF", compression="group4")
    return buf.getvalue()


def graphics_only_tiff() -> bytes:
    """A CCITT scan of a frame and a signature-like scrawl, with no text at all."""
    from PIL import ImageDraw

    image = Image.new("1", (1200, 800), 1)
    draw = ImageDraw.Draw(image)
    draw.rectangle([100, 100, 1100, 700], outline=0, width=8)
    draw.line([(200, 500), (400, 300), (600, 520), (900, 350)], fill=0, width=10)
    buf = io.BytesIO()
    image.save(buf, "TIFF", compression="group4")
    return buf.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def small_png() -> bytes:
    """A photo-like PNG of one line of text at its top."""
    return png(_page_picture("L", "Pay statement Priya Raman", (1400, 600)))


# name -> bytes maker: every file of the self-made hostile case.
HOSTILE: dict[str, Callable[[], bytes]] = {
    "zero-bytes.pdf": lambda: b"",
    "truncated.pdf": lambda: text_pdf()[: len(text_pdf()) // 2],
    "header-only.pdf": lambda: b"%PDF-1.7\n" + os.urandom(64),
    "pdf-named.jpg": lambda: text_pdf(),
    "png-named.pdf": small_png,
    "text-named.pdf": lambda: b"Dear officer,\nplease find attached my letter.\n" * 5,
    "word-named.pdf": zip_bytes,
    "iphone-photo.jpg": lambda: b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
    "encrypted-unknown-password.pdf": lambda: text_pdf(
        owner_password="owner", user_password="secret"
    ),
    "encrypted-empty-password.pdf": lambda: text_pdf(owner_password="owner", user_password=""),
    "ccitt-g4.tiff": ccitt_tiff,
    "graphics-only.tiff": graphics_only_tiff,
    "huge-20000x20000.png": lambda: bomb_png(20_000, 20_000),
    "bomb-12000x12000.png": lambda: bomb_png(12_000, 12_000),
    "image-bomb.pdf": image_bomb_pdf,
    "pages-2000.pdf": many_pages_pdf,
    "zero-pages.pdf": zero_page_pdf,
    "circular-xobjects.pdf": circular_xobjects_pdf,
    "pages-100.tiff": many_pages_tiff,
    "truncated.png": lambda: small_png()[: len(small_png()) * 2 // 3],
}


def make_hostile(folder: Path) -> dict[str, Path]:
    """Write every HOSTILE file into `folder`; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, make in HOSTILE.items():
        path = folder / name
        path.write_bytes(make())
        paths[name] = path
    return paths


def add_special_files(folder: Path, outside: Path) -> dict[str, bytes]:
    """Links out of the case, a named pipe and a non-UTF-8 name; returns name -> raw name."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.pdf").write_bytes(text_pdf(["OUTSIDE THE CASE FOLDER " * 3]))
    os.symlink(outside / "secret.pdf", folder / "link-outside.pdf")
    os.symlink(outside, folder / "linked-folder")
    os.mkfifo(folder / "named-pipe.pdf")
    raw = os.fsencode(folder) + b"/lettre-\xe9t\xe9.pdf"  # Latin-1 bytes: not valid UTF-8
    with open(raw, "wb") as fh:
        fh.write(text_pdf())
    return {"non-utf8": raw}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    for name, path in make_hostile(target).items():
        print(f"{path.stat().st_size:>12,}  {name}")
