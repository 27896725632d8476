"""Teaching the tracker: the user lexicon (rules layered over ``resources/lexicon.json``),
shared between desks as a file, and re-reading every document with it.

Adding, removing or importing rules is audited (the payload holds the full rules) and
undoable; re-extraction applies the rules to every stored document, keeping excerpt ids
where the same words are read again and the analysts' judgements on them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from tracker.domain.errors import NotFoundError, UsageError, UserError
from tracker.domain.readings import RULE_MODALITIES, LexiconRule
from tracker.domain.vocabulary import TrackKind, parse_kind
from tracker.extract.lexicon import compile_cue, load_lexicon
from tracker.extract.reach import phrase_may_occur
from tracker.services.assessments import pending_tracks, refresh
from tracker.services.audit_actor import current_analyst
from tracker.services.evidence import reading_is_current, record_full_reading, reextract_document
from tracker.services.lexicon_rules import active_rules, effective_lexicon
from tracker.storage import audit, excerpts
from tracker.storage import documents as document_rows
from tracker.storage import lexicon_rules as rule_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store

FILE_FORMAT = "diplomatic-status-tracker/lexicon-rules"
FILE_VERSION = 1
MAX_PHRASE = 200
# progress(done, total, label)
Progress = Callable[[int, int, str], object]


class ReextractReport(BaseModel):
    """What re-reading every document changed."""

    documents: int = Field(description="the documents in the database")
    read: int | None = Field(
        default=None,
        description="the documents read again: every one, or only those where a rule's phrase"
        " can match (the others cannot read otherwise)",
    )
    added: int = Field(description="excerpts read now that were not before")
    removed: int = Field(description="excerpts no longer read")
    changed: int = Field(description="excerpts read again with another signal, modality or date")
    tracks: list[str] = Field(description="tracks whose assessment changed")


class RuleChange(BaseModel):
    """A rule added or removed, and what re-reading the documents changed (if it ran)."""

    rules: list[LexiconRule]
    reextract: ReextractReport | None = None


class ImportReport(BaseModel):
    added: list[LexiconRule]
    skipped: int  # rules the database holds already
    reextract: ReextractReport | None = None


def list_rules(store: Store, *, include_removed: bool = False) -> list[LexiconRule]:
    """The analysts' rules (in force, or every one ever made), oldest first."""
    return rule_rows.all_rows(store) if include_removed else active_rules(store)


def _kinds(values: Sequence[str]) -> list[TrackKind]:
    out: list[TrackKind] = []
    for value in values:
        try:
            kind = parse_kind(value)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if kind not in out:
            out.append(kind)
    return out


def _phrase(value: str) -> str:
    phrase = " ".join(value.split())
    if len(phrase) < 3:
        raise UsageError("a rule needs a phrase of at least three characters")
    if len(phrase) > MAX_PHRASE:
        raise UsageError(f"the phrase is too long ({len(phrase)} characters; at most {MAX_PHRASE})")
    try:
        compile_cue(phrase)
    except re.error as exc:
        raise UsageError(f"the phrase is not a valid cue ({exc})") from None
    return phrase


def make_rule(
    *,
    phrase: str,
    signal: str | None = None,
    modality: str | None = None,
    not_cue: bool = False,
    kinds: Sequence[str] = (),
    note: str | None = None,
    excerpt_id: int | None = None,
    analyst: str = "",
    created_at: str = "",
) -> LexiconRule:
    """A rule from what an analyst typed, checked (not stored)."""
    chosen = [x for x in (signal is not None, modality is not None, not_cue) if x]
    if len(chosen) != 1:
        raise UsageError("a rule does one thing: --signal S, --modality M or --not-a-cue")
    effect = "signal" if signal is not None else "modality" if modality is not None else "not_cue"
    name: str | None = None
    if signal is not None:
        name = re.sub(r"[\s\-]+", "_", signal.strip().lower())
        if not load_lexicon().has_signal(name):
            names = ", ".join(load_lexicon().signal_names())
            raise UsageError(f"{signal!r} is not a signal; use one of: {names}")
    if modality is not None and modality not in RULE_MODALITIES:
        raise UsageError(
            f"{modality!r} is not a modality cue; use one of: {', '.join(RULE_MODALITIES)}"
        )
    if kinds and effect != "signal":
        raise UsageError("only a signal rule can be limited to kinds of track")
    return LexiconRule.model_validate(
        {
            "phrase": _phrase(phrase),
            "effect": effect,
            "signal": name,
            "modality": modality,
            "kinds": _kinds(kinds),
            "note": " ".join((note or "").split()) or None,
            "excerpt_id": excerpt_id,
            "analyst": analyst,
            "created_at": created_at,
        }
    )


def _check_excerpt(store: Store, rule: LexiconRule) -> None:
    if rule.excerpt_id is None:
        return
    found = excerpts.get(store, rule.excerpt_id)
    if found is None:
        raise NotFoundError(f"no excerpt {rule.excerpt_id}")
    if (
        compile_cue(rule.phrase).search(found.exact.replace("\u201c", '"').replace("\u201d", '"'))
        is None
    ):
        raise UserError(
            f"“{rule.phrase}” does not occur in excerpt {rule.excerpt_id}; a rule taught from "
            "an excerpt must match its words"
        )


