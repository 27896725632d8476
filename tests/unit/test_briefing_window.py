"""What a briefing's "what changed" covers: --since (world events) and --new-since
(arrivals), a first briefing that counts instead of listing, date order, plain sentences
for analyst actions, counts that match explain, file permissions and a missing folder."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.briefing import build_briefing, export_briefing
from tracker.briefing.changes import EVIDENCE_LISTED
from tracker.domain.errors import UserError
from tracker.services import overrides, undo
from tracker.services.ingest import ingest_text
from tracker.services.status import track_status
from tracker.storage.db import Store

NOW = dt.datetime(2025, 10, 24, 9, 0, tzinfo=dt.UTC)
SUMMIT = "trump-putin-summit"
TRACKS = (SUMMIT, "rubio-lavrov-channel", "coalition-of-the-willing")
# The later event is told first, the earlier one second.
TWO_DATES = (
    "Budapest summit frozen\n\n"
    "Published 25 October 2025\n\n"
    "Kremlin spokesman Dmitry Peskov said on Friday that the summit between Trump and Putin "
    "in Budapest remains on hold.\n\n"
    "On 14 October, Trump and Putin agreed to meet in Budapest, the White House said.\n"
)


def test_since_is_world_events_by_event_date(seed_db: Store) -> None:
    b = build_briefing(seed_db, since=dt.date(2025, 10, 21), now=NOW, first=False)
    summit = b.tracks[0]
    assert [c.summary for c in summit.changes if c.category == "transition"] == [
        "Proposed to on hold on 21 Oct 2025; the move is contested."
    ]
    dated = [c.day for c in summit.changes if c.category == "evidence" and c.quote]
    assert dated and all(day is not None and day >= dt.date(2025, 10, 21) for day in dated)
    assert b.since is None and b.since_label == "events since 21 Oct 2025"
    everything = build_briefing(seed_db, since=dt.date(2025, 10, 1), now=NOW, first=False)
    assert [c.summary for c in everything.tracks[0].changes if c.category == "transition"] == [
        "First status: proposed on 13 Oct 2025.",
        "Proposed to on hold on 21 Oct 2025; the move is contested.",
    ]


def test_since_refuses_a_time() -> None:
    with pytest.raises(TypeError, match="use new_since"):
        build_briefing(None, since=dt.datetime(2025, 10, 21, tzinfo=dt.UTC))  # type: ignore[arg-type]


def test_the_first_briefing_counts_evidence_instead_of_listing_it(
    seed_db: Store, tmp_path: Path
) -> None:
    first = export_briefing(seed_db, "md", tmp_path / "one.md", since=dt.date(2025, 10, 20))
    assert first.briefing.first
    evidence = [c for c in first.briefing.tracks[0].changes if c.category == "evidence"]
    assert len(evidence) == 1 and evidence[0].quote is None
    assert re.fullmatch(
        r"\d+ excerpts about events since 20 Oct 2025 from 5 articles(, \d+ of them copies of "
        r"another)?; \d+ of them state a status\. The key evidence is quoted below\.",
        evidence[0].summary,
    ), evidence[0].summary
    second = export_briefing(seed_db, "md", tmp_path / "two.md", since=dt.date(2025, 10, 20))
    listed = [c for c in second.briefing.tracks[0].changes if c.category == "evidence"]
    assert len([c for c in listed if c.quote]) == EVIDENCE_LISTED
    assert listed[0].quote is None
    assert re.fullmatch(
        r"\d+ earlier excerpts from \d+ articles(, \d+ of them copies of another)? are not "
        r"listed; \d+ of them state a status\. The key evidence is quoted below\.",
        listed[0].summary,
    ), listed[0].summary


def test_new_evidence_is_listed_in_date_order(seed_db: Store) -> None:
    cut = dt.datetime.now(dt.UTC)
    ingest_text(seed_db, TWO_DATES, title="Budapest summit frozen", outlet="Test Wire")
    b = build_briefing(seed_db, new_since=cut, now=NOW, first=False)
    days = [c.day for c in b.tracks[0].changes if c.category == "evidence"]
    assert days == sorted(days) and days[0] == dt.date(2025, 10, 14)


def test_undo_and_revoke_read_as_plain_sentences(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = dt.datetime.now(dt.UTC)
    made = overrides.apply_override(
        seed_db, SUMMIT, "cancelled", reason="Briefed by the desk", analyst="alice"
    )
    overrides.revoke_override(seed_db, SUMMIT, reason="Not confirmed", analyst="bob")
    undone = undo.undo_last(seed_db, analyst="carol")
    day = f"{int(made.created_at[8:10])} {dt.date.fromisoformat(made.created_at[:10]):%b %Y}"
    assert undone.summary == (
        f"Undid the revoke on {SUMMIT} (#{undone.undone}): the override (cancelled) is in "
        "force again."
    )
    b = build_briefing(seed_db, new_since=cut, now=NOW, first=False)
    assert [c.summary for c in b.tracks[0].changes if c.category == "override"] == [
        "Analyst alice set the status to cancelled (it was on hold). Reason: Briefed by the desk.",
        f"Analyst bob revoked the override (cancelled) alice set on {day}. Reason: Not "
        "confirmed. The status is on hold again, as inferred.",
        f"Analyst carol undid the revoke of {day}: the override (cancelled) alice set is in "
        "force again.",
    ]
    assert not [c for c in b.tracks[0].changes if c.category == "transition"]


def test_the_bottom_line_counts_the_evidence_as_explain_does(seed_db: Store) -> None:
    b = build_briefing(seed_db, now=NOW, first=False)
    for brief in b.tracks:
        explained = track_status(seed_db, brief.id).explanation
        counted = re.search(r"on (\d+) excerpts? from (\d+) independent sources?", explained)
        assert counted, explained
        excerpts, sources = counted.groups()
        assert f"inferred from {excerpts} excerpt" in brief.bluf[0]
        assert f"from {sources} independent source" in brief.bluf[0]
    assert b.tracks[2].bluf[0] == (
        "Status: active since 22 Oct 2025, inferred from 1 excerpt from 1 independent source."
    )


@pytest.fixture
def umask() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
@pytest.mark.usefixtures("umask")
def test_briefing_files_follow_the_umask(
    seed_db: Store, tmp_path: Path, mask: int, mode: int
) -> None:
    os.umask(mask)
    for fmt in ("md", "docx"):
        result = export_briefing(seed_db, fmt, tmp_path / f"b.{fmt}", now=NOW)
        assert stat.S_IMODE(result.path.stat().st_mode) == mode


def test_a_missing_out_folder_is_an_error_and_nothing_is_recorded(
    seed_db: Store, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "b.md"
    with pytest.raises(UserError, match=r"the folder .*no-such-folder does not exist"):
        export_briefing(seed_db, "md", target, now=NOW)
    assert not target.parent.exists()
    assert seed_db.conn.execute("SELECT count(*) FROM briefings").fetchone()[0] == 0
