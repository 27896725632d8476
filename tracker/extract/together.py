"""An encounter of two told by what its two did together there, with no status word.

Reports of a visit or a meeting of two leaders tell it by the acts of the encounter itself,
with the two named as a pair rather than by name: "The two leaders shook hands and greeted
each other warmly", "The leaders also launched the 'U.S.-India COMPACT'", "the two leaders
called for progress towards …", "The two leaders are now in bilateral talks", and the pair as
the object of a host's act: "the chairman of JR East briefed both leaders" (CAMEO 040 consult,
042/043 make and host a visit, 057 sign, 051 praise). An act of the pair at the encounter
tells that it took place: ``held``.

Not when the act is ahead, wished, in a condition or denied ("the two leaders will sign",
"are expected to launch", "hope to", "if", "did not shake hands"), over a call or a video link
("the two leaders spoke by phone"), or at another occasion ("the two leaders last met in
2019", "first shook hands at the G20", "earlier this year"). The caller reads it only on a
visit or a meeting that is not a gathering of many, and not when the sentence is shared with
another encounter's track ("the two leaders" may be that pair).

A pure function of a sentence's text; the hit names its rule by its cue (``DONE_TOGETHER``).
"""

from __future__ import annotations

import re
from typing import Final

from tracker.extract.signals import CueHit

DONE_TOGETHER: Final = "done together"

# The pair: "the two leaders", "both presidents", "the two prime ministers", "the leaders".
_PAIR: Final = (
    r"(?:(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|prime\s+ministers|premiers|"
    r"heads\s+of\s+state|heads\s+of\s+government|foreign\s+ministers|ministers|monarchs|men|"
    r"women|statesmen)|the\s+leaders)"
)
# An act of the encounter, told done (the past) or going on (the present of "are now in talks").
_ACT: Final = (
    r"(?:shook\s+hands|greeted|embraced|hugged|posed|launched|unveiled|inaugurated|"
    r"called\s+for|toured|inspected|laid|planted|watched|witnessed|lunched|dined|had\s+(?:a\s+)?"
    r"(?:[\w-]+\s+)?(?:lunch|dinner|breakfast|tea)|walked|strolled|rode|travell?ed\s+together|"
    r"exchanged\s+(?:gifts|greetings|documents|the|memoranda|agreements)|signed|issued|"
    r"adopted|announced|hailed|praised|paid\s+tribute|addressed|spoke\s+to|took\s+part|"
    r"visited|reviewed\s+(?:a|the)\s+guard|received|welcomed|boarded|unveiled|"
    r"(?:are|were)\s+(?:now\s+|currently\s+)?(?:in|holding)\s+(?:[\w-]+\s+)?(?:talks|"
    r"discussions|a\s+meeting))"
)
_PAIR_DID: Final = re.compile(
    r"\b" + _PAIR + r"(?P<rel>,\s*(?:who|whose)\b[^,]{0,80},)?\s+(?:also\s+|then\s+|later\s+|"
    r"first\s+|together\s+|jointly\s+)?(?P<verb>" + _ACT + r")\b",
    re.IGNORECASE,
)
# The pair as the object of a host's or guide's act: "briefed both leaders", "welcomed the
# two leaders", "accompanied the two prime ministers".
_DONE_TO_PAIR: Final = re.compile(
    r"\b(?P<verb>briefed|welcomed|greeted|received|accompanied|guided|showed|hosted|"
    r"entertained|escorted|joined|photographed|applauded|cheered)\s+" + _PAIR + r"\b",
    re.IGNORECASE,
)
# What puts the act ahead, makes it a wish or a condition, or denies it.
_NOT_DONE: Final = re.compile(
    r"\b(?:will|would|shall|could|might|may|(?:is|are|was|were)\s+to|expected|set|due|likely|plan|plans|planned|"
    r"hope|hopes|hoped|want|wants|wish|wishes|if|unless|whether|not|never|no|yet|didn['’]t|"
    r"won['’]t|cannot|can['’]t)\b",
    re.IGNORECASE,
)
# A call, a video link, a letter: no encounter.
_AT_A_DISTANCE: Final = re.compile(
    r"\b(?:phone|telephone|video|virtual|online|letter|letters|call|calls)\b", re.IGNORECASE
)
# Another occasion: a year, an earlier or last time, a named summit elsewhere.
_ANOTHER_OCCASION: Final = re.compile(
    r"\b(?:(?:19|20)\d\d|last\s+(?:met|time|year|month|week)|previous|previously|earlier|"
    r"years?\s+ago|months?\s+ago|since|first\s+met|once\s+again|in\s+the\s+past)\b",
    re.IGNORECASE,
)


def _clear(sentence: str, m: re.Match[str]) -> bool:
    """Whether nothing in the sentence around the act puts it ahead, denies it, makes it a
    wish, a call, or another occasion: the words from the sentence's start to the end of
    the act's clause."""
    clause_end = re.search(r"[;:.!?]|,\s+(?:but|while|and\s+(?:will|would))\b", sentence[m.end() :])
    upto = sentence[: m.end() + (clause_end.start() if clause_end else len(sentence))]
    before = sentence[: m.end()]
    if "rel" in m.re.groupindex and m.group("rel"):
        # "the two leaders, who had not met in person before, toured …": the clause
        # describes the pair, not the act
        before = sentence[: m.start("rel")] + sentence[m.end("rel") : m.end()]
        upto = before + sentence[m.end() : len(upto)]
    return not (
        _NOT_DONE.search(before) or _AT_A_DISTANCE.search(upto) or _ANOTHER_OCCASION.search(upto)
    )


def done_together(sentence: str) -> CueHit | None:
    """The two of an encounter told doing one of its acts together ("The two leaders shook
    hands", "The leaders also launched …", "The two leaders are now in bilateral talks"), or
    as the object of a host's act ("briefed both leaders"): ``held``. None when the act is
    ahead, wished, conditional, denied, over a call or at another occasion."""
    for pattern in (_PAIR_DID, _DONE_TO_PAIR):
        for m in pattern.finditer(sentence):
            if _clear(sentence, m):
                start, end = m.span()
                return CueHit("held", DONE_TOGETHER, start, end, m.group(0))
    return None
