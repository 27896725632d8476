"""Status cues in a sentence and the modality of each (asserted, negated, denied, …).

Works on quote-normalised sentence text; offsets are into that sentence.

Modality, strongest first:

- ``denied``: the sentence carries a denial ("denied", "we cannot postpone what has not
  been agreed upon", "dismissed reports") anywhere before the cue, up to what the speaker
  says instead after it ("dismissed reports that the summit was off, saying preparations
  continue": preparations are asserted);
- ``negated``: a negator in the same clause, at most six words before the cue ("was not
  cancelled", "no meeting … is currently scheduled");
- ``hypothetical``: could / may / might / if / unless … in that window, or a clause
  opened by whether / if / unless however long ("Whether the delegations will hold any
  talks at all remains unclear"), or a condition the cue's clause goes on to set ("would
  not meet him unless there was a clear purpose"), or an infinitive of purpose opening
  the sentence ("But to reach a final agreement, Israel should withdraw …");
- ``future``: will / would / expected / as soon as … in that window or inside the cue, or
  an infinitive ("agreed to hold talks");
- ``reported``: the sentence is attributed to someone (a speaker or "reportedly");
- ``asserted``: otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from tracker.domain.models import Modality
from tracker.extract.lexicon import Lexicon, Patterns, compile_cue
from tracker.extract.literals import lowered_for_twins, twin_spans

WINDOW_WORDS: Final = 6
# A clause boundary: punctuation, or a word that opens a new clause (also "and" before a
# verb of its own: "we do not want this and are ready to hold talks" negates no talks).
_CLAUSE_BREAK: Final = re.compile(
    r"[,;:()\"\u2014\u2013]|\s-\s|\b(?:after|before|because|although|though|which|who|whom|"
    r"where|but|and\s+that|since|until|once)\b|\band(?=\s+(?:are|is|was|were|will|would|has|"
    r"have|remain|remains)\b)",
    re.IGNORECASE,
)
_WORDS: Final = re.compile(r"\S+")
# "agreed to hold talks", "plans to meet": a cue right after "to" tells of something ahead;
# not a change of plan ("decided to delay" has delayed it).
CHANGE_OF_PLAN: Final = 1  # the precedence of cancelled, postponed, on hold …
_INFINITIVE: Final = re.compile(r"(?:^|\s)to$", re.IGNORECASE)
# An infinitive that describes its noun after an ordinal or a superlative tells no plan:
# "the first G20 summit to be held in Africa" (the summit's place in a series).
_EPITHET: Final = re.compile(
    r"\b(?:first|second|third|last|only|largest|biggest)(?:\s+[\w'-]+){1,3}\s+to$", re.IGNORECASE
)
# Being there, told in the past, to witness a signing: "joined the leaders in Washington to
# witness the signing", "were on hand to witness the accord" (the signing took place; no
# plan ahead).
_WITNESSED: Final = re.compile(
    r"\b(?:joined|gathered|were\s+(?:on\s+hand|present|there)|was\s+(?:on\s+hand|present|"
    r"there)|travell?ed|flew|came)\b[^,;:.!?]{0,80}?\sto$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CueHit:
    """One lexicon cue found in a sentence."""

    signal: str
    cue: str
    start: int
    end: int
    text: str

    # Written out so that mypyc compiles it: the one the dataclass would generate runs
    # interpreted (setting a frozen field through ``object.__setattr__`` either way).
    def __init__(self, signal: str, cue: str, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "signal", signal)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)


def find_cues(sentence: str, lexicon: Lexicon) -> list[CueHit]:
    """Every cue of every signal in ``sentence``; per signal, overlapping hits collapse into
    the longest; where cues of two signals overlap the longer wins ("no immediate plans"
    over "plans to meet", "ended without agreement" over "talks ended"); a phrase that only
    looks like a cue ("without delay", "met with criticism") hides the cues it overlaps.
    Sorted by position."""
    blocked, by_signal = _search(sentence, lexicon)
    hits: list[CueHit] = []
    for own in by_signal.values():
        own.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[CueHit] = []
        for hit in own:
            if kept and hit.start < kept[-1].end:
                if hit.end - hit.start > kept[-1].end - kept[-1].start:
                    kept[-1] = hit
                continue
            kept.append(hit)
        hits.extend(kept)
    if blocked:
        hits = [h for h in hits if not any(h.start < b and a < h.end for a, b in blocked)]
    survivors: list[CueHit] = []
    for hit in hits:
        inside = any(
            o.signal != hit.signal
            and o.start <= hit.start
            and hit.end <= o.end
            and (o.end - o.start) > (hit.end - hit.start)
            and not _in_gap(o, hit)
            for o in hits
        )
        if not inside:
            survivors.append(hit)
    survivors.sort(key=lambda h: (h.start, h.signal))
    return survivors


def _search(
    sentence: str, lexicon: Lexicon
) -> tuple[list[tuple[int, int]], dict[int, list[CueHit]]]:
    """The spans of the "not a cue" phrases in ``sentence`` (``Lexicon.blocked_spans``), and
    per signal (by index) the hits of its cues, in the lexicon's order: the phrases its
    words allow (``Lexicon.candidates``, the not-cues first), each searched alone."""
    blocked: list[tuple[int, int]] = []
    by_signal: dict[int, list[CueHit]] = {}
    lowered = lowered_for_twins(sentence)
    for si, ci in lexicon.candidates(sentence):
        if si < 0:
            phrase = lexicon.not_cues[ci]
            blocked += twin_spans(phrase.pattern, phrase.twin, phrase.bare, sentence, lowered)
            continue
        signal = lexicon.signals[si]
        compiled = signal.patterns[ci]
        # ``compiled.spans``, called in this compiled module (lexicon.py runs interpreted)
        for start, end in twin_spans(
            compiled.pattern, compiled.twin, compiled.bare, sentence, lowered
        ):
            if end > start:
                by_signal.setdefault(si, []).append(
                    CueHit(signal.name, compiled.cue, start, end, sentence[start:end])
                )
    return blocked, by_signal


def _in_gap(outer: CueHit, inner: CueHit) -> bool:
    """Whether ``inner`` lies inside the words ``outer`` skipped (``announced ... meeting``
    spans "announced that preparations were under way for a meeting"): a cue of its own,
    not part of the longer one."""
    if "..." not in outer.cue or outer.cue.startswith("re:"):
        return False
    head, tail = _gap_ends(outer.cue)
    first = head.match(outer.text)
    ends = list(tail.finditer(outer.text))
    last = ends[-1] if ends else None
    return (
        first is not None
        and last is not None
        and inner.start >= outer.start + first.end()
        and inner.end <= outer.start + last.start()
    )


@lru_cache(maxsize=256)
def _gap_ends(cue: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of a gapped cue before its first gap and after its last."""
    return compile_cue(cue.split("...", 1)[0]), compile_cue(cue.rsplit("...", 1)[1])


