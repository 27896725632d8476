"""The ``excerpts`` table (evidence anchored in documents) and its normalised quotes
(``excerpt_keys``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tracker.domain.models import Evidence, ExcerptAnchor, Finding
from tracker.storage.db import Store, chunked

# Columns an excerpt found again keeps its id for and takes the new values of.
_FINDING_FIELDS = (
    "signal",
    "cue",
    "rule",
    "modality",
    "speaker",
    "event_date",
    "date_precision",
    "date_basis",
    "cameo",
    "plover",
    "context",
    "prefix",
    "suffix",
)
_EVIDENCE_SQL = """
SELECT e.track_id, e.start, e."end", e.exact, e.prefix, e.suffix, e.signal, e.cue, e.rule,
       e.modality, e.speaker, e.event_date, e.date_precision, e.date_basis, e.cameo, e.plover,
       e.context, e.id, e.document_id, e.credibility, e.duplicate_of, e.recorded_at,
       d.outlet, d.reliability, d.title AS document_title, d.published,
       d.duplicate_of AS document_duplicate_of, d.url, e.origin
FROM excerpts e JOIN documents d ON d.id = e.document_id
WHERE e.track_id = ? {recorded}
ORDER BY {order}"""
# ``Evidence``'s stored fields in its order (the columns above but the last, ``origin``).
_STORED_FIELDS: tuple[str, ...] = tuple(Evidence.model_fields)[:28]
# The same columns for excerpts of any track (a judgement may move one to another track).
_ANY_TRACK_SQL = _EVIDENCE_SQL.replace("WHERE e.track_id = ? {recorded}", "WHERE {recorded}")
_OLDEST_FIRST = "e.event_date IS NULL, e.event_date, e.document_id, e.start"


def _finding_row(finding: Finding) -> dict[str, Any]:
    row = finding.model_dump()
    row["event_date"] = finding.event_date.isoformat() if finding.event_date else None
    row["context"] = int(finding.context)
    return row


def evidence_for(
    store: Store,
    track_id: str,
    *,
    recorded_by: str | None = None,
    newest: int | None = None,
    recorded_after: str | None = None,
) -> list[Evidence]:
    """A track's evidence by event date (undated last); ``recorded_by`` keeps what had been
    recorded by that time, ``recorded_after`` what was recorded after that time, ``newest``
    that many of the latest event dates (then undated ones, if fewer are dated)."""
    params: list[Any] = [track_id]
    recorded = ""
    if recorded_by is not None:
        recorded = "AND e.recorded_at <= ?"
        params.append(recorded_by)
    if recorded_after is not None:
        recorded += " AND e.recorded_at > ?"
        params.append(recorded_after)
    if newest is None:
        sql = _EVIDENCE_SQL.format(recorded=recorded, order=_OLDEST_FIRST)
        return _evidence_rows(_rows(store, sql, params))
    # Dated ones by the (track, event date) index, newest first: no sort of the whole track.
    dated_sql = _EVIDENCE_SQL.format(
        recorded=recorded + " AND e.event_date IS NOT NULL",
        order="e.event_date DESC, e.document_id DESC, e.start DESC",
    )
    rows = _rows(store, dated_sql + " LIMIT ?", [*params, int(newest)])[::-1]
    if len(rows) < newest:
        undated_sql = _EVIDENCE_SQL.format(
            recorded=recorded + " AND e.event_date IS NULL",
            order="e.document_id DESC, e.start DESC",
        )
        more = _rows(store, undated_sql + " LIMIT ?", [*params, int(newest) - len(rows)])
        rows += more[::-1]
    return _evidence_rows(rows)


def _evidence_rows(rows: Iterable[Sequence[Any]]) -> list[Evidence]:
    days: dict[str | None, date | None] = {}  # a track's dates repeat: each parsed once
    return [_evidence(row, days) for row in rows]


def _rows(store: Store, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` as tuples, in ``_EVIDENCE_SQL``'s column order."""
    return store.conn.execute(sql, list(params)).fetchall()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_UNSEEN: Any = object()

