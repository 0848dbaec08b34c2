"""Round 2's drawing, rasterising, scan and photo helpers: round 1's (r1lib/common.py) with round
2's PDF creation date and phone-photo rotation (3-20 degrees instead of 5-20), plus the truth
recording and formatting round 2 added."""
from datetime import datetime, timezone

from r1lib import common as _r1
from r1lib.common import (  # noqa: F401 - the round-2 modules import these from here
    face_box,
    guilloche,
    logo_image,
    render_pages,
    save_jpeg,
    scanify,
    seed_for,
    signature_image,
)

FIXED_DATE = datetime(2026, 11, 20, 14, 0, 0, tzinfo=timezone.utc)


class Doc(_r1.Doc):
    fixed_creation_date = FIXED_DATE


def photoify(page_rgb, rng, out_w=None, landscape=False):
    return _r1.photoify(page_rgb, rng, out_w, landscape, min_rotation=3)


def images_to_pdf(images, path, dpi, quality=78):
    return _r1.images_to_pdf(images, path, dpi, quality, creation_date=FIXED_DATE)


# ---------------------------------------------------------------------------
# truth recording and formatting

import datetime as _dt

MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']


def D(s):
    return _dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def long_en(d):
    return f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}'


def short_en(d):
    return f'{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}'


def fr(d):
    day = '1er' if d.day == 1 else str(d.day)
    return f'{day} {MONTHS_FR[d.month - 1]} {d.year}'


def dmy(d, sep='/'):
    return f'{d.day:02d}{sep}{d.month:02d}{sep}{d.year}'


def mdy(d, sep='/'):
    return f'{d.month:02d}{sep}{d.day:02d}{sep}{d.year}'


def dmon(d, upper=True):
    m = MONTHS_EN[d.month - 1][:3]
    return f'{d.day:02d} {m.upper() if upper else m} {d.year}'


def ymd_slash(d):
    return f'{d.year}/{d.month:02d}/{d.day:02d}'


def money(x, dec=2):
    return f'{x:,.{dec}f}'


def money_fr(x, dec=2):
    s = f'{x:,.{dec}f}'
    return s.replace(',', ' ').replace('.', ',')


class Truth:
    """Collects ground-truth fields and the exact strings that print them."""

    def __init__(self):
        self.fields = {}
        self.shown = []  # (field, value, printed)

    def v(self, field, value, printed=None):
        self.fields[field] = value
        if printed is not None:
            self.shown.append((field, value, printed))
        return printed

    def also(self, field, value, printed):
        """Record another printed occurrence without changing the field."""
        self.shown.append((field, value, printed))
        return printed