_PARTICIPLE: Final = re.compile(
    r"^(?:scheduled|planned|proposed|postponed|announced|agreed|set|slated|delayed|"
    r"cancell?ed|canceled|suspended|stalled|expected|mooted|touted|rescheduled|shelved)\b",
    re.IGNORECASE,
)
_BEFORE_MODIFIER: Final = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|their|his|her|long|much|oft|now)[\s-]+|"
    r"\b(?:summit|meeting|talks|round|visit|conference|encounter|negotiations|session|trip)\s+)$",
    re.IGNORECASE,
)
# A plan in a reduced relative set off after its noun: "a long-awaited meeting between the
# two presidents, set for November 13, …" (not a main verb after an inserted clause: "The
# talks, which opened on Saturday, stalled").
_REDUCED_PLAN: Final = re.compile(r"(?:set|scheduled|planned|slated)\s+for\b", re.IGNORECASE)
_AFTER_COMMA: Final = re.compile(r"\w,\s+$")
_AUXILIARY: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|remains|remain|got|get|gets)\s+"
    r"(?:\w+ly\s+|now\s+|not\s+|still\s+|also\s+|again\s+)*$",
    re.IGNORECASE,
)


_RELATIVE: Final = re.compile(
    r"(?:,|\(|\u2014|--)\s*(?:which|that|who|where|when|after|since|as|(?:even\s+)?though|although|"
    r"while|whereas|despite)\b[^,;()\u2014]*$",
    re.IGNORECASE,
)


# A sentence opened by a side clause or phrase: "Despite the delay, Dmitriev wrote that
# preparations continue", "After the talks were postponed, …".
_OPENING_SIDE: Final = re.compile(
    r"^\W*(?:after|since|as|(?:even\s+)?though|although|while|whereas|despite|when|following|amid)"
    r"\b[^,;()\u2014]*$",
    re.IGNORECASE,
)