# Every field is set; pydantic only ever adds to this set, and adding a member is a no-op,
# so one set serves every excerpt read.
_EVIDENCE_FIELDS: set[str] = set(Evidence.model_fields)


def _evidence(row: Sequence[Any], days: dict[str | None, date | None] | None = None) -> Evidence:
    """An excerpt row (``_EVIDENCE_SQL``'s columns) as evidence, built without validation:
    the row was validated when it was stored, and the table's constraints hold it (a
    track's whole record is read at every recomputation, so this is the hot path). The
    fields are set in the model's order, as validation sets them. ``days``: the dates
    parsed so far (by their text)."""
    days = {} if days is None else days
    (track_id, start, end, exact, prefix, suffix, signal, cue, rule, modality, speaker, event_date,
     date_precision, date_basis, cameo, plover, context, excerpt_id, document_id, credibility,
     duplicate_of, recorded_at, outlet, reliability, title, published, document_duplicate_of,
     url, origin) = row  # fmt: skip
    when = days.get(event_date, _UNSEEN)
    if when is _UNSEEN:
        when = days[event_date] = _day(event_date)
    out = days.get(published, _UNSEEN)
    if out is _UNSEEN:
        out = days[published] = _day(published)
    values = {
        "track_id": track_id,
        "start": start,
        "end": end,
        "exact": exact,
        "prefix": prefix,
        "suffix": suffix,
        "signal": signal,
        "cue": cue,
        "rule": rule,
        "modality": modality,
        "speaker": speaker,
        "event_date": when,
        "date_precision": date_precision,
        "date_basis": date_basis,
        "cameo": cameo,
        "plover": plover,
        "context": bool(context),
        "id": excerpt_id,
        "document_id": document_id,
        "credibility": credibility,
        "duplicate_of": duplicate_of,
        "recorded_at": recorded_at,
        "outlet": outlet,
        "reliability": reliability,
        "document_title": title or "",
        "published": out,
        "document_duplicate_of": document_duplicate_of,
        "url": url,
        "reading": "added" if origin == "analyst" else "machine",
        "reject_reason": None,
        "judged_by": None,
        "judged_at": None,
        "notes": [],
        "machine": {},
        "judged_tracks": None,
        "home_track": None,
        "judged_via": None,
    }
    made = Evidence.__new__(Evidence)
    object.__setattr__(made, "__dict__", values)
    object.__setattr__(made, "__pydantic_fields_set__", _EVIDENCE_FIELDS)
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


def _evidence_where(
    store: Store, track_id: str, condition: str, params: Sequence[Any]
) -> list[Evidence]:
    sql = _EVIDENCE_SQL.format(recorded=f"AND ({condition})", order="e.id")
    return _evidence_rows(_rows(store, sql, [track_id, *params]))


def evidence_any_track(store: Store, excerpt_ids: Sequence[int]) -> list[Evidence]:
    """The excerpts of ``excerpt_ids`` whatever their track (unknown ids left out), by
    event date."""
    out: list[Evidence] = []
    for chunk in chunked(sorted(set(excerpt_ids))):
        marks = ",".join("?" * len(chunk))
        sql = _ANY_TRACK_SQL.format(recorded=f"e.id IN ({marks})", order=_OLDEST_FIRST)
        out += _evidence_rows(_rows(store, sql, chunk))
    return out


def get(store: Store, excerpt_id: int) -> Evidence | None:
    found = evidence_any_track(store, [excerpt_id])
    return found[0] if found else None


def copies_of(store: Store, excerpt_ids: Sequence[int]) -> list[int]:
    """Excerpts that repeat any of ``excerpt_ids`` (their ``duplicate_of``)."""
    out: list[int] = []
    for chunk in chunked(sorted(set(excerpt_ids))):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id FROM excerpts WHERE duplicate_of IN ({marks})"
        out += [int(r["id"]) for r in store.db.query(sql, chunk)]
    return out


