"""A filled PDF form's values (AcroForm fields) as words with the boxes of their widgets.

A fillable form such as the CRA T4 keeps what was typed in its fields, not in the page content:
the text layer holds only the captions. Each filled field becomes words placed inside its
widget's box, as the viewer draws them (one row per line of the value, left, centred or right
as the field says, the characters of a comb field one per cell), so extractors read a form's
values like any text beside its labels. A ticked box reads as "X"; an unticked one, or an
empty field, as nothing.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from auditor.models import BBox, Word

FORM_FONT = "form field"  # the font name of a word read from a form field's value
CHAR_WIDTH = 0.55  # average character width, in font sizes (Helvetica, Arial)
LINE_HEIGHT = 1.15  # line spacing of a multi-line field, in font sizes
AUTO_SIZE_SHARE = 0.7  # an auto-sized one-line field's font: this share of its height
MAX_FONT = 12.0  # an auto-sized multi-line field's font, at most (viewers use 12 or less)
MAX_VALUE_CHARS = 2_000  # a field's value is cut here (a form field, not a document)
_COMB = 1 << 24  # text field flag: one character per cell
_FIELD_TEXT = (pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX)
_FIELD_TICK = (pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON)
_HIDDEN = (
    pdfium_c.FPDF_ANNOT_FLAG_HIDDEN
    | pdfium_c.FPDF_ANNOT_FLAG_INVISIBLE
    | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW
)


def init_forms(pdf: pdfium.PdfDocument) -> bool:
    """Ready the document's form fields to be read, before any page is loaded; whether it has
    any. An XFA form's AcroForm half is read (pdfium here has no XFA: its warning is muted)."""
    if pdf.get_formtype() == pdfium_c.FORMTYPE_NONE:
        return False
    quiet = logging.getLogger("pypdfium2")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        pdf.init_forms()
    except pdfium.PdfiumError:
        return False
    finally:
        quiet.setLevel(level)
    return pdf.formenv is not None


def _wide_string(fn: Callable[..., int], *args: object) -> str:
    """A UTF-16 string from a pdfium getter asked twice (its length, then its bytes)."""
    size = fn(*args, None, 0)
    if size <= 2:
        return ""
    buf = (ctypes.c_ushort * (size // 2 + 1))()
    fn(*args, buf, size)
    return bytes(buf)[:size].decode("utf-16-le", "replace").rstrip("\x00")


def _number(annot: object, key: str) -> float | None:
    value = ctypes.c_float(0)
    if pdfium_c.FPDFAnnot_GetNumberValue(annot, key.encode(), ctypes.byref(value)):
        return float(value.value)
    return None


def _font_size(form: object, annot: object) -> float:
    value = ctypes.c_float(0)
    if pdfium_c.FPDFAnnot_GetFontSize(form, annot, ctypes.byref(value)):
        return float(value.value)
    return 0.0


def form_words(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    to_frame: Callable[[tuple[float, float, float, float]], BBox],
) -> list[Word]:
    """The words of the page's filled form fields, in the page's word frame.

    `to_frame` maps a box in the page's user space (left, bottom, right, top, relative to the
    page's box) to the frame its text-layer words are in.
    """
    env = pdf.formenv
    if env is None:
        return []
    form = env.raw
    left0, bottom0, _, _ = page.get_bbox()
    words: list[Word] = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & _HIDDEN:
                continue
            rect = pdfium_c.FS_RECTF()
            if not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
                continue
            box = (
                min(rect.left, rect.right) - left0,
                min(rect.bottom, rect.top) - bottom0,
                max(rect.left, rect.right) - left0,
                max(rect.bottom, rect.top) - bottom0,
            )
            if box[2] - box[0] < 1 or box[3] - box[1] < 1:
                continue
            kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
            if kind in _FIELD_TICK:
                if pdfium_c.FPDFAnnot_IsChecked(form, annot):
                    words.append(Word("X", to_frame(box), 1.0, FORM_FONT))
                continue
            if kind not in _FIELD_TEXT:
                continue
            value = _wide_string(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)
            value = value[:MAX_VALUE_CHARS]
            if not value.strip():
                continue
            flags = pdfium_c.FPDFAnnot_GetFormFieldFlags(form, annot)
            max_len = _number(annot, "MaxLen")
            layout = _Layout(
                box,
                _font_size(form, annot),
                int(_number(annot, "Q") or 0),
                bool(flags & pdfium_c.FPDF_FORMFLAG_TEXT_MULTILINE),
                int(max_len) if flags & _COMB and max_len else 0,
            )
            words.extend(Word(t, to_frame(b), 1.0, FORM_FONT) for t, b in layout.place(value))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return words


class _Layout:
    """Where a viewer draws a field's value inside its widget box (PDF user space, y up)."""

    def __init__(self, box: tuple[float, float, float, float], size: float, quad: int,
                 multiline: bool, comb: int) -> None:  # fmt: skip
        self.box = box
        self.quad = quad
        self.multiline = multiline
        self.comb = comb
        height = box[3] - box[1]
        if size <= 0:  # auto size: the box's height for one line, at most MAX_FONT for several
            size = min(MAX_FONT, height * AUTO_SIZE_SHARE) if multiline else height * 0.7
        self.size = min(size, height)

    def place(self, value: str) -> list[tuple[str, tuple[float, float, float, float]]]:
        """Each word of the value with its box."""
        x0, y0, x1, y1 = self.box
        lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if not self.multiline:
            lines = [" ".join(lines)]
        lines = [line for line in lines if line.strip()]
        step = self.size * LINE_HEIGHT
        if self.multiline:
            top = y1 - 2.0  # a multi-line field starts at its top edge
        else:
            top = (y0 + y1) / 2 + self.size / 2  # one line, centred vertically
        out: list[tuple[str, tuple[float, float, float, float]]] = []
        for n, line in enumerate(lines):
            line_top = top - n * step
            if line_top - self.size < y0 - step:  # past the box: the viewer clips it too
                break
            if self.comb:
                cell = (x1 - x0) / self.comb
                out.extend(
                    (t, (x0 + s * cell, line_top - self.size, x0 + e * cell, line_top))
                    for t, s, e in _spans(line)
                )
                continue
            char = self.size * CHAR_WIDTH
            width = len(line) * char
            if self.quad == 1:
                start = x0 + max(0.0, (x1 - x0 - width) / 2)
            elif self.quad == 2:
                start = max(x0, x1 - 2.0 - width)
            else:
                start = x0 + 2.0
            out.extend(
                (t, (start + s * char, line_top - self.size, start + e * char, line_top))
                for t, s, e in _spans(line)
            )
        return out


def _spans(line: str) -> list[tuple[str, int, int]]:
    """The line's words with their first and past-last character positions."""
    out: list[tuple[str, int, int]] = []
    start = None
    for i, ch in enumerate(line + " "):
        if ch.isspace():
            if start is not None:
                out.append((line[start:i], start, i))
                start = None
        elif start is None:
            start = i
    return out
