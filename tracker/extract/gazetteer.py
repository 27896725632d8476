"""Who and where a sentence names: countries, capitals, institutions, organisations, people.

``resources/gazetteer.json`` (built by ``scripts/build_gazetteer.py``, partly derived from
the PETRARCH2 Phoenix dictionaries) lists each country's names, demonyms, capital, cities
and the institutions that stand for it ("the Kremlin"), organisations ("NATO", "the
Taliban") and people in office with their country and roles.

``Gazetteer.scan`` finds every known name in a text in one pass over its capitalised word
runs (a dictionary look-up per n-gram, no large regular expression), so it costs a few
microseconds per sentence. Names are matched case-sensitively, with transliteration
variants folded (``al-Thani`` / ``Al Thani``, ``Zelensky`` / ``Zelenskyy``, accents).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Literal

from tracker.paths import resources_dir

EntityKind = Literal["country", "capital", "institution", "city", "organisation", "person"]

MAX_NGRAM: Final = 7
# A word of a name: capitalised, an all-caps abbreviation (U.S., EU), or a small joiner
# inside a longer name ("bin", "al", "of", "de", "the" are allowed after the first word).
_TOKEN: Final = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'’.]*")
_JOINERS: Final = frozenset(
    {"of", "the", "and", "bin", "ibn", "al", "el", "de", "da", "du", "la", "von", "der", "van"}
)


# Folding rules as (pattern, replacement) pairs; replacements are functions so no
# replacement template is ever compiled (that path imports lazily inside ``re``, which
# races with Qt's import hook when a worker thread reads while the window starts).
def _constant(value: str) -> Callable[[re.Match[str]], str]:
    """A replacement function that always gives ``value``."""
    return lambda _m: value


_FOLDS: Final = tuple(
    (re.compile(pattern), _constant(replacement))
    for pattern, replacement in (
        (r"\b(?:al|el)[-\s]+(?=\w)", "al "),
        (r"[-'`]", " "),
        (r"\.(?=\w)", ". "),
        (r"(?<=sk)(?:yy|iy|ij|yi|i)\b", "y"),
        (r"(?<=\w)(?:ei|ey)\b", "ey"),  # Sergei / Sergey
        (r"(?<=\w)(?:ii|iy)\b", "iy"),  # Andrii / Andriy
        (r"\bdmitri\b", "dmitry"),
    )
)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A spelling-insensitive key for a name: accents dropped, ``al-``/``el-`` prefixes
    joined, hyphens and apostrophes as spaces, doubled and ``-iy`` endings of Slavic
    names folded (Zelenskyy, Zelenskiy -> zelensky), Sergei/Sergey alike. Lower case."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").lower()
    for pattern, replace in _FOLDS:
        text = pattern.sub(replace, text)
    return " ".join(text.split())


# Letters NFKD does not take apart that wire copy writes plain.
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"}
)


@lru_cache(maxsize=4096)
def unaccented(name: str) -> str:
    """``name`` as wire copy and many outlets print it, without its accents and with its
    case kept: "Belém" -> "Belem", "Erdoğan" -> "Erdogan", "İmralı" -> "Imrali"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Entity:
    """A known name: what it is and which country or organisation it stands for."""

    kind: EntityKind
    code: str  # ISO3 country code, or the organisation's name
    name: str  # the canonical name (country name, person's full name …)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity

    # Written out so that mypyc compiles it: the one the dataclass would generate runs
    # interpreted (setting a frozen field through ``object.__setattr__`` either way).
    def __init__(self, start: int, end: int, text: str, entity: Entity) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "entity", entity)


@dataclass
class Person:
    name: str
    aliases: list[str]
    party: str | None  # country code or organisation name
    roles: list[str] = field(default_factory=list)


@dataclass
class Country:
    code: str
    name: str
    names: list[str]
    demonyms: list[str]
    capital: str
    cities: list[str]
    institutions: list[str]

    def forms(self) -> list[str]:
        """Every way reporting names the country as a party."""
        return [*self.names, *self.demonyms, self.capital, *self.institutions]


