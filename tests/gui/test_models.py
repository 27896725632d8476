"""Every item model passes Qt's model tester, filled from the seed database; the models
sort and filter themselves, by keys computed once (never through ``data()``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tracker.services.search import search
from tracker.ui.models.documents import DocumentTableModel
from tracker.ui.models.evidence import EvidenceTableModel
from tracker.ui.models.history import AuditTableModel, HistoryTableModel
from tracker.ui.models.search import SearchResultsTableModel, match_spans
from tracker.ui.models.tracks import TrackTableModel
from tracker.ui.snapshot import DocumentQuery, load_documents, load_evidence, load_snapshot

SUMMIT = "trump-putin-summit"


def test_track_models(qtmodeltester: Any, seed_db: Any) -> None:
    snapshot = load_snapshot(seed_db)
    model = TrackTableModel()
    model.set_rows(snapshot.statuses)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.set_filter_text("budapest")
    qtmodeltester.check(model)
    assert [model.row_at(r).track for r in range(model.rowCount())] == [SUMMIT]
    model.set_filter_text("channel active")  # every word, in the title, kind or status
    assert [model.row_at(r).track for r in range(model.rowCount())] == ["rubio-lavrov-channel"]
    model.set_filter_text("")
    model.sort(TrackTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).title[:8] for r in range(3)] == ["European", "Rubio–La", "Trump–Pu"]


def test_sorting_uses_keys_computed_once_not_data(seed_db: Any) -> None:
    rows = load_evidence(seed_db, SUMMIT).rows
    model = EvidenceTableModel()
    model.set_evidence(rows)
    calls: list[int] = []
    original = model.data
    model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: (  # type: ignore[method-assign]
        calls.append(role) or original(index, role)
    )
    model.sort(EvidenceTableModel.DATE, Qt.SortOrder.DescendingOrder)
    model.sort(EvidenceTableModel.OUTLET, Qt.SortOrder.AscendingOrder)
    assert calls == []
    outlets = [(model.row_at(r).outlet or "").casefold() for r in range(model.rowCount())]
    assert outlets == sorted(outlets)


def test_evidence_and_history_models(qtmodeltester: Any, seed_db: Any) -> None:
    evidence = load_evidence(seed_db, SUMMIT)
    model = EvidenceTableModel()
    model.set_evidence(evidence.rows, claims=evidence.claims, latest=evidence.rows[0].id)
    qtmodeltester.check(model)
    assert model.rowCount() == len(evidence.rows) > 0
    assert str(model.index(0, EvidenceTableModel.DATE).data()).startswith("★")
    model.set_filter(lambda e: e.outlet == "Times in Pakistan")
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < len(evidence.rows)
    history = HistoryTableModel()
    history.set_rows(load_snapshot(seed_db).details[SUMMIT].history)
    qtmodeltester.check(history)


def test_audit_documents_search_models(qtmodeltester: Any, seed_db: Any) -> None:
    snapshot = load_snapshot(seed_db)
    audit = AuditTableModel()
    audit.set_entries(snapshot.audit)
    qtmodeltester.check(audit)
    documents = DocumentTableModel()
    documents.add_page(load_documents(seed_db, DocumentQuery()))
    qtmodeltester.check(documents)
    assert documents.rowCount() == 5 and documents.total == 5
    results = SearchResultsTableModel()
    results.set_rows(search(seed_db, "Budapest summit"))
    qtmodeltester.check(results)
    assert results.rowCount() > 0


def test_the_document_list_is_read_a_page_at_a_time(qtbot: Any, seed_db: Any) -> None:
    model = DocumentTableModel()
    asked: list[DocumentQuery] = []
    model.fetch_requested.connect(asked.append)
    model.sort(3, Qt.SortOrder.DescendingOrder)  # published, newest first: in the database
    first = asked[-1]
    assert (first.order, first.descending, first.offset) == ("published", True, 0)
    model.add_page(load_documents(seed_db, DocumentQuery("published", True, "", 0, 2)))
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert asked[-1].offset == 2
    model.add_page(load_documents(seed_db, DocumentQuery("published", True, "", 2, 2)))
    assert model.rowCount() == 4
    published = [model.row_at(r).published for r in range(4)]
    assert published == sorted(published, reverse=True)


def test_search_snippets_show_their_matches() -> None:
    text, spans = match_spans("…the [Budapest] [summit] is off…")
    assert text == "…the Budapest summit is off…"
    assert [text[a:b] for a, b in spans] == ["Budapest", "summit"]


def test_empty_models(qtmodeltester: Any) -> None:
    for model in (
        TrackTableModel(),
        EvidenceTableModel(),
        HistoryTableModel(),
        AuditTableModel(),
        DocumentTableModel(),
        SearchResultsTableModel(),
    ):
        qtmodeltester.check(model)