# A restrictive relative clause on an event noun: "in trade talks that wrapped up on
# Sunday", "the meeting which was postponed" tell of the noun, not the sentence's predicate.
_RESTRICTIVE: Final = re.compile(
    r"\b(?:talks|negotiations|meeting|meetings|summit|round|session|consultations|discussions|"
    r"conference|visit|call)\s+(?:that|which)\s+(?:(?:had|has|have|was|were|is|are|been|be|"
    r"will|would)\s+)*(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# "after the talks", "following Monday's meeting", "ahead of the summit": an event the
# sentence's predicate follows or precedes.
_SIDE_EVENT: Final = re.compile(r"(?:after|following|ahead\s+of)\b", re.IGNORECASE)


def is_modifier(sentence: str, hit: CueHit) -> bool:
    """Whether a cue modifies a noun or sits in a side clause instead of being the
    sentence's predicate: "the postponed summit", "the meeting scheduled for this week",
    "the talks, which were postponed in May, …", "trade talks that wrapped up on Sunday",
    "Despite the delay, …" (but not "the meeting was scheduled")."""
    before = sentence[max(0, hit.start - 80) : hit.start]
    if _RELATIVE.search(before):
        return True
    if ("that" in before or "which" in before) and _RESTRICTIVE.search(before):
        return True
    if hit.start and _OPENING_SIDE.match(sentence, 0, hit.start):
        return True
    if _SIDE_EVENT.match(hit.text):
        return True
    if not _PARTICIPLE.match(hit.text):
        return False
    before = sentence[max(0, hit.start - 40) : hit.start]
    if _REDUCED_PLAN.match(hit.text) and _AFTER_COMMA.search(before):
        return True
    return bool(_BEFORE_MODIFIER.search(before)) and not _AUXILIARY.search(before)


# A word or two in quotation marks inside a clause ("there is no \"precise timeframe\" for
# organising a meeting") quotes a phrase; it does not end the clause.
_SCARE_QUOTES: Final = re.compile(r'"([^",;:.!?()]{1,30}?)"')


@lru_cache(maxsize=1024)  # a sentence's cue is asked again for each track it names
def clause_window(sentence: str, cue_start: int, words: int = WINDOW_WORDS) -> str:
    """The up to ``words`` words before ``cue_start`` that lie in the cue's own clause."""
    before = _SCARE_QUOTES.sub(lambda m: f" {m.group(1)} ", sentence[:cue_start])
    cut = 0
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    clause = before[cut:]
    tokens = _WORDS.findall(clause)
    return " ".join(tokens[-words:])


# A clause opened by "whether" or "if" is a question or a condition however long it runs:
# "Whether the two delegations will hold any talks at all remains unclear".
_CONDITIONAL_CLAUSE: Final = re.compile(r"^\W*(?:whether|if|unless)\b", re.IGNORECASE)


# A predicate that says the cue's event has not come: "arrangements for the summit have
# yet to begin", "preparations … are yet to start".
_NOT_YET_AFTER: Final = re.compile(
    r"[^,;:.!?()\u2014]{0,60}?\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\b",
    re.IGNORECASE,
)


# A condition the cue's own clause goes on to set: "would not meet Putin unless there was a
# clear purpose", "will hold talks only if the ceasefire holds", "would meet Zelensky only
# once a deal is ready", "provided that …", "is ready to meet as long as the meeting has an
# agenda".
_CONDITION_AFTER: Final = re.compile(
    r"[^,;:.!?()\u2014]{0,60}?\b(?:(?<!\bas )(?<!\beven )(?:unless|if)|only\s+(?:once|after|when)|"
    r"provided\s+that|on\s+condition\s+that|(?<!\bfor )as\s+long\s+as)\b",
    re.IGNORECASE,
)
# A modal right after a cue that ends on the event, its subject: "suggested that the
# Budapest meeting could follow a similar path".
_MODAL_AFTER: Final = re.compile(r"\s+(?:could|might|may)\b")
# A future right after a cue that ends on the event or a part of it, its subject: "The first
# day of the visit will end with a state banquet", "the last leg of the tour is to take him
# to Lima", "The wreath-laying is expected to follow" (the part is still ahead). Not "will be
# followed by" (what comes after an event told done).
_FUTURE_AFTER: Final = re.compile(
    r"\s+(?:will|shall|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|going)\s+)?to)\s+"
    r"(?!not\b|have\b|be\s+followed\b)",
    re.IGNORECASE,
)
_FUTURE_AFTER_SIGNALS: Final = frozenset({"held", "visit_made"})
# A future that governs a coordination whose later verb is the cue: "will also tour a new
# museum and lay a wreath", "is expected to meet the president, tour the park and plant a
# tree" (a finite verb of another tense, or a speech verb, between them ends its reach).
_FUTURE_COORDINATED: Final = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|going)\s+)?to)\s+"
    r"(?:(?:also|then|later|first|now|both)\s+)?(?!not\b|be\b|have\b)[a-z]+\b"
    r"(?:(?!\b(?:was|were|had|has|did|is|are|said|says|told|after|before|which|who)\b)"
    r"[^.;:!?()\u2014\"])*?(?:,|\band)\s*$",
    re.IGNORECASE,
)
# A cue inside a phrase that opens the sentence, whose main clause is told ahead: "On the
# second day of the visit, the King will travel to Mombasa", "During the last leg of the tour,
# he is due to meet …" (the day or part named is still ahead).
_OPENING_BEFORE: Final = re.compile(
    r"^\W*(?:on|during|over|for|at|in|by)\s+(?:the|his|her|their|its)\s+[^,;:.!?]*$",
    re.IGNORECASE,
)
_MAIN_CLAUSE_AHEAD: Final = re.compile(
    r"[^,;:.!?]*,\s*(?:[\w'\u2019.-]+\s+){1,5}?"
    r"(?:will|shall|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|going)\s+)?to)\s+(?!not\b)",
    re.IGNORECASE,
)
# The cue opens on a bare verb (no -ed, -ing or -s): "lay a wreath", "tour the park".
_BARE_VERB: Final = re.compile(r"^[a-z]+(?<!ed)(?<!ing)(?<![^s]s)\b")


