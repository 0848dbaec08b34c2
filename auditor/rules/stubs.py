"""Pay-stub rules (STUB-*): arithmetic, missing pay periods, the Social Insurance Number."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from auditor.case.hours import ONE_DAY
from auditor.i18n import Grouped, Money, join, tr, trn
from auditor.models import Document, Finding, Status
from auditor.rules.context import Context, compared, date, evidence, number
from auditor.rules.registry import rule


@rule("STUB-MATH-001")
def math(ctx: Context) -> list[Finding]:
    """Gross >= hours x rate (+ overtime at 1.5x), 0 < net <= gross, YTD grows."""
    cents = float(ctx.param("tolerance_dollars"))
    overtime_rate = float(ctx.param("overtime_multiplier"))
    out = [
        ctx.on(stub, *_arithmetic(stub, cents, overtime_rate), evidence(stub, *PAY))
        for stub in ctx.of_kind("pay_stub")
    ]
    return out + _ytd(ctx, cents)


PAY = ("hours", "rate", "gross", "net")


def _arithmetic(stub: Document, cents: float, overtime_rate: float) -> tuple[Status, str]:
    hours, rate, gross, net = (number(stub, name) for name in PAY)
    if hours is None or rate is None or gross is None or net is None:
        return "unknown", tr("hours, rate, gross or net not found; arithmetic not checked.")
    regular = hours * rate
    overtime = (number(stub, "overtime_hours") or 0) * rate * overtime_rate
    problems = []
    if gross + cents < regular + overtime:
        amounts = {
            "gross": Money(gross),
            "hours": Grouped(hours),
            "rate": Money(rate),
            "regular": Money(regular),
        }
        problems.append(
            tr(
                "gross {gross} is less than {hours} h x {rate} = {regular} + overtime {overtime}",
                overtime=Money(overtime),
                **amounts,
            )
            if overtime
            else tr("gross {gross} is less than {hours} h x {rate} = {regular}", **amounts)
        )
    if not 0 < net <= gross + cents:
        problems.append(
            tr("net {net} is not between 0 and gross {gross}", net=Money(net), gross=Money(gross))
        )
    slip = _decimal_slip(regular + overtime, gross) or (
        _decimal_slip(net, gross) if net > gross else None
    )
    if problems and slip:
        return "unknown", tr(
            "{problems}, but {slip}: more likely a decimal point misread than pay that does not "
            "add up. Check the amounts on the stub.",
            problems=join(problems, "; "),
            slip=slip,
        )
    if problems:
        return "failed", tr("{problems}.", problems=join(problems, "; "))
    return "passed", tr(
        "gross {gross} >= hours x rate {pay}; net {net} <= gross.",
        gross=Money(gross),
        pay=Money(regular + overtime),
        net=Money(net),
    )


def _decimal_slip(larger: float, smaller: float) -> str | None:
    """How two amounts differ by a power of ten (a decimal point lost or added in reading:
    28.50 read as 2850), or None when they do not."""
    if smaller <= 0 or larger <= smaller:
        return None
    for power in (10, 100, 1000):
        if abs(larger / smaller - power) <= 0.05 * power:
            return tr(
                "{larger} is about {power} times {smaller}",
                larger=Money(larger),
                power=str(power),
                smaller=Money(smaller),
            )
    return None


def _by_employer(ctx: Context) -> dict[str, list[Document]]:
    groups: dict[str, list[Document]] = defaultdict(list)
    for pos in ctx.work.positions:
        for stub in pos.stubs:
            groups[pos.job.employer].append(stub)
    return groups


def _ytd(ctx: Context, cents: float) -> list[Finding]:
    """YTD gross grows by each period's gross. Between consecutive pay periods (the next one
    starts the day after the last ends) it grows by exactly that; across a gap (stubs missing
    from the file) by at least that, since the periods between paid something or nothing."""
    out = []
    for employer, stubs in _by_employer(ctx).items():
        dated = _ytd_rows(stubs)
        for (prev_end, prev_ytd, _, prev), (end, ytd, gross, cur) in zip(
            dated, dated[1:], strict=False
        ):
            if end.year != prev_end.year:
                continue
            expected = prev_ytd + gross
            follows = date(cur, "period_start") == prev_end + ONE_DAY
            wrong = abs(ytd - expected) > cents if follows else ytd + cents < expected
            if wrong:
                amounts = {
                    "path": cur.id,
                    "ytd": Money(ytd),
                    "previous": Money(prev_ytd),
                    "gross": Money(gross),
                    "expected": Money(expected),
                    "employer": employer,
                }
                out.append(
                    ctx.finding(
                        "failed",
                        tr(
                            "{path}: YTD gross {ytd}, but previous YTD {previous} + gross {gross} "
                            "= {expected}; the YTD should be = that ({employer}).",
                            **amounts,
                        )
                        if follows
                        else tr(
                            "{path}: YTD gross {ytd}, but previous YTD {previous} + gross {gross} "
                            "= {expected}; the YTD should be at least (stubs between them are "
                            "missing) that ({employer}).",
                            **amounts,
                        ),
                        [prev, cur],
                        compared(
                            evidence(cur, "ytd_gross", "gross"),
                            evidence(prev, "ytd_gross"),
                            evidence(cur, "period_start") if follows else (),
                            evidence(prev, "period_end"),
                        ),
                    )
                )
    return out


def _ytd_rows(stubs: list[Document]) -> list[tuple[dt.date, float, float, Document]]:
    """(period end, YTD gross, gross, stub) of the stubs showing all three, by period end."""
    rows = []
    for stub in stubs:
        end, ytd, gross = date(stub, "period_end"), number(stub, "ytd_gross"), number(stub, "gross")
        if end is not None and ytd is not None and gross is not None:
            rows.append((end, ytd, gross, stub))
    return sorted(rows, key=lambda row: row[0])


@rule("STUB-GAP-001")
def gaps(ctx: Context) -> list[Finding]:
    """Missing pay periods between an employer's pay stubs."""
    out: list[Finding] = []
    for employer, stubs in _by_employer(ctx).items():
        periods = sorted(
            (
                (start, end, s)
                for s in stubs
                if (start := date(s, "period_start")) is not None
                and (end := date(s, "period_end")) is not None
            ),
            key=lambda period: period[0],
        )
        dated = [s for _, _, s in periods]
        if len(dated) < 2:
            out.append(
                ctx.finding(
                    "unknown",
                    tr(
                        "{employer}: fewer than two pay stubs with pay periods; gaps not checked.",
                        employer=employer,
                    ),
                    stubs,
                )
            )
            continue
        missing = [
            trn(
                "{start} to {end} ({n} day)",
                "{start} to {end} ({n} days)",
                gap,
                start=prev_end + ONE_DAY,
                end=start - ONE_DAY,
            )
            for (_, prev_end, _), (start, _, _) in zip(periods, periods[1:], strict=False)
            if (gap := (start - prev_end).days - 1) > 0
        ]
        status: Status = "failed" if missing else "passed"
        text = (
            tr("no pay stub for {missing}.", missing=join(missing, "; "))
            if missing
            else tr("{count} consecutive pay periods.", count=len(dated))
        )
        out.append(
            ctx.finding(status, tr("{employer}: {text}", employer=employer, text=text), dated)
        )
    return out


