"""``tracker verify``: excerpt anchors, the audit chain, and SQLite's own checks."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tracker.extract.anchoring import reanchor
from tracker.services.readings import orphans as orphaned_judgements
from tracker.services.replay import replay_problems
from tracker.storage import audit, excerpts
from tracker.storage import documents as document_rows
from tracker.storage.db import Store

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


class JudgementCheck(BaseModel):
    """The analysts' judgements and rules against the audit log, and judgements no excerpt
    covers now (listed, never dropped; not a fault)."""

    ok: bool
    rows: int
    problems: list[str]
    orphaned: list[dict[str, Any]]


class VerifyReport(BaseModel):
    """Everything ``verify`` checked; ``ok`` is false when anything is broken."""

    ok: bool
    integrity: list[str]
    foreign_key_violations: int
    excerpts: AnchorCounts
    orphans: list[dict[str, Any]]
    reanchored: list[dict[str, Any]]
    audit: ChainCheck
    lines: list[str]
    judgements: JudgementCheck | None = None


def verify(store: Store) -> VerifyReport:
    """Check everything; ``ok`` is false when anything is broken."""
    lines: list[str] = []
    integrity = store.integrity_problems()
    integrity_ok = integrity == ["ok"]
    lines.append(
        "integrity_check: ok" if integrity_ok else f"integrity_check: {'; '.join(integrity[:5])}"
    )
    fk = store.broken_references()
    lines.append(
        "foreign_key_check: ok" if not fk else f"foreign_key_check: {fk} broken references"
    )

    texts: dict[int, str] = {}
    placements: dict[str, int] = {"exact": 0, "moved": 0, "fuzzy": 0, "orphan": 0}
    orphans: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    for item in excerpts.anchors(store):
        excerpt_id, doc_id, exact = item.id, item.document_id, item.exact
        if doc_id not in texts:
            found = document_rows.texts(store, [doc_id])
            texts[doc_id] = found[0][1] if found else ""
        anchor = reanchor(texts[doc_id], exact, item.prefix, item.suffix, item.start, item.end)
        placements[anchor.placement] += 1
        if anchor.placement == "orphan":
            orphans.append({"excerpt": excerpt_id, "document": doc_id, "quote": exact})
        elif anchor.placement != "exact":
            moved.append(
                {
                    "excerpt": excerpt_id,
                    "document": doc_id,
                    "placement": anchor.placement,
                    "start": anchor.start,
                    "end": anchor.end,
                }
            )
    total = sum(placements.values())
    lines.append(
        f"excerpts: {total} checked, {placements['exact']} exact, "
        f"{placements['moved'] + placements['fuzzy']} re-anchored, {placements['orphan']} orphaned"
    )
    for orphan in orphans[:20]:
        lines.append(
            f"  orphan: excerpt {orphan['excerpt']} of document {orphan['document']}: "
            f"“{orphan['quote'][:80]}”"
        )

    judged = _judgements(store, lines)
    chain = audit.verify_chain(store)
    if chain.ok:
        lines.append(f"audit chain: ok ({chain.rows} rows, head {chain.head_hash[:16]}…)")
    else:
        lines.append(f"audit chain: BROKEN at seq {chain.first_broken}: {chain.problem}")
    ok = integrity_ok and not fk and not orphans and chain.ok and judged.ok
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
        ),
        lines=lines,
        judgements=judged,
    )


def _judgements(store: Store, lines: list[str]) -> JudgementCheck:
    """Replay the judgements and rules from the audit log; list orphaned judgements."""
    rows, problems = replay_problems(store)
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
        lines.append(f"judgements and lexicon rules: {len(problems)} differ from the audit log")
        lines += [f"  {p}" for p in problems[:20]]
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
