"""A deterministic generator of realistic article files for benchmarks and crash tests.

Articles recombine sentence templates about the default tracks and many other actors,
outlets and dates, with web boilerplate and republished copies mixed in, as real feeds have.
The same ``seed`` always writes the same files.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

OUTLETS = [
    "Reuters",
    "Associated Press",
    "CNN",
    "NBC News",
    "Atlantic Council",
    "TASS",
    "Egypt Daily News",
    "Times in Pakistan",
    "Baltic Courier",
    "Danube Post",
    "Caspian Herald",
    "Adriatic Times",
    "Nordic Ledger",
    "Levant Review",
]
PAIRS = [
    ("Donald Trump", "Vladimir Putin", "Budapest", "summit"),
    ("Marco Rubio", "Sergey Lavrov", "Geneva", "call"),
    ("Emmanuel Macron", "Friedrich Merz", "Paris", "meeting"),
    ("Keir Starmer", "Volodymyr Zelenskyy", "London", "talks"),
    ("Xi Jinping", "Narendra Modi", "Delhi", "summit"),
    ("Recep Tayyip Erdogan", "Masoud Pezeshkian", "Ankara", "meeting"),
    ("Antonio Guterres", "Abiy Ahmed", "Addis Ababa", "talks"),
    ("Luiz Inacio Lula da Silva", "Javier Milei", "Brasilia", "summit"),
]
SPEAKERS = [
    "a senior White House official",
    "Kremlin spokesman Dmitry Peskov",
    "a European diplomat",
    "the foreign ministry spokesperson",
    "an official familiar with the talks",
    "a government source",
]
STATUS_SENTENCES = [
    "{a} and {b} agreed to meet in {place} to discuss the war, {speaker} said.",
    "Preparations continue for the {kind} between {a} and {b} in {place}, according to {speaker}.",
    "The {kind} between {a} and {b} is scheduled for {when} in {place}.",
    "Plans for a {kind} between {a} and {b} in {place} have been put on hold, {speaker} said on {weekday}.",
    "The {kind} between {a} and {b} was postponed after talks stalled, {speaker} told reporters.",
    "{speaker_cap} said the {kind} between {a} and {b} had been called off.",
    "{a} and {b} held talks in {place} on {weekday}, {speaker} confirmed.",
    "{a} and {b} had a productive phone call on {weekday}, {speaker} said.",
    "“We cannot postpone what has not been agreed upon,” {speaker} said of the {kind} between {a} and {b}.",
    "{a} and {b} could meet in {place} if conditions allow, {speaker} suggested.",
]
FILLER = [
    "Markets in {place} were calm as diplomats weighed the next steps.",
    "Analysts said the talks would test the relationship between the two capitals.",
    "The war in Ukraine entered its fourth winter with no ceasefire in sight.",
    "Energy prices rose after new sanctions were announced in Brussels.",
    "Officials in {place} declined to comment on the schedule.",
    "European leaders met later in the week to discuss security guarantees.",
    "A coalition of the willing is preparing plans for a security force, officials said.",
    "The statement called for the fighting to stop along the current line of contact.",
]
BOILERPLATE = [
    "Share This Article",
    "Read More",
    "Sponsored",
    "Trending News",
    "Tags",
    "Post a Comment",
    "0 Comments",
    "SCROLL FOR NEXT",
    "3/related/default",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_article(rng: random.Random, index: int, start: date) -> tuple[str, str]:
    """One article: ``(filename, text)``."""
    a, b, place, kind = rng.choice(PAIRS)
    outlet = rng.choice(OUTLETS)
    day = start + timedelta(days=rng.randrange(0, 400))
    when = (day + timedelta(days=rng.randrange(3, 30))).strftime("%B %d")

    def fill(template: str) -> str:
        speaker = rng.choice(SPEAKERS)
        return template.format(
            a=a,
            b=b,
            place=place,
            kind=kind,
            when=when,
            speaker=speaker,
            speaker_cap=speaker[0].upper() + speaker[1:],
            weekday=rng.choice(WEEKDAYS),
        )

    title = fill(
        rng.choice(
            [
                "{a} and {b} {kind} in {place} put on hold",
                "{a}–{b} {kind} set for {place}",
                "Talks between {a} and {b} stall",
                "{a} and {b} agree to meet in {place}",
            ]
        )
    )
    lines = [
        title,
        "",
        f"{rng.choice(['By', 'Post by :'])} Staff Writer",
        f"{day:%b. %d, %Y} 10:{rng.randrange(10, 59)} a.m.",
    ]
    if rng.random() < 0.5:
        lines.append(rng.choice(BOILERPLATE))
    for _ in range(rng.randrange(6, 16)):
        pool = STATUS_SENTENCES if rng.random() < 0.4 else FILLER
        paragraph = " ".join(fill(rng.choice(pool)) for _ in range(rng.randrange(1, 4)))
        lines += ["", paragraph]
        if rng.random() < 0.08:
            lines += ["", rng.choice(BOILERPLATE)]
    lines += ["", "Share This Article", f"Published by {outlet}"]
    return f"{index:06d}_{outlet.replace(' ', '_').lower()}.txt", "\n".join(lines)


def write_corpus(folder: Path, count: int, *, seed: int = 7, copy_rate: float = 0.05) -> list[Path]:
    """Write ``count`` articles into ``folder`` (a share of them republished copies)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2025, 1, 1)
    written: list[Path] = []
    texts: list[str] = []
    for index in range(count):
        if texts and rng.random() < copy_rate:
            original = rng.choice(texts)
            name, text = f"{index:06d}_copy.txt", original + "\n\nRepublished with permission."
        else:
            name, text = make_article(rng, index, start)
            texts.append(text)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description="write a deterministic article corpus")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.count, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.folder}")


if __name__ == "__main__":
    main()
