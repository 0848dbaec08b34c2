"""Completion letters and transcripts: a school's statement that a student completed a
program. The fields are declared in lexicons/completion_letter.yaml and read by the shared
engine; what a letter says in prose ("certify that NAME has completed the PROGRAM on DATE",
"full-time student") is the special part."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, make_field, rx
from extractors.fields.engine import candidates, find_fields
from extractors.fields.lexicon import load_lexicon
from extractors.fields.persons import with_given_names
from extractors.fields.spec import KindSpec
from extractors.parse.dates import find_dates
from extractors.parse.names import clean_person_name

_COMPLETED = (
    r"(?:has|have|had)?\s*(?:successfully\s+)?(?:completed|finished|graduated|fulfilled)|"
    r"completion\s+of|a\s+(?:complété|terminé|réussi|satisfait)|"
    r"(?:avoir|a)\s+(?:complété|terminé)|achèvement|obtenu\s+son\s+diplôme|diplômée?\s+le|"
    r"conferred|awarded|décerné|conféré|(?:pris|prend)\s+fin|ended|concluded|"
    r"fin\s+(?:des\s+études|de\s+ses\s+études|du\s+programme)"
)
SIGNALS = [
    (
        rx(
            r"(?:successfully\s+)?completed\s+(?:all|the|his|her|their)|completion\s+date|"
            r"date\s+of\s+completion|program\s+completion|completion\s+of\s+(?:the|his|her|their|all)|"
            r"graduated|graduation|convocation|conferred|credential\s+awarded|"
            r"a\s+(?:complété|terminé|réussi)|achèvement|date\s+de\s+fin\s+des\s+études|"
            r"obtention\s+du\s+diplôme|diplômée?\s+le|sanction\s+des\s+études"
        ),
        0.45,
    ),
    (
        rx(
            r"registrar|bureau\s+du\s+registraire|registraire|transcript|relevé\s+de\s+notes|"
            r"academic\s+record|dossier\s+(?:scolaire|universitaire)|student\s+records"
        ),
        0.3,
    ),
    (rx(r"\bstudent\b|étudiante?\b|\benrol{1,2}(?:ed|ment)\b|\binscrite?\b"), 0.15),
    (
        rx(
            r"\bprogram(?:me)?\b|\bdiploma\b|\bdegree\b|baccalauréat|maîtrise|"
            r"\bcertificate\b|\bcertificat\b|\bdiplôme\b|\bbachelor|\bmaster"
        ),
        0.15,
    ),
    (rx(r"universit|college|collège|polytechni|institut|\bécole\b|cégep|\bschool\b"), 0.1),
    (rx(r"\b(?:salary|wage|per\s+hour|salaire|taux\s+horaire|duties|tâches)\b"), -0.3),
    (rx(r"\b(?:net\s+pay|pay\s+period|year[- ]to[- ]date|salaire\s+net)\b"), -0.4),
]

STATES_COMPLETION = 0.2
_STUDENT = rx(
    r"\bstudent\b|étudiante?\b|\bgraduate\b|diplômée?\b|\benrol{1,2}(?:ed|ment)\b|\binscrite?\b"
)
_CREDENTIAL = rx(
    r"\bprogram(?:me)?\b|\bdiploma\b|\bdegree\b|\bcertificate\b|\bcredential\b|baccalauréat|"
    r"maîtrise|\bcertificat\b|\bdiplôme\b|\battestation\s+d['’]études\b|\bAEC\b|\bDEC\b"
)
_ENDED = rx(
    _COMPLETED + r"|studies\s+(?:ended|were\s+completed)|eligible\s+to\s+(?:receive|graduate)|"
    r"(?:met|fulfilled|satisfied)\s+(?:all\s+)?(?:the\s+)?(?:academic\s+)?requirements|"
    r"satisfait\s+(?:à\s+)?(?:toutes\s+)?(?:les\s+)?exigences|fin\s+de\s+(?:ses|leurs)\s+études|"
    r"admissible\s+(?:à|au)\s+(?:l['’]obtention|diplôme)"
)
_NAME_LEAD = rx(
    r"(?:certif(?:y|ies)|confirms?|attests?|verif(?:y|ies)|atteste(?:r|ons)?|"
    r"confirm(?:e|ons)|certifi(?:e|ons))\s+(?:hereby\s+|par\s+la\s+présente\s+)?"
    r"(?:that|que|qu['’])\s+(?:(?:the\s+student|student|l['’]étudiante?|l['’]élève)\s+)?"
    r"(?:(?:mr|mrs|ms|miss|mx|m|mme|madame|monsieur)\.?\s+)?"
)
_NAME_END = rx(
    r"\s*(?:\(|,|\bhas\b|\bhave\b|\bwas\b|\bis\b|\bsuccessfully\b|\bcompleted\b|\ba\b|"
    r"\best\b|\bgraduated\b|\bstudent\b|\bborn\b|\bnée?\b)"
)
_DONE = rx(_COMPLETED)
_PROGRAM = rx(
    r"(?:completed|finished|requirements\s+(?:of|for)|graduated\s+from|"
    r"complété|terminé|réussi|exigences\s+d[ue])\s+(?:all\s+)?(?:the\s+|his\s+|her\s+|their\s+|"
    r"le\s+|la\s+|du\s+|de\s+la\s+|l['’])?(?:requirements\s+(?:of|for)\s+(?:the\s+)?)?"
    r"((?:[A-ZÀ-Ý][\w'’.-]*|of|in|and|&|de|des|du|en|et|la|le|d['’]\w+)"
    r"(?:\s+(?:[A-ZÀ-Ý(][\w'’().-]*|of|in|and|&|de|des|du|en|et|la|le|d['’]\w+)){1,12})"
)
_FULL = rx(r"full[- ]?time|temps\s+(?:plein|complet)")
_PART = rx(r"part[- ]?time|temps\s+partiel")
_SCHOOL_WORD = rx(
    r"universit|college|collège|polytechni|institut|\bécole\b|cégep|\bschool\b|\bacademy\b"
)


class CompletionLetterExtractor:
    kind = "completion_letter"

    def recognise(self, text: str) -> float:
        score = keyword_score(text, SIGNALS)
        # What a completion letter states, whatever its phrases: a student, a program or
        # credential, and its end ("her studies ended", "eligible to receive her diploma").
        if _STUDENT.search(text) and _CREDENTIAL.search(text) and _ENDED.search(text):
            score += STATES_COMPLETION
        return max(0.0, min(1.0, score))

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        spec = load_lexicon("completion_letter")
        fields = with_given_names(find_fields(pages, spec, keep_helpers=True), "student_name", spec)
        idx = TextIndex(pages)
        program = _program_of(pages, spec)
        if program is None:
            fields.pop("program", None)
        else:
            fields["program"] = program
        if "full_time" in fields:
            f = fields["full_time"]
            fields["full_time"] = Field(
                f.value == "full_time", f.page, f.bbox, f.text, f.confidence
            )
        else:
            found = _full_time_in_prose(idx)
            if found is not None:
                fields["full_time"] = found
        prose = {
            "student_name": _student_in_prose(idx),
            "completion_date": _completion_in_prose(idx),
            "program": _program_in_prose(idx),
            "institution": _school_at_head(pages),
        }
        for name, found in prose.items():
            if name not in fields and found is not None:
                fields[name] = found
        return fields


# Where a program's name ends when a label's value runs on in a sentence.
_PROGRAM_TAIL = re.compile(
    r"(?:\.\s|\s+(?:as\s+of|on|effective|with|en\s+date\s+du|le|menant|leading|and\s+was|"
    r"and\s+has|et\s+a)\b).*$",
    re.I | re.S,
)
_PROGRAM_LEAD = re.compile(r"^(?:of|in|for|the|de|du|des|en|le|la|l['’])\s+", re.I)


def clean_program(text: str) -> str | None:
    """A program's name from a label's value: the words after "of"/"de" up to where the sentence
    goes on ("as of ...", "on ...", ". "); None when what is left is not a name (it does not
    begin with a capital or a digit: the label was a word in a sentence)."""
    value = " ".join(text.split())
    value = _PROGRAM_TAIL.sub("", value).strip(" ,;:.")
    while _PROGRAM_LEAD.match(value):
        value = _PROGRAM_LEAD.sub("", value, count=1)
    if len(value) < 3 or not (value[0].isupper() or value[0].isdigit()):
        return None
    if value.count("(") != value.count(")"):
        value = value.split("(")[0].strip() if value.count("(") > value.count(")") else value
    return value or None


def _program_of(pages: Sequence[Page], spec: KindSpec) -> Field | None:
    """The best candidate for the program that is a program's name once cleaned."""
    for cand in candidates(pages, spec).get("program", []):
        raw = " ".join(w.text for w in cand.words)
        name = clean_program(raw)
        if name is not None:
            return make_field(name, cand.page, cand.words, cand.score, raw)
    return None


