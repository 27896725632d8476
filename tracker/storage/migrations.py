"""The schema, as a sequence of sqlite-utils migrations.

Never edit a migration that has shipped: add a new one at the end and bump
``SCHEMA_VERSION`` (stored in ``PRAGMA user_version``).
"""

from __future__ import annotations

import hashlib
import re

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("tracker")

SCHEMA_VERSION = 11


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE tracks (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            actors TEXT NOT NULL DEFAULT '[]',
            keywords TEXT NOT NULL DEFAULT '[]',
            context_terms TEXT NOT NULL DEFAULT '[]',
            min_actors INTEGER NOT NULL DEFAULT 2,
            next_event TEXT,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            outlet TEXT,
            outlet_basis TEXT NOT NULL DEFAULT 'unknown',
            byline TEXT,
            url TEXT,
            published TEXT,
            published_basis TEXT NOT NULL DEFAULT 'unknown',
            published_note TEXT,
            reliability TEXT NOT NULL DEFAULT 'F',
            reliability_basis TEXT NOT NULL DEFAULT 'unknown',
            source_path TEXT,
            media_type TEXT NOT NULL DEFAULT 'text/plain',
            encoding TEXT NOT NULL DEFAULT 'utf-8',
            raw_text TEXT NOT NULL,
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            chars INTEGER NOT NULL,
            duplicate_of INTEGER REFERENCES documents(id),
            ingested_at TEXT NOT NULL
        );

        CREATE TABLE excerpts (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            track_id TEXT NOT NULL REFERENCES tracks(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            signal TEXT,
            cue TEXT,
            modality TEXT NOT NULL DEFAULT 'asserted',
            speaker TEXT,
            event_date TEXT,
            date_precision TEXT,
            date_basis TEXT NOT NULL DEFAULT 'unknown',
            cameo TEXT,
            plover TEXT,
            context INTEGER NOT NULL DEFAULT 0,
            credibility INTEGER NOT NULL DEFAULT 6,
            duplicate_of INTEGER REFERENCES excerpts(id) ON DELETE SET NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX idx_excerpts_track ON excerpts(track_id, event_date);
        CREATE INDEX idx_excerpts_document ON excerpts(document_id);

        -- One row per recomputation that changed a track's inferred verdict; the newest
        -- row is the current one, older rows answer "what did we show at time T".
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            track_id TEXT NOT NULL REFERENCES tracks(id),
            recorded_at TEXT NOT NULL,
            status TEXT,
            as_of TEXT,
            confidence TEXT NOT NULL,
            contested INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL
        );
        CREATE INDEX idx_assessments_track ON assessments(track_id, recorded_at);

        CREATE TABLE transitions (
            id INTEGER PRIMARY KEY,
            track_id TEXT NOT NULL REFERENCES tracks(id),
            status TEXT NOT NULL,
            from_status TEXT,
            event_date TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('inferred', 'override', 'revoke')),
            evidence_ids TEXT NOT NULL DEFAULT '[]',
            rationale TEXT NOT NULL DEFAULT '',
            analyst TEXT,
            recorded_at TEXT NOT NULL,
            superseded_at TEXT,
            contested INTEGER NOT NULL DEFAULT 0,
            override_id INTEGER REFERENCES overrides(id)
        );
        CREATE INDEX idx_transitions_track ON transitions(track_id, event_date);

        CREATE TABLE overrides (
            id INTEGER PRIMARY KEY,
            track_id TEXT NOT NULL REFERENCES tracks(id),
            status TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            analyst TEXT NOT NULL,
            likelihood TEXT,
            confidence TEXT,
            review_by TEXT,
            evidence_ids TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            in_view_of TEXT,
            ended_at TEXT,
            ended_action TEXT,
            ended_reason TEXT,
            acknowledged_at TEXT,
            ack_note TEXT
        );
        CREATE UNIQUE INDEX idx_one_active_override ON overrides(track_id) WHERE ended_at IS NULL;

        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

        CREATE TABLE briefings (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT,
            tracks TEXT NOT NULL DEFAULT '[]',
            since TEXT,
            head_hash TEXT
        );

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )
    db.table("documents").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db.table("excerpts").enable_fts(["exact"], create_triggers=True, tokenize="porter")


