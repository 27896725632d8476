"""The benchmark scripts keep working: each runs at a tiny size and prints its JSON figures.

Timings are not checked (the machine is shared); only the shape of the output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

CASES = {
    "ingest": (["--sizes", "12", "24", "--small", "4"], ["sizes", "scaling"]),
    "search": (["--excerpts", "3000", "--repeat", "1"], ["p50_ms", "p95_ms", "excerpts"]),
    "startup": (["--docs", "40", "--repeat", "1"], ["bare_ms", "app_ms", "ratio"]),
    "responsiveness": (["--docs", "8"], ["longest_stall_ms"]),
    "memory": (["--docs", "40"], ["rss_mb", "peak_mb"]),
    "briefing": (["--docs", "40", "--repeat", "1"], ["first_s", "median_s", "bytes"]),
    "judgements": (
        ["--docs", "40", "--judgements", "4", "--reextract-docs", "12", "--repeat", "1"],
        ["judge_one_median_s", "judgements"],
    ),
    "matching": (["--docs", "8", "--repeat", "1"], ["anchors", "sentences", "extract_ms_per_doc"]),
    # The compiled engine takes a minute to build: the smoke test measures the pure one.
    "extraction": (["--docs", "8", "--rounds", "1", "--no-compiled"], ["rounds", "corpus_docs"]),
}


def _run(name: str, args: list[str], work: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_BENCH_DIR=str(work))
    env["XDG_CONFIG_HOME"] = str(work / "config")
    env["XDG_DATA_HOME"] = str(work / "data")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{name}.py"), *args, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # a hang, not a slow machine: the runs here take 10-40 s unloaded
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench")


@pytest.mark.parametrize("name", list(CASES))
def test_bench_script_prints_its_figures(name: str, work: Path) -> None:
    args, keys = CASES[name]
    out = _run(name, args, work)
    assert out["bench"] == name
    assert {"nproc", "cpu", "ram_mb", "date"} <= set(out["machine"])
    assert isinstance(out["rows"], list) and out["rows"]
    for key in keys:
        assert key in out, key