def _duplicate(store: Store, rule: LexiconRule) -> LexiconRule | None:
    return next((r for r in active_rules(store) if r.key() == rule.key()), None)


def add_rule(
    store: Store,
    rule: LexiconRule,
    *,
    analyst: str | None = None,
    reextract: bool = True,
    progress: Progress | None = None,
) -> RuleChange:
    """Store a rule (audited) and, unless ``reextract`` is false, read every document again
    with it."""
    _check_excerpt(store, rule)
    same = _duplicate(store, rule)
    if same is not None:
        raise UserError(f"rule {same.id} says that already: {same.describe()}")
    actor = current_analyst(store, analyst)
    current = reading_is_current(store)
    with store.write():
        at = store.now()
        stored = rule.model_copy(update={"analyst": actor, "created_at": at, "removed_at": None})
        stored.id = rule_rows.insert(store, stored)
        effective_lexicon(store).compile()  # refuses a rule the lexicon cannot take, before commit
        audit.append(
            store,
            actor=actor,
            action="lexicon.add",
            entity=f"lexicon:{stored.id}",
            at=at,
            payload={"rule": stored.model_dump(mode="json")},
        )
    report = (
        reextract_all(store, actor=actor, progress=progress, phrases=_if(current, [stored]))
        if reextract
        else None
    )
    return RuleChange(rules=[stored], reextract=report)


def remove_rule(
    store: Store,
    rule_id: int,
    *,
    analyst: str | None = None,
    reextract: bool = True,
    progress: Progress | None = None,
) -> RuleChange:
    """Take a rule out of the lexicon (its row is kept; undo brings it back)."""
    rule = rule_rows.get(store, rule_id)
    if rule is None or rule.removed_at is not None:
        raise NotFoundError(f"no rule {rule_id} in force (tracker lexicon list)")
    actor = current_analyst(store, analyst)
    current = reading_is_current(store)
    with store.write():
        at = store.now()
        rule_rows.set_removed(store, rule_id, at)
        audit.append(
            store,
            actor=actor,
            action="lexicon.remove",
            entity=f"lexicon:{rule_id}",
            at=at,
            payload={"rule": rule.model_dump(mode="json"), "removed_at": at},
        )
    report = (
        reextract_all(store, actor=actor, progress=progress, phrases=_if(current, [rule]))
        if reextract
        else None
    )
    return RuleChange(rules=[rule.model_copy(update={"removed_at": at})], reextract=report)


# --- sharing rules as a file ------------------------------------------------------------------

_SHARED = ("phrase", "effect", "signal", "modality", "kinds", "note", "analyst", "created_at")


