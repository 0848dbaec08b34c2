"""Work and study permits (IMM 1442): holder, dates, number, permit type, employer, school."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import Field, Page
from extractors.base import TextIndex, keyword_score, put, rx
from extractors.layout import continued_in_column, label_value
from extractors.parse.dates import find_dates
from extractors.parse.names import clean_person_name
from extractors.patterns import strip_punct


def bilingual(en: str, fr: str) -> re.Pattern[str]:
    """A label in English or French, or both joined by a slash in either order."""
    return rx(rf"(?:(?:{en})(?:\s*/\s*(?:{fr}))?|(?:{fr})(?:\s*/\s*(?:{en}))?)\s*[:.]?")


FAMILY = bilingual(r"family\s+name|surname|last\s+name", r"nom\s+de\s+famille|nom")
GIVEN = bilingual(r"given\s+names?(?:\s*\(s\))?|first\s+names?", r"prénoms?(?:\s*\(s\))?")
FULL_NAME = bilingual(
    r"(?:holder['’]?s?\s+)?name(?:\s+of\s+holder)?|client\s+name", r"nom\s+du\s+titulaire"
)
DOB = bilingual(r"date\s+of\s+birth|birth\s+date|DOB", r"date\s+de\s+naissance")
DOC_NO = bilingual(
    r"document\s+(?:no\.?|number)|permit\s+(?:no\.?|number)",
    r"n(?:o|°|uméro)\.?\s+d[eu]\s+(?:document|permis)",
)
FROM = bilingual(
    r"valid\s+from|date\s+issued|issue\s+date|date\s+of\s+issue|effective\s+date|issued\s+on",
    r"date\s+de\s+(?:délivrance|début|validité)|valide\s+à\s+compter\s+du|en\s+vigueur\s+le|"
    r"date\s+d['’]entrée\s+en\s+vigueur",
)
UNTIL = bilingual(
    r"expiry\s+date|date\s+of\s+expiry|valid\s+until|expires(?:\s+on)?|expiration\s+date",
    r"date\s+d['’]expiration|valide\s+jusqu['’]au|expire\s+le",
)
EMPLOYER = bilingual(r"employer(?:\s+name)?", r"employeur")
SCHOOL = bilingual(
    r"designated\s+learning\s+institution(?:\s*\(DLI\))?|school(?:\s+name)?|institution|"
    r"DLI(?!\s*(?:no\b|number|#|n°|numéro))",
    r"établissement(?:\s+d['’]enseignement(?:\s+désigné)?)?|école|nom\s+de\s+l['’]école",
)
# Any label of the form: a cell that starts with one is the next field's label, not a value.
_OTHER_LABEL = rx(
    r"^(?:level\s+of\s+study|niveau\s+d['’]études|field\s+of\s+study|program(?:me)?\b|"
    r"type\s+of\s+permit|type\s+de\s+permis|sex\b|sexe\b|country\s+of\s+birth|"
    r"pays\s+de\s+naissance|citizenship|citoyenneté|occupation\b|profession\b|conditions?\b|"
    r"remarks|observations|UCI\b|IUC\b|date\s+(?:of|de|d['’])|valid\s|valide\s|"
    r"family\s+name|given\s+names?|nom\s+de\s+famille|prénoms?\b|document\s+no|"
    r"employer\s*/|employeur\s*/|institution\s*/|school\s*/|école\s*/|établissement\s*/|"
    r"designated\s+learning|DLI\s*(?:no\b|number|#)|numéro\b|n°|surname\b|citizenship|"
    r"effective\s+date|expiry\s+date|document\s+number|given\s+name|type\s+of\s+permit)"
)
_NO_VALUE = rx(r"^(?:open|ouvert|n/?a|none|aucun|any|tout|not\s+applicable|sans\s+objet|-+)\b")

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
    (rx(r"\bstudy\s+permit\b|\bpermis\s+d['’]études\b"), -0.5),
    (rx(r"\bdear\b|\bsincerely\b|to whom it may concern|net\s+pay"), -0.4),
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
]
PGWP = rx(
    r"post[- ]?graduation|\bPGWP\b|\bPGP\b|post[- ]?diplôme|permis\s+de\s+travail\s+postdiplôme"
)
OPEN = rx(
    r"\bopen\s+work\s+permit\b|\bpermis\s+de\s+travail\s+ouvert\b|employer\s*(?:/\s*employeur)?\s*:?\s*"
    r"(?:open|ouvert)\b|\bnot\s+valid\s+for\s+employment\s+in\s+businesses"
)
COOP = rx(r"\bco-?op\b|\bstage\s+coopératif\b|\bwork\s+is\s+an\s+integral\s+part")
_EXTRA = re.compile(
    r"\s+(?:Date|Employer|Occupation|Sex|Sexe|UCI|IUC|Country|Pays|Document|No)\b.*$", re.I
)


def _date(text: str) -> bool:
    return bool(find_dates(text, order="dmy"))


def _name_ok(text: str) -> bool:
    return clean_person_name(_EXTRA.sub("", text))[0] is not None


def _value_text(text: str) -> bool:
    """Whether a cell can be a name value: some text that is not the form's next label."""
    return len(text.strip()) > 2 and not _OTHER_LABEL.match(text.strip())


