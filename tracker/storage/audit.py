"""The append-only, hash-chained audit log.

Each row's ``hash`` is SHA-256 over the canonical JSON of the row's fields (``seq``, ``at``,
``actor``, ``action``, ``entity``, ``payload``) together with ``prev_hash``; the first row's
``prev_hash`` is 64 zeros. Triggers refuse UPDATE and DELETE, so undo is a new row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tracker.domain.models import AuditEntry
from tracker.storage.db import Store, insert_row

GENESIS = "0" * 64
_COLUMNS = "seq, at, actor, action, entity, payload, prev_hash, hash"


def canonical_json(value: Any) -> str:
    """Stable JSON: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def row_hash(
    seq: int, at: str, actor: str, action: str, entity: str, payload: str, prev_hash: str
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "entity": entity,
            "payload": payload,
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def head(store: Store) -> tuple[int, str]:
    """The last row's ``seq`` and ``hash`` (0 and the genesis hash on an empty log)."""
    row = store.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS)


def append(
    store: Store,
    *,
    actor: str,
    action: str,
    entity: str,
    payload: dict[str, Any],
    at: str | None = None,
) -> AuditEntry:
    """Append one row. Call inside the same ``store.write()`` as the change it records."""
    if not store.conn.in_transaction:
        raise RuntimeError("audit.append must run inside the change's transaction")
    last_seq, prev = head(store)
    seq = last_seq + 1
    at = at or store.now()
    body = canonical_json(payload)
    digest = row_hash(seq, at, actor, action, entity, body, prev)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        payload=body,
        prev_hash=prev,
        hash=digest,
    )
    insert_row(store, "audit_log", entry.model_dump())
    return entry


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # "missing", "unlinked", "changed"
    text: str

    @property
    def key(self) -> str:
        return f"chain:{self.seq}:{self.kind}"


@dataclass(frozen=True)
class ChainReport:
    rows: int
    ok: bool
    first_broken: int | None
    problem: str | None
    head_hash: str
    head_seq: int = 0
    problems: tuple[ChainProblem, ...] = ()


def _row_problem(
    expected_seq: int, prev: str, seq: int, prev_hash: str, fresh: str, digest: str
) -> ChainProblem | None:
    if seq != expected_seq:
        last = (
            f"rows {expected_seq}–{seq - 1} are"
            if seq - 1 > expected_seq
            else f"row {expected_seq} is"
        )
        return ChainProblem(expected_seq, "missing", f"{last} missing (deleted from the log)")
    if prev_hash != prev:
        return ChainProblem(seq, "unlinked", f"row {seq} does not link to the row before it")
    if fresh != digest:
        return ChainProblem(seq, "changed", f"row {seq} was changed after it was written")
    return None


