"""Tamper evidence: does the database still match what its audit log recorded?

Five witnesses, each naming what it finds:

- the **chain**: every audit row's hash and link to the row before it;
- the **head witness** file beside the database (``DB.head``): the log still holds the row
  it names, with the same hash (rows deleted from the end, or a re-hashed chain, do not);
- **briefings**: each exported briefing's certified head is still a row of the log;
- **state seals**: every sealed row (documents, excerpts, tracks, overrides, transitions,
  briefings, assessments, settings, the analysts' judgements, lexicon rules, review
  settings and review queue) has the seal the log's ``state.seal`` rows give it;
- **replay** (the full check): the judgements and lexicon rules the log's own records of
  them rebuild (``services.replay``) are the tables' rows.

On open the cheap part runs (chain, witness, briefings, the small tables' seals); a
finding not yet acknowledged puts the store in a read-only, flagged state. The analyst
acknowledges with ``tracker verify --acknowledge`` (or the window's banner): an audit row
lists what was acknowledged, the current state is sealed again, the witness moves on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel

from tracker.domain.errors import UsageError
from tracker.services.audit_actor import current_analyst
from tracker.services.replay import Difference, replay_differences
from tracker.storage import audit, briefings, seal, witness
from tracker.storage.db import Store

__all__ = [
    "Finding",
    "acknowledge",
    "check_head",
    "check_on_open",
    "findings",
]

_KIND_WORDS = {
    "document": "document",
    "excerpt": "excerpt",
    "track": "track",
    "override": "override",
    "transition": "history entry (transition)",
    "briefing": "briefing record",
    "assessment": "assessment",
    "setting": "setting",
    "judgement": "judgement",
    "lexicon_rule": "lexicon rule",
    "track_review": "review setting of track",
    "review_queue": "queued reading (excerpt/track)",
}
_HEX = re.compile(r"^[0-9a-f]{8,64}$")


class Finding(BaseModel):
    """One thing that does not match the audit log."""

    key: str  # stable: "chain:5:changed", "witness:truncated", "state:override:3:changed"
    area: str  # "chain", "witness", "briefing", "state", "judgement"
    text: str
    acknowledged: bool = False


def _chain(store: Store) -> tuple[list[Finding], audit.ChainReport]:
    report = audit.verify_chain(store)
    out = [Finding(key=p.key, area="chain", text=f"audit log: {p.text}") for p in report.problems]
    return out, report


def _witness(store: Store, report: audit.ChainReport) -> list[Finding]:
    if store.path is None:
        return []
    name = witness.witness_path(store.path).name
    try:
        seen = witness.read(store.path)
    except ValueError as exc:
        return [Finding(key="witness:unreadable", area="witness", text=str(exc))]
    if seen is None:
        # A database copied or moved without its witness is common and not an attack by
        # itself; ``verify`` notes it and the next write starts a new witness.
        return []
    if seen.seq > report.head_seq:
        return [
            Finding(
                key="witness:truncated",
                area="witness",
                text=f"the audit log ends at row {report.head_seq} but {name} records row "
                f"{seen.seq}: rows were deleted from its end",
            )
        ]
    if audit.hash_at(store, seen.seq) != seen.hash:
        return [
            Finding(
                key="witness:rewritten",
                area="witness",
                text=f"row {seen.seq} of the audit log no longer has the hash {name} "
                f"records ({seen.hash[:16]}…): the log was rewritten",
            )
        ]
    return []


def _briefings(store: Store) -> list[Finding]:
    out = []
    for row_id, head_hash in briefings.head_hashes(store):
        if audit.seq_of(store, str(head_hash)) is None:
            out.append(
                Finding(
                    key=f"briefing:{row_id}:head",
                    area="briefing",
                    text=f"briefing #{row_id} certified audit head {str(head_hash)[:16]}…, "
                    "which is no longer in the audit log: the log was rewritten",
                )
            )
    return out


def _state(store: Store, kinds: Iterable[str] | None) -> list[Finding]:
    if not seal.has_seals(store):
        return []
    out = []
    for found in seal.compare(store, kinds):
        kind, _, key = found.entity.partition(":")
        what = f"{_KIND_WORDS.get(kind, kind)} {key}"
        text = {
            "changed": f"{what} was changed outside the tracker (it differs from what the "
            "audit log sealed)",
            "inserted": f"{what} has no audit record (inserted outside the tracker)",
            "deleted": f"{what} was deleted outside the tracker (the audit log holds it)",
        }[found.problem]
        out.append(Finding(key=found.key, area="state", text=text))
    return out


def acknowledged_keys(store: Store) -> set[str]:
    """Finding keys an analyst acknowledged (from the log's acknowledgement rows)."""
    keys: set[str] = set()
    for payload in audit.payloads(store, seal.ACK_ACTION):
        found = payload.get("findings", [])
        if isinstance(found, list):
            keys.update(str(k) for k in found)
    return keys


def _replayed(differences: Iterable[Difference]) -> list[Finding]:
    return [Finding(key=f"replay:{d.key}", area="judgement", text=d.text) for d in differences]


def findings(
    store: Store, *, full: bool = True, replayed: Iterable[Difference] | None = None
) -> list[Finding]:
    """Everything that does not match the log (``full``: every sealed table and the replay
    of the judgements and rules, ``replayed`` when the caller has it; otherwise the small
    tables checked on open). Acknowledged findings are marked, not dropped. A sealed row's
    finding is never taken as acknowledged by an earlier acknowledgement: acknowledging
    seals the state again, so a row found changed since was changed since."""
    chain, report = _chain(store)
    found = [*chain, *_witness(store, report), *_briefings(store)]
    found += _state(store, None if full else seal.ON_OPEN)
    if full:
        found += _replayed(replay_differences(store)[1] if replayed is None else replayed)
    acked = acknowledged_keys(store)
    return [
        f.model_copy(update={"acknowledged": f.key in acked and not f.key.startswith("state:")})
        for f in found
    ]


def check_on_open(store: Store) -> list[str]:
    """Run the cheap checks; flag ``store`` read-only with the open findings' texts. A
    database from before seals gets its baseline seal here (when nothing is wrong)."""
    open_findings = [f.text for f in findings(store, full=False) if not f.acknowledged]
    if open_findings:
        store.flagged = open_findings
    elif not store.readonly:
        seal.baseline(store)
        if store.path is not None and not witness.exists(store.path):
            witness.record(store)
    return open_findings


def witness_note(store: Store) -> str | None:
    """A note when the database has no head witness beside it (copied or moved without
    it): the end of its audit log cannot be confirmed before the witness written now."""
    if store.path is None or witness.exists(store.path):
        return None
    name = witness.witness_path(store.path).name
    return f"note: no head witness ({name}) beside the database; the end of the audit log cannot be confirmed"


def acknowledge(store: Store, *, analyst: str | None = None) -> list[Finding]:
    """Record that the analyst has seen the findings: an audit row listing them, the
    current state sealed again, the witness moved to the new head. Returns what was
    acknowledged (nothing to acknowledge is a ``UsageError``)."""
    found = [f for f in findings(store) if not f.acknowledged]
    if not found:
        raise UsageError("there is nothing to acknowledge: the database verifies")
    actor = current_analyst(store, analyst)
    flagged, store.flagged = store.flagged, []
    try:
        with store.write():
            audit.append(
                store,
                actor=actor,
                action=seal.ACK_ACTION,
                entity="database",
                payload={"findings": [f.key for f in found], "texts": [f.text for f in found]},
            )
            seal.seal_kinds(store, seal.present(store))
    except BaseException:
        store.flagged = flagged
        raise
    return found


def check_head(store: Store, head: str) -> Finding | None:
    """Whether a head printed in a briefing (all 64 hex digits, or at least the first 8)
    is a row of this audit log; a finding when it is not."""
    value = head.strip().lower().rstrip("…").rstrip(".")
    if not _HEX.match(value):
        raise UsageError(f"--head: {head!r} is not an audit hash (hex digits, at least 8)")
    rows = audit.seqs_with_prefix(store, value)
    if value == audit.GENESIS[: len(value)] and not rows:
        return None
    if not rows:
        return Finding(
            key=f"head:{value}",
            area="witness",
            text=f"head {value[:16]}… is not in this audit log: the log was rewritten or "
            "truncated since it was printed (or it belongs to another database)",
        )
    return None
