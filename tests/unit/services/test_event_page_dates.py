"""A page that prints no date, dated from the event other documents date
(``tracker.extract.pagedays`` through the import's pass over undated documents)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.domain.models import Actor
from tracker.extract.pagedays import EVENT_NOTE
from tracker.services.ingest import ingest_paths
from tracker.services.track_admin import add_track
from tracker.storage import documents
from tracker.storage.db import Store

SIGNED = date(2025, 1, 17)  # a Friday
# An undated page telling the signing done "on Friday".
SIGNED_ON_FRIDAY = (
    "Pacific neighbours\n\nBoric and Boluarte signed the anchovy quota treaty in Lima on Friday.\n"
)


def _track(store: Store, kind: str = "meeting") -> None:
    add_track(
        store,
        title="Chile–Peru fisheries accord",
        kind=kind,
        track_id="chile-peru-fisheries",
        actors=[
            Actor(name="Gabriel Boric", aliases=["Boric"]),
            Actor(name="Dina Boluarte", aliases=["Boluarte"]),
        ],
        parties=["Chile", "Peru"],
        keywords=["accord"],
    )


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


_TOLD = (
    "Boric and Boluarte signed the anchovy quota treaty in Lima on {told}, after two years "
    "of haggling.",
    "In Lima on {told}, the anchovy quota treaty was signed by Boluarte and Boric.",
)


def _anchors(folder: Path, days: tuple[date, ...] = (SIGNED, SIGNED)) -> None:
    for i, day in enumerate(days):
        printed = day.strftime("%B %d, %Y").replace(" 0", " ")
        told = day.strftime("%B %d").replace(" 0", " ")
        _write(
            folder,
            f"dated-{i}.txt",
            f"Anchovy quotas settled\n\n{printed}\n\n{_TOLD[i % 2].format(told=told)}\n",
        )


def _page(store: Store, folder: Path, name: str = "page.txt") -> tuple[date | None, str, str]:
    by_name = {Path(s.source_path or "").name: s for s in documents.summaries(store)}
    doc = documents.get(store, by_name[name].id)
    assert doc is not None
    return doc.published, doc.published_basis, doc.published_note or ""


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Boric and Boluarte signed the anchovy quota treaty in Lima on Friday.", SIGNED),
        ("The anchovy quota treaty was signed by Boric and Boluarte in Lima on Friday.", SIGNED),
        (
            "Boric and Boluarte signed the anchovy quota treaty in Lima yesterday.",
            date(2025, 1, 18),
        ),
        ("Boric and Boluarte signed the anchovy quota treaty in Lima today.", SIGNED),
    ],
)
def test_an_undated_page_takes_the_day_its_own_words_give_the_event(
    fresh_db: Store, tmp_path: Path, sentence: str, day: date
) -> None:
    _track(fresh_db)
    _anchors(tmp_path)
    _write(tmp_path, "page.txt", f"Pacific neighbours close a long row\n\n{sentence}\n")
    ingest_paths(fresh_db, [tmp_path])
    published, basis, note = _page(fresh_db, tmp_path)
    assert (published, basis) == (day, "inferred")
    assert note.startswith(EVENT_NOTE) and "2025-01-17 by documents" in note


@pytest.mark.parametrize(
    "sentence",
    [
        # told ahead, wished, or without a day that moves with the page
        "Boric and Boluarte will sign the anchovy quota treaty in Lima on Friday.",
        "Boric and Boluarte hope to sign the anchovy quota treaty in Lima on Friday.",
        "Boric and Boluarte did not sign the anchovy quota treaty in Lima on Friday.",
        "Boric and Boluarte signed the anchovy quota treaty in Lima.",
        "Boric and Boluarte signed the anchovy quota treaty in Lima on January 17.",
        # another event: another place; another act in the same place, with other words
        "Boric and Boluarte signed the anchovy quota treaty in Santiago on Friday.",
        "Boric and Boluarte met in Lima on Friday to discuss sharing the Lauca river's water.",
    ],
)
def test_refusals_leave_the_page_undated(fresh_db: Store, tmp_path: Path, sentence: str) -> None:
    _track(fresh_db)
    _anchors(tmp_path)
    _write(tmp_path, "page.txt", f"Pacific neighbours\n\n{sentence}\n")
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path)[0] is None


def test_a_process_held_in_rounds_dates_no_page_by_its_events(
    fresh_db: Store, tmp_path: Path
) -> None:
    # talks recur (a round in the same place on the same weekday): no round dates another's page
    _track(fresh_db, kind="talks")
    _anchors(tmp_path)
    _write(tmp_path, "page.txt", SIGNED_ON_FRIDAY)
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path)[0] is None


def test_anchors_that_disagree_date_nothing(fresh_db: Store, tmp_path: Path) -> None:
    # two reports of the signing on two days (or two editions of a yearly signing)
    _track(fresh_db)
    _anchors(tmp_path, (SIGNED, date(2025, 1, 24)))
    _write(tmp_path, "page.txt", SIGNED_ON_FRIDAY)
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path)[0] is None


def test_a_document_whose_own_date_was_inferred_is_no_anchor(
    fresh_db: Store, tmp_path: Path
) -> None:
    # no chains: "first" borrows its date from a shared quote, so its signing on 17 January
    # dates no other page
    quote = "“Fishermen on both sides of the border can plan their seasons again,” the envoy said."
    _write(tmp_path, "quoted.txt", f"Envoy speaks\n\nJanuary 30, 2025\n\n{quote}\n")
    _write(
        tmp_path,
        "first.txt",
        "Pacific neighbours\n\nBoric and Boluarte signed the anchovy quota treaty in Lima on "
        f"January 17. {quote}\n",
    )
    _write(tmp_path, "page.txt", SIGNED_ON_FRIDAY)
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path, "first.txt")[:2] == (date(2025, 1, 30), "inferred")
    assert _page(fresh_db, tmp_path)[0] is None


def test_a_page_that_prints_its_own_date_keeps_it(fresh_db: Store, tmp_path: Path) -> None:
    _track(fresh_db)
    _anchors(tmp_path)
    _write(
        tmp_path,
        "page.txt",
        "Pacific neighbours\n\nJanuary 20, 2025\n\nBoric and Boluarte signed the anchovy quota "
        "treaty in Lima on Friday.\n",
    )
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path)[:2] == (date(2025, 1, 20), "stated")


def test_anchors_imported_after_the_page_date_it(fresh_db: Store, tmp_path: Path) -> None:
    _track(fresh_db)
    _write(tmp_path, "page.txt", SIGNED_ON_FRIDAY)
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path)[0] is None
    later = tmp_path / "later"
    _anchors(later)
    ingest_paths(fresh_db, [later])
    assert _page(fresh_db, tmp_path)[:2] == (SIGNED, "inferred")


def _visit(store: Store, folder: Path, anchor: str) -> None:
    add_track(
        store,
        title="Boric state visit to Peru",
        kind="visit",
        track_id="boric-peru-visit",
        actors=[
            Actor(name="Gabriel Boric", aliases=["Boric"]),
            Actor(name="Dina Boluarte", aliases=["Boluarte"]),
        ],
        parties=["Chile", "Peru"],
        keywords=["state visit"],
    )
    _write(folder, "dated.txt", f"Boric abroad\n\nJanuary 17, 2025\n\n{anchor}\n")


@pytest.mark.parametrize(
    ("anchor", "page", "day"),
    [
        # the same act in the same place, no other word in common: a country and its capital
        (
            "Boric landed in Peru on January 17 for his state visit.",
            "Boric arrived in Lima on Friday and Boluarte greeted him at the airport.",
            SIGNED,
        ),
        # two cities of one country are two stops
        (
            "Boric landed in Lima on January 17 for his state visit.",
            "Boric arrived in Arequipa on Friday and Boluarte greeted him at the airport.",
            None,
        ),
    ],
)
def test_the_same_act_in_the_same_place_is_one_event(
    fresh_db: Store, tmp_path: Path, anchor: str, page: str, day: date | None
) -> None:
    _visit(fresh_db, tmp_path, anchor)
    _write(tmp_path, "page.txt", f"Boric in Peru\n\n{page}\n")
    ingest_paths(fresh_db, [tmp_path])
    assert _page(fresh_db, tmp_path)[0] == day
