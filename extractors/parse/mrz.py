"""Machine-readable zones (ICAO 9303): TD1, TD2, TD3, visas; repaired by field type and check digit.

An OCR'd zone is rarely exact: `<` is read `K`, `C` or `E`, `0` is read `O`, a character is
dropped or doubled. Each position is repaired by what its field may hold (a date holds digits, a
nationality letters), and where a field has a check digit, the repair that makes it verify is
chosen among the look-alike characters (a bounded search); the composite check digit must hold
too. A zone is `valid` only when every check digit holds. Names carry no check digit: their
filler is repaired in `mrz_names.py`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from extractors.parse.mrz_names import MrzName, split_name

_WEIGHTS = (7, 3, 1)
_LINE_CHARS = re.compile(r"[^A-Z0-9<]")
# Look-alike characters OCR exchanges in the OCR-B font, in both directions.
TO_DIGIT = str.maketrans("OQDUILJTZSGBA", "0001111725684")
TO_LETTER = str.maketrans("0125684", "OIZSGBA")
_LOOKALIKES: dict[str, str] = {
    "0": "OQD",
    "O": "0Q",
    "Q": "0O",
    "D": "0O",
    "1": "IL",
    "I": "1L",
    "L": "1I",
    "2": "Z",
    "Z": "2",
    "5": "S",
    "S": "5",
    "6": "G",
    "G": "6",
    "8": "B",
    "B": "8",
    "4": "A",
    "A": "4",
    "7": "T1",
    "T": "7",
    "3": "8",
    "9": "",
}
_ROUND_ZERO = str.maketrans("OQD", "000")
# Digits OCR exchanges among themselves, tried only where a field holds digits.
_DIGIT_LOOKALIKES = {"1": "7", "7": "1", "3": "8", "8": "36", "5": "6", "6": "58", "0": "8"}
CHEAP_SUBSTITUTION = 0.5  # a letter inside a run of digits read for the digit it resembles
LINE_LENGTHS = {"TD1": 30, "TD2": 36, "TD3": 44, "MRV-A": 44, "MRV-B": 36}
# What the first letter of the document code says the document is (ICAO 9303 part 4-6).
DOCUMENT_TYPES = {
    "P": "passport",
    "V": "visa",
    "I": "identity card",
    "A": "identity or travel document",
    "C": "identity or travel document",
}


def char_value(c: str) -> int:
    """The ICAO value of an MRZ character: digits as is, A=10..Z=35, filler '<' = 0."""
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - 55
    return 0


def check_digit(data: str) -> int:
    """The ICAO 9303 check digit of a field (weights 7, 3, 1 repeating, modulo 10)."""
    return sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(data)) % 10


def _digit_ok(data: str, check: str) -> bool:
    if check == "<":
        check = "0"
    return check.isdigit() and check_digit(data) == int(check)


_EDGE_JUNK = re.compile(r"^[^A-Za-z0-9<«‹]+|[^A-Za-z0-9<«‹]+$")


def clean_line(raw: str) -> str:
    """An OCR'd MRZ line: specks at its ends dropped ("| P<UTO...", "-FX20..."), upper-case,
    spaces dropped, look-alikes of '<' turned into '<'."""
    t = _EDGE_JUNK.sub("", raw)
    t = t.upper().replace("«", "<<").replace("‹", "<").replace(" ", "")
    return _LINE_CHARS.sub("<", t)


@dataclass(frozen=True)
class Mrz:
    """What a machine-readable zone says, which check digits hold, and how sure each part is."""

    format: str  # TD1, TD2, TD3, MRV-A, MRV-B
    document_code: str  # "P", "PA", "V", "I<" stripped of filler: "P", "PA", "V", "I"
    issuing_state: str
    surname: str
    given_names: str
    number: str
    nationality: str
    date_of_birth: dt.date | None
    sex: str
    expiry_date: dt.date | None
    checks: dict[str, bool] = field(default_factory=dict)
    repaired: tuple[str, ...] = ()  # fields whose check digit holds only after a repair
    name: MrzName | None = None
    lines: tuple[str, ...] = ()
    edits: int = 0  # characters dropped or fillers put back to fit the lines to the format
    repair_cost: float = 0.0  # the cost of the look-alike substitutions made

    @property
    def corrections(self) -> float:
        """What the reading needed: edits (1 each) and look-alike substitutions (their cost:
        0.5 for a letter inside digits, 1 or more otherwise). Beyond 1, check digits that
        hold may hold by chance."""
        return self.edits + self.repair_cost

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    @property
    def document_type(self) -> str:
        """ "passport", "visa", "identity card", ...: what the document code says."""
        return DOCUMENT_TYPES.get(self.document_code[:1], "travel document")

    @property
    def passport_number(self) -> str:
        return self.number

    @property
    def full_name(self) -> str:
        """Given names, then surname, as the MRZ spells them."""
        return " ".join(p for p in (self.given_names, self.surname) if p)


def _date(yymmdd: str) -> tuple[int, int, int] | None:
    if not yymmdd.isdigit() or len(yymmdd) != 6:
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return None
    return yy, mm, dd


def _make_date(parts: tuple[int, int, int] | None, year: int) -> dt.date | None:
    if parts is None:
        return None
    try:
        return dt.date(year, parts[1], parts[2])
    except ValueError:
        return None


def _dates(dob_raw: str, exp_raw: str) -> tuple[dt.date | None, dt.date | None]:
    """Dates of birth and expiry with their centuries: an expiry from 2070 on is a past one
    (1970-1999), and a birth is in the latest century that puts it before the expiry."""
    exp_p, dob_p = _date(exp_raw), _date(dob_raw)
    expiry = None
    if exp_p is not None:
        expiry = _make_date(exp_p, (1900 if exp_p[0] >= 70 else 2000) + exp_p[0])
    dob = None
    if dob_p is not None:
        year = 2000 + dob_p[0]
        limit = expiry.year if expiry is not None else 2040
        if year > limit:
            year -= 100
        dob = _make_date(dob_p, year)
    return dob, expiry


# --- check-digit repair ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    """One checked field as read: its characters, its check character, what it may hold."""

    name: str
    data: str
    check: str
    digits_only: bool  # dates: digits only; numbers and optional data: letters and digits


_ROUND_RUN = re.compile(r"(?<=[0-9])[OQ]+|(?<=.)[OQ]+(?=[0-9])")  # not the opening letter


def _typed(f: _Field) -> tuple[str, str]:
    """A field as its type reads it: a date's letters as the digits they resemble; in a
    number, round letters touching digits as zeros ("BDOOO2028" -> "BD0002028": numbers
    avoid the letter O for this very confusion); the check character as a digit."""
    if f.digits_only:
        data = f.data.translate(TO_DIGIT)
    else:
        data = f.data
        while True:
            typed = _ROUND_RUN.sub(lambda m: "0" * len(m.group()), data)
            if typed == data:
                break
            data = typed
    check = f.check.translate(TO_DIGIT)
    return data, check


def _substitution_cost(typed: str, i: int, new: str) -> float:
    """How likely OCR made this mistake, as a cost: a letter inside a run of digits was most
    likely a digit (cheap); a digit turned into a letter after the letter prefix is unlikely."""
    old = typed[i]
    if old.isdigit() and new.isdigit():  # nothing about the place says the digit is wrong
        return 1.25
    # a neighbour that is a digit, or a round letter beside it that stands for one ("TOO0")
    near_digit = any(
        0 <= j < len(typed) and typed[j].translate(_ROUND_ZERO).isdigit() for j in (i - 1, i + 1)
    )
    if old.isalpha() and new.isdigit():
        return 0.5 if near_digit else 1.5
    return 0.75 if i <= 1 else 2.0  # letters open a number, if any: at most two of them


def _candidates(f: _Field) -> list[tuple[str, str, float]]:
    """Readings of a field (data, check, cost) whose check digit holds, cheapest first.

    The reading as typed (cost 0) when it verifies; otherwise each single look-alike
    substitution that makes it verify (a date must also be a date). Empty when none does.
    """
    data, check = _typed(f)

    def ok(d: str, c: str) -> bool:
        if f.digits_only and _date(d) is None:
            return False
        return _digit_ok(d, c)

    if ok(data, check):
        return [(data, check, 0.0)]
    raw_check = f.check.translate(TO_DIGIT)
    if not f.digits_only and data != f.data and ok(f.data, raw_check):
        return [(f.data, raw_check, 0.0)]  # a real O beside digits: the field says so itself
    chars = data + check
    n = len(data)
    singles: list[tuple[int, str, float]] = []
    for i, c in enumerate(chars):
        if i == n or f.digits_only:  # a check digit or a date: digits only
            alts = set(_DIGIT_LOOKALIKES.get(c, ""))
        else:
            alts = set(_LOOKALIKES.get(c, "") + _DIGIT_LOOKALIKES.get(c, ""))
        for a in sorted(alts):
            cost = 1.25 if i == n else _substitution_cost(chars[:n], i, a)
            singles.append((i, a, cost))
    found: list[tuple[str, str, float]] = []
    for i, a, cost in singles:
        trial = chars[:i] + a + chars[i + 1 :]
        if ok(trial[:n], trial[n]):
            found.append((trial[:n], trial[n], cost))
    # Two substitutions, only where both are the cheapest kind ("LTOO00000": O inside digits).
    cheap = [t for t in singles if t[2] <= CHEAP_SUBSTITUTION]
    for (i, a, c1), (j, b, c2) in itertools.combinations(cheap, 2):
        if i == j:
            continue
        pair = list(chars)
        pair[i], pair[j] = a, b
        t = "".join(pair)
        if ok(t[:n], t[n]):
            found.append((t[:n], t[n], c1 + c2))
    return sorted(found, key=lambda t: t[2])


@dataclass(frozen=True)
class _Solved:
    values: dict[str, tuple[str, str]]  # field -> (data, check)
    checks: dict[str, bool]
    repaired: tuple[str, ...]
    changes: float  # the cost of the substitutions made

    @property
    def key(self) -> tuple[int, float]:
        """Fewest failing check digits first, then the cheapest repair."""
        return -sum(not ok for ok in self.checks.values()), -self.changes


Layout = Callable[[dict[str, tuple[str, str]]], str]


def _solve(fields: Sequence[_Field], composite: str | None, layout: Layout) -> tuple[_Solved, bool]:
    """The repair of each checked field that makes the most check digits hold, fewest
    substitutions first, and whether another repair does as well with other values.

    `composite` is the composite check character or None; `layout` builds the composite's
    data from the chosen field values.
    """
    per_field: list[list[tuple[str, str, float]]] = []
    for f in fields:
        cands = _candidates(f)
        if not cands:
            data, check = _typed(f)
            cands = [(data, check, -1.0)]  # -1: does not verify
        per_field.append(cands[:16])
    best: _Solved | None = None
    ambiguous = False
    for combo in itertools.product(*per_field):
        values = {f.name: (d, c) for f, (d, c, _) in zip(fields, combo, strict=True)}
        checks = {f.name: k >= 0 for f, (_, _, k) in zip(fields, combo, strict=True)}
        changes = sum(max(k, 0) for _, _, k in combo)
        if composite is not None:
            checks["composite"] = _digit_ok(layout(values), composite.translate(TO_DIGIT))
        repaired = tuple(f.name for f, (_, _, k) in zip(fields, combo, strict=True) if k > 0)
        trial = _Solved(values, checks, repaired, changes)
        if best is None or trial.key > best.key:
            best, ambiguous = trial, False
        elif _tie(trial.key, best.key) and values != best.values:
            ambiguous = True
    assert best is not None
    return best, ambiguous


def _tie(a: tuple[int, float], b: tuple[int, float]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) < 0.2


def _unproven(s: _Solved) -> _Solved:
    """A repair that another repair matches: the repaired fields (and the composite) fail."""
    checks = dict(s.checks)
    for name in s.repaired:
        checks[name] = False
    if s.repaired and "composite" in checks:
        checks["composite"] = False
    return _Solved(s.values, checks, s.repaired, s.changes)


# --- the formats -----------------------------------------------------------------------------


def _fit(line: str, n: int) -> str:
    return (line + "<" * n)[:n]


def _alpha(s: str) -> str:
    return s.translate(TO_LETTER)


@dataclass(frozen=True)
class _Layout:
    """Where a format keeps its checked fields: (line, start, end) of data, (line, index) of
    the check character, and the composite's parts."""

    lines: int
    length: int
    number: tuple[int, int, int]
    dob: tuple[int, int, int]
    expiry: tuple[int, int, int]
    optional: tuple[int, int, int] | None  # data checked by its own digit (TD3 personal number)
    composite: tuple[int, int] | None
    composite_parts: tuple[tuple[int, int, int], ...]  # raw slices between the checked fields
    name: tuple[int, int, int]
    nationality: tuple[int, int, int]
    sex: tuple[int, int]


