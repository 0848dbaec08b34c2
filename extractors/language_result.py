"""Language test results: test and version, four abilities, overall, dates, report number."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from auditor.models import Field, Page, Word
from extractors.base import TextIndex, keyword_score, put, rx
from extractors.fields.engine import find_fields
from extractors.fields.lexicon import load_lexicon
from extractors.fields.spec import KindSpec
from extractors.layout import Hit, cells, iter_label_values, label_value, rows, words_of_span
from extractors.parse.dates import Order, find_dates
from extractors.parse.money import NUMBER, parse_number
from extractors.parse.names import clean_person_name
from extractors.parse.scores import grammar, repair_score

SIGNALS = [
    (
        rx(
            r"\b(?:IELTS|CELPIP|PTE\s+(?:Core|Academic)|Pearson\s+Test\s+of\s+English|TEF\s+Canada|"
            r"TCF\s+Canada|Test\s+d['’]évaluation\s+de\s+français|Test\s+de\s+connaissance\s+du\s+français)"
        ),
        0.6,
    ),
    (
        rx(
            r"\b(?:test\s+report\s+form|score\s+report|attestation\s+de\s+résultats?|official\s+score|"
            r"résultats?\s+(?:du|au)\s+test)\b"
        ),
        0.3,
    ),
    (rx(r"\b(?:listening|compréhension\s+orale)\b"), 0.1),
    (rx(r"\b(?:reading|compréhension\s+écrite)\b"), 0.1),
    (rx(r"\b(?:writing|expression\s+écrite)\b"), 0.1),
    (rx(r"\b(?:speaking|expression\s+orale)\b"), 0.1),
    (rx(r"\b(?:band\s+score|overall|CLB|NCLC|CEFR|CECR)\b"), 0.1),
]

# (test id, pattern); more specific versions come first.
TESTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "celpip_general_ls",
        rx(r"CELPIP[\s\-–]*(?:General)?[\s\-–]*LS\b|CELPIP[^\n]{0,30}Listening\s+and\s+Speaking"),
    ),
    ("celpip_general", rx(r"CELPIP[\s\-–]*(?:General|G\b)|CELPIP")),
    (
        "ielts_academic",
        rx(
            r"IELTS[^\n]{0,40}\bAcademic\b|\bmodule\s*:?\s*academic\b|\bAcademic\s+(?:module|test)\b"
        ),
    ),
    (
        "ielts_general_training",
        rx(r"IELTS[^\n]{0,40}General\s+Training|General\s+Training|\bmodule\s*:?\s*GT\b"),
    ),
    ("pte_academic", rx(r"PTE[\s\-]*Academic|Pearson\s+Test\s+of\s+English\s+Academic")),
    ("pte_core", rx(r"PTE[\s\-]*Core|Pearson\s+Test\s+of\s+English\s+Core")),
    ("tef_canada", rx(r"TEF[\s\-]*Canada")),
    ("tcf_canada", rx(r"TCF[\s\-]*Canada")),
    ("tef", rx(r"\bTEF\b|Test\s+d['’]évaluation\s+de\s+français")),
    ("tcf", rx(r"\bTCF\b|Test\s+de\s+connaissance\s+du\s+français")),
]
# France Education international's and CCI Paris's other versions of the TCF and TEF, named
# after the test: a positive reading that the result is not TCF Canada or TEF Canada.
_OTHER_VERSION = rx(
    r"\b(?:TCF|TEF)[\s\-]*(?:tout[\s\-]+public|TP\b|DAP\b|ANF\b|SO\b|IRN\b|Qu[ée]bec|AQ\b|"
    r"Naturalisation|[ÉE]tudes|Carte\s+de\s+r[ée]sident)"
)
FAMILY = {
    "celpip_general_ls": "celpip",
    "celpip_general": "celpip",
    "ielts_academic": "ielts",
    "ielts_general_training": "ielts",
    "pte_academic": "pte",
    "pte_core": "pte",
    "tef_canada": "tef",
    "tcf_canada": "tcf",
    "tef": "tef",
    "tcf": "tcf",
}

ABILITIES: dict[str, re.Pattern[str]] = {
    # French labels come as "Compréhension orale" or "Compréhension de l'oral", "Production écrite".
    "listening": rx(
        r"\b(?:listening|compréhension\s+(?:de\s+l['’]\s*)?orale?|compréhension\s+auditive|CO)\b"
    ),
    "reading": rx(
        r"\b(?:reading|compréhension\s+(?:de\s+l['’]\s*)?écrite?|compréhension\s+de\s+lecture|CE)\b"
    ),
    "writing": rx(r"\b(?:writing|(?:expression|production)\s+écrite|EE)\b"),
    "speaking": rx(r"\b(?:speaking|(?:expression|production)\s+orale|EO)\b"),
    "overall": rx(
        r"\b(?:overall(?:\s+band)?(?:\s+score)?|total\s+score|score\s+global|résultat\s+global|"
        r"note\s+globale|overall\s+score)\b"
    ),
}
NAME_LABEL = rx(
    r"(?:candidate(?:['’]s)?\s+name|test[- ]taker(?:\s+name)?|name\s+of\s+candidate|"
    r"nom\s+du\s+candidat|nom\s+et\s+prénom|full\s+name|^name|^nom)\s*:?"
)
FAMILY_NAME = rx(r"(?:family\s+name|surname|last\s+name|nom\s+de\s+famille|^nom)\s*:?")
GIVEN_NAME = rx(r"(?:first\s+name(?:\(s\)|s)?|given\s+name(?:\(s\)|s)?|prénom(?:\(s\)|s)?)\s*:?")
DOB = rx(r"(?:date\s+of\s+birth|birth\s+date|DOB|date\s+de\s+naissance|né\(?e?\)?\s+le)\s*:?")
TEST_DATE = rx(
    r"(?:test\s+date|date\s+of\s+test|date\s+of\s+(?:the\s+)?exam|date\s+(?:de\s+l['’]examen|du\s+test|"
    r"de\s+passation|de\s+(?:la\s+)?session|d['’]examen|de\s+l['’]épreuve|des\s+épreuves)|session\s+date|"
    r"exam\s+date|test\s+taken\s+on)\s*:?"
)
RESULT_DATE = rx(
    r"(?:result(?:s)?\s+date|(?:score\s+)?release\s+date|date\s+of\s+(?:result|issue)|issue\s+date|date\s+issued|"
    r"report\s+date|date\s+de\s+(?:résultats?|délivrance|publication|l['’]attestation)|"
    r"date\s+d['’](?:émission|édition)|score\s+report\s+date|date\s+du\s+rapport)\s*:?"
)
REPORT_NO = rx(
    r"(?:test\s+report\s+form\s+(?:number|no\.?)|TRF\s+(?:number|no\.?)|report\s+(?:number|no\.?)|"
    r"registration\s+(?:number|no\.?|ID)|score\s+report\s+code|"
    r"certificate\s+(?:number|no\.?)|attestation\s+(?:number|no\.?|n°)|"
    r"n(?:uméro|°|o)\s+d['’](?:attestation|identification)|score\s+report\s+(?:number|ID))\s*[:#]?"
)
# Numbers of the person rather than of the report: taken only when no report number is shown.
CANDIDATE_NO = rx(
    r"(?:numéro\s+d['’]inscription|numéro\s+de\s+(?:candidat|dossier)|candidate\s+(?:number|ID)|"
    r"test[- ]taker\s+(?:ID|number)|"
    r"identifiant)\s*[:#]?"
)
PLAIN_DATE = rx(r"^date\b(?!\s+(?:of|de|d['’]|du)\b)\s*:?")
_REPORT_VALUE = re.compile(r"^[A-Z0-9][A-Z0-9\-/ ]{4,24}$", re.I)
# A code's word: it holds a digit, or is a short capitalised prefix ("PTE 667100234"); a word
# like "Listening" is the next line's text, not part of a number.
_CODE_WORD = re.compile(r"^(?=.*\d)[A-Z0-9\-/]+$|^[A-Z]{1,5}$", re.I)
# An IELTS Test Report Form number: 15-18 letters and digits ("26CA012345JOHS001A"), a few more
# accepted for OCR noise; never the 6-digit candidate number or the candidate ID.
TRF_VALUE = re.compile(r"^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{15,21}$", re.I)
# The TRF number's own shape, found without its label: year, centre country, candidate number,
# name letters, sequence and module letter.
TRF_SHAPE = re.compile(r"\b\d{2}[A-Z]{2}\d{4,7}[A-Z]{2,5}\d{3}[AG]\b")
# Where a value typed after its label ends on a line that goes on with another label
# ("Registration ID: 428613578 Test Taker ID: PTE417730021"): label words hold no digits.
NEXT_LABEL = re.compile(r"(?:^|\s)[A-Za-zÀ-ÿ'’()/.\-]+(?:\s[A-Za-zÀ-ÿ'’()/.\-]+){0,4}\s*[:#]")


def _range(test: str, ability: str) -> tuple[float, float]:
    g = grammar(FAMILY.get(test, ""), ability)
    return g.lo, g.hi


# Confidence ceiling of a score read from a token the grammar had to repair ("75" as 7.5).
REPAIRED_SCORE_CONFIDENCE = 0.6


def _score_in(
    text: str, lo: float, hi: float, test: str, ability: str = ""
) -> tuple[float, int, int, float] | None:
    """The first score of the text the test's grammar allows, with a confidence ceiling: 1.0
    as printed, lower when an OCR-damaged number had to be repaired (repair_score)."""
    family = FAMILY.get(test, "")
    for m in NUMBER.finditer(text):
        before = text[max(0, m.start() - 6) : m.start()]
        if re.search(r"(?:CLB|NCLC|level|niveau)\s*$", before, re.I) and family not in ("celpip",):
            continue
        value, _ = parse_number(m["num"])
        if value is None:
            continue
        if lo <= value <= hi and (family != "ielts" or value * 2 == int(value * 2)):
            return value, m.start(), m.end(), 1.0
    if not family:
        return None
    for m in re.finditer(r"\S+", text):  # whole tokens, box edges included ("165", "l59")
        if re.search(
            r"(?:CLB|NCLC|level|niveau)\s*$", text[max(0, m.start() - 6) : m.start()], re.I
        ):
            continue
        fixed = repair_score(m.group(0), grammar(family, ability))
        if fixed is not None:
            return fixed, m.start(), m.end(), REPAIRED_SCORE_CONFIDENCE
    return None


SCORED = ("listening", "reading", "writing", "speaking", "overall")
_specs: dict[str, KindSpec] = {}


def spec_for(family: str) -> KindSpec:
    """The declaration of lexicons/language_test.yaml with each score's plausible range
    narrowed to the test's own (IELTS 0-9, CELPIP 1-12, PTE 10-90, TEF 0-699, TCF 0-699 and
    0-20 for writing and speaking); one object per test family, kept."""
    spec = _specs.get(family)
    if spec is None:
        base = load_lexicon("language_test")
        fields = []
        for f in base.fields:
            if f.name in SCORED and family:
                g = grammar(family, f.name)
                f = dataclasses.replace(f, min=g.lo, max=g.hi)
            fields.append(f)
        spec = dataclasses.replace(base, fields=tuple(fields), by_name={})
        _specs[family] = spec
    return spec


def _score_ok(family: str, ability: str, value: object) -> bool:
    """Whether a number the engine read is a score the test gives (IELTS by half bands)."""
    if not isinstance(value, (int, float)) or not family:
        return False
    return grammar(family, ability).allows(float(value))


# The fields the engine reads better than the label readings of this module (measured on
# the blind corpus: a score table in any layout, dates under bilingual labels, a name whose
# label is matched whole rather than a heading word after "Test Taker").
ENGINE_FIRST = frozenset(
    ("listening", "reading", "writing", "speaking", "overall", "date_of_birth", "test_date",
     "result_date", "candidate_name")
)  # fmt: skip
_IELTS_MODULES = ("ielts_academic", "ielts_general_training")
_DATES = ("test_date", "result_date", "date_of_birth")
# Both modules named anywhere (the TRF's standard note names both): the words alone no longer
# tell which module was taken.
_NAMES_ACADEMIC = re.compile(r"\bacad[ée]mi(?:c|que)\b", re.I)
_NAMES_GENERAL = re.compile(r"\bgeneral\s+training\b|\bformation\s+g[ée]n[ée]rale\b", re.I)
# IELTS One Skill Retake: a title or a field that says so, not a sentence that mentions it.
ONE_SKILL_RETAKE = re.compile(
    r"\bone[\s-]+skill[\s-]+retake\b|\breprise\s+d['’]une\s+comp[ée]tence\b", re.I
)
_TITLE_WORD = re.compile(r"^[^a-zà-ÿ]*$|^[A-ZÀ-Ý0-9]")  # upper case or capitalised


def _title_like(text: str, most: int = 10) -> bool:
    """A title or a field, not a sentence: few words, each capitalised or upper case (a word
    of joining like "of", "and", "de" aside)."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    small = {"of", "and", "the", "for", "de", "du", "des", "et", "la", "le", "d'une", "-"}
    return 0 < len(words) <= most and all(_TITLE_WORD.match(w) or w.lower() in small for w in words)


