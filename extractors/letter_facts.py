"""What a reference letter says about the kind of work, read in context: dated leave,
self-employment, unpaid or volunteer work, fee-for-service pay.

Each fact is read where it is stated, with its negation ("she is not self-employed") and its
context ("two paid volunteer days" is a benefit, "approved unpaid leave March 1-31, 2025" is a
month of leave, neither is unpaid work). A fact the letter does not state is absent; a
statement and its negation both give a value (True or False) with the words as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.models import Field, Record
from extractors.base import TextIndex, rx
from extractors.parse.date_ranges import DateRange, find_ranges

# A leave and its kind (CONTRACT.md: parental | maternity | sick | unpaid | other).
_LEAVE = rx(
    r"\b(?:(?P<kind>parental|paternity|maternity|pregnancy|sick|medical|disability|unpaid|"
    r"personal|compassionate|bereavement|educational|study|family)\s+leave"
    r"|leave\s+of\s+absence|leave\s+without\s+pay|unpaid\s+leave\s+of\s+absence|on\s+leave"
    r"|congé\s+(?P<fkind>parental|de\s+maternité|de\s+paternité|de\s+maladie|sans\s+solde|"
    r"sans\s+(?:traitement|salaire|rémunération)|non\s+rémunéré|personnel|d['’]invalidité|"
    r"familial|d['’]études)"
    r"|congé\b)"
)
_KINDS = (
    ("parental", r"parental|paternit"),
    ("maternity", r"maternit|pregnancy"),
    ("sick", r"sick|medical|disabilit|maladie|invalidit"),
    ("unpaid", r"unpaid|without\s+pay|sans\s+(?:solde|traitement|salaire|rémun)|non\s+rémun"),
)
# Statements about the work itself. "unpaid" and "volunteer" must qualify the work or the
# person's role: "two paid volunteer days" (a benefit) and "unpaid leave" (a leave) do not.
_UNPAID_WORK = rx(
    r"\b(?:unpaid|non[- ]paid)\s+(?:intern(?:ship)?|position|role|placement|work|job|basis|"
    r"volunteer|trainee(?:ship)?|practicum|co-?op|apprenticeship|experience)\b"
    # "as a volunteer" ends its clause: "as a volunteer coordinator" is a (paid) job title.
    r"|\b(?:as\s+an?|on\s+an?|in\s+an?|was\s+an?|is\s+an?)\s+(?:unpaid\s+)?volunteer"
    r"(?:\s+(?:basis|capacity|position|role))?(?=\s*(?:[,.;)]|$|\s+(?:from|since|with|at|for|"
    r"in|on|between|during|until|and)\b))"
    r"|\bvolunteer\s+(?:position|role|work|capacity|basis)\b"
    r"|\bvolunteered\s+(?:with|at|for)\s+(?:us|our|the\s+(?:company|organi[sz]ation))\b"
    r"|\bvolunteered\s+as\b"
    r"|\b(?:worked|served|work|serves|working)\s+(?:\w+\s+){0,2}(?:without|with\s+no)\s+"
    r"(?:pay|remuneration|compensation|salary|wages?)\b"
    r"|\b(?:received|receives|was\s+paid|is\s+paid)\s+no\s+(?:pay|salary|wages?|remuneration)\b"
    r"|\b(?:à\s+titre|en\s+tant\s+que|comme)\s+(?:de\s+)?bénévole\b"
    r"|\b(?:travail|poste|stage|activité|emploi)s?\s+(?:bénévoles?|non\s+rémunérée?s?)\b"
    r"|\b(?:bénévolement|sans\s+rémunération)\b"
)
_SELF_EMPLOYED = rx(
    r"\b(?:self[- ]employed|self[- ]employment|travailleu(?:r|se)\s+autonome|"
    r"sole\s+proprietor(?:ship)?|independent\s+contractor|travailleu(?:r|se)\s+indépendante?|"
    r"à\s+son\s+(?:propre\s+)?compte|(?:my|his|her)\s+own\s+business|freelancer?|pigiste|"
    r"(?:as\s+an?|is\s+an?|was\s+an?|en\s+tant\s+que)\s+(?:external\s+|outside\s+)?"
    r"(?:contractor|consultant\s+on\s+contract|sous-traitant(?:e)?|entrepreneur)|"
    r"invoices?\s+(?:us|the\s+company)|fee[- ]for[- ]service\s+contract)"
)
_FEE_FOR_SERVICE = rx(
    r"\bfee[- ]for[- ]service\b|\b(?:rémunération|paiement|payée?s?)\s+à\s+l['’]acte\b"
)
# A negation close before a statement: "is not self-employed", "rather than a contractor",
# "n'est pas travailleur autonome", "was never a volunteer".
_NEGATION = rx(
    r"(?:\b(?:not|never|no|no\s+longer|neither|nor|rather\s+than|instead\s+of|not\s+as|aucun|"
    r"pas|jamais|plutôt\s+que|et\s+non)\b|n['’](?:est|était|a\s+jamais\s+été)\s+pas)"
    r"(?:\s+[\w'’-]+){0,3}\s*$"
)


@dataclass(frozen=True)
class Leave:
    """A dated leave the letter states, and where."""

    period: DateRange
    kind: str
    word_start: int
    word_end: int


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or table row) around `pos`: bounded by a full stop and a space, a blank
    line, a semicolon or a bullet."""
    stops = [m.end() for m in re.finditer(r"\.\s+(?=[A-ZÀ-Ý])|\n\s*\n|;|•", text[:pos])]
    start = stops[-1] if stops else 0
    m = re.compile(r"\.\s+(?=[A-ZÀ-Ý])|\.\s*$|\n\s*\n|;|•").search(text, pos)
    return start, (m.start() if m else len(text))


