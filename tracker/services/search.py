"""Full-text search over documents and excerpts, with a small query language; any user
text is safe.

What a user can type (``SYNTAX`` is the table the CLI reference and the window's help show):

- words are all required and matched by their stem: ``postponed`` also finds
  "postponement";
- ``"a phrase"`` matches those words in that order, as written (no stemming; case,
  accents and punctuation between the words do not matter); ``"held"`` is exactly "held";
- ``negotiat*`` matches words starting with ``negotiat``;
- ``A OR B`` is either; OR binds the terms on each side of it (``summit postponed OR
  cancelled`` is summit and either of the two);
- ``-word`` or ``-"a phrase"`` leaves out what contains it;
- ``outlet:reuters`` and ``track:budapest`` keep hits from an outlet or a track whose id or
  title contains the value (``outlet:"atlantic council"`` with a space); ``-outlet:tass``
  leaves one out. Any other ``name:value`` is read as words.

Quotes, brackets, ``NEAR``, ``^`` and the like never reach SQLite as operators: every word
is quoted. How matches are ranked is told in ``tracker.storage.search``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from tracker.domain.models import SearchHit
from tracker.domain.search import SYNTAX, Condition, Filter, Match, SearchPlan
from tracker.storage import search as fts
from tracker.storage.db import Store

__all__ = [
    "SYNTAX",
    "ParsedQuery",
    "SearchHit",
    "Term",
    "fts_query",
    "parse_query",
    "plan_for",
    "search",
]

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 32
FIELDS = ("outlet", "track")

Kind = Literal["word", "phrase", "exact", "prefix"]


@dataclass(frozen=True)
class Term:
    """One thing to look for. ``word`` and ``phrase`` (a run of words written together,
    like U.S.-Russia) go by their stems; ``exact`` (a quoted phrase) and ``prefix`` go by
    the words as written."""

    kind: Kind
    words: tuple[str, ...]

    @property
    def index(self) -> Literal["stemmed", "exact"]:
        return "stemmed" if self.kind in ("word", "phrase") else "exact"

    def expression(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return f"{quoted} *" if self.kind == "prefix" else quoted

    def stemmed_superset(self) -> str | None:
        """A stemmed expression matching every row this term matches (and maybe more), for
        ranking; a prefix has none (its stem is not its start)."""
        return None if self.kind == "prefix" else '"' + " ".join(self.words) + '"'


@dataclass
class ParsedQuery:
    """``clauses`` are all required, each met by any of its terms (OR)."""

    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.filters

    @property
    def only_excluded(self) -> bool:
        return self.empty and bool(self.excluded)


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_TOKEN = re.compile(
    r"""(?P<neg>-)?(?:
        (?P<field>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"?|(?P<fvalue>[^\s"]+))
      | "(?P<phrase>[^"]*)"?
      | (?P<bare>[^\s"]+)
    )""",
    re.VERBOSE,
)


def _term(token: str) -> Term | None:
    """A bare token: a word, a run of words (U.S.-Russia), or a prefix (negotiat*)."""
    words = tuple(w.lower() for w in _WORD.findall(token))
    if not words:
        return None
    if token.endswith("*"):
        return Term("prefix", words)
    return Term("word" if len(words) == 1 else "phrase", words)


def _phrase(text: str) -> Term | None:
    words = tuple(w.lower() for w in _WORD.findall(text))
    return Term("exact", words) if words else None


def _field(parsed: ParsedQuery, name: str, value: str, negate: bool) -> bool:
    """A ``name:value`` filter; ``False`` when ``name`` is not a field (then it is words)."""
    if name.lower() not in FIELDS:
        return False
    text = " ".join(value.split()).lower()
    if text:
        kind: Literal["track", "outlet"] = "track" if name.lower() == "track" else "outlet"
        parsed.filters.append(Filter(kind, (text,), negate))
    return True


def parse_query(text: str) -> ParsedQuery:
    """What a user typed, as clauses, exclusions and filters (see the module notes)."""
    parsed = ParsedQuery()
    join_next = False
    count = 0
    for m in _TOKEN.finditer(text.translate(_QUOTES)):
        negate = bool(m["neg"])
        if m["field"] is not None:
            value = m["fquoted"] if m["fquoted"] is not None else m["fvalue"] or ""
            if _field(parsed, m["field"], value, negate):
                continue
            term = _term(f"{m['field']}:{value}")
        elif m["phrase"] is not None:
            term = _phrase(m["phrase"])
        elif m["bare"] == "OR" and not negate:
            join_next = bool(parsed.clauses)
            continue
        else:
            term = _term(m["bare"])
        if term is None or count >= MAX_TERMS:
            continue
        count += 1
        if negate:
            parsed.excluded.append(term)
        elif join_next:
            parsed.clauses[-1].append(term)
        else:
            parsed.clauses.append([term])
        join_next = False
    return parsed


def _any_of(terms: list[Term]) -> tuple[Match, ...]:
    """One match per index the terms use: ``("a" OR "b")`` on each."""
    out: list[Match] = []
    for index in ("stemmed", "exact"):
        chosen = [t.expression() for t in terms if t.index == index]
        if chosen:
            out.append(Match(index, _or(chosen)))
    return tuple(out)


def _or(expressions: list[str]) -> str:
    return expressions[0] if len(expressions) == 1 else "(" + " OR ".join(expressions) + ")"


def _mixed(parsed: ParsedQuery) -> tuple[Match | None, list[Condition]]:
    """Words with or without phrases and prefixes: the stemmed index drives; clauses with
    phrases or prefixes are also checked on the exact index."""
    stemmed: list[str] = []
    conditions: list[Condition] = []
    for clause in parsed.clauses:
        supersets = [t.stemmed_superset() for t in clause]
        if all(t.index == "stemmed" for t in clause):
            stemmed.append(_or([t.expression() for t in clause]))
            continue
        if all(s is not None for s in supersets):
            stemmed.append(_or([s for s in supersets if s is not None]))
        conditions.append(Condition(_any_of(clause)))
    conditions += [Condition(_any_of([t]), negate=True) for t in parsed.excluded]
    return (Match("stemmed", " AND ".join(stemmed)) if stemmed else None), conditions


def plan_for(parsed: ParsedQuery) -> SearchPlan:
    """How storage runs a parsed query.

    Quoted phrases and prefixes alone: the exact index finds and ranks them. With words:
    the stemmed index drives and ranks over every clause that has a stemmed form (a quoted
    phrase's stems match wherever the phrase does), and clauses with quoted phrases or
    prefixes are also checked on the exact index. With no words at all (filters only),
    hits come newest first.
    """
    driver: Match | None
    if parsed.clauses and all(t.index == "exact" for c in parsed.clauses for t in c):
        driver = Match(
            "exact", " AND ".join(_or([t.expression() for t in c]) for c in parsed.clauses)
        )
        conditions = [Condition(_any_of([t]), negate=True) for t in parsed.excluded]
    else:
        driver, conditions = _mixed(parsed)
    exact_terms = [t.expression() for c in parsed.clauses for t in c if t.index == "exact"]
    highlight = (Match("exact", _or(exact_terms)),) if exact_terms else ()
    return SearchPlan(
        driver=driver,
        conditions=tuple(conditions),
        filters=tuple(parsed.filters),
        highlight=highlight + ((driver,) if driver else ()),
    )


def fts_query(text: str) -> str | None:
    """Whatever a user typed as a safe FTS5 query of every word, ANDed (no operators).

    Used to look text up by its words (near-identical quotes); ``search`` reads the query
    language. Returns ``None`` when nothing searchable is left.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:32])


def search(store: Store, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Ranked hits: excerpts first (they are evidence), then documents. A query with
    nothing to look for (empty, or only ``-words``) finds nothing."""
    parsed = parse_query(text)
    if parsed.empty:
        return []
    plan = plan_for(parsed)
    return [*fts.excerpt_hits(store, plan, limit), *fts.document_hits(store, plan, limit)]
