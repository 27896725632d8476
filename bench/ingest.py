"""Import throughput: the full import (reading, cleaning, extraction, copies, grading,
inference, full-text index) of N generated articles, beside the storage floor — plain
``sqlite3`` ``executemany`` of the same texts plus an FTS5 build — and the cost of a small
import (35 articles) into the database just built, which is what the analyst waits for.
The processor time of the storing process and of the reading workers is sampled from
``/proc``: ``cores_busy`` is their sum per second of wall time (2.0 on two busy cores).
``store_ms_per_doc`` is the storing thread's own processor time in storing each document
(its rows, excerpts, sketch and audit row, the batch commits not included) and
``refresh_cpu_s`` the processor time of the recomputation after the import: the storing
side alone, without the pool's threads or the lexicon compiled for the recomputation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import WORK, median, parser, report, use_compiled
from bench.corpus import write_corpus


def _corpus(count: int, seed: int) -> Path:
    folder = WORK / f"corpus-{count}-{seed}"
    if not (folder / ".complete").exists():
        write_corpus(folder, count, seed=seed)
        (folder / ".complete").write_text("ok")
    return folder


def floor(folder: Path) -> float:
    """Seconds to store the texts and build an FTS5 index, nothing else."""
    texts = [(p.read_text("utf-8"),) for p in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryDirectory(prefix="tracker-floor-") as tmp:
        started = time.perf_counter()
        conn = sqlite3.connect(Path(tmp) / "floor.db")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.executemany("INSERT INTO documents (text) VALUES (?)", texts)
        conn.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(text, tokenize='porter')")
        conn.execute("INSERT INTO documents_fts (rowid, text) SELECT id, text FROM documents")
        conn.commit()
        conn.close()
        return time.perf_counter() - started


def _children_cpu(root: int) -> dict[int, float]:
    """Processor seconds (user + system) so far of every process descended from ``root``
    (the forkserver and the reading workers it forked), from ``/proc``."""
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        spent[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    out: dict[int, float] = {}
    for pid, seconds in spent.items():
        ancestor = parents.get(pid)
        while ancestor is not None and ancestor not in (root, 0, 1):
            ancestor = parents.get(ancestor)
        if ancestor == root:
            out[pid] = seconds
    return out


class CpuUse:
    """Processor time of this process and of the processes it started while the block
    runs, sampled every 0.1 s (a worker's last 0.1 s before it ends may be missed): how
    busy the cores were, and who kept them busy."""

    def __init__(self) -> None:
        self.main_s = 0.0
        self.workers_s = 0.0
        self.wall_s = 0.0
        self._seen: dict[int, float] = {}
        self._own_s = 0.0
        self._start: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while True:
            for pid, seconds in _children_cpu(os.getpid()).items():
                self._seen[pid] = max(seconds, self._seen.get(pid, 0.0))
            self._own_s = time.thread_time()  # not counted as the storing process's work
            if self._stop.wait(0.1):
                return

    def __enter__(self) -> CpuUse:
        if Path("/proc/self/stat").exists():
            self._start = _children_cpu(os.getpid())
            self._thread.start()
        self._t0, self._c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.main_s = time.process_time() - self._c0
        self.wall_s = time.perf_counter() - self._t0
        if self._thread.is_alive():
            self._stop.set()
            self._thread.join()
            self.main_s -= self._own_s
        self.workers_s = sum(s - self._start.get(pid, 0.0) for pid, s in self._seen.items())

    @property
    def cores_busy(self) -> float:
        """Processor seconds per second of wall time (2.0: both cores of two)."""
        return (self.main_s + self.workers_s) / self.wall_s if self.wall_s else 0.0


def full(folder: Path, db: Path, extra: Path | None = None) -> dict[str, float]:
    """Seconds of the full import of ``folder`` (and then of ``extra``) into a new ``db``."""
    from tracker.services import ingest
    from tracker.services.ingest import ingest_paths
    from tracker.services.setup import initialise
    from tracker.storage.db import backup, open_db

    spent = {"refresh": 0.0, "refresh_cpu": 0.0, "store_cpu": 0.0}
    original = ingest.refresh
    original_store = ingest._store_read

    def timed(*args: object, **kwargs: object) -> list[str]:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent["refresh"] += time.perf_counter() - t0
            spent["refresh_cpu"] += time.thread_time() - c0

    def storing(*args: object, **kwargs: object) -> object:
        c0 = time.thread_time()
        try:
            return original_store(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent["store_cpu"] += time.thread_time() - c0

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = open_db(db)
    initialise(store, with_seeds=False)
    ingest.refresh = timed  # type: ignore[assignment]
    ingest._store_read = storing  # type: ignore[assignment]
    try:
        with CpuUse() as cpu:
            ingest_paths(store, [folder])
        out = {
            "total": cpu.wall_s,
            "refresh": spent["refresh"],
            "refresh_cpu": spent["refresh_cpu"],
            "store_cpu": spent["store_cpu"],
            "main_cpu": cpu.main_s,
            "workers_cpu": cpu.workers_s,
            "cores_busy": cpu.cores_busy,
        }
        if extra is not None:
            backup(store, before_small(db))  # for --then-only
            spent["refresh"] = 0.0
            started = time.perf_counter()
            ingest_paths(store, [extra])
            out["small_import"] = time.perf_counter() - started
            out["small_refresh"] = spent["refresh"]
    finally:
        ingest.refresh = original  # type: ignore[assignment]
        ingest._store_read = original_store  # type: ignore[assignment]
        store.close()
    return out


def before_small(db: Path) -> Path:
    """Where ``full`` keeps its database as it was just before the small import."""
    return db.with_name(db.stem + ".before-small.db")


def then_only(db: Path, extra: Path, repeat: int, profile: Path | None) -> dict[str, float]:
    """The small import alone, into fresh copies of the database ``full`` kept just before
    its small import (``--then-only``: no full import rebuilt): medians of the import's
    wall time and of its recomputation's wall and processor time. ``profile`` writes the
    last run's recomputation under ``cProfile`` there (its timings then not counted)."""
    import cProfile

    from tracker.services import ingest
    from tracker.services.ingest import ingest_paths
    from tracker.storage.db import open_db

    source = before_small(db)
    if not source.exists():
        raise SystemExit(f"{source} is missing: run once without --then-only")
    original = ingest.refresh
    spent: list[float] = [0.0, 0.0]
    profiler: list[cProfile.Profile] = []

    def timed(*args: object, **kwargs: object) -> list[str]:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            if profiler:
                return profiler[0].runcall(original, *args, **kwargs)  # type: ignore[arg-type]
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent[:] = [time.perf_counter() - t0, time.thread_time() - c0]

    runs: list[tuple[float, float, float]] = []
    for turn in range(repeat + (1 if profile else 0)):
        if profile and turn == repeat:
            profiler.append(cProfile.Profile())
        with tempfile.TemporaryDirectory(prefix="tracker-then-") as tmp:
            copy = Path(tmp) / "then.db"
            shutil.copy(source, copy)
            shutil.copy(f"{source}.head", f"{copy}.head")
            store = open_db(copy)
            ingest.refresh = timed  # type: ignore[assignment]
            try:
                started = time.perf_counter()
                ingest_paths(store, [extra])
                if not profiler:
                    runs.append((time.perf_counter() - started, spent[0], spent[1]))
            finally:
                ingest.refresh = original  # type: ignore[assignment]
                store.close()
    if profile and profiler:
        profiler[0].dump_stats(str(profile))
    if not runs:  # only the profiled run
        return {}
    return {
        "import_s": median([r[0] for r in runs]),
        "refresh_s": median([r[1] for r in runs]),
        "refresh_cpu_s": median([r[2] for r in runs]),
    }


def into_bulk(docs: int, extra: Path, repeat: int) -> dict[str, float]:
    """The small import into a copy of ``bench.bulkdb``'s database of ``docs`` documents
    (a fresh copy each time): medians of its wall time, its refresh's wall time and the
    refresh's processor time in this process."""
    from bench.bulkdb import build_db
    from tracker.services import assessments, ingest
    from tracker.services.ingest import ingest_paths
    from tracker.storage.db import open_db

    source = build_db(docs)
    runs: list[tuple[float, float, float]] = []
    original = ingest.refresh
    spent: list[float] = [0.0, 0.0]

    def timed(*args: object, **kwargs: object) -> object:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return assessments.refresh(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent[:] = [time.perf_counter() - t0, time.process_time() - c0]

    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="tracker-into-") as tmp:
            db = Path(tmp) / "into.db"
            shutil.copy(source, db)
            store = open_db(db)
            ingest.refresh = timed  # type: ignore[assignment]
            try:
                started = time.perf_counter()
                ingest_paths(store, [extra])
                runs.append((time.perf_counter() - started, spent[0], spent[1]))
            finally:
                ingest.refresh = original  # type: ignore[assignment]
                store.close()
    return {
        "import_s": median([r[0] for r in runs]),
        "refresh_s": median([r[1] for r in runs]),
        "refresh_cpu_s": median([r[2] for r in runs]),
    }


def through_cli(db: Path, extra: Path, repeat: int) -> float:
    """Median wall time of ``tracker ingest`` of ``extra`` into a copy of ``db`` (a fresh
    copy each time), run as its own process from start to exit: what an analyst at the
    command line waits for, the reading workers' start included."""
    import tracker

    env = {**os.environ, "PYTHONPATH": str(Path(tracker.__file__).resolve().parent.parent)}
    command = "import sys; from tracker.cli import main; sys.exit(main())"
    runs: list[float] = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="tracker-cli-") as tmp:
            copy = Path(tmp) / "cli.db"
            shutil.copy(db, copy)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", command, "--db", str(copy), "ingest", str(extra)],
                check=True,
                capture_output=True,
                env=env,
            )
            runs.append(time.perf_counter() - started)
    return median(runs)


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    p.add_argument("--small", type=int, default=35, help="articles in the small follow-up import")
    p.add_argument(
        "--bulk",
        type=int,
        default=0,
        help="also import the small corpus into a copy of bench/bulkdb.py's database of "
        "this many documents (median of --repeat runs)",
    )
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument(
        "--cli",
        action="store_true",
        help="also time `tracker ingest` of the small corpus (another seed) into a copy of "
        "each database built, as a process of its own (median of --repeat runs)",
    )
    p.add_argument(
        "--compiled",
        action="store_true",
        help="read with the compiled engine of the bundle (scripts/build_compiled.py)",
    )
    p.add_argument(
        "--then-only",
        action="store_true",
        help="only the small import, into fresh copies of each size's database as it was "
        "before its small import (kept by an earlier full run): median of --repeat runs",
    )
    p.add_argument("--profile", type=Path, help="with --then-only: cProfile stats of a last run")
    args = p.parse_args()
    if args.compiled:
        use_compiled()
    if args.then_only:
        _then_only(args)
        return
    rows = []
    for n in args.sizes:
        folder = _corpus(n, 7)
        extra = _corpus(args.small, 99)
        base = floor(folder)
        got = full(folder, WORK / f"ingest-{n}.db", extra)
        rows.append(
            {
                "docs": n,
                "floor_s": base,
                "full_s": got["total"],
                "ratio": got["total"] / base,
                "refresh_s": got["refresh"],
                "refresh_cpu_s": got["refresh_cpu"],
                "store_ms_per_doc": got["store_cpu"] / n * 1000,
                "per_doc_ms": got["total"] / n * 1000,
                "main_cpu_s": got["main_cpu"],
                "workers_cpu_s": got["workers_cpu"],
                "cores_busy": got["cores_busy"],
                f"then_{args.small}_s": got["small_import"],
                f"then_{args.small}_refresh_s": got["small_refresh"],
            }
        )
        if args.cli:
            fresh = _corpus(args.small, 5)
            rows[-1][f"cli_{args.small}_s"] = through_cli(
                WORK / f"ingest-{n}.db", fresh, args.repeat
            )
    figures: dict[str, object] = {"sizes": args.sizes}
    if len(rows) >= 2:
        figures["scaling"] = rows[-1]["full_s"] / rows[0]["full_s"]
        figures["size_ratio"] = rows[-1]["docs"] / rows[0]["docs"]
    if args.bulk:
        bulk = into_bulk(args.bulk, _corpus(args.small, 99), args.repeat)
        for key, value in bulk.items():
            figures[f"bulk_{args.bulk}_then_{args.small}_{key}"] = value
    report(
        "ingest",
        rows,
        figures,
        as_json=args.json,
        target="full <= 20x floor; time(10k)/time(1k) <= 11",
    )


def _then_only(args: argparse.Namespace) -> None:
    rows = []
    for n in args.sizes:
        got = then_only(WORK / f"ingest-{n}.db", _corpus(args.small, 99), args.repeat, args.profile)
        rows.append({"docs": n, **{f"then_{args.small}_{k}": v for k, v in got.items()}})
    report(
        "ingest",
        rows,
        {"sizes": args.sizes, "then_only": True},
        as_json=args.json,
        target="then 35 into 10k <= 1 s of inference",
    )


if __name__ == "__main__":
    main()
