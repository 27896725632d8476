"""A summit or a forum told by an official overview: the forms a foreign ministry, a council,
a presidency or a secretariat writes a gathering in, with no status verb a report would use.

A communiqué's "We, …, came together in Beijing on 13 May for the Fourth Ministerial Meeting";
a ministry's "The meeting adopted the Beijing Declaration"; "issued on the occasion of the
Summit"; "At the close of the Summit, the leaders released …"; "A working dinner was held";
"On the margins of the Summit, the leaders also signed …"; the host's "it is my honour to
welcome you to Kuala Lumpur for this Summit"; a headline's "Ministers open China-CELAC Forum";
"The first … Summit, held on 27 May, brought together …". Each tells the gathering held
(CAMEO 040 consult / 043 host, 057 a text signed or adopted at it, 010 a statement made at
it). Read on summits and conferences only (``cuechoice.told_at_the_event`` asks it, over no
cue or a cue with no status for the kind).

Refused: told ahead, wished or in a condition ("will be issued on the occasion of", "hopes to
welcome you", "If the summit adopts …"), denied ("did not adopt"), and of another occasion
(the next summit, a summit of a named year, "since the 29th summit", "the previous forum").
"""

from __future__ import annotations

import re
from typing import Final

_GATHERING: Final = (
    r"(?:summit|summits|forum|conference|meeting|ministerial\s+meeting|session|gathering)"
)
# "We, the member states …, came together in Beijing …": a communiqué's own meeting.
_CAME_TOGETHER: Final = re.compile(
    r"\b(?:came|have\s+come|has\s+come)\s+together\s+(?:in|at)\s+(?-i:[A-Z])", re.IGNORECASE
)
# "The meeting adopted the Beijing Declaration", "the leaders also issued a communiqué":
# the gathering, or its members, adopting its text (057: a formal text agreed at it).
_ADOPTED_AT_IT: Final = re.compile(
    rf"\b(?:{_GATHERING}|leaders|ministers|participants|delegates|heads\s+of\s+(?:state|"
    r"government))(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    r"(?:\s+(?:also|then|unanimously|formally|jointly|later))?\s+(?:adopted|"
    r"approved|endorsed|issued|released)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:declaration|statement|communiqu[eé]|action\s+plan|plan\s+of\s+action|"
    r"document|documents|outcome|resolution|resolutions|agenda|roadmap|road\s+map)\b",
    re.IGNORECASE,
)
# "issued on the occasion of the Summit", "signed on the occasion of this forum".
_ON_THE_OCCASION: Final = re.compile(
    r"\b(?:adopted|issued|released|signed|launched|unveiled|published)\b(?:\s+[\w'’-]+){0,8}?"
    r"\s+on\s+the\s+occasion\s+of\s+(?:the|this)\b",
    re.IGNORECASE,
)
# "At the close of the EU-Canada Summit, …": its close presupposes it took place.
_AT_ITS_CLOSE: Final = re.compile(
    r"\b(?:at|after|following)\s+the\s+(?:close|end|conclusion)\s+of\s+(?:the|this)\s+"
    rf"(?:[\w'’-]+\s+){{0,6}}?{_GATHERING}\b",
    re.IGNORECASE,
)
# "A working dinner was held", "the plenary session took place": a part of it held.
_PART_HELD: Final = re.compile(
    r"\b(?:(?:working|official|gala|state)\s+(?:dinner|lunch|luncheon|breakfast)|plenary"
    r"(?:\s+session)?|(?:opening|closing)\s+(?:ceremony|session)|family\s+photo|retreat"
    r"(?:\s+session)?)(?:\s+(?!(?:and|but|which|that|while|as)\b)[\w'’-]+){0,8}?\s+"
    r"(?:was\s+held|were\s+held|has\s+been\s+held|had\s+been\s+held|"
    r"took\s+place|has\s+taken\s+place)\b",
    re.IGNORECASE,
)
# "On the margins of the Summit, the leaders also signed …": a past act beside it.
_ON_ITS_MARGINS: Final = re.compile(
    r"^\W*(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|this)\s+[^,;]{1,80},\s+"
    r"(?:[\w'’-]+\s+){1,5}?(?:also\s+)?(?:held|met|signed|witnessed|launched|discussed|"
    r"agreed|adopted|exchanged|reviewed|attended|toured|unveiled)\b",
    re.IGNORECASE,
)
# The host's welcome at the opening: "it is my honour to welcome you to Kuala Lumpur for …".
_WELCOME: Final = re.compile(
    r"\b(?:(?:honou?r(?:ed)?|pleasure|privilege|delighted|pleased|glad|happy)\s+to\s+welcome|"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bcould\s)welcome)\s+(?:you|all"
    r"\s+of\s+you|you\s+all|everyone|all)\s+(?:here\s+)?(?:to|at|in)\b",
    re.IGNORECASE,
)
# A headline's present: "Ministers open China-CELAC Forum in Beijing", "ASEAN opens summit
# with Gulf states", "… summits open in Kuala Lumpur".
_OPENS: Final = re.compile(
    r"\b(?:opens?|opened)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:summit|forum|conference)\b(?!\s+(?:on|tomorrow|next|later|this)\b)"
    r"|\b(?:summits|forums|conferences)\s+(?:open|opened|begin|began|kick\s+off|kicked\s+off|"
    r"get\s+under\s+way|got\s+under\s+way)\s+(?:in|at)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# "The first ASEAN-GCC-China Summit, held on May 27, 2025, brought together …".
_BROUGHT_TOGETHER: Final = re.compile(
    rf"\b{_GATHERING},\s+[^.;!?]{{1,60}}?,\s+(?:brought\s+together|drew|gathered|assembled|"
    r"united|convened)\b",
    re.IGNORECASE,
)
FORMS: Final = {
    "came together": _CAME_TOGETHER,
    "text adopted at it": _ADOPTED_AT_IT,
    "on the occasion": _ON_THE_OCCASION,
    "at its close": _AT_ITS_CLOSE,
    "a part of it held": _PART_HELD,
    "on its margins": _ON_ITS_MARGINS,
    "host's welcome": _WELCOME,
    "opens": _OPENS,
    "brought together": _BROUGHT_TOGETHER,
}
# What puts the gathering ahead, wishes it or makes it a condition, before the form.
_AHEAD_BEFORE: Final = re.compile(
    r"\b(?:will|shall|would|could|might|may|to\s+be|(?:is|are)\s+(?:expected|set|due|likely|"
    r"scheduled|slated|to)|plans?\s+to|planned\s+to|hopes?\s+to|hoped\s+to|wants?\s+to|wish(?:es)?"
    r"\s+to|look(?:s|ing)?\s+forward|if|unless|whether|should)\b",
    re.IGNORECASE,
)
# Another occasion anywhere: the next one, one to come, one of a named year, one recalled.
_ANOTHER_OCCASION: Final = re.compile(
    r"\b(?:next|upcoming|forthcoming|coming|tomorrow|previous|previously|last|earlier|former|"
    r"since\s+the)\b|\b(?:the|a|its|their|at|of)\s+(?:19|20)\d\d\s+(?:[\w'’-]+\s+){0,2}?"
    + _GATHERING
    + r"\b",
    re.IGNORECASE,
)
# What "opened" may open besides the gathering: a prospect, an inquiry, fire.
_OPENED_SOMETHING_ELSE: Final = re.compile(
    r"\b(?:way|door|doors|path|prospect|possibility|investigation|inquiry|probe|fire|"
    r"talks|negotiations|bidding|registration)\b",
    re.IGNORECASE,
)
_TO_BEFORE: Final = re.compile(r"\bto\s+$", re.IGNORECASE)
_DENIED_BEFORE: Final = re.compile(
    r"\b(?:not|never|no|didn['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)\s+(?:[\w'’-]+\s+)"
    r"{0,2}$",
    re.IGNORECASE,
)


def told_in_an_overview(sentence: str) -> tuple[str, re.Match[str]] | None:
    """The form and the words of ``sentence`` that tell a summit or a forum held the way an
    official overview writes it, or None (ahead, wished, in a condition, denied, or of
    another occasion)."""
    if _ANOTHER_OCCASION.search(sentence):
        return None
    for name, form in FORMS.items():
        for m in form.finditer(sentence):
            before = sentence[: m.start()]
            if (
                _AHEAD_BEFORE.search(before)
                or _DENIED_BEFORE.search(before)
                or _TO_BEFORE.search(before)  # a headline's "… to open the conference"
            ):
                continue
            if re.search(r"\b(?:not|never)\b", m.group(0), re.IGNORECASE):
                continue
            if name == "opens" and _OPENED_SOMETHING_ELSE.search(m.group(0)):
                continue  # "opened the way to a summit", "opens an inquiry into the forum"
            return name, m
    return None
