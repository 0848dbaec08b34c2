"""The shared folder beside the checkout (`../shared`: robustness corpus, data), found from here.

Tests that read shared files skip, saying why, only when the folder itself is absent (a clone
elsewhere); when it is present, a file missing from it is a failure, not a skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
HAVE_SHARED = SHARED.is_dir()
ABSENT = f"the shared folder is absent: no {SHARED.resolve()} beside this checkout"
CORPUS = SHARED / "corpus" / "pdf"


def need_shared() -> None:
    """Skip the calling test when `../shared` is absent."""
    if not HAVE_SHARED:
        pytest.skip(ABSENT)