def placed(
    store: Store, document_id: int, track_ids: Sequence[str]
) -> list[tuple[int, str, int, int]]:
    """``(id, track, start, end)`` of one document's excerpts for ``track_ids`` (machine and
    analyst alike): where a judgement's quote may land."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        'SELECT id, track_id, start, "end" FROM excerpts '
        f"WHERE document_id = ? AND track_id IN ({marks}) ORDER BY start, id"
    )
    return [
        (int(r["id"]), str(r["track_id"]), int(r["start"]), int(r["end"]))
        for r in store.db.query(sql, [document_id, *track_ids])
    ]


def evidence_by_ids(store: Store, track_id: str, excerpt_ids: Iterable[int]) -> list[Evidence]:
    """The track's excerpts among ``excerpt_ids``, by id."""
    out: list[Evidence] = []
    for chunk in chunked(sorted(set(excerpt_ids))):
        marks = ",".join("?" * len(chunk))
        out += _evidence_where(store, track_id, f"e.id IN ({marks})", chunk)
    return sorted(out, key=lambda e: e.id)


def evidence_in_documents(store: Store, track_id: str, doc_ids: Iterable[int]) -> list[Evidence]:
    """The track's excerpts in the documents ``doc_ids``, by id."""
    out: list[Evidence] = []
    for chunk in chunked(sorted(set(doc_ids))):
        marks = ",".join("?" * len(chunk))
        out += _evidence_where(store, track_id, f"e.document_id IN ({marks})", chunk)
    return sorted(out, key=lambda e: e.id)


def evidence_recorded_after(store: Store, track_id: str, after: str) -> list[Evidence]:
    """The track's excerpts recorded after ``after`` (a record time), by id."""
    return _evidence_where(store, track_id, "e.recorded_at > ?", [after])


_DAY = "COALESCE(e.event_date, d.published)"


def _window(
    recorded_after: str | None, events_since: date | None, exclude: Sequence[int]
) -> tuple[str, list[Any]]:
    parts: list[str] = ["1"]
    params: list[Any] = []
    if recorded_after is not None:
        parts.append("e.recorded_at > ?")
        params.append(recorded_after)
    if events_since is not None:
        parts.append(f"{_DAY} >= ?")
        params.append(events_since.isoformat())
    if exclude:
        parts.append(f"e.id NOT IN ({','.join('?' * len(exclude))})")
        params += list(exclude)
    return " AND ".join(parts), params


def evidence_in_window(
    store: Store,
    track_id: str,
    *,
    recorded_after: str | None,
    events_since: date | None,
    newest: int,
) -> list[Evidence]:
    """The ``newest`` of a track's excerpts recorded after ``recorded_after`` about events
    on or after ``events_since`` (by day: the event date, else the published date), in
    (day, record time, id) order, undated last."""
    condition, params = _window(recorded_after, events_since, ())
    sql = _EVIDENCE_SQL.format(
        recorded=f"AND {condition}",
        order=f"{_DAY} IS NOT NULL, {_DAY} DESC, e.recorded_at DESC, e.id DESC",
    )
    rows = _rows(store, sql + " LIMIT ?", [track_id, *params, newest])
    return _evidence_rows(reversed(rows))


def window_summary(
    store: Store,
    track_id: str,
    *,
    recorded_after: str | None,
    events_since: date | None,
    exclude: Sequence[int] = (),
) -> tuple[int, int, int, str | None, date | None, date | None]:
    """Of the same excerpts less ``exclude``: (excerpts, documents, stating a status (a
    signal, not context), newest record time, first day, last day)."""
    condition, params = _window(recorded_after, events_since, exclude)
    row = store.conn.execute(
        "SELECT count(*), count(DISTINCT e.document_id), "
        "sum(e.signal IS NOT NULL AND e.context = 0), max(e.recorded_at), "
        f"min({_DAY}), max({_DAY}) "
        "FROM excerpts e JOIN documents d ON d.id = e.document_id "
        f"WHERE e.track_id = ? AND {condition}",
        [track_id, *params],
    ).fetchone()
    first = date.fromisoformat(row[4]) if row[4] else None
    last = date.fromisoformat(row[5]) if row[5] else None
    return int(row[0]), int(row[1]), int(row[2] or 0), row[3], first, last


