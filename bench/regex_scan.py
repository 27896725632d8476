"""Every regular expression in ``tracker/`` against adversarial runs: how long each takes.

A pattern with nested or overlapping quantifiers can take quadratic (or worse) time on a
long run of one character or one short unit ("[[[[", "!?!?", "** ** **"). This script
times each compiled pattern in the package over each run and prints the slowest; the unit
test ``tests/unit/test_regex_linear.py`` runs the same inputs under a watchdog.

    .venv/bin/python bench/regex_scan.py [--chars 40000] [--top 15]
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import tracker

# Units repeated into long runs: brackets and markup, punctuation runs, words, spaces,
# quotes, abbreviations and numbers, the shapes the patterns of tracker/ look for.
# fmt: off
UNITS = (
    "[", "]", "(", ")", "![", "[a](", "*", "**", "_", "*a ", "** a", "`", "#", ">", "<", "&",
    "!?", "!", "?", ".", ". ", "...", ",", ";", ":", "-", "—", " ", "\t", "\n", "\n\n",
    "a", "A", "a ", "A ", "Ab ", "ab.", "A.", "Mr. ", "U.S. ", "1", "1 ", "1,", "1.", "12:",
    '"', "'", "\u201c", "\u2019", "a'", "@", "/", "http://", "www.", "=", "|", "\\",
    "Oct ", "October ", "21 ", "on Tuesday ", "said ", "the ", "summit ",
)
# fmt: on


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """``(module.name, pattern)`` for every compiled ``str`` pattern held at module level
    in ``tracker`` (directly, or in a tuple, list or dict), the UI left out."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(tracker.__path__, "tracker."):
        if info.name.startswith(("tracker.ui", "tracker.cli")) or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            items = values if isinstance(value, (tuple, list, dict)) else [value]
            for item in items:
                if isinstance(item, tuple):
                    item = next((x for x in item if isinstance(x, re.Pattern)), None)
                fresh = isinstance(item, re.Pattern) and id(item) not in seen
                if fresh and isinstance(item.pattern, str):  # type: ignore[union-attr]
                    seen.add(id(item))
                    yield f"{info.name}.{name}", item  # type: ignore[misc]


def run(pattern: re.Pattern[str], text: str) -> None:
    for _ in pattern.finditer(text):
        pass
    pattern.sub("", text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=40_000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    results = []
    for where, pattern in patterns():
        for unit in UNITS:
            text = unit * (args.chars // len(unit))
            start = time.perf_counter()
            run(pattern, text)
            results.append((time.perf_counter() - start, where, unit))
    results.sort(reverse=True)
    print(f"{len(results)} runs of {args.chars} characters")
    for seconds, where, unit in results[: args.top]:
        print(f"{seconds:8.3f} s  {where}  {unit!r}")


if __name__ == "__main__":
    main()