@migrations()
def m002_record_time_indexes(db: Database) -> None:
    """Indexes for "what changed since" queries (briefings, review flags, --known-at)."""
    db.executescript(
        """
        CREATE INDEX idx_excerpts_recorded ON excerpts(track_id, recorded_at);
        CREATE INDEX idx_transitions_recorded ON transitions(track_id, recorded_at);
        CREATE INDEX idx_overrides_created ON overrides(track_id, created_at);
        CREATE INDEX idx_audit_action ON audit_log(action);
        """
    )


@migrations()
def m003_incremental_analysis(db: Database) -> None:
    """What lets ``analysis.refresh`` look only at what changed: a queue of work left by
    imports and edits, sampled shingles of each document (candidates for copies and
    undated documents' dates) and each excerpt's normalised quote (near-duplicates).

    The backfill uses the normalisation and sketch of schema 3, frozen below, so this
    migration writes the same rows whatever later versions of the extraction code do."""
    db.executescript(
        """
        CREATE TABLE analysis_queue (
            kind TEXT NOT NULL CHECK (kind IN ('document', 'excerpt', 'track')),
            item TEXT NOT NULL,
            PRIMARY KEY (kind, item)
        ) WITHOUT ROWID;
        CREATE TABLE document_sketches (
            hash INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (hash, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX idx_document_sketches_document ON document_sketches(document_id);
        CREATE TABLE excerpt_keys (
            excerpt_id INTEGER PRIMARY KEY REFERENCES excerpts(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL,
            norm TEXT NOT NULL
        );
        """
    )
    conn = db.conn
    # Work an interrupted import left (schema 2 flagged it for a full recomputation).
    conn.execute(
        "INSERT INTO analysis_queue (kind, item) SELECT 'track', id FROM tracks "
        "WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'analysis_pending' AND value = '1')"
    )
    for doc_id, text in conn.execute("SELECT id, text FROM documents ORDER BY id").fetchall():
        conn.executemany(
            "INSERT OR IGNORE INTO document_sketches (hash, document_id) VALUES (?, ?)",
            [(h, doc_id) for h in _m003_sketch(text)],
        )
    conn.executemany(
        "INSERT INTO excerpt_keys (excerpt_id, document_id, norm) VALUES (?, ?, ?)",
        [
            (eid, did, _m003_normalize(exact))
            for eid, did, exact in conn.execute(
                "SELECT id, document_id, exact FROM excerpts ORDER BY id"
            ).fetchall()
        ],
    )


@migrations()
def m004_track_parties_places(db: Database) -> None:
    """Tracks name their parties (countries, organisations) and places (venues)."""
    db.executescript(
        """
        ALTER TABLE tracks ADD COLUMN parties TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE tracks ADD COLUMN places TEXT NOT NULL DEFAULT '[]';
        """
    )
    # The shipped summit track names its parties and venue from now on (values frozen here;
    # an analyst's edited track keeps what the analyst gave it).
    db.conn.execute(
        "UPDATE tracks SET parties = ?, places = ?, keywords = ? "
        "WHERE id = 'trump-putin-summit' AND keywords = ?",
        (
            '["United States", "Russia"]',
            '["Budapest", "Hungary"]',
            '["summit", "meeting", "meet", "talks", "face-to-face"]',
            '["summit", "meeting", "meet", "Budapest", "Hungary", "talks", "face-to-face"]',
        ),
    )