_FORMATS = {
    "TD3": _Layout(
        2, 44, (1, 0, 9), (1, 13, 19), (1, 21, 27), (1, 28, 42), (1, 43), (),
        (0, 5, 44), (1, 10, 13), (1, 20),
    ),
    "MRV-A": _Layout(
        2, 44, (1, 0, 9), (1, 13, 19), (1, 21, 27), None, None, (),
        (0, 5, 44), (1, 10, 13), (1, 20),
    ),
    "TD2": _Layout(
        2, 36, (1, 0, 9), (1, 13, 19), (1, 21, 27), None, (1, 35), ((1, 28, 35),),
        (0, 5, 36), (1, 10, 13), (1, 20),
    ),
    "MRV-B": _Layout(
        2, 36, (1, 0, 9), (1, 13, 19), (1, 21, 27), None, None, (),
        (0, 5, 36), (1, 10, 13), (1, 20),
    ),
    "TD1": _Layout(
        3, 30, (0, 5, 14), (1, 0, 6), (1, 8, 14), None, (1, 29), ((0, 15, 30), (1, 18, 29)),
        (2, 0, 30), (1, 15, 18), (1, 7),
    ),
}  # fmt: skip


def _read(
    fmt: str, lines: Sequence[str], printed: Sequence[str], name_raw: str = ""
) -> tuple[Mrz, _Solved, bool]:
    """One reading of fitted lines in a format: its Mrz, the repair behind it, and whether
    another repair of the same lines does as well."""
    lay = _FORMATS[fmt]
    ls = [_fit(x, lay.length) for x in lines]

    def cut(spec: tuple[int, int, int]) -> str:
        return ls[spec[0]][spec[1] : spec[2]]

    def after(spec: tuple[int, int, int]) -> str:
        return ls[spec[0]][spec[2]]

    fields = [
        _Field("number", cut(lay.number), after(lay.number), False),
        _Field("date_of_birth", cut(lay.dob), after(lay.dob), True),
        _Field("expiry_date", cut(lay.expiry), after(lay.expiry), True),
    ]
    if lay.optional is not None and cut(lay.optional).strip("<"):
        fields.append(_Field("optional", cut(lay.optional), after(lay.optional), False))

    empty_check = ls[1][42].translate(TO_DIGIT) if fmt == "TD3" else ""

    def composite_data(v: dict[str, tuple[str, str]]) -> str:
        num, dob, exp = v["number"], v["date_of_birth"], v["expiry_date"]
        if fmt == "TD3":
            opt = "".join(v["optional"]) if "optional" in v else ls[1][28:42] + empty_check
            return "".join(num) + "".join(dob) + "".join(exp) + opt
        if fmt == "TD1":
            return "".join(num) + cut((0, 15, 30)) + "".join(dob) + "".join(exp) + cut((1, 18, 29))
        return "".join(num) + "".join(dob) + "".join(exp) + cut((1, 28, 35))

    comp = None if lay.composite is None else ls[lay.composite[0]][lay.composite[1]]
    solved, ambiguous = _solve(fields, comp, composite_data)
    dob, expiry = _dates(solved.values["date_of_birth"][0], solved.values["expiry_date"][0])
    # The name as read, not padded: filler look-alikes that run to the line's end show noise.
    raw = name_raw[lay.name[1] : lay.name[2]] if name_raw else cut(lay.name)
    name = split_name(_alpha(raw), printed, misread=bool(re.search(r"\d", raw)))
    mrz = Mrz(
        format=fmt,
        document_code=_alpha(ls[0][0:2]).strip("<"),
        issuing_state=_alpha(ls[0][2:5]).strip("<"),
        surname=name.surname,
        given_names=name.given_names,
        number=solved.values["number"][0].strip("<"),
        nationality=_alpha(cut(lay.nationality)).strip("<"),
        date_of_birth=dob,
        sex=ls[lay.sex[0]][lay.sex[1]],
        expiry_date=expiry,
        checks=solved.checks,
        repaired=solved.repaired,
        name=name,
        lines=tuple(ls),
    )
    return mrz, solved, ambiguous


