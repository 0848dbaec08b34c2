"""Performance benchmark (issue 6): one command, every figure, measured in the same run.

    .venv/bin/python -m benchmarks.perf             # 200 pages: 100 text, 85 scanned, 15 photos
    .venv/bin/python -m benchmarks.perf --repeat 3  # medians of 3 runs of every measurement
    .venv/bin/python -m benchmarks.perf --pages 40  # a quick look

It builds a synthetic case in a temporary folder (benchmarks/synth.py), then times:

- the raw `tesseract` CLI on exactly the images the scanned pages carry, one process at a time,
  OMP_THREAD_LIMIT=1, the languages the auditor uses (the floor the issue measures against);
- `audit CASE --out DIR --jobs N` end to end, as a user runs it (both reports, JSON and HTML
  with its pictures), on sub-cases by source (text-layer PDFs, scanned PDFs, phone photos), on
  the OCR pages with 1 and 2 workers, and on the whole case cold (empty cache) then warm;
- peak memory of the whole process tree (sum of PSS, and the largest single RSS), in runs of
  their own: the sampler reads /proc every 50 ms and costs ~10% of a core, which slowed the
  2-worker run by ~7% when it shared the timed runs; no timed run is observed;
- a batch, `audit CASE1 CASE2 CASE3` (the three sub-cases by source) against the same cases
  audited one after another, with the CPU time of the whole process tree: how busy the cores
  were (target 6);
- OCR accuracy of the auditor and of the raw CLI against the printed words.

`--via stages` (used when `audit` does not run end to end) times discover, read_files and
classification in a fresh process instead of the command; the text-layer figure is given both
ways, since interpreter start-up alone is ~0.5 s. Figures print as a table; `--json FILE`
keeps them.
Timings on a shared machine are noisy: the load average at start and end is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.ocr_score import Score, score  # noqa: E402
from benchmarks.synth import BuiltCase, CasePlan, build, subset  # noqa: E402

AUDIT = REPO / ".venv" / "bin" / "audit"
PYTHON = REPO / ".venv" / "bin" / "python"
POLL_SECONDS = 0.05


# --- memory of a process tree ------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _memory(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in bytes, (0, 0) once it is gone."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return pss, rss


class TreeMemory:
    """Samples a process and its descendants until stopped: peak summed PSS, peak single RSS."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_pss = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids, todo = [], [self.pid]
            while todo:
                p = todo.pop()
                pids.append(p)
                todo += _children(p)
            samples = [_memory(p) for p in pids]
            self.peak_pss = max(self.peak_pss, sum(s[0] for s in samples))
            self.peak_rss = max(self.peak_rss, max((s[1] for s in samples), default=0))
            self._stop.wait(POLL_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


# --- runs --------------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    pages: int
    jobs: int
    seconds: float  # wall time of the whole command
    inside: float | None  # the pipeline's own duration (report.json), startup excluded
    cpu_seconds: float  # user + system time of the whole process tree
    peak_pss_mb: float | None  # None: the run was timed, not observed
    peak_rss_mb: float | None
    stages: dict[str, float] = field(default_factory=dict)  # via stages: seconds per stage

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def _env(cache_dir: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    if cache_dir is not None:
        env["AUDIT_CACHE_DIR"] = str(cache_dir)
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_tool(
    via: str,
    name: str,
    case: Path | list[Path],
    pages: int,
    jobs: int,
    cache_dir: Path | None,
    out: Path,
    observe: bool = False,
) -> Run:
    """One run of the auditor on `case` (or several cases, a batch) in a fresh process.

    `observe` samples the memory of the process tree; it costs ~10% of a core, so a run that
    is timed is never observed.
    """
    cases = [str(c) for c in (case if isinstance(case, list) else [case])]
    if via == "cli":
        # The default formats, as a user runs it: report.json and report.html with its pictures.
        cmd = [str(AUDIT), *cases, "--out", str(out), "--jobs", str(jobs), "--quiet"]
        if cache_dir is None:
            cmd.append("--no-cache")
    else:
        cmd = [str(PYTHON), "-m", "benchmarks.perf", "_stages", *cases, "--jobs", str(jobs)]
        if cache_dir is not None:
            cmd += ["--cache", str(cache_dir)]
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env=_env(cache_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    memory = TreeMemory(proc.pid) if observe else None
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - cpu  # the workers are the command's children: counted in it
    if memory is not None:
        memory.stop()
    if proc.returncode not in (0, 1):  # 1: the audit found errors in the synthetic case
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{stderr[-2000:]}")
    inside, stages = None, {}
    if via == "cli" and len(cases) == 1:
        try:
            inside = json.loads((out / "report.json").read_text())["audit"]["duration_seconds"]
        except (OSError, KeyError, ValueError):
            inside = None
    elif via != "cli":
        stages = json.loads(stdout.strip().splitlines()[-1])
        inside = stages["seconds"]
    pss = memory.peak_pss / 2**20 if memory else None
    rss = memory.peak_rss / 2**20 if memory else None
    return Run(name, pages, jobs, seconds, inside, cpu, pss, rss, stages)


def run_cli_tesseract(images: list[Path], languages: str) -> tuple[float, dict[Path, list[str]]]:
    """Seconds for the raw `tesseract` CLI to read every image, one process at a time."""
    env = _env(None)
    words: dict[Path, list[str]] = {}
    started = time.perf_counter()
    for image in images:
        out = subprocess.run(
            ["tesseract", str(image), "stdout", "-l", languages, "--psm", "3", "tsv"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rows = [r.split("\t") for r in out.splitlines()[1:]]
        words[image] = [r[11] for r in rows if len(r) == 12 and r[0] == "5" and r[11].strip()]
    return time.perf_counter() - started, words


def _stages_main(argv: list[str]) -> None:
    """`perf.py _stages CASE --jobs N [--cache DIR]`: discover, read, classify and extract in
    this process, each stage timed; prints one JSON line. No interpreter start-up, no rules,
    no report: the "read, classify, extract" of target 3."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    parser = argparse.ArgumentParser(prog="perf.py _stages")
    parser.add_argument("case", type=Path)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args(argv)
    from auditor.pipeline import AuditOptions, read_and_classify
    from auditor.reading import ocr
    from auditor.reading.discover import discover

    engine = ocr.probe()
    t0 = time.perf_counter()
    files, _ = discover(args.case)
    t1 = time.perf_counter()
    # Text-layer files are classified in the read workers: "read" includes classification and
    # extraction; "classify" is what is left for this process (none for text-layer files).
    classified = read_and_classify(
        files, engine, AuditOptions(jobs=args.jobs, cache_dir=args.cache)
    )
    t2 = time.perf_counter()
    documents = [d for _, docs in classified for d in docs]
    t3 = time.perf_counter()
    print(
        json.dumps(
            {
                "pages": sum(len(r.pages) for r, _ in classified),
                "documents": len(documents),
                "discover": t1 - t0,
                "read": t2 - t1,
                "classify": t3 - t2,
                "seconds": t3 - t0,
            }
        )
    )


# --- accuracy ----------------------------------------------------------------------------------


def tool_accuracy(built: BuiltCase, cache_dir: Path, files: list[str]) -> Score | None:
    """Score the OCR pages the auditor cached during a cold run against the printed words."""
    from auditor.models import SourceFile
    from auditor.reading import ocr
    from auditor.reading.cache import ReadCache
    from auditor.reading.discover import sha256_of

    cache = ReadCache(cache_dir, ocr.probe().settings_key)
    total = Score()
    for rel in files:
        path = built.case / rel
        read = cache.get(SourceFile(path, rel, sha256_of(path), path.stat().st_size))
        if read is None:
            return None
        for page in read.pages:
            total += score(built.truth[f"{rel}#{page.number}"], [w.text for w in page.words])
    return total


def cli_accuracy(built: BuiltCase, words: dict[Path, list[str]]) -> Score:
    total = Score()
    by_image = {}
    for rel in built.scanned_files:
        p = 1
        while f"{rel}#{p}" in built.truth:
            by_image[built.root / "cli-images" / f"{rel.replace('/', '_')}-p{p}.jpg"] = f"{rel}#{p}"
            p += 1
    for rel in built.photo_files:
        by_image[built.case / rel] = f"{rel}#1"
    for image, got in words.items():
        total += score(built.truth[by_image[image]], got)
    return total


# --- the report --------------------------------------------------------------------------------


@dataclass
class Figures:
    machine: dict[str, str] = field(default_factory=dict)
    runs: dict[str, list[Run]] = field(default_factory=dict)
    cli_seconds: list[float] = field(default_factory=list)
    cli_pages: int = 0
    accuracy: dict[str, str] = field(default_factory=dict)

    def median(self, name: str, attr: str = "seconds") -> float:
        return statistics.median(getattr(r, attr) for r in self.runs[name])

    def add(self, run: Run) -> None:
        self.runs.setdefault(run.name, []).append(run)


def _machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    cli = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout
    import tesserocr

    return {
        "cpu": f"{os.cpu_count()} x {cpu}",
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "tesseract_cli": cli.splitlines()[0] if cli else "?",
        "tesseract_in_process": tesserocr.tesseract_version().splitlines()[0],
        "load_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _busy(f: Figures, name: str) -> str:
    runs = f.runs[name]
    share = statistics.median(r.cpu_seconds / (r.seconds * r.jobs) for r in runs)
    return f"{share * 100:.0f}%"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def print_report(f: Figures, plan: CasePlan, via: str, repeat: int) -> None:
    ocr_pages = plan.scanned_pages + plan.photo_pages
    cli_page = statistics.median(f.cli_seconds) / f.cli_pages
    lines = [
        f"machine: {f.machine['cpu']}, {f.machine['memory']}, {f.machine['os']}, "
        f"Python {f.machine['python']}",
        f"engines: CLI {f.machine['tesseract_cli']} (Debian); in-process "
        f"{f.machine['tesseract_in_process']} (tesserocr wheel)",
        f"load average: start {f.machine['load_start']}, end {f.machine['load_end']}",
        f"case: {plan.digital_pages} text-layer + {plan.scanned_pages} scanned + "
        f"{plan.photo_pages} photographed pages; via {via}; medians of {repeat} run(s)",
        "",
        f"{'measure':58} {'value':>14}",
    ]

    def row(label: str, value: str) -> None:
        lines.append(f"{label:58} {value:>14}")

    def run_rate(name: str) -> str:
        if name not in f.runs:
            return "-"
        return f"{f.runs[name][0].pages / f.median(name):.1f} p/s"

    row("raw tesseract CLI, 1 process, per OCR page", f"{cli_page:.3f} s")
    if "ocr-j1" in f.runs:
        tool_page = f.median("ocr-j1") / ocr_pages
        row("audit --jobs 1, per OCR page (end to end)", f"{tool_page:.3f} s")
        row("  ratio audit / raw CLI (target <= 1.0)", _ratio(tool_page, cli_page))
    if "ocr-j2" in f.runs and "ocr-j1" in f.runs:
        row("audit --jobs 2, per OCR page", f"{f.median('ocr-j2') / ocr_pages:.3f} s")
        row(
            "  throughput 2 workers / 1 (target >= 1.8)",
            _ratio(f.median("ocr-j1"), f.median("ocr-j2")),
        )
    row("text-layer pages, end to end (target >= 150)", run_rate("digital"))
    if "digital" in f.runs and f.runs["digital"][0].inside:
        inside = statistics.median(r.inside or 0 for r in f.runs["digital"])
        row(
            "  same, inside the pipeline (startup excluded)",
            f"{f.runs['digital'][0].pages / inside:.1f} p/s",
        )
    if "digital-stages" in f.runs:
        runs = f.runs["digital-stages"]
        inside = statistics.median(r.inside or 0 for r in runs)
        row(
            "text-layer pages, read+classify+extract in-process",
            f"{runs[0].pages / inside:.1f} p/s",
        )
        parts = ", ".join(
            f"{k} {statistics.median(r.stages[k] for r in runs) * 1000:.0f} ms"
            for k in ("discover", "read", "classify")
        )
        lines.append(f"  ({parts} for {runs[0].pages} pages)")
    row("scanned PDF pages, default jobs", run_rate("scanned"))
    row("photographed pages, default jobs", run_rate("photos"))
    if "cold" in f.runs and "warm" in f.runs:
        row("whole case cold (empty cache), default jobs", f"{f.median('cold'):.2f} s")
        row("whole case warm (unchanged, cached)", f"{f.median('warm'):.2f} s")
        row("  cold / warm (target >= 20)", _ratio(f.median("cold"), f.median("warm")))
        row(
            "one file changed, re-audit (1 file read again)",
            f"{f.median('changed'):.2f} s" if "changed" in f.runs else "-",
        )
    if "batch" in f.runs and all(n in f.runs for n in ("digital", "scanned", "photos")):
        apart = sum(f.median(n) for n in ("digital", "scanned", "photos"))
        row("batch: audit DIGITAL SCANNED PHOTOS, default jobs", f"{f.median('batch'):.2f} s")
        row("  the same 3 cases one after another", f"{apart:.2f} s")
        row("  cores busy in the batch (tree CPU / wall / cores)", _busy(f, "batch"))
    if "ocr-j2" in f.runs:
        row("cores busy, OCR pages with --jobs 2", _busy(f, "ocr-j2"))
    for name in ("mem-digital", "mem-photos", "mem-scanned", "mem-cold"):
        if name in f.runs:
            pages = f.runs[name][0].pages
            pss = max(r.peak_pss_mb or 0 for r in f.runs[name])
            rss = max(r.peak_rss_mb or 0 for r in f.runs[name])
            row(
                f"peak memory, {name[4:]} ({pages} pages): tree PSS / largest RSS",
                f"{pss:.0f}/{rss:.0f} MB",
            )
    for label, value in f.accuracy.items():
        lines.append(f"accuracy, {label}: {value}")
    print("\n".join(lines))


def _pick_via(requested: str, case: Path, out: Path) -> str:
    if requested != "auto":
        return requested
    try:
        proc = subprocess.run(
            [str(AUDIT), str(case), "--out", str(out), "--quiet", "--format", "json", "--no-cache"],
            cwd=REPO,
            env=_env(None),
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode in (0, 1) and (out / "report.json").is_file():
            return "cli"
        print(
            f"audit does not run end to end yet (exit {proc.returncode}); timing the "
            "stages in-process (--via stages)",
            file=sys.stderr,
        )
    except (OSError, subprocess.TimeoutExpired):
        pass
    return "stages"


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "_stages":
        _stages_main(argv[1:])
        return
    parser = argparse.ArgumentParser(prog="benchmarks/perf.py", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages in the whole case")
    parser.add_argument(
        "--scanned-share",
        type=float,
        default=0.5,
        help="share of pages that need OCR (scans and photos)",
    )
    parser.add_argument(
        "--photo-share",
        type=float,
        default=0.15,
        help="share of the OCR pages that are phone photos",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of every measurement")
    parser.add_argument("--via", choices=("auto", "cli", "stages"), default="auto")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="build (or reuse) the case here and keep it (default: a temp dir)",
    )
    parser.add_argument("--skip-cli", action="store_true", help="do not time the raw CLI")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    ocr_pages = round(args.pages * args.scanned_share)
    photos = round(ocr_pages * args.photo_share)
    plan = CasePlan(args.pages - ocr_pages, ocr_pages - photos, photos)
    temp = None
    if args.workdir is None:
        temp = tempfile.TemporaryDirectory(prefix="audit-perf-")
        root = Path(temp.name)
    else:
        root = args.workdir
    try:
        figures = Figures(machine=_machine())
        stamp = root / f"plan-{plan.digital_pages}-{plan.scanned_pages}-{plan.photo_pages}.json"
        built = _build_or_reuse(root, plan, stamp)
        cases = {
            "digital": (subset(built, "case-digital", ("digital",)), plan.digital_pages),
            "scanned": (subset(built, "case-scanned", ("scanned",)), plan.scanned_pages),
            "photos": (subset(built, "case-photos", ("photo",)), plan.photo_pages),
            "ocr": (subset(built, "case-ocr", ("scanned", "photo")), ocr_pages),
        }
        out = root / "out"
        via = _pick_via(args.via, cases["digital"][0], out / "probe")
        print(f"case built in {root}; timing via {via}", file=sys.stderr)
        languages = _languages()
        cli_words: dict[Path, list[str]] = {}
        for i in range(args.repeat):
            print(f"run {i + 1}/{args.repeat}", file=sys.stderr)
            if not args.skip_cli:
                seconds, cli_words = run_cli_tesseract(built.cli_images, languages)
                figures.cli_seconds.append(seconds)
                figures.cli_pages = len(built.cli_images)
            jobs = len(os.sched_getaffinity(0))  # what `audit` uses by default
            for name in ("digital", "scanned", "photos"):
                case, pages = cases[name]
                figures.add(run_tool(via, name, case, pages, jobs, None, out / name))
            case, pages = cases["digital"]
            figures.add(run_tool("stages", "digital-stages", case, pages, jobs, None, out / "ds"))
            case, pages = cases["ocr"]
            figures.add(run_tool(via, "ocr-j1", case, pages, 1, None, out / "ocr-j1"))
            figures.add(run_tool(via, "ocr-j2", case, pages, 2, None, out / "ocr-j2"))
            cache = root / "cache"
            shutil.rmtree(cache, ignore_errors=True)
            figures.add(run_tool(via, "cold", built.case, args.pages, jobs, cache, out / "cold"))
            figures.add(run_tool(via, "warm", built.case, args.pages, jobs, cache, out / "warm"))
            figures.add(_changed_run(via, built, args.pages, jobs, cache, out / "changed"))
            if via == "cli":
                batch = [cases[name][0] for name in ("digital", "scanned", "photos")]
                figures.add(run_tool(via, "batch", batch, args.pages, jobs, None, out / "batch"))
            if i == 0:
                ocr_files = built.scanned_files + built.photo_files
                tool = tool_accuracy(built, cache, ocr_files)
                figures.accuracy["auditor OCR pages"] = tool.summary() if tool else "not cached"
                if cli_words:
                    figures.accuracy["raw CLI, same images"] = cli_accuracy(
                        built, cli_words
                    ).summary()
        print("memory runs", file=sys.stderr)
        for name in ("digital", "scanned", "photos"):
            case, pages = cases[name]
            figures.add(
                run_tool(via, f"mem-{name}", case, pages, jobs, None, out / name, observe=True)
            )
        cache = root / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        figures.add(
            run_tool(
                via, "mem-cold", built.case, args.pages, jobs, cache, out / "cold", observe=True
            )
        )
        figures.machine["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
        if args.skip_cli:
            figures.cli_seconds, figures.cli_pages = [float("nan")], 1
        print_report(figures, plan, via, args.repeat)
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "machine": figures.machine,
                        "plan": asdict(plan),
                        "via": via,
                        "cli_seconds": figures.cli_seconds,
                        "cli_pages": figures.cli_pages,
                        "runs": {k: [asdict(r) for r in v] for k, v in figures.runs.items()},
                        "accuracy": figures.accuracy,
                    },
                    indent=1,
                )
            )
    finally:
        if temp is not None:
            temp.cleanup()


def _languages() -> str:
    from auditor.reading import ocr

    return "+".join(ocr.LANGUAGES)


def _build_or_reuse(root: Path, plan: CasePlan, stamp: Path) -> BuiltCase:
    if stamp.is_file():
        kept = json.loads(stamp.read_text())
        return BuiltCase(
            **{
                **kept,
                "root": Path(kept["root"]),
                "case": Path(kept["case"]),
                "cli_images": [Path(p) for p in kept["cli_images"]],
                "truth": json.loads((root / "truth.json").read_text()),
            }
        )
    if (root / "case").exists():
        shutil.rmtree(root / "case")
    built = build(root, plan)
    for name in ("case-digital", "case-scanned", "case-photos", "case-ocr"):
        shutil.rmtree(root / name, ignore_errors=True)
    keep = {k: v for k, v in asdict(built).items() if k != "truth"}
    stamp.write_text(json.dumps(keep, default=str))
    return built


def _changed_run(via: str, built: BuiltCase, pages: int, jobs: int, cache: Path, out: Path) -> Run:
    """Re-audit after one scanned file changed: only that file may be read again."""
    changed = built.case / built.scanned_files[0]
    original = changed.read_bytes()
    changed.unlink()  # a hard link is shared with the sub-cases: write a new file instead
    changed.write_bytes(original + b"\n% touched by the benchmark\n")
    try:
        return run_tool(via, "changed", built.case, pages, jobs, cache, out)
    finally:
        changed.unlink()
        changed.write_bytes(original)


if __name__ == "__main__":
    main()
