"""Fuzzing the document-reading path on mutated PDF and image bytes, on a fixed budget.

Each example runs `read_text` and then `read_ocr_page` on every planned page in a worker, as
the pipeline does (OCR itself is stubbed: the target is the parsers and decoders, not
Tesseract). A crash, a time-out or an unexplained exception is a failure; a refusal with a
reason is fine. Every crash found becomes a regression test below (`REGRESSIONS`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.models import SourceFile
from auditor.reading import ocr
from auditor.reading import read as reading
from auditor.reading.workers import TaskFailure, run_tasks

from .conftest import make_hostile

EXAMPLES = 6  # per seed format, each a batch of BATCH inputs: the run stays well under a minute
BATCH = 8
STUB = ocr.Engine("0.0", "/nonexistent", ("eng",))


def _seeds() -> dict[str, bytes]:
    import io

    from PIL import Image

    picture = Image.open(io.BytesIO(make_hostile.small_png())).convert("L").resize((350, 150))
    jpeg, tiff = io.BytesIO(), io.BytesIO()
    picture.save(jpeg, "JPEG", quality=60)
    picture.save(tiff, "TIFF", save_all=True, append_images=[picture], compression="tiff_lzw")
    return {
        "pdf": make_hostile.text_pdf(),
        "png": make_hostile.png(picture),
        "jpeg": jpeg.getvalue(),
        "tiff": tiff.getvalue(),
    }


SEEDS = _seeds()


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete", "repeat"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set" and data:
            data[at] = draw(st.sampled_from([0x00, 0xFF, 0x7F, 0x80, 0x30, 0x39]))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 32))] * draw(st.integers(2, 8))
    return bytes(data)


def _stub_recognise(engine, image, dpi):
    image.load()
    return ocr.OcrResult((), 0)


def _read_everything(path: Path) -> str:
    """Text pass and every planned page, in this worker; the verdict as a string."""
    ocr.recognise = _stub_recognise  # this process is a worker: the stub dies with it
    data = path.read_bytes()
    file = SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data))
    text = reading.read_text(file)
    pages = [reading.read_ocr_page(file, n, STUB) for n in text.ocr_pages]
    return reading.merge_ocr(text.read, pages).problem or "read"


def check(tmp_path: Path, inputs: list[bytes], suffix: str) -> None:
    """Read every input in workers (one pool per batch); fail on the first unexplained outcome."""
    paths = []
    for i, data in enumerate(inputs):
        paths.append(tmp_path / f"fuzz{i}{suffix}")
        paths[-1].write_bytes(data)
    outcomes = run_tasks(_read_everything, paths, 2, lambda _: 20.0)
    for outcome, data in zip(outcomes, inputs, strict=True):
        if isinstance(outcome.result, TaskFailure):
            pytest.fail(f"{outcome.result.reason}\ninput (hex): {data.hex()[:4000]}")


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples in CI every time; widen locally with a profile
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@pytest.mark.parametrize("kind", sorted(SEEDS))
def test_mutated_documents_never_crash_the_reader(tmp_path, kind):
    @FUZZ
    @given(st.lists(mutated(SEEDS[kind]), min_size=BATCH, max_size=BATCH))
    def run(inputs: list[bytes]) -> None:
        check(tmp_path, inputs, "." + kind)

    run()


# Inputs that once broke the reading path, kept as regression tests (name -> bytes maker).
REGRESSIONS: dict[str, bytes] = {
    "image-then-truncated-at-header": SEEDS["png"][:40],
    "tiff-with-no-frames": SEEDS["tiff"][:8],
    "pdf-header-only": b"%PDF-1.4\n%%EOF\n",
    "jpeg-soi-only": b"\xff\xd8\xff\xe0",
    # found by this fuzzer: a broken deflate/JPEG stream raised OSError out of the page decoder
    "png-broken-data-stream": SEEDS["png"][:60]
    + bytes(b ^ 0x55 for b in SEEDS["png"][60:200])
    + SEEDS["png"][200:],
    "jpeg-broken-data-stream": SEEDS["jpeg"][:700] + b"\xff" * 40 + SEEDS["jpeg"][740:],
}


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regressions(tmp_path, name):
    check(tmp_path, [REGRESSIONS[name]], ".bin")