def _formats(code: str, lines: int, length: float) -> tuple[str, ...]:
    """The formats lines may be in, likeliest first (a cut line can look shorter)."""
    if lines == 3:
        return ("TD1",) if code in "IAC" else ()
    long_, short = ("MRV-A", "MRV-B") if code == "V" else ("TD3", "TD2")
    if length > 46:
        return ()
    if length >= 41:
        return (long_,)
    if length < 33:
        return (short,)
    return (long_, short) if length >= 38 else (short, long_)


def _variants(line: str, n: int) -> list[tuple[str, int]]:
    """A line as read (padded with fillers at its end when short), and, when its length is
    off, with the surplus dropped at one place (OCR read a character twice or saw a speck)
    or the missing fillers put back at one place (OCR merges runs of `<`), each with its
    edit count."""
    out = [(line, 0)]
    k = len(line) - n
    if 0 < k <= 3:
        out += [(line[:i] + line[i + k :], 1) for i in range(len(line) - k + 1)]
    elif -8 <= k < 0:
        out += [(line[:i] + "<" * -k + line[i:], 1) for i in range(len(line))]
    return out


def parse_mrz(lines: Sequence[str], printed: Sequence[str] = ()) -> Mrz | None:
    """Read a machine-readable zone from its 2 or 3 OCR'd lines (noise tolerated).

    `printed` holds the other words of the page: a name token the printed page confirms
    settles a doubtful filler. Returns None when the lines are not a zone at all.
    """
    try:
        return _parse(lines, printed)
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None


