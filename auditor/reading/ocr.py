"""Tesseract behind one module: probe the install, find a page's orientation, recognise words.

Recognition runs in-process through Tesseract's C API (tesserocr): the model stays loaded
between pages, and images are handed over as raw pixels (no PNG round trip). Debian's
libtesseract is built with OpenMP, which thrashes on small machines, so the CLI entry point sets
OMP_THREAD_LIMIT=1 before anything loads it, and parallelism comes from worker processes.
"""

from __future__ import annotations

import os
import re
import signal
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from auditor.errors import DependencyMissing
from auditor.reading import imaging

LANGUAGES = ("eng", "fra")
REQUIRED_DATA = ("eng", "fra", "osd")
INSTALL_HINT = (
    "sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd"
)
TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
PAGE_TIMEOUT_MS = 120_000
# Bump when the pixels given to Tesseract change (deskew, binarisation, scale): cached OCR
# pages made the old way are then read again. 3: skew from sheared ink coordinates,
# deskew by an interpolated vertical shear. 4: machine-readable zones read again on their own
# (auditor/reading/mrz_band.py). 7: phone photos flattened into the page's own frame and
# their uneven light evened out (imaging.photo_frame, imaging.even_light); 5, 6: drafts of it.
# 8: a photo read poorly is read again in black and white (imaging.binarise); 9: its
# machine-readable zone and lone numbers then read again in grey.
PIPELINE_VERSION = 9
# Below this mean word confidence a first pass may be reading a page sideways: ask OSD.
ORIENTATION_CHECK_BELOW = 0.70
OSD_MIN_CONFIDENCE = 1.5
# Loading a language and reading a blank 32 x 32 image takes well under a second.
PROBE_SECONDS = 30.0


@dataclass(frozen=True)
class Engine:
    """What the installed Tesseract is: its version, data folder and languages."""

    version: str
    tessdata: str
    languages: tuple[str, ...]

    @property
    def settings_key(self) -> str:
        """Everything that changes OCR output, for cache keys."""
        return (
            f"tesseract={self.version};langs={'+'.join(self.languages)};psm=3;"
            f"pipeline={PIPELINE_VERSION}"
        )


@dataclass(frozen=True)
class OcrWord:
    text: str
    bbox: tuple[int, int, int, int]  # pixels: x0, top, x1, bottom
    confidence: float  # 0..1


@dataclass(frozen=True)
class OcrResult:
    words: tuple[OcrWord, ...]
    rotation: int  # degrees the image was turned clockwise before recognition
    skew: float = 0.0  # then straightened by this angle (PIL rotate, counter-clockwise)

    @property
    def mean_confidence(self) -> float:
        if not self.words:
            return 0.0
        return sum(w.confidence for w in self.words) / len(self.words)


def _tessdata_dir() -> Path | None:
    """TESSDATA_PREFIX when set (as Tesseract itself does), else Debian's usual folders."""
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        for c in (Path(env), Path(env) / "tessdata"):
            if (c / "eng.traineddata").is_file():
                return c
        return Path(env)
    for folder in TESSDATA_CANDIDATES:
        if (Path(folder) / "eng.traineddata").is_file():
            return Path(folder)
    return None


def probe() -> Engine:
    """Check that Tesseract and its English, French and OSD data are installed, or raise exit 4."""
    try:
        import tesserocr
    except ImportError as exc:  # pragma: no cover - the package is a hard dependency
        raise DependencyMissing(
            f"The Tesseract binding (tesserocr) cannot be loaded: {exc}. "
            "Install the project with `make setup`."
        ) from exc
    tessdata = _tessdata_dir()
    if tessdata is None:
        raise DependencyMissing(f"Tesseract is not installed. Install it with: {INSTALL_HINT}")
    missing = [lang for lang in REQUIRED_DATA if not (tessdata / f"{lang}.traineddata").is_file()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{m}" for m in missing)
        raise DependencyMissing(
            f"Tesseract language data missing in {tessdata}: {', '.join(missing)}. "
            f"Install it with: sudo apt-get install -y {packages}"
        )
    damaged = damaged_data(tessdata)
    if damaged:
        files = ", ".join(str(tessdata / f"{lang}.traineddata") for lang in damaged)
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in damaged)
        raise DependencyMissing(
            f"Tesseract cannot load its language data: {files} is damaged (not the client's "
            f"documents). Reinstall it with: sudo apt-get install --reinstall -y {packages}"
        )
    return Engine(
        version=tesserocr.tesseract_version().split()[1],
        tessdata=str(tessdata),
        languages=LANGUAGES,
    )


