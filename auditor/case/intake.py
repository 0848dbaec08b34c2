"""case.yaml and review.yaml: what the client declares, and the consultants' waivers."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.case.review import REVIEW_STATES, ReviewStatus, Signoff
from auditor.config.values import as_date
from auditor.config.yaml import MAX_BYTES, LineList, LineMap, load_yaml_bytes
from auditor.errors import CaseUnreadable, UsageError
from auditor.models import Waiver

CASE_FILE = "case.yaml"
REVIEW_FILE = "review.yaml"
# Names a user may mean for one of the two (any case, .yml): never read, but reported.
NEAR_NAMES = {"case.yaml", "case.yml", "review.yaml", "review.yml"}

PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
ABILITIES = ("listening", "reading", "writing", "speaking")


@dataclass(frozen=True)
class WorkClaim:
    """A job the Express Entry profile declares."""

    employer: str
    title: str | None = None
    noc: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None  # None = still employed
    hours_per_week: float | None = None
    line: int = 0  # line in case.yaml, for messages


@dataclass(frozen=True)
class LanguageClaim:
    """A language result the profile declares (scores as on the test report)."""

    test: str
    listening: float | None = None
    reading: float | None = None
    writing: float | None = None
    speaking: float | None = None
    line: int = 0

    def score(self, ability: str) -> float | None:
        return getattr(self, ability)


@dataclass(frozen=True)
class StudyClaim:
    """A declared period of full-time study in Canada."""

    institution: str | None
    start: dt.date | None
    end: dt.date | None  # the last day of full-time study (completion), not the permit's expiry
    line: int = 0
    full_time: bool | None = None  # None: not said (a declared study period is taken as full time)


APPLIED_AS = ("worker", "student", "visitor")
STATUS_KINDS = ("work_permit_extension", "pgwp_application", "left_canada")


@dataclass(frozen=True)
class StatusEvent:
    """One entry of case.yaml's `status_history`: an application made from inside Canada, or a
    departure, that the permits alone do not show (CONTRACT.md section 2)."""

    kind: str  # work_permit_extension | pgwp_application | left_canada
    applied_as: str | None = None  # worker | student | visitor (work_permit_extension)
    filed: dt.date | None = None
    decided: dt.date | None = None  # None while pending
    date: dt.date | None = None  # left_canada
    line: int = 0


LEAVE_KINDS = ("parental", "maternity", "sick", "unpaid", "other")


@dataclass(frozen=True)
class LeaveClaim:
    """A declared period of a claimed job that was not worked (CONTRACT.md `claims.leave`)."""

    employer: str | None
    start: dt.date
    end: dt.date
    kind: str = "other"
    line: int = 0


@dataclass(frozen=True)
class Intake:
    """What case.yaml says; every field None or empty when case.yaml is absent."""

    present: bool = False
    client_name: str | None = None
    client_dob: dt.date | None = None
    submission_date: dt.date | None = None
    intended_province: str | None = None
    work: tuple[WorkClaim, ...] = ()
    language: tuple[LanguageClaim, ...] = ()
    study: tuple[StudyClaim, ...] = ()
    leave: tuple[LeaveClaim, ...] = ()
    status_history: tuple[StatusEvent, ...] = ()
    crs: dict[str, Any] | None = None  # raw, for the CRS calculator
    path: str | None = None
    misnamed: tuple[str, ...] = ()  # case.yml, Case.yaml, review.yml...: present, not read
    sha256: str | None = None  # of case.yaml's bytes, for the case's fingerprint (sign-off)


class _Reader:
    """Typed access to one YAML mapping, failing with file:line."""

    def __init__(self, path: Path, node: LineMap, where: str, keys: set[str]) -> None:
        self.path, self.node, self.where = path, node, where
        for key in node:
            if key not in keys:
                raise self.error(
                    key,
                    f"unknown key {key!r} in {where} (expected one of {', '.join(sorted(keys))})",
                )

    def error(self, key: str | None, message: str) -> UsageError:
        line = self.node.line_of(key) if key is not None else self.node.line
        return UsageError(f"{self.path}:{line}: {message}")

    def get(self, key: str, kind: str, required: bool = False) -> Any:
        value = self.node.get(key)
        if value is None:
            if required:
                raise self.error(None, f"{self.where}: missing required key {key!r}")
            return None
        check = _CHECKS[kind]
        try:
            return check(value)
        except (TypeError, ValueError) as exc:
            raise self.error(key, f"{self.where}.{key}: {exc}") from None

    def mapping(self, key: str, where: str, keys: set[str]) -> _Reader | None:
        value = self.node.get(key)
        if value is None:
            return None
        if not isinstance(value, LineMap):
            raise self.error(key, f"{where} must be a mapping")
        return _Reader(self.path, value, where, keys)

    def items(self, key: str, where: str, keys: set[str]) -> list[_Reader]:
        value = self.node.get(key)
        if value is None:
            return []
        if not isinstance(value, LineList):
            raise self.error(key, f"{where} must be a list")
        readers = []
        for i, item in enumerate(value):
            if not isinstance(item, LineMap):
                raise UsageError(f"{self.path}:{value.line_of(i)}: {where}[{i}] must be a mapping")
            readers.append(_Reader(self.path, item, f"{where}[{i}]", keys))
        return readers


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(f"expected text, got {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {value!r}")
    if value < 0:
        raise ValueError(f"must not be negative, got {value!r}")
    return float(value)


def _province(value: Any) -> str:
    code = _text(value).upper()
    if code not in PROVINCES:
        raise ValueError(
            f"expected a two-letter province code ({', '.join(PROVINCES)}), got {value!r}"
        )
    return code


def _raw(value: Any) -> Any:
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "text": _text,
    "date": as_date,
    "number": _number,
    "province": _province,
    "raw": _raw,
    "bool": _flag,
}


def _open_folder(case_dir: Path) -> int:
    """A descriptor of the case folder itself; CaseUnreadable (exit 3) when it cannot be had."""
    try:
        return os.open(case_dir, os.O_RDONLY | os.O_DIRECTORY)
    except (FileNotFoundError, NotADirectoryError):
        raise CaseUnreadable(f"{case_dir}: not a folder") from None
    except OSError as exc:
        raise CaseUnreadable(f"{case_dir}: cannot be read ({exc.strerror})") from None


def read_case_file(case_dir: Path, name: str) -> bytes | None:
    """The bytes of `case_dir/name` (at most MAX_BYTES + 1), or None when there is no such file.

    The file must be a regular file in the case folder itself: it is opened relative to the
    folder and without following a symbolic link, so a case.yaml linked to /etc/shadow or a
    review.yaml linked to another case's waivers is refused by name, and never read.
    """
    path = case_dir / name
    folder = _open_folder(case_dir)
    try:
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK  # a named pipe must not block
        try:
            fd = os.open(name, flags, dir_fd=folder)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UsageError(
                    f"{path}: is a symbolic link, which the auditor does not follow (it could "
                    f"lead out of the case folder); put the file itself in the case folder"
                ) from None
            raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise UsageError(f"{path}: is not a regular file, so it is not read")
        with os.fdopen(fd, "rb") as stream:
            try:
                return stream.read(MAX_BYTES + 1)
            except OSError as exc:
                raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(folder)


def misnamed_note(name: str) -> str:
    """What to tell the user about a misnamed `name` (case.yml): not read, and why."""
    meant = CASE_FILE if name.lower().startswith("case.") else REVIEW_FILE
    return f"{name} is not read: the auditor reads only a file named exactly {meant}; rename it"


def misnamed_files(case_dir: Path) -> tuple[str, ...]:
    """Files of the case folder named nearly case.yaml or review.yaml (case.yml, Case.yaml):
    not read, since only the exact names are, but worth telling the user about."""
    folder = _open_folder(case_dir)
    try:
        names = os.listdir(folder)
    except OSError as exc:
        raise CaseUnreadable(f"{case_dir}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(folder)
    return tuple(
        sorted(n for n in names if n.lower() in NEAR_NAMES and n not in (CASE_FILE, REVIEW_FILE))
    )


def load_intake(case_dir: Path) -> Intake:
    """Read `case_dir/case.yaml`; an absent file gives an empty Intake with present=False.

    Raises CaseUnreadable when the folder cannot be read, UsageError for a case.yaml that is
    not a regular file of the folder or that does not follow CONTRACT.md section 2."""
    misnamed = misnamed_files(case_dir)
    path = case_dir / CASE_FILE
    raw = read_case_file(case_dir, CASE_FILE)
    if raw is None:
        return Intake(misnamed=misnamed)
    digest = hashlib.sha256(raw).hexdigest()
    root = load_yaml_bytes(raw, path)
    if root is None:
        return Intake(present=True, path=str(path), misnamed=misnamed, sha256=digest)
    if not isinstance(root, LineMap):
        raise UsageError(f"{path}:1: case.yaml must be a mapping")
    top = _Reader(
        path, root, "case.yaml", {"client", "application", "claims", "crs", "status_history"}
    )
    client = top.mapping("client", "client", {"name", "date_of_birth"})
    application = top.mapping(
        "application", "application", {"submission_date", "intended_province"}
    )
    claims = top.mapping("claims", "claims", {"work", "language", "study", "leave"})
    crs = root.get("crs")
    if crs is not None and not isinstance(crs, dict):
        raise top.error("crs", "crs must be a mapping")
    work: list[WorkClaim] = []
    language: list[LanguageClaim] = []
    study: list[StudyClaim] = []
    leave: list[LeaveClaim] = []
    if claims is not None:
        for r in claims.items(
            "work", "claims.work", {"employer", "title", "noc", "start", "end", "hours_per_week"}
        ):
            start, end = r.get("start", "date"), r.get("end", "date")
            if start and end and end < start:
                raise r.error("end", f"{r.where}: end {end} is before start {start}")
            work.append(
                WorkClaim(
                    employer=r.get("employer", "text", required=True),
                    title=r.get("title", "text"),
                    noc=r.get("noc", "text"),
                    start=start,
                    end=end,
                    hours_per_week=r.get("hours_per_week", "number"),
                    line=r.node.line,
                )
            )
        for r in claims.items("language", "claims.language", {"test", *ABILITIES}):
            language.append(
                LanguageClaim(
                    test=r.get("test", "text", required=True).lower(),
                    **{a: r.get(a, "number") for a in ABILITIES},
                    line=r.node.line,
                )
            )
        for r in claims.items(
            "study", "claims.study", {"institution", "start", "end", "full_time"}
        ):
            start, end = r.get("start", "date"), r.get("end", "date")
            if start and end and end < start:
                raise r.error("end", f"{r.where}: end {end} is before start {start}")
            study.append(
                StudyClaim(
                    institution=r.get("institution", "text"),
                    start=start,
                    end=end,
                    line=r.node.line,
                    full_time=r.get("full_time", "bool"),
                )
            )
        for r in claims.items("leave", "claims.leave", {"employer", "start", "end", "kind"}):
            start = r.get("start", "date", required=True)
            end = r.get("end", "date", required=True)
            if end < start:
                raise r.error("end", f"{r.where}: end {end} is before start {start}")
            kind = (r.get("kind", "text") or "other").strip().lower()
            if kind not in LEAVE_KINDS:
                raise r.error(
                    "kind", f"{r.where}: kind {kind!r} is not one of {', '.join(LEAVE_KINDS)}"
                )
            leave.append(LeaveClaim(r.get("employer", "text"), start, end, kind, line=r.node.line))
    return Intake(
        present=True,
        client_name=client.get("name", "text") if client else None,
        client_dob=client.get("date_of_birth", "date") if client else None,
        submission_date=application.get("submission_date", "date") if application else None,
        intended_province=(
            application.get("intended_province", "province") if application else None
        ),
        work=tuple(work),
        language=tuple(language),
        study=tuple(study),
        leave=tuple(leave),
        status_history=_status_history(top),
        crs=_plain(crs) if crs is not None else None,
        path=str(path),
        misnamed=misnamed,
        sha256=digest,
    )


def _status_history(top: _Reader) -> tuple[StatusEvent, ...]:
    """`status_history`: applications from inside Canada and departures, oldest first."""
    keys = {"kind", "applied_as", "filed", "decided", "date"}
    out = []
    for r in top.items("status_history", "status_history", keys):
        kind = r.get("kind", "text", required=True)
        if kind not in STATUS_KINDS:
            raise r.error("kind", f"{r.where}.kind: expected one of {', '.join(STATUS_KINDS)}")
        applied_as = r.get("applied_as", "text")
        if applied_as is not None and applied_as not in APPLIED_AS:
            raise r.error(
                "applied_as", f"{r.where}.applied_as: expected one of {', '.join(APPLIED_AS)}"
            )
        filed, decided = r.get("filed", "date"), r.get("decided", "date")
        when = r.get("date", "date")
        if kind == "left_canada":
            if when is None:
                raise r.error(None, f"{r.where}: left_canada needs its `date`")
        elif when is not None:
            raise r.error(
                "date", f"{r.where}: an application has `filed` and `decided`, not `date`"
            )
        if filed and decided and decided < filed:
            raise r.error("decided", f"{r.where}: decided {decided} is before filed {filed}")
        out.append(StatusEvent(kind, applied_as, filed, decided, when, r.node.line))
    return tuple(out)


def _plain(value: Any) -> Any:
    """LineMap/LineList to plain dict/list, for the CRS engineer's raw section."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