def record_summary(store: Store, track_id: str) -> tuple[int, int, str | None]:
    """(excerpts, documents, newest record time) of a track's evidence."""
    row = store.conn.execute(
        "SELECT count(*), count(DISTINCT document_id), max(recorded_at) FROM excerpts "
        "WHERE track_id = ?",
        [track_id],
    ).fetchone()
    return int(row[0]), int(row[1]), row[2]


def count_for_track(store: Store, track_id: str) -> int:
    sql = "SELECT count(*) AS n FROM excerpts WHERE track_id = ?"
    return int(next(iter(store.db.query(sql, [track_id])))["n"])


def documents_of_track(store: Store, track_id: str) -> set[int]:
    """The documents holding an excerpt of the track (the machine's or an analyst's)."""
    sql = "SELECT DISTINCT document_id FROM excerpts WHERE track_id = ?"
    return {int(row[0]) for row in store.conn.execute(sql, [track_id])}


def recorded_after(store: Store, track_id: str, after: str, *, limit: int) -> tuple[int, list[int]]:
    """How many of a track's excerpts were recorded after ``after``, and the ids of the
    newest ``limit`` of them (newest first)."""
    sql = "SELECT count(*) AS n FROM excerpts WHERE track_id = ? AND recorded_at > ?"
    count = int(next(iter(store.db.query(sql, [track_id, after])))["n"])
    if not count:
        return 0, []
    sql = (
        "SELECT id FROM excerpts WHERE track_id = ? AND recorded_at > ? "
        "ORDER BY recorded_at DESC, id DESC LIMIT ?"
    )
    return count, [int(r["id"]) for r in store.db.query(sql, [track_id, after, limit])]


def held_spans(
    store: Store, document_id: int, track_ids: Sequence[str]
) -> tuple[dict[tuple[str, int, int], int], list[tuple[str, int, int]]]:
    """One document's excerpts for ``track_ids``: ``{(track, start, end): excerpt id}`` of
    the machine's (evidence an analyst added is never re-extracted) and ``(track, start,
    end)`` of those an analyst added."""
    marks = ",".join("?" * len(track_ids))
    sql = (
        "SELECT id, track_id, start, \"end\", origin = 'analyst' FROM excerpts "
        f"WHERE document_id = ? AND track_id IN ({marks}) ORDER BY id"
    )
    machine: dict[tuple[str, int, int], int] = {}
    analyst: list[tuple[str, int, int]] = []
    for excerpt_id, track, start, end, added in store.conn.execute(sql, [document_id, *track_ids]):
        if added:
            analyst.append((str(track), int(start), int(end)))
        else:
            machine[(str(track), int(start), int(end))] = int(excerpt_id)
    return machine, analyst


def document_ids_of_track(store: Store, track_id: str) -> list[int]:
    """The documents holding excerpts of a track, newest first."""
    sql = "SELECT DISTINCT document_id FROM excerpts WHERE track_id = ? ORDER BY document_id DESC"
    return [int(row[0]) for row in store.conn.execute(sql, [track_id])]


def spans_in_documents(
    store: Store, document_ids: Sequence[int]
) -> list[tuple[int, str, int, int, bool]]:
    """``(document, track, start, end, claims a status)`` of every excerpt in
    ``document_ids`` (a claim: a signal read outside context)."""
    out: list[tuple[int, str, int, int, bool]] = []
    for chunk in chunked(document_ids):
        marks = ",".join("?" * len(chunk))
        sql = (
            'SELECT document_id, track_id, start, "end", signal IS NOT NULL AND context = 0 '
            f"FROM excerpts WHERE document_id IN ({marks}) ORDER BY document_id, start"
        )
        for doc, track, start, end, claims in store.conn.execute(sql, list(chunk)):
            out.append((int(doc), str(track), int(start), int(end), bool(claims)))
    return out


