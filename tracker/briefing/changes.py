"""A briefing's "what changed": status changes, analyst actions and new evidence in a
``Window`` — world events from a date (``--since``), records made after a moment
(``--new-since``, by default the last briefing), or both.

Status changes are the inferred history (what happened in the world, by event date);
analyst actions are read from the audit log (override applied, revoked, kept after
review, and undos of those) and told as plain sentences; new evidence is listed, or
counted when it is the first briefing or there is too much of it to read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.briefing.language import fmt_date, outlet_or_title, sentence, status_words
from tracker.briefing.model import Change
from tracker.domain.models import AuditEntry, Evidence, Track, Transition
from tracker.domain.times import day_of
from tracker.services.audit_log import entry as audit_entry
from tracker.services.audit_log import override_actions
from tracker.services.briefings import analyst_transitions_after, new_status_changes
from tracker.services.briefings import window_copies as count_window_copies
from tracker.services.database import Store
from tracker.services.judgements import describe_judgement, judgements_for_track
from tracker.services.overrides import get_override

if TYPE_CHECKING:
    from tracker.briefing.build import _Evidence

# New evidence listed item by item per track; beyond this it is counted.
EVIDENCE_LISTED = 8
# Status changes listed per track (the newest); the earlier ones are counted.
TRANSITIONS_LISTED = 10
_CATEGORY_ORDER = {"transition": 0, "override": 1, "judgement": 2, "evidence": 3}


@dataclass(frozen=True)
class Window:
    """What "what changed" covers: events on or after ``events_since`` and records made
    after ``recorded_after`` (either may be open); ``first`` when no briefing came before."""

    events_since: dt.date | None = None
    recorded_after: str | None = None
    first: bool = False

    def recorded(self, at: str) -> bool:
        return self.recorded_after is None or at > self.recorded_after

    def happened(self, day: dt.date | None) -> bool:
        return self.events_since is None or (day is not None and day >= self.events_since)

    def label(self) -> str:
        """``events since 20 Oct 2025, recorded since 22 Oct 2025 14:03 UTC`` and the like."""
        from tracker.briefing.build import since_label

        parts = []
        if self.events_since is not None:
            parts.append(f"events since {fmt_date(self.events_since)}")
        if self.recorded_after is not None:
            parts.append(f"recorded {since_label(self.recorded_after)}")
        return ", ".join(parts) or "everything on record"


def changes(store: Store, track: Track, window: Window, ev: _Evidence) -> list[Change]:
    """What changed on ``track`` in ``window``: status changes by event date, analyst
    actions by time, then new evidence by date."""
    out = [
        *_status_changes(store, track, window),
        *_analyst_actions(store, track, window),
        *_judgement_changes(store, track, window),
        *_evidence_changes(ev, window),
    ]
    return sorted(out, key=lambda c: (_CATEGORY_ORDER[c.category], *_when(c)))


def _when(c: Change) -> tuple[str, str]:
    return (c.day.isoformat() if c.day else "9999", c.at)


# --- status changes: the inferred history ---------------------------------------------------


def _status_changes(store: Store, track: Track, window: Window) -> list[Change]:
    """Inferred transitions in the window, the newest ``TRANSITIONS_LISTED`` of them, and a
    sentence counting the earlier ones. One that only re-records a transition already
    current at the record cut-off (every refresh rewrites the inferred history) is not
    news and is left out."""
    listed, (rest, first_day, last_at) = new_status_changes(
        store,
        track.id,
        after=window.recorded_after or "",
        events_since=window.events_since,
        newest=TRANSITIONS_LISTED,
    )
    out = [_transition_change(t) for t in listed]
    if rest and last_at is not None:
        changes = "status change is" if rest == 1 else "status changes are"
        since = f" (from {fmt_date(first_day)})" if first_day else ""
        text = sentence(
            f"{rest:,} earlier {changes} not listed{since}. "
            f"“tracker history {track.id}” lists every one"
        )
        out.append(Change(category="transition", at=last_at, day=first_day, summary=text))
    return out


def _transition_change(t: Transition) -> Change:
    day = fmt_date(t.event_date) if t.event_date else "an unknown date"
    new, old = status_words(t.status), status_words(t.from_status)
    text = (
        f"{old.capitalize()} to {new} on {day}"
        if t.from_status
        else f"First status: {new} on {day}"
    )
    if t.contested:
        text += "; the move is contested"
    return Change(category="transition", at=t.recorded_at, day=t.event_date, summary=sentence(text))


# --- analyst actions: from the audit log ----------------------------------------------------


def _analyst_actions(store: Store, track: Track, window: Window) -> list[Change]:
    manual: _Manual = {
        (t.recorded_at, str(t.origin)): t
        for t in analyst_transitions_after(store, track.id, window.recorded_after or "")
    }
    out: list[Change] = []
    for row in override_actions(store, track.id, after=window.recorded_after):
        day = day_of(row.at)
        if not window.happened(day):
            continue
        text = _action_sentence(store, row, manual)
        if text:
            out.append(Change(category="override", at=row.at, day=day, summary=text))
    return out


def _override_words(store: Store, override_id: Any) -> tuple[str, str, str]:
    """An override's status, analyst and day in words."""
    o = get_override(store, int(override_id))
    return status_words(o.status), o.analyst, fmt_date(day_of(o.created_at))


