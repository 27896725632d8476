"""State seals: the audit chain covers what the analyst sees, not only the log itself.

Every row an analyst reads as a fact (documents' metadata and text, excerpts' anchors and
quotes, tracks, overrides, status transitions, assessments, settings, briefings, the
analysts' judgements, lexicon rules and review settings, and the readings queued for
review) has a *seal*: SHA-256 over the canonical JSON of its covered columns (a document's
texts by their own SHA-256). A row is named by its key (``kind:key``; a key of two columns
joins them with ``/``: ``review_queue:12/trump-putin-summit``).
Temporary triggers on each connection note which rows a transaction inserts, changes or
deletes; just before the transaction commits, one ``state.seal`` audit row records the new
seal of each (``null`` for a deleted row). Replaying the log gives the seal every row must
have now, so ``verify`` names a row edited, inserted or deleted outside the tracker, even
when the log itself is intact.

Each kind of row is compared from its *baseline* on: a ``state.seal`` row whose ``kinds``
lists it and whose entities are every row of that kind at that moment. A new database
records the baseline of every kind when it is created; a database from before seals, or one
whose schema gained a sealed table (a later migration), gets the baseline of the kinds it
lacks the first time it is opened for writing and verifies.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tracker.domain.errors import DatabaseError
from tracker.domain.models import TRACK_DEFINITION
from tracker.storage import audit
from tracker.storage.db import Store, chunked

SEAL_ACTION = audit.SEAL_ACTION
ACK_ACTION = "verify.acknowledge"


@dataclass(frozen=True)
class Sealed:
    """One kind of sealed row: its table, key column (or columns) and covered columns."""

    kind: str
    table: str
    key: str | tuple[str, ...]
    columns: tuple[str, ...]
    hashed: tuple[str, ...] = ()  # covered by their SHA-256 (long texts)
    # Columns a later schema adds, with the value rows take when it does: covered when
    # present and different from that value, so adding the column changes no seal.
    added: tuple[tuple[str, object], ...] = ()

    @property
    def key_columns(self) -> tuple[str, ...]:
        return (self.key,) if isinstance(self.key, str) else self.key

    def key_sql(self, ref: str = "") -> str:
        """The row's key in SQL (``ref``: ``NEW`` or ``OLD`` in a trigger): the key column,
        or the key columns joined with ``/``."""
        prefix = f"{ref}." if ref else ""
        return " || '/' || ".join(f"{prefix}{_quote(c)}" for c in self.key_columns)

    def covered(self, present: set[str]) -> tuple[str, ...]:
        """The columns to read, of those ``present`` in the table."""
        extra = tuple(name for name, _default in self.added if name in present)
        return (*self.columns, *self.hashed, *extra)


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
        # evidence an analyst added by hand; the reading rule that read the signal (schema
        # 11: NULL on excerpts read before, so migrating an old database changes no seal)
        added=(("origin", "machine"), ("rule", None)),
    ),
    Sealed(
        "track",
        "tracks",
        "id",
        (*TRACK_DEFINITION, "archived"),
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
    Sealed(
        "briefing",
        "briefings",
        "id",
        ("created_at", "format", "path", "tracks", "head_hash"),
        added=(("since", None), ("events_since", None)),
    ),
    Sealed(
        "assessment",
        "assessments",
        "id",
        ("track_id", "recorded_at", "status", "as_of", "confidence", "contested", "payload"),
    ),
    Sealed("setting", "settings", "key", ("value",)),
    # The analyst's judgements on excerpts, the lexicon rules taught, per-track review
    # settings and the readings queued for review (schema 7's tables: a database migrated
    # to it seals them from the first open that finds them).
    Sealed(
        "judgement",
        "judgements",
        "id",
        (
            "kind",
            "document_id",
            "track_id",
            "start",
            "end",
            "exact",
            "prefix",
            "suffix",
            "excerpt_id",
            "verdict",
            "reason",
            "signal",
            "modality",
            "event_date",
            "date_precision",
            "tracks",
            "note",
            "analyst",
            "created_at",
            "ended_at",
            "ended_action",
        ),
    ),
    Sealed(
        "lexicon_rule",
        "lexicon_rules",
        "id",
        (
            "phrase",
            "effect",
            "signal",
            "modality",
            "kinds",
            "note",
            "excerpt_id",
            "analyst",
            "created_at",
            "removed_at",
        ),
    ),
    Sealed("track_review", "track_review", "track_id", ("mode", "since")),
    Sealed(
        "review_queue", "review_queue", ("excerpt_id", "track_id"), ("why", "held", "queued_at")
    ),
)
BY_KIND = {s.kind: s for s in SEALED}
# The tables checked every time a database is opened (documents and excerpts are checked by
# ``verify``, which reads every text).
ON_OPEN = (
    "track",
    "override",
    "transition",
    "briefing",
    "assessment",
    "setting",
    "judgement",
    "lexicon_rule",
    "track_review",
    "review_queue",
)


def _quote(name: str) -> str:
    return f'"{name}"'


def _note(entity: str) -> str:
    """A trigger's statement noting ``entity`` (an SQL expression) as changed. Not ``INSERT
    OR IGNORE``: inside an upsert the outer statement's conflict rule would override it."""
    return (
        f"INSERT INTO seal_dirty (entity) SELECT {entity} "
        f"WHERE NOT EXISTS (SELECT 1 FROM seal_dirty WHERE entity = {entity});"
    )


