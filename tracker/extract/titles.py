"""People named by their title: "the King", "the president", "the crown prince".

Reporting names a head of state or government by title once the article has named them:
"King Charles … the King walked into the chamber", "President Lula … the president
said". A title is a person's when the track gives it to them ("King Charles", "President
Mattarella", "the Pope" among an actor's names) or the gazetteer lists it as their role; it
refers to them in an article only when the article names them and no other person it names
holds the same title ("the president" in an article naming two presidents is neither's).

This module holds the vocabulary and the text tests; ``matching`` decides, once per
article, which title refers to whom (``matching._title_links``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

# Titles reporting puts before a name and uses alone for the person, longest first.
TITLES: Final = (
    "secretary of state",
    "foreign minister",
    "prime minister",
    "crown prince",
    "chancellor",
    "president",
    "secretary",
    "emperor",
    "empress",
    "premier",
    "sultan",
    "queen",
    "king",
    "pope",
    "emir",
)
_TITLE_ALT: Final = "|".join(re.escape(t) for t in TITLES)


def _cap(title: str) -> str:
    """A title as printed before a name: "Secretary of State", "Crown Prince"."""
    return " ".join(w if w == "of" else w.capitalize() for w in title.split())


# "King Charles III", "the King", "President Mattarella", "Prime Minister Takaichi".
_TITLED_NAME: Final = re.compile(rf"(?:the\s+)?(?P<title>{_TITLE_ALT})(?:\s+(?P<rest>.+))?", re.I)

# A title before a name: "President Sergio Mattarella", "Queen Camilla", "French President
# Emmanuel Macron" (its holder is the name).
_WORD: Final = r"[A-Z][\w'’.-]*"
_HOLDER: Final = re.compile(
    rf"(?<![\w-])(?P<title>{'|'.join(_cap(t) for t in TITLES)})\s+"
    rf"(?P<name>{_WORD}(?:\s+(?:(?:da|de|do|dos|bin|al|von|der|van)\s+)?{_WORD}){{0,3}})"
)
_HOLDER_WORDS: Final = tuple(_cap(t).split()[0] for t in TITLES)


def split_title(name: str) -> tuple[str, str] | None:
    """The title a name of a person starts with and the rest of it: ("king", "Charles")
    for "King Charles", ("king", "") for "the King"; None for a name without a title."""
    m = _TITLED_NAME.fullmatch(name.strip())
    if m is None:
        return None
    rest = m.group("rest") or ""
    if rest and not rest[:1].isupper():
        return None  # "President of the Council" is an office, not a title before a name
    if not rest and not name.strip().lower().startswith("the "):
        return None  # a bare "King" typed as a name is a name
    return m.group("title").lower(), rest


def title_pattern(titles: Iterable[str]) -> re.Pattern[str] | None:
    """The titles used alone: "the King", "the king", and a capitalised "King" not
    followed by a name (a headline's "King and Queen to begin state visit";
    ``alone_at`` keeps that form only where a sentence begins)."""
    words = sorted(set(titles), key=len, reverse=True)
    if not words:
        return None
    lower = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in words)
    upper = "|".join(r"\s+".join(re.escape(w) for w in _cap(t).split()) for t in words)
    return re.compile(
        rf"(?<!\w)(?:[Tt]he\s+(?:(?:{lower})|(?:{upper}))|(?:{upper})(?!\s+[A-Z]))(?![\w-])"
    )


_OPENING: Final = re.compile(r"[\s\"“‘'(\[*•·–—-]*")


# "the King of Jordan", "the president of the Philippines": a title given its country is that
# country's holder's, whoever the article is about.
_OF_A_COUNTRY: Final = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def alone_at(text: str, span: tuple[int, int]) -> bool:
    """Whether a match of ``title_pattern`` names its person: "the King" anywhere, a bare
    capitalised "King" only where the sentence begins; not a title given its country ("the
    King of Jordan", also in a quotation about him)."""
    start = span[0]
    if _OF_A_COUNTRY.match(text, span[1]):
        return False
    if text[start : start + 4].lower() == "the ":
        return True
    return _OPENING.fullmatch(text, 0, start) is not None


def title_of(text: str, span: tuple[int, int]) -> str:
    """The title a bare role or title match names: "president" for "the President"."""
    words = text[span[0] : span[1]].lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# One who held the title before holds it no longer: "former President Bolsonaro", "the
# late Pope Francis", "after the death of Pope Francis", "his predecessor, King Abdullah".
_FORMER: Final = re.compile(
    r"\b(?:former|late|ex|then|previous|past|retired|emeritus|onetime|one-time|"
    r"(?:death|funeral|passing|burial)\s+of|predecessor,?|succeeded|succeeds|succeeding)"
    r"[\s-]+(?:(?:[A-Z][\w'’.-]*|the)\s+)?$",
    re.IGNORECASE,
)


# A headline's capitalised words after a title that are no name: "What the Pope Will Do",
# "President Arrives in Japan".
_NOT_NAMES: Final = frozenset(
    [
        "Will",
        "Would",
        "Is",
        "Was",
        "Are",
        "Were",
        "Has",
        "Had",
        "Have",
        "Can",
        "Could",
        "May",
        "Might",
        "Must",
        "Should",
        "Shall",
        "Does",
        "Did",
        "And",
        "Or",
        "But",
        "To",
        "In",
        "On",
        "At",
        "For",
        "Of",
        "With",
        "From",
        "By",
        "As",
        "The",
        "A",
        "An",
        "Says",
        "Said",
        "Meets",
        "Met",
        "Visits",
        "Visited",
        "Arrives",
        "Arrived",
        "Hosts",
        "Hosted",
        "Welcomes",
        "Greets",
        "Calls",
        "Heads",
        "Lands",
        "Leaves",
        "Begins",
        "Ends",
        "Opens",
        "Addresses",
        "Gets",
        "Plans",
    ]
)
_POSSESSIVE: Final = re.compile(r"['’]s?(?!\w)")


def holders(text: str) -> list[tuple[str, str]]:
    """The titles the sentence puts before a name, with the name: [("president", "Sergio
    Mattarella")] for "President Sergio Mattarella"; not one who held it before ("former
    President Bolsonaro", "the death of Pope Francis")."""
    if not any(w in text for w in _HOLDER_WORDS):
        return []
    return [
        (m.group("title").lower(), _POSSESSIVE.split(m.group("name"), maxsplit=1)[0])
        for m in _HOLDER.finditer(text)
        if not _FORMER.search(text, max(0, m.start() - 30), m.start())
        and m.group("name").split()[0] not in _NOT_NAMES
    ]


def rest_pattern(rests: Sequence[str]) -> re.Pattern[str] | None:
    """The names left of a person's titled names ("Charles" of "King Charles"), as they
    stand alone: not followed by another capitalised word ("Charles de Gaulle" is another
    name)."""
    words = sorted({r for r in rests if r}, key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(r"\s+".join(re.escape(w) for w in r.split()) for r in words)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?!\s+(?:[A-Z]|de\b|da\b))")
