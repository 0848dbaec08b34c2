"""Work and study permits (IMM 1442): the declaration in lexicons/permit.yaml read by the shared
field engine, and the one special part, the permit type read from the permit's own words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page, Word
from extractors.base import keyword_score, make_field, rx
from extractors.fields.engine import find_fields, page_labels
from extractors.fields.lexicon import load_lexicon
from extractors.layout import words_of_span


def bilingual(en: str, fr: str) -> re.Pattern[str]:
    """A label in English or French, or both joined by a slash in either order (the passport
    extractor's labels still use it)."""
    return rx(rf"(?:(?:{en})(?:\s*/\s*(?:{fr}))?|(?:{fr})(?:\s*/\s*(?:{en}))?)\s*[:.]?")


WORK = [
    (rx(r"\bwork\s+permit\b|\bpermis\s+de\s+travail\b"), 0.6),
    (
        rx(
            r"\bIMM\s*1442\b|\bUCI\b|\bIUC\b|Immigration,?\s+Refugees\s+and\s+Citizenship|"
            r"Citoyenneté\s+Canada"
        ),
        0.3,
    ),
    (rx(r"\bemployer\b|\bemployeur\b|\boccupation\b|\bprofession\b"), 0.1),
    (rx(r"\bdear\b|\bsincerely\b|to whom it may concern|net\s+pay"), -0.4),
    (
        rx(
            r"acknowledge?ment\s+of\s+receipt|accusé\s+de\s+réception|"
            r"confirmation\s+of\s+submission|we\s+(?:have\s+)?received\s+your\s+application|"
            r"interim\s+authori[sz]ation|\bIMM\s*0127\b|nous\s+avons\s+reçu\s+votre\s+demande"
        ),
        -0.5,
    ),
]
STUDY = [
    (rx(r"\bstudy\s+permit\b|\bpermis\s+d['’]études\b"), 0.6),
    (
        rx(
            r"\bIMM\s*1442\b|\bUCI\b|\bIUC\b|Immigration,?\s+Refugees\s+and\s+Citizenship|"
            r"Citoyenneté\s+Canada"
        ),
        0.3,
    ),
    (rx(r"\bschool\b|\bécole\b|\binstitution\b|\blevel\s+of\s+study\b|\bDLI\b"), 0.1),
    (rx(r"\bdear\b|\bsincerely\b|to whom it may concern"), -0.4),
    (
        rx(
            r"acknowledge?ment\s+of\s+receipt|accusé\s+de\s+réception|"
            r"confirmation\s+of\s+submission|we\s+(?:have\s+)?received\s+your\s+application|"
            r"interim\s+authori[sz]ation|\bIMM\s*0127\b|nous\s+avons\s+reçu\s+votre\s+demande"
        ),
        -0.5,
    ),
]

# The kinds of work permit, as the type field, the title, the conditions or remarks word them;
# the first that matches decides (a post-graduation permit is also "open"). The values are
# README's `permit_type` vocabulary: open, employer_specific, pgwp, co_op (study for a study
# permit), snake_case like the contract's `application_type`.
WORK_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "pgwp",
        rx(r"post[- ]?graduation|\bPGWP\b|\bPGWPP\b|post[- ]?dipl[ôo]me|\bPTPD\b"),
    ),
    ("co_op", rx(r"\bco-?op\b|coop[ée]ratif|\bstage\b|integral\s+part\s+of")),
    (
        "employer_specific",
        rx(
            r"employer[- ]specific|employeur\s+(?:déterminé|spécifique)|\bLMIA\b|\bEIMT\b|"
            r"not\s+(?:authori[sz]ed|valid)\s+to\s+work\s+(?:for|in)\s+any\s+"
            r"(?:other\s+)?(?:employer|occupation)|"
            r"(?:for|with)\s+(?:any|an)\s+other\s+employer|"
            r"autre\s+(?:employeur|profession)\s+que|que\s+(?:pour\s+)?l['’]employeur|"
            r"employeur\s+(?:indiqué|désigné|précisé|mentionné)"
        ),
    ),
    ("open", rx(r"\bopen\b|\bouvert\b|\bany\s+employer\b|\btout\s+employeur\b")),
)
# Where the special part reads: the permit's type field, its conditions and remarks.
_TYPE_SOURCES = ("permit_type_text", "conditions")
_TITLE = rx(r"\bwork\s+permit\b|\bpermis\s+de\s+travail\b")
# ", TORONTO ON" after an employer's name is its city and province, not its name.
_CITY_TAIL = re.compile(
    r",\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ.' -]*(?:,\s*|\s+)(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?$"
)
_DANGLING = rx(r"\b(?:and|of|for|the|&|de|du|des|et|la|le|d['’])$")


TITLE_LINES = 3  # the title and the subtitles under it