def _applied(store: Store, row: AuditEntry, p: dict[str, Any], manual: _Manual) -> str:
    moved = manual.get((row.at, "override"))
    was = f" (it was {status_words(moved.from_status)})" if moved and moved.from_status else ""
    text = sentence(f"Analyst {row.actor} set the status to {status_words(p['status'])}{was}")
    text += " " + sentence(f"Reason: {' '.join(str(p['reason']).split())}")
    if p.get("superseded"):
        old, who, day = _override_words(store, p["superseded"])
        text += " " + sentence(f"It replaces the override ({old}) {who} set on {day}")
    if p.get("review_by"):
        text += " " + sentence(f"Review by {fmt_date(dt.date.fromisoformat(p['review_by']))}")
    return text


def _revoked(store: Store, row: AuditEntry, p: dict[str, Any], manual: _Manual) -> str:
    status, who, day = _override_words(store, p["override"])
    text = sentence(f"Analyst {row.actor} revoked the override ({status}) {who} set on {day}")
    text += " " + sentence(f"Reason: {' '.join(str(p['reason']).split())}")
    return (
        text + " " + sentence(f"The status is {status_words(p.get('back_to'))} again, as inferred")
    )


def _kept(store: Store, row: AuditEntry, p: dict[str, Any], manual: _Manual) -> str:
    status, who, _day = _override_words(store, p["override"])
    return sentence(
        f"Analyst {row.actor} reviewed the override ({status}) {who} set and kept it: "
        f"{' '.join(str(p['note']).split())}"
    )


def _undone(store: Store, row: AuditEntry, p: dict[str, Any], manual: _Manual) -> str:
    undone = audit_entry(store, int(p["undoes"]))
    when = fmt_date(day_of(undone.at)) if undone else "an earlier day"
    action = p.get("action")
    if action == "override.apply":
        status, _who, _day = _override_words(store, p["ended"])
        text = f"Analyst {row.actor} undid the override ({status}) set on {when}"
        if p.get("restored"):
            back, who, _ = _override_words(store, p["restored"])
            return sentence(f"{text}; the override ({back}) {who} set before is in force again")
        reverted = manual.get((row.at, "revoke"))
        now = status_words(reverted.status) if reverted else "the inferred status"
        return sentence(f"{text}; the status is {now} again, as inferred")
    if action == "override.revoke":
        status, who, _day = _override_words(store, p["restored"])
        return sentence(
            f"Analyst {row.actor} undid the revoke of {when}: the override ({status}) {who} set is "
            "in force again"
        )
    return sentence(
        f"Analyst {row.actor} undid the review of {when}; the override awaits review again"
    )


_Manual = dict[tuple[str, str], Transition]
_SENTENCES: dict[str, Callable[[Store, AuditEntry, dict[str, Any], _Manual], str]] = {
    "override.apply": _applied,
    "override.revoke": _revoked,
    "override.ack": _kept,
    "undo": _undone,
}