ALL_DOCUMENTS = "all"  # `document: all`: the waiver covers every document
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Review:
    """What review.yaml says: waivers, review statuses and the sign-off (all optional)."""

    waivers: tuple[Waiver, ...] = ()
    statuses: tuple[ReviewStatus, ...] = ()
    signoff: Signoff | None = None


def load_review(case_dir: Path, known_rules: set[str]) -> tuple[Waiver, ...]:
    """The waivers of `case_dir/review.yaml` (see `read_review`)."""
    return read_review(case_dir, known_rules).waivers


def read_review(case_dir: Path, known_rules: set[str]) -> Review:
    """Read `case_dir/review.yaml` (CONTRACT.md section 2, schema 2): waivers, each needing a
    known rule ID, a reason, `by`, `date` and `document` (a document's identity as the report
    gives it, `stubs.pdf#page=3`; a file's path for every document of the file; or `all`);
    optional `sha256` (the content of the document's file it was written for) and `expires`.
    Review statuses (`review:`), each naming a finding's stable id, a status, `by` and `date`,
    optional `note` and `sha256`; and `signoff: {by, date}`, optional `fingerprint`. Errors
    name file:line."""
    path = case_dir / REVIEW_FILE
    raw = read_case_file(case_dir, REVIEW_FILE)
    if raw is None:
        return Review()
    root = load_yaml_bytes(raw, path)
    if root is None:
        return Review()
    if not isinstance(root, LineMap):
        raise UsageError(f"{path}:1: review.yaml must be a mapping with a 'waive' list")
    top = _Reader(path, root, "review.yaml", {"waive", "review", "signoff"})
    keys = {"rule", "document", "reason", "by", "date", "sha256", "expires"}
    waivers = tuple(_waiver(r, known_rules) for r in top.items("waive", "waive", keys))
    status_keys = {"finding", "status", "by", "date", "note", "sha256"}
    statuses = tuple(_status(r) for r in top.items("review", "review", status_keys))
    seen: dict[str, int] = {}
    for s in statuses:
        if s.finding in seen:
            raise UsageError(
                f"{path}:{s.line}: review: {s.finding} already has a status at line "
                f"{seen[s.finding]}; keep one entry per finding"
            )
        seen[s.finding] = s.line
    signoff = top.mapping("signoff", "signoff", {"by", "date", "fingerprint"})
    return Review(waivers, statuses, _signoff(signoff) if signoff is not None else None)


