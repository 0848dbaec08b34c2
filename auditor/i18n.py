"""Translations: gettext catalogues, the language being written, dates and numbers in its locale.

Every text a person reads (report, request list, index, CLI messages, rule metadata) is written
in English in the code, the templates and the checklists, marked for extraction, and looked up
at the moment it is shown in the catalogue of the language chosen (`--lang`, audit.toml's
`lang`). The catalogues are `auditor/locale/<lang>/LC_MESSAGES/auditor.po`, edited with any PO
editor, and their compiled `.mo` beside them (README, "Translations"). There are no
dictionaries of translations in code.

Three ways to mark a text:

- `_("...")`: translated now, in the language of the current `language()` block;
- `N_("...")`: only marked, for a constant table; translate it where it is shown with `_()`
  (`NP_("one", "many")` for a pair, shown with `ngettext(*pair, n)`);
- `tr("... {name} ...", name=value)`: a message with values that is made before the language is
  known (a finding's message, made by a rule): it *is* the English string, and keeps its msgid
  and values so `localize()` can say it again in the reader's language, with its numbers and
  dates formatted for that locale. report.json keeps the English text.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

LANGS = ("en", "fr")
DEFAULT_LANG = "en"
# The Babel locale of each language: Canadian conventions (fr_CA: "1 560", "5 décembre 2026").
LOCALES = {"en": "en_CA", "fr": "fr_CA"}
DOMAIN = "auditor"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: ContextVar[str] = ContextVar("auditor_language", default=DEFAULT_LANG)


@lru_cache(maxsize=len(LANGS))
def catalogue(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of `lang`; English is the source language and needs none."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: one of {', '.join(LANGS)}")
    if lang == DEFAULT_LANG:
        return _gettext.NullTranslations()
    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as fh:
        return _gettext.GNUTranslations(fh)


def current() -> str:
    """The language being written: the innermost `language()` block's, else English."""
    return _current.get()


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Write in `lang` (None: keep the current language) inside the block."""
    chosen = lang or current()
    catalogue(chosen)  # an unknown language or a missing catalogue fails here, not mid-report
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """`message` in the current language (itself when the catalogue has no translation)."""
    if not message:
        return message
    return catalogue(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the current language."""
    return catalogue(current()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for the catalogue without translating it (constant tables)."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - gettext's naming
    """Mark a singular and plural pair for the catalogue; translate it with `ngettext(*pair, n)`."""
    return singular, plural


class Text(str):
    """A message with values, made in English, that can be said again in another language.

    It is the English string (`str(text)`, report.json, logs), and keeps the `msgid` it was
    formatted from and its `values`, which `localize` formats again for the reader's locale.
    """

    msgid: str
    values: dict[str, object]

    def __new__(cls, msgid: str, values: dict[str, object]) -> Text:
        made = super().__new__(cls, msgid.format(**values) if values else msgid)
        made.msgid = msgid
        made.values = values
        return made

    def __reduce__(self) -> tuple[type[Text], tuple[object, ...]]:
        """Pickled (worker processes, caches) as what it is made of, not as its English."""
        return (Text, (self.msgid, self.values))


def tr(msgid: str, **values: object) -> Text:
    """A translatable message: `tr("{hours} hours counted", hours=1560)`; the English text now,
    the reader's language when the report is written (`localize`)."""
    return Text(msgid, values)


def localize(text: object) -> str:
    """`text` in the current language: a `Text` is translated and its values formatted for the
    locale; any other string is returned as it is (English, or a value from a document)."""
    if not isinstance(text, Text):
        return str(text)
    lang = current()
    if lang == DEFAULT_LANG:
        return str(text)
    if isinstance(text, Line):
        return text.of(localize(text.source))
    translated = ngettext(text.msgid, text.plural, text.n) if isinstance(text, Plural) else None
    translated = translated or _(text.msgid)
    values = {k: _value(v, lang) for k, v in text.values.items()}
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return str(text)


def _value(value: object, lang: str) -> object:
    if isinstance(value, Text):
        return localize(value)
    if isinstance(value, Named):
        return value.said_in(lang)
    if isinstance(value, bool):
        return value
    if isinstance(value, Percent):
        return percent(value, lang, value.digits)
    if isinstance(value, Fixed):
        return number(float(value), lang, digits=value.digits)
    if isinstance(value, int | float):
        return number(value, lang)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date(value, lang)
    return value


def number(value: float, lang: str | None = None, digits: int = 0) -> str:
    """A number for the locale: `1,560` in English, `1 560` in French (Babel)."""
    from babel.numbers import format_decimal  # late: Babel's locale data loads in ~50 ms

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    if isinstance(value, float) and not digits and not value.is_integer():
        pattern = "#,##0.##"
    return format_decimal(value, format=pattern, locale=LOCALES[lang or current()])


def date(value: dt.date, lang: str | None = None) -> str:
    """A date as the reader reads it: ISO `2026-12-05` in English (the reports' form, sortable),
    `5 décembre 2026` in French (Babel)."""
    lang = lang or current()
    if lang == DEFAULT_LANG:
        return value.isoformat()
    from babel.dates import format_date  # late, as in `number`

    return format_date(value, format="long", locale=LOCALES[lang])


def iso_date(text: str) -> str:
    """An ISO date string (`2026-12-05`) for the reader; any other text unchanged."""
    try:
        return date(dt.date.fromisoformat(text))
    except (TypeError, ValueError):
        return text


class Plural(Text):
    """A message whose wording follows a count (`trn`): the English form for `n` now, the
    reader's language's form for `n` when localized."""

    plural: str
    n: int

    def __new__(cls, singular: str, plural: str, n: int, values: dict[str, object]) -> Plural:
        made = str.__new__(cls, (singular if n == 1 else plural).format(**values))
        made.msgid, made.plural, made.n, made.values = singular, plural, n, values
        return made

    def __reduce__(self) -> tuple[type[Text], tuple[object, ...]]:
        return (Plural, (self.msgid, self.plural, self.n, self.values))


def trn(singular: str, plural: str, n: int, **values: object) -> Plural:
    """`tr` with a singular and a plural form chosen by the count `n` (`n` is also a value):
    `trn("{n} day", "{n} days", n)`."""
    return Plural(singular, plural, n, {"n": n, **values})


class Line(Text):
    """The first line of a message (without its closing full stop), or the lines after it,
    taken again from the message in the reader's language."""

    source: str
    part: str  # "first" or "rest"

    def __new__(cls, source: str, part: str) -> Line:
        made = str.__new__(cls, _line(str(source), part))
        made.msgid, made.values, made.source, made.part = "{text}", {}, source, part
        return made

    def of(self, text: str) -> str:
        return _line(text, self.part)

    def __reduce__(self) -> tuple[type[Text], tuple[object, ...]]:
        return (Line, (self.source, self.part))


def _line(text: str, part: str) -> str:
    first, _sep, rest = text.strip().partition("\n")
    return first.rstrip().rstrip(".") if part == "first" else rest


def first_line(message: str) -> Line:
    """The message's first line without its closing full stop, in the reader's language."""
    return Line(message, "first")


def other_lines(message: str) -> Line:
    """The lines after the message's first one ("" when it has one line)."""
    return Line(message, "rest")


# How a list of translated items is joined: a separator is a message too (French sets a
# space before ";").
_JOINS = {
    "; ": N_("{first}; {rest}"),
    ", ": N_("{first}, {rest}"),
    " ": N_("{first} {rest}"),
    " and ": N_("{first} and {rest}"),
    "\n": N_("{first}\n{rest}"),
}


def join(items: Iterable[object], sep: str = "; ") -> Text:
    """The items (translatable `Text` or plain values) joined by `sep` ("; ", ", ", " ",
    " and ", a new line), each said in the reader's language: `join([tr(...), tr(...)], "; ")`."""
    listed = list(items)
    if not listed:
        return Text("", {})
    out = listed[-1] if isinstance(listed[-1], Text) else tr("{text}", text=listed[-1])
    for item in reversed(listed[:-1]):
        out = tr(_JOINS[sep], first=item, rest=out)
    return out


class Grouped(float):
    """A number shown with its thousands grouped in English too (`1,612.5`, at most two
    decimals, as the hours are), and for the locale in a translated message (`1 612,5`)."""

    def __format__(self, spec: str) -> str:
        return float.__format__(self, spec) if spec else number(round(float(self), 2), "en")


class Fixed(float):
    """A number with a fixed count of decimals: `2.5` with one, in French `2,5`."""

    digits: int

    def __new__(cls, value: float, digits: int = 1) -> Fixed:
        made = super().__new__(cls, value)
        made.digits = digits
        return made

    def __format__(self, spec: str) -> str:
        return float.__format__(self, spec) if spec else number(float(self), "en", self.digits)


class Money(Fixed):
    """An amount with its cents: `1,234.50` in English, `1 234,50` in French."""

    def __new__(cls, value: float, digits: int = 2) -> Money:
        made = float.__new__(cls, value)
        made.digits = digits
        return made


class Percent(float):
    """A share (0.62) shown as a percentage, whole unless `digits`: `62%` in English, `62 %` in
    French; `18.8%`, `18,8 %` with one digit."""

    digits: int

    def __new__(cls, value: float, digits: int = 0) -> Percent:
        made = super().__new__(cls, value)
        made.digits = digits
        return made

    def __format__(self, spec: str) -> str:
        return float.__format__(self, spec) if spec else percent(float(self), "en", self.digits)


def percent(value: float, lang: str | None = None, digits: int = 0) -> str:
    """0.62 -> `62%` (English), `62 %` (French, Babel); `digits` decimals (`18.8%`)."""
    from babel.numbers import format_percent  # late, as in `number`

    locale = LOCALES[lang or current()]
    if not digits:
        return format_percent(value, locale=locale)
    # The locale's way of writing a percentage (`62 %`) around the number with its decimals.
    whole = format_percent(0, locale=locale)
    return whole.replace("0", number(value * 100, lang, digits), 1)


class Named(str):
    """A name that has its own form in each language, from data rather than the catalogue (a NOC
    2021 title): the English string, said in the reader's language when a `Text` holding it is
    localized."""

    forms: dict[str, str]

    def __new__(cls, english: str, **forms: str) -> Named:
        made = super().__new__(cls, english)
        made.forms = forms
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (_named, (str(self), self.forms))

    def said_in(self, lang: str) -> str:
        return self.forms.get(lang) or str(self)


def _named(english: str, forms: dict[str, str]) -> Named:
    return Named(english, **forms)


# Messages with values that the reading stage keeps as English strings (its cache stores text):
# each registered msgid is matched again against a note to say it in the reader's language.
_TEMPLATES: dict[str, re.Pattern[str]] = {}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def template(msgid: str) -> str:
    """Register `msgid` (marked `N_`, its values `{name}`) as the form of texts kept in English
    (a reading note): `known` says a text of this form again in the reader's language."""
    parts, seen, at = [], set(), 0
    for match in _PLACEHOLDER.finditer(msgid):
        parts.append(re.escape(msgid[at : match.start()]))
        name = match.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        at = match.end()
    parts.append(re.escape(msgid[at:]))
    _TEMPLATES[msgid] = re.compile("".join(parts), re.DOTALL)
    return msgid


def known(text: str) -> str:
    """`text` as a message when a catalogue translates it (a fixed text marked `N_` but kept in
    English on the way, e.g. by the reading cache: a file's problem), or when it has the form of
    a registered `template` (its values said again: numbers for the locale, a nested note in
    the reader's language); else as it is (a value)."""
    if not text:
        return text
    if any(catalogue(lang).gettext(text) != text for lang in LANGS[1:]):
        return Text(text, {})
    best: tuple[int, str, dict[str, str]] | None = None
    for msgid, pattern in _TEMPLATES.items():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        fixed = len(_PLACEHOLDER.sub("", msgid))  # the most specific form wins
        if best is None or fixed > best[0]:
            best = (fixed, msgid, match.groupdict())
    if best is None:
        return text
    return Text(best[1], {name: _read_value(value) for name, value in best[2].items()})


def _read_value(value: str) -> object:
    """A value taken out of an English note: a number as a number, a text as a message."""
    if _NUMBER.fullmatch(value):
        return _Read(int(value.replace(",", "")), value)
    return known(value)


class _Read(int):
    """A number read out of an English note: written back in English exactly as it was."""

    shown: str

    def __new__(cls, value: int, shown: str) -> _Read:
        made = super().__new__(cls, value)
        made.shown = shown
        return made

    def __format__(self, spec: str) -> str:
        return self.shown if not spec else int.__format__(self, spec)
