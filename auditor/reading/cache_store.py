"""The cache's entries on disk: a private folder, a keyed hash on every entry, a size bound.

Nothing found in the cache folder is trusted before it is checked:

- the folder must belong to the user running the audit and be writable by no one else
  (`folder_problem`); otherwise the cache is not used;
- every entry starts with an HMAC-SHA256 tag over its kind, its name and its payload, keyed by
  a secret of 32 random bytes made on first use (`key` in the cache folder, mode 0600, owned
  by the user). The tag is verified before the payload is looked at: an entry that was edited,
  copied under another name, planted, or written with another secret is a miss (and is
  replaced when the file is read again). Payloads are data (JSON) decoded strictly by their
  owner; nothing in the cache is ever executed;
- the cache holds at most `max_bytes()` (`AUDIT_CACHE_MAX_MB`, default 2 GiB): when a write
  takes it past the bound, the least recently used entries are deleted down to 90% of it. A
  hit marks its entry used (its modification time).

Entries live in `<folder>/<kind>/<2 hex>/<64 hex>.entry`, written atomically (a temporary
file, then a rename), folders 0700 and files 0600. A cache that cannot be read or written only
costs time: every error is a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import re
import secrets
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"cec-auditor cache entry\n"
TAG_BYTES = 32
KEY_FILE = "key"
KEY_BYTES = 32
MAX_MB_ENV = "AUDIT_CACHE_MAX_MB"
DEFAULT_MAX_BYTES = 2 * 1024**3
PRUNE_TO = 0.9  # of the bound, so that the next writes do not prune again at once
MAX_ENTRY_BYTES = 256 * 1024**2  # far above any real entry: a bigger file is not read

_NAME = re.compile(r"[0-9a-f]{64}")  # a sha256: never a path of its own
_SHARD = re.compile(r"[0-9a-f]{2}")
_ENTRY = re.compile(r"[0-9a-f]{64}\.entry|tmp\w+\.tmp")
# Entries of earlier versions, never read now: pickles of pages, unauthenticated pictures.
_LEGACY = re.compile(r"[0-9a-f]{64}\.(pickle|json)")
_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def folder_problem(folder: Path) -> str | None:
    """Why `folder` may not hold the cache, or None; the folder is made (0700) when missing.

    It must be a folder owned by the user running the audit, writable by no one else: anyone
    who can write there could remove or replace entries, or the secret they are signed with.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.stat()
    except OSError as exc:
        return f"cannot be used ({exc.strerror or exc})"
    if not stat.S_ISDIR(info.st_mode):
        return "is not a folder"
    if info.st_uid != os.geteuid():
        return f"belongs to another user (uid {info.st_uid}, you are {os.geteuid()})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        who = "every user" if info.st_mode & stat.S_IWOTH else "its group"
        return f"can be written by {who} (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def max_bytes() -> int:
    """The cache's size bound: `AUDIT_CACHE_MAX_MB` mebibytes, else 2 GiB."""
    value = os.environ.get(MAX_MB_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        mebibytes = int(value)
    except ValueError:
        mebibytes = -1
    if mebibytes < 0:
        log.warning("%s=%r is not a number of MB: the cache keeps at most 2 GiB", MAX_MB_ENV, value)
        return DEFAULT_MAX_BYTES
    return mebibytes * 1024**2


def load_key(folder: Path) -> bytes | None:
    """The cache's secret, made when missing or unfit (then every older entry is a miss)."""
    path = folder / KEY_FILE
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        return _new_key(folder, replace=False)
    except OSError:  # a link, or unreadable: replaced
        return _new_key(folder, replace=True)
    try:
        info = os.fstat(fd)
        fit = (
            stat.S_ISREG(info.st_mode)
            and info.st_uid == os.geteuid()
            and not info.st_mode & 0o077
            and info.st_size == KEY_BYTES
        )
        key = os.read(fd, KEY_BYTES + 1) if fit else b""
    except OSError:
        key = b""
    finally:
        os.close(fd)
    if len(key) == KEY_BYTES:
        return key
    log.warning("cache secret %s is not private or is damaged: a new one is made", path)
    return _new_key(folder, replace=True)


def _new_key(folder: Path, replace: bool) -> bytes | None:
    key = secrets.token_bytes(KEY_BYTES)
    path = folder / KEY_FILE
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")  # mode 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # atomic: another audit may have made it first
            except FileExistsError:
                return load_key(folder)
        return key
    except OSError as exc:
        log.info("cache not used: no secret in %s (%s)", folder, exc)
        return None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


class EntryStore:
    """Authenticated entries of one kind (`read`, `pictures`) in the cache folder `root`.

    A root of None keeps nothing. The folder is checked and the secret loaded on first use; an
    unfit folder makes every lookup a miss and every write a no-op (with one warning).
    """

    def __init__(self, root: Path | None, kind: str, bound: int | None = None) -> None:
        self.root = root
        self.kind = kind
        self.bound = max_bytes() if bound is None else bound
        self._key: bytes | None = None
        self._checked = False

    def _ready(self) -> bytes | None:
        if self.root is None:
            return None
        if not self._checked:
            self._checked = True
            problem = folder_problem(self.root)
            if problem is not None:
                log.warning("cache not used: %s %s", self.root, problem)
            else:
                remove_pickles(self.root)
                self._key = load_key(self.root)
        return self._key

    def path(self, name: str) -> Path:
        assert self.root is not None
        return self.root / self.kind / name[:2] / f"{name}.entry"

    def _tag(self, key: bytes, name: str, payload: bytes) -> bytes:
        mac = hmac.new(key, f"{self.kind}\0{name}\0".encode(), hashlib.sha256)
        mac.update(payload)
        return mac.digest()

    def read(self, name: str) -> bytes | None:
        """The payload kept under `name`, or None when missing, unauthentic or unreadable."""
        key = self._ready()
        if key is None or not _NAME.fullmatch(name):
            return None
        path = self.path(name)
        try:
            fd = os.open(path, _FLAGS)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or not 0 < info.st_size <= MAX_ENTRY_BYTES:
                return None
            with os.fdopen(os.dup(fd), "rb") as fh:
                data = fh.read(MAX_ENTRY_BYTES + 1)
            with contextlib.suppress(OSError):
                os.utime(fd)  # used now: pruned last
        except OSError:
            return None
        finally:
            os.close(fd)
        head = len(MAGIC) + TAG_BYTES
        payload = data[head:]
        if data[: len(MAGIC)] != MAGIC or not hmac.compare_digest(
            data[len(MAGIC) : head], self._tag(key, name, payload)
        ):
            log.info("cache entry %s is not authentic: ignored", path)
            return None
        return payload

    def write(self, name: str, payload: bytes) -> None:
        """Keep `payload` under `name`, then keep the cache within its bound."""
        key = self._ready()
        if key is None or self.root is None or not _NAME.fullmatch(name):
            return
        data = MAGIC + self._tag(key, name, payload) + payload
        if write_private(self.root, self.path(name), data):
            folder = str(self.root)
            size = _held.get(folder)
            size = cache_size(self.root) if size is None else size + len(data)
            if size > self.bound:
                size = prune(self.root, int(self.bound * PRUNE_TO))
            _held[folder] = size


# Bytes held by each cache folder used in this process: counted at its first write, then kept
# up to date by every store writing there (another audit's writes are seen at the next prune).
_held: dict[str, int] = {}


def write_private(directory: Path, path: Path, data: bytes) -> bool:
    """Write a file atomically, folders 0700 from `directory` down and the file 0600.

    Returns whether it was written: errors are ignored (a cache that fails only costs time).
    """
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = directory
        for part in path.parent.relative_to(directory).parts:
            folder = folder / part
            folder.mkdir(exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False


def _entries(root: Path) -> list[tuple[float, int, str]]:
    """(last used, size, path) of every entry of the cache; entries of earlier versions are
    deleted on sight. Only files named as the cache names them are seen, so a cache folder
    pointed at a folder holding other files never loses them."""
    found = []
    shards = []
    for parent in (root, root / "read", root / "pictures"):
        try:
            with os.scandir(parent) as it:
                shards += [e.path for e in it if _SHARD.fullmatch(e.name) and e.is_dir()]
        except OSError:
            continue
    for shard in shards:
        try:
            with os.scandir(shard) as it:
                for entry in it:
                    if not entry.is_file(follow_symlinks=False):
                        continue
                    if _LEGACY.fullmatch(entry.name):
                        Path(entry.path).unlink(missing_ok=True)
                    elif _ENTRY.fullmatch(entry.name):
                        info = entry.stat(follow_symlinks=False)
                        found.append((info.st_mtime, info.st_size, entry.path))
        except OSError:
            continue
    return found


def remove_pickles(root: Path) -> None:
    """Delete the pickled entries of earlier versions (`<root>/<2 hex>/<64 hex>.pickle`), and
    their folders once empty: never read, they are only a risk. Cheap once they are gone."""
    try:
        with os.scandir(root) as it:
            shards = [e.path for e in it if _SHARD.fullmatch(e.name) and e.is_dir()]
        for shard in shards:
            with os.scandir(shard) as it:
                for entry in it:
                    if entry.name.endswith(".pickle") and _LEGACY.fullmatch(entry.name):
                        os.unlink(entry.path)
            with contextlib.suppress(OSError):
                os.rmdir(shard)  # only when empty
    except OSError:
        return


def cache_size(root: Path) -> int:
    """Bytes held by the cache's entries."""
    return sum(size for _, size, _ in _entries(root))


def prune(root: Path, target: int) -> int:
    """Delete the least recently used entries until at most `target` bytes are held; returns
    the bytes left."""
    entries = sorted(_entries(root))
    total = sum(size for _, size, _ in entries)
    for _, size, path in entries:
        if total <= target:
            break
        try:
            os.unlink(path)
            total -= size
        except FileNotFoundError:
            total -= size  # another audit pruned it
        except OSError:
            continue
    return total
