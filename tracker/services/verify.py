"""``tracker verify``: excerpt anchors, the audit chain, and SQLite's own checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from tracker.storage import audit
from tracker.storage.db import Store

Placement = Literal["exact", "moved", "fuzzy", "orphan"]


@dataclass(frozen=True)
class Anchor:
    placement: Placement
    start: int | None
    end: int | None


def reanchor(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> Anchor:
    """Place a quote in ``text`` the way Web Annotation clients do: the stored position, then
    the quote found by search (the occurrence whose context matches best), then a fuzzy match.
    """
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Anchor("exact", start, end)
    if exact:
        best: tuple[float, int] | None = None
        pos = text.find(exact)
        while pos != -1:
            before = text[max(0, pos - len(prefix)) : pos]
            after = text[pos + len(exact) : pos + len(exact) + len(suffix)]
            score = fuzz.ratio(before, prefix) + fuzz.ratio(after, suffix) - abs(pos - start) / 1e6
            if best is None or score > best[0]:
                best = (score, pos)
            pos = text.find(exact, pos + 1)
        if best is not None:
            return Anchor("moved", best[1], best[1] + len(exact))
        if len(exact) >= 12:
            match = fuzz.partial_ratio_alignment(exact, text, score_cutoff=90)
            if match is not None:
                return Anchor("fuzzy", match.dest_start, match.dest_end)
    return Anchor("orphan", None, None)


def verify(store: Store) -> dict[str, Any]:
    """Check everything; ``ok`` is false when anything is broken."""
    lines: list[str] = []
    integrity = [r[0] for r in store.conn.execute("PRAGMA integrity_check")]
    integrity_ok = integrity == ["ok"]
    lines.append(
        "integrity_check: ok" if integrity_ok else f"integrity_check: {'; '.join(integrity[:5])}"
    )
    fk = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    lines.append(
        "foreign_key_check: ok" if not fk else f"foreign_key_check: {len(fk)} broken references"
    )

    texts: dict[int, str] = {}
    placements: dict[str, int] = {"exact": 0, "moved": 0, "fuzzy": 0, "orphan": 0}
    orphans: list[dict[str, Any]] = []
    moved: list[dict[str, Any]] = []
    cursor = store.conn.execute(
        'SELECT id, document_id, start, "end", exact, prefix, suffix FROM excerpts ORDER BY document_id, id'
    )
    for excerpt_id, doc_id, start, end, exact, prefix, suffix in cursor.fetchall():
        if doc_id not in texts:
            row = store.conn.execute(
                "SELECT text FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            texts[doc_id] = "" if row is None else str(row[0])
        anchor = reanchor(texts[doc_id], exact, prefix, suffix, start, end)
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
    for item in orphans[:20]:
        lines.append(
            f"  orphan: excerpt {item['excerpt']} of document {item['document']}: “{item['quote'][:80]}”"
        )

    chain = audit.verify_chain(store)
    if chain.ok:
        lines.append(f"audit chain: ok ({chain.rows} rows, head {chain.head_hash[:16]}…)")
    else:
        lines.append(f"audit chain: BROKEN at seq {chain.first_broken}: {chain.problem}")
    ok = integrity_ok and not fk and not orphans and chain.ok
    lines.append("verify: ok" if ok else "verify: PROBLEMS FOUND")
    return {
        "ok": ok,
        "integrity": integrity,
        "foreign_key_violations": len(fk),
        "excerpts": {"checked": total, **placements},
        "orphans": orphans,
        "reanchored": moved,
        "audit": {
            "ok": chain.ok,
            "rows": chain.rows,
            "first_broken": chain.first_broken,
            "problem": chain.problem,
            "head_hash": chain.head_hash,
        },
        "lines": lines,
    }
