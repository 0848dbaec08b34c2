"""Drawing, rasterising, scan and photo simulation helpers."""
import io
import math
import zlib
from datetime import datetime, timezone

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

FONT_DIRS = {
    'lib': '/usr/share/fonts/truetype/liberation/',
    'dv': '/usr/share/fonts/truetype/dejavu/',
    'free': '/usr/share/fonts/truetype/freefont/',
    'noto': '/usr/share/fonts/truetype/noto/',
    'cx': '/usr/share/fonts/truetype/crosextra/',
    'rob': '/usr/share/fonts/truetype/roboto/unhinted/',
    'os': '/usr/share/fonts/truetype/open-sans/',
}

FONTS = {
    # family: {style: path}
    'sans': {'': 'lib:LiberationSans-Regular.ttf', 'B': 'lib:LiberationSans-Bold.ttf', 'I': 'lib:LiberationSans-Italic.ttf'},
    'serif': {'': 'lib:LiberationSerif-Regular.ttf', 'B': 'lib:LiberationSerif-Bold.ttf', 'I': 'lib:LiberationSerif-Italic.ttf'},
    'mono': {'': 'lib:LiberationMono-Regular.ttf', 'B': 'lib:LiberationMono-Bold.ttf', 'I': 'lib:LiberationMono-Italic.ttf'},
    'narrow': {'': 'lib:LiberationSansNarrow-Regular.ttf', 'B': 'lib:LiberationSansNarrow-Bold.ttf', 'I': 'lib:LiberationSansNarrow-Italic.ttf'},
    'dejavu': {'': 'dv:DejaVuSans.ttf', 'B': 'dv:DejaVuSans-Bold.ttf', 'I': 'dv:DejaVuSans-Oblique.ttf'},
    'dvcond': {'': 'dv:DejaVuSansCondensed.ttf', 'B': 'dv:DejaVuSansCondensed-Bold.ttf', 'I': 'dv:DejaVuSansCondensed-Oblique.ttf'},
    'dvserif': {'': 'dv:DejaVuSerif.ttf', 'B': 'dv:DejaVuSerif-Bold.ttf', 'I': 'dv:DejaVuSerif-Italic.ttf'},
    'dvmono': {'': 'dv:DejaVuSansMono.ttf', 'B': 'dv:DejaVuSansMono-Bold.ttf', 'I': 'dv:DejaVuSansMono-Oblique.ttf'},
    'freesans': {'': 'free:FreeSans.ttf', 'B': 'free:FreeSansBold.ttf', 'I': 'free:FreeSansOblique.ttf'},
    'freeserif': {'': 'free:FreeSerif.ttf', 'B': 'free:FreeSerifBold.ttf', 'I': 'free:FreeSerifItalic.ttf'},
    'typewriter': {'': 'free:FreeMono.ttf', 'B': 'free:FreeMonoBold.ttf', 'I': 'free:FreeMonoOblique.ttf'},
    'notosans': {'': 'noto:NotoSans-Regular.ttf', 'B': 'noto:NotoSans-Bold.ttf', 'I': 'noto:NotoSans-Italic.ttf'},
    'notoserif': {'': 'noto:NotoSerif-Regular.ttf', 'B': 'noto:NotoSerif-Bold.ttf', 'I': 'noto:NotoSerif-Italic.ttf'},
    'carlito': {'': 'cx:Carlito-Regular.ttf', 'B': 'cx:Carlito-Bold.ttf', 'I': 'cx:Carlito-Italic.ttf'},
    'caladea': {'': 'cx:Caladea-Regular.ttf', 'B': 'cx:Caladea-Bold.ttf', 'I': 'cx:Caladea-Italic.ttf'},
    'roboto': {'': 'rob:RobotoTTF/Roboto-Regular.ttf', 'B': 'rob:RobotoTTF/Roboto-Bold.ttf', 'I': 'rob:RobotoTTF/Roboto-Italic.ttf'},
    'robcond': {'': 'rob:RobotoCondensed-Regular.ttf', 'B': 'rob:RobotoCondensed-Bold.ttf', 'I': 'rob:RobotoCondensed-Italic.ttf'},
    'opensans': {'': 'os:OpenSans-Regular.ttf', 'B': 'os:OpenSans-Bold.ttf', 'I': 'os:OpenSans-Italic.ttf'},
    'oscond': {'': 'os:OpenSans-CondLight.ttf', 'B': 'os:OpenSans-CondBold.ttf', 'I': 'os:OpenSans-CondLightItalic.ttf'},
    'ocrb': {'': '/usr/share/fonts/opentype/ocr-b/OCRB.otf', 'B': '/usr/share/fonts/opentype/ocr-b/OCRB.otf', 'I': '/usr/share/fonts/opentype/ocr-b/OCRB.otf'},
}