def _title_field(pages: Sequence[Page], title: re.Pattern[str]) -> Field | None:
    """The document's title ("WORK PERMIT / PERMIS DE TRAVAIL"), with the lines under it down
    to the first field label (a subtitle such as "POST-GRADUATION WORK PERMIT")."""
    for page in pages[:1]:
        pl = page_labels(page, load_lexicon("permit"))
        block: list[Word] = []
        lines = 0
        for r_i, row in enumerate(pl.rows):
            if any(h.is_form_label and (h.field or block) for h in pl.hits[r_i]):
                break  # a form's label, not a word of a heading ("... POUR UN EMPLOYEUR ...")
            if block or title.search(" ".join(w.text for w in row)):
                block.extend(row)
                lines += 1
                if lines == TITLE_LINES:
                    break
        if block:
            return make_field(" ".join(w.text for w in block), page.number, block, 1.0)
    return None


def _read_surely(words: Sequence[Word], m: re.Match[str]) -> float:
    """How surely the words a type pattern matched were read (their weakest OCR confidence)."""
    matched = words_of_span(words, m.start(), m.end())
    return min((w.confidence for w in matched), default=1.0)


def _title_words(pages: Sequence[Page], title: Field | None) -> tuple[Word, ...]:
    if title is None:
        return ()
    page = next(p for p in pages if p.number == title.page)
    return tuple(w for w in page.words if title.bbox and _inside(w, title.bbox))


def _inside(w: Word, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= w.bbox[0] and w.bbox[2] <= box[2] and box[1] <= w.bbox[1] <= box[3]


def work_permit_type(
    fields: dict[str, Field], pages: Sequence[Page], words: dict[str, tuple[Word, ...]]
) -> Field | None:
    """The kind of work permit, from its type field, title, conditions and remarks in turn;
    an employer named without any of these makes it employer-specific, less surely.

    The evidence is the whole source (the type field's value, the title, the conditions);
    the confidence is how surely the words that decided were read.
    """
    title = _title_field(pages, _TITLE)
    sources = [(fields.get("permit_type_text"), words.get("permit_type_text", ()))]
    sources.append((title, _title_words(pages, title)))
    sources.extend((fields.get(n), words.get(n, ())) for n in _TYPE_SOURCES[1:])
    for src, src_words in sources:
        if src is None:
            continue
        text = " ".join(w.text for w in src_words) if src_words else str(src.value)
        for value, pattern in WORK_TYPES:
            m = pattern.search(text)
            if m:
                conf = 0.95 * (_read_surely(src_words, m) if src_words else 1.0)
                return Field(value, src.page, src.bbox, src.text, round(conf, 4))
    emp = fields.get("employer")
    if emp is not None:
        return Field("employer_specific", emp.page, emp.bbox, emp.text, min(emp.confidence, 0.7))
    return None


def _organisation(f: Field) -> Field:
    name = _CITY_TAIL.sub("", str(f.value)).strip(" ,;")
    conf = f.confidence * (0.4 if _DANGLING.search(name) else 1.0)
    return Field(name, f.page, f.bbox, f.text, round(conf, 4))


class PermitExtractor:
    """Reads IMM 1442 work or study permits (one instance per kind)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def recognise(self, text: str) -> float:
        """The kind's words; of "work permit" and "study permit", the one printed first (the
        title) decides: a co-op work permit's conditions name the study permit, a study
        permit's remarks may name a work permit."""
        work = self.kind == "work_permit"
        score = keyword_score(text, (WORK if work else STUDY)[1:])
        w, s = _TITLE.search(text), STUDY[0][0].search(text)
        mine, other = (w, s) if work else (s, w)
        if mine is not None and (other is None or mine.start() < other.start()):
            score += 0.6
        elif other is not None:
            score -= 0.5
        return max(0.0, min(1.0, score))

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        spec = load_lexicon("permit")
        words: dict[str, tuple[Word, ...]] = {}
        found = find_fields(pages, spec, keep_helpers=True, words_out=words)
        fields = {n: f for n, f in found.items() if spec.by_name[n].report}
        for name in ("employer", "institution"):
            if name in fields:
                fields[name] = _organisation(fields[name])
        if self.kind == "work_permit":
            kind = work_permit_type(found, pages, words)
            if kind is not None:
                fields["permit_type"] = kind
            if kind is None or kind.value != "employer_specific":
                # only an employer-specific permit restricts the occupation and location
                fields.pop("occupation", None)
                fields.pop("location", None)
        else:
            fields.pop("occupation", None)
            fields.pop("location", None)
        if self.kind != "work_permit":
            title = _title_field(pages, STUDY[0][0])
            anchor = title or next(iter(fields.values()), None)
            if anchor is not None:
                fields["permit_type"] = Field(
                    "study", anchor.page, anchor.bbox, anchor.text, 0.95 if title else 0.8
                )
        return fields


WORK_PERMIT = PermitExtractor("work_permit")
STUDY_PERMIT = PermitExtractor("study_permit")