def _title_module(pages: Sequence[Page]) -> tuple[str, Field] | None:
    """The IELTS module named alone in a title-like line ("IELTS GENERAL TRAINING")."""
    for page in pages:
        for line in page.lines:
            t = line.text
            a, g = _NAMES_ACADEMIC.search(t), _NAMES_GENERAL.search(t)
            if bool(a) == bool(g) or not _title_like(t):
                continue
            name = "ielts_academic" if a else "ielts_general_training"
            return name, Hit(page.number, line.words).field(name, 0.9)
    return None


def _one_skill_retake(pages: Sequence[Page]) -> Field | None:
    """The result of an IELTS One Skill Retake, from a title-like line or a field that says so."""
    for page in pages:
        for line in page.lines:
            m = ONE_SKILL_RETAKE.search(line.text)
            if m is None:
                continue
            after = line.text[m.end() :].lstrip()
            if _title_like(line.text, 12) or after.startswith(":"):
                return Hit(page.number, line.words).field(True, 0.9)
    return None


class LanguageTestExtractor:
    """Reads IELTS, CELPIP, PTE, TEF Canada and TCF Canada result documents."""

    kind = "language_test"

    def recognise(self, text: str) -> float:
        return keyword_score(text, SIGNALS)

    def extract(self, pages: Sequence[Page]) -> dict[str, Field]:
        idx = TextIndex(pages)
        fields: dict[str, Field] = {}
        test = self._test(pages, idx, fields)
        for ability in ABILITIES:
            put(fields, ability, self._ability(pages, ability, test or ""))
        self._person(pages, fields)
        order: Order | None = "dmy" if FAMILY.get(test or "") in ("tef", "tcf", "ielts") else None
        for name, label in (
            ("test_date", TEST_DATE),
            ("result_date", RESULT_DATE),
            ("date_of_birth", DOB),
        ):
            hit = label_value(pages, label, lambda s: bool(find_dates(s, order)))
            if hit is not None:
                d = find_dates(hit.text, order)[0]
                put(fields, name, hit.field(d.value, d.confidence))
        if "test_date" not in fields:
            hit = label_value(pages, PLAIN_DATE, lambda s: bool(find_dates(s, order)))
            if hit is not None:
                d = find_dates(hit.text, order)[0]
                put(fields, "test_date", hit.field(d.value, d.confidence * 0.9))

        if "result_date" not in fields:
            plain = list(iter_label_values(pages, PLAIN_DATE, lambda s: bool(find_dates(s, order))))
            if len(plain) >= 2:  # a second bare "Date" (by the signature) is the issue date
                d = find_dates(plain[-1].text, order)[0]
                put(fields, "result_date", plain[-1].field(d.value, d.confidence * 0.8))
        put(fields, "report_number", _report_number(pages, FAMILY.get(test or "")))
        return self._with_engine(pages, fields, FAMILY.get(test or "", ""))

    def _test(self, pages: Sequence[Page], idx: TextIndex, fields: dict[str, Field]) -> str | None:
        """The test and version: an IELTS module from its tick, its own field or a title;
        the others by name. Put in `fields["test"]` when known; the family is returned even
        when the module is not (the scores are IELTS bands either way)."""
        test: str | None = None
        for test_id, pattern in TESTS:
            m = pattern.search(idx.text)
            if m:
                test = test_id
                if not test_id.startswith("ielts_"):
                    # A plain TEF or TCF may be a Canada version whose "Canada" was not read
                    # (0.7), unless another version of the test is named right after it.
                    sure = "_" in test_id or _OTHER_VERSION.search(idx.text) is not None
                    put(
                        fields,
                        "test",
                        idx.field(test_id, m.start(), m.end(), 1.0 if sure else 0.7),
                    )
                    return test
                break
        if test is None and not re.search(r"\bIELTS\b", idx.text):
            return None
        retake = _one_skill_retake(pages)
        if retake is not None:
            fields["one_skill_retake"] = retake
        ticked = _ticked_module(pages)
        if ticked is not None:
            put(fields, "test", ticked[1])
            return ticked[0]
        module = find_fields(pages, spec_for("ielts"), keep_helpers=True).get("module")
        if module is not None and module.value not in _IELTS_MODULES:
            module = None
        titled = _title_module(pages)
        # the module field as a form prints it; a title naming one module outranks a module
        # read from a sentence ("... module. The Academic module is not reported")
        if module is not None and module.confidence >= max(
            0.6, titled[1].confidence if titled else 0
        ):
            put(fields, "test", module)
            return str(module.value)
        if titled is not None:
            put(fields, "test", titled[1])
            return titled[0]
        both = _NAMES_ACADEMIC.search(idx.text) and _NAMES_GENERAL.search(idx.text)
        if test is not None and not both:
            m = dict(TESTS)[test].search(idx.text)
            if m is not None:
                put(fields, "test", idx.field(test, m.start(), m.end(), 0.9))
            return test
        return test or "ielts_general_training"  # the module unknown: the scores are bands

    def _with_engine(
        self, pages: Sequence[Page], fields: dict[str, Field], family: str
    ) -> dict[str, Field]:
        """The fields the shared engine reads (lexicons/language_test.yaml) where the
        readings above found none, or in place of theirs for the fields it reads better."""
        found = find_fields(pages, spec_for(family))
        for name, f in found.items():
            if name in SCORED and not _score_ok(family, name, f.value):
                continue
            if name not in fields or name in ENGINE_FIRST:
                fields[name] = f
        # One printed date read for two fields: it is the one its own label names (the
        # engine's, whose labels are matched as a whole), never both.
        taken = {n: f for n, f in fields.items() if n in _DATES}
        for name, f in taken.items():
            for other, g in taken.items():
                if other != name and f.bbox == g.bbox and f.page == g.page:
                    if name not in found or found[name].bbox != f.bbox:
                        fields.pop(name, None)
        return fields

    def _ability(self, pages: Sequence[Page], ability: str, test: str) -> Field | None:
        """The ability's score: in the label's cell, the next cells of its row, a score
        printed larger beside the label (a boxed overall), or the row below a header row."""
        lo, hi = _range(test, ability)
        label = ABILITIES[ability]
        # A value in the same cell or row, right of the label.
        for page in pages:
            page_rows = rows(page)
            for r_i, row in enumerate(page_rows):
                row_cells = cells(row)
                for c_i, cell in enumerate(row_cells):
                    text = " ".join(w.text for w in cell)
                    m = label.search(text)
                    if not m or (len(m.group(0)) == 2 and m.start() > 0):
                        continue
                    rest = text[m.end() :]
                    score = _score_in(rest, lo, hi, test, ability)
                    if score is not None:
                        return _cell_field(
                            page.number,
                            cell,
                            m.end() + score[1],
                            m.end() + score[2],
                            score[0],
                            score[3],
                        )
                    for nxt in row_cells[c_i + 1 : c_i + 3]:
                        t = " ".join(w.text for w in nxt)
                        if any(p.search(t) for p in ABILITIES.values()):
                            break
                        score = _score_in(t, lo, hi, test, ability)
                        if score is not None:
                            return Hit(page.number, nxt).field(score[0], score[3])
                    big = _beside(page, cell)
                    if big is not None:
                        t = " ".join(w.text for w in big)
                        score = _score_in(t, lo, hi, test, ability)
                        if score is not None and not any(p.search(t) for p in ABILITIES.values()):
                            return Hit(page.number, big).field(score[0], 0.95 * score[3])
                    # A header row of abilities with the scores on the row below.
                    x0, x1 = cell[0].bbox[0], cell[-1].bbox[2]
                    for below in page_rows[r_i + 1 : r_i + 3]:
                        for c in cells(below):
                            if min(x1, c[-1].bbox[2]) - max(x0, c[0].bbox[0]) > 0:
                                t = " ".join(w.text for w in c)
                                if len(c) > 3:
                                    continue  # a sentence under the table, not a score's cell
                                score = _score_in(t, lo, hi, test, ability)
                                if score is not None and not any(
                                    p.search(t) for p in ABILITIES.values()
                                ):
                                    return Hit(page.number, c).field(score[0], 0.95 * score[3])
        return None

    def _person(self, pages: Sequence[Page], fields: dict[str, Field]) -> None:
        def ok(s: str) -> bool:
            return clean_person_name(s)[0] is not None

        fam = label_value(pages, FAMILY_NAME, ok)
        given = label_value(pages, GIVEN_NAME, ok)
        if fam is not None and given is not None:
            name = f"{clean_person_name(given.text)[0]} {clean_person_name(fam.text)[0]}"
            words = given.words + fam.words if given.page == fam.page else given.words
            put(
                fields,
                "candidate_name",
                Hit(given.page, words).field(name, 1.0, f"{given.text} {fam.text}"),
            )
            return
        hit = label_value(pages, NAME_LABEL, ok)
        if hit is not None:
            person, conf = clean_person_name(hit.text)
            put(fields, "candidate_name", hit.field(person, conf))


