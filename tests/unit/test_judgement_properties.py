"""Judgements survive everything: random judgements interleaved with re-extractions (after
lexicon rules come and go), track edits, document date edits and undo.

After every step: no judgement in force is lost; each is linked to the excerpt that covers
its quote now, or listed as orphaned when none does; a rejected reading counts for nothing;
the judgements and rules replay from the audit log; and reading every document again
changes nothing. The CI profile runs a handful of sequences; ``HYPOTHESIS_PROFILE=long``
runs many more.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker.domain.errors import UserError
from tracker.services import judgements, teach, undo
from tracker.services.documents import edit_document
from tracker.services.evidence import evidence_for
from tracker.services.readings import link_target, load_book
from tracker.services.track_admin import edit_track
from tracker.services.tracks import get_track
from tracker.services.verify import verify
from tracker.storage import documents as document_rows
from tracker.storage import excerpts, open_db
from tracker.storage import judgements as judgement_rows

settings.register_profile(
    "judgements-ci",
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "judgements-long",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PROFILE = "judgements-long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "judgements-ci"

TRACKS = ("trump-putin-summit", "rubio-lavrov-channel")
ACTS: list[dict[str, Any]] = [
    {"confirm": True},
    {"reject": True, "reason": "not-evidence"},
    {"reject": True, "reason": "not-about-track"},
    {"signal": "cancelled"},
    {"signal": "none"},
    {"modality": "hypothetical"},
    {"event_date": "2025-10-30"},
    {"event_date": "2025-11"},
    {"note": "checked"},
    {"move": True},
    {"add": True},
]
RULES = [
    {"phrase": "wasted meeting", "signal": "on_hold", "kinds": ["summit"]},
    {"phrase": "productive", "signal": "held"},
    {"phrase": "no plans", "not_cue": True},
]

judge_step = st.tuples(
    st.just("judge"), st.sampled_from(TRACKS), st.integers(0, 200), st.sampled_from(ACTS)
)
rule_step = st.tuples(st.just("rule"), st.integers(0, len(RULES) - 1))
step = st.one_of(
    judge_step,
    judge_step,
    rule_step,
    st.tuples(st.just("unrule")),
    st.tuples(st.just("keywords")),
    st.tuples(st.just("redate-doc"), st.integers(1, 5), st.integers(-2, 2)),
    st.tuples(st.just("undo")),
)


@dataclass
class Model:
    """What the analyst did, as a stack undo pops."""

    actions: list[tuple[str, int | None]] = field(default_factory=list)
    active: set[int] = field(default_factory=set)


def _judge(store: Any, model: Model, track: str, pick: int, act: dict[str, Any]) -> None:
    shown = sorted(evidence_for(store, track, include_rejected=True), key=lambda e: e.id)
    if not shown:
        return
    target = shown[pick % len(shown)]
    kwargs = dict(act)
    other = TRACKS[1] if track == TRACKS[0] else TRACKS[0]
    if kwargs.pop("move", False):
        kwargs.update(track=other, from_track=track)
    if kwargs.pop("add", False):
        kwargs["add_track"] = other
    try:
        judgements.judge_excerpt(store, target.id, analyst="prop", **kwargs)
    except UserError:
        return
    newest = max(j.id or 0 for j in judgement_rows.all_rows(store))
    model.actions.append(("judge", newest))
    model.active.add(newest)


def _apply(store: Any, model: Model, item: tuple[Any, ...]) -> None:
    kind = item[0]
    if kind == "judge":
        _judge(store, model, item[1], item[2], item[3])
    elif kind == "rule":
        try:
            teach.add_rule(store, teach.make_rule(**RULES[item[1]]), analyst="prop")
        except UserError:
            return
        model.actions.append(("rule", None))
    elif kind == "unrule":
        rules = teach.list_rules(store)
        if rules:
            teach.remove_rule(store, rules[-1].id or 0, analyst="prop")
            model.actions.append(("unrule", None))
    elif kind == "keywords":
        track = get_track(store, TRACKS[0])
        narrow = ["summit"] if len(track.keywords) > 1 else ["summit", "meeting", "meet", "talks"]
        edit_track(store, track.id, keywords=narrow, analyst="prop")
        model.actions.append(("track", None))
    elif kind == "redate-doc":
        _redate(store, model, item[1], item[2])
    elif kind == "undo" and model.actions:
        undo.undo_last(store)
        what, judgement_id = model.actions.pop()
        if what == "judge" and judgement_id is not None:
            model.active.discard(judgement_id)


def _redate(store: Any, model: Model, doc_id: int, shift: int) -> None:
    from datetime import timedelta

    doc = document_rows.get(store, doc_id)
    if doc is None or doc.published is None or shift == 0:
        return
    edit_document(store, doc_id, published=(doc.published + timedelta(days=shift)).isoformat())
    model.actions.append(("document", None))


def _check(store: Any, model: Model) -> None:
    in_force = judgement_rows.active(store)
    assert {j.id for j in in_force} == model.active, "a judgement in force was lost"
    for j in in_force:
        texts = document_rows.texts(store, [j.document_id])
        spots = excerpts.placed(store, j.document_id, [j.track_id])
        assert link_target(texts[0][1], j, spots) == j.excerpt_id, f"judgement {j.id} not relinked"
    book = load_book(store)
    for track in TRACKS:
        counted = {e.id for e in evidence_for(store, track)}
        for e in evidence_for(store, track, include_rejected=True):
            if e.reading == "rejected":
                assert e.id not in counted
    assert {j.id for j in book.orphans} == {j.id for j in in_force if j.excerpt_id is None}
    _check_readings(store, in_force)
    report = verify(store)
    assert report.ok, report.lines


def _check_readings(store: Any, in_force: list[Any]) -> None:
    """Each linked excerpt reads as its judgements say (the last value of each field)."""
    linked = {j.excerpt_id for j in in_force if j.excerpt_id is not None}
    for excerpt_id in linked:
        view = judgements.excerpt_view(store, excerpt_id)
        own = [j for j in in_force if j.excerpt_id == excerpt_id]
        for name in ("signal", "modality", "event_date"):
            given = [getattr(j, name) for j in own if getattr(j, name) is not None]
            if given:
                value = None if given[-1] == "none" else given[-1]
                assert getattr(view.judged, name) == value, (excerpt_id, name)
        verdicts = [j.verdict for j in own if j.verdict is not None]
        if verdicts and verdicts[-1] == "rejected":
            assert view.reading == "rejected" and view.tracks == []


def _links(store: Any) -> dict[int | None, tuple[int, int, int] | None]:
    out: dict[int | None, tuple[int, int, int] | None] = {}
    for j in judgement_rows.active(store):
        e = excerpts.get(store, j.excerpt_id) if j.excerpt_id is not None else None
        out[j.id] = (e.document_id, e.start, e.end) if e is not None else None
    return out


@settings(settings.get_profile(PROFILE))
@given(steps=st.lists(step, min_size=1, max_size=6))
# Narrowing the summit's keywords, then confirming an excerpt only that narrowing gave it:
# a track edit reads documents as an import does, so reading them all again keeps it.
@example(steps=[("keywords",), ("judge", "trump-putin-summit", 68, {"confirm": True})])
def test_judgements_survive_reextraction_edits_and_undo(
    _seed_template: Path, tmp_path_factory: Any, steps: list[tuple[Any, ...]]
) -> None:
    target = tmp_path_factory.mktemp("prop") / "seeds.db"
    shutil.copy(_seed_template, target)
    store = open_db(target)
    try:
        model = Model()
        for item in steps:
            _apply(store, model, item)
            _check(store, model)
        before = _links(store)
        teach.reextract_all(store)
        _check(store, model)
        after = _links(store)
        moved = {i for i in before if before[i] is not None and after[i] != before[i]}
        assert not moved, f"reading the documents again moved judgements {moved}"
    finally:
        store.close()