def _parse(lines: Sequence[str], printed: Sequence[str]) -> Mrz | None:
    cleaned = [clean_line(x) for x in lines]
    if len(cleaned) not in (2, 3) or any(len(c) < 24 for c in cleaned):
        return None
    code = _alpha(cleaned[0][:1])
    if code not in DOCUMENT_TYPES:
        return None
    length = len(cleaned[1]) if len(cleaned) == 2 else 30  # the line holding the numbers
    found = [_parse_as(fmt, cleaned, printed) for fmt in _formats(code, len(cleaned), length)]
    return max(found, key=_score, default=None)


def _parse_as(fmt: str, cleaned: list[str], printed: Sequence[str]) -> Mrz:
    n = LINE_LENGTHS[fmt]
    # The line(s) holding the checked fields may have lost or gained a character.
    checked = (0, 1) if fmt == "TD1" else (1,)
    options = [_variants(c, n) if i in checked else [(c, 0)] for i, c in enumerate(cleaned)]
    best: tuple[tuple[int, float], Mrz, _Solved] | None = None
    ambiguous = False
    for combo in itertools.product(*options):
        edits = sum(e for _, e in combo)
        mrz, solved, amb = _read(
            fmt, [c for c, _ in combo], printed, cleaned[-1 if fmt == "TD1" else 0]
        )
        key = (solved.key[0], solved.key[1] - edits)
        if best is None or key > best[0]:
            mrz = replace(mrz, edits=edits, repair_cost=solved.changes)
            best, ambiguous = (key, mrz, solved), amb
            if mrz.valid and solved.changes + edits == 0:
                return mrz
        elif _tie(key, best[0]) and solved.values != best[2].values:
            ambiguous = True
    assert best is not None
    _, mrz, solved = best
    if ambiguous and (solved.changes or best[0][1] < 0):
        unproven = _unproven(solved)
        return replace(mrz, checks=unproven.checks)
    return mrz


