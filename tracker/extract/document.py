"""``extract_document``: one article's text -> findings per (sentence, track).

Steps: split sentences; drop boilerplate lines; find cues, speakers and quote state; match
sentences to tracks; for each (sentence, track) pick the cue that belongs to the track
(the one nearest to the track's actors, preferring cues that imply a status for the track's
kind), its modality and its event date; build a ``Finding`` anchored by offsets, quote,
prefix and suffix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from tracker.domain.models import Finding, Modality, Precision, Sentence, Track
from tracker.domain.vocabulary import KindFamily, TrackKind, kind_family
from tracker.extract.dates import (
    DateResolution,
    cue_in_past,
    find_date_mentions,
    resolve_dates,
    tells_ahead,
)
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.literals import Gated
from tracker.extract.matching import Mention, SentenceView, Span, match_tracks
from tracker.extract.sentences import split_sentences
from tracker.extract.signals import CHANGE_OF_PLAN, CueHit, find_cues, is_modifier, modality_of
from tracker.extract.speakers import find_speaker
from tracker.extract.text import CLOSE_QUOTES, OPEN_QUOTES, normalize_same_length
from tracker.ingest.timezones import local_day_behind

CONTEXT_CHARS = 32
_FAR = 10_000
_NEAR = 40  # characters: cues within this distance of the track's words count as near
_SENTENCE_END = ".!?\"'”’)"
_FUTURE_SIGNALS = frozenset({"scheduled", "proposed", "preparing"})
_TOOK_PLACE = frozenset({"held", "call"})
_FIXABLE = frozenset({"proposed", "agreed", "held"})
# Continuations kept without a cue of their own: those that refer to the event ("the
# talks", "the gathering") and those that carry on the previous sentence's subject ("It
# was the first such meeting since 2022.") or open the paragraph after the track's (wire
# copy) or name one of the track's people; a sentence tied only by a party's name or a
# generic event word gives evidence only with a cue.
_KEPT_WITHOUT_CUE: Final = frozenset({"anaphor", "subject", "opener", "person", "side"})


@dataclass
class _Info:
    sentence: Sentence
    norm: str
    cues: list[CueHit]
    speaker: str | None
    speaker_from: int | None  # index of the sentence the speaker (and its date) comes from
    quote_continuation: bool
    boilerplate: bool
    same_speaker: bool = False  # "he added": the previous paragraph's speaker goes on
    moods: dict[CueHit, Modality] = field(default_factory=dict)  # each cue's, read once

    def mood(self, hit: CueHit, lexicon: Lexicon) -> Modality:
        """``modality_of`` the cue ``hit`` (unattributed), worked out once per sentence."""
        if hit not in self.moods:
            self.moods[hit] = modality_of(self.norm, hit, lexicon)
        return self.moods[hit]


def _is_heading(sentences: Sequence[Sentence], index: int) -> bool:
    s = sentences[index]
    alone = (index == 0 or sentences[index - 1].paragraph != s.paragraph) and (
        index + 1 >= len(sentences) or sentences[index + 1].paragraph != s.paragraph
    )
    return alone and s.text[-1] not in _SENTENCE_END and len(s.text.split()) <= 16


def _is_boilerplate(text: str, lexicon: Lexicon) -> bool:
    stripped = text.strip()
    return lexicon.boilerplate.search_any(stripped)


_QUOTE_MARKS: Final = re.compile('[\u201c\u201d"]')


def _quote_depths(infos_text: Sequence[tuple[int, str]]) -> list[bool]:
    """For each sentence, whether it starts inside a quotation opened earlier in its paragraph."""
    out: list[bool] = []
    depth = 0
    paragraph = -1
    for para, text in infos_text:
        if para != paragraph:
            depth = 0
            paragraph = para
        out.append(depth > 0)
        for char in _QUOTE_MARKS.findall(text):
            if char == "\u201c":
                depth += 1
            elif char == "\u201d":
                depth = max(0, depth - 1)
            elif char == '"':
                depth = 0 if depth else 1
    return out


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].strip(".,'’").lower() if words else ""


def _analyse(text: str, lexicon: Lexicon) -> list[_Info]:
    sentences = split_sentences(text)
    norm_text = normalize_same_length(text)
    in_quote = _quote_depths([(s.paragraph, s.text) for s in sentences])
    infos: list[_Info] = []
    last_speaker: tuple[str, int, int] | None = None  # (name, sentence index, paragraph)
    for index, s in enumerate(sentences):
        norm = norm_text[s.start : s.end]
        hit = find_speaker(norm, lexicon)
        speaker: str | None = None
        speaker_from: int | None = None
        same_speaker = False
        if hit is not None and not hit.pronoun:
            speaker = s.text[hit.start : hit.end]
            speaker_from = index
            # "…, Baghaei said." / "A new date will be announced later, Baghaei added.":
            # the speaker of the sentence just before goes on, named again.
            same_speaker = bool(
                last_speaker
                and last_speaker[1] == index - 1
                and _surname(last_speaker[0]) == _surname(speaker)
            )
            last_speaker = (speaker, index, s.paragraph)
        elif hit is not None and last_speaker and s.paragraph - last_speaker[2] <= 1:
            speaker, speaker_from = last_speaker[0], index
            same_speaker = True
        starts_quoted = in_quote[index] or (s.text[0] in OPEN_QUOTES or s.text[0] == '"')
        continuation = False
        if speaker is None and starts_quoted and index > 0:
            prev = infos[index - 1]
            if prev.sentence.paragraph == s.paragraph and prev.speaker:
                speaker, speaker_from, continuation = prev.speaker, prev.speaker_from, True
        infos.append(
            _Info(
                sentence=s,
                norm=norm,
                cues=find_cues(norm, lexicon),
                speaker=speaker,
                speaker_from=speaker_from,
                quote_continuation=continuation,
                boilerplate=_is_boilerplate(s.text, lexicon),
                same_speaker=same_speaker,
            )
        )
    # A quotation whose attribution follows it ("“…” he said." in the next sentence).
    for index, info in enumerate(infos):
        s = info.sentence
        quoted = s.text[0] in OPEN_QUOTES and s.text[-1] in CLOSE_QUOTES
        if info.speaker is None and quoted and index + 1 < len(infos):
            nxt = infos[index + 1]
            if nxt.sentence.paragraph == s.paragraph and nxt.speaker:
                info.speaker, info.speaker_from = nxt.speaker, nxt.speaker_from
    return infos


def _distance(a: Span, b: Span) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _discriminating_spans(mention: Mention, others: Sequence[Mention]) -> list[Span]:
    """The spans that tie the sentence to this track and not to the others in it: actors
    and keywords no other track of the sentence also matched there, and anaphors."""
    shared = [s for other in others for s in other.keyword_spans]
    own = [s for s in mention.keyword_spans if not any(s[0] < b and a < s[1] for a, b in shared)]
    # A person both tracks have ("Putin" of a Trump–Putin and of a Putin–Zelensky meeting)
    # ties the cue to neither.
    common = [s for other in others for s in other.actor_spans]
    actors = [s for s in mention.actor_spans if not any(s[0] < b and a < s[1] for a, b in common)]
    return [*actors, *mention.anaphor_spans, *own]


# A resumption presupposes the halt it ends: "talks, suspended in May, will resume on
# Monday", "negotiations resumed after a pause" tell of the resumption.
_HALTS: Final = frozenset({"on_hold", "suspended", "stalled"})


def _before_resumption(info: _Info, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` tells of the halt that a resumption in the same sentence ends."""
    if hit.signal not in _HALTS:
        return False
    return any(
        other.signal == "resumed"
        and info.mood(other, lexicon) not in ("negated", "denied", "hypothetical")
        for other in info.cues
    )


