"""A gathering of many told by its speeches: what a speaker said there, after it was told held.

Reports of a summit or a conference of many sides tell it mostly by what its speakers said
once it had opened: "'The first answer is multilateralism,' Macron said", "Macron also called
for a moratorium on deep-sea mining", "Li said cooperation among the three would benefit
every side", "Iraqi Prime Minister Mohammed Shia al-Sudani confirmed that Iraq would give $20
million …" (CAMEO 010/012: make a statement; 013 rally support). The speakers are rarely the
track's own people (a host, a guest, the UN Secretary-General), and previews print the same
kind of sentence ("Macron will tell the summit …", "Guterres said ahead of the conference
…"), so such a sentence tells the gathering held only in an article that has already told it
held, within a sentence or two of that telling (the caller's condition, as for a meeting's
read-out in ``readouts``).

Not when the saying is put at another time or place (before or ahead of it, on its eve, in
an interview, on a call, at a rally, in a year, at another named gathering when the sentence
does not name the track), when it is a plan, a wish, a condition or a denial ("will tell
the summit", "hopes to urge", "did not say"), or when the words put a gathering ahead ("said
the next summit would be held in Delhi").

A pure function of a sentence's text; the hit names its rule by its cue (``WORDS_AT_GATHERING``).
"""

from __future__ import annotations

import re
from typing import Final

from tracker.extract.readouts import WORDS_AT_GATHERING
from tracker.extract.signals import CueHit

# A statement told in the past, or in a headline's present (CAMEO 010/012/013/018: make a
# statement, make a pessimistic or optimistic comment, appeal, praise).
_SPOKE: Final = (
    r"(?:said|says|told|tells|added|adds|stressed|stresses|noted|argued|warned|warns|"
    r"urged|urges|called\s+(?:on|for)|calls\s+(?:on|for)|announced|announces|declared|"
    r"declares|confirmed|pledged|promised|insisted|underlined|underscored|emphasi[sz]ed|"
    r"reiterated|recalled|pointed\s+out|appealed|welcomed|praised|hailed|thanked|"
    r"made\s+(?:a|his|her)\s+(?:[\w-]+\s+)?(?:statement|speech|address|remarks)|"
    r"delivered\s+(?:a|his|her|the)\s+(?:[\w-]+\s+)?(?:statement|speech|address|keynote))"
)
# Who speaks: a name of up to seven capitalised words ("Iraqi Prime Minister Mohammed Shia
# al-Sudani"), a role ("the French president", "the UN chief"), or a pronoun.
_NAME: Final = r"(?:(?:al-|el-)?[A-Z][\w'’.-]*\s+){0,6}(?:al-|el-)?[A-Z][\w'’-]+"
_ROLE: Final = (
    r"[Tt]he\s+(?:[A-Z][\w'’.-]+\s+){0,2}(?:prime\s+minister|president|premier|leader|"
    r"chancellor|king|queen|emir|crown\s+prince|secretary-general|secretary\s+general|chief|"
    r"host|(?:foreign\s+)?minister|chair|chairman|chairwoman|envoy)"
)
_SUBJECT_SPOKE: Final = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<role>"
    + _ROLE
    + r")|(?P<who>"
    + _NAME
    + r"))\s+(?:also\s+|then\s+|later\s+|further\s+|again\s+)?(?P<verb>"
    + _SPOKE
    + r")\b"
)
# "Speaking at the closing ceremony, Xi said …", "In his speech, Anwar warned …".
_OPENING: Final = re.compile(
    r"^(?:Speaking|Addressing|Opening|Closing|In\s+(?:his|her)\s+(?:[\w-]+\s+)?"
    r"(?:speech|address|remarks|statement))\b[^.;]{0,160}?,\s+(?P<who>"
    + _NAME
    + r")\s+(?:also\s+)?(?P<verb>"
    + _SPOKE
    + r")\b"
)
_QUOTED: Final = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")

