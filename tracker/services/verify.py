"""``tracker verify``: SQLite's own checks, excerpt quotes, document texts, the audit
chain, the head witness, briefing heads and the sealed state (``services.tamper``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from tracker.extract.anchoring import reanchor
from tracker.ingest.pipeline import normalized_hash
from tracker.services.readings import orphans as orphaned_judgements
from tracker.services.replay import Difference, replay_differences
from tracker.services.tamper import Finding, check_head, findings, witness_note
from tracker.storage import audit, excerpts
from tracker.storage import documents as document_rows
from tracker.storage.db import Store, explain

__all__ = ["VerifyReport", "reanchor", "verify"]


class AnchorCounts(BaseModel):
    """How the excerpts were placed in their documents' text."""

    checked: int
    exact: int
    moved: int
    fuzzy: int
    orphan: int


class ChainCheck(BaseModel):
    ok: bool
    rows: int
    first_broken: int | None
    problem: str | None
    head_hash: str
    head_seq: int = 0


class JudgementCheck(BaseModel):
    """The analysts' judgements and rules against the audit log, and judgements no excerpt
    covers now (listed, never dropped; not a fault)."""

    ok: bool
    rows: int
    problems: list[str]
    orphaned: list[dict[str, Any]]


class VerifyReport(BaseModel):
    """Everything ``verify`` checked; ``ok`` is false when anything is broken (an
    acknowledged finding is listed but no longer counts)."""

    ok: bool
    integrity: list[str]
    foreign_key_violations: int
    excerpts: AnchorCounts
    orphans: list[dict[str, Any]]
    # Quotes found elsewhere than their stored place: each is also a finding (a stored
    # quote must match its document's text exactly).
    reanchored: list[dict[str, Any]]
    audit: ChainCheck
    lines: list[str]
    findings: list[Finding] = Field(default_factory=list)
    judgements: JudgementCheck | None = None


def _anchor_findings(
    store: Store,
) -> tuple[dict[str, int], list[dict[str, Any]], list[dict[str, Any]], list[Finding]]:
    placements: dict[str, int] = {"exact": 0, "moved": 0, "fuzzy": 0, "orphan": 0}
    orphans: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    found: list[Finding] = []
    doc_id, text = -1, ""
    for item in excerpts.anchors(store):
        if item.document_id != doc_id:
            doc_id = item.document_id
            got = document_rows.texts(store, [doc_id])
            text = got[0][1] if got else ""
        anchor = reanchor(text, item.exact, item.prefix, item.suffix, item.start, item.end)
        placements[anchor.placement] += 1
        if anchor.placement == "exact":
            continue
        if anchor.placement == "orphan":
            orphans.append({"excerpt": item.id, "document": doc_id, "quote": item.exact})
            where = "is nowhere in its text"
        else:
            moved.append(
                {
                    "excerpt": item.id,
                    "document": doc_id,
                    "placement": anchor.placement,
                    "start": anchor.start,
                    "end": anchor.end,
                }
            )
            where = f"is not at its place ({anchor.placement} match at {anchor.start})"
        found.append(
            Finding(
                key=f"quote:{item.id}",
                area="state",
                text=f"excerpt {item.id}: its quote “{item.exact[:60]}” {where} in document "
                f"{doc_id}: the quote or the text was changed",
            )
        )
    return placements, orphans, moved, found


def _text_findings(store: Store) -> list[Finding]:
    out = []
    for doc_id, digest, text in document_rows.text_hashes(store):
        if normalized_hash(text) != digest:
            out.append(
                Finding(
                    key=f"text:{doc_id}",
                    area="state",
                    text=f"document {doc_id}: its text no longer matches its recorded hash",
                )
            )
    return out


def verify(store: Store, *, head: str | None = None) -> VerifyReport:
    """Check everything; ``ok`` is false when anything is broken. ``head`` (a hash printed
    in a briefing) must be a row of the audit log."""
    try:
        return _verify(store, head)
    except Exception as exc:
        friendly = explain(exc, store.label)
        if friendly is None:
            raise
        return _damaged(str(friendly))