def font_path(spec):
    if spec.startswith('/'):
        return spec
    d, f = spec.split(':', 1)
    return FONT_DIRS[d] + f


FIXED_DATE = datetime(2026, 5, 4, 9, 30, 0, tzinfo=timezone.utc)
PT = 0.3528  # mm per point


def seed_for(name):
    return zlib.crc32(name.encode('utf-8'))


class Doc(FPDF):
    fixed_creation_date = FIXED_DATE  # a later round's Doc sets its own

    def __init__(self, fmt='letter', orientation='P', producer=None):
        super().__init__(orientation=orientation, unit='mm', format=fmt)
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.set_creation_date(self.fixed_creation_date)
        if producer:
            self.set_producer(producer)
        self._reg = set()
        self.add_page()

    # fonts -----------------------------------------------------------
    def f(self, fam, size, style=''):
        style = style.upper()
        key = (fam, style)
        if key not in self._reg:
            self.add_font(fam, style, font_path(FONTS[fam][style]))
            self._reg.add(key)
        self.set_font(fam, style, size)

    def col(self, c):
        self.set_text_color(*c)

    # text ------------------------------------------------------------
    def t(self, x, y, s, fam='sans', size=10, style='', color=(0, 0, 0), align='L', w=None):
        """Text with top-left at (x, y). align R: x is the right edge; C: x is the centre."""
        self.f(fam, size, style)
        self.col(color)
        h = size * PT * 1.2
        sw = self.get_string_width(s) + 0.2
        if w is None:
            w = sw
        if align == 'R':
            self.set_xy(x - w, y)
        elif align == 'C':
            self.set_xy(x - w / 2, y)
        else:
            self.set_xy(x, y)
        self.cell(w, h, s, align=align)
        return y + h

    def mt(self, x, y, w, s, fam='sans', size=10, style='', lh=1.35, align='L', color=(0, 0, 0)):
        self.f(fam, size, style)
        self.col(color)
        self.set_xy(x, y)
        self.multi_cell(w, size * PT * lh, s, align=align)
        return self.get_y()

    def sw(self, s, fam, size, style=''):
        self.f(fam, size, style)
        return self.get_string_width(s)

    def rect2(self, x, y, w, h, fill=None, draw=(0, 0, 0), lw=0.25):
        self.set_line_width(lw)
        if draw is not None:
            self.set_draw_color(*draw)
        if fill is not None:
            self.set_fill_color(*fill)
        style = ('F' if draw is None else 'DF') if fill is not None else 'D'
        self.rect(x, y, w, h, style=style)

    def hl(self, x1, x2, y, lw=0.25, c=(0, 0, 0)):
        self.set_line_width(lw)
        self.set_draw_color(*c)
        self.line(x1, y, x2, y)

    def vl(self, x, y1, y2, lw=0.25, c=(0, 0, 0)):
        self.set_line_width(lw)
        self.set_draw_color(*c)
        self.line(x, y1, x, y2)

    def img(self, im, x, y, w=None, h=None):
        self.image(im, x=x, y=y, w=w or 0, h=h or 0)

    def bullets(self, x, y, w, items, fam='sans', size=10, bullet='•', lh=1.35, gap=1.0, numbered=False,
                color=(0, 0, 0), indent=5):
        for i, it in enumerate(items):
            mark = f'{i + 1}.' if numbered else bullet
            self.t(x, y, mark, fam, size, color=color)
            y = self.mt(x + indent, y, w - indent, it, fam, size, lh=lh, color=color) + gap
        return y