def _told_ahead_around(sentence: str, hit: CueHit) -> bool:
    """A cue that a future reaches from outside its six-word window: the future right after
    the event noun it ends on ("The first day of the visit will end with …"), or the main
    clause's future after an opening phrase that holds it ("On the second day of the visit,
    the King will travel …")."""
    if hit.signal not in _FUTURE_AFTER_SIGNALS:
        return False
    return _FUTURE_AFTER.match(sentence, hit.end) is not None or (
        _OPENING_BEFORE.match(sentence[: hit.start]) is not None
        and _MAIN_CLAUSE_AHEAD.match(sentence, hit.end) is not None
    )


def future_reaches(sentence: str, cue_start: int, cue: str) -> bool:
    """Whether a future outside the cue's window governs the coordination whose later verb
    the cue is: "will also tour a new museum and lay a wreath", "is expected to meet the
    president, tour the port and plant a tree" (a finite verb of another tense, or a speech
    verb, between them ends its reach)."""
    return (
        _BARE_VERB.match(cue) is not None
        and _FUTURE_COORDINATED.search(sentence[:cue_start]) is not None
    )


# An infinitive of purpose opening the sentence, its cue within two words of "to" and a
# comma after it: "But to reach a final agreement, Israel should withdraw …" (what the
# main clause is needed for, no plan of anyone's).
_PURPOSE_OPENING: Final = re.compile(
    r"^\W*(?:(?:but|and|yet|so)\s+)?(?:in\s+order\s+)?to\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE
)
_PURPOSE_END: Final = re.compile(r"[^.;:!?]*,")


def _opens_purpose(sentence: str, hit: CueHit) -> bool:
    return bool(
        hit.start < 40
        and _PURPOSE_OPENING.match(sentence, 0, hit.start)
        and _PURPOSE_END.match(sentence, hit.end)
    )


def _opens_conditional(sentence: str, cue_start: int) -> bool:
    return bool(_CONDITIONAL_CLAUSE.search(clause_window(sentence, cue_start, words=40)))


@lru_cache(maxsize=512)
def _in_sentence(patterns: Patterns, sentence: str) -> bool:
    """``_any`` over a whole sentence, once per sentence: every cue of it asks the same."""
    return _any(patterns, sentence)


def _any(patterns: Patterns, text: str) -> bool:
    return patterns.search_any(text)


def _hedged(patterns: Patterns, window: str, cue: str) -> bool:
    """Whether a hedge stands before the cue or opens it ("ready to host", "possibility of
    a summit"); the cue's own later words are not one ("stopped considering a summit" is
    no hypothesis)."""
    first = re.match(r"\S+", cue)
    own = len(window) + 1 + (first.end() if first else 0)
    text = f"{window} {cue}"
    for pattern in patterns.candidates(text):
        found = pattern.search(text)  # the leftmost: a later one starts later still
        if found is not None and found.start() < own:
            return True
    return False