def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION.search(text[max(0, start - 40) : start]))


def _kind(words: str) -> str:
    for kind, pattern in _KINDS:
        if re.search(pattern, words, re.IGNORECASE):
            return kind
    return "other"


def find_leave(text: str) -> list[Leave]:
    """Every dated leave: a leave word and a period in the same sentence, not negated."""
    ranges = find_ranges(text)
    out: list[Leave] = []
    used: set[int] = set()
    for m in _LEAVE.finditer(text):
        if _negated(text, m.start()):
            continue
        s, e = _sentence(text, m.start())
        near = [
            (abs(r.offset - m.end()) if r.offset >= m.end() else abs(m.start() - r.stop), i, r)
            for i, r in enumerate(ranges)
            if i not in used and s <= r.offset and r.stop <= e + 1
        ]
        if not near:
            continue
        _, i, period = min(near, key=lambda n: n[0])
        used.add(i)
        out.append(Leave(period, _kind(m.group(0)), m.start(), m.end()))
    return out


def leave_field(idx: TextIndex, leaves: list[Leave]) -> Field | None:
    """The `leave` field: one record per period (start, end, kind), each with its evidence."""
    items = []
    for leave in leaves:
        p = leave.period
        start = idx.field(p.start, p.offset, p.stop, p.confidence)
        end = idx.field(p.end, p.offset, p.stop, p.confidence)
        kind = idx.field(leave.kind, leave.word_start, leave.word_end, 0.95)
        if start is None or end is None or kind is None:
            continue
        items.append(Record((("start", start), ("end", end), ("kind", kind))))
    if not items:
        return None
    first = leaves[0]
    text = "; ".join(
        idx.text[min(x.word_start, x.period.offset) : max(x.word_end, x.period.stop)]
        for x in leaves
    )
    conf = min(min(f.confidence for _, f in r.fields) for r in items)
    return idx.field(
        tuple(items),
        min(first.word_start, first.period.offset),
        max(first.word_end, first.period.stop),
        conf,
        text=text,
    )


# A sentence about what the employer offers, not about the work: "Benefits include two paid
# volunteer days", "she is entitled to ...".
_PERKS = rx(
    r"\b(?:benefits?|perks?|avantages?|entitled|eligible|admissible|a\s+droit|offers?|offre)\b"
)


def _statement(
    idx: TextIndex,
    pattern: re.Pattern[str],
    skip: list[tuple[int, int]],
    perks: bool = False,
) -> Field | None:
    """True where the text states it, False where it states its negation; the first
    statement that is not inside a skipped span (a leave, a list of benefits) nor, with
    `perks`, in a sentence about benefits."""
    text = idx.text
    for m in pattern.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        if perks and _PERKS.search(text[slice(*_sentence(text, m.start()))]):
            continue
        value = not _negated(text, m.start())
        s = m.start()
        if not value:
            neg = _NEGATION.search(text[max(0, m.start() - 40) : m.start()])
            s = max(0, m.start() - 40) + (neg.start() if neg else 0)
        return idx.field(value, s, m.end(), 0.9 if value else 0.85)
    return None


def kind_of_work_fields(idx: TextIndex, benefits: Field | None) -> dict[str, Field]:
    """`leave`, `self_employed`, `unpaid`, `fee_for_service`, each where the letter states it."""
    out: dict[str, Field] = {}
    leaves = find_leave(idx.text)
    skip = [(x.word_start, x.period.stop) for x in leaves]
    skip += [(x.period.offset, x.word_end) for x in leaves]
    skip += [_sentence(idx.text, x.word_start) for x in leaves]
    if benefits is not None:
        at = idx.text.find(benefits.text)
        if at >= 0:
            skip.append((at, at + len(benefits.text)))
    for name, f in (
        ("leave", leave_field(idx, leaves)),
        ("self_employed", _statement(idx, _SELF_EMPLOYED, [])),
        ("unpaid", _statement(idx, _UNPAID_WORK, skip, perks=True)),
        ("fee_for_service", _statement(idx, _FEE_FOR_SERVICE, [])),
    ):
        if f is not None:
            out[name] = f
    return out


def leave_spans(idx: TextIndex) -> list[tuple[int, int]]:
    """Where the letter's leave periods are written: their dates are not a position's."""
    return [(x.period.offset, x.period.stop) for x in find_leave(idx.text)]
