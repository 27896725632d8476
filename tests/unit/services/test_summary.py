"""A track's summary in process: since, as of, latest development, next event, review flag —
the one picture the window, the command line and the briefing share."""

from __future__ import annotations

from datetime import date

from tracker.services import overrides, undo
from tracker.services.database import Store
from tracker.services.evidence import evidence_for
from tracker.services.ingest import ingest_text
from tracker.services.status import history, track_status

SUMMIT = "trump-putin-summit"

NEWER = """Budapest summit back on, officials say

Published 30 October 2025

President Trump and President Putin will meet in Budapest on 20 November, the White House said on Thursday. The summit has been scheduled after weeks of uncertainty, officials confirmed.
"""


def test_the_seed_summit_summary(seed_db: Store) -> None:
    s = track_status(seed_db, SUMMIT)
    assert (s.status, s.since, s.as_of) == ("on_hold", date(2025, 10, 21), date(2025, 10, 22))
    assert s.latest is not None
    assert (s.latest.date, s.latest.status, s.latest.effect, s.latest.agrees) == (
        date(2025, 10, 21),
        "on_hold",
        "confirms",
        True,
    )
    # the development's source comes with it, from its excerpt
    quotes = {e.id: e for e in evidence_for(seed_db, SUMMIT)}
    source = quotes[s.latest.excerpt]
    assert (s.latest.quote, s.latest.outlet, s.latest.document) == (
        source.exact,
        source.outlet,
        source.document_id,
    )


def test_overriding_to_the_status_in_force_keeps_since(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "on_hold", reason="Agree", analyst="ana")
    s = track_status(seed_db, SUMMIT)
    assert (s.status, s.source, s.since) == ("on_hold", "override", date(2025, 10, 21))


def test_an_undone_override_leaves_since_and_history_as_before(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "postponed", reason="Desk", analyst="ana")
    assert track_status(seed_db, SUMMIT).since == date.today()
    undo.undo_last(seed_db, analyst="ana")
    s = track_status(seed_db, SUMMIT)
    assert (s.status, s.since) == ("on_hold", date(2025, 10, 21))
    manual = [
        (h.origin, h.status, h.undone) for h in history(seed_db, SUMMIT) if h.origin != "inferred"
    ]
    assert manual == [("override", "postponed", True), ("revoke", "on_hold", True)]


def test_newer_disagreeing_evidence_flags_the_override_with_its_quote(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "cancelled", reason="Desk", analyst="ana")
    ingest_text(seed_db, NEWER, title="Budapest summit back on", outlet="Test Wire")
    s = track_status(seed_db, SUMMIT)
    assert s.needs_review and s.review is not None
    flag = s.review
    assert (flag.kind, flag.override_status) == ("newer_evidence", "cancelled")
    assert flag.points_to in ("scheduled", "proposed")
    assert flag.excerpt_id is not None and flag.document_id is not None
    assert flag.outlet == "Test Wire" and flag.quote
    assert s.review_reason == flag.text
    assert "excerpt" not in flag.text  # no bare ids: the outlet, date and quote instead
    assert "Test Wire" in flag.text and "not Cancelled as overridden" in flag.text


def test_a_latest_development_against_the_status_says_so(seed_db: Store) -> None:
    overrides.apply_override(seed_db, SUMMIT, "held", reason="Desk", analyst="ana")
    s = track_status(seed_db, SUMMIT)
    assert s.latest is not None and s.latest.status == "on_hold" and s.latest.agrees is False


def test_as_of_a_date_the_summary_holds_only_what_was_known_by_then(seed_db: Store) -> None:
    s = track_status(seed_db, SUMMIT, as_of=date(2025, 10, 18))
    assert s.status == "proposed"
    assert s.as_of is not None and s.as_of <= date(2025, 10, 18)
    assert s.latest is None or (s.latest.date is not None and s.latest.date <= date(2025, 10, 18))
