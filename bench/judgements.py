"""What the analysts' judgements cost: reading a track's judged evidence, recomputing every
track, loading the window's snapshot and the review queue, with no judgements and with
``--judgements`` of them (rejections, confirmations, corrections, moves) on a large
database; one judgement recorded (with its recomputation); reading every document again
(relinking the judgements) on a small one.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script

from bench.common import median, parser, report

SUMMIT = "trump-putin-summit"
CHANNEL = "rubio-lavrov-channel"


def _time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return median(times)


def _reads(store: Any, repeat: int) -> dict[str, float]:
    from tracker.services.assessments import refresh
    from tracker.services.evidence import evidence_for
    from tracker.services.review import review_queue
    from tracker.ui.snapshot import load_snapshot

    return {
        "evidence_for_s": _time(lambda: evidence_for(store, SUMMIT, include_rejected=True), repeat),
        "refresh_all_s": _time(lambda: refresh(store), repeat),
        "snapshot_s": _time(lambda: load_snapshot(store), repeat),
        "review_queue_s": _time(lambda: review_queue(store), repeat),
    }


ACTS: list[dict[str, Any]] = [
    {"reject": True, "reason": "not-evidence"},
    {"confirm": True},
    {"event_date": "2025-11", "precision": "month"},
    {"signal": "postponed"},
    {"track": CHANNEL},
    {"note": "checked against the wire"},
]


def _judge(store: Any, count: int) -> list[float]:
    from tracker.domain.errors import UserError
    from tracker.services.evidence import evidence_for
    from tracker.services.judgements import judge_excerpt

    rng = random.Random(11)
    pool = [e.id for e in evidence_for(store, SUMMIT) if e.signal is not None]
    rng.shuffle(pool)
    times: list[float] = []
    for n, excerpt_id in enumerate(pool[:count]):
        started = time.perf_counter()
        try:
            judge_excerpt(store, excerpt_id, analyst="bench", **ACTS[n % len(ACTS)])
        except UserError:
            continue
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=5_000)
    p.add_argument("--judgements", type=int, default=200)
    p.add_argument("--reextract-docs", type=int, default=200)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    from bench.bulkdb import build_db
    from tracker.services.teach import reextract_all
    from tracker.storage.db import open_db

    rows: list[dict[str, Any]] = []
    figures: dict[str, Any] = {"docs": args.docs, "judgements": args.judgements}
    with tempfile.TemporaryDirectory(prefix="tracker-judge-") as tmp:
        big = Path(tmp) / "big.db"
        shutil.copy(build_db(args.docs), big)
        store = open_db(big)
        before = _reads(store, args.repeat)
        judged = _judge(store, args.judgements)
        after = _reads(store, args.repeat)
        store.close()
        for key in before:
            rows.append({"figure": key, "no_judgements": before[key], "judged": after[key]})
        figures["judge_one_median_s"] = median(judged)
        figures["judge_one_max_s"] = max(judged) if judged else 0.0

        small = Path(tmp) / "small.db"
        shutil.copy(build_db(args.reextract_docs), small)
        store = open_db(small)
        plain = _time(lambda: reextract_all(store), 1)
        _judge(store, min(args.judgements, 50))
        relinked = _time(lambda: reextract_all(store), 1)
        store.close()
        rows.append(
            {
                "figure": f"reextract_all_s ({args.reextract_docs} docs)",
                "no_judgements": plain,
                "judged": relinked,
            }
        )
    report("judgements", rows, figures, as_json=args.json)


if __name__ == "__main__":
    main()
