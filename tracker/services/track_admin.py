"""Tracks are the analyst's: add, edit and archive them (audited, undoable)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from tracker.domain.errors import UsageError, UserError
from tracker.domain.models import TRACK_DEFINITION, Actor, Track
from tracker.domain.vocabulary import statuses_for
from tracker.services.assessments import pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.evidence import forget_full_reading, reading_is_current, reextract_track
from tracker.services.tracks import get_track
from tracker.storage import audit
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:60].strip("-") or "track"


def parse_actors(values: list[str]) -> list[Actor]:
    """``"Name|alias one|alias two"`` per actor."""
    actors = []
    for value in values:
        parts = [p.strip() for p in value.split("|") if p.strip()]
        if not parts:
            raise UsageError(f"an actor needs a name: {value!r}")
        actors.append(Actor(name=parts[0], aliases=parts[1:]))
    return actors


def _validated(data: dict[str, Any]) -> Track:
    try:
        track = Track.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "track"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise UsageError(f"invalid track ({where}): {message}") from None
    statuses_for(track.kind)
    return track


def add_track(
    store: Store,
    *,
    title: str,
    kind: str,
    track_id: str | None = None,
    description: str = "",
    actors: list[Actor] | None = None,
    keywords: list[str] | None = None,
    context_terms: list[str] | None = None,
    min_actors: int | None = None,
    analyst: str | None = None,
    parties: list[str] | None = None,
    places: list[str] | None = None,
) -> Track:
    """Create a track; it picks up evidence from the documents already held."""
    actors = actors or []
    track = _validated(
        {
            "id": track_id or slugify(title),
            "title": title,
            "kind": kind,
            "description": description,
            "actors": [a.model_dump() for a in actors],
            "parties": parties or [],
            "places": places or [],
            "keywords": keywords or [],
            "context_terms": context_terms or [],
            "min_actors": min_actors if min_actors is not None else min(2, max(1, len(actors))),
        }
    )
    if track_rows.get(store, track.id) is not None:
        raise UserError(f"a track {track.id!r} exists already; choose another id")
    actor = current_analyst(store, analyst)
    with store.write():
        track_rows.save(store, track)
        audit.append(
            store,
            actor=actor,
            action="track.add",
            entity=f"track:{track.id}",
            payload={"track": track.model_dump(mode="json")},
        )
        everything = not reading_is_current(store)
        reextract_track(store, track)
    _refresh_after_edit(store, track.id, everything, actor)
    return get_track(store, track.id)


def edit_track(store: Store, track_id: str, *, analyst: str | None = None, **changes: Any) -> Track:
    """Change a track's title, kind, description, actors, parties, places, keywords or
    context terms."""
    current = get_track(store, track_id)
    allowed = set(TRACK_DEFINITION)
    unknown = set(changes) - allowed
    if unknown:
        raise UsageError(f"cannot edit {', '.join(sorted(unknown))} of a track")
    data = current.model_dump(mode="json")
    for key, value in changes.items():
        if value is None:
            continue
        data[key] = [a.model_dump() for a in value] if key == "actors" else value
    track = _validated(data)
    if track == current:
        return current
    actor = current_analyst(store, analyst)
    with store.write():
        track_rows.save(store, track, created_at=track_rows.created_at(store, track_id))
        audit.append(
            store,
            actor=actor,
            action="track.edit",
            entity=f"track:{track.id}",
            payload={
                "before": current.model_dump(mode="json"),
                "after": track.model_dump(mode="json"),
            },
        )
        everything = not reading_is_current(store)
        reextract_track(store, track, previous=current)
    _refresh_after_edit(store, track.id, everything, actor)
    return get_track(store, track.id)


def _refresh_after_edit(store: Store, track_id: str, everything: bool, actor: str) -> None:
    """Recompute the edited track and the tracks whose evidence the re-reading changed
    (queued by it); every track when every document was read (the stored reading was not
    the program's in force, whose inference may differ too)."""
    refresh(
        store, actor=actor, track_ids=None if everything else [track_id, *pending_tracks(store)]
    )


def archive_track(
    store: Store, track_id: str, *, archived: bool = True, analyst: str | None = None
) -> Track:
    """Hide a track from the lists (its evidence and history are kept)."""
    current = get_track(store, track_id)
    if current.archived == archived:
        return current
    actor = current_analyst(store, analyst)
    with store.write():
        track_rows.set_archived(store, track_id, archived)
        forget_full_reading(store)
        audit.append(
            store,
            actor=actor,
            action="track.archive",
            entity=f"track:{track_id}",
            payload={"archived": archived},
        )
    return get_track(store, track_id)


def undo_track_action(
    store: Store, action: str, track_id: str, payload: dict[str, Any]
) -> dict[str, Any]:
    """The reverse of a track action (inside the undo's transaction)."""
    if action == "track.add":
        track_rows.set_archived(store, track_id, True)
        forget_full_reading(store)
        return {"archived": track_id}
    if action == "track.archive":
        track_rows.set_archived(store, track_id, not payload["archived"])
        forget_full_reading(store)
        return {"archived": not payload["archived"]}
    if action == "track.edit":
        before = Track.model_validate(payload["before"])
        current = track_rows.get(store, track_id)
        track_rows.save(store, before, created_at=track_rows.created_at(store, track_id))
        reextract_track(store, before, previous=current)
        return {"restored": "track"}
    raise UserError(f"cannot undo {action}")


def redo_track_action(
    store: Store, action: str, track_id: str, payload: dict[str, Any]
) -> dict[str, Any]:
    """Make an undone track action hold again (inside the redo's transaction)."""
    if action == "track.add":
        track_rows.set_archived(store, track_id, False)
        forget_full_reading(store)
        reextract_track(store, get_track(store, track_id))
        return {"restored": track_id}
    if action == "track.archive":
        track_rows.set_archived(store, track_id, bool(payload["archived"]))
        forget_full_reading(store)
        return {"archived": bool(payload["archived"])}
    if action == "track.edit":
        after = Track.model_validate(payload["after"])
        current = track_rows.get(store, track_id)
        track_rows.save(store, after, created_at=track_rows.created_at(store, track_id))
        reextract_track(store, after, previous=current)
        return {"restored": "track"}
    raise UserError(f"cannot redo {action}")
