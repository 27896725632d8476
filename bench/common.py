"""Shared bits of the benchmark scripts: machine description, table/JSON output, timing."""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable as ``.venv/bin/python bench/NAME.py``
    sys.path.insert(0, str(ROOT))

WORK = Path(os.environ.get("TRACKER_BENCH_DIR", "/tmp/tracker-bench"))


def machine() -> dict[str, Any]:
    """nproc, CPU model, RAM, Python and the date of the run."""
    cpu = platform.processor() or "unknown"
    ram_mb = 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram_mb = int(line.split()[1]) // 1024
                break
    except OSError:
        pass
    return {
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "foreground": _FOREGROUND["on"],
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_mb": ram_mb,
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


_AUTOGROUP = Path("/proc/self/autogroup")
_FOREGROUND = {"on": False}


def foreground(level: int = -15) -> bool:
    """Run ahead of other work on a shared machine: this process's scheduling group (Linux
    autogroup: every process of the session, workers included) and nice value raised,
    put back when the run ends. Without the right to (not root, not Linux) nothing
    changes and False is returned. Other sessions' load then costs this run little, so
    figures from a busy machine are comparable; a run's report says whether it was on."""
    try:
        before = int(_AUTOGROUP.read_text().split("nice")[1])
        _AUTOGROUP.write_text(str(level))
        os.nice(level - os.nice(0))
    except (OSError, IndexError, ValueError):
        return False
    atexit.register(_AUTOGROUP.write_text, str(before))
    _FOREGROUND["on"] = True
    return True


class _Foreground(argparse.Action):
    def __call__(self, *_args: object, **_kwargs: object) -> None:
        if not foreground():
            print("--foreground: not allowed here (needs root on Linux); run as is")


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", action="store_true", help="print machine-readable figures")
    p.add_argument(
        "--foreground",
        action=_Foreground,
        nargs=0,
        help="run ahead of other work on a shared machine (Linux, as root): the figures "
        "then hold however busy the machine is",
    )
    return p


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def report(
    name: str,
    rows: list[dict[str, Any]],
    figures: dict[str, Any],
    *,
    as_json: bool,
    target: str = "",
) -> None:
    """Print ``rows`` as a table (or everything as one JSON object with ``--json``)."""
    if as_json:
        print(json.dumps({"bench": name, "machine": machine(), "rows": rows, **figures}))
        return
    about = machine()
    ahead = ", run ahead of other work" if about["foreground"] else ""
    print(
        f"# {name}  ({about['cpu']}, {os.cpu_count()} cores, "
        f"load average {about['load_average']}{ahead})"
    )
    if rows:
        keys = list(rows[0])
        cells = [[_fmt(r.get(k)) for k in keys] for r in rows]
        widths = [max(len(k), *(len(c[i]) for c in cells)) for i, k in enumerate(keys)]
        print("  ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True)))
        for c in cells:
            print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))
    for key, value in figures.items():
        print(f"{key}: {_fmt(value)}")
    if target:
        print(f"target: {target}")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:.1f}"
    return str(value)


def use_compiled() -> Path:
    """Read with the compiled engine (``scripts/build_compiled.py``, built when missing or
    stale) in this process and its worker processes: call before anything imports
    ``tracker``."""
    if any(name == "tracker" or name.startswith("tracker.") for name in sys.modules):
        raise RuntimeError("use_compiled() must run before tracker is imported")
    from scripts.build_compiled import ensure

    folder = ensure()
    sys.path.insert(0, str(folder))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(folder), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    # The workers' fork server runs ``python -c``, whose first search path is the working
    # directory, ahead of PYTHONPATH: from a checkout it would import the pure ``tracker``
    # there. The compiled folder holds the whole package, so it is where to work from.
    os.chdir(folder)
    return folder