def _is_label(text: str) -> bool:
    """Whether a line is one of the form's labels or headings rather than a value's words."""
    return bool(_OTHER_LABEL.match(text.strip()) or re.search(r"[:/]", text))


def _page(pages: Sequence[Page], number: int) -> Page:
    return next(p for p in pages if p.number == number)


# A name that ends on one of these was cut (by a line end, or by the next column's value
# printed over its last words): report what was read, marked unsure.
_DANGLING = rx(r"\b(?:and|of|for|the|&|de|du|des|et|la|le|d['’])$")


def _cut_name_confidence(name: str) -> float:
    return 0.4 if _DANGLING.search(name) else 1.0


class PermitExtractor:
    """Reads IMM 1442 work or study permits (one instance per kind)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def recognise(self, text: str) -> float:
        return keyword_score(text, WORK if self.kind == "work_permit" else STUDY)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        fields: dict[str, Field] = {}
        idx = TextIndex(pages)
        fam = label_value(pages, FAMILY, _name_ok)
        given = label_value(pages, GIVEN, _name_ok)
        if fam is not None and given is not None:
            g = clean_person_name(_EXTRA.sub("", given.text))[0]
            f = clean_person_name(_EXTRA.sub("", fam.text))[0]
            put(fields, "holder_name", given.field(f"{g} {f}", 1.0, f"{given.text} {fam.text}"))
        else:
            hit = label_value(pages, FULL_NAME, _name_ok)
            if hit is not None:
                name, conf = clean_person_name(_EXTRA.sub("", hit.text))
                put(fields, "holder_name", hit.field(name, conf))
        for name, label in (("date_of_birth", DOB), ("valid_from", FROM), ("valid_until", UNTIL)):
            hit = label_value(pages, label, _date)
            if hit is not None:
                d = find_dates(hit.text, order="dmy")[0]
                put(fields, name, hit.field(d.value, d.confidence))
        hit = label_value(
            pages, DOC_NO, lambda s: bool(re.match(r"^[A-Z]{1,2}\s?[0-9O]{6,10}\b", s.strip()))
        )
        if hit is not None:
            raw = re.match(r"^[A-Z]{1,2}\s?[0-9O]{6,10}", hit.text.strip())
            value = raw.group(0).replace(" ", "") if raw else hit.text
            value = value[:2] + value[2:].replace("O", "0")
            put(fields, "document_number", hit.field(value, 1.0))
        hit = label_value(pages, EMPLOYER, _value_text)
        if hit is not None and not _NO_VALUE.match(hit.text.strip()):
            hit = continued_in_column(_page(pages, hit.page), hit, _is_label)
            put(fields, "employer", hit.field(strip_punct(_EXTRA.sub("", hit.text)), 1.0))
        hit = label_value(pages, SCHOOL, _value_text)
        if hit is not None and not _NO_VALUE.match(hit.text.strip()):
            hit = continued_in_column(_page(pages, hit.page), hit, _is_label)
            name = strip_punct(_EXTRA.sub("", hit.text))
            put(fields, "institution", hit.field(name, _cut_name_confidence(name)))
        if self.kind == "work_permit":
            for value, pattern in (("post-graduation", PGWP), ("open", OPEN), ("co-op", COOP)):
                m = pattern.search(idx.text)
                if m:
                    put(fields, "permit_type", idx.field(value, m.start(), m.end(), 0.9))
                    break
            else:
                emp = fields.get("employer")
                if emp is not None:
                    fields["permit_type"] = Field(
                        "employer-specific", emp.page, emp.bbox, emp.text, 0.8
                    )
        else:
            m = STUDY[0][0].search(idx.text)
            if m:
                put(fields, "permit_type", idx.field("study", m.start(), m.end(), 1.0))
        return fields


WORK_PERMIT = PermitExtractor("work_permit")
STUDY_PERMIT = PermitExtractor("study_permit")
