"""Kill imports with SIGKILL at random moments and prove nothing is lost or half-written.

Each round imports a generated corpus into a new database with the real CLI, killing the
process at random times and re-running it until an import completes. After every kill it
checks: ``PRAGMA integrity_check`` is ok; the audit chain, the state seals and the head
witness verify (``tracker verify`` finds nothing); every document has
exactly one ``ingest`` audit row and every such row its document; every document's stored
excerpts are exactly what extraction finds in it (no document without its evidence, no
evidence without its document); and no text is stored twice. The final run of each round
must complete and hold every distinct article once.

    python scripts/crash_test.py --kills 100          # the full run
    python scripts/crash_test.py --kills 8 --docs 40  # the CI-sized run (part of the tests)

A round kills its import at most ``--kills-per-round`` times (4) and then lets it complete,
so the 100 kills fall on many new databases: their creation, their first documents and
their later ones.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.project_python import ensure_project_python  # noqa: E402

ensure_project_python(__file__)

from bench.corpus import write_corpus  # noqa: E402


def check_database(db: Path) -> list[str]:
    """Every invariant a crash must not break; returns the problems found."""
    from tracker.extract import extract_document
    from tracker.services.tamper import findings
    from tracker.services.tracks import list_tracks
    from tracker.storage import audit, open_db

    problems: list[str] = []
    store = open_db(db)
    try:
        conn = store.conn
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        chain = audit.verify_chain(store)
        if not chain.ok:
            problems.append(f"audit chain: {chain.problem}")
        # The state seals and the head witness: a kill between a change and its seal, or
        # between a commit and the witness, must not make the database look tampered with.
        tampered = [f.text for f in findings(store)]
        if tampered:
            problems.append(f"does not verify: {tampered[:2]}")
        docs = {int(r[0]) for r in conn.execute("SELECT id FROM documents")}
        ingest_rows = [
            int(r[0].split(":")[1])
            for r in conn.execute("SELECT entity FROM audit_log WHERE action = 'ingest'")
        ]
        if sorted(ingest_rows) != sorted(docs):
            problems.append(
                f"documents {sorted(docs)[:5]}… vs ingest audit rows {sorted(ingest_rows)[:5]}…"
            )
        hashes = conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone()
        if hashes[0] != hashes[1]:
            problems.append("a text is stored twice")
        orphans = conn.execute(
            "SELECT count(*) FROM excerpts WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} excerpts without a document")
        tracks = list_tracks(store)
        track_ids = {t.id for t in tracks}
        from datetime import date

        for doc_id, text, published in conn.execute("SELECT id, text, published FROM documents"):
            expected = {
                (f.track_id, f.start, f.end)
                for f in extract_document(
                    text, date.fromisoformat(published) if published else None, tracks
                )
            }
            stored = {
                (r[0], r[1], r[2])
                for r in conn.execute(
                    'SELECT track_id, start, "end" FROM excerpts WHERE document_id = ?', (doc_id,)
                )
                if r[0] in track_ids
            }
            if expected != stored:
                problems.append(
                    f"document {doc_id}: {len(stored)} stored excerpts, {len(expected)} expected"
                )
                break
    finally:
        store.close()
    return problems


def run_round(
    corpus: Path, db: Path, rng: random.Random, kills_left: int, window: float
) -> tuple[int, list[str], bool]:
    """Kill imports into ``db`` (at most ``kills_left`` times), then let one complete."""
    kills = 0
    cmd = [sys.executable, "-m", "tracker.cli", "--db", str(db), "ingest", str(corpus), "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    while True:
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
        )
        if kills < kills_left:
            time.sleep(rng.uniform(0.2, window))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
                problems = check_database(db) if db.exists() else []
                if problems:
                    return kills, problems, False
                continue
        _out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            return kills, [f"import failed: {err.decode()[-300:]}"], False
        return kills, check_database(db), True


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument(
        "--kills-per-round",
        type=int,
        default=4,
        help="kills before a round's import may complete (a new database each round, so "
        "kills land in its creation and first documents as well as later)",
    )
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total_kills = 0
    rounds = 0
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tracker-crash-") as tmp:
        corpus = Path(tmp) / "corpus"
        files = write_corpus(corpus, args.docs, seed=args.seed)
        distinct = len({p.read_text(encoding="utf-8") for p in files})
        # How long does a whole import take? Kills land anywhere in it.
        probe = Path(tmp) / "probe.db"
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tracker.cli",
                "--db",
                str(probe),
                "ingest",
                str(corpus),
                "--json",
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        window = max(0.5, (time.perf_counter() - t0) * 1.1)
        while total_kills < args.kills and not failures:
            rounds += 1
            db = Path(tmp) / f"round-{rounds}.db"
            budget = min(args.kills - total_kills, args.kills_per_round)
            kills, problems, completed = run_round(corpus, db, rng, budget, window)
            total_kills += kills
            failures += problems
            if completed and not problems:
                from tracker.storage import open_db

                store = open_db(db)
                held = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                store.close()
                if held != distinct:
                    failures.append(
                        f"round {rounds}: {held} documents held, {distinct} distinct articles"
                    )
    result = {
        "kills": total_kills,
        "survived": total_kills if not failures else None,
        "rounds": rounds,
        "documents": args.docs,
        "ok": not failures,
        "problems": failures,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        verdict = "survived" if not failures else "FAILED"
        print(
            f"{total_kills} kills over {rounds} rounds of {args.docs} documents: {verdict} "
            f"({result['seconds']} s)"
        )
        for problem in failures:
            print(f"  {problem}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