class Gazetteer:
    """The loaded gazetteer with an index from folded names to entities."""

    def __init__(self, data: dict[str, Any]) -> None:  # noqa: C901 - split once the reading rework settles
        self.countries: dict[str, Country] = {}
        self.organisations: dict[str, list[str]] = {}
        self.org_country: dict[str, str] = {}
        self.people: list[Person] = []
        self._index: dict[str, list[Entity]] = {}
        self._first_words: set[str] = set()  # folded first word of every name
        self._longest_from: dict[str, int] = {}  # first word -> most words of a name with it
        self._longest = 1
        # A token's text -> the folded first word of a name it begins, or "" when no name
        # begins with it (what ``_name_at`` works out first, the same for every sentence).
        self._heads: dict[str, str] = {}
        # A text scanned -> its names (``scan``): reporting repeats its sentences (wire copy
        # printed by several outlets, a standing paragraph, a headline printed twice).
        self._scanned: dict[str, tuple[Mention, ...]] = {}
        for code, raw in data.get("countries", {}).items():
            country = Country(
                code=code,
                name=raw["name"],
                names=list(raw.get("names", [])),
                demonyms=list(raw.get("demonyms", [])),
                capital=raw.get("capital", ""),
                cities=list(raw.get("cities", [])),
                institutions=list(raw.get("institutions", [])),
            )
            country.names.extend(_SHARED_NAMES.get(code, ()))
            self.countries[code] = country
            for form in country.names:
                self._add(form, Entity("country", code, country.name))
            for form in country.demonyms:
                self._add(form, Entity("country", code, country.name))
                if not form.endswith("s"):
                    self._add(form + "s", Entity("country", code, country.name))
            if country.capital:
                self._add(country.capital, Entity("capital", code, country.capital))
            for form in country.institutions:
                self._add(_strip_the(form), Entity("institution", code, form))
            for form in country.cities:
                self._add(form, Entity("city", code, form))
        for raw in data.get("organisations", []):
            name = raw["name"]
            aliases = list(raw.get("aliases", []))
            self.organisations[name] = aliases
            if raw.get("country"):
                self.org_country[name] = raw["country"]
            for form in [name, *aliases]:
                if form[:1].isupper() or form.startswith("the "):
                    self._add(_strip_the(form), Entity("organisation", name, name))
        for raw in data.get("people", []):
            party = raw.get("country") or raw.get("org")
            person = Person(raw["name"], list(raw.get("aliases", [])), party, raw.get("roles", []))
            self.people.append(person)
            for form in [person.name, *person.aliases]:
                if " " in form or len(form) > 3:
                    self._add(form, Entity("person", party or person.name, person.name))

    def _add(self, form: str, entity: Entity) -> None:
        key = fold(form)
        if not key:
            return
        words = key.split()
        self._first_words.add(words[0])
        self._longest = max(self._longest, len(words))
        self._longest_from[words[0]] = max(self._longest_from.get(words[0], 1), len(words))
        bucket = self._index.setdefault(key, [])
        if entity not in bucket:
            bucket.append(entity)

    # -------------------------------------------------------------- look-ups

    def lookup(self, name: str) -> list[Entity]:
        return list(self._index.get(fold(_strip_the(name)), []))

    def country_of(self, name: str) -> Country | None:
        """The country ``name`` names (name, demonym, capital or institution), if any."""
        for entity in self.lookup(name):
            if entity.kind in ("country", "capital", "institution"):
                return self.countries[entity.code]
        return None

    def place_country(self, name: str) -> Country | None:
        """The country a place (capital, city or the country itself) lies in."""
        for entity in self.lookup(name):
            if entity.kind in ("country", "capital", "city"):
                return self.countries[entity.code]
        return None

    def person(self, name: str) -> Person | None:
        """The known person ``name`` (full name or alias) refers to, if exactly one."""
        found = {e.name for e in self.lookup(name) if e.kind == "person"}
        if len(found) != 1:
            return None
        wanted = found.pop()
        return next(p for p in self.people if p.name == wanted)

    def party_forms(self, party: str) -> list[str]:
        """The names reporting uses for a party: a country's names, demonyms, capital and
        institutions; an organisation's aliases; otherwise the name itself."""
        country = self.country_of(party)
        if country is not None and fold(party) in {fold(n) for n in country.names}:
            return country.forms()
        for entity in self.lookup(party):
            if entity.kind == "organisation":
                return [entity.name, *self.organisations.get(entity.name, [])]
        if country is not None:
            return country.forms()
        return [party]

    def party_code(self, party: str) -> str:
        """A stable key for a party: the country code or organisation name, else the name."""
        if party in self.countries:
            return party
        country = self.country_of(party)
        if country is not None:
            return country.code
        for entity in self.lookup(party):
            if entity.kind == "organisation":
                return self.org_country.get(entity.name, entity.name)
        return fold(party)

    def sides_named(self, mention: Mention) -> tuple[str, ...]:
        """The countries a country's name found in a text stands for: one, or each side
        of a divided country its plural names ("the two Koreas")."""
        if mention.entity.kind == "country" and mention.text in _SHARED_TEXTS:
            return _SHARED_TEXTS[mention.text]
        return (mention.entity.code,)

    # -------------------------------------------------------------- scanning

    def scan(self, text: str) -> list[Mention]:
        """Every known name in ``text``, longest first, non-overlapping, in text order
        (a text scanned before is answered from memory: its names, in a new list)."""
        found = self._scanned.get(text)
        if found is None:
            if len(self._scanned) >= _SCANS_KEPT:
                self._scanned.clear()
            found = self._scanned[text] = tuple(self._scan(text))
        return list(found)

    def names_in(self, text: str) -> Sequence[Mention]:
        """``scan``'s names, from its memory when the text was scanned, else found without
        remembering them (a look over many texts that are not read afterwards)."""
        found = self._scanned.get(text)
        return found if found is not None else self._scan(text)

    def _scan(self, text: str) -> list[Mention]:
        tokens = list(_TOKEN.finditer(text))
        words = [t.group(0) for t in tokens]
        # The tokens a name can start at (a particle's third character is its hyphen).
        starts = [
            i for i, w in enumerate(words) if w[0].isupper() or (w[2:3] == "-" and _is_particle(w))
        ]
        if not starts:
            return []
        out: list[Mention] = []
        resume = 0  # the first token after the last name found
        for i in starts:
            if i < resume:
                continue
            hit = self._name_at(text, tokens, words, i)
            if hit is None:
                continue
            out.append(hit)
            resume = i
            while resume < len(tokens) and tokens[resume].start() < hit.end:
                resume += 1
        return out

    def _name_at(
        self,
        text: str,
        tokens: list[re.Match[str]],
        words: list[str],
        i: int,
    ) -> Mention | None:
        """The longest known name starting at token ``i``, if any."""
        first = self._heads.get(words[i])
        if first is None:
            first = self._head(text, tokens[i])
            if len(self._heads) >= _HEADS_KEPT:
                self._heads.clear()
            self._heads[words[i]] = first
        if not first:
            return None
        # Token counts can exceed folded word counts ("U.S." is two folded words).
        reach = min(MAX_NGRAM, self._longest + 2, self._longest_from[first] + 2)
        run = _run(text, tokens, words, i)
        for n in range(min(reach, len(tokens) - i, run), 0, -1):  # longer: no run of a name
            last = words[i + n - 1]
            if n > 1 and not _closes(last):
                continue
            if n > 1 and last.lower() in _JOINERS:
                continue
            start, end = tokens[i].start(), _trim_end(text, tokens[i + n - 1])
            entities = self._index.get(fold(text[start:end]))
            if entities:
                return Mention(start, end, text[start:end], entities[0])
        return None

    def _head(self, text: str, token: re.Match[str]) -> str:
        """The folded first word of a name ``token`` begins, or "" when it begins none (a
        function of the token's text alone: ``_trim_end`` reads only the token)."""
        head = fold(text[token.start() : _trim_end(text, token)]).split()
        return head[0] if head and head[0] in self._first_words else ""


