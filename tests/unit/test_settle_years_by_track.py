"""A report whose dateline prints no year ("PYONGYANG, June 18. /TASS/.") takes the year of a
report dated in full on the same track a few days away ("18 June 2019"), not the latest
such day before the import: reporting of one visit comes within days. A yearless report on
another track, or one whose track's dated report is months away, keeps its year as before.
Articles invented; the years are far enough back that the day of the run does not matter."""

from __future__ import annotations

from datetime import date

from tracker.domain.models import Actor
from tracker.ingest.published import YEAR_ASSUMED
from tracker.services.ingest import ingest_text
from tracker.services.track_admin import add_track
from tracker.storage import documents as document_rows
from tracker.storage.db import Store

MORE = (
    "The two leaders are expected to sign several agreements and to make statements to the "
    "press before the visitor leaves for the next stop of his tour."
)


def _visit_track(store: Store) -> None:
    add_track(
        store,
        track_id="visit",
        title="Marlow's state visit to Kestrel",
        kind="visit",
        actors=[Actor(name="Anton Marlow", aliases=["Marlow"])],
        parties=["Kestrel"],
        places=["Varn"],
        keywords=["state visit"],
    )


def _dated_report(day: str) -> str:
    return "\n\n".join(
        [
            "Marlow lands in Varn for state visit",
            f"{day} – (Varn) President Anton Marlow landed in Varn for a state visit, the "
            "state news agency reported.",
            MORE,
        ]
    )


def _yearless_report(dateline: str) -> str:
    return "\n\n".join(
        [
            "Marlow arrives for state visit",
            f"{dateline} President Anton Marlow has arrived in Varn on a state visit at the "
            "invitation of his host.",
            MORE,
        ]
    )


def _published(store: Store, doc_id: int | None) -> tuple[date | None, str]:
    assert doc_id is not None
    doc = document_rows.get(store, doc_id)
    assert doc is not None
    return doc.published, doc.published_note or ""


def test_a_yearless_dateline_takes_the_year_of_a_dated_report_on_its_track(
    fresh_db: Store,
) -> None:
    _visit_track(fresh_db)
    ingest_text(fresh_db, _dated_report("17th June 2019"), outlet="Harbour Daily")
    item = ingest_text(fresh_db, _yearless_report("VARN, June 18. /KNA/."), outlet="KNA")
    when, note = _published(fresh_db, item.document_id)
    assert when == date(2019, 6, 18)
    assert "same track" in note


def test_the_order_of_import_does_not_matter(fresh_db: Store) -> None:
    _visit_track(fresh_db)
    item = ingest_text(fresh_db, _yearless_report("VARN, June 20 (KNA) -"), outlet="KNA")
    ingest_text(fresh_db, _dated_report("18th June 2019"), outlet="Harbour Daily")
    when, _note = _published(fresh_db, item.document_id)
    assert when == date(2019, 6, 20)


def test_a_dated_report_months_away_does_not_move_the_year(fresh_db: Store) -> None:
    _visit_track(fresh_db)
    ingest_text(fresh_db, _dated_report("17th January 2019"), outlet="Harbour Daily")
    item = ingest_text(fresh_db, _yearless_report("VARN, June 18. /KNA/."), outlet="KNA")
    when, note = _published(fresh_db, item.document_id)
    assert when is not None and when.year > 2020
    assert YEAR_ASSUMED in note and "same track" not in note


def test_a_dated_report_on_another_track_does_not_move_the_year(fresh_db: Store) -> None:
    _visit_track(fresh_db)
    add_track(
        fresh_db,
        track_id="other",
        title="Orsk fisheries talks",
        kind="talks",
        actors=[Actor(name="Lena Orsk", aliases=["Orsk"])],
        keywords=["fisheries talks"],
    )
    ingest_text(
        fresh_db,
        "\n\n".join(
            [
                "Fisheries talks resume",
                "17th June 2019 – (Brill) Lena Orsk opened a new round of fisheries talks in "
                "Brill, officials said.",
                "The fisheries talks will go on for two days.",
            ]
        ),
        outlet="Harbour Daily",
    )
    item = ingest_text(fresh_db, _yearless_report("VARN, June 18. /KNA/."), outlet="KNA")
    when, note = _published(fresh_db, item.document_id)
    assert when is not None and when.year > 2020
    assert "same track" not in note


def test_a_dated_report_naming_the_track_without_a_claim_does_not_move_the_year(
    fresh_db: Store,
) -> None:
    """A report of another event that only names the track's words in passing (an excerpt
    with no signal: "Marlow's state visit" as the topic of a book) is not reporting of the
    track, so its year does not date a yearless dateline."""
    _visit_track(fresh_db)
    ingest_text(
        fresh_db,
        "\n\n".join(
            [
                "Book fair opens in Varn",
                "17th June 2019 – (Varn) A book about Anton Marlow and his state visit to "
                "Kestrel drew the longest queue at the Varn book fair, organisers said.",
            ]
        ),
        outlet="Harbour Daily",
    )
    item = ingest_text(fresh_db, _yearless_report("VARN, June 18. /KNA/."), outlet="KNA")
    when, note = _published(fresh_db, item.document_id)
    assert when is not None and when.year > 2020
    assert "same track" not in note