# A refusal right before a cue that opens on "to": "declined to join the accords", "refused
# to take part in", "turned down the invitation to join", "rejected an offer to sign on to"
# (the refusal word is in the window, its "to" opens the cue, so the negator alone misses it).
_REFUSAL_BEFORE: Final = re.compile(
    r"\b(?:(?:refus|declin)(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down|reject(?:s|ed|ing)?|"
    r"rebuff(?:s|ed|ing)?)(?:\s+(?:(?:a|an|the|his|her|its|their|this|that)\s+)?"
    r"(?:[\w'-]+\s+)?(?:invitation|invite|offer|request|call)s?)?$",
    re.IGNORECASE,
)
_OPENS_ON_TO: Final = re.compile(r"to\b", re.IGNORECASE)


def _refused(window: str, cue: str) -> bool:
    return bool(_OPENS_ON_TO.match(cue) and _REFUSAL_BEFORE.search(window))


# A cue whose first word opens a clause: "after their talks", "following the meeting".
_OPENS_CLAUSE: Final = re.compile(r"(?:after|following|during)\b", re.IGNORECASE)


# What a denial says instead, told after it in a clause of its own: "dismissed reports that
# the summit was cancelled, saying preparations continue", "denied the visit was off; the
# dates are being worked out" (the denied change is no status; what follows is the
# speaker's own claim).
_INSTEAD: Final = re.compile(
    r"(?:,\s*(?:saying|adding|insisting|stressing|explaining|noting)|,\s*and\s+(?:said|added)|"
    r";|,\s*but|\u2014|\s-\s)\s",
    re.IGNORECASE,
)


