"""State seals: the audit chain covers what the analyst sees, not only the log itself.

Every row an analyst reads as a fact (documents' metadata and text, excerpts' anchors and
quotes, tracks, overrides, status transitions, briefings) has a *seal*: SHA-256 over the
canonical JSON of its covered columns (a document's texts by their own SHA-256). Temporary
triggers on each connection note which rows a transaction inserts, changes or deletes; just
before the transaction commits, one ``state.seal`` audit row records the new seal of each
(``null`` for a deleted row). Replaying the log gives the seal every row must have now, so
``verify`` names a row edited, inserted or deleted outside the tracker, even when the log
itself is intact. A database from before seals gets one baseline ``state.seal`` row the
first time it is opened for writing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tracker.storage import audit
from tracker.storage.db import Store, chunked

SEAL_ACTION = audit.SEAL_ACTION
ACK_ACTION = "verify.acknowledge"


@dataclass(frozen=True)
class Sealed:
    """One kind of sealed row: its table, key column and covered columns."""

    kind: str
    table: str
    key: str
    columns: tuple[str, ...]
    hashed: tuple[str, ...] = ()  # covered by their SHA-256 (long texts)


SEALED: tuple[Sealed, ...] = (
    Sealed(
        "document",
        "documents",
        "id",
        (
            "title",
            "outlet",
            "outlet_basis",
            "byline",
            "url",
            "published",
            "published_basis",
            "reliability",
            "reliability_basis",
            "source_path",
            "sha256",
            "chars",
        ),
        hashed=("text", "raw_text"),
    ),
    Sealed(
        "excerpt",
        "excerpts",
        "id",
        (
            "document_id",
            "track_id",
            "start",
            "end",
            "exact",
            "prefix",
            "suffix",
            "signal",
            "cue",
            "modality",
            "speaker",
            "event_date",
            "date_precision",
        ),
    ),
    Sealed(
        "track",
        "tracks",
        "id",
        (
            "title",
            "kind",
            "description",
            "actors",
            "parties",
            "places",
            "keywords",
            "context_terms",
            "min_actors",
            "next_event",
            "archived",
        ),
    ),
    Sealed(
        "override",
        "overrides",
        "id",
        (
            "track_id",
            "status",
            "reason",
            "analyst",
            "likelihood",
            "confidence",
            "review_by",
            "evidence_ids",
            "created_at",
            "in_view_of",
            "ended_at",
            "ended_action",
            "ended_reason",
            "acknowledged_at",
            "ack_note",
        ),
    ),
    Sealed(
        "transition",
        "transitions",
        "id",
        (
            "track_id",
            "status",
            "from_status",
            "event_date",
            "origin",
            "evidence_ids",
            "rationale",
            "analyst",
            "recorded_at",
            "superseded_at",
            "override_id",
        ),
    ),
    Sealed("briefing", "briefings", "id", ("created_at", "format", "path", "tracks", "head_hash")),
)
BY_KIND = {s.kind: s for s in SEALED}
# The small tables checked every time a database is opened (documents and excerpts are
# checked by ``verify``, which reads every text).
ON_OPEN = ("track", "override", "transition", "briefing")


def _quote(name: str) -> str:
    return f'"{name}"'


def install(store: Store) -> None:
    """Create this connection's temporary triggers that note changed rows, and hook the
    seal into every write transaction."""
    conn = store.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS seal_dirty (entity TEXT PRIMARY KEY)")
    for s in SEALED:
        cols = ", ".join(_quote(c) for c in (*s.columns, *s.hashed))
        for event, ref, suffix in (
            ("INSERT", "NEW", "ins"),
            (f"UPDATE OF {cols}, {_quote(s.key)}", "NEW", "upd"),
            ("DELETE", "OLD", "del"),
        ):
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS seal_{s.table}_{suffix} AFTER {event} "
                f"ON main.{s.table} BEGIN INSERT OR IGNORE INTO seal_dirty (entity) "
                f"VALUES ('{s.kind}:' || {ref}.{_quote(s.key)}); END"
            )
        # An UPDATE that changes the key also leaves the old key behind.
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS seal_{s.table}_rekey AFTER UPDATE OF "
            f"{_quote(s.key)} ON main.{s.table} BEGIN INSERT OR IGNORE INTO seal_dirty (entity) "
            f"VALUES ('{s.kind}:' || OLD.{_quote(s.key)}); END"
        )
    if flush not in store.before_commit:
        store.before_commit.append(flush)


def digest_row(s: Sealed, row: dict[str, Any]) -> str:
    """The seal of one row (a mapping of column to value)."""
    body: dict[str, Any] = {c: row.get(c) for c in s.columns}
    for name in s.hashed:
        value = row.get(name)
        body[name] = (
            hashlib.sha256(str(value).encode("utf-8")).hexdigest() if value is not None else None
        )
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _select(s: Sealed) -> str:
    cols = ", ".join(_quote(c) for c in (s.key, *s.columns, *s.hashed))
    return f"SELECT {cols} FROM {s.table}"


def current(
    store: Store, kind: str, keys: Iterable[str] | None = None
) -> Iterator[tuple[str, str]]:
    """``(key, seal)`` of the rows of one kind now (all of them, or those of ``keys``)."""
    s = BY_KIND[kind]
    if keys is None:
        for row in store.db.query(_select(s)):
            yield str(row[s.key]), digest_row(s, row)
        return
    for chunk in chunked(keys):
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(f"{_select(s)} WHERE {_quote(s.key)} IN ({marks})", chunk):
            yield str(row[s.key]), digest_row(s, row)


def _pending(store: Store) -> list[str]:
    try:
        return [str(r[0]) for r in store.conn.execute("SELECT entity FROM seal_dirty")]
    except Exception:
        return []


def seals_of(store: Store, entities: Iterable[str]) -> dict[str, str | None]:
    """``{"kind:key": seal or None}`` for the named rows (``None``: the row is gone)."""
    by_kind: dict[str, list[str]] = {}
    for entity in entities:
        kind, _, key = entity.partition(":")
        by_kind.setdefault(kind, []).append(key)
    out: dict[str, str | None] = {}
    for kind, keys in by_kind.items():
        if kind not in BY_KIND:
            continue
        found = dict(current(store, kind, keys))
        for key in keys:
            out[f"{kind}:{key}"] = found.get(key)
    return out


def flush(store: Store) -> None:
    """Record the seals of the rows this transaction changed (called before COMMIT)."""
    pending = _pending(store)
    if not pending:
        return
    entities = seals_of(store, pending)
    store.conn.execute("DELETE FROM seal_dirty")
    audit.append(
        store, actor="tracker", action=SEAL_ACTION, entity="state", payload={"entities": entities}
    )


def mark_all(store: Store) -> None:
    """Note every sealed row as changed, so the next commit seals the whole state (the
    baseline of a database from before seals, and an acknowledgement)."""
    for s in SEALED:
        store.conn.execute(
            f"INSERT OR IGNORE INTO seal_dirty (entity) "
            f"SELECT '{s.kind}:' || {_quote(s.key)} FROM {s.table}"
        )


def has_seals(store: Store) -> bool:
    """Whether the log holds any seal (a database sealed by this version)."""
    sql = "SELECT 1 FROM audit_log WHERE action = ? LIMIT 1"
    return store.conn.execute(sql, [SEAL_ACTION]).fetchone() is not None


def baseline(store: Store) -> bool:
    """Seal the whole state once, if the log holds no seal yet; whether it did."""
    if has_seals(store):
        return False
    with store.write():
        if has_seals(store):
            return False
        mark_all(store)
    return True


def expected(store: Store) -> dict[str, str | None]:
    """The seal every row should have now, by replaying the log's seal rows."""
    out: dict[str, str | None] = {}
    sql = "SELECT payload FROM audit_log WHERE action = ? ORDER BY seq"
    for (payload,) in store.conn.execute(sql, [SEAL_ACTION]):
        try:
            entities = json.loads(payload).get("entities", {})
        except (ValueError, AttributeError):
            continue
        if isinstance(entities, dict):
            out.update(entities)
    return out


@dataclass(frozen=True)
class StateFinding:
    entity: str
    problem: str  # "changed", "inserted", "deleted"

    @property
    def key(self) -> str:
        return f"state:{self.entity}:{self.problem}"


def compare(store: Store, kinds: Iterable[str] | None = None) -> list[StateFinding]:
    """Rows whose seal differs from the log's (changed), rows the log never sealed
    (inserted outside the tracker) and sealed rows that are gone (deleted)."""
    want = expected(store)
    findings: list[StateFinding] = []
    for kind in kinds or BY_KIND:
        prefix = f"{kind}:"
        seen: set[str] = set()
        for key, digest in current(store, kind):
            entity = prefix + key
            seen.add(entity)
            sealed = want.get(entity)
            if sealed is None:
                findings.append(StateFinding(entity, "inserted"))
            elif sealed != digest:
                findings.append(StateFinding(entity, "changed"))
        for entity, sealed in want.items():
            if entity.startswith(prefix) and sealed is not None and entity not in seen:
                findings.append(StateFinding(entity, "deleted"))
    return findings
