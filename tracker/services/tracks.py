"""Tracks: the defaults shipped in resources/, listing and reading them."""

from __future__ import annotations

import json

from tracker.domain.errors import NotFoundError
from tracker.domain.models import Track
from tracker.paths import resources_dir
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store


def default_tracks() -> list[Track]:
    """The tracks in ``resources/tracks.json``."""
    data = json.loads((resources_dir() / "tracks.json").read_text(encoding="utf-8"))
    return [Track.model_validate(item) for item in data["tracks"]]


def list_tracks(store: Store, *, include_archived: bool = False) -> list[Track]:
    return track_rows.list_tracks(store, include_archived=include_archived)


def get_track(store: Store, track_id: str) -> Track:
    track = track_rows.get(store, track_id)
    if track is None:
        known = ", ".join(t.id for t in list_tracks(store, include_archived=True)) or "none"
        raise NotFoundError(f"no track {track_id!r}; tracks are: {known}")
    return track
