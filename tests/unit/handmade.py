"""Hand-made evidence for inference tests: an excerpt of one document on track ``t``, its
date stated to the day, from a B outlet, with words no other document's default sentence
shares (so near-duplicate detection keeps documents apart)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from typing import Any

from tracker.domain.models import Evidence


def _words(salt: str, doc: int) -> list[str]:
    return [hashlib.sha256(f"{salt}-{doc}-{i}".encode()).hexdigest()[:7] for i in range(6)]


def excerpt(
    signal: str, day: date, doc: int, *, ids: Iterator[int], published: date, salt: str, **kw: Any
) -> Evidence:
    """Document ``doc``'s excerpt telling ``signal`` on ``day``; ``kw`` overrides any field
    (``exact`` the text)."""
    exact = kw.pop("exact", f"{signal}: " + " ".join(_words(salt, doc)) + f" {next(ids)}")
    values: dict[str, Any] = {
        "id": next(ids),
        "document_id": doc,
        "track_id": "t",
        "start": 0,
        "end": len(exact),
        "exact": exact,
        "signal": signal,
        "cue": signal,
        "modality": "asserted",
        "event_date": day,
        "date_precision": "day",
        "date_basis": "stated",
        "published": published,
        "reliability": "B",
    }
    values.update(kw)
    return Evidence(**values)