def verify_chain(store: Store) -> ChainReport:
    """Recompute every row's hash and link; name every row that does not match (the walk
    goes on past a broken row, linking to the hash it stores)."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    problems: list[ChainProblem] = []
    cursor = store.conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
    for seq, at, actor, action, entity, payload, prev_hash, digest in cursor:
        count += 1
        fresh = row_hash(seq, at, actor, action, entity, payload, prev_hash)
        problem = _row_problem(expected_seq, prev, seq, prev_hash, fresh, digest)
        if problem is not None:
            problems.append(problem)
            if problem.kind == "missing":
                # the row after a gap is judged on its own link and content too
                more = _row_problem(seq, prev, seq, prev_hash, fresh, digest)
                if more is not None and more.kind == "changed":
                    problems.append(more)
        prev = str(digest)
        expected_seq = int(seq) + 1
    first = problems[0] if problems else None
    return ChainReport(
        rows=count,
        ok=not problems,
        first_broken=first.seq if first else None,
        problem=first.text if first else None,
        head_hash=prev,
        head_seq=expected_seq - 1,
        problems=tuple(problems),
    )


def hash_at(store: Store, seq: int) -> str | None:
    """The stored hash of row ``seq`` (``None`` if there is no such row)."""
    row = store.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone()
    return str(row[0]) if row else None


def seq_of(store: Store, digest: str) -> int | None:
    """The row whose stored hash is ``digest`` (0 for the genesis hash)."""
    if digest == GENESIS:
        return 0
    row = store.conn.execute("SELECT seq FROM audit_log WHERE hash = ?", [digest]).fetchone()
    return int(row[0]) if row else None


SEAL_ACTION = "state.seal"


def entries(
    store: Store, limit: int | None = None, *, include_seals: bool = False
) -> list[AuditEntry]:
    """The log, oldest first; with ``limit``, its newest ``limit`` rows. The mechanical
    ``state.seal`` rows are left out unless ``include_seals``."""
    where = "" if include_seals else f"WHERE action != '{SEAL_ACTION}'"
    if limit is None:
        rows = list(store.db.query(f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY seq"))
    else:
        sql = f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY seq DESC LIMIT ?"
        rows = list(store.db.query(sql, [int(limit)]))[::-1]
    return [AuditEntry.model_validate(row) for row in rows]


def oldest_first(store: Store, actions: Sequence[str]) -> Iterator[AuditEntry]:
    """Rows of the given actions, oldest first."""
    marks = ",".join("?" * len(actions))
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE action IN ({marks}) ORDER BY seq"
    for row in store.db.query(sql, list(actions)):
        yield AuditEntry.model_validate(row)


def newest_first(store: Store, actions: Sequence[str]) -> Iterator[AuditEntry]:
    """Rows of the given actions, newest first."""
    marks = ",".join("?" * len(actions))
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE action IN ({marks}) ORDER BY seq DESC"
    for row in store.db.query(sql, list(actions)):
        yield AuditEntry.model_validate(row)


def payloads(store: Store, action: str) -> list[dict[str, Any]]:
    """The decoded payloads of every row of one action, oldest first."""
    sql = "SELECT payload FROM audit_log WHERE action = ? ORDER BY seq"
    return [json.loads(row["payload"]) for row in store.db.query(sql, [action])]


def seqs_with_prefix(store: Store, prefix: str, limit: int = 2) -> list[int]:
    """Rows whose stored hash starts with ``prefix`` (at most ``limit``)."""
    sql = "SELECT seq FROM audit_log WHERE substr(hash, 1, ?) = ? ORDER BY seq LIMIT ?"
    return [int(r[0]) for r in store.conn.execute(sql, [len(prefix), prefix, limit])]


def payloads_by_seq(store: Store, action: str) -> dict[int, dict[str, Any]]:
    """``{seq: decoded payload}`` of every row of one action."""
    sql = "SELECT seq, payload FROM audit_log WHERE action = ? ORDER BY seq"
    return {int(row["seq"]): json.loads(row["payload"]) for row in store.db.query(sql, [action])}


def for_entity(
    store: Store, entity: str, actions: Sequence[str], *, after: str | None = None
) -> list[AuditEntry]:
    """Rows of ``entity`` of the given actions (recorded after ``after``), oldest first."""
    marks = ",".join("?" * len(actions))
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE entity = ? AND action IN ({marks})"
    params: list[Any] = [entity, *actions]
    if after:
        sql += " AND at > ?"
        params.append(after)
    return [AuditEntry.model_validate(r) for r in store.db.query(sql + " ORDER BY seq", params)]


def get(store: Store, seq: int) -> AuditEntry | None:
    """One row by its sequence number."""
    for row in store.db.query(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?", [seq]):
        return AuditEntry.model_validate(row)
    return None


def first_at(store: Store) -> str | None:
    """When the first audit row was recorded (the database's first record), or ``None``."""
    for row in store.db.query("SELECT at FROM audit_log ORDER BY seq LIMIT 1"):
        return str(row["at"])
    return None
