"""Parts of a reference letter found by position: letterhead, contact details, signature block."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.models import Field, FieldValue, Line, Page, Word
from extractors.base import make_field
from extractors.parse.dates import find_dates
from extractors.parse.names import PARTICLES, clean_person_name, looks_like_company
from extractors.patterns import (
    CIVIC_ADDRESS,
    COMPANY,
    EMAIL,
    FAX_BEFORE,
    ORG_WORD,
    PHONE,
    POSTAL_CODE,
    PROVINCE,
    STREET,
    WEBSITE,
    phone_numbers,
    strip_punct,
)

SALUTATION = re.compile(
    r"^\s*(?:to whom it may concern|dear\b|madame|monsieur|mesdames|à qui de droit|a qui de droit|"
    r"re\s*:|subject\s*:|objet\s*:|attention\b|employment (?:verification|confirmation|reference)|"
    r"(?:letter of|reference) (?:employment|reference)|attestation d['’]emploi|lettre d['’]emploi)",
    re.I,
)
# The formulas a letter signs off with, in English and French, accents optional (OCR drops
# them): "Sincerely,", "Best regards,", "Yours truly,", "Cordialement,", "Veuillez agréer ...",
# "Je vous prie d'agréer ...", "Recevez, Madame, Monsieur, ...", "Salutations distinguées".
CLOSING_FORMULA = (
    r"(?:sincerely|yours\s+(?:very\s+)?(?:truly|sincerely|faithfully|respectfully)|respectfully|"
    r"(?:(?:with\s+)?(?:best|kind|kindest|warm|warmest|sincere)\s+)?regards|best\s+wishes|"
    r"cordially|thank\s+you|thanks\s+again|(?:bien\s+|tr[eè]s\s+)?cordialement|"
    r"(?:(?:avec\s+)?(?:mes|nos)\s+)?(?:meilleures|sinc[eè]res|cordiales|respectueuses)\s+"
    r"salutations|salutations|veuillez\s+(?:agr[ée]er|recevoir|accepter)|bien\s+[àa]\s+vous|"
    r"recevez|(?:je|nous)\s+vous\s+pri(?:e|ons)|en\s+vous\s+remerciant|au\s+plaisir)"
)
# A line that opens with a closing formula, after any marks OCR read before it ("- ", "• ").
CLOSING = re.compile(rf"^[^\w]{{0,4}}\s*{CLOSING_FORMULA}", re.I)
# A closing formula that begins a sentence within a line: "... à toutes fins utiles. Veuillez
# agréer ...", the body's last sentence and the closing run together on one line.
CLOSING_IN_LINE = re.compile(rf"[.!]\s+{CLOSING_FORMULA}\b", re.I)
SIGNATURE_MARK = re.compile(
    r"^\s*(?:/s/|\(signed\)|\[signed\]|signed\b|\(signé\)|\[signé\]|signé\b|e-?signed|"
    r"digitally signed|signature électronique|electronic signature)",
    re.I,
)
CONTACT_LABEL = re.compile(
    r"\s(?:tel|tél|phone|téléphone|telephone|fax|email|e-mail|courriel|web|www\.|t|f|e|p)\s*[:.]",
    re.I,
)
SIGNATURE_CAPTION = re.compile(
    r"^\s*(?:\S+\s+){0,3}(?:signature|signed|signé|signée)\b(?:\s+\S+){0,2}\s*$", re.I
)
SIGNATURE_LABEL = re.compile(
    r"^\s*(?:signature|signé par|signed by)\s*[:\-]?\s*(?P<rest>.*)$", re.I
)
READABLE_OCR = 0.7  # mean OCR word confidence above which an empty signature zone is trusted
ROOM_FOR_SIGNATURE = 2.5  # line heights between closing and name: room for a signature
UNSIGNED = re.compile(r"\b(?:unsigned|not signed|non signée?|sans signature)\b", re.I)
SCRIPT_FONT = re.compile(r"script|hand|brush|signature|cursive|autograph|vivaldi|zapfino", re.I)
TITLE_WORD = re.compile(
    r"\b(?:manager|director|president|vice|officer|owner|founder|partner|supervisor|lead|head|"
    r"human resources|hr\b|coordinator|administrator|ceo|cfo|coo|cto|chief|executive|principal|"
    r"controller|generalist|advisor|specialist|recruiter|payroll|chef|directeur|directrice|"
    r"gestionnaire|responsable|ressources humaines|président|présidente|propriétaire|associée?|"
    r"superviseure?|conseill[eè]re?|adjointe?|coordonnat(?:eur|rice)|vice-présidente?)\b",
    re.I,
)


@dataclass(frozen=True)
class PageLine:
    """A line with the number of the page it is on."""

    page: int
    line: Line
    page_height: float

    @property
    def text(self) -> str:
        return self.line.text


def page_lines(pages: Sequence[Page]) -> list[PageLine]:
    return [PageLine(p.number, ln, p.height) for p in pages for ln in p.lines]


def _line_field(
    pl: PageLine, value: FieldValue, conf: float = 1.0, words: Sequence[Word] | None = None
) -> Field:
    return make_field(value, pl.page, words or pl.line.words, conf)


COLUMN_GAP = 3.0  # word heights: a wider gap between two words of a line parts two columns


def _segments(pl: PageLine) -> list[list]:
    """A line's words split at separator words like '|', '•', '·' (letterhead footers) and at
    gaps wide enough to part two columns (a sidebar beside the letter's text)."""
    segs: list[list] = [[]]
    prev = None
    for w in pl.line.words:
        height = w.bbox[3] - w.bbox[1]
        if w.text in ("|", "•", "·", "-", "–", "/") and segs[-1]:
            segs.append([])
            prev = None
            continue
        if prev is not None and segs[-1] and w.bbox[0] - prev.bbox[2] > COLUMN_GAP * height:
            segs.append([])
        segs[-1].append(w)
        prev = w
    return [s for s in segs if s]


def _title_column(pl: PageLine, text: str) -> str:
    """The column of a line that holds a title when a sidebar's words share the line: the
    segment with a title word, else the line as it is."""
    segs = [_LEAD_MARKS.sub("", _seg_text(s)) for s in _segments(pl)]
    if len(segs) < 2:
        return text
    return next((s for s in segs if TITLE_WORD.search(s) and not is_contact(s)), text)


def _seg_text(words: list) -> str:
    return " ".join(w.text for w in words)


def head_lines(pages: Sequence[Page]) -> list[PageLine]:
    """The letterhead: lines at the top of the first page, before the date or the salutation."""
    if not pages:
        return []
    first = pages[0]
    out = []
    for ln in first.lines:
        pl = PageLine(first.number, ln, first.height)
        if SALUTATION.search(ln.text) or ln.bbox[1] > 0.35 * first.height:
            break
        out.append(pl)
    return out


def is_contact(text: str) -> bool:
    return bool(
        EMAIL.search(text)
        or PHONE.search(text)
        or STREET.search(text)
        or POSTAL_CODE.search(text)
        or WEBSITE.search(text)
        or re.search(r"\b(?:tel|phone|fax|email|courriel|tél)\b", text, re.I)
    )


def employer_from_head(pages: Sequence[Page]) -> Field | None:
    """The employer's name from the letterhead: a company-like line, else the first plain line."""
    head = head_lines(pages)
    candidates = [
        pl
        for pl in head
        if not is_contact(pl.text)
        and not find_dates(pl.text, month_year=True)
        and len(pl.text) > 2
        and not SALUTATION.search(pl.text)
    ]
    for pl in candidates:
        m = COMPANY.search(pl.text)
        if m and looks_like_company(m.group("company")):
            return _line_field(pl, strip_punct(pl.text), 1.0)
    body = re.sub(r"\s+", " ", "\n".join(p.text for p in pages)).casefold()
    domains = [m.group(1).casefold() for m in re.finditer(r"@([\w\-]+)\.", body)]
    for pl in candidates[:3]:
        name = strip_punct(pl.text)
        words = name.split()
        if not 1 <= len(words) <= 8 or SALUTATION.search(name):
            continue
        # No legal suffix: an organisation word ("Clinic", "Bistro"), the name again in the
        # letter's text ("employed by ...", "for ..."), or the e-mail domain (a weak hint).
        again = body.count(name.casefold()) > 1
        if ORG_WORD.search(name) or again:
            return _line_field(pl, name, 0.9 if again else 0.85)
        keys = [w.casefold() for w in words if len(w) >= 4]
        if keys and any(all(k in d for k in keys[:2]) for d in domains):
            return _line_field(pl, name, 0.7)
    for pl in candidates[:2]:
        words = pl.text.split()
        if (
            1 <= len(words) <= 8
            and clean_person_name(pl.text)[0] is None
            or looks_like_company(pl.text)
        ):
            return _line_field(pl, strip_punct(pl.text), 0.7)
    return None


def contact_fields(pages: Sequence[Page]) -> dict[str, Field]:
    """Address, phone and email of the employer, preferring the letterhead and footer."""
    lines = page_lines(pages)
    head = head_lines(pages)
    # Letterhead first, then the footers and signature blocks (bottom up), then the rest.
    order = head + sorted(
        (pl for pl in lines if pl not in head), key=lambda pl: -pl.line.bbox[1] / pl.page_height
    )
    out: dict[str, Field] = {}
    for pl in order:
        for seg in _segments(pl):
            text = _seg_text(seg)
            if "employer_email" not in out:
                m = EMAIL.search(text)
                conf = 1.0
                if m is None:  # OCR cut the address at the "@": "careers @harbourline.example"
                    m = EMAIL.search(re.sub(r"(?<=\w) ?@ ?(?=\w)", "@", text))
                    conf = 0.8
                if m:
                    words = [w for w in seg if "@" in w.text] or seg
                    if conf < 1.0:
                        i = next((k for k, w in enumerate(seg) if "@" in w.text), None)
                        words = seg[max(0, (i or 0) - 1) : (i or 0) + 1] if i is not None else seg
                    out["employer_email"] = make_field(m.group(0).rstrip("."), pl.page, words, conf)
            if "employer_phone" not in out:
                for m in phone_numbers(text):
                    if FAX_BEFORE.search(text[: m.start()][-14:]):
                        continue
                    words = _words_in(seg, m.start(), m.end())
                    out["employer_phone"] = make_field(m.group(0), pl.page, words)
                    break
    addr = _address(order)
    if addr is not None:
        out["employer_address"] = addr
    return out


def _words_in(words: list, start: int, end: int) -> list:
    out, pos = [], 0
    for w in words:
        if pos + len(w.text) > start and pos < end:
            out.append(w)
        pos += len(w.text) + 1
    return out or words


# A Canadian postal code with a digit read as a letter ("V6K IN6", "H2X 1O4").
# A Canadian postal code after its province, with characters OCR confuses in either kind of
# place: a digit read as a letter ("V6K IN6", "M5J 2J3" as "MSJ 2J3") or a letter read as a
# digit or a bracket ("G2J" as "G2)", "H3B 4W8" as "H3B AW8" is beyond repair: left as read).
_POSTAL_OCR = re.compile(
    r"\b([A-Z])([0-9IlOoSBZG])([A-Z)\]1058])( ?)([0-9IlOoSBZG])([A-Z1058])([0-9IlOoSBZG])(?!\w)"
)
_TO_DIGIT = str.maketrans("IlOoSBZG", "11005826")
_TO_LETTER = str.maketrans(")]1058", "JJIOSB")


def repair_postal(value: str) -> str:
    """The address with its postal code repaired, looked for only after the province."""
    provinces = list(PROVINCE.finditer(value))
    at = provinces[-1].end() if provinces else len(value)
    return value[:at] + _POSTAL_OCR.sub(_postal_fix, value[at:])


def _postal_fix(m: re.Match[str]) -> str:
    parts = list(m.groups())
    for i in (1, 4, 6):  # the digit places
        parts[i] = parts[i].translate(_TO_DIGIT)
    for i in (2, 5):  # the letter places
        parts[i] = parts[i].translate(_TO_LETTER)
    return "".join(parts)


def _line_below(lines: Sequence[PageLine], pl: PageLine) -> PageLine | None:
    """The line printed next below `pl` on its page (the lines given in any order)."""
    below = [
        other
        for other in lines
        if other.page == pl.page and other.line.bbox[1] > pl.line.bbox[1] + 0.5 * _height(pl)
    ]
    return min(below, key=lambda other: other.line.bbox[1], default=None)


# A segment that is a civic number and a street's name, nothing else: "4410 Kingsway".
_CIVIC_ALONE = re.compile(
    r"^\s*\d{1,6}[A-Za-z]?,?\s+[A-ZÀ-Ý][\wÀ-ÿ'’.\-]*(?:\s+[A-ZÀ-Ý0-9][\wÀ-ÿ'’.\-]*){0,4}\s*$"
)


def _city_below(lines: Sequence[PageLine], pl: PageLine) -> list | None:
    """The words of the segment of the line below that names a city's province or postal code."""
    nxt = _line_below(lines, pl)
    if nxt is None:
        return None
    for seg in _segments(nxt):
        text = _seg_text(seg)
        if (POSTAL_CODE.search(text) or PROVINCE.search(text)) and not PHONE.search(text):
            return list(seg)
    return None


def _height(pl: PageLine) -> float:
    return pl.line.bbox[3] - pl.line.bbox[1]


_YEAR_LEAD = re.compile(r"\b(?:since|in|from|until|to|depuis|en|de|jusqu['’]en)\s*$", re.I)


def _address(order: list[PageLine]) -> Field | None:
    all_lines = order
    for pl in all_lines:
        segments = _segments(pl)
        for k, seg in enumerate(segments):
            text = _seg_text(seg)
            m = STREET.search(text)
            if not m:
                continue
            cut = CONTACT_LABEL.search(text, m.end())
            words = _words_in(seg, m.start(), cut.start() if cut else len(text))
            parts = [_seg_text(words)]
            has_city = bool(POSTAL_CODE.search(parts[0]) or PROVINCE.search(parts[0]))
            # "200 Bay Street · Suite 1400 · Toronto, ON M5J 2J3 · Tel ...": a footer splits
            # the address at its separators; its next parts up to the city belong to it.
            for nxt_seg in segments[k + 1 : k + 4] if not cut else []:
                if has_city:
                    break
                more = _seg_text(nxt_seg)
                if EMAIL.search(more) or PHONE.search(more) or WEBSITE.search(more):
                    break
                if CONTACT_LABEL.search(" " + more):
                    break
                parts.append(more)
                words = list(words) + list(nxt_seg)
                has_city = bool(POSTAL_CODE.search(more) or PROVINCE.search(more))
            if (
                not has_city
                and len(parts) > 1
                and not any(POSTAL_CODE.search(x) or PROVINCE.search(x) for x in parts)
            ):
                parts, words = parts[:1], _words_in(seg, m.start(), len(text))
            nxt = _line_below(all_lines, pl) if not has_city else None
            if nxt is not None:
                if nxt.page == pl.page and (
                    POSTAL_CODE.search(nxt.text) or PROVINCE.search(nxt.text)
                ):
                    seg2 = next(
                        (
                            s
                            for s in _segments(nxt)
                            if POSTAL_CODE.search(_seg_text(s)) or PROVINCE.search(_seg_text(s))
                        ),
                        nxt.line.words,
                    )
                    parts.append(_seg_text(list(seg2)))
                    words = list(words) + list(seg2)
            value = ", ".join(strip_punct(p) for p in parts)
            fixed = repair_postal(value)
            conf = 1.0 if fixed == value else 0.85  # a repaired "V6K IN6" is less sure
            return make_field(fixed, pl.page, words, conf, value)
    for pl in all_lines:
        for seg in _segments(pl):
            text = _seg_text(seg)
            civic = CIVIC_ADDRESS.search(text)
            if civic is None and _CIVIC_ALONE.match(text):
                city = _city_below(all_lines, pl)
                if city is not None:  # "4410 Kingsway" above "Burnaby, BC V5H 4M2"
                    words = list(seg) + city
                    value = f"{strip_punct(text)}, {strip_punct(_seg_text(city))}"
                    return make_field(value, pl.page, words, 0.9)
            if civic is None or _YEAR_LEAD.search(text[: civic.start()]):
                continue  # "since 2021 Priya Raman, Toronto, ON": a year in prose
            cut = CONTACT_LABEL.search(text, civic.end())
            end = cut.start() if cut else len(text)
            words = _words_in(seg, civic.start(), end)
            value = strip_punct(_seg_text(words))
            fixed = repair_postal(value)
            return make_field(fixed, pl.page, words, 0.9 if fixed == value else 0.8, value)
    for pl in all_lines:
        if POSTAL_CODE.search(pl.text):
            return _line_field(pl, strip_punct(pl.text), 0.7)
    return None


# A place in a line: a Canadian postal code or a state and ZIP code, a province or territory,
# a street address, the country, or "City, XX".
_PLACE_HINT = re.compile(
    r"\b[A-Z]\d[A-Z][ \-]?\d[A-Z]\d\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\bCanada\b|"
    r"\b[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?,\s+[A-Z]{2}\b"
)


def place_lines(pages: Sequence[Page]) -> Field | None:
    """`places`: the lines that name a place (addresses, "City, XX", a postal code, a
    province), as written, for the case stage to tell Canada from abroad."""
    found = [
        pl
        for pl in page_lines(pages)
        if _PLACE_HINT.search(pl.text) or PROVINCE.search(pl.text) or STREET.search(pl.text)
    ]
    if not found:
        return None
    quotes = tuple(dict.fromkeys(strip_punct(pl.text) for pl in found))
    first = found[0]
    return Field(quotes, first.page, first.line.bbox, "; ".join(quotes), 0.9)


def find_closing(lines: Sequence[PageLine]) -> int | None:
    """The index of the letter's last closing formula: a line opening with one, or one that
    begins the last sentence of a line."""
    for i in range(len(lines) - 1, -1, -1):
        if CLOSING.search(lines[i].text) or CLOSING_IN_LINE.search(lines[i].text):
            return i
    return None


_GARBLED = 0.5  # mean word confidence below which a line is ink read as letters, not text
_LEAD_MARKS = re.compile(r"^[^\w(]+")


def _mean_confidence(pl: PageLine) -> float:
    words = pl.line.words
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def _capitalised(name: str) -> bool:
    """A name as a sign-off prints it: each word of three letters or more capitalised."""
    return all(
        w[:1].isupper() for w in name.split() if len(w.strip(".")) >= 3 and w not in PARTICLES
    )


def _person_line(text: str) -> tuple[str, float] | None:
    """A line that is a person's name and nothing else (after marks OCR read before it)."""
    t = _LEAD_MARKS.sub("", text).strip()
    if not t or is_contact(t) or looks_like_company(t) or TITLE_WORD.search(t):
        return None
    name, conf = clean_person_name(t)
    if name is None or len(name.split()) < 2 or not _capitalised(name):
        return None
    return name, conf


def find_signoff(lines: Sequence[PageLine]) -> int | None:
    """Where the sign-off block begins when no closing formula was read: the first line of
    the letter's last page, below its last line of prose, that is a person's name alone, set
    apart from the prose above it by a gap or followed by a title. None when there is none."""
    if not lines:
        return None
    last = lines[-1].page
    block = []
    for i in range(len(lines) - 1, -1, -1):
        pl = lines[i]
        if pl.page != last or len(pl.text.split()) > 8:
            break  # the body's prose: the block is below it
        block.append(i)
    for i in reversed(block):
        if _mean_confidence(lines[i]) < _GARBLED or _person_line(lines[i].text) is None:
            continue
        pl = lines[i]
        above = lines[i - 1] if i > 0 and lines[i - 1].page == pl.page else None
        height = pl.line.bbox[3] - pl.line.bbox[1]
        gap = above is None or pl.line.bbox[1] - above.line.bbox[3] >= 1.2 * height
        below = lines[i + 1].text if i + 1 < len(lines) else ""
        if gap or TITLE_WORD.search(below):
            return i
    return None


_NAME_AND_TITLE = re.compile(r"^(?P<name>[^,|–—]+?)\s*(?:,|\||–|—|\s-\s)\s*(?P<title>.+)$")


def _signatory(lines: Sequence[PageLine], start: int) -> tuple[int, Field, Field | None] | None:
    """The signatory's line index, name, and a title printed on the same line ("Jane Smith,
    HR Manager"), from the lines of the signature block beginning at `start`."""
    skipped = 0
    for j in range(start, min(start + 8, len(lines))):
        t = lines[j].text.strip()
        if (
            not t
            or set(t) <= set("_-. ")
            or SIGNATURE_MARK.search(t)
            or SIGNATURE_LABEL.match(t)
            or SIGNATURE_CAPTION.match(t)
            or _mean_confidence(lines[j]) < _GARBLED  # a signature's ink read as letters
        ):
            continue
        label = re.match(r"^\s*(?:name|nom)\s*:\s*(.+)$", t, re.I)
        raw = _LEAD_MARKS.sub("", label.group(1) if label else t)
        title: Field | None = None
        both = _NAME_AND_TITLE.match(raw)
        if both and TITLE_WORD.search(both["title"]) and not TITLE_WORD.search(both["name"]):
            name, conf = clean_person_name(both["name"])
            title = _line_field(lines[j], strip_punct(both["title"]), 1.0)
        else:
            name, conf = clean_person_name(raw)
        if name and len(name.split()) >= 2 and not looks_like_company(t) and _capitalised(name):
            # A doctor's or professor's title is part of the name as printed.
            dr = re.match(r"\s*((?:Dr|Prof|Dre)\.?)\s+", raw)
            if dr and not name.startswith(dr.group(1)):
                name = f"{dr.group(1)} {name}"
            return j, _line_field(lines[j], name, conf), title
        skipped += 1
        if skipped > 3:
            break
    return None


def signature_fields(pages: Sequence[Page]) -> dict[str, Field]:
    """Signatory name and title, and whether the letter shows a signature (True/False/absent)."""
    lines = page_lines(pages)
    out: dict[str, Field] = {}
    closing = find_closing(lines)
    text_mark: Field | None = None  # a signature shown by text: "/s/", a script font
    labels: list[PageLine] = []  # "Signature:" labels and captions, where ink is looked for
    blank_line: PageLine | None = None
    for pl in lines[closing or 0 :]:
        t = pl.text
        if UNSIGNED.search(t):
            out["signed"] = _line_field(pl, False, 0.9)
            break
        if SIGNATURE_MARK.search(t) or any(
            w.font and SCRIPT_FONT.search(w.font) for w in pl.line.words
        ):
            text_mark = text_mark or _line_field(pl, True, 1.0)
        if SIGNATURE_CAPTION.match(t):
            labels.append(pl)  # a caption is printed on blank forms too: look for the ink
        lab = SIGNATURE_LABEL.match(t)
        if lab:
            labels.append(pl)
            rest = lab.group("rest").strip(" _.")
            if re.match(r"(?:date|name|nom|title|titre|position|poste)\b", rest, re.I):
                rest = ""  # "Signature: ______  Date: ...": the next label, not a signature
            if rest and re.search(r"[A-Za-zÀ-ÿ]{2}", rest) and not re.fullmatch(r"[_.\s-]+", rest):
                text_mark = text_mark or _line_field(pl, True, 0.9)
            elif blank_line is None:
                blank_line = pl
    start = (closing + 1) if closing is not None else None
    if start is None:
        for i, pl in enumerate(lines):
            if SIGNATURE_LABEL.match(pl.text) or re.match(r"^\s*_{4,}", pl.text):
                start = i + 1
    found = _signatory(lines, start) if start is not None else None
    if found is None:  # no formula, or none before the name: the block below the prose
        block = find_signoff(lines)
        if block is not None and (closing is None or block > closing):
            found = _signatory(lines, block)
    name_pl = None
    if found is not None:
        name_pl, out["signatory_name"], same_line_title = found
        if same_line_title is not None:
            out["signatory_title"] = same_line_title
    if name_pl is not None and "signatory_title" not in out:
        for j in range(name_pl + 1, min(name_pl + 3, len(lines))):
            t = re.sub(r"^\s*(?:title|titre|position|poste)\s*:\s*", "", lines[j].text, flags=re.I)
            t = _LEAD_MARKS.sub("", t)
            if not re.search(r"[^\W\d_]{2}", t) or _mean_confidence(lines[j]) < _GARBLED:
                continue  # a stray mark read as ":", a scribble read as letters
            t = _title_column(lines[j], t)
            if is_contact(t) and not TITLE_WORD.search(t):
                break
            if TITLE_WORD.search(t) or j == name_pl + 1 and not looks_like_company(t):
                title = re.split(r"\s*[,|]\s*(?=[^,|]*\b(?:Inc|Ltd|Corp|Ltée|LLC)\b)", t)[0]
                out["signatory_title"] = _line_field(lines[j], strip_punct(title), 1.0)
                break
    if "signed" not in out:
        if text_mark is not None:
            out["signed"] = text_mark
        else:
            ink = _signed_by_ink(pages, lines, closing, name_pl, labels)
            if ink is not None:
                out["signed"] = ink
            elif blank_line is not None:
                out["signed"] = _line_field(blank_line, False, 0.6)
    return out


def _line_height(page: Page) -> float:
    heights = sorted(w.bbox[3] - w.bbox[1] for w in page.words)
    return heights[len(heights) // 2] if heights else 10.0


def _readable(page: Page) -> bool:
    """Whether the page was read well enough that ink missing from it is really missing."""
    if page.source == "text":
        return True
    return page.source == "ocr" and (page.ocr_confidence or 0.0) >= READABLE_OCR


def _signed_by_ink(
    pages: Sequence[Page],
    lines: list[PageLine],
    closing: int | None,
    name_pl: int | None,
    labels: list[PageLine],
) -> Field | None:
    """Signed when ink that is not text (Page.marks) sits where a signature goes: between the
    closing and the signatory's name, or beside or above a "Signature" label or caption.

    False when the space between the closing and the name is large enough for a signature and
    empty on a page read well; None (absent) when it cannot be told.
    """
    by_number = {p.number: p for p in pages}
    zones: list[tuple[Page, float, float, float, float]] = []  # page, x0, top, x1, bottom
    between: tuple[Page, float, float] | None = None
    if closing is not None:
        c = lines[closing]
        page = by_number.get(c.page)
        if page is not None:
            h = _line_height(page)
            n = lines[name_pl] if name_pl is not None else None
            if n is not None and n.page == c.page and n.line.bbox[1] > c.line.bbox[1]:
                top, bottom = c.line.bbox[1], n.line.bbox[3]
                between = (page, c.line.bbox[3], n.line.bbox[1])
            else:
                top, bottom = c.line.bbox[1], c.line.bbox[3] + 8 * h
            zones.append((page, 0.0, top, page.width, bottom))
    for pl in labels:
        page = by_number.get(pl.page)
        if page is not None:
            h = _line_height(page)
            x0, top, x1, bottom = pl.line.bbox
            zones.append((page, x0 - 2 * h, top - 5 * h, page.width, bottom + 0.5 * h))
    for page, zx0, ztop, zx1, zbottom in zones:
        for m in page.marks:
            if m[2] > zx0 and m[0] < zx1 and m[3] > ztop and m[1] < zbottom:
                conf = 0.9 if page.source == "text" else 0.9 * min(1.0, page.ocr_confidence or 0.0)
                return Field(True, page.number, m, "signature (ink)", round(max(conf, 0.5), 4))
    if between is not None:
        page, top, bottom = between
        if bottom - top >= ROOM_FOR_SIGNATURE * _line_height(page) and _readable(page):
            return Field(False, page.number, (0.0, top, page.width, bottom), "no signature", 0.8)
    return None