def damaged_data(tessdata: Path) -> list[str]:
    """The languages of REQUIRED_DATA that Tesseract cannot load and use, each tried on a tiny
    image in a child process (a damaged file may crash the engine rather than fail), remembered
    while the files are unchanged."""
    stamps = []
    for lang in REQUIRED_DATA:
        info = (tessdata / f"{lang}.traineddata").stat()
        stamps.append((lang, info.st_size, info.st_mtime_ns, info.st_ino))
    return list(_damaged(str(tessdata), tuple(stamps)))


@lru_cache(maxsize=4)
def _damaged(tessdata: str, stamps: tuple[tuple[str, int, int, int], ...]) -> tuple[str, ...]:
    children = {lang: _try_language(tessdata, lang) for lang, *_ in stamps}
    deadline = time.monotonic() + PROBE_SECONDS
    failed = []
    for lang, pid in children.items():
        if not _exited_well(pid, deadline):
            failed.append(lang)
    return tuple(failed)


def _exited_well(pid: int, deadline: float) -> bool:
    """Whether the child exits 0 by `deadline`; one still running then is killed (a file that
    makes the engine loop forever is as damaged as one it refuses)."""
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status) == 0
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return False
        time.sleep(0.005)


def _try_language(tessdata: str, lang: str) -> int:
    """Fork a child that loads `lang` and reads a blank 32 x 32 image; exit 0 when it works."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)  # Tesseract's own complaints; the parent says what is wrong
        import tesserocr

        osd = lang == "osd"
        api = tesserocr.PyTessBaseAPI(
            path=tessdata,
            lang=lang,
            psm=tesserocr.PSM.OSD_ONLY if osd else tesserocr.PSM.SINGLE_BLOCK,
            oem=tesserocr.OEM.DEFAULT if osd else tesserocr.OEM.LSTM_ONLY,
        )
        if not osd:
            api.SetImageBytes(b"\xff" * 32 * 32, 32, 32, 1, 32)
            api.Recognize(10_000)
        code = 0
    finally:
        os._exit(code)


class _Apis:
    """One loaded Tesseract per language set and process, reused across pages."""

    def __init__(self) -> None:
        self._apis: dict[str, Any] = {}  # tesserocr has no type information

    def get(self, engine: Engine, lang: str, psm: int) -> Any:
        import tesserocr

        key = f"{lang}:{psm}"
        if key not in self._apis:
            self._apis[key] = tesserocr.PyTessBaseAPI(
                path=engine.tessdata,
                lang=lang,
                psm=psm,
                oem=tesserocr.OEM.LSTM_ONLY if lang != "osd" else tesserocr.OEM.DEFAULT,
            )
        return self._apis[key]


_APIS = _Apis()


def _prepare(image: Image.Image) -> Image.Image:
    """The image in grayscale, the only form Tesseract is given (no copy when it already is)."""
    return image if image.mode == "L" else image.convert("L")


def _set_image(api: Any, image: Image.Image) -> None:
    """Hand Tesseract the pixels themselves.

    `SetImage` would first encode the image to a file format in memory (PNG for an image
    opened from a PNG: +0.3-0.4 s on a noisy scan, PERF.md); raw 8-bit rows cost one copy.
    """
    gray = _prepare(image)
    api.SetImageBytes(gray.tobytes(), gray.width, gray.height, 1, gray.width)


def _recognise_upright(engine: Engine, image: Image.Image, dpi: int) -> list[OcrWord]:
    import tesserocr

    api = _APIS.get(engine, "+".join(engine.languages), tesserocr.PSM.AUTO)
    _set_image(api, image)
    api.SetSourceResolution(dpi)
    api.Recognize(PAGE_TIMEOUT_MS)
    words: list[OcrWord] = []
    it = api.GetIterator()
    level = tesserocr.RIL.WORD
    if it is not None:
        for w in tesserocr.iterate_level(it, level):
            try:
                text = w.GetUTF8Text(level)
            except RuntimeError:  # "No text returned": a block of ink with no words in it
                continue
            if not text or not text.strip():
                continue
            box = w.BoundingBox(level)
            if box is None:
                continue
            words.append(OcrWord(text.strip(), tuple(box), max(0.0, w.Confidence(level)) / 100))
    api.Clear()
    return words


def orientation(engine: Engine, image: Image.Image) -> int:
    """Degrees to turn the image clockwise so that its text is upright (0, 90, 180, 270)."""
    import tesserocr

    api = _APIS.get(engine, "osd", tesserocr.PSM.OSD_ONLY)
    small = image
    if max(image.size) > 2400:  # OSD needs characters, not full resolution
        scale = 2400 / max(image.size)
        small = image.resize((int(image.width * scale), int(image.height * scale)))
    _set_image(api, small)
    try:
        osd = api.DetectOrientationScript()
    except RuntimeError:
        return 0
    finally:
        api.Clear()
    if not osd or osd.get("orient_conf", 0) < OSD_MIN_CONFIDENCE:
        return 0
    # Tesseract reports how far the text was turned clockwise; turning back makes it upright.
    return (360 - int(osd["orient_deg"])) % 360


def rotate_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    if degrees % 360 == 0:
        return image
    return image.rotate(-degrees, expand=True)


def _reads_sideways(words: list[OcrWord]) -> bool:
    """Tesseract reads sideways text fluently, but its words then stand taller than wide."""
    long_words = [w for w in words if len(w.text) >= 4]
    if not long_words:
        return False
    tall = sum(1 for w in long_words if (w.bbox[3] - w.bbox[1]) > (w.bbox[2] - w.bbox[0]))
    return tall > len(long_words) / 2


def _straight_pass(engine: Engine, image: Image.Image, dpi: int, turn: int) -> OcrResult:
    turned = rotate_clockwise(image, turn)
    angle = imaging.skew_angle(turned)
    words = _recognise_upright(engine, imaging.deskew(turned, angle), dpi)
    return OcrResult(tuple(words), turn, angle)


def recognise(engine: Engine, image: Image.Image, dpi: int) -> OcrResult:
    """Words of a page image, turned upright and straightened first.

    The first pass assumes the page is upright. Only when it reads poorly, or its words stand
    sideways, does OSD (nearly a second pass in cost) decide the orientation for a second pass.
    Boxes are in the frame of the turned image (same size as the straightened one).
    """
    img = _prepare(image)
    first = _straight_pass(engine, img, dpi, 0)
    sideways = _reads_sideways(list(first.words))
    if len(first.words) >= 20 and first.mean_confidence >= ORIENTATION_CHECK_BELOW and not sideways:
        return first
    turn = orientation(engine, img)
    if turn == 0:
        return first
    second = _straight_pass(engine, img, dpi, turn)
    if sideways and not _reads_sideways(list(second.words)):
        return second if second.mean_confidence >= first.mean_confidence - 0.15 else first
    return second if second.mean_confidence > first.mean_confidence else first


# --- numbers the page pass skipped -------------------------------------------------------------

NUMBER = re.compile(r"^\d{1,5}(?:[.,]\d{1,2})?$")
RECOVERED_CONFIDENCE_CAP = 0.85  # a number read on its own, without its line, is less certain
MIN_RECOVERED_CONFIDENCE = 0.60
RECOVERY_TEXT_HEIGHT = 24  # pixels: the glyph height Tesseract's LSTM reads most reliably
BORDER_CHARS = set("|[]{}()!")
RULE_SHARE = 0.6  # a pixel row or column this dark is a box border, not a digit


def _strip_rules(crop: Image.Image) -> Image.Image:
    """White out box borders (long dark rows and columns) so they are not read as a '1'."""
    px = np.asarray(crop.convert("L")).copy()
    dark = px < 128
    px[dark.mean(axis=1) > RULE_SHARE, :] = 255
    px[:, dark.mean(axis=0) > RULE_SHARE] = 255
    return Image.fromarray(px)


def read_numbers(
    engine: Engine, image: Image.Image, regions: list[tuple[int, int, int, int]]
) -> list[OcrWord]:
    """Read each region (pixels of `image`) as one line of text; keep the well-formed numbers.

    Tesseract's page layout analysis sometimes drops a large number printed alone in a box (an
    overall score, a T4 amount) or small labels beside a chart: their ink is seen as a mark with
    no word. Read on its own as a single line, scaled to the text height the LSTM model reads
    best, such a number is recovered with a capped confidence (the lowest of its characters');
    anything that is not a plain number is dropped, never guessed.
    """
    import tesserocr

    if not regions:
        return []
    api = _APIS.get(engine, "eng", tesserocr.PSM.SINGLE_LINE)
    symbol, word = tesserocr.RIL.SYMBOL, tesserocr.RIL.WORD
    found: list[OcrWord] = []
    for x0, top, x1, bottom in regions:
        pad = max(4, int((bottom - top) * 0.4))
        left, upper = max(0, x0 - pad), max(0, top - pad)
        crop = _strip_rules(image.crop((left, upper, x1 + pad, bottom + pad)))
        scale = RECOVERY_TEXT_HEIGHT / max(1, bottom - top)
        crop = crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))))
        crop.format = None
        api.SetImage(crop)
        api.SetSourceResolution(300)
        api.Recognize(PAGE_TIMEOUT_MS)
        words: list[list] = []  # per word: characters, confidences, boxes
        it = api.GetIterator()
        for sym in tesserocr.iterate_level(it, symbol) if it is not None else ():
            try:
                ch = sym.GetUTF8Text(symbol) or ""
            except RuntimeError:
                continue
            if not words or sym.IsAtBeginningOf(word):
                words.append([[], [], []])
            box = sym.BoundingBox(symbol)
            if box is not None and ch.strip():
                words[-1][0].append(ch)
                words[-1][1].append(max(0.0, sym.Confidence(symbol)) / 100)
                words[-1][2].append(box)
        api.Clear()
        for chars, confs, boxes in words:
            while chars and chars[0] in BORDER_CHARS:  # a box edge read as a character
                del chars[0], confs[0], boxes[0]
            while chars and chars[-1] in BORDER_CHARS:
                del chars[-1], confs[-1], boxes[-1]
            text = "".join(chars)
            if not NUMBER.match(text) or min(confs) < MIN_RECOVERED_CONFIDENCE:
                continue
            bx0 = min(b[0] for b in boxes) / scale
            btop = min(b[1] for b in boxes) / scale
            bx1 = max(b[2] for b in boxes) / scale
            bbottom = max(b[3] for b in boxes) / scale
            found.append(
                OcrWord(
                    text,
                    (left + int(bx0), upper + int(btop), left + int(bx1), upper + int(bbottom)),
                    min(min(confs), RECOVERED_CONFIDENCE_CAP),
                )
            )
    return found


# --- machine-readable zones --------------------------------------------------------------------

MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
MRZ_TEXT_HEIGHT = 40  # pixels: OCR-B characters scaled to this height read best


def read_mrz(
    engine: Engine, image: Image.Image, box: tuple[int, int, int, int], turn: int, lines: int
) -> list[OcrWord]:
    """Read a machine-readable zone in `box` (pixels of `image`), turned `turn` degrees
    clockwise to be upright, holding about `lines` lines: one word per line, its characters
    joined (the zone has no spaces), read with the zone's alphabet only, its box in `image`.

    The zone is cropped, turned, scaled so its characters stand MRZ_TEXT_HEIGHT pixels tall
    (the page pass reads small OCR-B poorly: `<` as `K`), and read as one block.
    """
    import tesserocr

    x0, top, x1, bottom = box
    crop = rotate_clockwise(_prepare(image).crop(box), turn)
    across = crop.height / max(1, lines)  # one line's height, glyph and leading
    scale = max(0.5, min(4.0, MRZ_TEXT_HEIGHT / max(1.0, across * 0.6)))
    crop = crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))))
    api = _APIS.get(engine, "eng", tesserocr.PSM.SINGLE_BLOCK)
    api.SetVariable("tessedit_char_whitelist", MRZ_ALPHABET)
    try:
        _set_image(api, crop)
        api.SetSourceResolution(300)
        api.Recognize(PAGE_TIMEOUT_MS)
        level = tesserocr.RIL.TEXTLINE
        it = api.GetIterator()
        found: list[OcrWord] = []
        for line in tesserocr.iterate_level(it, level) if it is not None else ():
            try:
                text = (line.GetUTF8Text(level) or "").replace(" ", "").strip()
            except RuntimeError:
                continue
            lbox = line.BoundingBox(level)
            if not text or lbox is None:
                continue
            found.append(
                OcrWord(
                    text, _unturn(lbox, scale, turn, box), max(0.0, line.Confidence(level)) / 100
                )
            )
        return found
    finally:
        api.SetVariable("tessedit_char_whitelist", "")
        api.Clear()


def _unturn(
    lbox: tuple[int, int, int, int], scale: float, turn: int, box: tuple[int, int, int, int]
) -> tuple[int, int, int, int]:
    """A box read in the turned, scaled crop, in pixels of the image the crop came from."""
    x0, top, x1, bottom = (v / scale for v in lbox)
    w, h = box[2] - box[0], box[3] - box[1]  # the crop before turning
    if turn == 90:  # turning clockwise took (x, y) of the crop to (h - y, x)
        x0, top, x1, bottom = top, h - x1, bottom, h - x0
    elif turn == 270:
        x0, top, x1, bottom = w - bottom, x0, w - top, x1
    elif turn == 180:
        x0, top, x1, bottom = w - x1, h - bottom, w - x0, h - top
    return (
        box[0] + int(x0),
        box[1] + int(top),
        box[0] + int(round(x1)),
        box[1] + int(round(bottom)),
    )
