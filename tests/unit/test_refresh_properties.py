"""The recomputation after each action (only the tracks its new evidence can change) leaves
every track as a full recomputation of every track from all its evidence would.

Random sequences of imports (short articles built from sentences that move the seed tracks:
holds, cancellations, denials, calls, meetings held, dated and undated, from several
outlets), analysts' judgements (confirm, reject, a new signal, a move to another track),
overrides and revokes, and review settings. After every step a copy of the database is
recomputed in full: no track's assessment may change. The CI profile runs a handful of
sequences; ``HYPOTHESIS_PROFILE=long`` runs many more.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker.domain.errors import UserError
from tracker.services import judgements, review
from tracker.services.assessments import latest_assessment, refresh
from tracker.services.evidence import evidence_for
from tracker.services.ingest import ingest_text
from tracker.services.overrides import apply_override, revoke_override
from tracker.storage import open_db
from tracker.storage.db import Store, backup
from tracker.storage.tracks import list_tracks

settings.register_profile(
    "refresh-ci",
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "refresh-long",
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PROFILE = "refresh-long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "refresh-ci"

TRACKS = ("trump-putin-summit", "rubio-lavrov-channel", "coalition-of-the-willing")
# Sentences in the seeds' vocabulary, each moving one track; {day} is the event's weekday.
SENTENCES = (
    "The planned summit between Trump and Putin in Budapest is on hold, officials said {day}.",
    "Trump said on {day} that his meeting with Putin in Budapest had been cancelled.",
    "The Kremlin denied on {day} that the Budapest summit with Trump had been called off.",
    "Trump and Putin will meet in Budapest in two weeks, the White House said on {day}.",
    "Rubio and Lavrov spoke by phone on {day} about the proposed summit.",
    "A face-to-face meeting between Rubio and Lavrov was called off on {day}.",
    "Rubio and Lavrov held talks in Geneva on {day}.",
    "Leaders of the coalition of the willing met in London on {day} to discuss Ukraine.",
    "The coalition of the willing will meet again in Paris next month, Starmer said {day}.",
    "The Budapest summit could still take place if the talks go well.",
)
DAYS = ("on Monday", "on Tuesday", "last Wednesday", "yesterday", "today")
OUTLETS = ("Reuters", "TASS", "The Guardian", "Kyiv Independent", "")
ACTS: tuple[dict[str, Any], ...] = (
    {"confirm": True},
    {"reject": True, "reason": "not-evidence"},
    {"signal": "cancelled"},
    {"signal": "none"},
    {"modality": "hypothetical"},
    {"event_date": "2025-10-30"},
    {"move": True},
)
STATUSES = {
    "trump-putin-summit": ("on_hold", "cancelled", "scheduled"),
    "rubio-lavrov-channel": ("active", "suspended"),
    "coalition-of-the-willing": ("active", "stalled"),
}

import_step = st.tuples(
    st.just("import"),
    st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=3),
    st.integers(0, len(DAYS) - 1),
    st.integers(0, len(OUTLETS) - 1),
    st.integers(0, 40),
)
step = st.one_of(
    import_step,
    import_step,
    st.tuples(
        st.just("judge"),
        st.sampled_from(TRACKS),
        st.integers(0, 200),
        st.integers(0, len(ACTS) - 1),
    ),
    st.tuples(st.just("override"), st.sampled_from(TRACKS), st.integers(0, 2)),
    st.tuples(st.just("revoke"), st.sampled_from(TRACKS)),
    st.tuples(st.just("review"), st.sampled_from(TRACKS)),
)


def _import(store: Store, picks: list[int], day: int, outlet: int, shift: int) -> None:
    body = " ".join(SENTENCES[i].format(day=DAYS[day]) for i in picks)
    published = f"2025-10-{1 + shift % 30:02d}" if shift < 35 else None
    ingest_text(
        store,
        body,
        title=f"Report {shift}: {SENTENCES[picks[0]][:30]}",
        outlet=OUTLETS[outlet] or None,
        published=published,
        analyst="prop",
    )


def _judge(store: Store, track: str, pick: int, act: int) -> None:
    shown = sorted(evidence_for(store, track, include_rejected=True), key=lambda e: e.id)
    if not shown:
        return
    kwargs = dict(ACTS[act])
    if kwargs.pop("move", False):
        other = TRACKS[(TRACKS.index(track) + 1) % len(TRACKS)]
        kwargs.update(track=other, from_track=track)
    judgements.judge_excerpt(store, shown[pick % len(shown)].id, analyst="prop", **kwargs)


def _apply(store: Store, item: tuple[Any, ...]) -> None:
    kind = item[0]
    try:
        if kind == "import":
            _import(store, *item[1:])
        elif kind == "judge":
            _judge(store, *item[1:])
        elif kind == "override":
            status = STATUSES[item[1]][item[2] % len(STATUSES[item[1]])]
            apply_override(store, item[1], status, reason="analyst's call", analyst="prop")
        elif kind == "revoke":
            revoke_override(store, item[1], reason="back to the evidence", analyst="prop")
        elif kind == "review":
            mode, _since = review.review_mode(store, item[1])
            review.set_review_mode(
                store, item[1], "apply" if mode == "hold" else "hold", analyst="prop"
            )
    except UserError:
        return


def _assessments(store: Store) -> dict[str, Any]:
    return {t.id: latest_assessment(store, t.id) for t in list_tracks(store)}


def _check_against_full(store: Store, folder: Path, index: int) -> None:
    copy = backup(store, folder / f"full-{index}.db", with_witness=False)
    full = open_db(copy)
    try:
        before = _assessments(full)
        changed = refresh(full, track_ids=None)
        assert changed == [], f"a full recomputation changed {changed}"
        assert _assessments(full) == before
    finally:
        full.close()


@settings(settings.get_profile(PROFILE))
@given(steps=st.lists(step, min_size=1, max_size=6))
# A hold that opens on the summit, a denial of the cancellation, then the analyst's
# confirmation of the first reading: each recomputes the summit alone.
@example(
    steps=[
        ("import", [0], 1, 0, 3),
        ("import", [1, 2], 3, 1, 5),
        ("judge", "trump-putin-summit", 0, 0),
        ("review", "trump-putin-summit"),
        ("import", [1], 4, 2, 7),
    ]
)
def test_recomputing_what_an_action_touched_equals_a_full_recomputation(
    _seed_template: Path, tmp_path_factory: Any, steps: list[tuple[Any, ...]]
) -> None:
    folder = tmp_path_factory.mktemp("refresh")
    target = folder / "seeds.db"
    shutil.copy(_seed_template, target)
    store = open_db(target)
    try:
        for index, item in enumerate(steps):
            _apply(store, item)
            _check_against_full(store, folder, index)
    finally:
        store.close()