def _needs(r: _Reader, what: str, pairs: tuple[tuple[str, Any], ...]) -> None:
    missing = [text for text, value in pairs if value is None]
    if missing:
        listed = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        raise r.error(None, f"{r.where}: {what} needs {listed}")


def _hex(r: _Reader, key: str) -> str | None:
    value = r.get(key, "text")
    if value is None:
        return None
    value = value.lower()
    if not _SHA256.fullmatch(value):
        raise r.error(key, f"{r.where}.{key}: expected 64 hexadecimal digits")
    return str(value)


def _status(r: _Reader) -> ReviewStatus:
    finding, status = r.get("finding", "text"), r.get("status", "text")
    by, date = r.get("by", "text"), r.get("date", "date")
    _needs(
        r,
        "a review status",
        (
            ("`finding:` (the finding's id, as the report gives it)", finding),
            (f"`status:` ({' | '.join(REVIEW_STATES)})", status),
            ("`by:` (who reviewed)", by),
            ("`date:` (YYYY-MM-DD)", date),
        ),
    )
    if status not in REVIEW_STATES:
        raise r.error(
            "status",
            f"{r.where}.status: {status!r} is not one of {', '.join(REVIEW_STATES)}",
        )
    return ReviewStatus(
        finding=finding,
        status=status,
        by=by,
        date=date,
        note=r.get("note", "text") or "",
        sha256=_hex(r, "sha256"),
        line=r.node.line,
    )