def _code(text: str) -> bool:
    words = text.split()
    return (
        bool(_REPORT_VALUE.match(text.strip()))
        and bool(re.search(r"\d", text))
        and all(_CODE_WORD.match(w) for w in words)
    )


def _trf(text: str) -> bool:
    return bool(TRF_VALUE.match(re.sub(r"[\s\-]", "", text)))


def _report_number(pages: Sequence[Page], family: str | None) -> Field | None:
    """The report's own number: the TRF number of an IELTS form (never the candidate number:
    a form without its TRF strip has no report number), the registration ID, score report
    code or attestation number of the others, whose test taker's number is kept only when
    the report shows no number of its own."""
    if family == "ielts":
        hit = label_value(pages, REPORT_NO, _trf, stop=NEXT_LABEL)
        if hit is not None:
            return hit.field(re.sub(r"[\s\-]", "", hit.text), 1.0)
        for page in pages:
            for line in page.lines:
                m = TRF_SHAPE.search(line.text)
                if m:
                    words = words_of_span(line.words, m.start(), m.end()) or list(line.words)
                    return Hit(page.number, tuple(words)).field(m.group(0), 0.8)
        return None
    hit = label_value(pages, REPORT_NO, _code, stop=NEXT_LABEL) or label_value(
        pages, CANDIDATE_NO, _code, stop=NEXT_LABEL
    )
    if hit is None:
        return None
    return hit.field(hit.text.strip().replace(" ", ""), 1.0)


