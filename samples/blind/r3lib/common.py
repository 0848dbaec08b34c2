# ruff: noqa: E501  (long data strings and field lists kept on one line)
"""Round 3 helpers. Drawing, truth recording, scan and photo simulation come from r2lib.common
(which itself starts from r1lib.common); only the new pieces live here."""

from r2lib.common import (
    FONTS,
    MONTHS_EN,
    MONTHS_FR,
    D,
    Doc,
    Truth,
    dmon,
    dmy,
    face_box,
    fr,
    guilloche,
    images_to_pdf,
    iso,
    logo_image,
    long_en,
    mdy,
    money,
    money_fr,
    photoify,
    render_pages,
    save_jpeg,
    scanify,
    seed_for,
    short_en,
    signature_image,
    ymd_slash,
)
from r2lib.stubs import calc

# re-exported for the round-3 modules and the driver
__all__ = [
    "FONTS",
    "MONTHS_EN",
    "MONTHS_FR",
    "D",
    "Doc",
    "Truth",
    "dmon",
    "dmy",
    "face_box",
    "fr",
    "guilloche",
    "images_to_pdf",
    "iso",
    "logo_image",
    "long_en",
    "mdy",
    "money",
    "money_fr",
    "photoify",
    "render_pages",
    "save_jpeg",
    "scanify",
    "seed_for",
    "short_en",
    "signature_image",
    "ymd_slash",
    "calc",
    "dmy_long",
    "d_mon_y",
    "ymd_dot",
    "hmm",
    "sig",
    "watermark",
    "smallcaps",
    "kv_block",
    "duties_truth",
]

# two new families: a handwriting face and Comic Neue (restaurant stub)
FONTS["hand"] = {
    "": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "B": "/usr/share/fonts/truetype/fifthhorseman/dkgBd.ttf",
    "I": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
}
FONTS["comic"] = {
    "": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "B": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
    "I": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Italic.otf",
}


def dmy_long(d):
    """'14 March 2026'."""
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def d_mon_y(d, sep="-"):
    """'14-Mar-2026'."""
    return f"{d.day:02d}{sep}{MONTHS_EN[d.month - 1][:3]}{sep}{d.year}"


def ymd_dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def hmm(h):
    """Hours as 'h:mm' (37.75 -> '37:45')."""
    m = int(round(h * 60))
    return f"{m // 60}:{m % 60:02d}"


def sig(d, rng, x, y, w=42):
    d.img(signature_image(rng), x, y, w, w / 3)


def watermark(d, text, x, y, size=70, angle=35, color=(236, 236, 240), fam="sans"):
    with d.rotation(angle, x, y):
        d.t(x, y, text, fam, size, "B", color=color, align="C")


def smallcaps(d, x, y, s, fam, size, color=(60, 60, 60)):
    """Pseudo small caps: upper-case text, initials of each word a little larger."""
    for w in s.split(" "):
        if not w:
            continue
        d.t(x, y, w[0].upper(), fam, size, color=color)
        x += d.sw(w[0].upper(), fam, size)
        rest = w[1:].upper()
        if rest:
            d.t(x, y + size * 0.06, rest, fam, size * 0.78, color=color)
            x += d.sw(rest, fam, size * 0.78)
        x += d.sw(" ", fam, size)
    return x


def kv_block(
    d,
    x,
    y,
    pairs,
    fam,
    size=10,
    lw=45,
    gap=6,
    lab_style="B",
    lab_color=(0, 0, 0),
    val_style="",
    vw=None,
):
    """Label/value pairs in two columns; long values wrap."""
    for lab, val in pairs:
        d.t(x, y, lab, fam, size, lab_style, color=lab_color)
        if vw:
            y2 = d.mt(x + lw, y, vw, val, fam, size, val_style, lh=1.3)
            y = max(y + gap, y2 + gap - size * 0.3528 * 1.3)
        else:
            d.t(x + lw, y, val, fam, size, val_style)
            y += gap
    return y


def duties_truth(T, duties):
    T.v("duties", duties)
    for du in duties:
        T.also("duties", du, du)
    return duties