@migrations()
def m005_exact_search(db: Database) -> None:
    """Unstemmed full-text indexes beside the stemmed ones: a quoted phrase is matched word
    for word ("postponement" is not "postponed") and a prefix (negotiat*) finds the words
    that start with it, which the Porter stems cannot do."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE excerpts_exact USING fts5(
            exact, content='excerpts', content_rowid='id', tokenize='unicode61'
        );
        CREATE TRIGGER excerpts_exact_ai AFTER INSERT ON excerpts BEGIN
            INSERT INTO excerpts_exact (rowid, exact) VALUES (new.id, new.exact);
        END;
        CREATE TRIGGER excerpts_exact_ad AFTER DELETE ON excerpts BEGIN
            INSERT INTO excerpts_exact (excerpts_exact, rowid, exact)
            VALUES ('delete', old.id, old.exact);
        END;
        CREATE TRIGGER excerpts_exact_au AFTER UPDATE OF exact ON excerpts BEGIN
            INSERT INTO excerpts_exact (excerpts_exact, rowid, exact)
            VALUES ('delete', old.id, old.exact);
            INSERT INTO excerpts_exact (rowid, exact) VALUES (new.id, new.exact);
        END;
        INSERT INTO excerpts_exact (excerpts_exact) VALUES ('rebuild');

        CREATE VIRTUAL TABLE documents_exact USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='unicode61'
        );
        CREATE TRIGGER documents_exact_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_exact (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_exact_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_exact (documents_exact, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_exact_au AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_exact (documents_exact, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_exact (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        INSERT INTO documents_exact (documents_exact) VALUES ('rebuild');
        """
    )


@migrations()
def m006_briefing_events_since(db: Database) -> None:
    """A briefing records both of its cut-offs: ``since`` (records made after a moment,
    as before) and ``events_since`` (world events from a date on)."""
    db.executescript("ALTER TABLE briefings ADD COLUMN events_since TEXT;")


@migrations()
def m007_judgements(db: Database) -> None:
    """The analyst's hand: judgements on excerpts (anchored by quote, linked to the excerpt
    they apply to now), evidence added by hand (``excerpts.origin = 'analyst'``), lexicon
    rules taught to the tracker, per-track review settings and the review queue."""
    db.executescript(
        """
        ALTER TABLE excerpts ADD COLUMN origin TEXT NOT NULL DEFAULT 'machine'
            CHECK (origin IN ('machine', 'analyst'));

        CREATE TABLE judgements (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'judge' CHECK (kind IN ('judge', 'add')),
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            track_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            excerpt_id INTEGER REFERENCES excerpts(id) ON DELETE SET NULL,
            verdict TEXT CHECK (verdict IN ('confirmed', 'rejected')),
            reason TEXT CHECK (reason IN ('not_about_track', 'not_evidence', 'boilerplate')),
            signal TEXT,
            modality TEXT,
            event_date TEXT,
            date_precision TEXT,
            tracks TEXT,
            note TEXT,
            analyst TEXT NOT NULL,
            created_at TEXT NOT NULL,
            ended_at TEXT,
            ended_action TEXT
        );
        CREATE INDEX idx_judgements_document ON judgements(document_id, track_id);
        CREATE INDEX idx_judgements_excerpt ON judgements(excerpt_id);

        CREATE TABLE lexicon_rules (
            id INTEGER PRIMARY KEY,
            phrase TEXT NOT NULL CHECK (length(trim(phrase)) > 0),
            effect TEXT NOT NULL CHECK (effect IN ('signal', 'not_cue', 'modality')),
            signal TEXT,
            modality TEXT,
            kinds TEXT NOT NULL DEFAULT '[]',
            note TEXT,
            excerpt_id INTEGER,
            analyst TEXT NOT NULL,
            created_at TEXT NOT NULL,
            removed_at TEXT
        );

        CREATE TABLE track_review (
            track_id TEXT PRIMARY KEY REFERENCES tracks(id),
            mode TEXT NOT NULL CHECK (mode IN ('apply', 'hold')),
            since TEXT NOT NULL
        );

        CREATE TABLE review_queue (
            excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
            track_id TEXT NOT NULL,
            why TEXT NOT NULL,
            held INTEGER NOT NULL DEFAULT 0,
            queued_at TEXT NOT NULL,
            PRIMARY KEY (excerpt_id, track_id)
        );
        """
    )


