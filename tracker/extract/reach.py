"""Which documents a track can reach: what can change a document's evidence when one track
is added, edited or removed, found without reading the document (``may_reach``).

Re-reading a stored archive after a track edit is the cost an analyst meets: every document
read with every track. A document the edited track can reach nowhere reads the same with and
without it, so only the others need reading again. Why that holds, from ``match_tracks``
(``docs/benchmarks.md``, "Re-reading after a track edit only where it can match"):

- A track's first mention in a document is direct, or a group told by its description: a
  direct one needs one of the track's people (by name or role; a bare role counts only after
  the person was named, a title the track gives them, "the King" of "King Charles", only in
  an article naming them by a name or their name's rest, "Charles"), one of its sides (a gazetteer name standing for one of its parties,
  or a party the gazetteer does not know), one of its places or one of its own keywords
  (``_direct``). Every later mention (a continuation, an anaphor, "the two", a step of the
  process, the headline's track) carries on a track the article has told of already.
- A track with no mention in a document changes another track's reading of it in only two
  ways: its event words can make a sentence tell of an event of "parties no track has"
  (``_foreign_event``: a person whose party is no track's), and an accord's event words can
  take a sentence from a visit that shares one of its people (``_an_accord_not_the_visit``).
  Its parties and places also widen the parties the tracks know, which matters only where a
  name standing for one of them is in the sentence.

So a document is read again when it holds one of the track's own literals (the engine's own
literal test, ``CompiledTracks.present``, for every pattern but its event words), a group's
description, a name standing for one of its parties or places, or, where its event words
can matter to another track, its event words beside a person of no track (in one sentence)
or, for an accord sharing people with a visit, anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.domain.models import Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract.gazetteer import Gazetteer, Mention
from tracker.extract.lexicon import Lexicon, compile_cue
from tracker.extract.literals import Gated, required_literals, searchable
from tracker.extract.matching import (
    _EU,
    _EUROPEAN_GROUPS,
    CompiledTracks,
    TrackProfile,
    compile_tracks,
)
from tracker.extract.sentences import sentence_spans
from tracker.extract.text import normalize_same_length

__all__ = ["TrackReach", "may_reach", "may_reach_any", "phrase_may_occur", "track_reach"]


@dataclass(frozen=True)
class TrackReach:
    """What ties a document to one track, beside the other tracks it is read with."""

    track_id: str
    compiled: CompiledTracks  # the track alone: its patterns and their literals
    generic: int | None  # id of its event-word pattern (the only one not its own)
    sides: frozenset[str]  # the parties it names as its sides (``explicit_codes``)
    european: bool  # a bare "European" names its European grouping (``_european_group``)
    need: int  # sides a sentence names to be the track's with no more of its own
    # its parties and places no other track has: a person of one is of no track without it
    strange: frozenset[str]
    known: frozenset[str]  # the parties and places the tracks know, it among them
    described: Gated | None  # a group told by its description
    # ids of its people's bare role patterns and of the titles they hold by a name of theirs
    # ("the King" of "King Charles"): neither names the person without a name of theirs
    bare_roles: frozenset[int]
    # its event words can take a sentence from a visit sharing one of its people
    accord_of_a_visit: bool
    gazetteer: Gazetteer


def _people_keys(p: TrackProfile) -> set[str]:
    return {q.known or q.names.pattern for q in p.people}


def track_reach(track: Track, others: Sequence[Track], lexicon: Lexicon) -> TrackReach:
    """``track``'s reach beside ``others`` (the live tracks it is read with, itself left
    out) under ``lexicon``."""
    compiled = compile_tracks([track], lexicon)
    profile = compiled.profiles[0]
    rest = compile_tracks([t for t in others if t.id != track.id], lexicon)
    codes = profile.side_codes | profile.place_codes
    accord = profile.kind is TrackKind.INITIATIVE and any(
        v.kind is TrackKind.VISIT and _people_keys(v) & _people_keys(profile) for v in rest.profiles
    )
    return TrackReach(
        track_id=track.id,
        compiled=compiled,
        generic=id(profile.generic) if profile.generic is not None else None,
        sides=profile.explicit_codes,
        european=_EU not in profile.side_codes
        and any(g in profile.explicit_codes for g in _EUROPEAN_GROUPS),
        need=profile.need,
        strange=codes - rest.known_codes,
        known=codes | rest.known_codes,
        described=profile.described,
        bare_roles=frozenset(
            [id(q.bare_roles) for q in profile.people if q.bare_roles]
            + [id(q.title) for q in profile.people if q.title and not q.typed]
        ),
        accord_of_a_visit=accord,
        gazetteer=compiled.gazetteer,
    )


def _codes_of(gaz: Gazetteer, m: Mention) -> set[str]:
    """Every party code a name can count for in a reading (``matching._Names.parties``)."""
    codes = {m.entity.code, *gaz.sides_named(m)}
    if m.entity.kind == "organisation":
        codes.add(gaz.party_code(m.entity.name))
    return codes


def may_reach(reach: TrackReach, text: str) -> bool:
    """Whether reading ``text`` (a stored document's text) with the track and without it
    can give different evidence; False only when it cannot."""
    return may_reach_any([reach], text)


def may_reach_any(reaches: Sequence[TrackReach], text: str) -> bool:
    """Whether one of ``reaches`` may reach ``text`` (``may_reach``): a track as it was and
    as it is, the text split and its names found once for both."""
    norm = normalize_same_length(text)
    pending: list[tuple[TrackReach, bool, bool]] = []
    for reach in reaches:
        present = reach.compiled.present(norm)
        if present is None:
            return True  # the literal test cannot vouch for the text
        if reach.described is not None and reach.described.search(norm):
            return True
        generic = reach.generic in present
        if generic and reach.accord_of_a_visit:
            return True
        pending.append((reach, generic, _own(reach, present)))
    if not pending:
        return False
    gaz = pending[0][0].gazetteer
    for start, end, _, _ in sentence_spans(text):
        sentence = norm[start:end]
        names = gaz.names_in(sentence)
        if any(_reaches_sentence(r, sentence, names, generic, own) for r, generic, own in pending):
            return True
    return False


def _own(reach: TrackReach, present: set[int]) -> bool:
    """Whether one of the track's own patterns can match: any but its event words, its
    people's bare roles ("the foreign minister" counts only after the person was named or
    named by a role, in a sentence of its own that one of those reaches) and the titles
    they hold by a name ("the King" counts only in an article naming Charles)."""
    return not present.issubset(reach.bare_roles | {reach.generic})


def _reaches_sentence(
    reach: TrackReach, sentence: str, names: Sequence[Mention], generic: bool, own: bool
) -> bool:
    """Whether a sentence can be read differently with the track: one of its own patterns
    can match there (``own``: one can somewhere in the document), it names as many of its
    sides as the track needs, a person of a party or place only it has, or a person of no
    track's party beside its event words."""
    here: set[int] | None = None
    if own or generic:
        here = reach.compiled.present(sentence)
        if here is None or (own and _own(reach, here)):
            return True
    gaz = reach.gazetteer
    sides: set[str] = set()
    stranger = False
    for m in names:
        codes = _codes_of(gaz, m)
        sides.update(codes & reach.sides)
        if reach.european and m.text.lower() == "european" and _EU in codes:
            sides.add(_EU)
        if m.entity.kind == "person":
            if not reach.strange.isdisjoint(codes):
                return True
            stranger = stranger or m.entity.code not in reach.known
    if len(sides) >= reach.need:
        return True
    return stranger and here is not None and reach.generic in here


def phrase_may_occur(phrases: Sequence[str], text: str) -> bool:
    """Whether one of the lexicon phrases (``compile_cue``'s syntax: a cue, a "not a cue"
    phrase, a modality word an analyst taught) can match somewhere in ``text``, as printed or
    with its quotes straightened (the reading searches both): every match of a phrase holds
    one literal of each of its ``required_literals`` sets. A lexicon with or without such
    phrases reads a document where none can match the same: a phrase acts only where it
    matches."""
    texts = [text, normalize_same_length(text)]
    lowered = [searchable(t) for t in texts]
    if any(low is None for low in lowered):
        return True
    for phrase in phrases:
        needs = required_literals(compile_cue(phrase))
        if any(all(any(w in low for w in words) for words in needs) for low in lowered if low):
            return True
    return False
