"""Pay-stub rules (STUB-*): arithmetic, missing pay periods, the Social Insurance Number."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from auditor.case.names import mask
from auditor.identifiers import luhn_valid
from auditor.models import Document, Finding
from auditor.rules.context import Context, evidence, is_number
from auditor.rules.registry import rule

SIN_LABEL = re.compile(
    r"(?:\bSIN\b|S\.I\.N\.|social insurance(?: number| no\.?)?|\bNAS\b|"
    r"assurance sociale)[\s:#.]*((?:[\d*Xx•]{3}[ -]?){2}[\d*Xx•]{3})",
    re.IGNORECASE,
)


@rule("STUB-MATH-001")
def math(ctx: Context) -> list[Finding]:
    """STUB-MATH-001: gross >= hours x rate (+ overtime at 1.5x), 0 < net <= gross, YTD grows."""
    out: list[Finding] = []
    cents = float(ctx.param("tolerance_dollars"))
    for stub in ctx.of_kind("pay_stub"):
        v = {k: stub.value(k) for k in ("hours", "overtime_hours", "rate", "gross", "net")}
        ev = evidence(stub, "hours", "rate", "gross", "net")
        if not all(is_number(v[k]) for k in ("hours", "rate", "gross", "net")):
            out.append(
                ctx.on(
                    stub,
                    "unknown",
                    "hours, rate, gross or net not found; arithmetic not checked.",
                    ev,
                )
            )
            continue
        regular = float(v["hours"]) * float(v["rate"])  # type: ignore[arg-type]
        overtime = float(v["overtime_hours"] or 0) * float(v["rate"]) * 1.5  # type: ignore
        problems = []
        if float(v["gross"]) + cents < regular + overtime:  # type: ignore[arg-type]
            problems.append(
                f"gross {v['gross']:,.2f} is less than {v['hours']:g} h x "
                f"{v['rate']:,.2f} = {regular:,.2f}"
                + (f" + overtime {overtime:,.2f}" if overtime else "")
            )
        if not 0 < float(v["net"]) <= float(v["gross"]) + cents:  # type: ignore[arg-type]
            problems.append(f"net {v['net']:,.2f} is not between 0 and gross {v['gross']:,.2f}")
        if problems:
            out.append(ctx.on(stub, "failed", "; ".join(problems) + ".", ev))
        else:
            out.append(
                ctx.on(
                    stub,
                    "passed",
                    f"gross {v['gross']:,.2f} >= "
                    f"hours x rate {regular + overtime:,.2f}; net "
                    f"{v['net']:,.2f} <= gross.",
                    ev,
                )
            )
    out.extend(_ytd(ctx, cents))
    return out


def _by_employer(ctx: Context) -> dict[str, list[Document]]:
    groups: dict[str, list[Document]] = defaultdict(list)
    for pos in ctx.work.positions:
        for stub in pos.stubs:
            groups[pos.job.employer].append(stub)
    return groups


def _ytd(ctx: Context, cents: float) -> list[Finding]:
    out = []
    for employer, stubs in _by_employer(ctx).items():
        dated = sorted(
            (
                s
                for s in stubs
                if isinstance(s.value("period_end"), dt.date)
                and is_number(s.value("ytd_gross"))
                and is_number(s.value("gross"))
            ),
            key=lambda s: s.value("period_end"),
        )  # type: ignore[arg-type,return-value]
        for prev, cur in zip(dated, dated[1:], strict=False):
            if cur.value("period_end").year != prev.value("period_end").year:  # type: ignore
                continue
            expected = float(prev.value("ytd_gross")) + float(cur.value("gross"))  # type: ignore
            got = float(cur.value("ytd_gross"))  # type: ignore[arg-type]
            if abs(got - expected) > cents:
                out.append(
                    ctx.finding(
                        "failed",
                        f"{cur.path}: YTD gross {got:,.2f}, but "
                        f"previous YTD {prev.value('ytd_gross'):,.2f} + gross "
                        f"{cur.value('gross'):,.2f} = {expected:,.2f} ({employer}).",
                        [prev, cur],
                        evidence(cur, "ytd_gross", "gross"),
                    )
                )
    return out


@rule("STUB-GAP-001")
def gaps(ctx: Context) -> list[Finding]:
    """STUB-GAP-001: missing pay periods between an employer's pay stubs."""
    out: list[Finding] = []
    for employer, stubs in _by_employer(ctx).items():
        dated = sorted(
            (
                s
                for s in stubs
                if isinstance(s.value("period_start"), dt.date)
                and isinstance(s.value("period_end"), dt.date)
            ),
            key=lambda s: s.value("period_start"),
        )  # type: ignore[arg-type,return-value]
        if len(dated) < 2:
            out.append(
                ctx.finding(
                    "unknown",
                    f"{employer}: fewer than two pay stubs with pay periods; gaps not checked.",
                    stubs,
                )
            )
            continue
        missing = []
        for prev, cur in zip(dated, dated[1:], strict=False):
            gap = (cur.value("period_start") - prev.value("period_end")).days - 1  # type: ignore
            if gap > 0:
                missing.append(
                    f"{prev.value('period_end') + dt.timedelta(days=1)} to "  # type: ignore
                    f"{cur.value('period_start') - dt.timedelta(days=1)} ({gap} days)"
                )  # type: ignore
        if missing:
            out.append(
                ctx.finding(
                    "failed",
                    f"{employer}: no pay stub for " + "; ".join(missing) + ".",
                    dated,
                )
            )
        else:
            out.append(
                ctx.finding("passed", f"{employer}: {len(dated)} consecutive pay periods.", dated)
            )
    return out