@migrations()
def m008_seen_marks(db: Database) -> None:
    """What each analyst has seen ("since you last looked"): per analyst and scope (a
    track, or the documents) the record time seen up to and the status seen then. View
    state, not a fact about the world: not audited. Indexes for new-document queries and
    for paging the document list by its columns."""
    db.executescript(
        """
        CREATE TABLE seen_marks (
            analyst TEXT NOT NULL,
            scope TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            status TEXT,
            PRIMARY KEY (analyst, scope)
        ) WITHOUT ROWID;
        CREATE INDEX idx_documents_ingested ON documents(ingested_at);
        CREATE INDEX idx_documents_published ON documents(published);
        CREATE INDEX idx_documents_outlet ON documents(outlet COLLATE NOCASE);
        CREATE INDEX idx_documents_title ON documents(title COLLATE NOCASE);
        """
    )


@migrations()
def m009_index_updates_of_indexed_columns(db: Database) -> None:
    """The stemmed full-text indexes re-index a row only when a column they index changes,
    as the unstemmed ones (schema 5) always did: grading sets every excerpt's credibility
    and copy detection a document's ``duplicate_of``, and each such update wrote the
    excerpt's quote (or the whole article) out of the index and into it again, unchanged."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS documents_au;
        CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        DROP TRIGGER IF EXISTS excerpts_au;
        CREATE TRIGGER excerpts_au AFTER UPDATE OF exact ON excerpts BEGIN
            INSERT INTO excerpts_fts (excerpts_fts, rowid, exact)
            VALUES ('delete', old.rowid, old.exact);
            INSERT INTO excerpts_fts (rowid, exact) VALUES (new.rowid, new.exact);
        END;
        """
    )


@migrations()
def m010_index_what_the_recomputation_filters_on(db: Database) -> None:
    """Indexes for what the recomputation after an import looks up: the documents by how
    their date is known (the undated ones are dated again after every import, the years of
    datelines without one settled by the documents dated in full) instead of a scan of
    every document's row; and the excerpts that repeat another (``duplicate_of``: the
    copies of an excerpt moved to another track, and the repeats a removed excerpt leaves
    pointing at nothing, which SQLite also looks for on each delete) instead of a scan of
    every excerpt. Few excerpts repeat another in most records: the index holds those."""
    db.executescript(
        """
        CREATE INDEX idx_documents_basis ON documents(published_basis, published);
        CREATE INDEX idx_excerpts_duplicate ON excerpts(duplicate_of)
            WHERE duplicate_of IS NOT NULL;
        """
    )


@migrations()
def m011_excerpt_rule(db: Database) -> None:
    """The reading rule that read an excerpt's signal ("listed cue 'held talks' (held)",
    "clause verb: hold (past)"). Excerpts read before it was kept have none (NULL) until
    their documents are read again."""
    db.execute("ALTER TABLE excerpts ADD COLUMN rule TEXT")


# --- schema 3's text normalisation and document sketch, frozen (never edit) ---------------

_M003_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)?")
_M003_SHINGLE_WORDS = 5
_M003_SKETCH_SAMPLE = 8


def _m003_normalize(text: str) -> str:
    """Lower-case words only, single spaces, inner apostrophes straightened."""
    return " ".join(m.group(0).replace("\u2019", "'") for m in _M003_WORD.finditer(text.lower()))


def _m003_hash(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "big")


def _m003_sketch(text: str) -> list[int]:
    """1 in 8 hashed word 5-shingles of ``text``, as signed 64-bit integers, sorted."""
    tokens = _m003_normalize(text).split()
    size = _M003_SHINGLE_WORDS
    if len(tokens) < size:
        joined = " ".join(tokens)
        hashes = {_m003_hash(joined)} if joined else set()
    else:
        hashes = {_m003_hash(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1)}
    return sorted(
        h - (1 << 64) if h >= 1 << 63 else h for h in hashes if h % _M003_SKETCH_SAMPLE == 0
    )