def _beside(page: Page, cell) -> tuple | None:
    """The words right of a label cell printed larger than it, whose height spans the label's
    middle (a boxed overall score in a bigger font sits a little off the label's row)."""
    mid = (cell[0].bbox[1] + cell[-1].bbox[3]) / 2
    h = cell[-1].bbox[3] - cell[-1].bbox[1]
    right = cell[-1].bbox[2]
    near = sorted(
        (w for w in page.words if w.bbox[0] >= right and w.bbox[1] <= mid <= w.bbox[3]),
        key=lambda w: w.bbox[0],
    )
    if not near or near[0].bbox[0] - right > 12 * h:
        return None
    first = near[0]
    if first.bbox[3] - first.bbox[1] < 1.3 * h:
        return None  # same size: the row's own cells, already looked at
    return (first,)


# Both IELTS modules printed as options (a form with tick boxes), not one named in a sentence.
_BOTH_MODULES_A = re.compile(r"\bACADEMIC\b|(?:^|\n)Academic(?:\s|$)", re.M)
_BOTH_MODULES_G = re.compile(r"\bGENERAL\s+TRAINING\b|(?:^|\n)General\s+Training(?:\s|$)", re.M)

_MODULES = {
    "ielts_academic": rx(r"^academic$"),
    "ielts_general_training": rx(r"^general\s+training$"),
}
_MARK = re.compile(r"^(?:[xX✓✔☒■●]|\[x\])$")


