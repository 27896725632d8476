"""A wire story put online a day or two after its dateline ("ABU DHABI, May 15 (AFP) –" on a
page whose metadata says 16 May) is of the dateline's day: its "yesterday" and "on
Wednesday" count from it. A dateline of the metadata's own day, of a later day, far earlier,
or none leaves the metadata's date. Pages invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tracker.extract.dates import resolve_dates
from tracker.ingest import prepare_bytes

LEAD = (
    "The foreign ministers of the two countries met yesterday in the Emirati capital and "
    "agreed to resume the stalled border talks next month, officials said."
)
MORE = (
    "The talks had been frozen since January, when a shooting at a crossing killed two "
    "guards, the ministry said in a statement."
)


def _page(published_time: str, dateline: str) -> bytes:
    return (
        "<html><head>"
        f'<meta property="article:published_time" content="{published_time}">'
        "<title>Ministers agree to resume border talks</title></head><body><article>"
        "<h1>Ministers agree to resume border talks</h1>"
        f"<p>{dateline}{LEAD}</p><p>{MORE}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("published_time", "dateline", "want"),
    [
        ("2025-05-16T08:10:00+04:00", "ABU DHABI, May 15 (AFP) - ", date(2025, 5, 15)),
        ("2025-05-17T06:00:00Z", "DOHA, May 15 (Reuters) - ", date(2025, 5, 15)),
        ("2025-05-16T08:10:00Z", "ABU DHABI, 15 May 2025 (AFP) - ", date(2025, 5, 15)),
        # across New Year: the dateline's year is the one before
        ("2026-01-01T09:00:00Z", "ABU DHABI, Dec 31 (AFP) - ", date(2025, 12, 31)),
    ],
)
def test_a_dateline_a_day_or_two_before_the_metadata_dates_the_story(
    published_time: str, dateline: str, want: date
) -> None:
    doc = prepare_bytes(_page(published_time, dateline), name="story.html").document
    assert doc.published == want
    # and the lead's "yesterday" counts from it
    yesterday = resolve_dates(LEAD, doc.published, near=LEAD.find("met")).date
    assert yesterday == want - timedelta(days=1)


@pytest.mark.parametrize(
    ("published_time", "dateline", "want"),
    [
        ("2025-05-15T20:10:00+04:00", "ABU DHABI, May 15 (AFP) - ", date(2025, 5, 15)),
        ("2025-05-14T20:10:00+04:00", "ABU DHABI, May 15 (AFP) - ", date(2025, 5, 14)),
        ("2025-05-25T08:00:00Z", "ABU DHABI, May 15 (AFP) - ", date(2025, 5, 25)),
        ("2025-05-16T08:10:00Z", "", date(2025, 5, 16)),
    ],
)
def test_otherwise_the_metadata_dates_the_page(
    published_time: str, dateline: str, want: date
) -> None:
    doc = prepare_bytes(_page(published_time, dateline), name="story.html").document
    assert doc.published == want
