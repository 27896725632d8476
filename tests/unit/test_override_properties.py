"""Property-based: random sequences of ingest, override, revoke, acknowledge and undo never
lose an override, never leave two active on a track, always keep effective =
override-or-inferred, and keep the audit chain verifying. A small model predicts the result."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.errors import UserError
from tracker.services import overrides, undo
from tracker.services.ingest import ingest_text
from tracker.services.status import track_status
from tracker.storage import audit, open_db

TRACK = "trump-putin-summit"
STATUSES = ["proposed", "cancelled", "on_hold", "scheduled", "postponed"]
ARTICLES = [
    "Trump and Putin summit back on\n\nTrump and Putin will meet in Budapest next month, officials said.",
    "Budapest summit scrapped\n\nThe summit between Trump and Putin in Budapest was called off.",
    "Trump Putin talks\n\nPreparations continue for the Budapest summit between Trump and Putin.",
]
ops = st.lists(
    st.one_of(
        st.tuples(st.just("override"), st.sampled_from(STATUSES)),
        st.tuples(st.just("revoke"), st.none()),
        st.tuples(st.just("ack"), st.none()),
        st.tuples(st.just("undo"), st.none()),
        st.tuples(st.just("ingest"), st.integers(0, 100)),
    ),
    max_size=12,
)


@settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops)
def test_override_sequences(seed_db_path: Path, tmp_path_factory, sequence) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("prop") / "t.db"
    shutil.copy(seed_db_path, db)
    store = open_db(db)
    active: str | None = None
    stack: list[tuple[str, str | None]] = []  # undoable actions: (kind, status before/after)
    rows = 0
    try:
        for op, arg in sequence:
            if op == "override":
                overrides.apply_override(store, TRACK, arg, reason=f"judged {arg}", analyst="prop")
                stack.append(("apply", active))
                active = arg
            elif op == "revoke":
                if active is None:
                    with pytest.raises(UserError):
                        overrides.revoke_override(store, TRACK, reason="r")
                else:
                    overrides.revoke_override(store, TRACK, reason="r")
                    stack.append(("revoke", active))
                    active = None
            elif op == "ack":
                if active is None:
                    with pytest.raises(UserError):
                        overrides.acknowledge(store, TRACK, note="n")
                else:
                    overrides.acknowledge(store, TRACK, note="n")
                    stack.append(("ack", active))
            elif op == "undo":
                if not stack:
                    with pytest.raises(UserError):
                        undo.undo_last(store)
                else:
                    undo.undo_last(store)
                    kind, value = stack.pop()
                    if kind in ("apply", "revoke"):
                        active = value
            else:
                text = ARTICLES[arg % len(ARTICLES)] + f"\n\nReference {arg}."
                ingest_text(store, text, published=f"2025-11-{1 + arg % 28:02d}")

            status = track_status(store, TRACK)
            live = store.conn.execute(
                "SELECT count(*) FROM overrides WHERE track_id = ? AND ended_at IS NULL", (TRACK,)
            ).fetchone()[0]
            assert live <= 1
            assert (status.override.status if status.override else None) == active
            assert status.status == (active or status.inferred_status)
            assert status.source == ("override" if active else "inferred")
            now_rows = store.conn.execute("SELECT count(*) FROM overrides").fetchone()[0]
            assert now_rows >= rows  # nothing is ever deleted
            rows = now_rows
            assert audit.verify_chain(store).ok
    finally:
        store.close()