def _student_in_prose(idx: TextIndex) -> Field | None:
    for m in _NAME_LEAD.finditer(idx.text):
        rest = idx.text[m.end() : m.end() + 80].split("\n")[0]
        end = _NAME_END.search(rest)
        raw = rest[: end.start()] if end else rest
        name, conf = clean_person_name(raw.strip())
        if name:
            return idx.field(name, m.end(), m.end() + len(raw.rstrip()), 0.85 * conf)
    return None


_BIRTH = rx(r"\b(?:born|birth|DOB|née?|naissance)\b[^.]{0,20}$")
_ON = rx(r"\b(?:on|as\s+of|effective|le|en\s+date\s+du|au)\s*$")


def _completion_in_prose(idx: TextIndex) -> Field | None:
    """The date the sentence after a completion verb gives ("completed ... on April 30, 2024",
    "a terminé ... le 30 avril 2024"): one after "on"/"as of"/"le" first, never a birth date."""
    flat = idx.text.replace("\n", " ")  # same length: offsets stay the text's
    for m in _DONE.finditer(flat):
        sentence = re.split(r"(?<=[a-z)])\.\s", flat[m.end() : m.end() + 220])[0]
        dates = [
            d
            for d in find_dates(sentence, month_year=False)
            if not _BIRTH.search(sentence[max(0, d.start - 30) : d.start])
        ]
        if not dates:
            continue
        after_on = [d for d in dates if _ON.search(sentence[max(0, d.start - 14) : d.start])]
        d = (after_on or dates)[0]
        return idx.field(d.value, m.end() + d.start, m.end() + d.end, 0.85 * d.confidence)
    return None