# ---------------------------------------------------------------------------
# graphics

def signature_image(rng, ink=(25, 35, 110)):
    """An ink scribble, RGBA."""
    W, H = 900, 300
    im = Image.new('RGBA', (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    n = int(rng.integers(7, 12))
    xs = np.linspace(60, W - 120, n) + rng.normal(0, 20, n)
    ys = H / 2 + rng.normal(0, 55, n)
    pts = []
    for i in range(n - 1):
        for t in np.linspace(0, 1, 14, endpoint=False):
            x = xs[i] + (xs[i + 1] - xs[i]) * t
            y = ys[i] + (ys[i + 1] - ys[i]) * t + math.sin(t * math.pi * 2) * rng.uniform(10, 45)
            pts.append((x, y))
    width = int(rng.integers(5, 9))
    d.line(pts, fill=ink + (255,), width=width, joint='curve')
    # a loop at the start
    cx, cy, r = xs[0] + 10, ys[0] - 30, rng.uniform(25, 50)
    loop = [(cx + r * math.cos(a), cy + r * 1.6 * math.sin(a)) for a in np.linspace(0, 2 * math.pi, 40)]
    d.line(loop, fill=ink + (255,), width=width, joint='curve')
    # underline flourish
    y0 = H - 60 + rng.uniform(-15, 15)
    d.line([(80, y0 + 10), (W * 0.5, y0 - 5), (W - 60, y0 + rng.uniform(-25, 5))], fill=ink + (255,),
           width=max(3, width - 2), joint='curve')
    return im.filter(ImageFilter.GaussianBlur(0.8))


def logo_image(initials, color, shape='square', fg=(255, 255, 255), size=300):
    from PIL import ImageFont
    im = Image.new('RGBA', (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    if shape == 'square':
        d.rectangle([0, 0, size - 1, size - 1], fill=color + (255,))
    elif shape == 'circle':
        d.ellipse([0, 0, size - 1, size - 1], fill=color + (255,))
    else:
        d.polygon([(size / 2, 0), (size - 1, size / 2), (size / 2, size - 1), (0, size / 2)], fill=color + (255,))
    fnt = ImageFont.truetype(font_path(FONTS['sans']['B']), int(size * (0.42 if len(initials) <= 2 else 0.3)))
    bb = d.textbbox((0, 0), initials, font=fnt)
    d.text(((size - (bb[2] - bb[0])) / 2 - bb[0], (size - (bb[3] - bb[1])) / 2 - bb[1]), initials, font=fnt, fill=fg + (255,))
    return im


def guilloche(w_px, h_px, rng, color=(180, 200, 220), bg=(245, 243, 235)):
    im = Image.new('RGB', (w_px, h_px), bg)
    d = ImageDraw.Draw(im)
    for k in range(26):
        a = rng.uniform(0.5, 3.0)
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(0.05, 0.2) * h_px
        base = h_px * (k + 0.5) / 26
        pts = [(x, base + amp * math.sin(x / w_px * a * 6.28 + ph) + amp * 0.4 * math.sin(x / w_px * 17 + k))
               for x in range(0, w_px, 6)]
        d.line(pts, fill=color, width=1)
    for k in range(10):
        cx, cy = rng.uniform(0, w_px), rng.uniform(0, h_px)
        for r in range(10, int(h_px * 0.6), 14):
            d.ellipse([cx - r, cy - r * 0.7, cx + r, cy + r * 0.7], outline=tuple(min(255, c + 25) for c in color))
    return im


def face_box(w_px, h_px, rng):
    im = Image.new('L', (w_px, h_px), int(rng.integers(205, 225)))
    d = ImageDraw.Draw(im)
    g = int(rng.integers(120, 160))
    d.ellipse([w_px * 0.28, h_px * 0.14, w_px * 0.72, h_px * 0.6], fill=g)
    d.ellipse([w_px * 0.08, h_px * 0.58, w_px * 0.92, h_px * 1.3], fill=g - 20)
    return im.filter(ImageFilter.GaussianBlur(2)).convert('RGB')


# ---------------------------------------------------------------------------
# rasterising and degradation

def render_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert('RGB'))
        page.close()
    pdf.close()
    return out


def _speckle(arr, rng, density):
    h, w = arr.shape
    n = int(h * w * density)
    ys = rng.integers(0, h, n)
    xs = rng.integers(0, w, n)
    vals = rng.integers(0, 120, n)
    arr[ys, xs] = np.minimum(arr[ys, xs], vals)
    # a few 2x2 blobs
    m = n // 4
    ys2 = np.clip(rng.integers(0, h - 1, m), 0, h - 2)
    xs2 = np.clip(rng.integers(0, w - 1, m), 0, w - 2)
    for dy in (0, 1):
        for dx in (0, 1):
            arr[ys2 + dy, xs2 + dx] = np.minimum(arr[ys2 + dy, xs2 + dx], 90)
    return arr


def scanify(page_rgb, rng):
    g = page_rgb.convert('L')
    angle = float(rng.uniform(0.5, 3.0)) * (1 if rng.random() < 0.5 else -1)
    g = g.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.45, 0.9))))
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(rng.integers(235, 250)))
    a = np.asarray(g).astype(np.float32)
    # paper tone, toner contrast, slight uneven illumination
    h, w = a.shape
    paper = rng.uniform(232, 248)
    ink = rng.uniform(15, 45)
    a = ink + (a / 255.0) * (paper - ink)
    yy = np.linspace(-1, 1, h)[:, None]
    xx = np.linspace(-1, 1, w)[None, :]
    a = a * (1 - 0.03 * (xx * rng.uniform(-1, 1) + yy * rng.uniform(-1, 1)))
    a += rng.normal(0, rng.uniform(1.5, 3.5), a.shape).astype(np.float32)
    a = _speckle(a, rng, rng.uniform(0.00015, 0.0005))
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, 'L')