# A plural that names both sides of a divided country at once ("the two Koreas", "Koreas
# agree to talks"): a name of each, so that either side's party finds it.
_SHARED_NAMES: Final[dict[str, tuple[str, ...]]] = {"KOR": ("Koreas",), "PRK": ("Koreas",)}
# Each shared name as printed -> the countries it names.
_SHARED_TEXTS: Final[dict[str, tuple[str, ...]]] = {
    name: tuple(code for code, names in _SHARED_NAMES.items() if name in names)
    for names in _SHARED_NAMES.values()
    for name in names
}
_HEADS_KEPT: Final = 1 << 16  # tokens remembered by ``Gazetteer._head`` before starting over
_SCANS_KEPT: Final = 1 << 13  # texts remembered by ``Gazetteer.scan`` before starting over


def _run(text: str, tokens: list[re.Match[str]], words: list[str], i: int) -> int:
    """How many tokens from ``i`` on are joined as the words of one name are: single spaces
    or hyphens between them, the first capitalised or a joiner, the inner ones also
    particles (a name of several words must also end capitalised or on a particle)."""
    run = 1
    while (
        i + run < len(words)
        and _gap(text, tokens, i + run - 1)
        and (_opens(words[i]) if run == 1 else _inner(words[i + run - 1]))
    ):
        run += 1
    return run


