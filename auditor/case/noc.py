"""NOC codes and wording: NOC 2021 (5 digits, TEER) versus obsolete NOC 2016 (4 digits, 0/A/B/C/D).

NOC 2021 replaced NOC 2016 on 2022-11-16 (DOMAIN.md section 1). What is obsolete:
- a 4-digit code after "NOC"/"CNP" (also after "NOC 2021", which is then simply wrong);
- the skill type / level wording: "NOC B", "NOC skill level A", "NOC 0", "skill type 0",
  "niveau de compétence B";
- a version other than 2021: "NOC 2016", "CNP 2011".
What is current and never obsolete: "NOC 2021", 5-digit codes, "TEER 1".
"""

from __future__ import annotations

import re

# "NOC" or its French "CNP", as a word; "National Occupational Classification" too.
_NOC = re.compile(
    r"\b(?:NOC|CNP|National\s+Occupational\s+Classification|Classification\s+nationale\s+"
    r"des\s+professions)\b",
    re.IGNORECASE,
)
_SEP = r"[\s:#\-–—()\[\]\"'/.,]*"
_VERSION = re.compile(_SEP + r"(?:version\s*)?(19\d\d|20\d\d)(?!\d)", re.IGNORECASE)
_LABEL = re.compile(
    _SEP + r"(?:code|group|groupe|number|no\.?|n°|unit\s+group|skill\s+(?:level|type)|"
    r"niveau\s+de\s+compétences?|genre\s+de\s+compétences?)\b",
    re.IGNORECASE,
)
_SKILL_LABEL = re.compile(r"skill|niveau|genre", re.IGNORECASE)
_CODE = re.compile(_SEP + r"(\d{4,5})(?!\d)")
_LEVEL = re.compile(_SEP + r"([0ABCD])(?![\w])")
_LEVEL_ANY_CASE = re.compile(_SEP + r"([0ABCDabcd])(?![\w])")
_STANDALONE_LEVEL = re.compile(
    r"\b(?:skill\s+(?:level|type)|niveau\s+de\s+compétences?|genre\s+de\s+compétences?)"
    + _SEP
    + r"([0ABCD])(?![\w])",
    re.IGNORECASE,
)
CURRENT_VERSION = "2021"
VERSIONS = {"2001", "2006", "2011", "2016", "2021"}
# NOC 2016 skill type/level -> the NOC 2021 TEERs its occupations mostly went to.
TEERS_OF_LEVEL = {"0": {0}, "A": {1}, "B": {2, 3}, "C": {4}, "D": {5}}


def obsolete_wording(text: str) -> list[str]:
    """Every NOC 2016 code or wording in `text`, as quoted, in order (duplicates dropped)."""
    hits: list[str] = []
    for match in _NOC.finditer(text):
        pos, quoted = match.end(), [match.group(0)]
        version = _VERSION.match(text, pos)
        if version:
            pos = version.end()
            if version.group(1) != CURRENT_VERSION:
                hits.append(f"{match.group(0)} {version.group(1)}")
        skill = False
        while label := _LABEL.match(text, pos):
            skill = skill or bool(_SKILL_LABEL.search(label.group(0)))
            quoted.append(label.group(0).strip(" :#-–—()[]\"'/.,"))
            pos = label.end()
        level = (_LEVEL_ANY_CASE if skill else _LEVEL).match(text, pos)
        if level:
            quoted.append(level.group(1).upper())
            pos = level.end()
        code = _CODE.match(text, pos)
        if code and len(code.group(1)) == 4:
            quoted.append(code.group(1))
        if level or (code and len(code.group(1)) == 4):
            hits.append(" ".join(q for q in quoted if q))
    for m in _STANDALONE_LEVEL.finditer(text):
        if not any(m.group(0).casefold() in h.casefold() for h in hits):
            hits.append(m.group(0))
    return list(dict.fromkeys(hits))


def obsolete_code(value: str | None) -> bool:
    """Whether an extracted NOC value is a NOC 2016 code or level ('6311', 'NOC B', 'B')."""
    if not value:
        return False
    text = value.strip()
    return bool(re.fullmatch(r"\d{4}|[0ABCD]", text, re.IGNORECASE) or obsolete_wording(text))


def _level_of_code(code: str) -> str | None:
    if code[0] == "0":
        return "0"
    return {"1": "A", "2": "B", "3": "B", "4": "C", "5": "C", "6": "D", "7": "D"}.get(code[1])


def skill_level(value: str | None, text: str = "") -> str | None:
    """The NOC 2016 skill type/level of an obsolete code or wording: '6311' -> 'B'; 'NOC B' -> 'B'.

    A 4-digit code's first digit 0 is skill type 0 (management); otherwise its second digit
    gives the level: 1 A, 2-3 B, 4-5 C, 6-7 D. The value comes first, then wording in `text`.
    """
    code = (value or "").strip()
    if re.fullmatch(r"\d{4}", code):
        return _level_of_code(code)
    if re.fullmatch(r"[0ABCD]", code, re.IGNORECASE):
        return code.upper()
    for hit in obsolete_wording(code) + obsolete_wording(text):
        tokens = hit.split()[1:]
        level = next((t.upper() for t in tokens if re.fullmatch(r"[0ABCD]", t, re.I)), None)
        if level:
            return level
        four = next((t for t in tokens if re.fullmatch(r"\d{4}", t) and t not in VERSIONS), None)
        if four:
            return _level_of_code(four)
    return None