def _signoff(r: _Reader) -> Signoff:
    by, date = r.get("by", "text"), r.get("date", "date")
    _needs(r, "a sign-off", (("`by:` (who signs)", by), ("`date:` (YYYY-MM-DD)", date)))
    return Signoff(by=by, date=date, fingerprint=_hex(r, "fingerprint"), line=r.node.line)


def _waiver(r: _Reader, known_rules: set[str]) -> Waiver:
    rule = r.get("rule", "text", required=True)
    if rule not in known_rules:
        raise r.error("rule", f"{r.where}: unknown rule {rule!r}; `audit rules` lists them")
    reason, by, date = r.get("reason", "text"), r.get("by", "text"), r.get("date", "date")
    document = r.get("document", "text")
    missing = [
        text
        for text, value in (
            ("a reason", reason),
            ("`by:` (who decided)", by),
            ("`date:` (YYYY-MM-DD)", date),
            (
                "`document:` (the document it covers as the report names it, its file for every "
                "document of the file, or `document: all` for every document)",
                document,
            ),
        )
        if value is None
    ]
    if missing:
        listed = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        raise r.error(None, f"{r.where}: a waiver of {rule} needs {listed}")
    document = document.replace("\\", "/").removeprefix("./")
    sha256 = r.get("sha256", "text")
    if sha256 is not None:
        sha256 = sha256.lower()
        if not _SHA256.fullmatch(sha256):
            raise r.error("sha256", f"{r.where}.sha256: expected 64 hexadecimal digits")
        if document == ALL_DOCUMENTS:
            raise r.error(
                "sha256", f"{r.where}.sha256: binds a waiver to one document, not to `all`"
            )
    expires = r.get("expires", "date")
    if expires is not None and expires < date:
        raise r.error("expires", f"{r.where}: expires {expires} is before date {date}")
    return Waiver(
        rule=rule,
        reason=reason,
        by=by,
        date=date,
        document=None if document == ALL_DOCUMENTS else document,
        sha256=sha256,
        expires=expires,
        line=r.node.line,
    )