def insert(
    store: Store,
    finding: Finding,
    *,
    document_id: int,
    norm: str,
    at: str,
    origin: str = "machine",
) -> int:
    """Store a new excerpt and its normalised quote ``norm``; returns its id. ``origin``
    ``analyst`` marks evidence added by hand."""
    return insert_many(store, [(finding, norm)], document_id=document_id, at=at, origin=origin)[0]


def insert_many(
    store: Store,
    found: Sequence[tuple[Finding, str]],
    *,
    document_id: int,
    at: str,
    origin: str = "machine",
) -> list[int]:
    """Store new excerpts of one document with their normalised quotes ``(finding,
    norm)``, in order, two statements for them all; returns their ids. Each gets the id
    SQLite would give it one at a time (one above the largest held: the table has no
    ``AUTOINCREMENT``), set here so their quotes' keys can be written with them."""
    if not found:
        return []
    first = int(store.conn.execute("SELECT coalesce(max(id), 0) FROM excerpts").fetchone()[0])
    ids = list(range(first + 1, first + 1 + len(found)))
    rows = []
    for new_id, (finding, _norm) in zip(ids, found, strict=True):
        row = _finding_row(finding)
        row.update(id=new_id, document_id=document_id, recorded_at=at, origin=origin)
        rows.append(row)
    columns = list(rows[0])
    store.conn.executemany(
        f"INSERT INTO excerpts ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [[row[c] for c in columns] for row in rows],
    )
    store.conn.executemany(
        "INSERT OR REPLACE INTO excerpt_keys (excerpt_id, document_id, norm) VALUES (?, ?, ?)",
        [(new_id, document_id, norm) for new_id, (_f, norm) in zip(ids, found, strict=True)],
    )
    return ids


def refind(store: Store, excerpt_id: int, finding: Finding) -> bool:
    """An excerpt found again at the same span: take the finding's other fields; whether
    one of them changed (a row read the same is not written)."""
    row = _finding_row(finding)
    values = [row[k] for k in _FINDING_FIELDS]
    columns = ", ".join(f"[{k}] = ?" for k in _FINDING_FIELDS)
    same = " AND ".join(f"[{k}] IS ?" for k in _FINDING_FIELDS)
    sql = f"UPDATE excerpts SET {columns} WHERE id = ? AND NOT ({same})"
    return store.conn.execute(sql, [*values, excerpt_id, *values]).rowcount > 0


def remove(store: Store, excerpt_ids: Sequence[int]) -> list[int]:
    """Delete excerpts; returns the ids of other excerpts that pointed at them as their
    original (now pointing at nothing)."""
    orphaned: list[int] = []
    for chunk in chunked(excerpt_ids):
        marks = ",".join("?" * len(chunk))
        orphaned += [
            int(r["id"])
            for r in store.db.query(
                f"SELECT id FROM excerpts WHERE duplicate_of IN ({marks})", chunk
            )
        ]
        store.conn.execute(
            f"UPDATE excerpts SET duplicate_of = NULL WHERE duplicate_of IN ({marks})", chunk
        )
        store.conn.execute(f"DELETE FROM excerpts WHERE id IN ({marks})", chunk)
    gone = set(excerpt_ids)
    return [i for i in orphaned if i not in gone]


