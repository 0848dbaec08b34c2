"""The rules the auditor ships: every rule module, listed once; importing this registers them."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from auditor.rules import (
    cec,
    claims,
    documents,
    express_entry,
    language,
    letters,
    noc,
    stubs,
    xdoc,
)
from auditor.rules.registry import REGISTERED, Rule

#: Every rule module, in the order their findings are reported.
MODULES = (cec, language, letters, noc, xdoc, claims, stubs, documents, express_entry)

#: Every rule by ID: the modules in MODULES order, each module's rules in the order declared.
RULES: Mapping[str, Rule] = MappingProxyType(
    {
        rule_id: check
        for module in MODULES
        for rule_id, check in REGISTERED.items()
        if check.__module__ == module.__name__
    }
)
if set(RULES) != set(REGISTERED):  # a rule registered from a module missing from MODULES
    raise RuntimeError(f"rules outside the catalogue: {sorted(set(REGISTERED) - set(RULES))}")
