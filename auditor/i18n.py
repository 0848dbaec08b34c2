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

    def __reduce__(self) -> tuple[type[Text], tuple[str, dict[str, object]]]:
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
    translated = _(text.msgid)
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
    if isinstance(value, Quantity):
        return number(float(value), lang)
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


# Separators a joined list is said with in each language (French puts a space before ";").
SEPARATORS = (N_("; "), N_(", "), N_(" and "))


def join(separator: str, items: Iterable[object]) -> Text:
    """`separator.join(items)` that stays translatable: each item (a `Text`, a number, a date)
    and the separator (one of `SEPARATORS`) are said again in the reader's language."""
    values: dict[str, object] = {"sep": Text(separator, {})}
    names = []
    for i, item in enumerate(items):
        values[f"item{i}"] = item
        names.append(f"{{item{i}}}")
    return Text("{sep}".join(names), values)


class Quantity(float):
    """A number shown with thousands separators and at most `digits` decimals: `1,612.5` in
    English (its `str`, as report.json has always said it), `1 612,5` in the reader's locale
    when a `Text` holding it is localized."""

    def __new__(cls, value: float, digits: int = 2) -> Quantity:
        made = super().__new__(cls, value)
        made.digits = digits
        return made

    digits: int

    def __reduce__(self) -> tuple[type[Quantity], tuple[float, int]]:
        return (Quantity, (float(self), self.digits))

    def __str__(self) -> str:
        text = f"{float(self):,.{self.digits}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else format(float(self), spec)

    __repr__ = __str__


def percent(ratio: float) -> Text:
    """`0.62` -> `62%` in English, `62 %` in French."""
    return tr("{percent}%", percent=int(f"{ratio * 100:.0f}"))


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
