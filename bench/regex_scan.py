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
from typing import Final

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
    in ``tracker`` (directly, in a ``Gated`` rule, or in a tuple, list or dict), the UI left
    out."""
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
                item = getattr(item, "regex", item)  # a ``literals.Gated`` rule's expression
                fresh = isinstance(item, re.Pattern) and id(item) not in seen
                if fresh and isinstance(item.pattern, str):  # type: ignore[union-attr]
                    seen.add(id(item))
                    yield f"{info.name}.{name}", item  # type: ignore[misc]


# Patterns the code never searches over a whole text, and how it does run them: matched at
# one position (a cue's or an anaphor's end), or searched in a window of bounded length
# around a cue. Searched over a long run they take quadratic time, which says nothing of
# the reading; run as the code runs them, they must still be linear.
AT_A_POSITION: Final = frozenset(
    {
        "tracker.extract.matching._WHOSE_EVENT",  # .match(text, end of an anaphor)
        "tracker.extract.matching._OF_THE",  # .match(text, end of a span, 40 after)
        "tracker.extract.matching._OF",  # .fullmatch(the words between two event words)
        "tracker.extract.matching._SENT_BY",  # .match(text, end of a person's name)
        "tracker.extract.matching._SENT_SPEAKS",  # .match(text, end of an envoy phrase)
        "tracker.extract.signals._MODAL_AFTER",  # .match(sentence, end of a cue)
        "tracker.extract.signals._PURPOSE_END",  # .match(sentence, end of a cue)
        "tracker.extract.signals._NOT_YET_AFTER",  # .match(sentence, end of a cue)
        "tracker.extract.signals._CONDITION_AFTER",  # .match(sentence, end of a cue)
        "tracker.extract.signals._ABOUT_RESUMING",  # .match(sentence, end of a cue)
        "tracker.extract.cuechoice._FOR_THE_EVENT",  # .match(sentence, end of a place)
        "tracker.extract.cuechoice._PART_AFTER",  # .match(sentence, end of a cue)
        "tracker.extract.cuechoice._BARE_SITTING",  # .match(sentence, end of a cue)
        "tracker.extract.cuechoice._WITH_AFTER",  # .match(sentence, end of a clause's verb)
        "tracker.extract.cuechoice._ANOTHER_AFTER",  # .match(sentence, end of a clause's verb)
        "tracker.extract.cuechoice._EVENT_OBJECT",  # .match(sentence, end of a clause's verb)
        "tracker.extract.cuechoice._CONDITION_FIRST",  # .match(sentence), its start only
        "tracker.extract.cuechoice._A_TRIP_AFTER",  # .match(sentence, end of a clause's verb)
        "tracker.extract.dates._NAMED_AFTER",  # .match(text, end of a date)
        "tracker.extract.dates._SUBJECT_OF_SAID",  # .match(text, end of a date)
        "tracker.extract.dates._NOT_HELD",  # .match(a cue's words)
        "tracker.extract.dates._TO_DO",  # .match(text, start of a date)
        "tracker.ingest.htmldates._ITEMPROP_VALUE",  # .match(html, after "itemprop")
    }
)
# name -> the longest window it is searched in (``wish_to_meet``: 60 characters before a
# cue, to the cue's end; a cue of the lexicon spans a few words)
IN_A_WINDOW: Final = {"tracker.extract.cuechoice._READY_TO_MEET": 60 + 200}


def run(pattern: re.Pattern[str], text: str, name: str = "") -> None:
    """Run ``pattern`` over ``text`` as the code runs it (``name``: where it is defined):
    every match and a substitution, or matched at a few positions, or searched in windows
    across the text."""
    if name in AT_A_POSITION:
        for pos in range(0, len(text), max(1, len(text) // 8)):
            pattern.match(text, pos)
        return
    if name in IN_A_WINDOW:
        width = IN_A_WINDOW[name]
        for pos in range(0, len(text), width):
            for _ in pattern.finditer(text, pos, pos + width):
                pass
        return
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
            run(pattern, text, where)
            results.append((time.perf_counter() - start, where, unit))
    results.sort(reverse=True)
    print(f"{len(results)} runs of {args.chars} characters")
    for seconds, where, unit in results[: args.top]:
        print(f"{seconds:8.3f} s  {where}  {unit!r}")


if __name__ == "__main__":
    main()