def _gap(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Whether only a single space or hyphen parts token ``k`` from the next."""
    return text[tokens[k].end() : tokens[k + 1].start()] in (" ", "-", " - ")


def _opens(word: str) -> bool:
    """The first word of a name of several: capitalised or a joiner."""
    return word[0].isupper() or word.lower() in _JOINERS


def _inner(word: str) -> bool:
    """A word that may stand inside a name after its first word."""
    return word[0].isupper() or word.lower() in _JOINERS or _is_particle(word)


def _closes(word: str) -> bool:
    return word[0].isupper() or _is_particle(word)


def _strip_the(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


_TRIMMED = frozenset("s'’.-")  # the last characters of the endings ``_trim_end`` drops


def _trim_end(text: str, token: re.Match[str]) -> int:
    """The end of a name token without a trailing full stop, possessive or hyphen
    (``Moscow's`` -> ``Moscow``; ``U.S.`` keeps its stops)."""
    end = token.end()
    word = token.group(0)
    if word[-1] not in _TRIMMED:
        return end
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return end - len(suffix)
    if word.endswith(".") and word.count(".") == 1:
        return end - 1
    if word.endswith("-"):
        return end - 1
    return end


def _is_particle(word: str) -> bool:
    """``al-Thani``, ``el-Sisi``: a lower-case Arabic article joined to a name."""
    return len(word) > 3 and word[:3].lower() in ("al-", "el-") and word[3:4].isupper()


@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    with path.open(encoding="utf-8") as handle:
        return Gazetteer(json.load(handle))


@lru_cache(maxsize=1)
def _bundled_path() -> Path:
    """Where the bundled gazetteer is: the bundled folder does not move while the program
    runs, so it is looked for once, not on each of the dozen calls a sentence makes."""
    return (resources_dir() / "gazetteer.json").resolve()


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (default ``resources/gazetteer.json``), loaded once."""
    return _load(path.resolve() if path is not None else _bundled_path())


def demonym_or_name(country: Country) -> list[str]:
    """Adjectives first (for "the Qatari capital"), then the names."""
    return [*country.demonyms, *country.names]


def unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)