def _permit_expiry(ctx: Context) -> dt.date | None:
    """The last day a permit or maintained status covers: a 9-series SIN stays valid while the
    applicant keeps status on an extension application (case/authorization.py)."""
    timeline = ctx.work.authorization
    last = timeline.last_day() if timeline is not None else None
    permit = _last_permit(ctx)
    ends = [date(permit, "valid_until")] if permit is not None else []
    return max([d for d in [*ends, last] if d is not None], default=None)


@rule("STUB-SIN-001")
def sin(ctx: Context) -> list[Finding]:
    """A full SIN passes Luhn; a 9-series SIN is not used after the permit expired.

    Read from the facts the pay-stub extractor keeps of a full SIN (`sin_valid`: its check
    digit; `sin_temporary`: 9-series; `sin_last3`), never from the stub's text. Pay stubs that
    show no SIN, or only its last digits (masked for privacy, as payroll systems do), give no
    finding: there is nothing to check, and flagging every masked stub would bury real problems.
    """
    out: list[Finding] = []
    expiry = _permit_expiry(ctx)
    last = _last_permit(ctx)
    for stub in ctx.of_kind("pay_stub"):
        valid, last3 = stub.value("sin_valid"), stub.value("sin_last3")
        if not isinstance(valid, bool) or not isinstance(last3, str):
            continue  # no SIN, or a masked one: nothing to check (see above)
        temporary = stub.value("sin_temporary") is True
        status, text = _sin_check(last3, valid, temporary, date(stub, "period_end"), expiry)
        ev = evidence(stub, "sin_last3")
        details = None
        if status == "failed" and not valid:
            if stub.ocr:  # a check digit failing on OCR'd digits: what a misread looks like
                status = "unknown"
                text = tr(
                    "{text} The stub was read by OCR: check the SIN on the stub itself.", text=text
                )
        elif status == "failed" and last is not None:  # 9-series after the expiry
            ev = compared(ev, evidence(stub, "period_end"), evidence(last, "valid_until"))
            found = ctx.doubts(last, "valid_until") + ctx.doubts(stub, "period_end")
            status, text, details = ctx.unsure(status, text, found)
        out.append(ctx.on(stub, status, text, ev, details=details))
    return out


def _last_permit(ctx: Context) -> Document | None:
    """The permit whose expiry is the last (the one a 9-series SIN is compared with)."""
    dated = [
        (end, p)
        for p in ctx.of_kind("work_permit") + ctx.of_kind("study_permit")
        if (end := date(p, "valid_until")) is not None
    ]
    return max(dated, key=lambda row: row[0])[1] if dated else None


def _sin_check(
    last3: str, valid: bool, temporary: bool, end: dt.date | None, expiry: dt.date | None
) -> tuple[Status, str]:
    shown = "*" * 6 + last3  # a SIN is never shown in full
    if not valid:
        return "failed", tr(
            "SIN {sin} fails its check digit (Luhn): misread or invalid.", sin=shown
        )
    if temporary and end is not None and expiry is not None and end > expiry:
        return "failed", tr(
            "9-series (temporary resident) SIN {sin} used for a pay period ending {end}, after "
            "the last permit (or maintained status) ended on {expiry}.",
            sin=shown,
            end=end,
            expiry=expiry,
        )
    if temporary and end is not None and expiry is None:
        return "unknown", tr(
            "9-series SIN {sin}, but no permit expiry date to compare with.", sin=shown
        )
    if temporary:
        return "passed", tr(
            "SIN {sin} passes its check digit and a permit (or maintained status) covered the "
            "pay period.",
            sin=shown,
        )
    return "passed", tr("SIN {sin} passes its check digit.", sin=shown)
