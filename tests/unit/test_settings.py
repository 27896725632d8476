"""Preferences: the analyst's name and default reliability per outlet."""

from __future__ import annotations

import pytest

from tracker.domain.errors import UserError
from tracker.services import settings
from tracker.services.documents import get_document
from tracker.services.ingest import ingest_text


def test_analyst_name_is_the_actor(fresh_db) -> None:  # type: ignore[no-untyped-def]
    settings.set_analyst_name(fresh_db, "  Dana  ")
    assert settings.analyst_name(fresh_db) == "Dana"
    item = ingest_text(fresh_db, "Budapest summit paused\n\nThe summit is on hold.", title="t")
    actor = fresh_db.conn.execute(
        "SELECT actor FROM audit_log WHERE entity = ?", (f"document:{item.document_id}",)
    ).fetchone()[0]
    assert actor == "Dana"
    with pytest.raises(UserError):
        settings.set_analyst_name(fresh_db, "   ")


def test_outlet_default_applies_to_existing_and_new_documents(fresh_db) -> None:  # type: ignore[no-untyped-def]
    first = ingest_text(
        fresh_db, "Budapest summit paused\n\nThe summit is on hold.", outlet="Danube Post"
    )
    settings.set_outlet_reliability(fresh_db, "Danube Post", "b")
    assert get_document(fresh_db, first.document_id).reliability == "B"
    second = ingest_text(
        fresh_db, "Budapest summit off\n\nThe summit was called off.", outlet="danube post"
    )
    doc = get_document(fresh_db, second.document_id)
    assert (doc.reliability, doc.reliability_basis) == ("B", "inferred")
    with pytest.raises(UserError, match="reliability"):
        settings.set_outlet_reliability(fresh_db, "Danube Post", "Z")
