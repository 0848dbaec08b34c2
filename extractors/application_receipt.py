"""Application receipts: IRCC's acknowledgment of receipt, an online submission confirmation,
or an interim authorization letter (IMM 0127). The fields are declared in
lexicons/application_receipt.yaml and read by the shared engine; what a letter says in prose
("we received your application on ...", "Dear ...", the title naming the application) is the
special part."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, make_field, rx
from extractors.fields.engine import find_fields
from extractors.fields.lexicon import load_lexicon
from extractors.fields.persons import with_given_names
from extractors.fields.values import parse
from extractors.parse.dates import find_dates
from extractors.parse.names import clean_person_name

SIGNALS = [
    (
        rx(
            r"acknowledge?ment\s+of\s+receipt|accusé\s+de\s+réception|"
            r"confirmation\s+of\s+(?:submission|receipt)|submission\s+confirmation|"
            r"confirmation\s+de\s+(?:soumission|présentation|réception)|"
            r"application\s+(?:has\s+been\s+)?(?:submitted|received)"
        ),
        0.6,
    ),
    (
        rx(
            r"thank\s+you\s+for\s+(?:submitting|your\s+submission|applying)|"
            r"(?:application|submission)\s+(?:was\s+|has\s+been\s+)?(?:successfully\s+)?"
            r"(?:submitted|transmitted)|confirmation\s+of\s+(?:online\s+)?application|"
            r"confirmation\s+de\s+(?:la\s+)?transmission|merci\s+d['’]avoir\s+"
            r"(?:présenté|soumis|transmis)|demande\s+a\s+été\s+(?:transmise|soumise)|"
            r"we\s+(?:have\s+)?received\s+your\s+(?:application|submission)|"
            r"your\s+application\s+(?:has\s+been|was)\s+(?:received|submitted)|"
            r"nous\s+avons\s+reçu\s+votre\s+demande|"
            r"votre\s+demande\s+a\s+été\s+(?:reçue|soumise|présentée)"
        ),
        0.4,
    ),
    (
        rx(
            r"\bIMM\s*0127\b|interim\s+authori[sz]ation|autorisation\s+provisoire|"
            r"maintained\s+status|statut\s+maintenu|implied\s+status|\bWP[- ]EXT\b"
        ),
        0.5,
    ),
    (rx(r"Immigration,?\s+Refugees\s+and\s+Citizenship|\bIRCC\b|Citoyenneté\s+Canada"), 0.2),
    (rx(r"application\s+(?:number|no\.?|#)|numéro\s+de\s+(?:la\s+)?demande"), 0.2),
    (
        rx(
            r"date\s+(?:submitted|received|of\s+submission)|submitted\s+on|received\s+on|"
            r"date\s+de\s+(?:transmission|soumission|réception)"
        ),
        0.2,
    ),
    (rx(r"\b(?:net\s+pay|year[- ]to[- ]date|salaire\s+net)\b"), -0.4),
]

# "Dear Ms. Jane Doe," / "Bonjour Jane Doe," at the head of a letter.
_GREETING = rx(
    r"(?m)^(?:dear|cher|chère|bonjour|madame|monsieur)\s+"
    r"(?:(?:mr|mrs|ms|miss|mx|dr|m|mme|madame|monsieur)\.?\s+)?"
    r"([A-ZÀ-Ý][^\n,:;]{2,60})[,:]"
)
# A filing date said in a sentence: the verb, then the date within the sentence.
_FILED = rx(
    r"(?:received|submitted|filed|lodged|reçue?|soumise?|présentée?|déposée?)\b[^.]{0,100}?"
    r"\b(?:on|le|du)\s+"
)


class ApplicationReceiptExtractor:
    kind = "application_receipt"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        spec = load_lexicon("application_receipt")
        fields = with_given_names(
            find_fields(pages, spec, keep_helpers=True), "applicant_name", spec
        )
        idx = TextIndex(pages)
        if "application_type" not in fields:
            found = _type_in_lines(pages)
            if found is not None:
                fields["application_type"] = found
        if "filed_date" not in fields:
            found = _filed_in_prose(idx)
            if found is not None:
                fields["filed_date"] = found
        if "applicant_name" not in fields:
            found = _greeting_name(idx)
            if found is not None:
                fields["applicant_name"] = found
        return fields


def _type_in_lines(pages: Sequence[Page]) -> Field | None:
    """The application's type from the first line that names one in several words (a title,
    a subject line, a sentence): a lone word like "worker" is not enough outside its label."""
    spec = load_lexicon("application_receipt").by_name["application_type"]
    several = tuple(
        (value, tuple(s for s in spellings if " " in s.strip() or "-" in s))
        for value, spellings in spec.values
    )
    narrowed = type(spec)(
        name=spec.name, type=spec.type, labels=spec.labels, values=several, report=spec.report
    )
    for page in pages:
        for line in page.lines:
            parsed = parse(narrowed, line.words)
            if parsed is not None:
                return make_field(parsed.value, page.number, line.words, 0.85)
    return None


def _filed_in_prose(idx: TextIndex) -> Field | None:
    flat = idx.text.replace("\n", " ")  # same length: offsets stay the text's
    for m in _FILED.finditer(flat):
        dates = find_dates(flat[m.end() : m.end() + 40])
        if dates and dates[0].start == 0:
            d = dates[0]
            start = m.end() + d.start
            return idx.field(d.value, start, m.end() + d.end, 0.85 * d.confidence)
    return None


def _greeting_name(idx: TextIndex) -> Field | None:
    for m in _GREETING.finditer(idx.text):
        name, conf = clean_person_name(m.group(1))
        if name:
            return idx.field(name, m.start(1), m.end(1), 0.8 * conf)
    return None


EXTRACTOR = ApplicationReceiptExtractor()
