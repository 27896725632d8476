"""An act named again by a noun (``carried_by_the_act``): "Quispe made the announcement on
Friday", "The announcement came an hour after …", "The sudden about-face was posted on …",
"Mensah cited the protests as the reason for the move". The sentence refers back to the act
the sentence just before it told (a cancellation, a date set, a signing ahead), so it carries
that act's status and, when it dates nothing itself, the act's date; its cue names the sentence
it refers to.

Only the act told as made (the noun the subject of "came", "was posted", "was announced", or
the object of "made", "posted", "confirmed"), never a reaction to it ("blindsided by the
announcement", "in response to the announcement") nor a noun given its own content ("the
decision to impose tariffs", "the announcement of a new envoy").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tracker.domain.models import Finding, Sentence
from tracker.domain.vocabulary import TrackKind
from tracker.extract.acts import DONE_NOUN, HELD_UP_NOUN, HELD_UP_SIGNAL, named_again
from tracker.extract.lexicon import Lexicon
from tracker.extract.rulenames import act_named_again

_ACT_NOUN: Final = (
    r"(?:announcement|decision|move|about-face|about\s+face|u-turn|reversal|turnaround|"
    r"volte-face|climbdown)"
)
_OWNER: Final = r"(?:the|this|that|his|her|their|its|today's|[A-Z][\w'’.-]*['’]s?)"
# "The announcement, which Quispe made on X, came …", "The sudden about-face was posted …"
_NOUN_AS_SUBJECT: Final = re.compile(
    rf"^(?:[^,]{{0,60}},\s*)?{_OWNER}\s+(?:[\w'’-]+\s+){{0,2}}?{_ACT_NOUN}"
    r"(?:,\s*(?:which|in\s+which|made|posted|issued)\b[^,]{0,120},)?\s+"
    r"(?:came|comes|was\s+(?:made|posted|announced|confirmed|published|delivered|issued|"
    r"released|shared|revealed|unveiled)|follows|followed)\b",
    re.IGNORECASE,
)
# "Quispe made the announcement Friday on X", "Rivas confirmed the move", "the reason for
# the move" (not "the decision to …", "the announcement of …": a content of their own).
_NOUN_AS_OBJECT: Final = re.compile(
    r"\b(?:made|posted|issued|delivered|confirmed|shared|explained|defended|justified|"
    r"reason\s+for)\s+(?:the|this|that|his|her|their)\s+(?:[\w'’-]+\s+)?"
    rf"{_ACT_NOUN}\b(?!\s+(?:of|to|that|about|by)\b)",
    re.IGNORECASE,
)
_NOT_AN_ACT: Final = frozenset({"negated", "denied", "hypothetical"})
_REACH: Final = 2  # sentences back: the act told just before (a sentence may sit between)
# Sentences back for a process's act named again by its noun in a reaction ("welcomed the
# release"): the people freed, or the act's background, are often told between the act and
# the reaction.
_ACT_REACH: Final = 8
# The process's acts (``acts.py``) by the noun that names them again.
_PROCESS_ACTS: Final = {"step": DONE_NOUN, HELD_UP_SIGNAL: HELD_UP_NOUN}
_QUOTED_WORDS: Final = 8
_UNSAFE: Final = re.compile(r"[()\[\]|*\"“”]")


def act_named(sentence: str) -> str | None:
    """The phrase naming an act again by a noun ("made the announcement", "The sudden
    about-face was posted"), or None."""
    m = _NOUN_AS_SUBJECT.search(sentence) or _NOUN_AS_OBJECT.search(sentence)
    return " ".join(m.group(0).split()) if m else None


def _tells_an_act(f: Finding, kind: TrackKind | None, lexicon: Lexicon) -> bool:
    return (
        kind is not None
        and f.signal is not None
        and lexicon.status_for(f.signal, kind) is not None
        and f.modality not in _NOT_AN_ACT
        and not f.context
    )


def _a_remark(act: Finding, kind: TrackKind | None, lexicon: Lexicon) -> bool:
    """Whether the act is a proposal ahead (a remark with no day of its own, labelling
    convention 6): "the announcement" of it happened the day it was told, not on the day the
    proposal looks to."""
    return (
        kind is not None
        and act.signal is not None
        and lexicon.status_for(act.signal, kind) == "proposed"
        and act.modality in ("future", "reported")
    )


def _referring(f: Finding, phrase: str, act: Finding, remark: bool = False) -> Finding:
    """``f`` read as the act it names again: the act's signal and modality, its date unless
    ``f`` states its own or the act is a proposal ahead (``remark``: the telling is dated by
    ``f``'s own day), and a cue naming the sentence it refers to."""
    words = _UNSAFE.sub("", act.exact).split()
    quoted = " ".join(words[:_QUOTED_WORDS]) + (" …" if len(words) > _QUOTED_WORDS else "")
    update: dict[str, object] = {
        "signal": act.signal,
        "modality": act.modality,
        "cue": f"{phrase} — refers to: {quoted}",
        "rule": act_named_again(act.rule),
        "cameo": act.cameo,
        "plover": act.plover,
    }
    if f.date_basis != "stated" and not remark:
        update.update(
            event_date=act.event_date,
            date_precision=act.date_precision,
            date_basis=act.date_basis,
        )
    return f.model_copy(update=update)


def _process_act(
    f: Finding, at: int, acts: dict[tuple[str, str], tuple[int, Finding]]
) -> Finding | None:
    """``f`` read as the process's act it names again in a reaction ("welcomed the release",
    "called the delay a breach"): the act's status and date (the act's day, not the
    reaction's), told by the one reacting."""
    named = named_again(f.exact)
    act = acts.get((f.track_id, named[0])) if named is not None else None
    if named is None or act is None or not 0 < at - act[0] <= _ACT_REACH:
        return None
    told = act[1]
    return _referring(f, named[1], told).model_copy(
        update={
            "modality": "reported",
            # dated as the act was told, not by the day of the reaction
            "event_date": told.event_date,
            "date_precision": told.date_precision,
            "date_basis": told.date_basis,
        }
    )


def carried_by_the_act(
    findings: list[Finding],
    sentences: Sequence[Sentence],
    kinds: dict[str, TrackKind],
    lexicon: Lexicon,
) -> list[Finding]:
    """A sentence with no status of its own that names the act just told by a noun ("made the
    announcement", "the about-face was posted", "welcomed the release") carries that act: its
    status and date."""
    index_of = {s.start: i for i, s in enumerate(sentences)}
    last: dict[str, tuple[int, Finding]] = {}  # track -> the latest act told, by sentence
    acts: dict[tuple[str, str], tuple[int, Finding]] = {}  # (track, done / held up) -> act
    out: list[Finding] = []
    for f in findings:
        at = index_of.get(f.start, -1)
        kind = kinds.get(f.track_id)
        if _tells_an_act(f, kind, lexicon):
            last[f.track_id] = (at, f)
            if f.signal in _PROCESS_ACTS:
                acts[(f.track_id, _PROCESS_ACTS[f.signal])] = (at, f)
        elif f.signal is None or kind is None or lexicon.status_for(f.signal, kind) is None:
            act = last.get(f.track_id)
            phrase = act_named(f.exact) if act is not None and 0 < at - act[0] <= _REACH else None
            if act is not None and phrase is not None:
                f = _referring(f, phrase, act[1], _a_remark(act[1], kind, lexicon))
            else:
                f = _process_act(f, at, acts) or f
        out.append(f)
    return out