def parse_td3(line1: str, line2: str) -> Mrz | None:
    """Read a two-line zone (kept for callers of the TD3 reader)."""
    return parse_mrz([line1, line2])


# --- finding a zone among a page's lines -----------------------------------------------------

_MRZ_CHARS = re.compile(r"[A-Za-z0-9<«‹£]")


def mrz_like(text: str) -> bool:
    """Whether a line of text may be a line of a zone: 24+ characters nearly all of the MRZ
    alphabet, mostly upper-case (a filler misread as `c` or `e` is lower-case, a sentence is
    mostly lower-case), and a filler or a long unbroken run (OCR splits fillers at spaces)."""
    t = text.strip()
    compact = t.replace(" ", "")
    if len(compact) < 24:
        return False
    if sum(1 for c in compact if _MRZ_CHARS.match(c)) < 0.9 * len(compact):
        return False
    letters = [c for c in compact if c.isalpha()]
    if sum(c.islower() for c in letters) > 0.4 * len(letters):
        return False
    return "<" in t or max(len(w) for w in t.split()) >= 15


def _score(m: Mrz) -> tuple[int, int, int, int]:
    """Fewest failing check digits, fewest edits, most holding, fewest repaired fields."""
    fails = sum(not ok for ok in m.checks.values())
    return -fails, -m.edits, len(m.checks) - fails, -len(m.repaired)


