"""Every item model passes Qt's model tester, filled from the seed database."""

from __future__ import annotations

from typing import Any

from tracker.services.search import search
from tracker.ui.models.documents import DocumentTableModel
from tracker.ui.models.evidence import EvidenceTableModel
from tracker.ui.models.history import AuditTableModel, HistoryTableModel
from tracker.ui.models.search import SearchResultsTableModel
from tracker.ui.models.tracks import TrackFilterProxyModel, TrackTableModel
from tracker.ui.snapshot import load_snapshot

SUMMIT = "trump-putin-summit"


def test_track_models(qtmodeltester: Any, seed_db: Any) -> None:
    snapshot = load_snapshot(seed_db)
    model = TrackTableModel()
    model.set_rows(snapshot.statuses)
    qtmodeltester.check(model)
    proxy = TrackFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("contested")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() >= 1
    assert model.rowCount() == 3


def test_evidence_and_history_models(qtmodeltester: Any, seed_db: Any) -> None:
    detail = load_snapshot(seed_db).details[SUMMIT]
    evidence = EvidenceTableModel()
    evidence.set_evidence(detail.evidence, decisive=[detail.evidence[0].id])
    qtmodeltester.check(evidence)
    assert evidence.rowCount() == len(detail.evidence) > 0
    history = HistoryTableModel()
    history.set_rows(detail.history)
    qtmodeltester.check(history)


def test_audit_documents_search_models(qtmodeltester: Any, seed_db: Any) -> None:
    snapshot = load_snapshot(seed_db)
    audit = AuditTableModel()
    audit.set_entries(snapshot.audit)
    qtmodeltester.check(audit)
    documents = DocumentTableModel()
    documents.set_rows(snapshot.documents)
    qtmodeltester.check(documents)
    assert documents.rowCount() == 5
    results = SearchResultsTableModel()
    results.set_rows(search(seed_db, "Budapest summit"))
    qtmodeltester.check(results)
    assert results.rowCount() > 0


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