# "were expected to meet this week, but that discussion was also cancelled": a clause of
# contrast whose own predicate is a change of plan undoes the plan before it (not "talks
# constructive but inconclusive", nor a change in a later clause: "met, but reached no
# deal, and negotiations remain deadlocked").
_PLANS: Final = frozenset({"proposed", "scheduled", "preparing", "agreed"})
_CONTRAST: Final = re.compile(
    r"(?:[,;\u2014]|\.)\s+(?:but|however|yet)\b[^,;\u2014]*$", re.IGNORECASE
)


def _undone_by_contrast(info: _Info, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether a later change of plan (cancelled, postponed, on hold …), after "but" or
    "however", undoes the plan ``hit`` tells of (a plan, or anything still ahead)."""
    if hit.signal not in _PLANS and info.mood(hit, lexicon) != "future":
        return False  # what took place ("had a productive call, but …") stays
    for later in info.cues:
        if later.start <= hit.end or lexicon.precedence(later.signal) > CHANGE_OF_PLAN:
            continue
        between = info.norm[hit.end : later.start]
        if _CONTRAST.search(between) and info.mood(later, lexicon) not in (
            "negated",
            "denied",
            "hypothetical",
        ):
            return True
    return False


# A plan told with its change in one sentence: "After the United States put off a meeting
# …, set for November 13, …", "had confirmed he would attend the meeting planned for
# November 13, before the United States postponed it": the plan is what was changed (not a
# new plan told after the change, "postponed, and now set for 5 December", nor a change
# still ahead or only supposed).
_SETTLED: Final = frozenset({"negated", "denied", "hypothetical", "future"})


def _changed_plan(info: _Info, hit: CueHit, lexicon: Lexicon) -> bool:
    if hit.signal not in _PLANS:
        return False
    return any(
        lexicon.precedence(change.signal) == CHANGE_OF_PLAN
        and (change.start > hit.start or is_modifier(info.norm, hit))
        and info.mood(change, lexicon) not in _SETTLED
        for change in info.cues
    )


# A meeting with a person: "hosted Ukrainian President Volodymyr Zelensky at the White
# House", "met with King Charles", "sat down with Hungarian Prime Minister Viktor Orban".
_MEETS: Final = re.compile(
    r"^(?:met|meets|meet|hosted|hosts|received|welcomed|sat|sits|sit)\b", re.I
)
# A meeting cue ending on a preposition of place: the name after it is the venue ("meet at
# UN General Assembly"), not a person met.
_AT_A_PLACE: Final = re.compile(r"\s(?:at|in|of)$", re.I)
# A headline's present "meet at / in": who meets is named before it.
_MEET_AT: Final = re.compile(r"meets?\s+(?:at|in|on\s+the\s+sidelines\s+of)$", re.I)
# An occasion named by its noun, which "of" and a name may follow: "a meeting of the …".
_BODY_MEETING: Final = re.compile(r"\b(?:meeting|meetings|session|summit)$", re.I)
_IN_NAME: Final = frozenset(
    [
        "envoy",
        "special",
        "foreign",
        "prime",
        "deputy",
        "minister",
        "president",
        "secretary",
        "chancellor",
        "counterpart",
        "leader",
        "of",
        "the",
        "al",
        "bin",
        "de",
        "von",
        "van",
    ]
)
_ROLE_AFTER: Final = frozenset(
    ["leader", "president", "minister", "envoy", "counterpart", "delegation", "side"]
)
_STOPS: Final = ',.;:!?"“”()[]'


def _named_after(sentence: str, end: int) -> list[str]:
    """The words of the name phrase just after ``end`` ("with US Secretary of State Marco
    Rubio" -> US … Rubio), or none when what follows is no name or only a role ("the
    Russian leader")."""
    words = sentence[end : end + 160].split()[:14]
    if words[:1] == ["with"]:
        words = words[1:]
    elif [w.lower() for w in words[:2]] == ["down", "with"]:
        words = words[2:]
    phrase: list[str] = []
    following = ""
    for word in words:
        core = word.strip(_STOPS)
        if not core or not (core[0].isupper() or core.lower() in _IN_NAME):
            following = core.lower()
            break
        phrase.append(core)
        if word[-1:] in _STOPS:
            break
    while phrase and not phrase[-1][0].isupper():
        following = phrase.pop().lower()
    if following in _ROLE_AFTER:
        return []
    return phrase


# A body named in quotation marks after "of": ' of the "coalition of the resolute"'.
_QUOTED_NAME: Final = re.compile(r" of (?:the )?\"([^\"]{3,60})\"")


def _of_a_body(sentence: str, hit: CueHit) -> bool:
    """Whether ``hit`` ends on an occasion's noun that "of" and a name follow."""
    return bool(_BODY_MEETING.search(hit.text)) and sentence.startswith(" of ", hit.end)


def _meets_someone_else(sentence: str, hit: CueHit, people: frozenset[str]) -> bool:
    """Whether ``hit`` tells of a meeting with a named person who is none of the track's
    ``people`` (the words of its actors' names): an occasion of its own, not the track's
    event ("He later hosted Ukrainian President Volodymyr Zelensky" is no Trump–Putin
    summit; "Putin met US envoy Steve Witkoff" neither), or of a meeting of a named body
    that is none of the track's ("after a meeting of the SCO Council of Foreign Ministers")."""
    if not people:
        return False
    if _MEET_AT.match(hit.text):
        # "Donald Trump and Colombia's Gustavo Petro meet in Washington": who meets is named
        # before the verb
        return _names_an_outsider(sentence[: hit.start], people)
    body = _of_a_body(sentence, hit)
    if body:
        # "after a meeting of the SCO Council of Foreign Ministers": a body's own meeting
        tokens = _named_after(sentence, hit.end + len(" of"))
        quoted = _QUOTED_NAME.match(sentence, hit.end)
        if quoted:
            # "after the summit of the "coalition of the resolute"": a body named in quotes
            return not set(quoted.group(1).lower().split()) & people
    elif (_MEETS.match(hit.text) and not _AT_A_PLACE.search(hit.text)) or (
        hit.signal in _TOOK_PLACE
        and (hit.text.lower().endswith(" with") or sentence.startswith(" with ", hit.end))
    ):
        # "met Erdogan", "holding a phone call with Ukrainian President Volodymyr Zelensky",
        # "following his meeting with Trump"
        tokens = _named_after(sentence, hit.end)
    else:
        return False
    if not tokens:
        return False
    words = [w.strip("'’.").lower() for w in tokens]
    # A name is two capitalised words at least ("the Ukrainians" are a side), or one word
    # known as a person's name ("Erdogan"; not "Moscow", "Friday"); "the Russian
    # President" is a role, whoever holds it: a name ends in a name.
    named = sum(1 for t in tokens if t[:1].isupper()) >= 2 or (
        len(tokens) == 1 and _known_person(tokens[0])
    )
    if named and set(words) & people:
        # "Trump called his Monday meeting with Zelensky 'very good'": the track's person
        # met by someone outside it, no other of the track's people named before ("the
        # meeting of Putin and Trump" names who meets: theirs).
        return not body and _outsider_before(sentence, hit.start, people)
    return named and words[-1] not in _TITLES


_CAPITALISED: Final = re.compile(r"\b[A-Z][\w'’-]+")
_CAPITALISED_RUN: Final = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


# A visit to a named place: "Xi would visit the United States", "will visit Japan next".
_VISIT_END: Final = re.compile(r"\bvisit$", re.IGNORECASE)
_FOR_THE_EVENT: Final = re.compile(
    r"[^,;:.!?]{0,40}?\bfor\s+(?:[\w'-]+\s+){0,3}?(?:summit|meeting|talks)\b", re.IGNORECASE
)
_PLACE_AFTER: Final = re.compile(r" (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})")


def _visits_elsewhere(sentence: str, hit: CueHit, places: tuple[str, ...]) -> bool:
    """Whether ``hit`` is a visit to a country where none of the track's ``places`` lies
    ("Xi would visit the United States" on a meeting in South Korea): another event, which
    claims no status of the track. An unknown place, or a track without known places, is
    no evidence of elsewhere."""
    if not places or not _VISIT_END.search(hit.text):
        return False
    named = _PLACE_AFTER.match(sentence, hit.end)
    if named is None or named.group(1) in places or _FOR_THE_EVENT.match(sentence, named.end()):
        # "will visit Ghana … for the annual summit": the visit is the track's event
        return False
    gazetteer = load_gazetteer()
    visited = gazetteer.place_country(named.group(1))
    own = {c.code for c in (gazetteer.place_country(p) for p in places) if c is not None}
    return visited is not None and bool(own) and visited.code not in own


def _names_an_outsider(text: str, people: frozenset[str]) -> bool:
    """Whether ``text`` names a person none of the track's ``people``: one the gazetteer
    knows, or a run of capitalised words ending in an unknown name ("Colombia's Gustavo
    Petro"; not a role, "Russian Foreign Minister", nor a place)."""
    for run in _CAPITALISED_RUN.findall(text):
        words = [re.sub(r"['’]s$", "", w).strip("'’.").lower() for w in run.split()]
        last = words[-1]
        if last in people or last in _TITLES:
            continue
        gazetteer = load_gazetteer()
        if _known_person(last) or (
            len(words) >= 2
            and words[-2] not in _TITLES
            and not gazetteer.lookup(last)
            and not gazetteer.lookup(" ".join(words))
        ):
            return True
    return False


def _outsider_before(sentence: str, end: int, people: frozenset[str]) -> bool:
    """Whether the words before ``end`` name a known person none of whose names is one of
    the track's ``people``, and none of the track's people."""
    words = [w.strip("'’.").lower() for w in _CAPITALISED.findall(sentence, 0, end)]
    if set(words) & people:
        return False
    return any(_known_person(w) for w in words)


def _known_person(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a person's name."""
    return any(e.kind == "person" for e in load_gazetteer().lookup(word.strip("'’.")))


_TITLES: Final = frozenset(
    [
        "president",
        "leader",
        "minister",
        "secretary",
        "state",
        "chancellor",
        "premier",
        "king",
        "queen",
        "envoy",
        "counterpart",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "chief",
        "head",
        "official",
        "officials",
        "delegation",
        "team",
        "side",
        "government",
    ]
)


# One of the track's people telling or assuring another: "Witkoff told Araghchi that …",
# "Lavrov allegedly told Rubio about …" (CAMEO codes TELL as a statement, 010; made to the
# other side's own person, the two are in contact): the talks go on (``engaged``).
_TOLD: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+(?:also\s+|allegedly\s+|reportedly\s+)?"
    r"(?P<verb>told|tells|assured|assures|informed|informs|briefed|briefs)\s+"
    r"(?P<b>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"
)
_TOLD_VERBS: Final = ("told", "tells", "assure", "inform", "brief")

# Two of the track's people who will discuss something together: "Trump and Xi would take
# up soybean purchases", "Rubio and Lavrov will discuss the prisoner exchange" (CAMEO
# DISCUSS, CONFER: 040): their meeting ahead (``held``, read as future by its modal).
_DISCUSS_AHEAD: Final = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<b>[A-Z][\w'’-]+)\s+"
    r"(?P<verb>(?:will|would|are\s+to|were\s+to|are\s+expected\s+to|were\s+expected\s+to)\s+"
    r"(?:also\s+)?(?:discuss|take\s+up|talk\s+about|go\s+over|tackle|confer\s+on))\b"
)
_DISCUSS_VERBS: Final = ("discuss", "take up", "talk about", "go over", "tackle", "confer on")

# (pattern, the words one of which it needs, signal, cue name)
_BETWEEN_TWO: Final = (
    (_DISCUSS_AHEAD, _DISCUSS_VERBS, "held", "discuss together"),
    (_TOLD, _TOLD_VERBS, "engaged", "told"),
)


def _between_two(sentence: str, people: frozenset[str], ongoing: bool) -> CueHit | None:
    """A cue that two of the track's people, both named, make together: what they will
    discuss (any kind), or one telling the other (talks, channels and groups only)."""
    for pattern, verbs, signal, cue in _BETWEEN_TWO if ongoing else _BETWEEN_TWO[:1]:
        if not any(verb in sentence for verb in verbs):
            continue
        for m in pattern.finditer(sentence):
            a = m.group("a").lower()
            b = m.group("b").split()[-1].strip("'’.").lower()
            if a in people and b in people and a != b:
                start, end = m.span("verb")
                return CueHit(signal, cue, start, end, m.group("verb"))
    return None


def _people(track: Track) -> frozenset[str]:
    """The word each name of a track's actors ends with, titles aside: "trump" of "Donald
    Trump" and "putin" of "Vladimir Putin", not "president" of "Russian President"."""
    last = (name.split()[-1].strip("'’.").lower() for a in track.actors for name in a.names())
    return frozenset(w for w in last if w and w not in _TITLES)


# A non-restrictive relative clause: "… the holiday of Simchat Torah, which begins at sundown".
_SIGNED_THINGS: Final = frozenset(
    ["accord", "accords", "agreement", "agreements", "deal", "treaty", "pact", "declaration"]
)
_WHICH_CLAUSE: Final = re.compile(r",\s*which\s+[^,;()\u2014]*$", re.IGNORECASE)


def _describes_another_noun(sentence: str, hit: CueHit, lexicon: Lexicon) -> bool:
    """Whether ``hit`` lies in a ", which …" clause describing a noun that names no event
    (no event word among the eight words before the comma): "the start of the holiday of
    Simchat Torah, which begins at sundown on Monday" schedules no meeting."""
    before = sentence[max(0, hit.start - 240) : hit.start]
    clause = _WHICH_CLAUSE.search(before)
    if clause is None:
        return False
    head = {w.strip(".,'’\"").lower() for w in before[: clause.start()].split()[-8:]}
    if hit.signal == "signed" and head & _SIGNED_THINGS:
        return False  # "The accords, which the two presidents signed, …": the accord made
    return not head & lexicon.event_words


def _changes_the_plan(info: _Info, lexicon: Lexicon) -> bool:
    """Whether the sentence's predicate is a change of plan (postponed, cancelled, …)."""
    return any(
        lexicon.precedence(hit.signal) == CHANGE_OF_PLAN
        and not is_modifier(info.norm, hit)
        and info.mood(hit, lexicon) not in ("negated", "denied", "hypothetical")
        for hit in info.cues
    )


def _choose_cue(
    info: _Info,
    mention: Mention,
    others: Sequence[Mention],
    kind: TrackKind,
    lexicon: Lexicon,
    people: frozenset[str] = frozenset(),
    other_kinds: Sequence[TrackKind] = (),
    places: tuple[str, ...] = (),
) -> CueHit | None:
    """The cue of ``info`` that speaks about ``mention``'s track, or None.

    With several tracks in one sentence a cue belongs to the track whose own mentions
    (actors, anaphors, keywords the others do not share) are nearest; among its cues a
    track prefers one that implies a status for its kind, then a predicate over a cue that
    only modifies a noun or sits in a side clause ("the meeting scheduled for this week …
    has been postponed"), then one asserted over one negated ("postponed, not cancelled"),
    then a cue near the track's own words over a far one, then the
    signal of higher precedence (a change of plan over an occurrence over a proposal: "the
    talks ended without agreement" is stalled), then the nearest.
    """
    mine_spans = _discriminating_spans(mention, others) if others else mention.all_spans()
    other_spans = [
        _discriminating_spans(o, [m for m in (mention, *others) if m is not o]) for o in others
    ]
    owned: list[tuple[tuple[int, ...], CueHit]] = []
    changed: bool | None = None  # read only when a modifier needs it
    # A cue of the talks' process near the talks' own words ("would travel to France for
    # talks") is theirs, though a leaders' meeting's people are nearer: it moves nothing there.
    ongoing = kind_family(kind) is not KindFamily.ENCOUNTER
    named = [*mention.actor_spans, *mention.anaphor_spans, *mention.keyword_spans]
    for hit in info.cues:
        cue_span = (hit.start, hit.end)
        mine = min((_distance(cue_span, s) for s in mine_spans), default=_FAR)
        own_status = (
            ongoing
            and lexicon.status_for(hit.signal, kind) is not None
            and min((_distance(cue_span, s) for s in named), default=_FAR) <= _NEAR
        )
        if any(
            min((_distance(cue_span, s) for s in spans), default=_FAR) < mine
            # a cue that moves nothing on the nearer meeting is not that meeting's alone
            and not (
                own_status
                and i < len(other_kinds)
                and kind_family(other_kinds[i]) is KindFamily.ENCOUNTER
                and lexicon.status_for(hit.signal, other_kinds[i]) is None
            )
            for i, spans in enumerate(other_spans)
        ):
            continue
        if (
            _meets_someone_else(info.norm, hit, people)
            or _describes_another_noun(info.norm, hit, lexicon)
            or _visits_elsewhere(info.norm, hit, places)
        ):
            continue
        no_status = 1 if lexicon.status_for(hit.signal, kind) is None else 0
        modifier = 1 if is_modifier(info.norm, hit) or _before_resumption(info, hit, lexicon) else 0
        if modifier and _said_after_the_event(info.norm, hit):
            modifier = 0
        negated = 1 if info.mood(hit, lexicon) in ("negated", "denied") else 0
        if modifier and not no_status:
            # "the fourth round, set for Saturday, has been postponed": the plan the
            # modifier tells of is what the predicate changed.
            if changed is None:
                changed = _changes_the_plan(info, lexicon)
            no_status = 1 if changed else 0
        undone = (
            1 if _undone_by_contrast(info, hit, lexicon) or _changed_plan(info, hit, lexicon) else 0
        )
        rank = (
            undone,
            no_status,
            modifier,
            negated,
            mine // _NEAR,
            lexicon.precedence(hit.signal),
            mine,
        )
        owned.append((rank, hit))
    if not owned:
        return None
    owned.sort(key=lambda item: (item[0], item[1].start))
    return owned[0][1]


# A statement made after the event, told by a verb of saying ("Lula wrote on X after the
# meeting", "the minister told reporters following the talks"): the event it follows is the
# article's own, presupposed held (labelling convention 5), whatever the quote says is next.
_SAID_AFTER: Final = re.compile(
    r"\b(?:said|says|wrote|writes|posted|tweeted|added|declared|stated|told\s+(?:reporters|"
    r"journalists|the\s+press))\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AFTER_EVENT: Final = re.compile(r"(?:after|following)\b", re.IGNORECASE)


def _said_after_the_event(sentence: str, hit: CueHit) -> bool:
    return bool(
        _AFTER_EVENT.match(hit.text)
        and _SAID_AFTER.search(sentence, max(0, hit.start - 60), hit.start)
    )


# A participant's readiness or wish to meet: "Trump said he was prepared to meet Putin soon",
# "Putin said he was "ready" to meet Zelenskyy", "their readiness to sit down face to face",
# "expressed a willingness to participate in the summit";
# the one who is ready is a person (not "Kiev was ready to meet Russia": a side's talks).
_READY_TO_MEET: Final = re.compile(
    r"\b(?P<who>[\w'’]+)\s+(?:(?:is|was|are|were|has\s+been|had\s+been|remains|remained|"
    r"stands|stood|said\s+to\s+be)\s+)?(?:\w+ly\s+)?\W?(?P<ready>ready|prepared|willing|readiness|"
    r"willingness)\W?\s+(?=to\s+(?:meet|sit\s+down|hold\s+talks|attend|participate|take\s+part)\b)",
    re.IGNORECASE,
)
_PERSONS: Final = frozenset(["he", "she", "i", "we", "they", "their", "his", "her", "our"])
_ARTICLES: Final = frozenset(["a", "an", "the"])  # "expressed a willingness to …"


def _wish_to_meet(
    info: _Info, hit: CueHit, lexicon: Lexicon, people: frozenset[str]
) -> Modality | None:
    """The modality of a meeting that a participant is ready, prepared or willing to hold:
    on a summit or a meeting it is a proposal, read as the rest of the sentence tells it (a
    condition or a hedge elsewhere still makes it a hypothesis: "ready to meet as long as
    the meeting has an agenda"); on talks and channels it stays a hypothesis."""
    if hit.signal != "proposed":
        return None
    for ready in _READY_TO_MEET.finditer(info.norm, max(0, hit.start - 60), hit.end):
        who = re.sub(r"['’](?:s|re|m)$", "", ready.group("who").lower()).strip("'’")
        to = ready.end()
        if not hit.start <= to < hit.end and to != hit.start:
            continue
        noun = ready.group("ready").lower().endswith("ness")
        if who not in _PERSONS and who not in people and not (noun and who in _ARTICLES):
            return None
        a, b = ready.span("ready")
        unhedged = info.norm[:a] + " " * (b - a) + info.norm[b:]
        own = CueHit(hit.signal, hit.cue, to, hit.end, info.norm[to : hit.end])
        modality = modality_of(unhedged, own, lexicon, attributed=info.speaker is not None)
        return None if modality == "hypothetical" else modality
    return None


def _dated_ahead(
    signal: str | None, modality: Modality, when: DateResolution, published: date | None
) -> bool:
    return (
        signal in ("held", "signed")
        and modality in ("asserted", "reported")
        and when.basis == "stated"
        and when.date is not None
        and published is not None
        and when.date > published
    )


# A side phrase opening the sentence, up to its comma: "After a phone call with Xi on
# Friday, Trump said the two would meet …" (the day is the call's).
_OPENING_PHRASE: Final = re.compile(
    r"^\W*(?-i:[A-Z][A-Z .'-]*(?:\s*\([^)]*\))?\s*[\u2014\u2013-]+\s*)?"  # a dateline
    r"(?:after|following|since|before|ahead\s+of|during)\b[^,;:]*,",
    re.IGNORECASE,
)


def _fixes_a_date(
    signal: str | None,
    modality: Modality,
    when: DateResolution,
    published: date | None,
    sentence: str = "",
) -> bool:
    """Whether an announced meeting ("will meet in Budapest on 12 November") names its day:
    then it is scheduled, not merely proposed (not the day of another event told in a side
    phrase opening the sentence: "After a phone call with Xi on Friday, Trump said the two
    would meet at a summit in South Korea" is a proposal)."""
    opening = _OPENING_PHRASE.match(sentence)
    if opening and when.expression and when.expression in opening.group(0):
        return False
    return (
        signal in _FIXABLE
        and (
            modality == "future"
            or (signal in ("proposed", "agreed") and modality in ("reported", "asserted"))
        )
        and when.basis == "stated"
        and when.precision in ("day", "week")
        and when.date is not None
        and published is not None
        # a day ahead of the article, or (told ahead from the day of a report just before
        # it: "announced on Saturday night that he will visit from Sunday") of the report
        and (
            when.date > published
            or (
                modality == "future"
                and when.date >= published - timedelta(days=_NEWS_DAYS)
                and _told_before(sentence, when.date, published)
            )
        )
    )


def _told_before(sentence: str, day: date, published: date) -> bool:
    """Whether the sentence dates the report of its plan before the plan's day ("announced
    on Saturday night that he will visit from Sunday")."""
    return any(
        m.role == "speech" and m.date < day
        for m in find_date_mentions(sentence, published, future=True)
    )


def _prefix_suffix(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


# A clause that tells of an earlier or later event: "after being briefed on a call on Monday".
# (an abbreviation's period, "U.S." or "Oct. 16", does not end the clause)
_OTHER_EVENT: Final = Gated(
    re.compile(
        r"\b(?:after|following|before|ahead\s+of|since|prior\s+to)\b"
        r"(?:[^,;:.!?()]|(?-i:\.(?<=\b[A-Z]\.)|\.(?<=\b[A-Z][a-z]{2}\.)|\.(?<=Sept\.)))*",
        re.IGNORECASE,
    )
)


# A noun the cue acts on, described by a past participle and its phrase: "reaffirmed the
# plans discussed in Paris in January", "welcomed the deal reached in Geneva on Friday", or
# by a clause of its own with a named subject: "carrying out the agreements Trump and Putin
# reached last week".
_REDUCED_RELATIVE: Final = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s?\s+"
    r"(?:(?:that\s+)?[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:had\s+)?)?"
    r"(?P<rest>(?:discussed|agreed|reached|struck|signed|made|adopted|announced|outlined|"
    r"presented|sealed|brokered|endorsed|approved)\b[^,;:.!?()]*)",
)


# News that surfaced just after an event is of that event's day: "word that the accord had
# been halted emerged after soldiers were wounded on the morning of November 10".
_SURFACED_BEFORE: Final = re.compile(
    r"\b(?:emerged|surfaced|came\s+to\s+light|broke)\s+(?:only\s+|shortly\s+|soon\s+|just\s+)?$",
    re.IGNORECASE,
)


# A choice told in the passive and made in a call or meeting is of that call's day:
# "Budapest was picked for the summit after a phone conversation … on Oct. 16".
_CHOSEN: Final = re.compile(r"(?:picked|chosen|selected|agreed|decided|settled)\b", re.IGNORECASE)
_IN_A_CALL: Final = re.compile(
    r"after\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|conversation|talks|meeting)\b",
    re.IGNORECASE,
)


def _mask_other_events(sentence: str, hit: CueHit | None) -> str:
    """The sentence with the clauses that tell of another event blanked out (same length),
    when they follow the cue: their dates are that event's ("decided to delay further
    planning after being briefed on a call on Monday" is not dated Monday; "reaffirmed the
    plans discussed in Paris in January" is not dated January)."""
    if hit is None:  # no cue: the clauses of another event after the sentence's subject
        spans = [(m.start(), m.end()) for m in _OTHER_EVENT.finditer(sentence) if m.start() > 0]
        return _blank(sentence, spans)
    spans = [
        (m.start(), m.end())
        for m in _OTHER_EVENT.finditer(sentence, hit.end)
        if not _SURFACED_BEFORE.search(sentence, 0, m.start())
        and not (_CHOSEN.match(sentence, hit.start) and _IN_A_CALL.match(m.group(0)))
    ]
    spans += [
        (m.start("rest"), m.end())
        for m in _REDUCED_RELATIVE.finditer(sentence, hit.start)
        if m.start("rest") >= hit.end
    ]
    return _blank(sentence, spans)


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """``sentence`` with ``spans`` replaced by spaces (offsets kept)."""
    out = sentence
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def _date_for(
    index: int,
    infos: Sequence[_Info],
    hit: CueHit | None,
    modality: Modality,
    published: date | None,
    anchor: tuple[date, Precision] | None,
    lexicon: Lexicon,
    mention: Mention,
) -> DateResolution:
    info = infos[index]
    future = modality == "future" or (hit is not None and hit.signal in _FUTURE_SIGNALS)
    text = _mask_other_events(info.norm, hit)
    own = find_date_mentions(text, published, future=future)
    if not own and info.speaker_from is not None and info.speaker_from != index:
        source = infos[info.speaker_from]
        if source.sentence.paragraph == info.sentence.paragraph:
            inherited = find_date_mentions(source.norm, published)
            if inherited:
                first = inherited[0]
                return DateResolution(first.date, first.precision, "stated", first.text)
    if not own and info.speaker and _ADDED.search(info.norm):
        spoke = _spoke_before(infos, index, published)
        if spoke is not None:
            return spoke

    def resolve(past: bool) -> DateResolution:
        return resolve_dates(
            text,
            published,
            near=hit.start if hit else None,
            future=future,
            anchor=anchor[0] if anchor else None,
            anchor_precision=anchor[1] if anchor else None,
            lexicon=lexicon,
            past=past,
        )

    when = resolve(False)
    if (
        published is not None
        and when.date is not None
        and when.date > published
        and _took_place(hit, modality, info.norm, mention, when.expression)
    ):
        # "the two diplomats exchanged views on resuming talks in Istanbul on June 2" the day
        # before: a meeting told in the past is not dated after its article
        when = resolve(True)
    return when


# The words of one speaker carried on: '"…," he added.', "she went on".
_ADDED: Final = re.compile(r"\b(?:added|continued|went\s+on)\b", re.IGNORECASE)


def _spoke_before(
    infos: Sequence[_Info], index: int, published: date | None
) -> DateResolution | None:
    """The day the nearest sentence before (of the last three) gives for the same speaker's
    words ('"…," Foreign Minister Nduhungirehe said on November 12.' then '"…," he
    added.'): the words went on on that day."""
    here = infos[index]
    for before in reversed(infos[max(0, index - _ADDED_BACK) : index]):
        if not _same_speaker(before.speaker, here.speaker):
            if before.speaker:
                return None  # another speaker's words came between
            continue
        for m in find_date_mentions(before.norm, published):
            if m.role == "speech" and m.precision == "day":
                if published is not None and m.date >= published:
                    return None  # the article's own day: the words are dated by it
                return DateResolution(m.date, m.precision, "stated", m.text)
        return None  # the speaker's words before are undated
    return None


_ADDED_BACK: Final = 3  # sentences looked back for the words a speaker "added" to


# "That session …", "This meeting …", "The same call …": a sentence opening on a demonstrative
# event noun tells of the event the sentence before it named.
_POINTS_BACK: Final = re.compile(
    r"(?:that|this|these|those|the same)\s+(?:\w+\s+){0,2}?"
    r"(?:session|meeting|round|call|conversation|summit|encounter|talks|negotiations|visit)\b",
    re.IGNORECASE,
)


def _points_back(sentence: str) -> bool:
    """Whether ``sentence`` opens on a demonstrative naming an event ("That session lasted
    just over an hour")."""
    return _POINTS_BACK.match(sentence) is not None


def _took_place(
    hit: CueHit | None, modality: Modality, sentence: str, mention: Mention, expression: str | None
) -> bool:
    """Whether the cue is a verb telling a meeting or call in the simple past, with a date
    after it, and the track named before the cue as the ones who met ("the two diplomats
    exchanged views"; not a track named only after it, whose own event the date may be:
    "went over preparations for the Alaska meeting of Trump and Putin on August 15")."""
    if hit is None or hit.signal not in _TOOK_PLACE or modality not in ("asserted", "reported"):
        return False
    named_before = any(
        end <= hit.start for _, end in [*mention.actor_spans, *mention.anaphor_spans]
    )
    if not named_before or not expression or sentence.find(expression, hit.end) < 0:
        return False
    return cue_in_past(sentence, hit.start, hit.end)


def extract_document(  # noqa: C901 - a chain of reading rules, split when they settle
    text: str,
    published: date | None,
    tracks: Sequence[Track],
    lexicon: Lexicon | None = None,
) -> list[Finding]:
    """Findings of one document: one per (sentence, track) the sentence belongs to.

    A sentence that names the track but carries no status cue gives a finding with
    ``signal=None`` (context, latest development); a sentence that only continues a
    paragraph about the track is kept when it carries a cue, refers to the event by an
    anaphor, or carries on the previous sentence's subject. Repeated sentences (the
    same headline printed twice) give one finding per track. ``exact == text[start:end]``.
    """
    lex = lexicon or load_lexicon()
    infos = _analyse(text, lex)
    sentences = [info.sentence for info in infos]
    views = [
        SentenceView(
            text=info.norm,
            paragraph=info.sentence.paragraph,
            first_in_paragraph=i == 0 or sentences[i - 1].paragraph != info.sentence.paragraph,
            heading=_is_heading(sentences, i),
            has_cue=bool(info.cues),
            skip=info.boilerplate,
            same_speaker=info.same_speaker,
            quoted=info.quote_continuation,
            cue_starts=tuple(hit.start for hit in info.cues),
        )
        for i, info in enumerate(infos)
    ]
    kinds = {t.id: TrackKind(t.kind) for t in tracks}
    people = {t.id: _people(t) for t in tracks}
    places = {t.id: tuple(t.places) for t in tracks}
    matched = match_tracks(views, tracks, lex, published.year if published else None)
    findings: list[Finding] = []
    last_dated: dict[tuple[str, int], DateResolution] = {}  # (track, paragraph) -> its date
    seen: set[tuple[str, str]] = set()
    anchor: tuple[date, Precision] | None = None
    spoken_today: set[tuple[str, int]] = set()  # future claims dated by a speech that day
    for index, (info, mentions) in enumerate(zip(infos, matched, strict=True)):
        s = info.sentence
        for mention in mentions:
            key = (mention.track_id, " ".join(s.text.lower().split()))
            if key in seen:
                continue
            others = [m for m in mentions if m.track_id != mention.track_id]
            kind = kinds[mention.track_id]
            hit = _choose_cue(
                info,
                mention,
                others,
                kind,
                lex,
                people[mention.track_id],
                [kinds[o.track_id] for o in others],
                places[mention.track_id],
            )
            if hit is None:
                ongoing = kind_family(kind) is not KindFamily.ENCOUNTER
                hit = _between_two(info.norm, people[mention.track_id], ongoing)
            if (
                hit is None
                and not mention.direct
                and mention.via not in _KEPT_WITHOUT_CUE
                # a continuation whose cue tells of another body's meeting still speaks of the
                # track ("the platform is not exhausted, Lavrov said after a meeting of …")
                and not any(
                    _of_a_body(info.norm, h)
                    and _meets_someone_else(info.norm, h, people[mention.track_id])
                    for h in info.cues
                )
            ):
                continue
            seen.add(key)
            modality: Modality = "asserted"
            if hit is not None:
                modality = modality_of(info.norm, hit, lex, attributed=info.speaker is not None)
                if modality == "hypothetical" and kind_family(kind) is KindFamily.ENCOUNTER:
                    wish = _wish_to_meet(info, hit, lex, people[mention.track_id])
                    modality = wish or modality
            elif info.speaker is not None:
                modality = "reported"
            when = _date_for(index, infos, hit, modality, published, anchor, lex, mention)
            where = (mention.track_id, s.paragraph)
            if when.basis == "stated":
                last_dated[where] = when
            elif (
                where in last_dated
                # a claim of the future told in the past ("the two confirmed 'the mood to
                # resume contacts'") was made at the event its paragraph dated
                and (modality != "future" or not tells_ahead(info.norm))
                and (not mention.direct or (when.basis == "inferred" and _points_back(info.norm)))
            ):
                # "Lavrov and Rubio met in Malaysia on July 10. That meeting lasted about 50
                # minutes.": the continuation tells of the event its paragraph dated; so does
                # a sentence opening on a demonstrative ("It was on June 2 that the second
                # round was held. That session lasted just over an hour.").
                when = last_dated[where]
            signal = hit.signal if hit else None
            if _dated_ahead(signal, modality, when, published):
                # "once the delegations have met next week": a meeting dated after its
                # article has not taken place yet.
                modality = "future"
            if _fixes_a_date(signal, modality, when, published, info.norm):
                signal = "scheduled"
            if (
                modality == "future"
                and when.basis == "stated"
                and when.date == published
                and _said_that_day(info.norm, when, published)
            ):
                spoken_today.add((mention.track_id, s.start))
            prefix, suffix = _prefix_suffix(text, s.start, s.end)
            findings.append(
                Finding(
                    track_id=mention.track_id,
                    start=s.start,
                    end=s.end,
                    exact=text[s.start : s.end],
                    prefix=prefix,
                    suffix=suffix,
                    signal=signal,
                    cue=hit.text if hit else None,
                    modality=modality,
                    speaker=info.speaker,
                    event_date=when.date,
                    date_precision=when.precision,
                    date_basis=when.basis,
                    cameo=lex.cameo(signal),
                    plover=lex.plover(signal),
                    context=mention.context,
                )
            )
        if not info.boilerplate:
            mentions_here = find_date_mentions(info.norm, published)
            if mentions_here:
                anchor = (mentions_here[-1].date, mentions_here[-1].precision)
    lead_at = _lead_index(infos, sentences)
    lead_span = (0, 0) if lead_at is None else (sentences[lead_at].start, sentences[lead_at].end)
    findings, nth_day = _date_by_the_nth_day(findings, infos, published)
    findings = _date_by_the_news_day(findings, published, lead_span)
    lead = _lead_day(infos, lead_at, published)
    if lead is None and nth_day is not None:
        lead = (nth_day, None)  # "met for a second day" of talks "which began on July 28"
    if lead is not None:
        findings = _date_by_the_lead_day(findings, lead, published)
    coming = _date_by_the_coming_day(findings, published, spoken_today)
    findings = _scheduled_by_the_coming_day(findings, coming, published, lex)
    if lead is None:
        findings = _date_by_the_local_day(findings, local_day_behind(text, published), published)
    return findings


# How long before its article an event it tells of may lie and still be the article's news.
_NEWS_DAYS: Final = 2
_TOLD_AS_PAST: Final = frozenset({"asserted", "reported"})
_LEAD_WORDS: Final = 12  # a sentence of prose, not a line of the page


def _date_by_the_news_day(
    findings: list[Finding], published: date | None, lead: tuple[int, int] = (0, 0)
) -> list[Finding]:
    """Undated past claims take the day the article gives the same event.

    A report published the day after its event names the day once ("held talks in London on
    Wednesday") and tells the rest undated: the headline ("ministers hold talks in London"),
    "the meeting went on for five hours" in a later paragraph. A claim of a track dated only
    by its article takes the day another sentence of the article states for the same signal
    of the same track, when that day is one (the stated days of the week before the article
    agree; an earlier occasion told in the article does not compete), unless the lead
    tells the same signal of the track undated: then the news is of the article's own day
    ("Zelenskyy turned down Putin's invitation …" is not moved to "Peskov explained on
    Friday that Zelenskyy had been invited")."""
    if published is None:
        return findings
    days: dict[tuple[str, str], set[date]] = {}
    for f in findings:
        if (
            f.signal is not None
            and f.date_basis == "stated"
            and f.date_precision == "day"
            and f.event_date is not None
            and f.modality in _TOLD_AS_PAST
            and not f.context
            and published - timedelta(days=_NEWS_DAYS) <= f.event_date < published
        ):
            days.setdefault((f.track_id, f.signal), set()).add(f.event_date)
    # a lead telling the same news undated tells it as the article's own day's
    todays = {
        (f.track_id, f.signal)
        for f in findings
        if lead[0] <= f.start < lead[1]
        and f.date_basis == "inferred"
        and f.signal
        and not _perfect(f.exact, f.cue)
    }
    news = {key: min(found) for key, found in days.items() if len(found) == 1 and key not in todays}
    if not news:
        return findings
    out: list[Finding] = []
    for f in findings:
        day = news.get((f.track_id, f.signal or ""))
        if (
            day is not None
            and f.date_basis == "inferred"
            and f.event_date == published
            and f.modality in _TOLD_AS_PAST
        ):
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


def _perfect(sentence: str, cue: str | None) -> bool:
    """Whether the cue is told in the present perfect ("reports that Thailand has suspended
    the declaration"): a recent event left undated, whose day the article may give later."""
    if not cue:
        return False
    at = sentence.find(cue)
    return at > 0 and _HAS_BEFORE.search(sentence, 0, at) is not None


_HAS_BEFORE: Final = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|reportedly\s+)?$")


def _lead_index(infos: Sequence[_Info], sentences: Sequence[Sentence]) -> int | None:
    """The article's lead: its first sentence of prose (not a heading or a line of the page)."""
    for i, info in enumerate(infos):
        if not (info.boilerplate or _is_heading(sentences, i)) and (
            len(info.norm.split()) >= _LEAD_WORDS
        ):
            return i
    return None


def _lead_day(
    infos: Sequence[_Info], lead: int | None, published: date | None
) -> tuple[date, str | None] | None:
    """The day the article's lead dates its news by, when it is one of the days just before
    publication ("On Monday more than 30 leaders restated …", "Bessent said Monday that
    …"), with the lead's speaker when that day is a speech date; None when the lead dates
    nothing or the article's own day."""
    if published is None or lead is None:
        return None
    info = infos[lead]
    day = _news_day_of(info, published)
    if day is None and info.speaker and lead + 1 < len(infos):
        # "… Orban has said." then "In a Facebook post on Wednesday, Orban wrote: …"
        after = infos[lead + 1]
        if _same_speaker(info.speaker, after.speaker):
            day = _news_day_of(after, published)
    return day


def _news_day_of(info: _Info, published: date) -> tuple[date, str | None] | None:
    for m in find_date_mentions(info.norm, published):
        if m.role in ("event", "speech", "plan") and m.precision == "day":
            if published - timedelta(days=_NEWS_DAYS) <= m.date < published:
                return m.date, info.speaker if m.role == "speech" else None
            return None
    return None


def _named(speaker: str | None) -> bool:
    """Whether a speaker is named ("Kremlin spokesman Dmitry Peskov"), not only described
    by a role ("Oman's foreign minister"), who may be the person named elsewhere."""
    return speaker is not None and speaker.split()[-1][:1].isupper()


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names are one person ("Treasury Secretary Scott Bessent", "Bessent")."""
    return bool(a and b and a.split()[-1].lower() == b.split()[-1].lower())


def _speaks_for(country: str | None, speaker: str | None) -> bool:
    """Whether ``speaker`` is an official of the country the speaker ``country`` names: one
    voice ("Oman said Saturday …" and "… Omani Foreign Minister Badr Albusaidi wrote")."""
    if not country or not speaker:
        return False
    gazetteer = load_gazetteer()
    nation = gazetteer.country_of(country)
    if nation is None or country.lower() not in (n.lower() for n in nation.names):
        return False
    return gazetteer.country_of(speaker.split()[0]) is nation


def _date_by_the_lead_day(
    findings: list[Finding],
    lead: tuple[date, str | None],
    published: date | None,
) -> list[Finding]:
    """Claims dated only by their article take the day its lead gives the news.

    A report published the day after its news ("Published 24.02.2026 … On Monday more than
    30 leaders restated their support") tells the rest of the story undated: the headline,
    "In a joint statement that followed a virtual session …". A past or present claim
    dated by publication takes the lead's day; so does a claim of the future made by the
    speaker the lead dates ("Trump will sit down with Xi, Bessent says" under "Bessent said
    Monday that …"), or by anyone when the lead dates an event ("In a statement, the
    coalition's leaders also said allies would take part" under "On Tuesday, the United
    States joined …"): it was made that day."""
    day, speaker = lead
    out: list[Finding] = []
    for f in findings:
        told = f.modality in _TOLD_AS_PAST or (
            f.modality == "future"
            and (
                _same_speaker(speaker, f.speaker)
                or _speaks_for(speaker, f.speaker)
                or (speaker is None and f.speaker is not None)
            )
        )
        # a day the lead's speaker spoke is not another speaker's ("Orban wrote on Wednesday
        # …" does not date "The timing remains undecided, Peskov said")
        other = (
            _named(speaker)
            and _named(f.speaker)
            and not _same_speaker(speaker, f.speaker)
            and not _speaks_for(speaker, f.speaker)
        )
        if told and not other and f.date_basis == "inferred" and f.event_date == published:
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


def _date_by_the_local_day(
    findings: list[Finding], local: date | None, published: date | None
) -> list[Finding]:
    """Claims dated only by their article take the dateline city's day when an agency's
    stamp of the article's day was still the day before there ("8 NOV, 02:15" Moscow time
    over "WASHINGTON, November 8. /TASS/." tells of the evening of 7 November)."""
    if local is None:
        return findings
    return [
        f.model_copy(update={"event_date": local, "date_precision": "day"})
        if f.date_basis == "inferred" and f.event_date == published
        else f
        for f in findings
    ]


_STATED_AHEAD: Final = frozenset({"future", "asserted", "reported"})


# The verb of saying a reported claim opens with ("He said Trump and Xi would take up …").
_SAID: Final = re.compile(
    r"^[^,;:\"“”]{0,60}?\b(?:said|says|say|added|noted|stressed|told\s+\w+)(?:\s+that)?\s",
)


# A headline's infinitive of what is to come: "London to host new coalition meeting",
# "Trump, Xi to meet in Busan" (a subject of names, then "to" and a verb).
# Anchored (``\A``): only ever matched at an excerpt's start, and a search over a long run of
# capitalised words stays linear.
_INFINITIVE_AHEAD: Final = re.compile(
    r"\A(?!According\b|Due\b|Thanks\b|Close\b|Next\b|Prior\b|Ahead\b|Back\b|Up\b)"
    r"(?:[A-Z][\w'’.-]*,?\s+(?:and\s+|&\s+)?){1,5}to\s+"
    r"(?!be\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b)[a-z]+\b"
    r"(?![^,;:]*\b(?:said|says)\b)"
)


def _tells_ahead(f: Finding) -> bool:
    """Whether a claim tells of what is to come: of the future, a sentence of the narration
    without a cue whose first verb is of the future, a reported claim of the future or a
    headline's infinitive."""
    return (
        f.modality == "future"
        or (f.signal is None and f.modality == "asserted" and tells_ahead(f.exact))
        or (f.modality == "reported" and _reports_ahead(f.exact))
        or (f.modality == "asserted" and _INFINITIVE_AHEAD.match(f.exact) is not None)
        # a plan told in the present: "according to diplomatic sources, the delegations are
        # planned to meet at 13:00"
        or (
            f.signal == "scheduled"
            and f.modality == "reported"
            and _PLAN_NOW.search(f.exact) is not None
        )
    )


_PLAN_NOW: Final = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:planned|scheduled|set|due|slated|expected)\s+(?:to|for)\b",
    re.IGNORECASE,
)


def _reports_ahead(sentence: str) -> bool:
    """Whether a reported claim tells of what is to come: the first verb of tense after its
    verb of saying is of the future ("He said Trump and Xi would take up farm purchases")."""
    m = _SAID.search(sentence)
    if m is None:
        # the words first, who said them last: "… could meet in Lisbon, diplomats said."
        tail = _SAYING_LAST.search(sentence)
        return tail is not None and tells_ahead(sentence[: tail.start()])
    return tells_ahead(sentence[m.end() :])


# A verb of saying that closes a reported claim: "…, diplomats said.", "…," he added.
_SAYING_LAST: Final = re.compile(
    r"[,”\"]\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|added|noted|stressed|told\s+\w+)[^,;:]{0,40}$"
)


# "met in Stockholm for a second day of negotiations", "entered their third day": the day
# of talks counted from the day the article says they began ("which began on July 28").
_NTH_DAY: Final = Gated(
    re.compile(
        r"\b(?:a|the|its|their)\s+(second|third|fourth|fifth)\s+(?:and\s+(?:final|last)\s+)?day\b",
        re.IGNORECASE,
    )
)
_NTH: Final = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}
_BEGAN: Final = re.compile(
    r"\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s*way|commenced)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _began_on(infos: Sequence[_Info], published: date) -> date | None:
    """The one day the article says talks began on ("the talks, which began on July 28")."""
    days = {
        m.date
        for info in infos
        if not info.boilerplate
        for m in find_date_mentions(info.norm, published)
        if m.precision == "day" and _BEGAN.search(info.norm[max(0, m.start - 30) : m.start])
    }
    return days.pop() if len(days) == 1 else None


def _date_by_the_nth_day(
    findings: list[Finding], infos: Sequence[_Info], published: date | None
) -> tuple[list[Finding], date | None]:
    """Claims dated only by their article that tell of the second (third …) day of talks
    take that day, counted from the day the article says the talks began; returns them with
    that day when it is one of the days just before publication (the story's news day)."""
    if published is None or not any(_NTH_DAY.search(f.exact) for f in findings):
        return findings, None
    began = _began_on(infos, published)
    if began is None:
        return findings, None
    out: list[Finding] = []
    days: set[date] = set()
    for f in findings:
        m = _NTH_DAY.search(f.exact)
        if m and f.date_basis == "inferred" and f.event_date == published:
            day = began + timedelta(days=_NTH[m.group(1).lower()])
            if day <= published:
                f = f.model_copy(
                    update={"event_date": day, "date_precision": "day", "date_basis": "stated"}
                )
                days.add(day)
        out.append(f)
    news = days.pop() if len(days) == 1 else None
    if news is not None and not published - timedelta(days=_NEWS_DAYS) <= news < published:
        news = None
    return out, news


def _said_that_day(sentence: str, when: DateResolution, published: date | None) -> bool:
    """Whether the date of ``sentence`` is that of a speech on the article's own day ("In a
    statement issued late on Saturday, the presidency said leaders would attend")."""
    return any(
        m.role == "speech" and m.text == when.expression and m.date == published
        for m in find_date_mentions(sentence, published, future=True)
    )


# "… when he meets Zelenskyy at the White House on October 17": a day told in passing, of
# another occasion, in a clause opened by "when".
_WHEN_OPEN: Final = re.compile(r"\bwhen\b[^,;:.!?]{0,160}$", re.IGNORECASE)


def _in_a_when_clause(sentence: str, day: date, published: date) -> bool:
    """Whether the expression of ``day`` in ``sentence`` stands in a clause opened by
    "when" (the sentence then tells no status of the track's own coming event)."""
    return any(
        m.date == day and _WHEN_OPEN.search(sentence, 0, m.start)
        for m in find_date_mentions(sentence, published, future=True)
    )


# "commit to preparing the draft of a peace agreement by May 2": a day things are due by,
# not a day anything takes place on.
_DEADLINE: Final = re.compile(
    r"\b(?:by|until|till|before|no\s+later\s+than|not\s+later\s+than|deadline\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _a_deadline(sentence: str, day: date, published: date) -> bool:
    """Whether every expression of ``day`` in ``sentence`` is a deadline ("by May 2")."""
    found = [m for m in find_date_mentions(sentence, published, future=True) if m.date == day]
    return bool(found) and all(
        _DEADLINE.search(sentence, max(0, m.start - 30), m.start) for m in found
    )


def _date_by_the_coming_day(
    findings: list[Finding],
    published: date | None,
    spoken_today: set[tuple[str, int]] | None = None,
) -> list[Finding]:
    """Claims of a coming event dated only by their article take the day the article
    states for it.

    "The summit starts tomorrow, August 15 … After that the delegations will hold
    negotiations": when the article states one day after publication for a track's coming
    event, its future claims of that track without a date of their own are of that day; so
    are those dated only by a speech of the article's own day ("the presidency said late on
    Saturday that leaders would attend the summit", the summit set for Monday)."""
    spoken = spoken_today or set()
    if published is None:
        return findings
    days: dict[str, set[date]] = {}
    for f in findings:
        if (
            f.date_basis == "stated"
            and f.date_precision == "day"
            and f.event_date is not None
            and f.event_date > published
            and f.modality in _STATED_AHEAD
            and not f.context
            and not (f.signal is None and _in_a_when_clause(f.exact, f.event_date, published))
            and not _a_deadline(f.exact, f.event_date, published)
        ):
            days.setdefault(f.track_id, set()).add(f.event_date)
    coming = {track: min(found) for track, found in days.items() if len(found) == 1}
    out: list[Finding] = []
    for f in findings:
        day = coming.get(f.track_id)
        undated = f.date_basis == "inferred" or (f.track_id, f.start) in spoken
        if day is not None and undated and f.event_date == published and _tells_ahead(f):
            f = f.model_copy(update={"event_date": day, "date_precision": "day"})
        out.append(f)
    return out


# The announcement of a meeting: "Trump Unveils Alaska Meeting with Putin", "announced a
# summit".
_ANNOUNCES: Final = re.compile(r"(?:announc|unveil|reveal)\w*\b", re.IGNORECASE)


def _announces(f: Finding) -> bool:
    return (
        f.signal == "proposed"
        and f.modality in _TOLD_AS_PAST
        and f.cue is not None
        and _ANNOUNCES.match(f.cue) is not None
    )


# The visit ahead, or what a visitor will do during it, in an article that sets the visit's
# day: "Putin will also hold talks with Modi during the visit", "during his three-day stay,
# the president will meet …", "It will be Trump's first trip to the state since …" (the set
# visit itself, or a part of it, so scheduled with it).
_DURING_THE_VISIT: Final = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|his|her|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour)\b",
    re.IGNORECASE,
)
# A set visit's programme: "will lay a wreath", "will be accorded a ceremonial welcome",
# "will host a banquet for", "will open his official engagements with …".
_VISIT_WORD: Final = re.compile(
    r"\b(?:visit|trip|wreaths?|wreath-laying|banquet|welcome|reception|engagements)\b",
    re.IGNORECASE,
)


def _during_the_visit(f: Finding) -> bool:
    return (
        f.signal in _FIXABLE
        and f.modality == "future"
        and (
            _DURING_THE_VISIT.search(f.exact) is not None
            or (f.cue is not None and _VISIT_WORD.search(f.cue) is not None)
        )
    )


def _scheduled_by_the_coming_day(
    before: list[Finding], after: list[Finding], published: date | None, lexicon: Lexicon
) -> list[Finding]:
    """A meeting announced ahead that takes the day another sentence states it is scheduled
    for (``before`` and ``after`` that dating) is scheduled, not merely proposed, as when the
    sentence names the day itself ("The summit starts tomorrow, August 15 … After that the
    delegations will hold negotiations"); so is the announcement of a meeting whose coming day
    the article sets ("Trump Unveils Alaska Meeting with Putin" over "… in Alaska on August
    15")."""
    set_for = {
        (f.track_id, f.event_date)
        for f in after
        if f.signal == "scheduled" and f.date_basis == "stated" and f.date_precision == "day"
    }
    ahead = {
        t for t, day in set_for if published is not None and day is not None and day > published
    }
    return [
        a.model_copy(
            update={
                "signal": "scheduled",
                "cameo": lexicon.cameo("scheduled"),
                "plover": lexicon.plover("scheduled"),
            }
        )
        if (
            a.signal in _FIXABLE
            and a.modality == "future"
            and b.event_date == published
            and a.event_date != published
            and (a.track_id, a.event_date) in set_for
        )
        or (a.track_id in ahead and (_announces(a) or _during_the_visit(a)))
        else a
        for b, a in zip(before, after, strict=True)
    ]