# ``present`` per open database, with the schema version it was read at: every commit's
# seal asks for it, and reading eleven tables' columns each time cost more than the seal.
_PRESENT: weakref.WeakKeyDictionary[Store, tuple[int, dict[str, tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)


def present(store: Store) -> dict[str, tuple[str, ...]]:
    """``{kind: columns read for its seal}`` for the sealed kinds whose table this
    database has. A sealed column missing from its table is a schema the seals do not
    know: ``DatabaseError``, never a seal silently narrowed. Read again whenever the
    schema changes (SQLite's ``schema_version``, whoever changed it)."""
    version = int(store.conn.execute("PRAGMA schema_version").fetchone()[0])
    cached = _PRESENT.get(store)
    if cached is not None and cached[0] == version:
        return dict(cached[1])
    out = _read_present(store)
    _PRESENT[store] = (version, out)
    return dict(out)


def _read_present(store: Store) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for s in SEALED:
        columns = {str(r[1]) for r in store.conn.execute(f"PRAGMA main.table_info({s.table})")}
        if not columns:
            continue
        missing = [c for c in (*s.key_columns, *s.columns, *s.hashed) if c not in columns]
        if missing:
            raise DatabaseError(
                f"the {s.table} table lacks the sealed columns {', '.join(missing)}; "
                "this version of the tracker cannot check it"
            )
        out[s.kind] = s.covered(columns)
    return out


def install(store: Store) -> None:
    """Create this connection's temporary triggers that note changed rows, and hook the
    seal into every write transaction."""
    conn = store.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS seal_dirty (entity TEXT PRIMARY KEY)")
    for kind, covered in present(store).items():
        s = BY_KIND[kind]
        cols = ", ".join(_quote(c) for c in covered)
        keys = ", ".join(_quote(c) for c in s.key_columns)
        for event, ref, suffix in (
            ("INSERT", "NEW", "ins"),
            (f"UPDATE OF {cols}, {keys}", "NEW", "upd"),
            ("DELETE", "OLD", "del"),
            # An UPDATE that changes the key also leaves the old key behind.
            (f"UPDATE OF {keys}", "OLD", "rekey"),
        ):
            entity = f"'{s.kind}:' || {s.key_sql(ref)}"
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS seal_{s.table}_{suffix} AFTER {event} "
                f"ON main.{s.table} BEGIN {_note(entity)} END"
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
    for name, default in s.added:
        if name in row and row[name] != default:
            body[name] = row[name]
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def current(
    store: Store, kind: str, keys: Iterable[str] | None = None
) -> Iterator[tuple[str, str]]:
    """``(key, seal)`` of the rows of one kind now (all of them, or those of ``keys``);
    nothing when the database has no table for the kind."""
    s = BY_KIND[kind]
    covered = present(store).get(kind)
    if covered is None:
        return
    columns = ", ".join(_quote(c) for c in covered)
    select = f"SELECT {s.key_sql()} AS seal_key, {columns} FROM {s.table}"
    if keys is None:
        for row in store.db.query(select):
            yield str(row["seal_key"]), digest_row(s, row)
        return
    for chunk in chunked(keys):
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(f"{select} WHERE {s.key_sql()} IN ({marks})", chunk):
            yield str(row["seal_key"]), digest_row(s, row)


def _pending(store: Store) -> list[str]:
    try:
        return [str(r[0]) for r in store.conn.execute("SELECT entity FROM seal_dirty")]
    except sqlite3.Error:  # a connection without the seal's temporary table
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


def has_seals(store: Store) -> bool:
    """Whether the log holds any seal (a database sealed by this version)."""
    sql = "SELECT 1 FROM audit_log WHERE action = ? LIMIT 1"
    return store.conn.execute(sql, [SEAL_ACTION]).fetchone() is not None


# The kinds a seal row from before per-kind baselines stood for (it sealed them all).
_FIRST_KINDS = ("document", "excerpt", "track", "override", "transition", "briefing")


def baselined(store: Store) -> set[str]:
    """The kinds whose baseline the log holds (compared from there on)."""
    kinds: set[str] = set()
    sql = (
        "SELECT json_extract(payload, '$.kinds') FROM audit_log WHERE action = ? "
        "AND json_valid(payload) AND json_type(payload, '$.kinds') = 'array' ORDER BY seq"
    )
    for (listed,) in store.conn.execute(sql, [SEAL_ACTION]):
        kinds.update(str(k) for k in json.loads(listed))
    if not kinds and has_seals(store):
        kinds.update(_FIRST_KINDS)
    return kinds


def baseline(store: Store) -> list[str]:
    """Seal, as they are, every row of the kinds this database has but whose baseline
    the log lacks (all of them for a new database or one from before seals; a sealed
    table a migration added); returns those kinds."""
    missing = [k for k in present(store) if k not in baselined(store)]
    if missing:
        with store.write():
            missing = [k for k in present(store) if k not in baselined(store)]
            seal_kinds(store, missing)
    return missing


def seal_kinds(store: Store, kinds: Iterable[str]) -> None:
    """Append one ``state.seal`` row (inside the caller's transaction) holding the seal of
    every row of ``kinds`` as it is now, and none for a sealed row that is gone: the
    baseline those kinds are compared from."""
    kinds = list(kinds)
    if not kinds:
        return
    want = expected(store, kinds)
    entities: dict[str, str | None] = {}
    for kind in kinds:
        prefix = f"{kind}:"
        entities.update(
            {e: None for e, v in want.items() if v is not None and e.startswith(prefix)}
        )
        entities.update({prefix + key: digest for key, digest in current(store, kind)})
    store.conn.executemany(  # sealed here: the commit need not seal them again
        "DELETE FROM seal_dirty WHERE substr(entity, 1, length(?)) = ?",
        [(f"{kind}:", f"{kind}:") for kind in kinds],
    )
    audit.append(
        store,
        actor="tracker",
        action=SEAL_ACTION,
        entity="state",
        payload={"entities": entities, "kinds": kinds},
    )


def expected(store: Store, kinds: Iterable[str] | None = None) -> dict[str, str | None]:
    """The seal every row (of ``kinds``, default all) should have now, by replaying the
    log's seal rows. SQLite reads the payloads (``json_each``) and hands over only the
    seals of the kinds asked for: the check on open reads the small tables' seals without
    decoding those of every excerpt ever sealed."""
    sql = (
        "SELECT j.key, j.value FROM audit_log a, json_each(a.payload, '$.entities') j "
        "WHERE a.action = ? {only} ORDER BY a.seq"
    )
    params: list[str] = [SEAL_ACTION]
    only = ""
    if kinds is not None:
        wanted = sorted(set(kinds))
        only = "AND substr(j.key, 1, instr(j.key, ':') - 1) IN ({})".format(
            ",".join("?" * len(wanted))
        )
        params += wanted
    out: dict[str, str | None] = {}
    try:
        for key, value in store.conn.execute(sql.format(only=only), params):
            out[str(key)] = None if value is None else str(value)
    except sqlite3.OperationalError:  # a payload that is not JSON (edited by hand)
        return _expected_slowly(store, kinds)
    return out


def _expected_slowly(store: Store, kinds: Iterable[str] | None) -> dict[str, str | None]:
    """``expected``, a row at a time, passing over payloads that cannot be read (the chain
    check names those rows)."""
    wanted = None if kinds is None else {f"{k}:" for k in kinds}
    out: dict[str, str | None] = {}
    sql = "SELECT payload FROM audit_log WHERE action = ? ORDER BY seq"
    for (payload,) in store.conn.execute(sql, [SEAL_ACTION]):
        try:
            entities = json.loads(payload).get("entities", {})
        except (ValueError, AttributeError):
            continue
        if isinstance(entities, dict):
            out.update(
                (k, v)
                for k, v in entities.items()
                if wanted is None or k[: k.find(":") + 1] in wanted
            )
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
    compared = baselined(store)
    chosen = [k for k in (kinds or BY_KIND) if k in compared]
    want = expected(store, chosen)
    findings: list[StateFinding] = []
    for kind in chosen:
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