_EMPTY_BOX = re.compile(r"^(?:[☐□❑○◯]|\[\s?\]|\(\s?\))$")
_OPTION_EDGE = "[](){}:;,.|"


def _module_options(row: Sequence[Word]) -> list[tuple[str, int, int]]:
    """The IELTS module options printed in a row: (test id, first word, last word)."""
    out: list[tuple[str, int, int]] = []
    texts = [w.text.strip(_OPTION_EDGE).lower() for w in row]
    for i, t in enumerate(texts):
        if t in ("academic", "académique"):
            out.append(("ielts_academic", i, i))
        elif t == "general" and i + 1 < len(texts) and texts[i + 1] == "training":
            out.append(("ielts_general_training", i, i + 1))
    return out


def _ticked_module(pages: Sequence[Page]) -> tuple[str, Field] | None:
    """The IELTS module ticked on a form that prints both options with one mark among them.

    The mark belongs to the option it touches in reading order; a mark between the two goes
    with the option on the side where the other option has its empty box (boxes printed
    before their labels, or after), else with the nearer one.
    """
    for page in pages:
        for row in rows(page):
            options = _module_options(row)
            if len(options) != 2 or {o[0] for o in options} != set(_IELTS_MODULES):
                continue
            marks = [j for j, w in enumerate(row) if _MARK.match(w.text)]
            if len(marks) != 1:
                continue
            m = marks[0]
            after = [o for o in options if o[2] + 1 == m]  # the mark right after the option
            before = [o for o in options if o[1] - 1 == m]  # the mark right before it
            empties = {j for j, w in enumerate(row) if _EMPTY_BOX.match(w.text)}
            chosen = None
            if after and before:
                a, b = after[0], before[0]
                if b[2] + 1 in empties or a[1] - 1 in empties:
                    chosen = b if a[1] - 1 in empties else a
                else:
                    gap_a = row[m].bbox[0] - row[a[2]].bbox[2]
                    gap_b = row[b[1]].bbox[0] - row[m].bbox[2]
                    chosen = a if gap_a < gap_b else b
            elif after or before:
                chosen = (after or before)[0]
            if chosen is not None:
                name = chosen[0]
                words = tuple(row[chosen[1] : chosen[2] + 1]) + (row[m],)
                return name, Hit(page.number, words).field(name, 0.9)
    return None


def _cell_field(
    page: int, cell, start: int, end: int, value: float, confidence: float = 1.0
) -> Field:
    from extractors.layout import words_of_span

    words = words_of_span(cell, start, end) or list(cell)
    return Hit(page, tuple(words)).field(value, confidence)


EXTRACTOR = LanguageTestExtractor()