def export_rules(store: Store, path: Path) -> Path:
    """Write the rules in force to a JSON file (atomically) another desk can import."""
    rules = [r.model_dump(mode="json", include=set(_SHARED)) for r in active_rules(store)]
    body = {"format": FILE_FORMAT, "version": FILE_VERSION, "rules": rules}
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / "lexicon-rules.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".rules-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _read_rules_file(path: Path) -> tuple[list[dict[str, Any]], str]:
    source = Path(path).expanduser()
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(f"{source} is not a rules file (not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise UserError(f"{source} is not a rules file exported by the tracker")
    if data.get("version") != FILE_VERSION:
        raise UserError(
            f"{source} is a rules file of version {data.get('version')}; this tracker reads version {FILE_VERSION}"
        )
    rules = data.get("rules")
    if not isinstance(rules, list):
        raise UserError(f"{source} holds no list of rules")
    return rules, hashlib.sha256(raw).hexdigest()


def _imported(item: object, number: int) -> LexiconRule:
    if not isinstance(item, dict):
        raise UserError(f"rule {number} of the file is not an object")
    try:
        return make_rule(
            phrase=str(item.get("phrase", "")),
            signal=item.get("signal") if item.get("effect", "signal") == "signal" else None,
            modality=item.get("modality") if item.get("effect") == "modality" else None,
            not_cue=item.get("effect") == "not_cue",
            kinds=[str(k) for k in item.get("kinds") or []],
            note=item.get("note"),
        )
    except (UserError, ValidationError) as exc:
        raise UserError(f"rule {number} of the file: {exc}") from None


def import_rules(
    store: Store,
    path: Path,
    *,
    analyst: str | None = None,
    reextract: bool = True,
    progress: Progress | None = None,
) -> ImportReport:
    """Add the rules of a file another desk exported (all or none); rules the database
    holds already are skipped. Audited as one undoable ``lexicon.import``."""
    items, digest = _read_rules_file(path)
    parsed = [_imported(item, n) for n, item in enumerate(items, start=1)]
    known = {r.key() for r in active_rules(store)}
    fresh: list[LexiconRule] = []
    for rule in parsed:
        if rule.key() not in known:
            known.add(rule.key())
            fresh.append(rule)
    actor = current_analyst(store, analyst)
    if not fresh:
        return ImportReport(added=[], skipped=len(parsed))
    current = reading_is_current(store)
    with store.write():
        at = store.now()
        added = []
        for rule in fresh:
            stored = rule.model_copy(update={"analyst": actor, "created_at": at})
            stored.id = rule_rows.insert(store, stored)
            added.append(stored)
        effective_lexicon(store).compile()
        audit.append(
            store,
            actor=actor,
            action="lexicon.import",
            entity=f"file:{Path(path).name}",
            at=at,
            payload={
                "rules": [r.model_dump(mode="json") for r in added],
                "skipped": len(parsed) - len(added),
                "sha256": digest,
            },
        )
    report = (
        reextract_all(store, actor=actor, progress=progress, phrases=_if(current, added))
        if reextract
        else None
    )
    return ImportReport(added=added, skipped=len(parsed) - len(added), reextract=report)


def _if(current: bool, rules: Sequence[LexiconRule]) -> list[str] | None:
    """The rules' phrases, when the stored reading was current before they changed (only
    the documents where one can match then need reading); None: read every document."""
    return [rule.phrase for rule in rules] if current else None


# --- re-reading every document ----------------------------------------------------------------


def _readings(store: Store) -> dict[tuple[int, str, int, int], tuple[Any, ...]]:
    rows = store.db.query(
        'SELECT document_id, track_id, start, "end", signal, modality, event_date, '
        "date_precision FROM excerpts WHERE origin = 'machine'"
    )
    return {
        (r["document_id"], r["track_id"], r["start"], r["end"]): (
            r["signal"],
            r["modality"],
            r["event_date"],
            r["date_precision"],
        )
        for r in rows
    }


def reextract_all(
    store: Store,
    *,
    actor: str | None = None,
    progress: Progress | None = None,
    phrases: Sequence[str] | None = None,
) -> ReextractReport:
    """Read every stored document again with the lexicon in force (one transaction), then
    recompute every track; returns what changed. ``phrases``: the phrases of the rules just
    added or taken out, when the stored reading was the lexicon's before the change: only
    the documents where one of them can match are read (``extract.reach.phrase_may_occur``),
    since a rule acts only where its phrase matches, and only the tracks whose evidence
    that reading changed are recomputed."""
    tell = progress or (lambda done, total, label: None)
    before = _readings(store)
    tracks = track_rows.list_tracks(store)
    every = document_rows.ids(store)
    ids = every
    if phrases is not None:
        ids = [d for d, text in document_rows.all_texts(store) if phrase_may_occur(phrases, text)]
    lexicon = effective_lexicon(store)
    with store.write():
        for done, doc_id in enumerate(ids, start=1):
            tell(done, len(ids) + 1, f"document {doc_id}")
            reextract_document(store, doc_id, tracks, lexicon)
        record_full_reading(store)
    after = _readings(store)
    tell(len(ids), len(ids) + 1, "statuses")
    # Where only the documents a phrase can match were read, only the tracks whose evidence
    # that changed (queued by the reading) are recomputed: inference reads no analyst rule.
    changed_tracks = refresh(
        store, actor=actor, track_ids=None if phrases is None else pending_tracks(store)
    )
    tell(len(ids) + 1, len(ids) + 1, "")
    return ReextractReport(
        documents=len(every),
        read=len(ids),
        added=len(after.keys() - before.keys()),
        removed=len(before.keys() - after.keys()),
        changed=sum(1 for k in after.keys() & before.keys() if after[k] != before[k]),
        tracks=changed_tracks,
    )


def undo_rule_action(
    store: Store, action: str, payload: dict[str, Any], *, at: str
) -> dict[str, Any]:
    """The reverse of ``lexicon.add``/``remove``/``import`` (inside the undo); the caller
    reads the documents again."""
    if action == "lexicon.add":
        rule_id = int(payload["rule"]["id"])
        rule_rows.set_removed(store, rule_id, at)
        return {"removed": [rule_id]}
    if action == "lexicon.remove":
        rule_id = int(payload["rule"]["id"])
        rule_rows.set_removed(store, rule_id, None)
        return {"restored": [rule_id]}
    if action == "lexicon.import":
        ids = [int(r["id"]) for r in payload["rules"]]
        for rule_id in ids:
            rule_rows.set_removed(store, rule_id, at)
        return {"removed": ids}
    raise UserError(f"cannot undo {action}")


def redo_rule_action(
    store: Store, action: str, payload: dict[str, Any], *, at: str
) -> dict[str, Any]:
    """Make an undone ``lexicon.add``/``remove``/``import`` hold again (inside the redo);
    the caller reads the documents again."""
    if action == "lexicon.remove":
        rule_id = int(payload["rule"]["id"])
        rule_rows.set_removed(store, rule_id, at)
        return {"removed": [rule_id]}
    ids = [int(r["id"]) for r in payload.get("rules") or [payload["rule"]]]
    for rule_id in ids:
        rule_rows.set_removed(store, rule_id, None)
    return {"restored": ids}