# A denial itself negated: "did not deny that Quispe had proposed travelling", "would not
# deny the reports", "refused to deny" (the speaker lets the claim stand: no denial).
_NOT_DENYING: Final = re.compile(
    r"(?:\b(?:not|never)|n't|\b(?:refused|refuses|declined|declines)\s+to)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


_NEGATED_DENIAL: Final = re.compile(
    r"(?:\b(?:not|never)|n't|\b(?:refused|refuses|declined|declines)\s+to)\s+(?:\w+ly\s+)?"
    r"den(?:y|ies|ied|ying)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _denial_start(patterns: Patterns, sentence: str) -> int | None:
    """Where the sentence's first denial begins, one itself negated left out; None when it
    has none."""
    starts = [
        m.start()
        for p in patterns.candidates(sentence)
        for m in p.finditer(sentence)
        if not _NOT_DENYING.search(sentence, max(0, m.start() - 30), m.start())
    ]
    return min(starts) if starts else None


@lru_cache(maxsize=512)
def _denial_ends(patterns: Patterns, sentence: str) -> int | None:
    """Where the scope of the sentence's first denial ends: at what the speaker says
    instead, told after it ("…, saying …"); None when nothing follows it."""
    start = _denial_start(patterns, sentence)
    if start is None:
        return None
    instead = _INSTEAD.search(sentence, start)
    return instead.end() if instead else None


# An encounter ahead whose place or time the sentence says is not known or not told: "gave
# no indication of where in Alaska the two men would meet", "would not say when and where
# the talks would take place", "It was not immediately clear who would meet with …" (the
# open question, no plan asserted; labelling convention 10). The negation stands before
# "where" / "when", which the clause window cuts at, and the clause up to the cue stays
# unbroken and tells of the future.
_OPEN_QUESTION: Final = re.compile(
    r"(?:\b(?:not|no|never|unclear|uncertain|unknown)|n't|\b(?:declined|declines|refused|"
    r"refuses)\s+to)\s+(?:[\w'-]+\s+){0,4}?(?:when|where|who)(?:\s+(?:and|or)\s+(?:when|where))?"
    r"\s+([^,;:.!?()\u2014]*)$",
    re.IGNORECASE,
)
_AHEAD_IN_QUESTION: Final = re.compile(
    r"\b(?:will|would|shall|could|might|(?:is|are|was|were)\s+to|(?:is|are)\s+going\s+to)\b|'ll\b",
    re.IGNORECASE,
)


def _open_question(sentence: str, hit: CueHit) -> bool:
    """Whether ``hit`` tells an encounter ahead inside a negated question of where, when or
    who ("did not say where the two would meet")."""
    m = _OPEN_QUESTION.search(sentence, 0, hit.start)
    return m is not None and _AHEAD_IN_QUESTION.search(m.group(1) + " " + hit.text) is not None


# A resumption only sought, urged or talked about: "trying to revive the talks", "efforts
# to restart the talks", "pushing to bring the two back to the table", "discuss resuming
# the talks", "the meeting dealt with resuming the talks" — and a meeting held about it,
# "held discussions on restarting the talks". The talks stay where they were (a halt told
# before stands) until they are reported resumed.
_SOUGHT: Final = re.compile(
    r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|efforts?|bids?|push(?:es|ed|ing)?|"
    r"drive|seek(?:s|ing)?|sought|work(?:s|ed|ing)?|press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"aim(?:s|ed|ing)?|struggl(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|discussions?|"
    r"talk(?:s|ed)?\s+(?:on|about)|dealt\s+with|deal(?:s|ing)?\s+with|"
    r"focus(?:s?ed|es|ing)?\s+on|cent(?:er|re)d\s+on|consider(?:s|ed|ing)?|"
    r"explor(?:e|es|ed|ing)|ways\s+(?:of|to)|prospects?\s+(?:of|for)|calls?\s+for|"
    r"called\s+for)\b",
    re.IGNORECASE,
)
_SOUGHT_WORDS: Final = 10
_ABOUT_RESUMING: Final = re.compile(
    r"(?:\s+(?!(?:on|about|over|of|with)\b)[\w'’\u2013-]+){0,3}?"
    r"\s+(?:on|about|over|of|with)\s+(?:(?:the|ways\s+(?:of|to)|how\s+to)\s+)?"
    r"(?:resum\w*|restart\w*|reviv\w*|revival|relaunch\w*|reopen\w*|return(?:ing)?\s+to)\b",
    re.IGNORECASE,
)


_A_MEETING: Final = re.compile(
    r"\b(?:discussions?|talks|meetings?|consultations|conversations?)\b", re.IGNORECASE
)


def _sought_resumption(sentence: str, hit: CueHit) -> bool:
    """Whether ``hit`` tells a resumption only sought or discussed, or a meeting about one
    (see ``_SOUGHT``)."""
    if hit.signal == "resumed":
        window = clause_window(sentence, hit.start, words=_SOUGHT_WORDS)
        return _SOUGHT.search(window) is not None
    if hit.signal in ("held", "session_under_way", "engaged") and _A_MEETING.search(hit.text):
        # a meeting about resuming them, not two sides exchanging views on it
        return _ABOUT_RESUMING.match(sentence, hit.end) is not None
    return False


def modality_of(
    sentence: str, hit: CueHit, lexicon: Lexicon, *, attributed: bool = False
) -> Modality:
    """The modality of the cue ``hit`` in ``sentence`` (see the module docstring)."""
    if (
        _in_sentence(lexicon.denial, sentence)
        and _denial_start(lexicon.denial, sentence) is not None
    ):
        ends = _denial_ends(lexicon.denial, sentence)
        if ends is None or hit.start < ends:
            return "denied"
    if _open_question(sentence, hit):
        return "negated"
    window = clause_window(sentence, hit.start)
    # A cue that opens a clause of its own ("… arose after Trump's talks with Putin") is
    # neither negated nor hedged by the clause before it; what lies ahead still is.
    own_clause = bool(_OPENS_CLAUSE.match(hit.text))
    if (
        not own_clause and _any(lexicon.negation, _NEGATED_DENIAL.sub(" ", window))
    ) or _NOT_YET_AFTER.match(sentence, hit.end):
        return "negated"
    if _refused(window, hit.text):
        return "negated"
    if (
        (not own_clause and _hedged(lexicon.hypothetical, window, hit.text))
        or _opens_conditional(sentence, hit.start)
        or _opens_purpose(sentence, hit)
        or _CONDITION_AFTER.match(sentence, hit.end)
        or _MODAL_AFTER.match(sentence, hit.end)
        or _sought_resumption(sentence, hit)
    ):
        return "hypothetical"
    ahead = (
        _INFINITIVE.search(window)
        and not _EPITHET.search(window)
        and not (hit.text.lower().startswith("witness") and _WITNESSED.search(window))
        and lexicon.precedence(hit.signal) > CHANGE_OF_PLAN
    )
    if (
        _any(lexicon.future, window)
        or _any(lexicon.future, hit.text)
        or ahead
        or _told_ahead_around(sentence, hit)
    ):
        return "future"
    if attributed or _in_sentence(lexicon.reported, sentence):
        return "reported"
    return "asserted"