def _damaged(message: str) -> VerifyReport:
    return VerifyReport(
        ok=False,
        integrity=[message],
        foreign_key_violations=0,
        excerpts=AnchorCounts(checked=0, exact=0, moved=0, fuzzy=0, orphan=0),
        orphans=[],
        reanchored=[],
        audit=ChainCheck(
            ok=False, rows=0, first_broken=None, problem=message, head_hash=audit.GENESIS
        ),
        lines=[f"database: {message}", "verify: PROBLEMS FOUND"],
        findings=[Finding(key="database:damaged", area="database", text=message)],
    )


def _verify(store: Store, head: str | None) -> VerifyReport:
    lines: list[str] = []
    integrity = store.integrity_problems()
    integrity_ok = integrity == ["ok"]
    if not integrity_ok:
        # a damaged file: the other checks could not be trusted (or would fail midway)
        report = _damaged(f"integrity_check: {'; '.join(integrity[:5])}")
        return report.model_copy(update={"integrity": integrity})
    lines.append("integrity_check: ok")
    fk = store.broken_references()
    lines.append(
        "foreign_key_check: ok" if not fk else f"foreign_key_check: {fk} broken references"
    )
    placements, orphans, moved, quote_findings = _anchor_findings(store)
    total = sum(placements.values())
    lines.append(
        f"excerpts: {total} checked, {placements['exact']} exact, "
        f"{total - placements['exact']} not matching their document's text"
    )
    rows, replayed = replay_differences(store)
    found = [*quote_findings, *_text_findings(store), *findings(store, replayed=replayed)]
    if head is not None:
        head_finding = check_head(store, head)
        if head_finding is not None:
            found.append(head_finding)
    judged = _judgements(store, lines, rows, replayed)
    chain = audit.verify_chain(store)
    if chain.ok:
        lines.append(f"audit chain: ok ({chain.rows} rows, head {chain.head_hash[:16]}…)")
    else:
        more = f" (and {len(chain.problems) - 1} more)" if len(chain.problems) > 1 else ""
        lines.append(f"audit chain: BROKEN at seq {chain.first_broken}: {chain.problem}{more}")
    note = witness_note(store)
    if note is not None:
        lines.append(note)
    if head is not None and not any(f.key.startswith("head:") for f in found):
        lines.append(f"head {head.strip()[:16]}…: in the audit log")
    open_findings = [f for f in found if not f.acknowledged]
    for f in found[:50]:
        lines.append(f"  {'acknowledged: ' if f.acknowledged else ''}{f.text}")
    if len(found) > 50:
        lines.append(f"  … and {len(found) - 50} more (see --json)")
    ok = not fk and not open_findings
    lines.append("verify: ok" if ok else "verify: PROBLEMS FOUND")
    return VerifyReport(
        ok=ok,
        integrity=integrity,
        foreign_key_violations=fk,
        excerpts=AnchorCounts(checked=total, **placements),
        orphans=orphans,
        reanchored=moved,
        audit=ChainCheck(
            ok=chain.ok,
            rows=chain.rows,
            first_broken=chain.first_broken,
            problem=chain.problem,
            head_hash=chain.head_hash,
            head_seq=chain.head_seq,
        ),
        lines=lines,
        findings=found,
        judgements=judged,
    )


def _judgements(
    store: Store, lines: list[str], rows: int, replayed: list[Difference]
) -> JudgementCheck:
    """The judgements and rules replayed from the audit log (each difference is also a
    finding, listed with the others); orphaned judgements listed."""
    problems = [d.text for d in replayed]
    orphaned = [
        {
            "judgement": j.id,
            "document": j.document_id,
            "track": j.track_id,
            "quote": j.exact,
            "analyst": j.analyst,
        }
        for j in orphaned_judgements(store)
    ]
    if problems:
        lines.append(
            f"judgements and lexicon rules: {len(problems)} differ from the audit log "
            "(listed below)"
        )
    else:
        lines.append(f"judgements and lexicon rules: ok ({rows} rows match the audit log)")
    if orphaned:
        lines.append(
            f"judgements without an excerpt: {len(orphaned)} (kept; listed by tracker review)"
        )
        for o in orphaned[:20]:
            lines.append(
                f"  judgement {o['judgement']} on document {o['document']} ({o['track']}): "
                f"“{str(o['quote'])[:80]}”"
            )
    return JudgementCheck(ok=not problems, rows=rows, problems=problems, orphaned=orphaned)