# What puts the saying at another time or place.
_ANOTHER_TIME_OR_PLACE: Final = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve|in\s+the\s+run-up|last\s+(?:week|month|"
    r"year)|days\s+(?:before|earlier|ago)|weeks\s+(?:before|earlier|ago)|interview|"
    r"podcast|rally|campaign|phone|telephone|call\b|by\s+video|letter|(?:last|previous|"
    r"first|earlier)\s+(?:summit|conference|meeting|session|forum|edition)|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# What makes the words not said: a plan, a wish, a condition, a denial or a refusal.
_NOT_SAID: Final = re.compile(
    r"\b(?:will|would|shall|could|might|may|is\s+(?:expected|set|due|likely|to)|are\s+"
    r"(?:expected|set|due|likely|to)|plans?|planned|intends?|hopes?|hoped|wants?|wanted|"
    r"wish(?:es|ed)?|if|unless|whether|not|never|no|declined|refused|denied|didn['’]t)\b",
    re.IGNORECASE,
)
# Another gathering named by name where the words were said: "at the G20 summit", "during
# the Shangri-La Dialogue".
_AT_NAMED_GATHERING: Final = re.compile(
    r"\b(?:at|during|to|told|tells|addressed|addresses|on\s+the\s+sidelines\s+of)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,2}?(?:summit|conference|forum|assembly|meeting|"
    r"dialogue|session)\b"
)
# A gathering put ahead in the words: "said the next summit would be held in Delhi",
# "announced that the conference will meet again in 2027".
_GATHERING_AHEAD: Final = re.compile(
    r"\b(?:next|upcoming|following|coming|future)\s+(?:[\w'’-]+\s+)?(?:summit|conference|"
    r"meeting|session|forum|gathering|edition)\b"
    r"|\b(?:will|would|is\s+to|are\s+to)\s+(?:be\s+)?(?:held|hosted|host|convene|"
    r"take\s+place|meet\s+again)\b",
    re.IGNORECASE,
)
# Words that may follow a verb of saying before what was said: the time and place of the
# saying ("said on Monday that …", "told delegates in Nice").
_ATTACHED: Final = frozenset(
    {
        "at",
        "in",
        "on",
        "during",
        "before",
        "ahead",
        "while",
        "when",
        "to",
        "later",
        "earlier",
        "last",
        "days",
        "weeks",
        "prior",
        "via",
        "by",
        "from",
        "after",
        "following",
    }
)
_HEARER_VERB: Final = re.compile(r"(?:told|tells|urged|urges|thanked|welcomed|praised|hailed)$")


def _blank(m: re.Match[str]) -> str:
    """A quotation blanked out, its place kept as a clause boundary ("'…,' Macron said")."""
    return "," + " " * (len(m.group(0)) - 1)


def _speaker(plain: str) -> re.Match[str] | None:
    """The speaker and the verb of saying in ``plain`` (quotations blanked out)."""
    return _OPENING.search(plain) or _SUBJECT_SPOKE.search(plain)


def _frame(plain: str, found: re.Match[str]) -> str:
    """The words of the saying: the sentence up to the verb and what is attached to the verb
    after it (its hearer, its time and place, up to "that" or a clause boundary), never what
    was said."""
    after = plain[found.end("verb") :]
    stop = re.search(r"\bthat\b|[,:;]|\.\s", after)
    after = after[: stop.start()] if stop else after
    first = after.split()[:1]
    hearer = _HEARER_VERB.search(found.group("verb")) is not None
    if first and not hearer and first[0].lower() not in _ATTACHED:
        after = ""  # what was said begins right after the verb
    return plain[: found.end("verb")] + " " + after


def said_at_the_gathering_held(sentence: str, *, names_it: bool) -> CueHit | None:
    """A speaker's words told in the past (or a headline's present) in a sentence about a
    summit or a conference already told held: ``held``. ``names_it``: the sentence names the
    track itself (then a named gathering in it is the track's own). Not at another time or
    place, not a plan, a wish, a condition or a denial, not words that put a gathering
    ahead."""
    plain = _QUOTED.sub(_blank, sentence)
    found = _speaker(plain)
    if found is None:
        return None
    frame = _frame(plain, found)
    said = plain[found.end("verb") :]
    if (
        _ANOTHER_TIME_OR_PLACE.search(frame)
        or _NOT_SAID.search(frame)
        or (not names_it and _AT_NAMED_GATHERING.search(frame))
        or _GATHERING_AHEAD.search(said)
    ):
        return None
    start, end = found.span("verb")
    return CueHit("held", WORDS_AT_GATHERING, start, end, sentence[start:end])
