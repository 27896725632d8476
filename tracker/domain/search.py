"""A search as storage runs it: which full-text index to rank with, which conditions every
hit meets, which tracks and outlets it is limited to.

``services.search`` turns what a user typed into a ``SearchPlan`` (every expression in it
is a safe FTS5 expression built from quoted words); ``storage.search`` runs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# What a user can type in a search, (example, what it finds): the CLI reference and the
# window's search help show this table; ``services.search`` reads the language.
SYNTAX: tuple[tuple[str, str], ...] = (
    ("summit postponed", "both words, in any form (postponed, postponement, postpone)"),
    ('"on hold"', "the phrase as written, words in this order"),
    ("negotiat*", "words starting with negotiat (negotiator, negotiations)"),
    ("postponed OR cancelled", "either word"),
    ("summit -Alaska", "summit, leaving out what mentions Alaska"),
    ("outlet:reuters", "only from outlets whose name contains reuters"),
    ("track:budapest", "only evidence of tracks whose id or title contains budapest"),
    ('outlet:"atlantic council"', "a value with a space, in quotes; -outlet:tass leaves one out"),
)

# stemmed: Porter stems ("postponed" finds "postponement"); exact: words as written, for
# quoted phrases and prefixes.
Index = Literal["stemmed", "exact"]


@dataclass(frozen=True)
class Match:
    """An FTS5 ``expression`` over one full-text ``index``."""

    index: Index
    expression: str


@dataclass(frozen=True)
class Condition:
    """A hit matches at least one of ``any_of`` (none of them when ``negate``)."""

    any_of: tuple[Match, ...]
    negate: bool = False


@dataclass(frozen=True)
class Filter:
    """Hits whose track (id or title) or outlet contains one of ``values`` (case is
    ignored); with ``negate``, hits whose track or outlet contains none of them."""

    field: Literal["track", "outlet"]
    values: tuple[str, ...]
    negate: bool = False


@dataclass(frozen=True)
class SearchPlan:
    """``driver`` finds and ranks candidates (BM25); without one, hits come newest first.
    Every hit also meets each of ``conditions`` and ``filters``."""

    driver: Match | None
    conditions: tuple[Condition, ...] = field(default_factory=tuple)
    filters: tuple[Filter, ...] = field(default_factory=tuple)
    # What a hit's passage highlights, first that matches (the quoted phrases as written,
    # then the driver).
    highlight: tuple[Match, ...] = field(default_factory=tuple)