def _persp_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE mapping output (dst) points to input (src) points."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.extend([u, v])
    return np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64)).tolist()


def _background(W, H, rng):
    kind = int(rng.integers(0, 4))
    base = [(92, 62, 40), (58, 58, 62), (120, 88, 60), (40, 48, 44)][kind]
    small = rng.normal(0, 1, (8, 8))
    low = np.asarray(Image.fromarray(((small - small.min()) / (np.ptp(small) + 1e-6) * 255).astype(np.uint8))
                     .resize((W, H), Image.BICUBIC)).astype(np.float32) / 255.0
    arr = np.zeros((H, W, 3), np.float32)
    for c in range(3):
        arr[..., c] = base[c] * (0.8 + 0.4 * low)
    if kind in (0, 2):  # wood grain
        yy = np.arange(H)[:, None]
        xx = np.arange(W)[None, :]
        grain = np.sin((yy * 0.9 + 25 * np.sin(xx / 180.0 + rng.uniform(0, 6))) / rng.uniform(5, 11))
        arr *= (1 + 0.07 * grain)[..., None]
    arr += rng.normal(0, 4, arr.shape)
    return arr


def photoify(page_rgb, rng, out_w=None, landscape=False, min_rotation=5):
    """A phone photo of the page: rotated min_rotation-20 degrees either way, on a desk."""
    if out_w is None:
        out_w = int(rng.integers(1600, 2300))
    pw, ph = page_rgb.size
    aspect = ph / pw
    if landscape or aspect < 1:
        W = out_w
        H = int(out_w * rng.uniform(0.72, 0.8))
    else:
        W = out_w
        H = int(out_w * rng.uniform(1.3, 1.42))
    bg = _background(W, H, rng)
    theta = math.radians(float(rng.uniform(min_rotation, 20)) * (1 if rng.random() < 0.5 else -1))
    # scale so that the rotated page fits with a margin
    cos, sin = abs(math.cos(theta)), abs(math.sin(theta))
    fill = rng.uniform(0.86, 0.95)
    s = min(W * fill / (pw * cos + ph * sin), H * fill / (pw * sin + ph * cos))
    cx = W / 2 + rng.uniform(-0.03, 0.03) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    corners = [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
    dst = []
    keystone = rng.uniform(0.02, 0.07)
    for i, (x, y) in enumerate(corners):
        x2, y2 = x * s, y * s
        # perspective: far (top) edge narrower
        if y < 0:
            x2 *= (1 - keystone)
        else:
            x2 *= (1 + keystone * 0.3)
        xr = x2 * math.cos(theta) - y2 * math.sin(theta)
        yr = x2 * math.sin(theta) + y2 * math.cos(theta)
        jit = 0.012 * W
        dst.append((cx + xr + rng.uniform(-jit, jit), cy + yr + rng.uniform(-jit, jit)))
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _persp_coeffs(dst, src)
    # paper tint
    p = np.asarray(page_rgb).astype(np.float32)
    tint = np.array([rng.uniform(0.95, 1.0), rng.uniform(0.94, 0.99), rng.uniform(0.88, 0.96)], np.float32)
    p = p * tint
    page_t = Image.fromarray(np.clip(p, 0, 255).astype(np.uint8))
    warped = np.asarray(page_t.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)).astype(np.float32)
    mask_im = Image.new('L', (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    mask = np.asarray(mask_im).astype(np.float32) / 255.0
    # drop shadow
    sh = mask_im.filter(ImageFilter.GaussianBlur(W * 0.012))
    off = int(W * 0.01)
    sh = np.roll(np.roll(np.asarray(sh).astype(np.float32) / 255.0, off, axis=0), off, axis=1)
    bg *= (1 - 0.55 * sh)[..., None]
    comp = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # lighting: directional gradient + soft shadow blob + vignette
    yy = np.linspace(-1, 1, H)[:, None]
    xx = np.linspace(-1, 1, W)[None, :]
    ang = rng.uniform(0, 6.28)
    grad = 1.0 + 0.18 * (xx * math.cos(ang) + yy * math.sin(ang))
    vig = 1.0 - 0.18 * (xx ** 2 + yy ** 2)
    bx, by = rng.uniform(-1, 1), rng.uniform(-1, 1)
    blob = 1.0 - rng.uniform(0.15, 0.3) * np.exp(-(((xx - bx) ** 2) / 0.25 + ((yy - by) ** 2) / 0.6))
    light = grad * vig * blob * rng.uniform(0.92, 1.02)
    comp *= light[..., None]
    comp *= np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.9, 0.97)], np.float32)  # warm cast
    comp += rng.normal(0, 3.0, comp.shape)
    out = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8), 'RGB')
    out = out.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.6, 1.3))))
    return out


def save_jpeg(im, path, quality):
    im.save(path, 'JPEG', quality=int(quality), optimize=True)


def images_to_pdf(images, path, dpi, quality=78, creation_date=FIXED_DATE):
    """An image-only PDF (no text layer), one page per image, JPEG inside."""
    first = images[0]
    pdf = FPDF(unit='pt', format=(first.size[0] * 72.0 / dpi, first.size[1] * 72.0 / dpi))
    pdf.set_creation_date(creation_date)
    pdf.set_auto_page_break(False)
    pdf.set_producer('Scanner Utility 4.2')
    for im in images:
        wpt, hpt = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        pdf.add_page(format=(wpt, hpt))
        buf = io.BytesIO()
        im.save(buf, 'JPEG', quality=quality, optimize=True)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=wpt, h=hpt)
    pdf.output(path)