def _permit_expiry(ctx: Context) -> dt.date | None:
    ends = [
        p.value("valid_until")
        for p in ctx.of_kind("work_permit") + ctx.of_kind("study_permit")
        if isinstance(p.value("valid_until"), dt.date)
    ]
    return max(ends, default=None)  # type: ignore[arg-type,return-value]


@rule("STUB-SIN-001")
def sin(ctx: Context) -> list[Finding]:
    """STUB-SIN-001: a full SIN passes Luhn; a 9-series SIN is not used after the permit expired.

    Pay stubs that show no SIN, or only its last digits (masked for privacy, as payroll
    systems do), give no finding: there is nothing to check, and flagging every masked stub
    would bury real problems.
    """
    out: list[Finding] = []
    expiry = _permit_expiry(ctx)
    for stub in ctx.of_kind("pay_stub"):
        match = SIN_LABEL.search(stub.text)
        ev = evidence(stub, "sin_last3")
        digits = re.sub(r"\D", "", match.group(1)) if match else ""
        if len(digits) != 9:
            continue  # no SIN, or a masked one: nothing to check (see the docstring)
        shown = mask(digits)
        end = stub.value("period_end")
        if not luhn_valid(digits):
            out.append(
                ctx.on(
                    stub,
                    "failed",
                    f"SIN {shown} fails its check digit (Luhn): misread or invalid.",
                    ev,
                )
            )
        elif digits.startswith("9") and isinstance(end, dt.date) and expiry and end > expiry:
            out.append(
                ctx.on(
                    stub,
                    "failed",
                    f"9-series (temporary resident) "
                    f"SIN {shown} used for a pay period ending {end}, after the "
                    f"last permit expired on {expiry}.",
                    ev,
                )
            )
        elif digits.startswith("9") and isinstance(end, dt.date) and expiry is None:
            out.append(
                ctx.on(
                    stub,
                    "unknown",
                    f"9-series SIN {shown}, but no permit expiry date to compare with.",
                    ev,
                )
            )
        else:
            out.append(
                ctx.on(
                    stub,
                    "passed",
                    f"SIN {shown} passes its check "
                    "digit"
                    + (
                        " and the permit covered the pay period." if digits.startswith("9") else "."
                    ),
                    ev,
                )
            )
    return out
