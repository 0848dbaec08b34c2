"""What the checklists say once loaded: each rule's metadata, the firm's QA items, categories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.models import Severity

#: The closed set of rule categories in rules.yaml; QA items are all in QA_CATEGORY.
CATEGORIES = (
    "eligibility",
    "language",
    "letters",
    "cross-document",
    "pay stubs",
    "documents",
    "express entry",
)
QA_CATEGORY = "qa"
#: A failed error finding in one of these categories makes the applicant not eligible.
ELIGIBILITY_CATEGORIES = frozenset({"eligibility", "language"})


@dataclass(frozen=True)
class RuleMeta:
    """What `audit rules explain` shows for one rule, and the parameters the rule reads."""

    id: str
    title: str
    severity: Severity
    why: str
    fix: str
    source: str
    parameters: Mapping[str, Any] = field(default_factory=dict)
    origin: str = ""  # file:line it was last set at
    category: str = ""  # one of CATEGORIES


@dataclass(frozen=True)
class QAItem:
    """A firm QA check: one operator over one field of one or more document kinds."""

    id: str
    title: str
    severity: Severity
    applies_to: tuple[str, ...]
    field: str
    op: str
    value: Any = None
    values: tuple[Any, ...] = ()
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    days: int | None = None
    why: str = ""
    fix: str = ""
    source: str = ""
    origin: str = ""


@dataclass(frozen=True)
class Disabled:
    """A rule or QA item a checklist turned off (`enabled: false`), with the reason it gives."""

    id: str
    reason: str
    origin: str  # file:line of the `enabled: false`


@dataclass(frozen=True)
class Checklists:
    """Every rule's metadata (by ID) and the firm's QA items, after overrides."""

    rules: Mapping[str, RuleMeta]
    qa: tuple[QAItem, ...] = ()
    files: tuple[Path, ...] = ()  # every checklist file loaded, in order, for the audit trail
    # Rules and QA items turned off, by ID: not run, and listed in the audit trail.
    disabled: Mapping[str, Disabled] = field(default_factory=dict)

    def enabled(self, rule: str) -> bool:
        return rule not in self.disabled

    def meta(self, rule: str) -> RuleMeta:
        return self.rules[rule]

    def severity(self, rule: str) -> Severity:
        if rule in self.rules:
            return self.rules[rule].severity
        for item in self.qa:
            if item.id == rule:
                return item.severity
        raise KeyError(rule)

    def category(self, rule: str) -> str:
        """The rule's category; QA_CATEGORY for a firm QA item."""
        if rule in self.rules:
            return self.rules[rule].category
        if any(item.id == rule for item in self.qa):
            return QA_CATEGORY
        raise KeyError(rule)

    def param(self, rule: str, name: str) -> Any:
        return self.rules[rule].parameters[name]

    @property
    def titles(self) -> dict[str, str]:
        return {**{i.id: i.title for i in self.qa}, **{r: m.title for r, m in self.rules.items()}}

    @property
    def ids(self) -> set[str]:
        return set(self.rules) | {item.id for item in self.qa} | set(self.disabled)