def _action_sentence(store: Store, row: AuditEntry, manual: _Manual) -> str:
    return _SENTENCES[row.action](store, row, row.payload_data(), manual)


# --- new evidence ---------------------------------------------------------------------------


def _judgement_changes(store: Store, track: Track, window: Window) -> list[Change]:
    """Judgements on the track's evidence recorded in the window, naming the analyst."""
    return [
        Change(
            category="judgement",
            at=j.created_at,
            day=day_of(j.created_at),
            summary=sentence(
                f"Analyst {j.analyst} on excerpt {j.excerpt_id or '(no longer found)'}: "
                f"{describe_judgement(j)}" + (" (undone)" if j.ended_at else "")
            ),
        )
        for j in judgements_for_track(store, track.id)
        if window.recorded(j.created_at) and window.happened(day_of(j.created_at))
    ]


def _day(e: Evidence) -> dt.date | None:
    return e.event_date or e.published


def _where(e: Evidence) -> str:
    return f"{outlet_or_title(e.outlet, e.document_title)}, {fmt_date(e.published)}"


def _evidence_changes(ev: _Evidence, window: Window) -> list[Change]:
    """Excerpts in the window. A copy of another is named, not quoted again. A first
    briefing, or more than ``EVIDENCE_LISTED`` excerpts, is counted instead of listed
    (the newest are listed when it is only too many). Only the listed excerpts are read;
    the rest are counted by the database."""
    listed = (
        []
        if window.first
        else ev.keep(ev.record.window(window.recorded_after, window.events_since, EVIDENCE_LISTED))
    )
    out = [_evidence_item(ev, e) for e in listed]
    count = _count(ev, window, listed)
    if count is not None:
        out.append(count)
    return out


def _evidence_item(ev: _Evidence, e: Evidence) -> Change:
    root = ev.root_of(e)
    if root != e.id:
        original = ev.get(root)
        assert original is not None
        text = f"{_where(e)} carried the same words as {_where(original)}"
        return Change(category="evidence", at=e.recorded_at, day=_day(e), summary=sentence(text))
    if e.context:
        what = "context (about an earlier or different event)"
    elif e.signal:
        what = f"signal {status_words(e.signal)}"
        if e.modality != "asserted":
            what += f" ({e.modality})"
    else:
        what = "no status signal"
    return Change(
        category="evidence",
        at=e.recorded_at,
        day=_day(e),
        summary=sentence(f"New evidence from {_where(e)}: {what}"),
        quote=ev.quote(e.id),
    )


def _count(ev: _Evidence, window: Window, listed: Sequence[Evidence]) -> Change | None:
    """One sentence counting the excerpts of the window not listed (None: none are left)."""
    skip = [e.id for e in listed]
    size, docs, stating, last, first_day, last_day = ev.record.window_summary(
        window.recorded_after, window.events_since, skip
    )
    if not size or last is None:
        return None
    copies, copies_stating = count_window_copies(
        ev.record.store,
        ev.record.track_id,
        recorded_after=window.recorded_after,
        events_since=window.events_since,
        exclude=skip,
    )
    signals = stating - copies_stating
    excerpts = "excerpt" if size == 1 else "excerpts"
    articles = "article" if docs == 1 else "articles"
    folded = f", {copies} of them copies of another" if copies else ""
    if listed:
        head = f"{size} earlier {excerpts} from {docs} {articles}{folded} are not listed"
    elif window.recorded_after is None and window.events_since is None:
        head = (
            f"Everything on record is new to this briefing: {size} {excerpts} "
            f"from {docs} {articles}{folded}"
        )
    else:
        new = " new" if window.recorded_after is not None else ""
        about = (
            f" about events since {fmt_date(window.events_since)}"
            if window.events_since is not None
            else ""
        )
        head = f"{size}{new} {excerpts}{about} from {docs} {articles}{folded}"
    tail = f"{signals} of them state a status" if signals != 1 else "1 of them states a status"
    text = sentence(f"{head}; {tail}") + " The key evidence is quoted below."
    # Listed after the count: the excerpts counted are the earlier ones.
    day = first_day if listed else last_day
    return Change(category="evidence", at=last, day=day, summary=text)
