"""Full-text search over the FTS5 indexes of excerpts and documents.

Each table has two indexes: ``*_fts`` (Porter stems: "postponed" finds "postponement") and
``*_exact`` (words as written: quoted phrases and prefixes). A ``SearchPlan`` names the
index and expression that drive the search, plus conditions on either index and filters
by track and outlet that every hit must meet.

Ranking is BM25 (FTS5 ``rank``) of the driving expression when it matches at most
``RANK_ALL_UP_TO`` rows (rare terms, most multi-word queries): exact, over every match.
BM25 of a very common term costs time proportional to all its matches (about 25 ms for a
term in a million excerpts, before ranking any), so a query matching more rows than that
is answered from its ``RANK_ALL_UP_TO`` newest matches (highest row ids: the most recently
recorded), shortest first — what BM25 orders by when every candidate carries the term
about once. Such a search shows the best recent hits, not the best over all time; a more
specific query narrows it. A plan without a driver (filters only, or every clause mixing
prefixes with other words) is answered the same way from its newest matches.

Expressions reaching this module are FTS5 expressions already made safe by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tracker.domain.models import SearchHit
from tracker.domain.search import Condition, Filter, Match, SearchPlan
from tracker.storage.db import Store

RANK_ALL_UP_TO = 1000
SNIPPET_WORDS = 16


@dataclass(frozen=True)
class _Table:
    base: str
    indexes: dict[str, str]  # index kind -> FTS5 table
    snippet_column: int
    lengths: str  # SQL: (id, n) for ids IN ({marks})
    # Correlated checks of one row ({row}): of a track whose id or title contains ?, of an
    # outlet whose name contains ?.
    tracks: str
    outlets: str


_EXCERPTS = _Table(
    base="excerpts",
    indexes={"stemmed": "excerpts_fts", "exact": "excerpts_exact"},
    snippet_column=0,
    lengths='SELECT id, "end" - start AS n FROM excerpts WHERE id IN ({marks})',
    tracks="SELECT 1 FROM excerpts e JOIN tracks t ON t.id = e.track_id WHERE e.id = {row} "
    "AND (instr(lower(t.id), ?) > 0 OR instr(lower(t.title), ?) > 0)",
    outlets="SELECT 1 FROM excerpts e JOIN documents d ON d.id = e.document_id "
    "WHERE e.id = {row} AND instr(lower(coalesce(d.outlet, '')), ?) > 0",
)
_DOCUMENTS = _Table(
    base="documents",
    indexes={"stemmed": "documents_fts", "exact": "documents_exact"},
    snippet_column=1,
    lengths="SELECT id, chars AS n FROM documents WHERE id IN ({marks})",
    tracks="SELECT 1 FROM excerpts e JOIN tracks t ON t.id = e.track_id "
    "WHERE e.document_id = {row} AND (instr(lower(t.id), ?) > 0 OR instr(lower(t.title), ?) > 0)",
    outlets="SELECT 1 FROM documents d WHERE d.id = {row} "
    "AND instr(lower(coalesce(d.outlet, '')), ?) > 0",
)


def _match_sql(table: _Table, match: Match) -> tuple[str, list[Any]]:
    fts = table.indexes[match.index]
    return f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?", [match.expression]


def _condition_sql(table: _Table, condition: Condition, column: str) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    for match in condition.any_of:
        sql, args = _match_sql(table, match)
        parts.append(f"{column} IN ({sql})")
        params += args
    clause = "(" + " OR ".join(parts) + ")"
    return (f"NOT {clause}" if condition.negate else clause), params


def _filter_sql(table: _Table, flt: Filter, column: str) -> tuple[str, list[Any]]:
    """A filter checked row by row (an id lookup each): cheaper than listing every row of a
    large track or outlet."""
    sql = (table.tracks if flt.field == "track" else table.outlets).format(row=column.lstrip("+"))
    per_value = 2 if flt.field == "track" else 1
    parts = [f"EXISTS ({sql})" for _ in flt.values]
    params = [v for v in flt.values for _ in range(per_value)]
    clause = "(" + " OR ".join(parts) + ")"
    return (f"NOT {clause}" if flt.negate else clause), params


def _where(table: _Table, plan: SearchPlan, column: str) -> tuple[str, list[Any]]:
    """The conditions and filters of ``plan`` as SQL on ``column`` (the row id)."""
    parts: list[str] = []
    params: list[Any] = []
    for condition in plan.conditions:
        sql, args = _condition_sql(table, condition, column)
        parts.append(sql)
        params += args
    for flt in plan.filters:
        sql, args = _filter_sql(table, flt, column)
        parts.append(sql)
        params += args
    return (" AND ".join(parts) or "1"), params


def _ids(store: Store, sql: str, params: Sequence[Any]) -> list[int]:
    return [int(r["rowid"]) for r in store.db.query(sql, list(params))]


def _ranked(store: Store, table: _Table, plan: SearchPlan, limit: int) -> list[int]:
    """Row ids of the best ``limit`` matches (see the module notes)."""
    if plan.driver is None:
        where, params = _where(table, plan, f"{table.base}.id")
        sql = f"SELECT id AS rowid FROM {table.base} WHERE {where} ORDER BY id DESC LIMIT ?"
        return _shortest_first(store, table, _ids(store, sql, [*params, RANK_ALL_UP_TO]), limit)
    fts = table.indexes[plan.driver.index]
    # "+rowid": the conditions filter the driver's matches; a bare rowid would make SQLite
    # look each id of a condition up in the driver's index, evaluating the full-text query
    # once per id (seconds for a common phrase).
    where, params = _where(table, plan, f"+{fts}.rowid")
    base = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? AND {where}"
    args = [plan.driver.expression, *params]
    newest = _ids(store, f"{base} ORDER BY rowid DESC LIMIT ?", [*args, RANK_ALL_UP_TO + 1])
    if len(newest) <= RANK_ALL_UP_TO:  # every match: an exact BM25 ranking
        return _ids(store, f"{base} ORDER BY rank LIMIT ?", [*args, limit])
    return _shortest_first(store, table, newest[:RANK_ALL_UP_TO], limit)


def _shortest_first(store: Store, table: _Table, pool: list[int], limit: int) -> list[int]:
    """A pool of newest matches, the shortest (most to the point) first."""
    if not pool:
        return []
    marks = ",".join("?" * len(pool))
    lengths = {
        int(r["id"]): int(r["n"]) for r in store.db.query(table.lengths.format(marks=marks), pool)
    }
    pool = sorted(pool, key=lambda rowid: (lengths.get(rowid, 0), -rowid))
    return pool[:limit]


def _snippets(store: Store, table: _Table, plan: SearchPlan, ids: list[int]) -> dict[int, str]:
    """Highlighted passages: for each row, from the first of ``plan.highlight`` it matches."""
    found: dict[int, str] = {}
    for match in plan.highlight:
        todo = [i for i in ids if i not in found]
        if not todo:
            break
        fts = table.indexes[match.index]
        marks = ",".join("?" * len(todo))
        rowid = "+rowid" if _costly_per_row(match.expression) else "rowid"
        sql = (
            f"SELECT rowid, snippet({fts}, {table.snippet_column}, '[', ']', '…', "
            f"{SNIPPET_WORDS}) AS snippet FROM {fts} WHERE {fts} MATCH ? AND {rowid} IN ({marks})"
        )
        for r in store.db.query(sql, [match.expression, *todo]):
            found[int(r["rowid"])] = str(r["snippet"])
    return found


def _costly_per_row(expression: str) -> bool:
    """Whether an expression is slow to evaluate row by row (a phrase's positions, a
    prefix's many words), so its matches are better scanned once and filtered by id; a
    single word is cheaper looked up id by id."""
    return "*" in expression or any(" " in quoted for quoted in expression.split('"')[1::2])


def _opening(text: str) -> str:
    """The start of a text, for a hit with nothing highlighted."""
    words = text.split()
    head = " ".join(words[:SNIPPET_WORDS])
    return head + ("…" if len(words) > SNIPPET_WORDS else "")


def excerpt_hits(store: Store, plan: SearchPlan, limit: int) -> list[SearchHit]:
    """The best ``limit`` excerpts matching ``plan``, best first."""
    ranked = _ranked(store, _EXCERPTS, plan, limit)
    if not ranked:
        return []
    snippets = _snippets(store, _EXCERPTS, plan, ranked)
    marks = ",".join("?" * len(ranked))
    sql = (
        'SELECT e.id, e.document_id, e.track_id, d.title, e.start, e."end", e.exact '
        f"FROM excerpts e JOIN documents d ON d.id = e.document_id WHERE e.id IN ({marks})"
    )
    rows = {int(r["id"]): r for r in store.db.query(sql, ranked)}
    return [
        SearchHit(
            kind="excerpt",
            document_id=rows[eid]["document_id"],
            excerpt_id=eid,
            track_id=rows[eid]["track_id"],
            title=rows[eid]["title"],
            snippet=snippets.get(eid) or _opening(rows[eid]["exact"]),
            start=rows[eid]["start"],
            end=rows[eid]["end"],
        )
        for eid in ranked
        if eid in rows
    ]


def document_hits(store: Store, plan: SearchPlan, limit: int) -> list[SearchHit]:
    """The best ``limit`` documents matching ``plan``, best first."""
    ranked = _ranked(store, _DOCUMENTS, plan, limit)
    if not ranked:
        return []
    snippets = _snippets(store, _DOCUMENTS, plan, ranked)
    marks = ",".join("?" * len(ranked))
    sql = f"SELECT id, title, substr(text, 1, 400) AS head FROM documents WHERE id IN ({marks})"
    rows = {int(r["id"]): r for r in store.db.query(sql, ranked)}
    return [
        SearchHit(
            kind="document",
            document_id=did,
            title=str(rows[did]["title"]),
            snippet=snippets.get(did) or _opening(str(rows[did]["head"])),
        )
        for did in ranked
        if did in rows
    ]