def find_mrz(
    texts: Sequence[str], printed: Sequence[str] = ()
) -> tuple[tuple[int, ...], Mrz] | None:
    """The indices of the lines of the best zone among text lines, with its reading.

    Consecutive MRZ-like lines are tried as 3-line (TD1) and 2-line zones; the reading with
    the most check digits holding wins.
    """
    try:
        cand = [i for i, t in enumerate(texts) if mrz_like(t)]
        best: tuple[tuple[int, ...], Mrz] | None = None
        for a, b in itertools.pairwise(cand):
            groups: list[tuple[int, ...]] = [(a, b)]
            later = [c for c in cand if c > b]
            if later:
                groups.insert(0, (a, b, later[0]))
            for g in groups:
                m = parse_mrz([texts[i] for i in g], printed)
                if m is None:
                    continue
                if best is None or _score(m) > _score(best[1]):  # noqa: SIM114
                    best = (g, m)
        return best
    except Exception:  # noqa: BLE001 - a parser never raises on text
        return None


def find_td3(lines: list[str]) -> tuple[int, Mrz] | None:
    """The index of the first line of a zone among text lines, with its reading."""
    found = find_mrz(lines)
    return None if found is None else (found[0][0], found[1])


def build_td3(
    surname: str,
    given: str,
    number: str,
    nationality: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    state: str | None = None,
    personal: str = "",
) -> tuple[str, str]:
    """The two TD3 lines for the given data, with correct check digits (for tests and samples)."""

    def pad(s: str, n: int) -> str:
        return (s + "<" * n)[:n]

    name = surname.upper().replace(" ", "<") + "<<" + given.upper().replace(" ", "<")
    l1 = pad("P<" + pad(state or nationality, 3) + name, 44)
    num = pad(number.upper(), 9)
    d, e = dob.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    pers = pad(personal, 14)
    pers_check = str(check_digit(pers)) if personal else "<"
    body = (
        num
        + str(check_digit(num))
        + pad(nationality, 3)
        + d
        + str(check_digit(d))
        + sex
        + e
        + str(check_digit(e))
        + pers
        + pers_check
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return l1, body + str(check_digit(composite))
