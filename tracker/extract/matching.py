"""Which sentences belong to which track.

A sentence belongs to a track directly when it names at least ``track.min_actors`` of the
track's actors (name or alias, case-sensitive, on word boundaries) together with one of its
keywords (case-insensitive, plural allowed). It belongs by continuation when it carries on a
paragraph about the track: inside a paragraph, a later sentence that has an anaphor for the
track's kind ("the summit", "the call", "the two diplomats"), one of its keywords or actors,
or a status cue; into the next paragraph only when that paragraph's first sentence has such
an anaphor. Headings that belong to no track do not break the chain between paragraphs.

A sentence naming one of ``track.context_terms`` ("Anchorage") is about another, earlier
event: it is marked ``context``, and so are the sentences continuing it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.domain.models import Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract.lexicon import Lexicon

Span = tuple[int, int]


@dataclass(frozen=True)
class TrackPatterns:
    track_id: str
    kind: TrackKind
    min_actors: int
    actors: tuple[re.Pattern[str], ...]
    keyword: re.Pattern[str] | None
    context: re.Pattern[str] | None


def _alternation(words: Sequence[str]) -> str:
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


@lru_cache(maxsize=256)
def _patterns_for(track_json: str) -> TrackPatterns:
    track = Track.model_validate_json(track_json)
    actors: list[re.Pattern[str]] = []
    for actor in track.actors:
        alt = _alternation(actor.names())
        if alt:
            actors.append(re.compile(rf"(?<!\w)(?:{alt})(?!\w)"))
    kw_alt = _alternation(track.keywords)
    keyword = re.compile(rf"(?<!\w)(?:{kw_alt})(?:s|es)?(?!\w)", re.IGNORECASE) if kw_alt else None
    ctx_alt = _alternation(track.context_terms)
    context = re.compile(rf"(?<!\w)(?:{ctx_alt})(?!\w)") if ctx_alt else None
    return TrackPatterns(
        track.id, TrackKind(track.kind), max(1, track.min_actors), tuple(actors), keyword, context
    )


def patterns_for(track: Track) -> TrackPatterns:
    return _patterns_for(track.model_dump_json())


@dataclass
class Mention:
    """How one sentence belongs to one track, with the spans that tie it there."""

    track_id: str
    direct: bool
    context: bool
    actor_spans: list[Span] = field(default_factory=list)
    keyword_spans: list[Span] = field(default_factory=list)
    anaphor_spans: list[Span] = field(default_factory=list)

    def all_spans(self) -> list[Span]:
        return [*self.actor_spans, *self.anaphor_spans, *self.keyword_spans]


@dataclass(frozen=True)
class SentenceView:
    """What matching needs of a sentence: its normalised text and place."""

    text: str
    paragraph: int
    first_in_paragraph: bool
    heading: bool
    has_cue: bool
    skip: bool = False  # boilerplate


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[Span]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


def _anaphor_spans(text: str, kind: TrackKind, lexicon: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for anaphor in lexicon.anaphors:
        if kind in anaphor.kinds:
            spans.extend(m.span() for m in anaphor.pattern.finditer(text))
    return spans


def _mention(
    tp: TrackPatterns,
    view: SentenceView,
    lexicon: Lexicon,
    paragraph_state: dict[str, bool],
    previous_state: dict[str, bool],
) -> Mention | None:
    """Whether one sentence belongs to one track: directly (enough actors and a keyword),
    or by continuing the track of its paragraph (or, for a paragraph's first sentence with
    an anaphor, of the previous paragraph)."""
    actor_hits = [_spans(p, view.text) for p in tp.actors]
    named = sum(1 for hits in actor_hits if hits)
    actor_spans = sorted(s for hits in actor_hits for s in hits)
    kw_spans = _spans(tp.keyword, view.text)
    ctx = bool(tp.context and tp.context.search(view.text))
    if named >= tp.min_actors and kw_spans:
        return Mention(tp.track_id, True, ctx, actor_spans, kw_spans, [])
    anaphors = _anaphor_spans(view.text, tp.kind, lexicon)
    if view.first_in_paragraph:
        if anaphors and tp.track_id in previous_state:
            inherited = previous_state[tp.track_id]
            return Mention(tp.track_id, False, ctx or inherited, actor_spans, kw_spans, anaphors)
        return None
    if tp.track_id in paragraph_state and (anaphors or kw_spans or actor_spans or view.has_cue):
        inherited = paragraph_state[tp.track_id]
        return Mention(tp.track_id, False, ctx or inherited, actor_spans, kw_spans, anaphors)
    return None


def match_tracks(
    views: Sequence[SentenceView], tracks: Sequence[Track], lexicon: Lexicon
) -> list[list[Mention]]:
    """For each sentence, the tracks it belongs to (see the module docstring)."""
    compiled = [patterns_for(t) for t in tracks if not t.archived]
    out: list[list[Mention]] = []
    paragraph_state: dict[str, bool] = {}  # track id -> context, for the current paragraph
    previous_state: dict[str, bool] = {}  # the same for the previous paragraph
    current_paragraph = -1
    current_is_heading = False
    for view in views:
        if view.paragraph != current_paragraph:
            if current_paragraph >= 0 and not (current_is_heading and not paragraph_state):
                previous_state = paragraph_state
            paragraph_state = {}
            current_paragraph = view.paragraph
            current_is_heading = view.heading
        mentions: list[Mention] = []
        if view.skip:
            out.append(mentions)
            continue
        for tp in compiled:
            mention = _mention(tp, view, lexicon, paragraph_state, previous_state)
            if mention is not None:
                mentions.append(mention)
        for mention in mentions:
            if mention.direct or mention.track_id not in paragraph_state:
                paragraph_state[mention.track_id] = mention.context
        out.append(mentions)
    return out