# Case-sensitive: a program's name is written with capitals ("the Computer Systems Technology
# program", "le programme Techniques de ...", "a Diploma in Accounting", "Medical Office
# Assistant Diploma").
_NAME_WORD = (
    r"(?:[A-ZÀ-Ý0-9(][\w'’().&-]*|[-–—:]|of|in|and|for|de|des|du|en|et|la|le|d['’]\w+|"
    r"l['’]\w+)"
)
_NAMED_PROGRAM = (
    re.compile(
        rf"\b(?:in|of|from|completed)\s+the\s+((?:[A-ZÀ-Ý][\w'’().&-]*)(?:\s+{_NAME_WORD}){{0,12}}?)"
        r"\s+program(?:me)?\b"
    ),
    re.compile(
        rf"\b[Pp]rogram(?:me)?\s+(?:of\s+study\s+)?([A-ZÀ-Ý][\w'’().&-]*(?:\s+{_NAME_WORD}){{0,12}})"
    ),
    re.compile(
        r"\b((?:(?:Advanced|Graduate|Post-Degree|Postgraduate|Ontario\s+College)\s+)?"
        r"(?:Diploma|Degree|Certificate|Bachelor|Master|Doctor|Maîtrise|Baccalauréat|Doctorat|"
        r"Diplôme|Certificat)\s+(?:of|in|en|de|d['’]|des|du)\s*"
        rf"[A-ZÀ-Ý\w'’-]*(?:\s+{_NAME_WORD}){{0,10}})"
    ),
    re.compile(r"((?:[A-Z][\w'’-]*\s+){1,6}(?:Diploma|Certificate|Degree))\b"),
)


def _program_in_prose(idx: TextIndex) -> Field | None:
    flat = idx.text.replace("\n", " ")
    for pattern in _NAMED_PROGRAM:
        for m in pattern.finditer(flat):
            text = clean_program(m.group(1))
            if text and len(text.split()) >= 2 and not _SCHOOL_WORD.search(text):
                return idx.field(text, m.start(1), m.start(1) + len(text), 0.7)
    for m in _PROGRAM.finditer(idx.text):
        text = clean_program(m.group(1)) or ""
        text = re.sub(r"\s+(?:program(?:me)?|programme)$", "", text, flags=re.I).strip()
        words = text.split()
        if len(words) >= 2 and not _SCHOOL_WORD.search(text):
            return idx.field(text, m.start(1), m.start(1) + len(text), 0.7)
    return None


def _full_time_in_prose(idx: TextIndex) -> Field | None:
    full = list(_FULL.finditer(idx.text))
    part = list(_PART.finditer(idx.text))
    if bool(full) == bool(part):
        return None  # neither, or both: a person reads it
    m = (full or part)[0]
    return idx.field(bool(full), m.start(), m.end(), 0.85)


def _school_at_head(pages: Sequence[Page]) -> Field | None:
    """The school named on the letterhead: a line near the top naming a school."""
    if not pages:
        return None
    page = pages[0]
    for line in page.lines[:8]:
        text = " ".join(w.text for w in line.words).strip(" ,.")
        if _SCHOOL_WORD.search(text) and 2 <= len(text.split()) <= 8 and not re.search(r"\d", text):
            if re.search(r"\b(?:this|that|has|have|is|a|we|nous)\b", text, re.I):
                continue
            return make_field(text, page.number, line.words, 0.75)
    return None


EXTRACTOR = CompletionLetterExtractor()
