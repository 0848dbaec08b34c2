"""The case timeline's geometry: dated spans in lanes, laid out in SVG user units.

Python does every computation (scale, clipping, ticks, label fitting); the template only draws
the rectangles and lines it is given. Spans outside the view are clipped and say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.i18n import N_, _

WIDTH = 1100.0
LABEL_WIDTH = 250.0
PLOT_LEFT = LABEL_WIDTH + 10
PLOT_RIGHT = WIDTH - 20
TOP = 34.0  # room for the year ticks and the submission label
ROW_HEIGHT = 26.0
BAR_HEIGHT = 16.0
CLIP_MARK = 10.0  # room for the ◀ drawn on a span that starts before the view
CHAR_WIDTH = 6.4  # average width of an 11 px sans-serif character, to decide if a label fits
MAX_BEFORE_WINDOW = dt.timedelta(days=365)  # how far before the window the view may reach
MAX_AFTER_AS_OF = dt.timedelta(days=400)

# Each kind is a CSS class with its own pattern (report.css, the <defs> of _timeline.html.j2),
# so that a printout in black and white still tells them apart, and a legend entry.
LEGEND = (
    ("job", N_("job (counted)")),
    ("excluded", N_("excluded from the count")),
    ("unsure", N_("check: unsure, left out until a person checks")),
    ("permit", N_("work permit (basis on the bar)")),
    ("maintained", N_("maintained status (R183(5), R186(u))")),
    ("r186w", N_("R186(w): work while the PGWP is pending")),
    ("coop", N_("co-op permit: student work, never counts")),
    ("unauthorized", N_("not authorized")),
    ("application", N_("application, filed → decided")),
    ("studypermit", N_("study permit")),
    ("study", N_("full-time study")),
    ("language", N_("language result validity")),
    ("gap", N_("gap in work")),
    ("overlap", N_("jobs overlap")),
)
KINDS = tuple(kind for kind, _text in LEGEND) + ("claim",)


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
    short: str = ""  # drawn instead of `label` when only this fits the bar


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
    aria: str  # what a screen reader says: the title, the detail and the source
    detail: str
    source: str
    clipped_left: bool
    clipped_right: bool
    shown: str = ""  # the words drawn on the bar: the label, its short form, or nothing


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
    legend: tuple[tuple[str, str], ...] = ()  # (kind, text) of the kinds drawn, LEGEND's order


LANE_FONT = 12.0  # px of a lane's name (report.css `svg .lane`)
LANE_ROOM = PLOT_LEFT - 8 - 6  # from the name's x to the plot, less a little air


def text_width(text: str, size: float) -> float:
    """A generous estimate of `text`'s width in a sans-serif font of `size` px: the wider of
    Noto Sans's and DejaVu Sans's proportions (capitals and m, w wider than the rest)."""
    em = 0.0
    for ch in text:
        if ch in "mwMW…—":
            em += 0.92
        elif ch in " .,:;·'|!ijlt()[]/":
            em += 0.32
        elif ch.isupper():
            em += 0.72
        elif ch.isdigit():
            em += 0.64
        else:
            em += 0.58
    return em * size


def fit_lane(name: str, suffix: str = "") -> str:
    """`name` shortened (with …) so that `name + suffix` fits the lane's column."""
    if text_width(name + suffix, LANE_FONT) <= LANE_ROOM:
        return name + suffix
    while name and text_width(name.rstrip() + "…" + suffix, LANE_FONT) > LANE_ROOM:
        name = name[:-1]
    return name.rstrip() + "…" + suffix


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
            title = f"{lane}: {s.label}, {dates}" if s.label else f"{lane}, {dates}"
            inset = CLIP_MARK if s.start < start else 0.0  # the label starts after the ◀
            room = x1 - x0 - inset
            shown = next((t for t in (s.label, s.short) if t and _fits(t, room)), "")
            bars.append(
                Bar(
                    x=x0,
                    y=round(y + (ROW_HEIGHT - BAR_HEIGHT) / 2, 1),
                    width=round(x1 - x0, 1),
                    height=BAR_HEIGHT,
                    kind=s.kind if s.kind in KINDS else "job",
                    label=s.label,
                    show_label=bool(shown),
                    label_x=round(x0 + 4 + inset, 1),
                    title=title,
                    aria=". ".join(p for p in (title, s.detail, f"Source: {s.source}") if p),
                    detail=s.detail,
                    source=s.source,
                    clipped_left=s.start < start,
                    clipped_right=s.end > end,
                    shown=shown,
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
    drawn = {b.kind for r in rows for b in r.bars}
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
        legend=tuple((k, text) for k, text in LEGEND if k in drawn),
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
