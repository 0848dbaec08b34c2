"""The registry of rule functions by permanent rule ID (CONTRACT.md section 4), and `@rule`.

A rule module declares each rule once, on its function:

    @rule("LANG-EXPIRED-001")
    def expired(ctx: Context) -> list[Finding]: ...

The function runs with the context bound to its ID, so its findings and parameters
(`ctx.finding`, `ctx.param`) never repeat the ID. Its findings go through `certainty.settle`:
one that failed on a value read below the confidence threshold, or implausible, is unknown.
This module imports no rule module: the explicit list of them is `auditor.rules.catalogue`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from auditor.models import Finding
from auditor.rules.certainty import settle
from auditor.rules.context import Context

Rule = Callable[[Context], list[Finding]]

#: Every registered rule, by ID, in the order the modules registered them.
REGISTERED: dict[str, Rule] = {}


def rule(rule_id: str) -> Callable[[Rule], Rule]:
    """Register the decorated function as the rule `rule_id`; an ID is registered only once."""

    def register(check: Rule) -> Rule:
        if rule_id in REGISTERED:
            raise ValueError(f"rule {rule_id} is registered twice")

        @wraps(check)
        def bound(ctx: Context) -> list[Finding]:
            bound_ctx = ctx.for_rule(rule_id)
            return settle(check(bound_ctx), bound_ctx.min_confidence)

        REGISTERED[rule_id] = bound
        return bound

    return register