def tracks_of_documents(store: Store, document_ids: Sequence[int]) -> set[str]:
    """The tracks that hold evidence from any of ``document_ids``."""
    out: set[str] = set()
    for chunk in chunked(document_ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT DISTINCT track_id FROM excerpts WHERE document_id IN ({marks})"
        out.update(str(r["track_id"]) for r in store.db.query(sql, chunk))
    return out


def quote_keys(store: Store) -> list[tuple[int, int, str]]:
    """``(excerpt id, document id, normalised quote)`` of every excerpt."""
    sql = "SELECT excerpt_id, document_id, norm FROM excerpt_keys"
    # A plain cursor: the whole table is read after every import (no dict per row).
    return [(int(e), int(d), str(n)) for e, d, n in store.conn.execute(sql)]


def tracks_and_originals(
    store: Store, excerpt_ids: Iterable[int]
) -> dict[int, tuple[str, int | None]]:
    """``{excerpt id: (its track, the excerpt it repeats)}`` of the known ``excerpt_ids``."""
    out: dict[int, tuple[str, int | None]] = {}
    for chunk in chunked(sorted(set(excerpt_ids))):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, track_id, duplicate_of FROM excerpts WHERE id IN ({marks})"
        for excerpt_id, track, original in store.conn.execute(sql, chunk):
            out[int(excerpt_id)] = (str(track), None if original is None else int(original))
    return out


def set_originals(store: Store, originals: dict[int, int | None]) -> None:
    """Set the excerpt each excerpt repeats ``{excerpt id: original or None}``."""
    store.conn.executemany(
        "UPDATE excerpts SET duplicate_of = ? WHERE id = ?",
        [(original, excerpt_id) for excerpt_id, original in originals.items()],
    )


def set_credibility(store: Store, grades: dict[int, int]) -> None:
    """Set the credibility grade of each excerpt ``{excerpt id: grade}``."""
    store.conn.executemany(
        "UPDATE excerpts SET credibility = ? WHERE id = ?",
        [(grade, excerpt_id) for excerpt_id, grade in grades.items()],
    )


def latest_event_date(store: Store, track_id: str) -> date | None:
    """The latest event date among a track's evidence."""
    sql = "SELECT max(event_date) AS latest FROM excerpts WHERE track_id = ?"
    value = next(iter(store.db.query(sql, [track_id])))["latest"]
    return date.fromisoformat(value) if value else None


def anchors(store: Store) -> Iterable[ExcerptAnchor]:
    """Every excerpt's anchor (span and quote selector), by document."""
    sql = (
        'SELECT id, document_id, start, "end", exact, prefix, suffix FROM excerpts '
        "ORDER BY document_id, id"
    )
    return [ExcerptAnchor.model_validate(r) for r in store.db.query(sql)]


def event_dates(store: Store, document_id: int) -> dict[int, str | None]:
    """``{excerpt id: event date}`` of one document's excerpts (dates as stored)."""
    sql = "SELECT id, event_date FROM excerpts WHERE document_id = ?"
    return {int(r["id"]): r["event_date"] for r in store.db.query(sql, [document_id])}


# --- what a briefing reads: ids first, the excerpts it prints by id ---------------------------


def copy_links(store: Store, track_id: str) -> list[tuple[int, int | None, int | None, int]]:
    """``(excerpt, near-identical to, its document copies, its document)`` of the track's
    excerpts that may copy another (marked near-identical to one, or in a document marked
    as a copy): bare ids, no text, so a
    briefing finds who copies a quote without building the track's copies."""
    sql = (
        "SELECT e.id, e.duplicate_of, d.duplicate_of, e.document_id "
        "FROM excerpts e JOIN documents d ON d.id = e.document_id "
        "WHERE e.track_id = ? AND (e.duplicate_of IS NOT NULL OR d.duplicate_of IS NOT NULL) "
        "ORDER BY e.id"
    )
    return [(int(a), b, c, int(d)) for a, b, c, d in store.conn.execute(sql, [track_id])]


def newest_ids(
    store: Store,
    track_id: str,
    *,
    among: Sequence[int] | None = None,
    stating: bool = False,
    limit: int,
    offset: int = 0,
) -> list[int]:
    """Ids of the track's excerpts, newest first by day (the event date, else the published
    date; undated last; by id on one day): those of ``among`` when given, only those stating a
    status (a signal, not context) when ``stating``; ``limit`` of them after ``offset``."""
    parts = ["e.track_id = ?"]
    params: list[Any] = [track_id]
    if among is not None:
        parts.append("e.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in among) + "]")
    if stating:
        parts.append("e.signal IS NOT NULL AND e.context = 0")
    sql = (
        "SELECT e.id FROM excerpts e JOIN documents d ON d.id = e.document_id "
        f"WHERE {' AND '.join(parts)} "
        f"ORDER BY {_DAY} IS NULL, {_DAY} DESC, e.id LIMIT ? OFFSET ?"
    )
    return [int(r[0]) for r in store.conn.execute(sql, [*params, limit, offset])]


def window_copies(
    store: Store,
    track_id: str,
    *,
    recorded_after: str | None,
    events_since: date | None,
    exclude: Sequence[int] = (),
) -> tuple[int, int]:
    """Of the window's excerpts less ``exclude`` (see ``window_summary``): how many copy
    another of the track, and how many of those state a status. A copy is near-identical
    to an excerpt of the track (``duplicate_of``) or has the same words (its normalised
    quote) as an excerpt of the track in the document its own document copies: counted
    by the database, none of them read."""
    condition, params = _window(recorded_after, events_since, exclude)
    row = store.conn.execute(
        "SELECT count(*), coalesce(sum(e.signal IS NOT NULL AND e.context = 0), 0) "
        "FROM excerpts e JOIN documents d ON d.id = e.document_id "
        f"WHERE e.track_id = ? AND {condition} AND ("
        " EXISTS (SELECT 1 FROM excerpts o WHERE o.id = e.duplicate_of"
        "  AND o.track_id = e.track_id AND o.id != e.id)"
        " OR (d.duplicate_of IS NOT NULL AND EXISTS ("
        "  SELECT 1 FROM excerpts o JOIN excerpt_keys ko ON ko.excerpt_id = o.id"
        "  JOIN excerpt_keys ke ON ke.excerpt_id = e.id"
        "  WHERE o.document_id = d.duplicate_of AND o.track_id = e.track_id"
        "  AND o.id != e.id AND ko.norm = ke.norm)))",
        [track_id, *params],
    ).fetchone()
    return int(row[0]), int(row[1])


def done_findings(
    store: Store, document_id: int, signals: Sequence[str], modalities: Sequence[str]
) -> list[tuple[str, int, str, str]]:
    """``(track id, start, exact, signal)`` of a document's excerpts with one of ``signals`` told in
    one of ``modalities``, in text order."""
    sig, mod = ",".join("?" * len(signals)), ",".join("?" * len(modalities))
    sql = (
        "SELECT track_id, start, exact, signal FROM excerpts WHERE document_id = ? "
        f"AND signal IN ({sig}) AND modality IN ({mod}) ORDER BY start, track_id"
    )
    rows = store.db.execute(sql, [document_id, *signals, *modalities]).fetchall()
    return [(str(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]


def dated_done_findings(
    store: Store, track_id: str, signals: Sequence[str], modalities: Sequence[str]
) -> list[tuple[int, str, date, str]]:
    """``(document id, exact, event day, signal)`` of a track's excerpts with one of ``signals`` told
    in one of ``modalities``, dated to the day by their own words (``date_basis`` stated),
    in documents whose date was printed or set by an analyst."""
    sig, mod = ",".join("?" * len(signals)), ",".join("?" * len(modalities))
    sql = (
        "SELECT e.document_id, e.exact, e.event_date, e.signal FROM excerpts e "
        "JOIN documents d ON d.id = e.document_id "
        f"WHERE e.track_id = ? AND e.signal IN ({sig}) AND e.modality IN ({mod}) "
        "AND e.event_date IS NOT NULL AND e.date_precision = 'day' AND e.date_basis = 'stated' "
        "AND d.published IS NOT NULL AND d.published_basis IN ('stated', 'analyst') "
        "ORDER BY e.document_id, e.start"
    )
    rows = store.db.execute(sql, [track_id, *signals, *modalities]).fetchall()
    return [(int(r[0]), str(r[1]), date.fromisoformat(str(r[2])), str(r[3])) for r in rows]
