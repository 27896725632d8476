"""An analyst's corrections of a document, in process: dates, grades, undo."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.errors import NotFoundError, UserError
from tracker.services import documents, undo
from tracker.services.database import Store


def test_a_date_set_by_an_analyst_is_kept_and_audited(seed_db: Store) -> None:
    documents.edit_document(seed_db, 2, published="21 October 2025", analyst="ana")
    doc = documents.get_document(seed_db, 2)
    assert (doc.published, doc.published_basis, doc.published_note) == (
        date(2025, 10, 21),
        "analyst",
        "set by an analyst",
    )
    result = undo.undo_last(seed_db, analyst="ana")
    assert result.action == "document.edit"
    doc = documents.get_document(seed_db, 2)
    assert (doc.published, doc.published_basis) == (date(2025, 10, 22), "stated")


def test_a_grade_set_by_an_analyst(seed_db: Store) -> None:
    documents.edit_document(seed_db, 1, reliability="a", outlet="  ")
    doc = documents.get_document(seed_db, 1)
    assert (doc.reliability, doc.reliability_basis, doc.outlet, doc.outlet_basis) == (
        "A",
        "analyst",
        None,
        "analyst",
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"published": "someday"}, "'someday' is not a date; use YYYY-MM-DD"),
        ({"reliability": "Q"}, "reliability"),
    ],
)
def test_bad_values_are_refused(seed_db: Store, change: dict[str, str], message: str) -> None:
    with pytest.raises(UserError, match=message):
        documents.edit_document(seed_db, 1, **change)


def test_an_unknown_document(seed_db: Store) -> None:
    with pytest.raises(NotFoundError, match="no document 99"):
        documents.edit_document(seed_db, 99, url="https://example.org")


def test_the_list_has_no_text(seed_db: Store) -> None:
    listed = documents.list_documents(seed_db)
    assert [d.id for d in listed] == [1, 2, 3, 4, 5]
    assert "text" not in listed[0].model_dump()
