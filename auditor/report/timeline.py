"""The case timeline's geometry: dated spans in lanes, laid out in SVG user units.

Python does every computation (scale, clipping, ticks, label fitting); the template only draws
the rectangles and lines it is given. Spans outside the view are clipped and say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.i18n import _

WIDTH = 1100.0
LABEL_WIDTH = 250.0
PLOT_LEFT = LABEL_WIDTH + 10
PLOT_RIGHT = WIDTH - 20
TOP = 34.0  # room for the year ticks and the submission label
ROW_HEIGHT = 26.0
BAR_HEIGHT = 16.0
CHAR_WIDTH = 6.4  # average width of an 11 px sans-serif character, to decide if a label fits
MAX_BEFORE_WINDOW = dt.timedelta(days=365)  # how far before the window the view may reach
MAX_AFTER_AS_OF = dt.timedelta(days=400)

KINDS = ("job", "excluded", "permit", "study", "language", "gap", "overlap", "claim")


@dataclass(frozen=True)
class TimelineSpan:
    """Something that lasts: a job, a permit, a study period, a gap."""

    lane: str  # the row it is drawn in
    start: dt.date
    end: dt.date  # included
    kind: str  # one of KINDS: the CSS class and legend entry
    label: str  # drawn on the bar when it fits
    detail: str  # shown on hover
    source: str  # document path, "case.yaml" or "calculation"


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str
    label: str
    show_label: bool
    label_x: float
    title: str  # lane: label, dates
    detail: str
    source: str
    clipped_left: bool
    clipped_right: bool


@dataclass(frozen=True)
class Row:
    label: str
    y: float  # top of the row
    text_y: float
    bars: tuple[Bar, ...]
    stripe: bool


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    window_x: float
    window_width: float
    window_label: str
    as_of_x: float
    as_of_label: str
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    start: dt.date
    end: dt.date


def _fits(label: str, width: float) -> bool:
    return len(label) * CHAR_WIDTH + 8 <= width


def _view(
    window_start: dt.date, as_of: dt.date, spans: Sequence[TimelineSpan]
) -> tuple[dt.date, dt.date]:
    start = min([window_start] + [s.start for s in spans])
    end = max([as_of] + [s.end for s in spans])
    start = max(start, window_start - MAX_BEFORE_WINDOW)
    end = min(end, as_of + MAX_AFTER_AS_OF)
    # A little air on both sides, so the edge labels are readable.
    pad = dt.timedelta(days=max(10, (end - start).days // 60))
    return start - pad, end + pad


def build_timeline(
    window_start: dt.date, window_end: dt.date, as_of: dt.date, spans: Sequence[TimelineSpan]
) -> Timeline:
    """Lay out `spans` in lanes (in order of first appearance) over the view's dates."""
    start, end = _view(window_start, as_of, spans)
    days = max(1, (end - start).days)
    span_px = PLOT_RIGHT - PLOT_LEFT

    def x_of(day: dt.date) -> float:
        return round(PLOT_LEFT + span_px * (day - start).days / days, 1)

    lanes: dict[str, list[TimelineSpan]] = {}
    for s in spans:
        lanes.setdefault(s.lane, []).append(s)
    rows = []
    for i, (lane, items) in enumerate(lanes.items()):
        y = TOP + i * ROW_HEIGHT
        bars = []
        for s in items:
            if s.end < start or s.start > end:
                continue
            left_day, right_day = max(s.start, start), min(s.end, end)
            x0 = x_of(left_day)
            x1 = max(x0 + 2.0, x_of(right_day + dt.timedelta(days=1)))
            dates = f"{s.start.isoformat()} to {s.end.isoformat()}"
            bars.append(
                Bar(
                    x=x0,
                    y=round(y + (ROW_HEIGHT - BAR_HEIGHT) / 2, 1),
                    width=round(x1 - x0, 1),
                    height=BAR_HEIGHT,
                    kind=s.kind if s.kind in KINDS else "job",
                    label=s.label,
                    show_label=bool(s.label) and _fits(s.label, x1 - x0),
                    label_x=round(x0 + 4, 1),
                    title=f"{lane}: {s.label}, {dates}" if s.label else f"{lane}, {dates}",
                    detail=s.detail,
                    source=s.source,
                    clipped_left=s.start < start,
                    clipped_right=s.end > end,
                )
            )
        rows.append(Row(lane, y, round(y + ROW_HEIGHT / 2 + 4, 1), tuple(bars), i % 2 == 0))
    bottom = TOP + max(1, len(rows)) * ROW_HEIGHT
    ticks = []
    for year in range(start.year, end.year + 2):
        for month in (1, 7):
            day = dt.date(year, month, 1)
            if start <= day <= end:
                ticks.append(Tick(x_of(day), str(year) if month == 1 else _("Jul")))
    return Timeline(
        width=WIDTH,
        height=bottom + 22,
        plot_left=PLOT_LEFT,
        plot_right=PLOT_RIGHT,
        plot_top=TOP,
        plot_bottom=bottom,
        window_x=x_of(window_start),
        window_width=round(x_of(window_end + dt.timedelta(days=1)) - x_of(window_start), 1),
        window_label=_("3-year window {start} to {end}").format(
            start=window_start.isoformat(), end=window_end.isoformat()
        ),
        as_of_x=x_of(as_of),
        as_of_label=_("submission {date}").format(date=as_of.isoformat()),
        rows=tuple(rows),
        ticks=tuple(ticks),
        start=start,
        end=end,
    )


def gaps_and_overlaps(
    jobs: Sequence[tuple[dt.date, dt.date]], window_start: dt.date, window_end: dt.date
) -> tuple[list[tuple[dt.date, dt.date]], list[tuple[dt.date, dt.date]]]:
    """Runs of window days with no job (gaps, 14 days or more) and with 2+ jobs (overlaps)."""
    one = dt.timedelta(days=1)
    gaps: list[tuple[dt.date, dt.date]] = []
    overlaps: list[tuple[dt.date, dt.date]] = []
    day = window_start
    gap_start: dt.date | None = None
    over_start: dt.date | None = None
    while day <= window_end:
        n = sum(1 for s, e in jobs if s <= day <= e)
        if n == 0 and gap_start is None:
            gap_start = day
        if n != 0 and gap_start is not None:
            gaps.append((gap_start, day - one))
            gap_start = None
        if n >= 2 and over_start is None:
            over_start = day
        if n < 2 and over_start is not None:
            overlaps.append((over_start, day - one))
            over_start = None
        day += one
    if gap_start is not None:
        gaps.append((gap_start, window_end))
    if over_start is not None:
        overlaps.append((over_start, window_end))
    return [g for g in gaps if (g[1] - g[0]).days + 1 >= 14], overlaps
