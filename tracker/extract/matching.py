"""Which sentences belong to which track.

A track is people (actors), parties (countries or organisations), places and an event.
Reporting names the parties ("Turkish and Syrian delegations", "Moscow", "the Kremlin"),
the venue ("in the Qatari capital") and roles ("the top Turkish diplomat") more often than
two full names, so a sentence is read for each of them:

- *people*: an actor's name or alias (spelling variants folded: Zelensky/Zelenskyy,
  al-Thani/Al Thani), or a role phrase naming the actor's country ("the Russian foreign
  minister", "Iran's top diplomat") when the gazetteer knows the person's country and roles,
  or a title alone ("the King" of "King Charles") in an article that names the person and
  no other holder of it (``titles``, ``_title_links``);
- *sides*: an explicit party by any of its names, demonyms, capital or institutions, and an
  actor counting for the side of their party;
- *places*: a track place, or a phrase that names it through its country ("the Omani
  capital" for Muscat);
- *event words*: the track's keywords, split into generic event nouns ("talks", "meeting")
  and specific ones ("coalition of the willing"), and the event nouns of the track's kind.

A sentence belongs to a track **directly** when it names an event word together with
enough sides (``min_actors`` of them, at most the number of sides the track has), or with a
track place and one side or person, or with a person and no other, unrelated party, or
when it names a specific keyword with any of those. A direct match is refused when the
sentence puts the event at another venue the track does not list (a Trump–Putin meeting
"in Budapest" is not the Alaska summit) — for one planned encounter, or talks whose title
names their venue; other talks and groups meet wherever they like. When several tracks match one sentence through
shared parties, a track that only shares them gives way to one the sentence names more
specifically (its own people, place or specific keyword).

A sentence belongs by **continuation** when it carries on a paragraph about the track (an
anaphor for the track's kind such as "the talks" or "the two sides", one of its names, or a
status cue), opens the next paragraph with such an anaphor, carries on the subject of the
sentence before it when that one was about the track alone (a pronoun opens it, or the
same speaker goes on, or it opens the next paragraph naming the track's people, parties or
an event word, or with a status cue) and names no other party, venue or event, or, anywhere in the
article, has an anaphor and a status cue while the headline or lead is about the track. Anaphors
go to the paragraph's latest event: once a sentence tells of an event between other parties
("after a recent meeting with Zelensky"), "the meeting" that follows is that one, not the
track's, until a sentence names the track again.

A sentence naming one of ``track.context_terms`` ("Anchorage") is about another, earlier
event: it is marked ``context``, and so are the sentences continuing it.

A plan or group (an initiative or coalition) is also told by its **steps**: a sentence in
which one of its sides takes a step of the process ("Thailand freed 18 Cambodian soldiers",
"the rebels laid down their arms": ``steps``) belongs to it when the article names the track
somewhere or the paragraph (or the one before) is about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final, TypeVar

from tracker.domain.models import Track
from tracker.domain.times import MONTH_NAMES, WEEKDAY_NAMES
from tracker.domain.vocabulary import LEADERS_KINDS, KindFamily, TrackKind, kind_family
from tracker.extract.actlinks import act_possible, act_told, is_act_process
from tracker.extract.eventplace import at_another_occasion
from tracker.extract.gazetteer import Gazetteer, fold, load_gazetteer, unaccented
from tracker.extract.gazetteer import Mention as NameMention
from tracker.extract.lexicon import Lexicon
from tracker.extract.literals import (
    Gated,
    LiteralIndex,
    WordStartless,
    lowered_for_twins,
    lowered_twin,
    searchable,
    twin_spans,
)
from tracker.extract.literalspans import LiteralSpans
from tracker.extract.signals import find_cues, modality_of
from tracker.extract.steps import group_words, step_of
from tracker.extract.surrounds import a_trip_elsewhere, asks_of_the_track
from tracker.extract.titles import (
    TITLES,
    alone_at,
    holders,
    rest_pattern,
    split_title,
    title_of,
    title_pattern,
)
from tracker.ingest.datestamps import parse_dateline

Span = tuple[int, int]
_K = TypeVar("_K")  # a key of ``_holders``

# Entity kinds that stand for a party when a sentence names them.
_PARTY_KINDS = frozenset({"country", "capital", "institution", "organisation", "person"})


@dataclass(frozen=True)
class PersonSpec:
    index: int
    side: str  # the side the person counts for
    names: re.Pattern[str]
    roles: re.Pattern[str] | None  # "the Russian foreign minister"
    bare_roles: re.Pattern[str] | None  # "the foreign minister" (needs the name earlier)
    known: str | None  # the gazetteer's full name, when the person is known
    # Titles the track gives the person ("King Charles", "the Pope") and their gazetteer
    # roles that are titles; "the King" alone (``title``) and "Charles" alone (``rest``)
    # name them only in an article that names them and no one else with the title
    # (``_title_links``).
    titles: frozenset[str] = frozenset()
    title: re.Pattern[str] | None = None
    rest: re.Pattern[str] | None = None
    # titles the analyst typed alone among the names ("the King"): the person's in every
    # article of the track that names no one else with them
    typed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TrackProfile:
    """A track compiled for matching (built once per track definition)."""

    track_id: str
    kind: TrackKind
    family: KindFamily
    need: int
    people: tuple[PersonSpec, ...]
    side_codes: frozenset[str]  # every side: explicit parties and actors' parties
    explicit_codes: frozenset[str]  # sides named by the analyst as parties
    actor_codes: frozenset[str]  # sides the track's people belong to
    free_parties: re.Pattern[str] | None  # parties the gazetteer does not know
    places: re.Pattern[str] | None
    place_codes: frozenset[str]  # countries the track's places lie in
    places_known: bool  # every place lies in a country the gazetteer knows
    # The event is where it happens: one planned encounter, or talks whose title names
    # their venue ("… talks in Istanbul"); elsewhere is another event.
    place_bound: bool
    specific: re.Pattern[str] | None
    generic: re.Pattern[str] | None
    context: re.Pattern[str] | None
    n_sides: int
    leaders: bool  # the track's people are heads of state or government
    # Per pattern, lower-case literals one of which each of its matches contains.
    anchors: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()
    # Patterns that also need one of more literals: a role phrase naming the country ("the
    # Russian foreign minister") holds one of the country's forms besides its role.
    also: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()
    place_names: tuple[str, ...] = ()  # the track's places as the analyst typed them
    names: tuple[re.Pattern[str], ...] = ()  # the track's people's names
    # Parties that host the event (a party whose country holds a place of the track: Qatar
    # for talks in Doha) beside principals of their own; a host hosts other parties' talks.
    host_codes: frozenset[str] = frozenset()
    # A group named by a description of its own noun and its members ("a broad coalition of
    # Ukraine's allies", the "coalition of the resolute"): group tracks only.
    # Asked of every sentence that does not carry the group on: gated on its head nouns.
    described: Gated | None = None
    # The gathering's own name as a compound of its members ("ASEAN-GCC-China"), each as
    # the set of its folded parts: "Canada-EU" is "EU-Canada" (``_another_compound_gathering``)
    compounds: tuple[frozenset[str], ...] = ()
    one_body: bool = False  # talks inside one body: its names are not camps to count
    # Specific keywords the analyst typed as common nouns ("treaty"), folded, and the words of
    # the track's title, keywords, places and people, folded: a common-noun keyword that ends
    # another capitalised name ("the New START Treaty") is that name's, not the track's
    # (``_not_in_anothers_name``).
    common_specific: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()
    # Coined words of the track's own name, as the analyst typed them: a keyword of one
    # capitalised word that is no known place, party or person and no common word of a name
    # ("Tumaini" of the Tumaini Initiative talks, "Chagos"); negotiations and groups only.
    coined: frozenset[str] = frozenset()


def _alternation(words: Sequence[str]) -> str:
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(_flex(w) for w in unique)


def _flex(word: str) -> str:
    """A name as a pattern: spaces also match hyphens, ``'s`` optional."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", word) if p]
    return r"[\s\-]+".join(parts)


_ARTICLE_HYPHEN = re.compile(r"\b(?:al|el)-")
_ARTICLE_SPACE = re.compile(r"\b(?:Al|El) ")
_ARTICLE_ANY = re.compile(r"\b(?:Al|El|al|el)[-\s]")


def _variants(name: str) -> list[str]:
    """Spelling variants of a person's name reporting uses."""
    out = [name]
    if re.search(r"\b(?:al|el|Al|El)[-\s]", name):
        out.append(_ARTICLE_HYPHEN.sub(lambda _m: "Al ", name))
        out.append(_ARTICLE_SPACE.sub(lambda _m: "al-", name))
        out.append(_ARTICLE_ANY.sub(lambda _m: "", name))
    for ending, others in (("sky", ("skyy", "skiy", "ski")), ("skyy", ("sky", "skiy"))):
        if name.endswith(ending):
            out.extend(name[: -len(ending)] + o for o in others)
    if re.search(r"\bSerge[iy]\b", name):
        out.extend((name.replace("Sergei", "Sergey"), name.replace("Sergey", "Sergei")))
    return _with_unaccented(out)


def _with_unaccented(names: list[str]) -> list[str]:
    """``names`` and, after them, each one's spelling without accents where it differs
    (wire copy prints "Erdogan", "Belem", "Correa do Lago"), each form once."""
    out = list(dict.fromkeys(names))
    out += [p for p in dict.fromkeys(unaccented(n) for n in names) if p not in out]
    return out


def _literal_parts(words: Sequence[str]) -> tuple[str, ...]:
    """For each alternative ``_flex`` makes of ``words``, its longest literal part (every
    match of the alternative holds each of its parts)."""
    out: list[str] = []
    for word in words:
        parts = [p for p in re.split(r"[\s\-]+", word.strip()) if p]
        if parts:
            out.append(max(parts, key=len).lower())
    return tuple(out)


def _role_anchors(roles: Sequence[str]) -> tuple[str, ...]:
    """Every match of a role pattern ends on one of its roles (or "diplomat", "official")."""
    return (*(r.lower() for r in roles), "diplomat", "official")


def _role_patterns(
    roles: Sequence[str], country_forms: Sequence[str], named_only: Sequence[str] = ()
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The role phrases naming the person's country ("the Russian foreign minister", also
    through ``named_only``: "the US leader") and the bare ones ("the foreign minister")."""
    if not roles:
        return None, None
    named_roles = [*roles, *named_only]
    role_alt = "|".join(re.escape(r) for r in sorted(named_roles, key=len, reverse=True))
    bare_alt = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    forms = [f for f in country_forms if f and not f.lower().startswith("the ")]
    named = None
    if forms:
        owner = "|".join(
            _flex(f) + (r"(?:'s|’s)?" if not f.endswith("ian") else "")
            for f in sorted(forms, key=len, reverse=True)
        )
        named = re.compile(
            rf"(?<!\w)(?:(?:{owner})\s+(?:top\s+)?(?:{role_alt})|"
            rf"top\s+(?:{owner})\s+(?:{role_alt}|diplomat|official))(?!\w)",
            re.IGNORECASE,
        )
    bare = re.compile(rf"(?<!\w)the\s+(?:{bare_alt})(?![\w-])", re.IGNORECASE)
    return named, bare


@lru_cache(maxsize=512)
def _profile(track_json: str, families_json: str) -> TrackProfile:  # noqa: C901 - split once the reading rework settles
    import json

    track = Track.model_validate_json(track_json)
    event_nouns: dict[str, list[str]] = json.loads(families_json)
    gaz = load_gazetteer()
    kind = TrackKind(track.kind)
    family = kind_family(kind)
    explicit: dict[str, list[str]] = {}
    free: list[str] = []
    for party in track.parties:
        code = gaz.party_code(party)
        forms = gaz.party_forms(party)
        if forms == [party] and code == fold(party):
            free.append(party)
        explicit.setdefault(code, []).extend(forms)
    people: list[PersonSpec] = []
    roles_seen: set[str] = set()
    anchors: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
    also: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
    for index, actor in enumerate(track.actors):
        known = None
        for name in actor.names():
            known = gaz.person(name)
            if known is not None:
                break
        split = [(n, split_title(n)) for n in actor.names()]
        # "the King" typed among the names is a title, not a name; one the gazetteer gives the
        # person too ("the Secretary" typed for a secretary of state) stays the analyst's name
        gaz_roles = set(known.roles) if known is not None else set()
        names = [
            v
            for n, t in split
            if not (t and not t[1] and t[0] not in gaz_roles)
            for v in _variants(n)
        ]
        alias_titles = {t[0] for _, t in split if t}
        rests = [t[1] for _, t in split if t and t[1]]
        side = f"actor:{index}"
        roles_named = roles_bare = None
        role_words: tuple[str, ...] = ()
        if known is not None:
            roles_seen.update(known.roles[:1])
            names += [v for n in (known.name, *known.aliases) for v in _variants(n)]
            if known.party:
                side = gaz.party_code(known.party)
                country = gaz.countries.get(side)
                forms = country.forms() if country else [known.party]
                heads = _HEAD_ROLES.get(known.roles[0], ()) if known.roles else ()
                roles_named, roles_bare = _role_patterns(
                    [*known.roles, "counterpart"], forms, heads
                )
                role_words = _role_anchors([*known.roles, "counterpart", *heads])
                if roles_named is not None:
                    also.append((roles_named, _literal_parts(forms)))
        else:
            # An actor typed as a party ("Coalition of the Willing", "Hamas") is that side.
            for name in actor.names():
                entities = gaz.lookup(name)
                if entities and entities[0].kind != "person":
                    side = gaz.party_code(name)
                    break
        case_insensitive = [n for n in names if n[:4].lower() == "the " or n.islower()]
        sensitive = [n for n in names if n not in case_insensitive]
        parts = []
        if sensitive:
            parts.append(f"(?:{_alternation(sensitive)})")
        if case_insensitive:
            # "the Secretary" typed for Rubio is not the start of "the Secretary-General"
            parts.append(f"(?i:{_alternation(case_insensitive)})(?!-\\w)")
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(parts) or '(?!)'})(?!\w)")
        anchors.append((pattern, _literal_parts(names)))
        anchors += [(rx, role_words) for rx in (roles_named, roles_bare) if rx is not None]
        gaz_titles = {r for r in (known.roles if known else ()) if r in TITLES}
        title_rx = title_pattern(alias_titles - gaz_titles)
        rest_rx = rest_pattern([r for r in rests if r not in names])
        if title_rx is not None:
            anchors.append((title_rx, _literal_parts(sorted(alias_titles - gaz_titles))))
        if rest_rx is not None:
            anchors.append((rest_rx, _literal_parts(rests)))
        people.append(
            PersonSpec(
                index,
                side,
                pattern,
                roles_named,
                roles_bare,
                known.name if known else None,
                titles=frozenset(alias_titles | gaz_titles),
                title=title_rx,
                rest=rest_rx,
                typed=frozenset(t[0] for _, t in split if t and not t[1]),
            )
        )
    side_codes = frozenset([*explicit, *(p.side for p in people)])
    place_forms: list[str] = []
    place_codes: set[str] = set()
    unknown_places = 0
    for place in track.places:
        place_forms += _with_unaccented([place])
        country = gaz.place_country(place)
        if country is None:
            unknown_places += 1
            continue
        place_codes.add(country.code)
        if fold(place) == fold(country.capital):
            for adj in country.demonyms:
                place_forms.append(f"the {adj} capital")
            for name in country.names[:2]:
                place_forms.append(f"{name}'s capital")
    generic_words = {w.lower() for w in event_nouns.get("generic", [])}
    # a visit is also told by its travel ("will travel to China", "put off his trip")
    family_words = event_nouns.get(family.value, []) + event_nouns.get(kind.value, [])
    specific = [
        k
        for k in track.keywords
        if k.lower() not in generic_words
        and k.lower() not in {w.lower() for w in family_words}
        and fold(k) not in {fold(p) for p in track.places}
    ]
    generic = [k for k in track.keywords if k not in specific] + list(family_words)
    specific, generic = _with_unaccented(specific), _with_unaccented(generic)
    # A party whose country holds a place of the track and whom the title does not name
    # ("Gaza ceasefire talks in Doha": Qatar; not Syria of "Syria–Israel talks" in Damascus).
    titled = {
        m.entity.code if m.entity.kind != "organisation" else gaz.party_code(m.entity.name)
        for m in gaz.scan(track.title)
        if m.entity.kind not in ("capital", "city")  # the venue the title names
    }
    hosts = (frozenset(explicit) & frozenset(place_codes)) - titled
    n_sides = len(side_codes)
    need = max(1, min(track.min_actors, n_sides)) if n_sides else 1
    # talks inside one body (a UN agency's negotiating body): its names, not two camps
    one_body = (
        family is KindFamily.CHANNEL
        and bool(explicit)
        and not explicit.keys() & gaz.countries.keys()
    )
    need = 1 if one_body else need
    compiled = {
        "free": (_compile(free, ignore_case=False), free),
        "places": (_compile(place_forms, ignore_case=True), place_forms),
        "specific": (_compile(specific, ignore_case=True, plural=True), specific),
        "generic": (_compile(generic, ignore_case=True, plural=True), generic),
        "context": (_compile(track.context_terms, ignore_case=False), track.context_terms),
    }
    anchors += [(rx, _literal_parts(words)) for rx, words in compiled.values() if rx is not None]
    return TrackProfile(
        track_id=track.id,
        kind=kind,
        family=family,
        need=need,
        people=tuple(people),
        side_codes=side_codes,
        explicit_codes=frozenset(explicit),
        actor_codes=frozenset(p.side for p in people),
        free_parties=compiled["free"][0],
        places=compiled["places"][0],
        place_codes=frozenset(place_codes),
        places_known=unknown_places == 0,
        place_bound=family is KindFamily.ENCOUNTER
        or any(fold(p) in fold(track.title) for p in track.places),
        specific=compiled["specific"][0],
        generic=compiled["generic"][0],
        context=compiled["context"][0],
        n_sides=n_sides,
        leaders=bool(roles_seen) and roles_seen <= _LEADER_ROLES,
        anchors=tuple(anchors),
        also=tuple(also),
        place_names=tuple(track.places),
        compounds=_compounds_of(track.keywords),
        names=tuple(p.names for p in people),
        host_codes=hosts if explicit.keys() - hosts else frozenset(),
        described=_description_of(track) if family is KindFamily.GROUP else None,
        one_body=one_body,
        common_specific=frozenset(
            fold(k) for k in track.keywords if k in specific and k == k.lower()
        ),
        own_words=frozenset(
            w
            for phrase in [track.title, *track.keywords, *track.places, *track.parties]
            + [n for actor in track.actors for n in actor.names()]
            for w in re.findall(r"[\w’'-]+", fold(phrase))
        ),
        # a process carries a coined name (the Tumaini Initiative); a gathering's coined word
        # is mostly the group that meets, time and again (the Quad), not this encounter
        coined=frozenset()
        if family is KindFamily.ENCOUNTER
        else _coined_words(specific, gaz, generic_words | {w.lower() for w in family_words}),
    )


# The common words of a name ("Initiative", "Platform", "Accords"): capitalised in a name,
# they name nothing alone.
_NAME_HEADS: Final = frozenset(
    word
    for line in (
        "accord accords agreement agreements alliance assembly board charter coalition",
        "commission communique compact conference council declaration dialogue format",
        "forum framework group initiative meeting mission negotiations pact partnership",
        "peace plan platform process protocol round summit talks treaty truce ceasefire",
        "union new joint grand great first second third high level",
    )
    for word in line.split()
)
_COINED_WORD: Final = re.compile(r"[A-Z][a-z][\w’'-]{2,}")
_CALENDAR: Final = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES))


def _coined_words(
    specific: Sequence[str], gaz: Gazetteer, common: Container[str]
) -> frozenset[str]:
    """The coined words of the track's specific keywords (``TrackProfile.coined``): a
    keyword of one word, capitalised and mixed case as typed (not an acronym, which many
    bodies and recurring events share; not a word of a longer name, "Economic" of "Economic
    Leaders' Meeting", which is common), four letters or more, no name the gazetteer knows,
    no common word of a name, no event noun, no month or weekday."""
    out: set[str] = set()
    for keyword in specific:
        word = keyword.strip()
        lowered = word.lower()
        if not _COINED_WORD.fullmatch(word):
            continue
        if lowered in _NAME_HEADS or lowered in common or lowered in _CALENDAR:
            continue
        if not gaz.scan(word):
            out.add(word)
    return frozenset(out)


# Who a group's description says its members are: "a broad coalition of Ukraine's allies",
# "a coalition of European nations", "a board of world leaders".
_MEMBER_WORDS = (
    r"allies|partners|backers|supporters|friends|nations|countries|states|democracies|"
    r"members|leaders|governments"
)


def _group_heads(track: Track) -> list[str]:
    """The nouns a group's own names are built on: "coalition" of "coalition of the
    willing", "board" of "Board of Peace", "accords" of "Abraham Accords"."""
    heads: list[str] = []
    names = [*track.keywords, *(n for a in track.actors for n in a.names())]
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue  # a one-word name is no description's noun
        lowered = [w.lower() for w in words]
        head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
        if head.isalpha() and head not in heads:
            heads.append(head)
    return heads


def _description_of(track: Track) -> Gated | None:
    """The pattern of a group described by its own noun: with its members after "of" ("a
    broad coalition of Ukraine's allies"), or as another name of the same shape in
    quotation marks (the "coalition of the resolute", a translation of the willing)."""
    heads = _group_heads(track)
    if not heads:
        return None
    alt = "|".join(re.escape(h) for h in heads)
    regex = re.compile(
        rf"\b(?:a|an|the|this|that|their|its)\s+(?:[\w'’-]{{1,30}}\s+){{0,2}}?(?:{alt})\s+of\s+"
        rf"(?:the\s+)?(?:[\w'’-]{{1,30}}\s+){{0,3}}?(?:{_MEMBER_WORDS})\b"
        rf"|(?P<renamed>[\"“‘'](?:the\s+)?(?:{alt})\s+of\s+the\s+(?!un)[a-z]{{3,20}}[.,]?[\"”’'])",
        re.IGNORECASE,
    )
    # Both branches hold a head noun: a sentence whose lower case has none cannot match
    # (heads with a character of another case's meaning leave the pattern ungated).
    plain = all(searchable(h) == h for h in heads)
    return Gated(regex, (frozenset(heads),) if plain else ())


def _compile(
    words: Sequence[str], *, ignore_case: bool, plural: bool = False
) -> re.Pattern[str] | None:
    alt = _alternation(words)
    if not alt:
        return None
    tail = r"(?:s|es)?" if plural else ""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!\w)(?:{alt}){tail}(?!\w)", flags)


def profile_for(track: Track, lexicon: Lexicon) -> TrackProfile:
    return _profile(track.model_dump_json(), lexicon.event_nouns_json)


@dataclass(frozen=True)
class CompiledTracks:
    """A set of tracks compiled for matching against one lexicon: their profiles and one
    automaton over the literals of every pattern of every profile, which tells per
    sentence which patterns can match (``present``) so that only those run."""

    profiles: tuple[TrackProfile, ...]
    known_codes: frozenset[str]
    kinds: frozenset[TrackKind]
    gazetteer: Gazetteer
    index: LiteralIndex[int]
    own: tuple[frozenset[int], ...]  # per profile, the ids of its patterns
    # per pattern id, the profiles (by position) whose pattern it is
    owners: dict[int, tuple[int, ...]]
    # per profile, per person: the ids of their name and role patterns
    people_ids: tuple[tuple[frozenset[int], ...], ...]
    # per profile, the ids of its people's name, role and title patterns (none present: no
    # person is named, but by a bare role, which names only one the article named before)
    people_any: tuple[frozenset[int], ...]
    twins: dict[int, re.Pattern[str]]  # pattern id -> its ``lowered_twin``
    also: dict[int, tuple[str, ...]]  # pattern id -> more literals it needs one of
    # id of a pattern that runs (a twin or a pattern) -> it without its word-start
    # look-behind, for ``word_start_spans``
    bare: Mapping[int, re.Pattern[str]]
    # the patterns that are literal alternations, their spans found in one pass
    literal: LiteralSpans
    # the tracks of leaders, and per track its people the gazetteer knows as heads of state
    # or government (``_leader_people``): the same for every document
    leader_tracks: frozenset[str]
    leader_people: dict[str, frozenset[int]]
    # per visit, the accords that share one of its people, and the talks and accords whose
    # countries are all the visit's (``_visit_partners``)
    accords: dict[str, frozenset[str]]
    deal_makers: dict[str, frozenset[str]]
    # per profile, the ids of its patterns but its generic event words and bare roles, and
    # the codes of its sides and places (with the EU when a European grouping is one of its
    # sides): a sentence holding none of either (nor the bare role of a person named
    # before) reads for it as for any track (``_unclaimed``)
    named: tuple[frozenset[int], ...] = ()
    claims: tuple[frozenset[str], ...] = ()
    bare_roles: tuple[frozenset[int], ...] = ()  # per profile, the ids of its bare roles
    # per bare role's id, the people (track id, person index) it names once the article
    # has named them (``_bare_roles_named``)
    bare_owners: Mapping[int, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    # the same as look-ups, asked once per sentence (``_touched``): per pattern id of
    # ``named``, and per code of ``claims``, the profiles (by position) holding it
    named_by: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    claimed_by: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # per pattern id of ``named``, the pattern (``_touched`` asks which match the sentence)
    named_patterns: Mapping[int, re.Pattern[str]] = field(default_factory=dict)
    # per profile, what ``_unclaimed`` reads of it besides the sentence, as a number shared
    # by the profiles that read alike there (``_unclaimed_shared``); three numberings: for a
    # sentence naming no venue and no officials meeting, for one naming officials but no
    # venue, and for one naming a venue
    shapes: tuple[tuple[int, ...], ...] = ()
    # a sentence's text -> its names and the patterns that can match it (``_sentence_facts``)
    read: dict[str, tuple[_Names, Present]] = field(default_factory=dict)

    def present(self, text: str, spans: Mapping[int, Sequence[Span]] | None = None) -> Present:
        """The ids (``id``) of the patterns that can match ``text`` (None: it holds a
        character the literal search cannot vouch for, so every pattern runs). Ids, not the
        patterns: a compiled pattern hashes its whole program at every look-up. ``spans``:
        the text's spans of the literal alternations (``_Names.literal_table``); when every
        pattern is one, those with spans are the ones that can match."""
        if spans is not None and self.literal.complete:
            return set(spans)
        lowered = searchable(text)
        if lowered is None:
            return None
        found = self.index.rules_in(lowered)
        also = self.also
        for key in also.keys() & found:  # the patterns found that need more literals
            if not any(w in lowered for w in also[key]):
                found.discard(key)
        return found


def compile_tracks(tracks: Sequence[Track], lexicon: Lexicon) -> CompiledTracks:
    """The live tracks of ``tracks`` compiled for ``lexicon``; cached per track definitions
    and lexicon, so an edited track or another lexicon compiles anew."""
    key = tuple(t.model_dump_json() for t in tracks if not t.archived)
    return _compiled_tracks(key, lexicon.event_nouns_json)


@lru_cache(maxsize=32)
def _compiled_tracks(track_json: tuple[str, ...], families_json: str) -> CompiledTracks:
    profiles = tuple(_profile(t, families_json) for t in track_json)
    needs: dict[str, set[int]] = {}
    for profile in profiles:  # the profiles hold their patterns, so the ids stay theirs
        for pattern, literals in profile.anchors:
            for literal in literals:
                needs.setdefault(literal, set()).add(id(pattern))
    gazetteer = load_gazetteer()
    twins = {
        id(pattern): twin
        for p in profiles
        for pattern, _ in p.anchors
        if (twin := lowered_twin(pattern)) is not None
    }
    people_ids = tuple(
        tuple(
            frozenset(
                id(rx) for rx in (q.names, q.roles, q.bare_roles, q.title, q.rest) if rx is not None
            )
            for q in p.people
        )
        for p in profiles
    )
    return CompiledTracks(
        profiles=profiles,
        known_codes=frozenset(code for p in profiles for code in (*p.side_codes, *p.place_codes)),
        kinds=frozenset(p.kind for p in profiles),
        gazetteer=gazetteer,
        index=LiteralIndex(needs),
        own=tuple(frozenset(id(pattern) for pattern, _ in p.anchors) for p in profiles),
        owners=_owners(profiles),
        people_ids=people_ids,
        people_any=tuple(
            frozenset(
                id(rx)
                for q in p.people
                for rx in (q.names, q.roles, q.title, q.rest)
                if rx is not None
            )
            for p in profiles
        ),
        also={id(pattern): words for p in profiles for pattern, words in p.also},
        twins=twins,
        bare=_bare(profiles, twins),
        literal=LiteralSpans([pattern for p in profiles for pattern, _ in p.anchors]),
        leader_tracks=frozenset(
            p.track_id for p in profiles if p.leaders or p.kind in LEADERS_KINDS
        ),
        leader_people={p.track_id: _leader_people(p, gazetteer) for p in profiles},
        accords=_visit_partners(profiles, _shares_a_person),
        deal_makers=_visit_partners(profiles, _makes_its_deal),
        named=tuple(_named_ids(p) for p in profiles),
        claims=tuple(_claims(p) for p in profiles),
        bare_roles=tuple(
            frozenset(id(q.bare_roles) for q in p.people if q.bare_roles is not None)
            for p in profiles
        ),
        bare_owners=_bare_owners(profiles),
        named_by=_holders([_named_ids(p) for p in profiles]),
        named_patterns={key: rx for p in profiles for key, rx in _named_patterns(p).items()},
        claimed_by=_holders([_claims(p) for p in profiles]),
        shapes=_shapes(profiles),
    )


def _holders(held: Sequence[frozenset[_K]]) -> dict[_K, tuple[int, ...]]:
    """Per key, the positions of the sets of ``held`` holding it."""
    out: dict[_K, list[int]] = {}
    for k, keys in enumerate(held):
        for key in keys:
            out.setdefault(key, []).append(k)
    return {key: tuple(ks) for key, ks in out.items()}


def _shapes(profiles: Sequence[TrackProfile]) -> tuple[tuple[int, ...], ...]:
    """Per profile, numbers that are the same for two profiles exactly when ``_unclaimed``
    reads them alike in any sentence whose travel words ask nothing of a track: the same
    generic event words and, as far as the sentence makes them count, the same flags:
    whether the track's people are leaders (where officials meet) and how its places bind
    it (where a venue is named: places that bind the event or not, known or not, in a
    country or not)."""
    keys = [
        (
            0 if p.generic is None else id(p.generic),
            p.leaders,
            p.places is not None and p.place_bound,
            p.places_known,
            bool(p.place_codes),
            # a visit typed without places whose two sides are known (``_met_beyond_its_sides``)
            p.kind is TrackKind.VISIT and p.places is None and len(p.side_codes) >= 2,
            # a visit whose host's country is known puts a venue outside it elsewhere
            # (``_knows_where_it_is``: in a sentence naming none of its places' countries)
            p.kind is TrackKind.VISIT,
        )
        for p in profiles
    ]
    return tuple(_numbered([key[:size] for key in keys]) for size in (1, 2, 7))


def _numbered(keys: Sequence[tuple[object, ...]]) -> tuple[int, ...]:
    """Each key as a number, the same for equal keys."""
    numbers: dict[tuple[object, ...], int] = {}
    return tuple(numbers.setdefault(key, len(numbers)) for key in keys)


def _bare_owners(profiles: Sequence[TrackProfile]) -> dict[int, tuple[tuple[str, int], ...]]:
    """Per bare role's pattern id, the people (track id, person index) it is the bare role
    of (a pattern may be shared by people of several tracks)."""
    out: dict[int, list[tuple[str, int]]] = {}
    for p in profiles:
        for q in p.people:
            if q.bare_roles is not None:
                out.setdefault(id(q.bare_roles), []).append((p.track_id, q.index))
    return {key: tuple(people) for key, people in out.items()}


def _named_ids(p: TrackProfile) -> frozenset[int]:
    """The ids of the track's patterns but its generic event words and its people's bare
    roles ("the foreign minister", which name only a person the article named before):
    those of its people's names, roles and titles, free parties, places, specific keywords
    and context terms."""
    return frozenset(_named_patterns(p))


def _named_patterns(p: TrackProfile) -> dict[int, re.Pattern[str]]:
    """``_named_ids`` with the patterns they are the ids of."""
    bare = [person.bare_roles for person in p.people]
    others = [
        q for person in p.people for q in (person.names, person.roles, person.title, person.rest)
    ]
    others += [p.free_parties, p.places, p.specific, p.context]
    named = {
        id(pattern): pattern
        for pattern, _ in p.anchors
        if pattern is not p.generic and not any(pattern is b for b in bare)
    }
    named.update((id(q), q) for q in others if q is not None)
    return named


def _claims(p: TrackProfile) -> frozenset[str]:
    """Every code a name in a sentence may have for ``_read_parties`` to count it for one of
    the track's sides or leave it out of the others (and for the venues and encounters of
    ``_read`` to concern the track): its sides and its places' countries, and the EU when one
    of its sides is a European grouping a bare "European" may stand for."""
    europe = {_EU} if any(g in p.explicit_codes for g in _EUROPEAN_GROUPS) else set()
    return p.side_codes | p.explicit_codes | p.actor_codes | p.place_codes | europe


def _visit_partners(
    profiles: Sequence[TrackProfile], related: Callable[[TrackProfile, TrackProfile], bool]
) -> dict[str, frozenset[str]]:
    """Per visit track, the tracks ``related`` to it (worked out once per track set)."""
    return {
        v.track_id: frozenset(a.track_id for a in profiles if related(v, a))
        for v in profiles
        if v.kind is TrackKind.VISIT
    }


def _shares_a_person(visit: TrackProfile, other: TrackProfile) -> bool:
    """An accord that shares one of the visit's people (the gazetteer's person, or the same
    names)."""
    return other.kind is TrackKind.INITIATIVE and bool(
        {q.known or q.names.pattern for q in other.people}
        & {q.known or q.names.pattern for q in visit.people}
    )


def _makes_its_deal(visit: TrackProfile, other: TrackProfile) -> bool:
    """Talks or an accord whose countries are all the visit's (a deal of the same two)."""
    countries = _countries(other)
    return other.kind in _DEAL_MAKERS and len(countries) >= 2 and countries <= _countries(visit)


def _owners(profiles: Sequence[TrackProfile]) -> dict[int, tuple[int, ...]]:
    """Per pattern id, the positions of the profiles holding the pattern (a role phrase is
    shared by the tracks of one country)."""
    out: dict[int, list[int]] = {}
    for k, p in enumerate(profiles):
        for pattern, _ in p.anchors:
            held = out.setdefault(id(pattern), [])
            if not held or held[-1] != k:
                held.append(k)
    return {key: tuple(ks) for key, ks in out.items()}


def _to_read(compiled: CompiledTracks, cue: bool, present: Present) -> Sequence[int]:
    """The positions of the profiles a sentence is read for in ``match_tracks``'s first
    pass, in order: every track where the sentence has a status cue or where the literal
    search cannot vouch for it, else the tracks one of whose patterns can match it (a
    look-up of the patterns present, instead of asking every track)."""
    if cue or present is None:
        return range(len(compiled.profiles))
    owners = compiled.owners
    return sorted({k for key in present for k in owners.get(key, ())})


def _bare(profiles: Sequence[TrackProfile], twins: dict[int, re.Pattern[str]]) -> WordStartless:
    """``without_word_start`` of every pattern and twin that runs, by the runner's id (each
    made when first asked for)."""
    runners = [pattern for p in profiles for pattern, _ in p.anchors] + list(twins.values())
    return WordStartless(runners)


@dataclass
class Mention:
    """How one sentence belongs to one track, with the spans that tie it there."""

    track_id: str
    direct: bool
    context: bool
    actor_spans: list[Span] = field(default_factory=list)
    keyword_spans: list[Span] = field(default_factory=list)
    anaphor_spans: list[Span] = field(default_factory=list)
    score: int = 0
    via: str = (
        ""  # how a continuation continues: anaphor, event, named, person, cue, subject, opener,
        # step (a step of the process one of its sides took), act (an act of a release or
        # exchange process, actlinks.py)
    )

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
    same_speaker: bool = False  # "…," he added: the previous paragraph's speaker goes on
    quoted: bool = False  # goes on with a quotation the previous sentence attributed
    cue_starts: tuple[int, ...] = ()  # where the sentence's status cues begin

    # Written out so that mypyc compiles it (see ``_Reading``); a new field goes here too.
    def __init__(
        self,
        text: str,
        paragraph: int,
        first_in_paragraph: bool,
        heading: bool,
        has_cue: bool,
        skip: bool = False,
        same_speaker: bool = False,
        quoted: bool = False,
        cue_starts: tuple[int, ...] = (),
    ) -> None:
        object.__setattr__(self, "text", text)  # frozen
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "first_in_paragraph", first_in_paragraph)
        object.__setattr__(self, "heading", heading)
        object.__setattr__(self, "has_cue", has_cue)
        object.__setattr__(self, "skip", skip)
        object.__setattr__(self, "same_speaker", same_speaker)
        object.__setattr__(self, "quoted", quoted)
        object.__setattr__(self, "cue_starts", cue_starts)


Present = set[int] | None  # ids of the patterns that can match a sentence (None: all)


def _anaphors_by_kind(
    text: str, kinds: set[TrackKind], lexicon: Lexicon
) -> dict[TrackKind, list[Span]]:
    """The anaphor spans of one sentence for each kind, each anaphor searched once (and only
    those whose words the sentence holds)."""
    out: dict[TrackKind, list[Span]] = {kind: [] for kind in kinds}
    for anaphor in lexicon.anaphors_in(text):
        wanted = [k for k in kinds if k in anaphor.kinds]
        if not wanted:
            continue
        found = [m.span() for m in anaphor.pattern.finditer(text)]
        if found:
            for kind in wanted:
                out[kind].extend(found)
    return out


# Officials below heads of state and government: their meeting is not the leaders'.
_OFFICIALS = Gated(
    re.compile(
        r"\b(?:(?:foreign|defen[cs]e|finance|trade|economy)\s+ministers?|secretar(?:y|ies)\s+of\s+state|"
        r"top\s+diplomats?|envoys?|advis[eo]rs?|aides?|negotiators?|delegations?|sherpas?|deputies)\b",
        re.IGNORECASE,
    )
)
# Their delegations' talks, and the encounters of leaders themselves.
_DELEGATION_EVENT = Gated(
    re.compile(
        r"\b(?:talks|negotiations|round|delegations?|consultations|negotiators)\b", re.IGNORECASE
    )
)
_LEADERS_EVENT = Gated(
    re.compile(
        r"\b(?:meet|meets|meeting|met|summit|face[\s-]to[\s-]face|encounter|sit[\s-]down|visit|"
        r"tete-a-tete|tête-à-tête|one-on-one|in[\s-]person)\b",
        re.IGNORECASE,
    )
)
_LEADER_ROLES = frozenset(
    {
        "president",
        "prime minister",
        "leader",
        "chancellor",
        "emir",
        "king",
        "supreme leader",
        "crown prince",
        "premier",
        "sultan",
    }
)
# What reporting calls a head of state or government beside their title, with their
# country only ("the US leader", "the Israeli premier"; "the leader" alone is anyone's).
_HEAD_ROLES: dict[str, tuple[str, ...]] = {
    "president": ("leader",),
    "prime minister": ("leader", "premier"),
    "chancellor": ("leader",),
    "premier": ("leader",),
    "emir": ("leader", "ruler"),
    "supreme leader": ("leader",),
}
# "in Budapest", "at the Kremlin", "planned for Budapest": where an event is held.
# "a visit to Japan", "his trip to Brazil": where a visit goes.
_VENUE = re.compile(r"\b(?:in|at|(?:visit|trip|journey)\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_PLANNED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|due|earmarked|mooted)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "officials in Washington", "concerns in Tokyo", "many in Moscow": a capital standing for
# the people and views of its government, not where an event is held.
_SEAT_OF_VIEWS = re.compile(
    r"\b(?:officials?|sources?|diplomats?|lawmakers|analysts|observers|commentators|many|"
    r"some|others|those|concerns?|fears?|hopes?|worries|worry|alarm|anger|frustration|"
    r"optimism|scepticism|skepticism|voices|circles|quarters|mood|view|thinking)\s+in\s+$",
    re.IGNORECASE,
)
# "a peace summit on Ukraine", "talks on Gaza": the subject of the event.
_SUBJECT_OF_EVENT = re.compile(
    r"\b(?:summit|talks|meeting|conference|negotiations|consultations)\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "US broadcaster ABC News", "Russian state media": a country's news medium.
_MEDIUM = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:state\s+|public\s+)?(?:broadcaster|network|outlet|media|news\s+agency|newspaper|"
    r"daily|television|TV|radio)\b",
    re.IGNORECASE,
)
# "a result in the Ukraine settlement", "progress in the Gaza war": the name tells which
# conflict, not where an event is.
_OF_A_CONFLICT = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:settlement|war|conflict|crisis|ceasefire|truce|issue|question|file|dossier)\b",
    re.IGNORECASE,
)
# "in the Belem palace" (in Lisbon), "at Hyderabad House" (in New Delhi): a building named
# after a place, not that place.
_A_BUILDING = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:palace|house|hall|hotel|castle|residence|mansion|cent(?:re|er)|stadium)\b",
    re.IGNORECASE,
)
# "the line of contact": the front, not a contact between the parties.
_FRONT_LINE = re.compile(r"\bline\s+of\s+$", re.IGNORECASE)
# "peace in Ukraine", "the war in Gaza": the place of a conflict, not a venue.
_CONFLICT_IN = re.compile(
    r"\b(?:peace|war|conflict|crisis|ceasefire|truce|fighting|hostilities|settlement|"
    r"situation|invasion|offensive|killing)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An earlier occasion of a recurring encounter: "went to Moscow last year for the annual
# summit", "last came to New Delhi in 2021", "they last met …", "had previously met in
# Houston", "have met twice before" (a past encounter of the same people, docs/lexicon.md
# "A summit and the meetings on its sidelines"), "twenty-two summits have
# been held so far" (a count of past editions), "earlier editions", "the previous Quad
# summit", "their previous meeting" (not "earlier the summit heard", "the previous day's").
_EARLIER = re.compile(
    r"\b(?:last\s+year\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)"
    r"\s+years?\s+ago\b|(?P<last>(?:last|previously)\s+(?:came|met|visited|travell?ed|went|"
    r"held|hosted|took\s+place)\b|(?:had|have)\s+(?:already\s+)?met\s+(?:\w+\s+){0,3}?"
    r"before\b|(?:previous|earlier|past)\s+"
    r"(?:(?!(?:the|a|an|this|that|in|on|at|to|day|week)\b)[\w'-]+\s+)?(?:editions?|summits?|meetings?)\b|"
    r"(?:summits|editions)\s+(?:have|had)\s+(?:so\s+far\s+)?been\s+held\b))",
    re.IGNORECASE,
)
# What every match of ``_EARLIER`` holds (a cheap test before the search).
_EARLIER_WORDS = ("ast ", "AST ", "ago", "AGO", "revious", "arlier", "held", "efore")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "the first visit since 2021", "since he was re-elected last year": the time since an
# earlier occasion is told of this one.
_SINCE = re.compile(r"\b(?:since|after|until)\b[^,;]*$", re.IGNORECASE)
# "the 75th anniversary of the treaty of 1949", "the centenary of the 1926 pact": the year
# an anniversary counts from, no earlier occasion (a founding told alone, "the group was
# founded in 2006", stays a past of its own).
_ANNIVERSARY = re.compile(
    r"\b(?:anniversary|anniversaries|centenary|centennial|jubilee)\b[^,;]*$", re.IGNORECASE
)


@dataclass(frozen=True)
class _Earlier:
    """The clauses (split at semicolons) of a sentence that tell of an earlier occasion:
    by its year (``dated``: "last year", "in 2021" in an article of 2025, "years ago"), or
    only as the last or a past one ("they last met", "previous summits")."""

    dated: tuple[Span, ...] = ()
    undated: tuple[Span, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.dated or self.undated)


def _clauses_of(text: str, hits: Sequence[int]) -> tuple[Span, ...]:
    out: list[Span] = []
    begin = 0
    for end in [*(i for i, ch in enumerate(text) if ch == ";"), len(text)]:
        if any(begin <= start < end for start in hits):
            out.append((begin, end))
        begin = end + 1
    return tuple(out)


def _earlier_occasion(text: str, year: int | None) -> _Earlier:
    """What of the sentence tells of an occasion before this one (``_Earlier``): for one
    planned encounter, another edition of the series, not this one."""
    dated: list[int] = []
    undated: list[int] = []
    if any(word in text for word in _EARLIER_WORDS):
        for m in _EARLIER.finditer(text):
            (undated if m.group("last") else dated).append(m.start())
    if year is not None and ("19" in text or "20" in text):
        dated += [m.start() for m in _YEAR.finditer(text) if int(m.group()) < year]
    if not (dated or undated):
        return _NOT_EARLIER

    def told(hits: list[int]) -> list[int]:
        return [
            h
            for h in hits
            if not _SINCE.search(text, max(0, h - 60), h)
            and not _ANNIVERSARY.search(text, max(0, h - 60), h)
        ]

    return _Earlier(_clauses_of(text, told(dated)), _clauses_of(text, told(undated)))


_NOT_EARLIER = _Earlier()


def _of_an_earlier_occasion(r: _Reading, earlier: _Earlier) -> bool:
    """Whether everything tying the sentence to the track lies in clauses of an earlier
    occasion: dated before the article's year, or told as the last or a past one without
    the track's own place (an earlier occasion may be a track of its own: "the two leaders
    last met in July at a summit in Nairobi"); one the track names among its context terms
    stays, as context."""
    if r.context:
        return False  # the earlier event the track names as its context: read as context
    actor_spans, event_spans = _tie_spans(r)
    spans = actor_spans + event_spans

    def within(clauses: tuple[Span, ...]) -> bool:
        return bool(clauses) and all(any(a <= s < b for a, b in clauses) for s, _ in spans)

    return within(earlier.dated) or (not r.places and within(earlier.undated))


# A place naming an event: "the Budapest summit", "the Istanbul talks".
_EVENT_AFTER = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:peace\s+|leaders'?\s+)?(?:summit|talks|meeting|round|conference|negotiations|process)\b",
    re.IGNORECASE,
)


@dataclass
class _Reading:
    """One sentence read for one track."""

    people: dict[int, list[Span]]
    sides: dict[str, list[Span]]
    others: list[NameMention]  # parties named that are not the track's
    places: list[Span]
    specific: list[Span]
    generic: list[Span]
    venue_conflict: bool
    context: bool
    other_level: bool = False  # officials below the track's leaders are the ones meeting
    other_country: bool = False  # the event is put in a country outside the track's
    outsider: bool = False  # one side meets a leader of a country outside the track's
    sent: bool = False  # a track person is named only as the one whose envoy acts
    visit_away: bool = False  # a visit to a side's country, not the track's venue, is told

    # Written out (the dataclass keeps it) so that mypyc compiles it: the one the dataclass
    # would generate runs interpreted, about a twelfth of the reading per sentence and track.
    # A new field goes here too.
    def __init__(
        self,
        people: dict[int, list[Span]],
        sides: dict[str, list[Span]],
        others: list[NameMention],
        places: list[Span],
        specific: list[Span],
        generic: list[Span],
        venue_conflict: bool,
        context: bool,
        other_level: bool = False,
        other_country: bool = False,
        outsider: bool = False,
        sent: bool = False,
        visit_away: bool = False,
    ) -> None:
        self.people = people
        self.sides = sides
        self.others = others
        self.places = places
        self.specific = specific
        self.generic = generic
        self.venue_conflict = venue_conflict
        self.context = context
        self.other_level = other_level
        self.other_country = other_country
        self.outsider = outsider
        self.sent = sent
        self.visit_away = visit_away

    def side_count(self) -> int:
        return len(self.sides)

    def off_venue(self) -> bool:
        """Whether the sentence puts the event somewhere the track's is not."""
        return self.venue_conflict or self.other_country


# A party a sentence names, with what ``_read_parties`` asks of it that depends on the
# sentence alone (``_Names.party_rows``).
_PartyRow = tuple[NameMention, str, bool, bool, bool]


class _Names:
    """What one sentence's known names are, worked out once for every track: the parties it
    names with the side each counts for, the places it names as an event's venue ("in
    Budapest", "the Istanbul talks"), and whether officials below leaders are the ones
    meeting."""

    __slots__ = (
        "_anaphors",
        "_at",
        "_destinations",
        "_encounters",
        "_events",
        "_events_for",
        "_found",
        "_goes",
        "_link",
        "_literal",
        "_media",
        "_officials",
        "_party_lists",
        "_party_rows",
        "_persons",
        "_persons_for",
        "_readings",
        "_sent",
        "_shared",
        "_subjects",
        "_table",
        "_third",
        "_touched",
        "_unclaimed",
        "_venues",
        "bare",
        "lowered",
        "names",
        "parties",
        "repeated",
        "text",
        "twins",
    )

    def __init__(
        self,
        text: str,
        names: Sequence[NameMention],
        gaz: Gazetteer,
        twins: dict[int, re.Pattern[str]] | None = None,
        bare: Mapping[int, re.Pattern[str]] | None = None,
        literal: LiteralSpans | None = None,
    ) -> None:
        self.text = text
        self.names = names
        self.twins = twins or {}
        self.bare = bare if bare is not None else {}
        self.lowered = lowered_for_twins(text) if twins else None
        # (mention, the side it counts for, whether it names a person)
        # A plural naming both sides of a divided country ("Koreas end talks") counts for
        # each side.
        self.parties = [
            (m, code, m.entity.kind == "person")
            for m in names
            if m.entity.kind in _PARTY_KINDS
            for code in (
                gaz.sides_named(m)
                if m.entity.kind != "organisation"
                else (gaz.party_code(m.entity.name),)
            )
        ]
        self._venues: list[tuple[str, str, int]] | None = None
        self._goes: bool | None = None
        self._destinations: tuple[tuple[str, str, int], ...] | None = None
        self._party_rows: tuple[_PartyRow, ...] | None = None
        self._party_lists: list[list[tuple[int, int, str]]] | None = None
        self._link: int | None = None
        self._encounters: frozenset[str] | None = None
        self._subjects: frozenset[int] | None = None
        self._officials: bool | None = None
        self._media: frozenset[int] | None = None
        # where a name begins -> whether it is told as a venue there (``at_venue``), and
        # whether the sentence tells of a party outside its talks (``third_party``)
        self._at: dict[int, bool] = {}
        self._third: bool | None = None
        # a person's span -> ``_only_as_sender`` there and ``_sender_end`` (``sent_by``)
        self._sent: dict[Span, tuple[int, int | None]] = {}
        # What is remembered of the sentence is held in tuples of spans, not lists: the
        # collector stops tracking a tuple of numbers (and a dict of such), and the
        # sentences remembered (``_sentence_facts``) would otherwise make every full
        # collection walk them.
        self._found: dict[int, tuple[Span, ...]] = {}  # pattern id -> its spans
        # pattern id -> the generic event words' spans and those of them
        # ``a_trip_elsewhere`` asks about (``_event_words``), asked with ``_events_for``
        self._events: dict[int, tuple[tuple[Span, ...], tuple[Span, ...]]] = {}
        self._events_for: Present = None
        # the literal alternations (None once the text is known to need them run) and
        # their spans, found on the first asking
        self._literal = literal
        self._table: dict[int, tuple[Span, ...]] | None = None
        # the anaphors' spans per kind, with the lexicon and the kinds they were found for
        self._anaphors: (
            tuple[Lexicon, frozenset[TrackKind], dict[TrackKind, tuple[Span, ...]]] | None
        ) = None
        # (id of a profile, the indexes of its people named before) -> the sentence read for
        # that track (``_read_remembered``)
        self._readings: dict[tuple[object, ...], _Reading] = {}
        self.repeated = False  # the sentence was met before (``_sentence_facts``)
        self._unclaimed: tuple[frozenset[str], list[NameMention], list[str]] | None = None
        # the profiles (by position) the sentence holds something of (``_touched``), and the
        # readings of those it holds nothing of, by their shape (``_unclaimed_shared``)
        self._touched: frozenset[int] | None = None
        self._shared: dict[int, _Reading] = {}
        # what the sentence names of a person (``_person_named``), by their patterns, whether
        # named before and their titles' link, with the ``present`` it was found for
        self._persons: dict[
            tuple[object, ...], tuple[tuple[Span, ...], tuple[Span, ...], bool]
        ] = {}
        self._persons_for: Present = None

    def anaphors(
        self, kinds: frozenset[TrackKind], lexicon: Lexicon
    ) -> dict[TrackKind, list[Span]]:
        """``_anaphors_by_kind`` of the sentence (in new lists), found once per lexicon and
        set of kinds."""
        held = self._anaphors
        if held is None or held[0] is not lexicon or held[1] != kinds:
            found = _anaphors_by_kind(self.text, set(kinds), lexicon)
            held = (lexicon, kinds, {kind: tuple(spans) for kind, spans in found.items()})
            self._anaphors = held
        return {kind: list(spans) for kind, spans in held[2].items()}

    def spans(self, pattern: re.Pattern[str] | None, present: Present) -> list[Span]:
        """``_spans`` of the sentence, each pattern run once however many tracks share it."""
        if pattern is None or (present is not None and id(pattern) not in present):
            return []
        found = self._found.get(id(pattern))
        if found is None:
            found = self._literal_spans(pattern)
            if found is None:
                twin = self.twins.get(id(pattern))
                bare = self.bare.get(id(twin if twin is not None else pattern))
                found = tuple(twin_spans(pattern, twin, bare, self.text, self.lowered))
            self._found[id(pattern)] = found
        return list(found)

    def literal_table(self) -> dict[int, tuple[Span, ...]] | None:
        """The literal alternations' spans in the sentence, by pattern id (one pass, made on
        the first asking); None when the pass cannot vouch for the text."""
        if self._table is None and self._literal is not None:
            table = self._literal.spans(self.text)
            if table is None:
                self._literal = None
            else:
                self._table = {key: tuple(spans) for key, spans in table.items()}
        return self._table

    def _literal_spans(self, pattern: re.Pattern[str]) -> tuple[Span, ...] | None:
        """``pattern``'s spans from the one pass over the literal alternations, or None when
        it is not one or the pass cannot vouch for the text."""
        literal = self._literal
        if literal is None or id(pattern) not in literal.covered:
            return None
        table = self.literal_table()
        return None if table is None else table.get(id(pattern), ())

    def goes_to_a_place(self) -> bool:
        """Whether the sentence tells a trip to a country or city it names ("will travel to
        Kumasi", "to visit Ghana"), the destinations ``_visit_destinations`` reads per track:
        asked once per sentence."""
        if self._goes is None:
            text = self.text
            self._goes = ("isit" in text or " to " in text) and any(
                m.entity.kind in ("capital", "city", "country")
                and _VISIT_GOES.search(text, max(0, m.start - 24), m.start) is not None
                for m in self.names
            )
        return self._goes

    def destinations(self) -> tuple[tuple[str, str, int], ...]:
        """The codes (and kinds, and where each begins) of the countries and cities the
        sentence tells a visit goes to, not one someone was invited to make
        (``_visit_destinations`` keeps those of a track's sides): asked once per sentence."""
        if self._destinations is None:
            text = self.text
            self._destinations = (
                tuple(
                    (m.entity.code, m.entity.kind, m.start)
                    for m in self.names
                    if m.entity.kind in ("capital", "city", "country")
                    and (goes := _VISIT_GOES.search(text, max(0, m.start - 24), m.start))
                    is not None
                    and not _INVITED_TO.search(text, max(0, goes.start() - 40), goes.start())
                )
                if "isit" in text or " to " in text
                else ()
            )
        return self._destinations

    def party_rows(self) -> tuple[_PartyRow, ...]:
        """``parties`` with what ``_read_parties`` asks of each that depends on the sentence
        alone, found once per sentence: (mention, code, whether it names a person, whether it
        is told only as a side of a war or dispute, whether it says what an event is about or
        whose medium reports) — the last two asked of a name not of a person only."""
        if self._party_rows is None:
            text = self.text
            subjects, media = self.subjects(), self.media()
            self._party_rows = tuple(
                (
                    m,
                    code,
                    is_person,
                    not is_person and _a_side_of_a_conflict(text, m),
                    not is_person and (m.start in subjects or m.end in media),
                )
                for m, code, is_person in self.parties
            )
        return self._party_rows

    def party_lists(self) -> list[list[tuple[int, int, str]]]:
        """``_lists_of_parties`` of the sentence, found once for every track."""
        if self._party_lists is None:
            self._party_lists = _lists_of_parties(self.text, self)
        return self._party_lists

    def venues(self) -> list[tuple[str, str, int]]:
        """The codes (and kinds: capital, city, country, and where each begins) of the places
        named as where an event is."""
        if self._venues is None:
            text = self.text
            self._venues = [
                (m.entity.code, m.entity.kind, m.start)
                for m in self.names
                if m.entity.kind in ("capital", "city", "country")
                and (self.at_venue(m.start) or _EVENT_AFTER.match(text, m.end))
                and not _OF_A_CONFLICT.match(text, m.end)
                and not _A_BUILDING.match(text, m.end)
            ]
        return self._venues

    def subjects(self) -> frozenset[int]:
        """Where the names that say what an event is about begin ("a peace summit on
        Ukraine")."""
        if self._subjects is None:
            text = self.text
            self._subjects = (
                frozenset(
                    m.start
                    for m in self.names
                    if _SUBJECT_OF_EVENT.search(text, max(0, m.start - 40), m.start)
                )
                if " on " in text
                else frozenset()
            )
        return self._subjects

    def media(self) -> frozenset[int]:
        """Where the names that say whose news medium reports end ("US broadcaster ABC
        News", "Iranian state media said")."""
        if self._media is None:
            text = self.text
            self._media = frozenset(
                m.end
                for m in self.names
                if m.entity.kind == "country" and _MEDIUM.match(text, m.end)
            )
        return self._media

    def link(self) -> int:
        """Where a phrase tying the sentence's event to another begins ("… ahead of his
        summit with Trump in Washington", "following their first talks at the G7"), or -1."""
        if self._link is None:
            m = _LINKED_EVENT.search(self.text) if _LINK_WORDS.search(self.text) else None
            self._link = m.start() if m else -1
        return self._link

    def encounters(self) -> frozenset[str]:
        """The countries whose leader, named by role, someone meets or talks with ("held
        talks with the Chinese premier", "will meet South Korea's president", "the leaders
        of Japan and China were hosted at Mar-a-Lago")."""
        if self._encounters is None:
            text = self.text
            role_of = " of " in text and _AN_ENCOUNTER.search(text) is not None
            self._encounters = frozenset(
                m.entity.code
                for m in self.names
                if m.entity.kind == "country"
                and (
                    (
                        _ENCOUNTER_WITH.search(text, max(0, m.start - 40), m.start)
                        and _A_LEADERS_ROLE.match(text, m.end)
                    )
                    or (
                        role_of
                        and _LEADERS_ROLE_OF.search(text, max(0, m.start - 30), m.start) is not None
                    )
                )
            )
        return self._encounters

    def unclaimed(self) -> tuple[frozenset[str], list[NameMention], list[str]]:
        """What the sentence's names are for a track that claims none of them (``_unclaimed``):
        every code they have (parties, venues, the countries of leaders met), the parties
        ``_read_parties`` gives such a track as others (all but what an event is about and
        whose medium reports) and the kinds of the venues (all of them another's)."""
        if self._unclaimed is None:
            subjects, media = self.subjects(), self.media()
            venues = self.venues()
            codes = {code for _, code, _ in self.parties}
            codes.update(code for code, _, _ in venues)
            codes.update(self.encounters())
            others = [
                m
                for m, _, is_person in self.parties
                if is_person or (m.start not in subjects and m.end not in media)
            ]
            self._unclaimed = (frozenset(codes), others, [kind for _, kind, _ in venues])
        return self._unclaimed

    def at_venue(self, start: int) -> bool:
        """``_at_venue`` of the name beginning at ``start``, asked once per sentence and
        name for every track that asks it."""
        found = self._at.get(start)
        if found is None:
            found = self._at[start] = _at_venue(self.text, start)
        return found

    def third_party(self) -> bool:
        """Whether the sentence tells of the host of talks or of talks "between the two
        sides" (``_A_THIRD_PARTY``): asked once per sentence."""
        if self._third is None:
            self._third = _A_THIRD_PARTY.search(self.text) is not None
        return self._third

    def sent_by(self, span: Span) -> tuple[int, int | None]:
        """``_only_as_sender`` and ``_sender_end`` of the person named at ``span``, asked once
        per sentence and span for every track naming the person (a span is the person's
        name or role in the text, the same whichever track holds the pattern)."""
        found = self._sent.get(span)
        if found is None:
            end = _sender_end(self.text, span)
            kind = 0 if end is None else 1 if _SENT_SPEAKS.match(self.text, end) else 2
            found = self._sent[span] = (kind, end)
        return found

    def officials(self) -> bool:
        if self._officials is None:
            self._officials = bool(_OFFICIALS.search(self.text))
        return self._officials


def _names_its_venue(profile: TrackProfile, facts: _Names) -> bool:
    """Whether the sentence names one of the track's own places as where something is ("the
    security conference in Singapore"), though the name was read as a side there (a capital,
    a city-state): the article does put events at the track's place, so a venue elsewhere in
    another sentence ("what is at stake in Ukraine") does not take the article from the
    track. Its country alone ("in Egypt" for Sharm el-Sheikh) is not its place."""
    places = profile.places
    if places is None or not profile.place_bound:
        return False
    return any(places.match(facts.text, start) for _, _, start in facts.venues())


# "Xi would visit the United States", "will travel to Japan": where a visit goes; not one
# the meeting's people were invited to make ("invited him to visit China" tells of what
# was said at the meeting).
_VISIT_GOES = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|(?:visit|trip|journey|travel|go|come|fly)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INVITED_TO = re.compile(r"\binvit\w*\s+(?:[\w'-]+\s+){0,3}?to\s+$", re.IGNORECASE)


def _visit_destinations(profile: TrackProfile, facts: _Names) -> list[tuple[str, str, int]]:
    """The places a visit goes to, for a track held in one place: a destination a side's
    country, though no venue of the track's ("Xi would visit the United States", for a
    meeting of the US and China in South Korea), tells of another event, the visit."""
    if profile.kind is TrackKind.VISIT:
        return []
    # what depends on the sentence alone (where a visit goes) is found once per sentence
    # (``_Names.destinations``); the track keeps its sides' codes
    sides = profile.side_codes
    return [found for found in facts.destinations() if found[0] in sides]


def _visits_away(
    profile: TrackProfile, facts: _Names, people: dict[int, list[Span]], generic: list[Span]
) -> bool:
    """Whether the sentence tells a visit to one of the track's sides away from its venue
    (``_visit_destinations``); whether that makes the sentence another event's is decided
    beside the visit tracks read there (``_gone_on_a_visit``)."""
    if not facts.destinations():
        return False
    return any(
        code not in profile.place_codes and not _of_a_linked_event(facts, start, people, generic)
        for code, _, start in _visit_destinations(profile, facts)
    )


def _met_beyond_its_sides(
    profile: TrackProfile, facts: _Names, people: dict[int, list[Span]], generic: list[Span]
) -> bool:
    """For a visit typed without its places (as a visit told ahead often is), whether the
    sentence puts an event in a country none of its sides' ("Hegseth met Dong in Kuala
    Lumpur", for Xi's visit to the United States): a visit goes to its host's country, so
    an encounter elsewhere, in a sentence that tells no visit, is another event."""
    if (
        profile.kind is not TrackKind.VISIT
        or len(profile.side_codes) < 2  # the host's country unknown: where it goes is too
        or _TOLD_A_VISIT.search(facts.text) is not None
    ):
        return False
    return any(
        code not in profile.side_codes and not _of_a_linked_event(facts, start, people, generic)
        for code, _, start in facts.venues()
    )


def _at_venue(text: str, start: int) -> bool:
    """Whether the name at ``start`` is where an event is held ("in Budapest", "planned
    for Budapest"; not the place of a conflict: "peace in Ukraine"; not a government's seat
    standing for its people: "officials in Washington said", "concerns in Tokyo")."""
    before = text[max(0, start - 30) : start]
    return bool(
        (
            _VENUE.search(before, len(before) - 16)
            and not _CONFLICT_IN.search(before)
            and not _SEAT_OF_VIEWS.search(before)
        )
        or (" for " in before and _PLANNED_FOR.search(before))
    )


# A phrase after the sentence's own event that ties it to another ("…, ahead of Lee's
# summit with Trump in Washington", "following their first talks at the G7 summit in
# Canada", "on his way to Brussels"): a venue after it is the other event's.
_LINK_WORDS = re.compile(r"ahead|before|after|following|eve|run-up|way\s+to|en\s+route", re.I)
_LINKED_EVENT = re.compile(
    r"\b(?:ahead\s+of|before|after|following|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|"
    r"en\s+route\s+to|on\s+(?:his|her|their|its)\s+way\s+to)\s+(?!(?:the|this|that)\s+"
    r"(?:meeting|talks|summit|visit|round|conference)\b)",
    re.IGNORECASE,
)


# "met the Chinese premier", "talks with South Korea's president", "will host the Emirati
# president": an encounter with a leader named by role and country.
_ENCOUNTER_WITH = re.compile(
    r"\b(?:met|meets?|meeting|talks|talked|spoke|call|hosted|hosts?|hosting|received?|"
    r"receiving|welcomed?)\s+(?:with\s+)?(?:the\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)
_A_LEADERS_ROLE = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)(?:'s|’s)?\s+(?:(?:new|newly[\s-]elected|incoming|visiting|outgoing)\s+)?(?:president|"
    r"prime\s+minister|premier|leader|king|queen|emir|crown\s+prince|chancellor|"
    r"foreign\s+minister|counterpart|head\s+of\s+state)\b",
    re.IGNORECASE,
)


# "the leaders of Japan", "the prime minister of Portugal", in a sentence telling of an
# encounter: a leader named by role before the country.
_LEADERS_ROLE_OF = re.compile(
    r"\b(?:leaders?|presidents?|prime\s+ministers?|premiers?|kings?|emirs?|chancellors?|"
    r"heads?\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AN_ENCOUNTER = re.compile(
    r"\b(?:met|meets?|meeting|hosted|hosts?|hosting|received|receives|welcomed|welcomes|"
    r"talks\s+with)\b",
    re.IGNORECASE,
)


def _of_a_linked_event(
    facts: _Names, start: int, people: dict[int, list[Span]], events: list[Span]
) -> bool:
    """Whether the venue at ``start`` lies in a phrase tying the sentence's event to
    another, while the track's own people and event words come before that phrase ("During
    their talks, Lee and Ishiba discussed tariffs ahead of Lee's summit in Washington")."""
    link = facts.link()
    if link < 0 or start < link or not events or not facts.at_venue(start):
        return False  # "following Ukraine talks": the country names the talks, not a venue
    text = facts.text
    return any(
        a < link and not _ANOTHER.search(text, max(0, a - 40), a) for a, _ in events
    ) and any(a < link for spans in people.values() for a, _ in spans)


# Groupings of European states a track may list as a party: reporting calls them by the
# adjective alone ("European diplomats", "the European side"), which otherwise names the EU.
_EUROPEAN_GROUPS = ("E3",)
_EU = "European Union"


def _european_group(profile: TrackProfile, code: str, name: str) -> str | None:
    """The track's European grouping a bare "European" stands for, when the track lists one
    and not the EU itself."""
    if code != _EU or name.lower() != "european" or _EU in profile.side_codes:
        return None
    return next((g for g in _EUROPEAN_GROUPS if g in profile.explicit_codes), None)


# "Washington to host …", "Tokyo will host …", "Doha hosted …": the host named by its
# capital is where the event is.
_HOSTS = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:(?:is|was|will|would|is\s+set|is\s+due|is\s+expected)\s+(?:to\s+)?"
    r"(?:be\s+)?|to\s+|has\s+|had\s+)?host(?:s|ed|ing)?\b",
    re.IGNORECASE,
)


def _drop_spans(sides: dict[str, list[Span]], spans: list[Span]) -> None:
    """Take ``spans`` out of the sides they count for (a side left with none goes)."""
    for side in list(sides):
        kept = [s for s in sides[side] if not _overlaps(s, spans)]
        if kept:
            sides[side] = kept
        else:
            del sides[side]


def _told_as_venue(text: str, span: Span) -> bool:
    """Whether a place is told as where the event is ("talks in Washington", "the Tokyo
    summit"), though its name may also stand for a side ("Washington said")."""
    return (
        _at_venue(text, span[0])
        or bool(_EVENT_AFTER.match(text, span[1]))
        or bool(_HOSTS.match(text, span[1]))
        or _a_destination(text, span[0])
    )


# "invited a delegation to Riyadh", "on its way to Riyadh", "will travel to Riyadh": the
# destination of those going to the event.
# A place after others joined by "and" or "then" is a destination too ("a trip to Germany
# and Angola", "to Berlin and then Luanda").
_TO_BEFORE = re.compile(
    r"\bto\s+(?:the\s+[\w-]+\s+capital,?\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+(?:and\s+then|and|then)\s+)*$",
    re.IGNORECASE,
)
_GOING = re.compile(
    r"\b(?:invit|travel|head|fly|flew|arriv|way|trip|visit|journey|return|sen[dt]|dispatch|"
    r"summon|bring|brought|welcom)\w*",
    re.IGNORECASE,
)


def _a_destination(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where people are going or invited to."""
    before = text[max(0, start - 60) : start]
    m = _TO_BEFORE.search(before)
    return m is not None and bool(_GOING.search(before, 0, m.start()))


def _event_words(facts: _Names, profile: TrackProfile, present: Present) -> list[Span]:
    """The track's generic event words in the sentence, not the front's "line of
    contact", nor a travel word whose trip goes elsewhere (``a_trip_elsewhere``). What the
    text alone decides (the spans, the front's line, which words are travel or time words)
    is worked out once per sentence and pattern, for every track sharing the pattern."""
    text = facts.text
    if facts._events_for is not present:
        if facts._events:
            facts._events = {}
        facts._events_for = present
    found = facts._events.get(id(profile.generic))
    if found is None:
        spans = facts.spans(profile.generic, present)
        if spans and "ine of" in text:
            spans = [(a, b) for a, b in spans if not _FRONT_LINE.search(text, max(0, a - 12), a)]
        asks = tuple(s for s in spans if asks_of_the_track(text, s))
        found = facts._events[id(profile.generic)] = (tuple(spans), asks)
    words, asked = found
    if not asked:
        return list(words)
    return [
        s
        for s in words
        if s not in asked
        or not a_trip_elsewhere(text, s, profile.side_codes, profile.place_names, profile.names)
    ]


_NOTHING: frozenset[int] = frozenset()
# The empty lists of every reading that finds nothing of a kind: one each, so that the
# readings an article keeps until its sentences are all read (and those remembered) hold
# no list of their own for the collector to walk. A reading is never changed once made.
_NO_SPANS: Final[list[Span]] = []
_NO_OTHERS: Final[list[NameMention]] = []


# A name right after a role phrase: "his Russian counterpart Sergei Lavrov" (not a day:
# "met the Chinese president Tuesday").
_NOT_A_NAME = frozenset(
    (
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
        "The",
        "In",
        "On",
        "At",
        "And",
        "But",
        "As",
        "For",
        "To",
        "After",
        "Before",
        "During",
        "While",
        "When",
    )
)
_NAME_AFTER = re.compile(r"(?<!\s)\s+(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+")


# A person named only as the one whose envoy, aide or minister this is: "Quispe's special
# envoy met Mensah" tells of the envoy's meeting, not Quispe's. The person nouns of
# _SENT_BY (docs/lexicon.md, "Sent by a leader"); the words between them and the
# possessive are titles and fields, never an event ("Quispe's meeting with the envoy");
# between a role and the possessive, the person's name ("the Peruvian president Rosa
# Quispe's envoy").
_SENT_BY = re.compile(
    r"(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+(?:(?:special|top|chief|senior|personal|foreign|foreign-policy|policy|"
    r"national|security|trade|economic|peace|presidential|longtime|long-time|close|"
    r"trusted|former|new|own|lead|leading|deputy|chief|military|defen[cs]e|"
    r"[A-Z][\w-]*)\s+){0,3}"
    r"(?:envoys?|emissar(?:y|ies)|aides?|advis[eo]rs?|(?:special\s+)?representatives?|"
    r"negotiators?|ministers?|secretar(?:y|ies)|delegations?|team|son-in-law|"
    r"spokes(?:man|woman|person)|chief\s+of\s+staff|go-between)\b"
)


# The one sent speaks rather than meets: "Quispe's aide Ana Torres said the summit …".
_SENT_SPEAKS = re.compile(
    r"(?:,?\s{1,3}[A-Z][\w'’-]*){0,3},?\s{1,3}"
    r"(?:said|says|told|tells|added|wrote|writes|posted|stated|noted|confirmed|announced)\b"
)


def _only_as_sender(text: str, span: Span) -> int:
    """Whether a mention of a person names them only as the one whose envoy, aide,
    minister or delegation the sentence is about (see ``_SENT_BY``): 0 if not, 1 when the
    one sent speaks, 2 when they act (meet, travel, hold talks)."""
    end = _sender_end(text, span)
    if end is None:
        return 0
    return 1 if _SENT_SPEAKS.match(text, end) else 2


def _sender_end(text: str, span: Span) -> int | None:
    """Where the phrase naming a person only as the one who sent someone ends
    ("Quispe's special envoy"), or None."""
    m = _SENT_BY.match(text, span[1])
    return None if m is None else m.end()


def _names_someone_else(text: str, role: Span, names: list[Span]) -> bool:
    """Whether a role phrase is followed by the name of someone who is not the track's
    person ("Foreign Minister Cavusoglu met his Russian counterpart Sergei Lavrov" is no
    meeting with Putin): the role is that person's."""
    m = _NAME_AFTER.match(text, role[1])
    return (
        m is not None
        and m.group().split()[0] not in _NOT_A_NAME
        and not _overlaps((m.start(), m.end()), names)
    )


def _read(
    profile: TrackProfile,
    facts: _Names,
    seen_people: set[tuple[str, int]],
    present: Present = None,
    own: frozenset[int] = _NOTHING,
    people_ids: tuple[frozenset[int], ...] = (),
    links: Mapping[tuple[str, int], _TitleLink] | None = None,
    anyone: frozenset[int] | None = None,
    bared: bool | None = None,
) -> _Reading:
    """One sentence read for one track. ``own``: the ids of the track's patterns; when the
    sentence holds none of their literals, none runs. ``people_ids``: per person, the ids of
    their patterns; a person none of whose literals the sentence holds is not looked for;
    ``anyone``: the ids of the people's name, role and title patterns (none present, and no
    bare role of a person named before: no person is looked for); ``bared``: whether such a
    bare role is there (``_bare_roles_named``), when the caller knows."""
    text = facts.text
    look = present is None or not present.isdisjoint(own)
    people: dict[int, list[Span]] = {}
    sides: dict[str, list[Span]] = {}
    senders: list[Span] = []
    sent = (
        look
        and _may_name_people(profile, seen_people, present, anyone, bared)
        and _read_people(
            profile, facts, seen_people, present, people_ids, people, sides, senders, links
        )
    )
    others = _read_parties(profile, facts, people, sides, senders) or _NO_OTHERS
    places = generic = _NO_SPANS
    if look:
        if present is None or id(profile.places) in present or id(profile.free_parties) in present:
            places = _read_places(profile, facts, present, people, sides) or _NO_SPANS
        generic = _event_words(facts, profile, present) or _NO_SPANS
    specific = (facts.spans(profile.specific, present) if look else None) or _NO_SPANS
    if specific and profile.common_specific:
        specific = _not_in_anothers_name(text, specific, profile) or _NO_SPANS
    if places and not generic and not specific and _filed_from(facts.text, places):
        places = (
            _NO_SPANS  # "KUALA LUMPUR, April 16 — Xi was back in Malaysia": not the talks there
        )
    home = _visitors_home(profile, facts)
    elsewhere = (
        [
            kind
            for code, kind, start in facts.venues()
            if code not in profile.place_codes
            and (code not in profile.side_codes or (code in home and _met_there(facts, start)))
            and not _of_a_linked_event(facts, start, people, generic)
        ]
        if profile.places is not None and not places and profile.place_bound
        else []
    )
    # a visit typed without its places: an encounter put in a country none of its sides'
    # is another event, in this sentence only (an article may tell both)
    beyond = (
        profile.places is None
        and not (places or specific)
        and _met_beyond_its_sides(profile, facts, people, generic)
    )
    away = (
        profile.places is not None
        and not places
        and profile.place_bound
        and profile.places_known
        and _visits_away(profile, facts, people, generic)
    )
    return _Reading(
        people=people,
        sides=sides,
        others=others,
        places=places,
        specific=specific,
        generic=generic,
        venue_conflict=(bool(elsewhere) and _knows_where_it_is(profile, facts))
        or _goes_the_other_way(profile, facts, generic),
        visit_away=away,
        # a country none of the track's places or sides is in, though some places are
        # unknown to the gazetteer ("met … at the SCO summit in China", for a summit whose
        # places are New Delhi and Hyderabad House)
        other_country=(
            not profile.places_known and bool(profile.place_codes) and "country" in elsewhere
        )
        or beyond,
        context=look
        and bool(
            profile.context
            and (present is None or id(profile.context) in present)
            and profile.context.search(text)
        ),
        other_level=profile.leaders and facts.officials(),
        outsider=bool(met := facts.encounters())
        and bool(met - profile.side_codes - profile.place_codes),
        sent=sent and len(people) < 2,
    )


def _knows_where_it_is(profile: TrackProfile, facts: _Names) -> bool:
    """Whether a venue none of the track's countries holds puts the sentence's event
    elsewhere: every place of the track is known, or the track is a visit whose host's
    country is known (a visit goes to that country; its other places, "the White House",
    "the Alvorada Palace", are landmarks in it, so "met Trump in Kuala Lumpur" is not
    Modi's visit to the United States) and the sentence names nothing of that country ("the
    itinerary for Germany and Angola": the visit to Angola is one of its stops)."""
    if profile.places_known:
        return True
    return (
        profile.kind is TrackKind.VISIT
        and bool(profile.place_codes)
        and not any(m.entity.code in profile.place_codes for m in facts.names)
    )


def _visitors_home(profile: TrackProfile, facts: _Names) -> frozenset[str]:
    """The sides of a visit whose countries hold none of its places: the visitor's own (a
    visit's sides are its visitor's and its host's, and the host's country holds its
    places). A visit happens where it goes, so an encounter put in the visitor's country
    ("held a summit in Pyongyang", for Kim's visit to Russia) is the opposite visit, the
    host's journey there, or another event. Empty when the track is no visit, its host's
    country is unknown, or the sentence tells a visit going to the host's country ("said in
    Lima that her visit to Ghana had opened a new chapter": the visit told in passing)."""
    home = _the_visitors_side(profile)
    if not home:
        return _NO_CODES
    if any(code in profile.place_codes for code, _, _ in facts.destinations()) and not (
        _arrivals(facts) & home  # "Mensah arrived in Lima, returning Quispe's visit to Ghana"
    ):
        return _NO_CODES
    return home


_NO_CODES: Final[frozenset[str]] = frozenset()


def _the_visitors_side(profile: TrackProfile) -> frozenset[str]:
    """The visitor's country, for a visit whose host's country is known: its first
    person's party (Xi's China, on a tour whose hosts are Vietnam, Malaysia and Cambodia),
    else the one party whose country holds none of the visit's places (an analyst types a
    visit's parties as the visitor's and the host's). Empty when neither is known, or the
    visitor's country holds a place of the visit (a tour starting at home)."""
    if profile.kind is not TrackKind.VISIT or not profile.place_codes:
        return _NO_CODES
    if profile.people and profile.people[0].side in load_gazetteer().countries:
        first = frozenset({profile.people[0].side})
        return _NO_CODES if first & profile.place_codes else first
    away = profile.explicit_codes - profile.place_codes
    return away if len(away) == 1 else _NO_CODES


# A journey told by its end: "arrived in Lima", "landed at", "touched down in", "reached".
_ARRIVED_AT = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|touch(?:es|ed|ing)?\s+down|"
    r"reach(?:es|ed|ing)?)\s+(?:(?:in|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# Where an invitation asks someone to come: "the invitation to Russia", "invited him to".
_INVITATION_TO = re.compile(r"\binvit\w*\s+(?:[\w'-]+\s+){0,3}?to\s+(?:the\s+)?$", re.I)
# A plan or its announcement: made wherever its maker is, not where the visit goes.
_A_PLAN = re.compile(
    r"\b(?:plans?|planned|planning|announc\w+|provisional\s+date)\b", re.IGNORECASE
)


def _met_there(facts: _Names, start: int) -> bool:
    """Whether the visitor's country named at ``start`` is where the sentence's encounter
    happens: told after a word of meeting, hosting or arriving in its clause ("held a summit
    in Pyongyang", not "a hurricane disaster in the US"), not a journey's destination
    (``_goes_the_other_way`` reads those: "Modi's visit to the UK", told in passing), not
    in a sentence telling a plan, which is made at home ("told her of the plan during an
    audience at the Vatican"), and not one of a pair of sides ("in India-Africa
    relations")."""
    text = facts.text
    clause = re.split(r"[,;:]", text[max(0, start - 70) : start])[-1]
    return (
        _AN_ENCOUNTER_BEFORE.search(clause) is not None
        and all(at != start for _, _, at in facts.destinations())
        and _A_PLAN.search(text) is None
        # "a turning point in India-Africa relations": a pair of sides, no place
        and not any(m.start == start and _PAIRED_WITH.match(text, m.end) for m in facts.names)
    )


# What puts people together at a place, told before it in its clause: "held a summit in",
# "was received by … in", "met in", "arrived in", "hosted … at".
_AN_ENCOUNTER_BEFORE = re.compile(
    r"\b(?:me(?:t|ets?|eting)|talks|summit|hosts?|hosted|hosting|receiv\w+|welcom\w+|"
    r"greet\w*|arriv\w+|land(?:s|ed)|visit\w*|trip|held|hold(?:s|ing)?|sign\w*|"
    r"together|gather\w*|convene\w*|stay\w*)\b|\bbe\s+in\s+$",
    re.IGNORECASE,
)
# A country's name used for its people or bodies abroad: "U.S. troops", "the Indian embassy".
_ITS_PEOPLE_AFTER = re.compile(
    r"[\w.'’-]{0,40}\s{1,3}(?:troops|forces|soldiers|sailors|marines|personnel|embassy|consulate|"
    r"base|bases|community|diaspora|nationals|citizens|companies|firms|investors)\b",
    re.IGNORECASE,
)
# The second half of a pair of sides: "India-Africa", "US–Angola".
_PAIRED_WITH = re.compile(r"\s?[-–]\s?[A-Z]")


def _invitations(facts: _Names) -> frozenset[str]:
    """The codes of the countries and cities the sentence tells someone invited to."""
    text = facts.text
    if "invit" not in text:
        return _NO_CODES
    return frozenset(
        m.entity.code
        for m in facts.names
        if m.entity.kind in ("capital", "city", "country")
        and _INVITATION_TO.search(text, max(0, m.start - 40), m.start) is not None
    )


def _arrivals(facts: _Names) -> frozenset[str]:
    """The codes of the countries and cities the sentence tells someone arriving in."""
    text = facts.text
    return frozenset(
        m.entity.code
        for m in facts.names
        if m.entity.kind in ("capital", "city", "country")
        and _ARRIVED_AT.search(text, max(0, m.start - 30), m.start) is not None
    )


def _goes_the_other_way(profile: TrackProfile, facts: _Names, generic: Sequence[Span]) -> bool:
    """Whether a visit's only visit words go to its visitor's own country ("Quispe said her
    visit to Ghana had opened a new chapter", for Mensah of Ghana's visit to Peru, though the
    sentence is put in Lima): that journey is the opposite visit, told in passing. A visit
    word of its own that goes nowhere the sentence says ("Xi's visit was seen as a return
    for Lula's trip to China") keeps the sentence the track's."""
    if profile.kind is not TrackKind.VISIT:
        return False
    text = facts.text
    goes = [
        (code, kind, at)
        for code, kind, at in facts.destinations()
        if not _ITS_PEOPLE_AFTER.match(text, at + 1)  # "visited U.S. troops": its people
    ]
    if not goes or any(code in profile.place_codes for code, _, _ in goes):
        return False
    home = _the_visitors_side(profile)
    return (
        any(code in home for code, _, _ in goes)
        and all(any(0 <= at - end <= 12 for _, _, at in goes) for _, end in generic)
        # "Mensah arrived in Lima, returning Quispe's visit to Ghana", "The invitation to
        # Russia …, after Putin's visit to Pyongyang": its own journey, told too
        and not (_arrivals(facts) | _invitations(facts)) & profile.place_codes
    )


def _may_name_people(
    profile: TrackProfile,
    seen_people: set[tuple[str, int]],
    present: Present,
    anyone: frozenset[int] | None,
    bared: bool | None = None,
) -> bool:
    """Whether the sentence may name one of the track's people (``_read_people`` finds none
    otherwise): ``anyone``, the ids of their names', roles' and titles' patterns, not given,
    the literal search not vouching for the text, one of those present, or the bare role
    ("the foreign minister") of a person the article named before (``bared``, when the
    caller has asked it already)."""
    if anyone is None or present is None or not present.isdisjoint(anyone):
        return True
    if bared is not None:
        return bared
    return _a_bare_role_of_one_named(profile, seen_people, present)


def _a_bare_role_of_one_named(
    profile: TrackProfile, seen_people: set[tuple[str, int]], present: set[int]
) -> bool:
    """Whether the bare role ("the foreign minister") of one of the track's people the
    article named before can match the sentence (a bare role names no one else)."""
    track = profile.track_id
    return any(
        q.bare_roles is not None and id(q.bare_roles) in present and (track, q.index) in seen_people
        for q in profile.people
    )


def _bare_roles_named(
    compiled: CompiledTracks, present: set[int], seen_people: set[tuple[str, int]]
) -> set[str]:
    """The tracks ``_a_bare_role_of_one_named`` is true of in a sentence, asked once for
    every track: those one of whose people the article named before has a bare role that
    can match the sentence (a look-up of the bare roles present, instead of asking each
    track of each of its people)."""
    if not seen_people:
        return set()
    owners = compiled.bare_owners
    return {
        track
        for key in owners.keys() & present
        for track, index in owners[key]
        if (track, index) in seen_people
    }


def _touched(compiled: CompiledTracks, facts: _Names, present: set[int]) -> frozenset[int]:
    """The profiles (by position) the sentence holds something of: a pattern of their
    ``CompiledTracks.named`` matches it or one of its names has a code of their
    ``CompiledTracks.claims``. Asked once per sentence, by look-ups of what is there, instead
    of per track; remembered with the sentence (its names are the compiled tracks' own).

    A pattern whose literals the sentence holds but which finds no span there ("Modi" in
    "modified", a role's words apart) touches no track: every part of ``_read`` that asks
    such a pattern (a person's names, roles and titles, the free parties, places, specific
    keywords and context terms) asks its spans (``_Names.spans``, remembered per sentence,
    so a track read in full asks them again for nothing) and finds nothing in none."""
    found = facts._touched
    if found is None:
        named_by, claimed_by = compiled.named_by, compiled.claimed_by
        patterns, spans = compiled.named_patterns, facts.spans
        ks = {
            k
            for key in named_by.keys() & present
            if spans(patterns[key], present)
            for k in named_by[key]
        }
        ks.update(k for code in claimed_by.keys() & facts.unclaimed()[0] for k in claimed_by[code])
        found = facts._touched = frozenset(ks)
    return found


def _shape_numbering(compiled: CompiledTracks, facts: _Names) -> tuple[int, ...]:
    """The numbering of ``CompiledTracks.shapes`` the sentence's venues and officials call
    for (one sentence, one numbering)."""
    venues, officials = facts.unclaimed()[2], facts.officials()
    return compiled.shapes[2 if venues else 1 if officials else 0]


def _unclaimed_shared(
    compiled: CompiledTracks,
    k: int,
    facts: _Names,
    present: set[int],
    numbering: tuple[int, ...] | None = None,
    trip: bool | None = None,
) -> _Reading:
    """``_unclaimed`` of profile ``k``, made once per sentence for all the profiles of its
    shape (``CompiledTracks.shapes``, the numbering the sentence's venues and officials call
    for: one sentence, one numbering) and shared by them (a reading is never changed once
    made); made for the profile alone where a travel word of the sentence asks whose trip
    it is (``_event_words``: the answer depends on the track's sides, places and people).
    ``numbering`` (``_shape_numbering``) and ``trip`` (whether the profile may be read as
    visiting away, ``_may_visit_away``, in a sentence that ``goes_to_a_place``): when the
    caller has asked them once for the sentence."""
    shape = (numbering if numbering is not None else _shape_numbering(compiled, facts))[k]
    profile = compiled.profiles[k]
    if trip is None:
        trip = _may_visit_away(profile) and facts.goes_to_a_place()
    if trip:
        return _unclaimed(profile, facts, present)  # where the trip goes asks the track's sides
    found = facts._shared.get(shape)
    if found is None:
        found = _unclaimed(profile, facts, present)
        words = facts._events.get(id(profile.generic))  # (its spans, those a trip asks of)
        if words is None or not words[1]:
            facts._shared[shape] = found
    return found


def _may_visit_away(profile: TrackProfile) -> bool:
    """Whether ``_read`` asks of the track a visit to one of its sides away from its venue
    (``_visits_away``)."""
    return (
        profile.places is not None
        and profile.place_bound
        and profile.places_known
        and profile.kind is not TrackKind.VISIT
    )


def _unclaimed(profile: TrackProfile, facts: _Names, present: set[int]) -> _Reading:
    """``_read`` of a sentence holding none of the track's patterns but its generic event
    words and the bare roles of people the article has not named yet
    (``CompiledTracks.named``, ``_a_bare_role_of_one_named``), and no name of a code the
    track claims (``CompiledTracks.claims``, ``_Names.unclaimed``): no person, side, place, specific
    keyword or context term of the track; every party but what an event is about or whose
    medium reports is another's (no person of the track, so none is inside a person's
    words or the one who sent someone); every venue is elsewhere (with no person of the
    track, none lies in a phrase tying the event to another); every leader met is an
    outsider. What is left of the track is its event words and how its places bind it."""
    _, others, kinds = facts.unclaimed()
    generic = (
        _event_words(facts, profile, present) or _NO_SPANS
        if id(profile.generic) in present
        else _NO_SPANS
    )
    elsewhere = profile.places is not None and profile.place_bound and bool(kinds)
    # a visit typed without its places, its encounter put in a country none of its sides'
    # (every venue here is unclaimed: none is a side's), as ``_read`` asks
    beyond = profile.places is None and _met_beyond_its_sides(profile, facts, {}, generic)
    away = _may_visit_away(profile) and _visits_away(profile, facts, {}, generic)
    return _Reading(
        people={},
        sides={},
        others=others or _NO_OTHERS,
        places=_NO_SPANS,
        specific=_NO_SPANS,
        generic=generic,
        venue_conflict=elsewhere and _knows_where_it_is(profile, facts),
        other_country=(
            elsewhere
            and not profile.places_known
            and bool(profile.place_codes)
            and "country" in kinds
        )
        or beyond,
        context=False,
        other_level=profile.leaders and facts.officials(),
        outsider=bool(facts.encounters()),
        sent=False,
        visit_away=away,
    )


def _filed_from(text: str, places: Sequence[Span]) -> bool:
    """Whether the track's places the sentence names are only its dateline's ("KUALA LUMPUR,
    April 16 —", "DOHA (Reuters) -"): where the story was filed, not where the track's event
    is told to be, unless the sentence names the event itself (its caller asks)."""
    if any(a > 2 for a, _ in places) or not text[:1].isupper():
        return False
    dateline = parse_dateline(text[:300])
    return dateline is not None and all(b <= len(dateline.text) for _, b in places)


def _read_remembered(
    profile: TrackProfile,
    facts: _Names,
    seen_people: set[tuple[str, int]],
    present: Present,
    own: frozenset[int],
    people_ids: tuple[frozenset[int], ...],
    links: Mapping[tuple[str, int], _TitleLink] | None = None,
    anyone: frozenset[int] | None = None,
    bared: bool | None = None,
) -> _Reading:
    """``_read``, remembered with the sentence's names (``_sentence_facts``): a reading
    depends on the sentence, the track and which of the track's people the article named
    before (their bare roles count only then), so those are its key. A reading is never
    changed once made; one remembered is shared by every article repeating the sentence.
    Only a sentence met before is remembered so (the readings of every track take some
    16 KB a sentence; most sentences of real reporting come once)."""
    if not facts.repeated:
        return _read(profile, facts, seen_people, present, own, people_ids, links, anyone, bared)
    track = profile.track_id
    key = (
        id(profile),
        tuple(q.index for q in profile.people if (track, q.index) in seen_people),
        tuple(links.get((track, q.index)) for q in profile.people) if links else (),
    )
    found = facts._readings.get(key)
    if found is None:
        found = _read(profile, facts, seen_people, present, own, people_ids, links, anyone, bared)
        facts._readings[key] = found
    return found


def _read_people(
    profile: TrackProfile,
    facts: _Names,
    seen_people: set[tuple[str, int]],
    present: Present,
    people_ids: tuple[frozenset[int], ...],
    people: dict[int, list[Span]],
    sides: dict[str, list[Span]],
    senders: list[Span],
    links: Mapping[tuple[str, int], _TitleLink] | None = None,
) -> bool:
    """The track's people the sentence names (into ``people``, and their spans into the
    sides they count for; the phrases naming one only as the one who sent someone into
    ``senders``); whether one of them is named only as the one whose envoy or aide acts
    in the sentence."""
    sent = False
    track = profile.track_id
    if facts._persons_for is not present:
        if facts._persons:
            facts._persons = {}
        facts._persons_for = present
    memo = facts._persons
    for k, person in enumerate(profile.people):
        if present is not None and k < len(people_ids) and present.isdisjoint(people_ids[k]):
            continue  # none of the person's patterns can match
        link = links.get((track, person.index)) if links else None
        bare = (track, person.index) in seen_people
        # what the sentence names of the person depends on their patterns, whether they were
        # named before and how their titles are linked, not on the track: asked once per
        # sentence for every track sharing the person's patterns
        key = (
            id(person.names),
            id(person.roles),
            id(person.bare_roles) if bare else 0,
            (id(person.title), id(person.rest), link.refused)
            if link is not None and link.linked
            else None,
        )
        found = memo.get(key)
        if found is None:
            found = memo[key] = _person_named(facts, person, present, bare, link)
        kept, sender_spans, only_sent = found
        sent = sent or only_sent
        senders.extend(sender_spans)
        if kept:
            people[person.index] = list(kept)
            sides.setdefault(person.side, []).extend(kept)
    return sent


def _person_named(
    facts: _Names, person: PersonSpec, present: Present, bare: bool, link: _TitleLink | None
) -> tuple[tuple[Span, ...], tuple[Span, ...], bool]:
    """Where the sentence names ``person`` (``bare``: the article named them before, so their
    bare role names them; ``link``: how their titles are linked in the article), for
    ``_read_people``: the spans naming them, the phrases naming them only as the one who
    sent someone, and whether one of those is one whose envoy or aide acts."""
    text = facts.text
    names = facts.spans(person.names, present)
    spans = names + [
        span
        for span in facts.spans(person.roles, present)
        if not _names_someone_else(text, span, names)
    ]
    if not spans and bare:
        spans = facts.spans(person.bare_roles, present)
    if not spans and link is not None and link.linked:
        spans = [
            s
            for s in facts.spans(person.title, present)
            if alone_at(text, s) and title_of(text, s) not in link.refused
        ]
        spans += facts.spans(person.rest, present)
    if not spans:
        return _NO_PERSON
    # "Quispe's envoy met Mensah": Quispe takes no part unless named again as one
    # (what ``_only_as_sender`` and ``_sender_end`` answer, asked once per sentence)
    told = [facts.sent_by(span) for span in spans]
    return (
        tuple(span for span, (k, _) in zip(spans, told, strict=True) if not k),
        tuple((span[0], end or span[1]) for span, (k, end) in zip(spans, told, strict=True) if k),
        any(k == 2 for k, _ in told),
    )


_NO_PERSON: Final[tuple[tuple[Span, ...], tuple[Span, ...], bool]] = ((), (), False)


def _read_parties(
    profile: TrackProfile,
    facts: _Names,
    people: dict[int, list[Span]],
    sides: dict[str, list[Span]],
    senders: Sequence[Span] = (),
) -> list[NameMention]:
    """The parties the sentence names, each counted for the track's side it is (into
    ``sides``) or returned as another party; none in a phrase naming a track person only
    as the one who sent someone ("the US president's envoy")."""
    if not facts.parties:
        return []
    covered = [s for spans in people.values() for s in spans]
    others: list[NameMention] = []
    explicit = profile.explicit_codes
    # what depends on the sentence alone is asked once per sentence (``_Names.party_rows``)
    for m, code, is_person, of_a_conflict, aside in facts.party_rows():
        if senders and _overlaps((m.start, m.end), senders):
            continue
        inside = bool(covered) and any(a <= m.start < b for a, b in covered)
        if is_person and (inside or code in profile.actor_codes):
            continue  # the track's person, or another official of a side it names people of
        if code in explicit:
            if not of_a_conflict:
                sides.setdefault(code, []).append((m.start, m.end))
            # else "a call on … Russia's war in Ukraine": what is talked of, not who talks
        elif code == _EU and (group := _european_group(profile, code, m.text)) is not None:
            # "Iranian and European representatives met", for Iran–E3 talks: the
            # adjective names the track's European grouping, not the EU
            sides.setdefault(group, []).append((m.start, m.end))
        elif (
            code not in profile.side_codes
            and code not in profile.place_codes
            and not inside
            # "a peace summit on Ukraine": what the event is about, not a party to it;
            # "told US broadcaster ABC News": whose medium reports, not a party either
            and not aside
        ):
            others.append(m)
    _one_of_a_list(profile, facts, sides)
    if not people:
        _not_sides_of_the_talks(profile, facts, sides, others)
    return others


# What may stand between two names of a list: "France, Germany, Italy, Japan, the U.K. and the
# European Union", "India, the US, China".
_LIST_GAP: Final = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?")


def _one_of_a_list(profile: TrackProfile, facts: _Names, sides: dict[str, list[Span]]) -> None:
    """Take out of ``sides`` the parties the sentence names only as items of a list of three
    countries or more that are mostly not the track's: members or guests of another
    gathering ("will host her counterparts from France, Germany, Italy, Japan, the U.K. and
    the U.S.", "dialogue partners, among them India, the US, China, Russia, Japan"), not a
    side of the track's event. A list of which the track's parties are two and half or more
    (the Quad's four told together, "the US, China and Japan" on a US–China meeting), or in a
    sentence naming one of the track's places outside the list, stays theirs."""
    text = facts.text
    lists = facts.party_lists()
    if not lists:
        return
    spans = [(items[0][0], items[-1][1]) for items in lists]
    if profile.places is not None and any(
        not any(a <= m.start() < b for a, b in spans) for m in profile.places.finditer(text)
    ):
        return  # "Leaders of Kenya, Ghana, Nigeria and Japan met in Yokohama": the event's own
    for items, (first, last) in zip(lists, spans, strict=True):
        codes = {code for _, _, code in items}
        own = codes & profile.side_codes
        if not own or (len(own) >= 2 and 2 * len(own) >= len(codes)):
            continue
        for code in own:
            kept = [s for s in sides.get(code, []) if not first <= s[0] < last]
            if kept:
                sides[code] = kept
            else:
                sides.pop(code, None)


def _lists_of_parties(text: str, facts: _Names) -> list[list[tuple[int, int, str]]]:
    """The runs of three parties or more (of three codes or more) the sentence names one
    after another, set apart only by commas, "and" or "or" (``_LIST_GAP``)."""
    rows = sorted((m.start, m.end, code) for m, code, _p, _c, _a in facts.party_rows())
    lists: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for row in [*rows, (len(text) + 1, len(text) + 1, "")]:
        if (
            current
            and current[-1][1] <= row[0]
            and _LIST_GAP.fullmatch(text, current[-1][1], row[0])
        ):
            current.append(row)
            continue
        if len(current) >= 3 and len({code for _, _, code in current}) >= 3:
            lists.append(current)
        current = [row]
    return lists


def _not_sides_of_the_talks(
    profile: TrackProfile, facts: _Names, sides: dict[str, list[Span]], others: list[NameMention]
) -> None:
    """Take out of ``sides`` (a sentence naming none of the track's people) a party told
    only as the host of another's talks, and the one party of a sentence about talks
    "between the two sides" or said by "the host country"."""
    if profile.family is KindFamily.CHANNEL and any(m.entity.kind != "person" for m in others):
        venues = [
            (code, span)
            for code, spans in sides.items()
            if code in profile.explicit_codes
            for span in spans
            if facts.at_venue(span[0])
        ]
        _only_the_host(sides, venues)
    if len(sides) == 1 and facts.third_party():
        sides.clear()  # "X welcomes the talks between the two sides, the host country said"


# A sentence whose one named party stands outside the talks it tells: the host or the one
# who welcomes talks "between the two sides".
_A_THIRD_PARTY = re.compile(
    r"\b(?:the\s+host\s+(?:country|nation|government)|"
    r"(?:talks|negotiations|dialogue|discussions)\S*\s+between\s+(?:the\s+two\s+sides|both\s+sides|"
    r"the\s+(?:two\s+)?parties|the\s+warring\s+(?:sides|parties)))\b",
    re.IGNORECASE,
)


def _only_the_host(sides: dict[str, list[Span]], venues: list[tuple[str, Span]]) -> None:
    """Take out of ``sides`` the track's parties told only as where another's talks are
    held: "Sudan's warring parties have restarted negotiations in Saudi Arabia" names Sudan
    as who talks and Saudi Arabia as the host, not a side of Saudi Arabia's own talks."""
    for code, span in venues:
        spans = [s for s in sides.get(code, []) if s != span]
        if spans:
            sides[code] = spans
        else:
            sides.pop(code, None)


# The sides of a war or a dispute, told as what is talked of: "Russia's war in Ukraine",
# "the invasion of Ukraine", "the border tensions between India and China".
_CONFLICT_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:war|invasion|conflict|offensive|aggression)\b", re.IGNORECASE
)
_CONFLICT_BEFORE = re.compile(
    r"\b(?:(?:war|invasion|conflict|fighting|aggression|offensive)\s+(?:in|on|of|against)|"
    r"(?:tensions?|conflict|dispute|war|hostilities|clashes|fighting|feud)\s+between"
    r"(?:\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?\s+and)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _a_side_of_a_conflict(text: str, m: NameMention) -> bool:
    """Whether the party named at ``m`` is told only as a side of a war or a dispute (what
    an event is about), not as one taking part in it."""
    return bool(
        _CONFLICT_AFTER.match(text, m.end)
        or _CONFLICT_BEFORE.search(text, max(0, m.start - 60), m.start)
    )


# A place told as the government seated there, by what it says or wants: "London meant to
# get the talks moving again", "Beijing said", "London would have its own demands".
_A_GOVERNMENT_ACTS = re.compile(
    r" (?:has |had |have |would |will )?(?:said|says|meant|means|wants?|wanted|"
    r"insist(?:s|ed)?|argue[sd]?|hope[sd]?|believe[sd]?|warn(?:s|ed)?|reject(?:s|ed)?|"
    r"demand(?:s|ed)?|refuse[sd]?|intend(?:s|ed)?)\b"
)


def _read_places(
    profile: TrackProfile,
    facts: _Names,
    present: Present,
    people: dict[int, list[Span]],
    sides: dict[str, list[Span]],
) -> list[Span]:
    """The track's places the sentence names (and its free parties, into ``sides``)."""
    text = facts.text
    for span in facts.spans(profile.free_parties, present):
        sides.setdefault(f"free:{text[span[0] : span[1]].lower()}", []).append(span)
    named = facts.spans(profile.places, present)
    if not named:
        return []
    side_spans = [span for spans in sides.values() for span in spans]
    # A name that is both a party and a place ("Washington", "the White House") counts
    # once: as the place where it is told as the venue beside another tie to the track
    # ("talks with Armenia in Washington", "the Tokyo summit" of two named leaders),
    # else as the party ("Washington said").
    places: list[Span] = []
    seats = []
    for p in named:
        if text.startswith(("'s ", "’s "), p[1]):
            continue  # "Qatar's emir", "Qatar's mediation": who acts, not where
        if profile.family is KindFamily.CHANNEL and _ANOTHER_GATHERINGS_NAME.match(text, p[1]):
            continue  # "the Baghdad Summit", "the Beijing Declaration": not talks held there
        if _A_GOVERNMENT_ACTS.match(text, p[1]):
            continue  # "London meant to …", "Beijing said": a government, not a venue
        if not _overlaps(p, side_spans):
            places.append(p)
        elif _told_as_venue(text, p) or _its_gathering_by_its_seat(profile, text, [p]):
            seats.append(p)
    if seats and (
        people
        or any(not _overlaps(s, seats) for s in side_spans)
        or any(_HOSTS.match(text, b) for _, b in seats)
        or _its_gathering_by_its_seat(profile, text, seats)
    ):
        _drop_spans(sides, seats)
        places += seats
    return places


# Right after a place, the name of a summit, a conference or a declaration: on talks and
# channels, a gathering of another kind or its text named by the place ("the Baghdad
# Summit calls for …", "adopted the Beijing Declaration of the … Forum").
_ANOTHER_GATHERINGS_NAME = re.compile(
    r"(?<!\s)\s+(?:leaders['’]?\s+)?(?-i:Summit|Conference|Declaration|Forum)\b|"
    r"(?<!\s)\s+(?:summit|conference)\b",
    re.IGNORECASE,
)


# Right after a place, the noun of a gathering: "the Baghdad summit", "the Nice ocean
# conference", "the Seville leaders' summit".
_GATHERING_AFTER = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)\s+(?:leaders['’]?\s+|(?:[a-z]+\s+)?)(?:summit|conference)\b", re.IGNORECASE
)


def _its_gathering_by_its_seat(profile: TrackProfile, text: str, seats: Sequence[Span]) -> bool:
    """Whether a summit's or a conference's own place, one that also stands for a side (a
    capital), is told as the name of the gathering itself ("the Baghdad summit", "The
    Baghdad Summit calls for …"): the gathering is named, not the country acting. Not "Baghdad
    said" nor "the Baghdad Declaration" (a text, not the gathering)."""
    return profile.kind in _MANY_SIDED and any(_GATHERING_AFTER.match(text, b) for _, b in seats)


# Between an organisation's name and its event: "the SCO summit", "the Shanghai Cooperation
# Organisation (SCO) Summit", "a G7 leaders' meeting".
_BODY_TO_EVENT = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:leaders['’]?\s+)?$")


def _not_of_another_body(text: str, spans: list[Span], others: Sequence[NameMention]) -> list[Span]:
    """The event words that are not another organisation's own event ("the SCO summit",
    for a meeting of two leaders on its sidelines)."""
    bodies = [m.end for m in others if m.entity.kind == "organisation"]
    if not (spans and bodies):
        return spans
    return [
        (a, b)
        for a, b in spans
        if not any(0 <= a - end <= 22 and _BODY_TO_EVENT.match(text[end:a]) for end in bodies)
    ]


# Capitalised words right before a keyword, within its sentence: "New START " of "the New
# START Treaty", "Open Skies " of "the Open Skies Treaty".
_NAME_BEFORE = re.compile(r"(?<![.!?\"“:]\s)(?<!^)((?:[A-Z][\w'’.-]*\s+){1,3})$")


def _not_in_anothers_name(text: str, spans: list[Span], profile: TrackProfile) -> list[Span]:
    """The specific keywords that are not the last word of another thing's proper name: a
    keyword the analyst typed as a common noun ("treaty") printed capitalised after
    capitalised words of none of the track's own names, mid-sentence ("whether Putin and
    Trump had discussed the New START Treaty") names that other thing. Kept: the keyword
    in lower case, at a sentence's start, or after a word of the track's own title,
    keywords, places, parties or people ("the Strategic Partnership Treaty", "the Moscow
    Treaty" for a treaty track of Moscow, "the India-UK Free Trade Agreement"), and in a
    line set in title case (a headline: "Baku Sticks To Precondition For Peace Treaty")."""
    kept: list[Span] = []
    for a, b in spans:
        word = text[a:b]
        m = _NAME_BEFORE.search(text, max(0, a - 60), a) if word[:1].isupper() else None
        if (
            m is not None
            and fold(word).rstrip("s") in {k.rstrip("s") for k in profile.common_specific}
            and not any(
                fold(part) in profile.own_words
                for w in m.group(1).split()
                for part in re.split(r"[-–/]", w)
            )
            and not _title_cased(text, a)
        ):
            continue
        kept.append((a, b))
    return kept


def _title_cased(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` is set in title case: most of its words of four
    letters or more capitalised (a headline, a page title)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x >= 0)
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text[start:end]) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 10 >= 7 * len(words)


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _another_encounter(r: _Reading) -> bool:
    """Whether the sentence tells of someone else's encounter: "Ishiba held talks with the
    Chinese premier" (a leader outside the track's), "Mensah received Quispe's envoy"
    (the one sent by a track person, who takes no part)."""
    if r.outsider and len(r.sides) < 2 and not r.places:
        return True
    return r.sent and not r.specific


def _may_be_direct(profile: TrackProfile, r: _Reading) -> bool:
    """What ``_direct`` needs at least: one of the track's people, places or specific
    keywords, or as many of its sides as it needs (``_direct`` is False without)."""
    return bool(r.people or r.places or r.specific) or len(r.sides) >= profile.need


def _direct(profile: TrackProfile, r: _Reading, cue: bool, text: str) -> bool:
    """Whether a sentence names the track itself (see the module docstring). A status cue
    ("met", "postponed") stands for an event word when the sentence names enough sides or a
    place with a side; one person alone needs an event word."""
    named_event = bool(r.generic or r.specific)
    if not (named_event or cue) or r.off_venue():
        return False
    if _another_encounter(r):
        return False
    if (
        profile.leaders
        and profile.kind in LEADERS_KINDS
        and not r.people
        and r.other_level
        and _only_ahead_of_the_event(text, r)
    ):
        return False  # "ministers met ahead of the summit": their own meeting
    if (
        _hosts_another_event(profile, r)
        or _another_visitor(profile, r, text)
        or _the_hosts_meet_another_guest(profile, r, text)
        or _a_host_at_another_gathering(profile, r, text)
    ):
        # "DR Congo and M23 delegations met in Doha": not Gaza talks in Doha; "Zelensky has
        # arrived in Ankara": not the pope's visit to Turkey
        return False
    sides = r.side_count()
    if (
        profile.leaders
        and profile.kind in LEADERS_KINDS
        and len(r.people) < 2
        and _DELEGATION_EVENT.search(text)
        and not _LEADERS_EVENT.search(text)
        and not r.places
        and not r.specific
    ):
        return False  # "talks" between the countries of two leaders are their delegations'
    if sides >= profile.need and (
        r.people or r.places or r.specific or not (_other_people(r) or r.other_level)
    ):
        return True
    if r.places and (sides or r.people) and not r.others:
        return True
    if not named_event:
        return False
    if r.specific and (
        sides
        or r.people
        or r.places
        or (profile.one_body and _named_keyword(text, r.specific))
        or _proper_name(text, r.specific)
        or _coined_name(profile, text, r.specific)
        or _numbered_session(text, r.specific)
    ):
        return True
    return bool(r.people or r.places) and not r.others


def _coined_name(profile: TrackProfile, text: str, spans: Sequence[Span]) -> bool:
    """Whether a keyword is told by a coined word of the track's own name, printed as the
    analyst typed it ("the Tumaini talks", "Tumaini peace talks falter"): a word no other
    event is named by, so it names the track without a side."""
    if not profile.coined:
        return False
    return any(w in profile.coined for a, b in spans for w in _COINED_WORD.findall(text[a:b]))


# A session named by its body's acronym and its number or year: "COP29", "COP 29", "SB62",
# "UNGA80", "CHOGM 2024" (two capitals or more: "G20" and "E3" are groups that meet again
# and again, not one session).
_NUMBERED_SESSION: Final = re.compile(r"[A-Z]{2,}[ -]?\d{2,4}")


def _numbered_session(text: str, spans: Sequence[Span]) -> bool:
    """Whether a keyword is told as a numbered session of its body, printed in capitals as
    a name ("COP29 opened on Monday"): one meeting of the body, whoever is named beside it."""
    return any(_NUMBERED_SESSION.fullmatch(text[a:b].strip()) for a, b in spans)


def _named_keyword(text: str, spans: Sequence[Span]) -> bool:
    """Whether a keyword is told as a name of its own: two words or more, or a capital in it
    ("pandemic treaty", "SB62"; not "agenda", which many events have)."""
    return any(" " in text[a:b].strip() or not text[a:b].islower() for a, b in spans)


# A word of a proper name: capitalised, or a number ("Summit of the Americas", "Tokyo
# International Conference on African Development").
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_NAME_LINKS = frozenset({"of", "the", "on", "for", "and", "de", "du", "des", "la", "le"})


def _proper_name(text: str, spans: Sequence[Span]) -> bool:
    """Whether a keyword of the track is told as a proper name of its own: three words or
    more, every one capitalised but the linking words ("Summit of the Americas"), so that it
    names one event whoever is named beside it. Not "APEC summit", "the peace talks" or a
    one-word name, which stand for many events or need a side to be this one."""
    for a, b in spans:
        words = text[a:b].split()
        content = [w for w in words if w.lower() not in _NAME_LINKS]
        if len(words) >= 3 and len(content) >= 2 and all(_NAME_WORD.fullmatch(w) for w in content):
            return True
    return False


# Between an event word and the person it is held with: "meeting with", "meets President",
# "talks with his Ukrainian counterpart" (titles and names only: "meet once Zelensky has
# been to Washington" is no encounter with him).
_WITH_PERSON = re.compile(
    r"\s+(?:with\s+)?(?:(?:the|his|her|their)\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|counterpart|president|prime\s+minister|leader)\s+){0,4}$"
)
# "those talks", "that meeting": the event the sentence has already named.
_THAT_EVENT = re.compile(r"\b(?:this|that|these|those)\s+$", re.IGNORECASE)
_PERSON_WITHIN = 48  # characters between an event word and the person it is held with


def _with_someone_else(text: str, r: _Reading) -> bool:
    """Whether every event word of the sentence is an encounter held with a person of no
    side of the track, named right after it ("his forthcoming meeting with Zelensky",
    "when he meets President Volodymyr Zelenskyy", for a Trump–Putin summit), or points
    back to such an encounter ("in those talks"), and none of the track's people is named
    in between: the encounter is theirs."""
    persons = [m for m in r.others if m.entity.kind == "person"]
    if not (persons and r.generic):
        return False
    mine = [span for spans in r.people.values() for span in spans]
    held_with = False
    for a, b in r.generic:
        if _THAT_EVENT.search(text, max(0, a - 8), a):
            continue
        other = next(
            (
                m
                for m in persons
                if b <= m.start <= b + _PERSON_WITHIN and _WITH_PERSON.fullmatch(text, b, m.start)
            ),
            None,
        )
        if other is None or any(b <= s < other.end for s, _ in mine):
            return False
        held_with = True
    return held_with


# The organisation's ministers named right after its name: "the SCO foreign ministers", "the
# Shanghai Cooperation Organization (SCO) Council of Foreign Ministers", "G7 finance ministers".
_MINISTERS_AFTER = re.compile(
    r"(?:\s{0,2}\([A-Z]{2,8}\))?\)?\s{1,3}(?:council\s{1,3}of\s{1,3}|meeting\s{1,3}of\s{1,3})?"
    r"(?:foreign|defen[cs]e|finance|trade|economy)\s{1,3}ministers\b",
    re.IGNORECASE,
)
_LEADERS_GATHERING = re.compile(
    r"\b(?:summit|summits|leaders?|heads\s+of\s+(?:state|government))\b", re.IGNORECASE
)


def _ministerial_only(profile: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a summit is named only by its organisation's name as the title of its
    ministers ("after the SCO foreign ministers met in Tianjin", "a meeting of the Shanghai
    Cooperation Organization (SCO) Council of Foreign Ministers"), in a sentence with no
    word of the leaders' gathering: the ministerial is another meeting."""
    if profile.kind not in LEADERS_KINDS or not r.specific or _LEADERS_GATHERING.search(text):
        return False
    return all(_MINISTERS_AFTER.match(text, b) for _a, b in r.specific)


# "ahead of the visit", "before Friday's summit", "on the eve of the leaders' meeting".
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


_THEIR_MEETING = re.compile(r"meet|meets|met|meeting|talks", re.IGNORECASE)


def _only_ahead_of_the_event(text: str, r: _Reading) -> bool:
    """Whether the words naming the track's event are in a phrase that puts the sentence's
    own event ahead of it, the others only the officials' own meeting ("Turkish and
    Russian foreign ministers met in Istanbul ahead of the Syria summit")."""
    spans = r.generic + r.specific
    ahead = [(a, b) for a, b in spans if _AHEAD_OF.search(text, max(0, a - 40), a)]
    return bool(ahead) and all(
        span in ahead or _THEIR_MEETING.fullmatch(text, *span) for span in spans
    )


def _hosts_another_event(profile: TrackProfile, r: _Reading) -> bool:
    """Whether a talks or channel track is named only through a party that hosts or
    mediates it, or is outnumbered by parties outside it: the sentence tells of other
    parties' talks ("Delegations from Kinshasa and the M23 met in Doha", "The
    Qatar-brokered deal committed both sides to a ceasefire", for Gaza talks in Doha). A
    host with the track's place ("Qatar said talks would resume in Doha"), or the hosts
    together ("the Türkiye–Qatar track has stalled"), still name it. One side beside
    people of other parties ("Tshisekedi and Kagame convene in Doha, urge truce", for
    DR Congo–M23 talks) tells of their meeting."""
    if profile.family is not KindFamily.CHANNEL or r.people:
        return False
    principals = [s for s in r.sides if s not in profile.host_codes]
    if len(principals) < 2 and _other_people(r):
        return True  # "Tshisekedi and Kagame convene in Doha, urge truce": their meeting
    if not principals and len(r.sides) < 2:
        return bool(r.sides) and (bool(r.others) or not r.places)
    if not principals:
        # the hosts together name the mediation ("the Türkiye–Qatar track"), not beside
        # other parties' people (leaders of several countries: another gathering)
        return _other_people(r)
    outside = {m.entity.code for m in r.others}
    return len(outside) > len(principals)


def _one_of_many(profile: TrackProfile, r: _Reading) -> bool:
    """Whether a talks or channel track of three parties or more is tied to a sentence only
    by one of them and an event word ("After the talks, Lee met senior US officials", for
    Gaza talks whose parties include the United States): a match only in an article that
    names the track by more elsewhere."""
    return (
        profile.family is KindFamily.CHANNEL
        and profile.n_sides >= 3
        and not profile.one_body
        and len(r.sides) == 1
        and not (r.people or r.places or r.specific)
    )


def _at_another_occasion(p: TrackProfile, r: _Reading, view: SentenceView, facts: _Names) -> bool:
    """Whether the sentence's events are all held at an occasion, a seat or under a format
    of their own (``eventplace``: "held talks at the SCO summit", "met at the White House"),
    for a track that lists places it does not name, or an encounter the sentence holds with
    people of no side of the track."""
    if r.places or not (p.place_names or (p.family is KindFamily.ENCOUNTER and _other_people(r))):
        return False
    # a seat of government is where, not who: "at the White House" is no side of the track
    seats = [(m.start, m.end) for m in facts.names if m.entity.kind == "institution"]
    sides = [span for spans in r.sides.values() for span in spans if not _overlaps(span, seats)]
    own = [*r.specific, *sides]
    events = [*r.generic, *r.specific]
    return at_another_occasion(view.text, events, view.cue_starts, own, seats)


# A gathering named by a compound of its members: "the Second GCC-ASEAN Summit", "the
# EU–China summit", "the China-CELAC Forum".
_COMPOUND: Final = r"((?-i:[A-Z])[\w.]*(?:\s?[-–]\s?(?-i:[A-Z])[\w.]*)+)"
_COMPOUND_GATHERING: Final = re.compile(
    _COMPOUND + r"\s+(?:summit|forum|conference|meeting|leaders'\s+meeting)s?\b", re.IGNORECASE
)
_BARE_COMPOUND: Final = re.compile(_COMPOUND + r"$")


def _parts(compound: str) -> frozenset[str]:
    return frozenset(fold(w) for w in re.split(r"\s?[-–]\s?", compound))


def _compounds_of(keywords: Sequence[str]) -> tuple[frozenset[str], ...]:
    """The track's own name as a compound of its members, from its keywords ("ASEAN-GCC-China
    Summit", "China-CELAC"): a keyword that is such a compound alone or before a gathering's
    noun ("South-East Asia tour" is none)."""
    out: list[frozenset[str]] = []
    for word in keywords:
        m = _COMPOUND_GATHERING.match(word.strip()) or _BARE_COMPOUND.match(word.strip())
        if m is not None and _parts(m.group(1)) not in out:
            out.append(_parts(m.group(1)))
    return tuple(out)


def _another_compound_gathering(p: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether the sentence names only another gathering of members ("the Second GCC-ASEAN
    Summit, held on Tuesday in Kuala Lumpur", "The ASEAN-GCC summit also launched
    negotiations"), for a track whose own name is a compound of its members (the
    ASEAN-GCC-China summit) that the sentence does not name: two of its members meeting
    without the third, or the same members under another format, is another occasion."""
    if not p.compounds or r.specific:
        return False
    named = [_parts(m.group(1)) for m in _COMPOUND_GATHERING.finditer(text)]
    return bool(named) and not any(n in p.compounds for n in named)


def _names_event(r: _Reading) -> bool:
    """Whether the sentence names the track's event by a word of its own (not through a
    status cue alone)."""
    return bool(r.generic or r.specific)


def _a_guest_of_another_visit(
    direct: set[str],
    readings: Mapping[str, _Reading],
    by_track: Mapping[str, TrackProfile],
    view: SentenceView,
    told_before: set[str],
) -> set[str]:
    """The encounters a sentence opening on a pronoun names only by their host or their
    venue ("He's coming to the White House, Trump said.", for another leader's meeting
    there), right after a sentence about another visit alone: the pronoun carries that visit's
    guest on, and a host or venue every visit there shares does not make it this one's
    (none of the track's own parties is named)."""
    if (
        len(told_before) != 1
        or not _PRONOUN_OPENER.match(view.text)
        or not all(by_track[t].kind is TrackKind.VISIT for t in told_before)
    ):
        return set()
    return {
        t
        for t in direct
        if t not in told_before
        and by_track[t].family is KindFamily.ENCOUNTER
        and not readings[t].specific
        and not set(readings[t].sides) & by_track[t].explicit_codes
        and all(
            by_track[t].people[i].side not in by_track[t].explicit_codes for i in readings[t].people
        )
    }


def _another_visitor(profile: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a sentence about a visit's country or city names people of no side of the
    track and none of the track's own: on a visit, the event is one person's journey, so
    another leader arriving or meeting there makes another visit ("Zelensky, meanwhile, has
    arrived in Ankara to meet Erdogan" is not the pope's trip to Turkey)."""
    if profile.kind is not TrackKind.VISIT:
        return False
    if not r.people:
        # nor, with no word of a visit, talks held in rounds, an event between others or one
        # of other countries held there ("Turkey hosts Somalia-Ethiopia technical talks", "A
        # third round of talks in Ankara was called off": not the pope's trip to Turkey)
        return _other_people(r) or (
            _A_VISIT.search(text) is None
            and (
                _OTHERS_EVENT.search(text) is not None
                or any(m.entity.kind == "country" for m in r.others)
            )
        )
    # only the hosts, with no guest at all: no word of the visit, no one hosted or met by a
    # pronoun ("A meeting with British Prime Minister Keir Starmer at Downing Street is
    # scheduled for later in the day", in a report of another leader's day in London, is the
    # host's day; "Starmer will host him at Chequers" is still the visit)
    hosts = profile.host_codes | profile.place_codes
    return (
        bool(hosts)
        and not r.specific
        and _A_GUEST.search(text) is None
        and all(profile.people[i].side in hosts for i in r.people)
    )


def _the_hosts_meet_another_guest(profile: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a sentence tells a visit's hosts meeting a leader of no side of the track, with
    its visitor not named and no word of a visit ("Carney met Charles and Starmer in London,
    where he asked the King to come to Canada" is not Trump's state visit to the UK): the
    other leader is the guest there, on a journey of their own."""
    if profile.kind is not TrackKind.VISIT or not r.people or 0 in r.people or r.specific:
        return False  # the visit's first person is its visitor (``_told_as_a_visit``)
    return _A_VISIT.search(text) is None and any(
        m.entity.kind == "person" and not _a_speaker(text, m) for m in r.others
    )


# A gathering a visit is not: a summit, conference or forum its host attends.
_A_GATHERING = re.compile(
    r"\b(?:summit|summits|conference|forum|assembly|gathering|congress)\b", re.IGNORECASE
)


def _a_host_at_another_gathering(profile: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a sentence tells a visit's host country at a gathering of its own, with the
    visitor, the visitor's side and any word of a visit unnamed ("Erdogan will represent
    Türkiye at the summit" is not the pope's trip to Turkey): the host's place and side alone
    do not make the gathering the visit."""
    if profile.kind is not TrackKind.VISIT or r.people or r.specific or not r.sides:
        return False
    return (
        set(r.sides) <= profile.place_codes
        and _A_VISIT.search(text) is None
        and _A_GATHERING.search(text) is not None
    )


# One who only tells of it: "Kremlin spokesman Dmitry Peskov said", "Peskov told reporters".
_SPEAKER_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press\s+secretary|according\s+to)\s+(?:[\w.'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SPEAKER_AFTER = re.compile(
    r"[\s,]{0,4}(?:said|says|told|added|noted|wrote|stressed|insisted)\b", re.IGNORECASE
)


def _a_speaker(text: str, m: NameMention) -> bool:
    """Whether the person named at ``m`` is told only as the one who speaks of the event."""
    return bool(
        _SPEAKER_AFTER.match(text, m.end)
        or _SPEAKER_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


# An event a visit is not: talks held in rounds, an event between others.
_OTHERS_EVENT = re.compile(r"\b(?:rounds?\s+of|between)\b", re.IGNORECASE)
_A_VISIT = re.compile(
    r"\b(?:visit\w*|trip|tour|journey|pilgrimage|stay|itinerar(?:y|ies)|legs?)\b", re.IGNORECASE
)
# A guest in a sentence about the host: the visit named, a pronoun, a word of hosting.
_A_GUEST = re.compile(
    r"\b(?:visit\w*|trip|tour|stay|journey|guests?|he|him|his|she|her|they|them|their|"
    r"host\w*|welcom\w*|receiv\w*|greet\w*|banquet|dinner|lunch\w*|reception|ceremon\w*|"
    r"visitors?|counterpart|delegation)\b",
    re.IGNORECASE,
)


def _other_people(r: _Reading) -> bool:
    """Whether the sentence names people of no side of the track (the event is theirs:
    "Putin held talks with Modi and Xi" is not a Russia–Ukraine meeting)."""
    return any(m.entity.kind == "person" for m in r.others)


_SENTENCES_KEPT: Final = 1 << 12  # sentences remembered per compiled track set (~4.5 KB each)


def _sentence_facts(compiled: CompiledTracks, text: str) -> tuple[_Names, Present]:
    """A sentence's names (``_Names``) and the ids of the patterns that can match it
    (``CompiledTracks.present``): what the text alone tells, the same for every track and
    every article, so remembered with the compiled tracks (an edited track set compiles
    anew, with a memory of its own). Reporting repeats its sentences: wire copy printed by
    several outlets, a standing paragraph, a headline printed twice."""
    memo = compiled.read
    found = memo.get(text)
    if found is None:
        if len(memo) >= _SENTENCES_KEPT:
            memo.clear()
        gaz = compiled.gazetteer
        facts = _Names(text, gaz.scan(text), gaz, compiled.twins, compiled.bare, compiled.literal)
        found = memo[text] = (facts, compiled.present(text, facts.literal_table()))
    else:
        found[0].repeated = True
    return found


@dataclass(frozen=True)
class _TitleLink:
    """What a track person's titles name in one article (``_title_links``)."""

    linked: bool  # their titles alone ("the King") and their name's rest ("Charles") name them
    refused: frozenset[str]  # their titles another person the article names holds


_ROLES_OF: dict[int, dict[str, tuple[str, ...]]] = {}


def _roles_of(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """The gazetteer's people's roles by full name (made once per gazetteer)."""
    found = _ROLES_OF.get(id(gaz))
    if found is None:
        found = _ROLES_OF[id(gaz)] = {p.name: tuple(p.roles) for p in gaz.people}
    return found


def _the_person(q: PersonSpec, name: str) -> bool:
    """Whether a name printed after a title ("Sergio Mattarella", "Charles III") is
    ``q``'s: one of their names, or the rest of a titled one opening it (a headline's
    "Pope Leo Plans First Trip")."""
    if q.names.search(name) is not None:
        return True
    rest = q.rest
    if rest is None:
        return False
    words = name.split()
    return any(rest.fullmatch(" ".join(words[:k])) for k in range(1, len(words) + 1))


def _title_links(
    compiled: CompiledTracks, sources: Sequence[tuple[_Names, Present] | None]
) -> dict[tuple[str, int], _TitleLink]:
    """Per track person (track id, index) whose titles or roles the article can use, what
    they name there, worked out once per article: a title or role another person the article
    names holds ("President Sergio Mattarella", or a gazetteer person of that role named
    anywhere) is refused; the track's own titles ("the King" of "King Charles") name the
    person when the article names them (by a name, as a title's holder, or by their name's
    rest beside the title: "Charles" and "the King")."""
    held: dict[str, list[str]] = {}
    roles = _roles_of(compiled.gazetteer)
    read = [s for s in sources if s is not None]
    for facts, _ in read:
        for title, name in holders(facts.text):
            held.setdefault(title, []).append(name)
        for m in facts.names:
            if m.entity.kind == "person":
                for role in roles.get(m.entity.name, ()):
                    held.setdefault(role, []).append(m.entity.name)
    out: dict[tuple[str, int], _TitleLink] = {}
    for k, p in enumerate(compiled.profiles):
        for q, ids in zip(p.people, compiled.people_ids[k], strict=True):
            if q.title is None and q.rest is None:
                continue
            refused = frozenset(
                t
                for t in q.titles
                if any(n != q.known and not _the_person(q, n) for n in held.get(t, ()))
            )
            linked = _named_with_title(q, ids, read, held)
            if refused or linked:
                out[(p.track_id, q.index)] = _TitleLink(linked, refused)
    return out


def _named_with_title(
    q: PersonSpec,
    ids: frozenset[int],
    read: Sequence[tuple[_Names, Present]],
    held: dict[str, list[str]],
) -> bool:
    """Whether the article holds one of ``q``'s titles alone or their name's rest, and
    names them: by a name, as a title's holder, or by that rest beside the title; a title
    the analyst typed alone among their names ("the King") needs no name."""
    asked = [(f, pr) for f, pr in read if pr is None or not pr.isdisjoint(ids)]
    titled = [(f.text, f.spans(q.title, pr)) for f, pr in asked]
    titled = [(text, spans) for text, spans in titled if spans]
    rests = any(f.spans(q.rest, pr) for f, pr in asked)
    if not titled and not rests:
        return False
    if q.typed and any(title_of(t, s) in q.typed for t, spans in titled for s in spans):
        return True
    if any(_the_person(q, n) for t in q.titles for n in held.get(t, ())):
        return True
    if any(f.spans(q.names, pr) for f, pr in asked):
        return True
    return rests and bool(titled)


def _a_person(p: TrackProfile, r: _Reading) -> bool:
    """Whether the sentence names one of the track's people who is a person (not an actor
    typed as a party, "G20")."""
    return any(
        p.people[i].known is not None or p.people[i].side.startswith("actor:") for i in r.people
    )


def _score(r: _Reading) -> int:
    return 4 * len(r.people) + 3 * bool(r.places) + 3 * bool(r.specific) + r.side_count()


def _own(r: _Reading, other: _Reading) -> bool:
    """Whether ``r`` names something the other reading does not: a person, a place or a
    specific keyword of its own ("Rubio and Lavrov hold phone talks ahead of the planned
    Trump-Putin meeting" names people of both tracks)."""
    theirs = [span for spans in other.people.values() for span in spans]
    mine = [span for spans in r.people.values() for span in spans]
    return bool(
        (r.places and not other.places)
        or (r.specific and not other.specific)
        or any(not _overlaps(span, theirs) for span in mine)
        or len(_sides_apart(r, theirs) - _sides_apart(other, mine)) >= 2
    )


def _sides_apart(r: _Reading, people: Sequence[Span]) -> set[str]:
    """The sides a reading names, but a person the gazetteer does not know whom the other
    reading reads at the same words: a person both tracks share ("King Charles" of a royal
    visit and of an older state visit) counts for neither's sides, whatever each track
    numbers them."""
    return {
        code
        for code, spans in r.sides.items()
        if not (code.startswith("actor:") and all(_overlaps(s, people) for s in spans))
    }


def match_tracks(  # noqa: C901 - split once the reading rework settles
    views: Sequence[SentenceView],
    tracks: Sequence[Track],
    lexicon: Lexicon,
    year: int | None = None,
    compiled: CompiledTracks | None = None,
) -> list[list[Mention]]:
    """For each sentence, the tracks it belongs to (see the module docstring). ``year``: the
    article's year, when known (an occasion dated before it is an earlier one); ``compiled``:
    ``compile_tracks(tracks, lexicon)`` when the caller has it already."""
    if compiled is None:
        compiled = compile_tracks(tracks, lexicon)
    profiles = compiled.profiles
    known_codes = compiled.known_codes
    kinds = set(compiled.kinds)
    out: list[list[Mention]] = []
    paragraph_state: dict[str, bool] = {}  # track id -> context, for the current paragraph
    previous_state: dict[str, bool] = {}  # the same for the previous paragraph
    recent: list[str] = []  # tracks of the current paragraph, most recent last
    previous_recent: list[str] = []  # the same for the previous paragraph
    # The paragraph before the previous one, when the previous one told of no event at all
    # (a caption, a line broken off a sentence): an event anaphor reaches over it.
    bridged: dict[str, bool] = {}
    eventless = True  # the current paragraph has told of no event so far
    named_before: set[str] = set()  # tracks the article has told of so far
    last_matched: set[str] = set()  # tracks of the paragraph's previous sentence
    before_matched: set[str] = set()  # tracks of the previous paragraph's last sentence
    # The same, over a subhead or line that tells of no event and names no track.
    said_before: set[str] = set()
    last_line = ""  # the text of the sentence read last
    # The tracks named directly by two of their sides or people so far ("the two sides" are
    # theirs).
    two_sided: set[str] = set()
    foreign = False  # the paragraph's latest event is one of no track (anaphors go to it)
    topics: dict[str, bool] = {}  # tracks the headline or lead is about
    # Tracks whose two principals were named together last ("the two" are theirs).
    pair: set[str] = set()
    leaders_pair: set[str] = set()  # the same among tracks of leaders ("the leaders")
    leader_tracks = compiled.leader_tracks
    leader_people = compiled.leader_people
    by_track = {p.track_id: p for p in profiles}
    visits = frozenset(p.track_id for p in profiles if p.kind is TrackKind.VISIT)
    accords, deal_makers = compiled.accords, compiled.deal_makers
    seen_people: set[tuple[str, int]] = set()
    processes = frozenset(t.id for t in tracks if is_act_process(t))  # told by their acts
    process_ks = [k for k, p in enumerate(profiles) if p.track_id in processes]
    may_visit_away = frozenset(k for k, p in enumerate(profiles) if _may_visit_away(p))
    positions: dict[str, list[int]] = {}  # track id -> its profiles (by position)
    for k, p in enumerate(profiles):
        positions.setdefault(p.track_id, []).append(k)
    described = tuple(k for k, p in enumerate(profiles) if p.described is not None)
    heads = _description_heads(profiles)
    # First pass: every sentence read for every track; the article's focus is the tracks
    # it names through something of their own (a place, a specific keyword) most often.
    passes: list[tuple[dict[str, _Reading], set[str]]] = []
    focus: dict[str, int] = {}
    first_own: dict[str, int] = {}  # the first sentence naming a track by its own words
    own_venue: set[str] = set()  # tracks whose own places the article names
    elsewhere: set[str] = set()  # tracks whose event the article puts at another venue
    weak: set[str] = set()  # tracks matched by one of their many parties alone
    told_own: set[str] = set()  # tracks named by a keyword of their own or two sides
    named_any: set[str] = set()  # tracks named by a side, person or keyword of their own
    strong: set[str] = set()  # tracks matched by more somewhere in the article
    # Sentences telling of an earlier occasion (another edition of a planned encounter).
    earlier = [_NOT_EARLIER if v.skip else _earlier_occasion(v.text, year) for v in views]
    # Sentences whose only event is a call (an encounter in person is not told there).
    calls = [not v.skip and _only_a_call(v, lexicon) for v in views]
    # Per sentence, what a reading is made from; a track none of whose patterns can match a
    # sentence without a status cue is read there only when a later step asks for it.
    sources: list[tuple[_Names, Present] | None] = [
        None if v.skip else _sentence_facts(compiled, v.text) for v in views
    ]
    # What the track people's titles name in this article ("the King", "the president")
    links = _title_links(compiled, sources)
    for view, past, call, source in zip(views, earlier, calls, sources, strict=True):
        if source is None:
            passes.append(({}, set()))
            continue
        facts, present = source
        readings: dict[str, _Reading] = {}
        raw: set[str] = set()
        seen_here: list[tuple[str, int]] = []
        # A track with nothing of its own here, in a sentence without a cue, cannot be named
        # directly: its reading (parties only) waits until it is asked for.
        to_read = _to_read(compiled, view.has_cue, present)
        claimed: list[int] = []  # the tracks with something of their own here
        # the tracks the sentence names something of, and those a bare role of one of whose
        # people named before is here, each asked once for every track
        touched = _touched(compiled, facts, present) if present is not None else None
        bared = _bare_roles_named(compiled, present, seen_people) if present is not None else None
        # what the shared readings ask of the sentence, asked once (``_unclaimed_shared``)
        numbering: tuple[int, ...] | None = None
        goes = False
        for k in to_read:
            p = profiles[k]
            if (
                touched is not None
                and bared is not None
                and present is not None
                and k not in touched
                and p.track_id not in bared
            ):
                # nothing of the track's own here but its event words: not direct (no
                # person, side, place or keyword of its own), nor told by its own, nor at
                # its venue (its places cannot match); only its event may be put elsewhere
                if numbering is None:
                    numbering = _shape_numbering(compiled, facts)
                    goes = facts.goes_to_a_place()
                r = readings[p.track_id] = _unclaimed_shared(
                    compiled, k, facts, present, numbering, goes and k in may_visit_away
                )
                if r.venue_conflict and r.generic:
                    elsewhere.add(p.track_id)
                continue
            claimed.append(k)
            own, people_ids = compiled.own[k], compiled.people_ids[k]
            r = readings[p.track_id] = _read_remembered(
                p,
                facts,
                seen_people,
                present,
                own,
                people_ids,
                links,
                compiled.people_any[k],
                None if bared is None else p.track_id in bared,
            )
            if r.people:
                seen_here += [(p.track_id, i) for i in r.people]
        _give_up_to_a_visit(readings, by_track, visits)
        for k in claimed:
            p = profiles[k]
            r = readings[p.track_id]
            if (
                (view.has_cue or r.generic or r.specific)
                # what ``_direct`` needs at least, asked before the costlier checks
                and _may_be_direct(p, r)
                and not (
                    past and p.family is KindFamily.ENCOUNTER and _of_an_earlier_occasion(r, past)
                )
                and not (call and _a_call_not_the_encounter(p, r))
                and not _the_gathering_only(p, r, view.text)
                # "Carney and Modi met on the sidelines of the G7 summit": not the summit
                and not _a_meeting_on_its_sidelines(p, r, readings, by_track, view.text)
                # "the SCO foreign ministers met in Tianjin": the ministers' own meeting
                and not _ministerial_only(p, r, view.text)
                # "when he meets President Zelenskyy at the White House", for Trump–Putin
                and not (
                    p.family is KindFamily.ENCOUNTER
                    and not (r.specific or r.places)
                    and _with_someone_else(view.text, r)
                )
                and _direct(p, r, view.has_cue, view.text)
                and not _opens_on_anothers_event(p, r, view.text, lexicon)
                # "the Second GCC-ASEAN Summit", read for the ASEAN-GCC-China summit
                and not _another_compound_gathering(p, r, view.text)
                # "The 12th ADMM-Plus, being held in Kuala Lumpur, …": that body's event
                and not _anothers_named_event_held(p, r, view.text)
                and not (
                    _at_another_occasion(p, r, view, facts)
                    and not _framed_by_its_gathering(p, readings, by_track, view.text)
                )
            ):
                raw.add(p.track_id)
                if _one_of_many(p, r):
                    weak.add(p.track_id)
                else:
                    strong.add(p.track_id)
                if r.places or r.specific:
                    focus[p.track_id] = focus.get(p.track_id, 0) + 1
                    first_own.setdefault(p.track_id, len(passes))
            if r.specific or r.side_count() >= 2:
                told_own.add(p.track_id)
            if r.sides or r.people or r.specific:
                named_any.add(p.track_id)
            if r.places or _names_its_venue(p, facts):
                own_venue.add(p.track_id)
            elif r.venue_conflict and (r.generic or r.specific):
                elsewhere.add(p.track_id)
        matched = {t: readings[t] for t in raw}
        raw -= {
            t
            for t in raw
            if _one_of_anothers_pair(by_track[t], readings[t], matched, by_track, view.text)
            or _the_gatherings_sentence(by_track[t], readings[t], matched, by_track, view.text)
            or _a_visit_of_its_people(by_track[t], readings[t], readings, visits, view.text)
            or _an_accord_not_the_visit(
                by_track[t], readings[t], readings, accords.get(t, frozenset()), view.text
            )
        }
        seen_people.update(seen_here)
        passes.append((readings, raw))
    # A track of many parties tied only by one of them in every sentence is not the
    # article's: another event of that party.
    # An accord or plan (an initiative) the article never names by a keyword of its own or
    # two of its sides (parties or people) is not the article's: its people's meetings there are their own (a
    # place alone, "London", is where many other things happen).
    adrift = {p.track_id for p in profiles if p.kind is TrackKind.INITIATIVE} - told_own
    # Talks an article ties only by a venue ("Geneva"), never by a side, person or keyword of
    # their own, while it names other talks held there, are not the article's: the other are.
    venues = {
        p.track_id: {fold(x) for x in p.place_names}
        for p in profiles
        if p.family is KindFamily.CHANNEL
    }
    adrift |= {
        t
        for t, places in venues.items()
        if t not in named_any
        and any(u in named_any and places & venues[u] for u in venues if u != t)
    }
    for _, raw in passes:
        raw.difference_update((weak - strong) | adrift)
    # Plans and groups the article names itself somewhere: a step one of their sides takes
    # elsewhere in it is theirs (``_steps_taken``).
    stepped = any(p.family is KindFamily.GROUP for p in profiles)
    named_directly = {t for _, raw in passes for t in raw} if stepped else set()
    named_sides: set[str] = set()  # the sides the article has named so far
    # An article that puts its event at another venue and never names the track's places is
    # about another occasion: only the track's own people still tie a sentence to it.
    vetoed = elsewhere - own_venue
    if vetoed:
        need = {p.track_id: p.need for p in profiles}
        for readings, raw in passes:
            for tid in [t for t in raw if t in vetoed]:
                if len(readings[tid].people) < min(2, need[tid]) or not readings[tid].people:
                    raw.discard(tid)
    # Per paragraph, the groups named directly there or in the next paragraph: a group
    # described there without its name is theirs.
    groups_near = _groups_near(views, passes, {p.track_id for p in profiles if p.described})
    current_paragraph = -1
    current_is_heading = False
    paragraphs_seen = 0
    lines = 0  # sentences of the current paragraph so far
    one_line_before = False  # the previous paragraph was one sentence (wire copy)
    # The current paragraph so far only recalls an earlier occasion: the paragraphs around
    # it carry on over it, as over a caption.
    aside = False
    # Per track, the sentences naming it directly so far; whether one tells it as held is
    # asked only of an article that names another occasion of it.
    direct_at: dict[str, list[int]] = {}
    held_at: dict[int, bool] = {}
    # Per track, the nouns the article gave an event of officials below its leaders ("talks
    # between the national security advisers"): "the talks" later on is theirs too.
    officials_events: dict[str, set[str]] = {}

    def told_held(track_id: str) -> bool:
        for i in direct_at.get(track_id, []):
            if i not in held_at:
                held_at[i] = _told_held(views[i].text, lexicon)
            if held_at[i]:
                return True
        return False

    for index, (view, (readings, raw), past, call, source) in enumerate(
        zip(views, passes, earlier, calls, sources, strict=True)
    ):
        if view.paragraph != current_paragraph:
            if not aside:
                one_line_before = lines == 1
            lines = 0
            if (
                current_paragraph >= 0
                and not aside
                and not (current_is_heading and not paragraph_state)
            ):
                bridged = previous_state if eventless and not paragraph_state else {}
                previous_state = paragraph_state
                previous_recent = recent
                paragraphs_seen += 1
            paragraph_state = {}
            recent = []
            if not aside:
                before_matched = last_matched
                if (
                    last_matched
                    or not eventless
                    or paragraph_state
                    or _SENTENCE_ENDS.search(last_line)
                ):
                    said_before = last_matched  # a subhead of no event is read over
            aside = True  # a paragraph that only recalls an earlier occasion is an aside
            last_matched = set()
            foreign = False
            eventless = True
            current_paragraph = view.paragraph
            current_is_heading = view.heading
        mentions: list[Mention] = []
        if view.skip:
            out.append(mentions)
            continue
        lines += 1
        if eventless and (view.has_cue or _TELLS_OF_AN_EVENT.search(view.text)):
            eventless = False  # "After meeting Zelensky at the White House, …"
        # a visit tied by its people to the deal of talks the article tells: the talks' own
        raw = raw - _visits_before_a_deal(raw, readings, deal_makers, view.text, told_own)
        direct = _settle(raw, profiles, readings, topics, focus, first_own, view.text, own_venue)
        if direct:
            # "The visit comes as France and the EU seek closer links …, to offset Trump's
            # tariffs": the EU–US talks are the visit's setting, not told there
            direct = direct - _only_in_the_setting(direct, readings, view.text)
        told_before = last_matched if not view.first_in_paragraph else before_matched
        if direct and told_before:
            direct = direct - _a_guest_of_another_visit(
                direct, readings, by_track, view, told_before
            )
        spoken = {
            t
            for t in direct
            if t not in told_before
            and _only_its_speaker(
                readings[t],
                view.text,
                any(len(readings[o].people) >= 2 for o in direct if o != t),
            )
            and (told_before - {t} or len(direct) > 1)
        }
        if spoken:
            # '"I believe that meeting will still be on," Bessent said': the meeting just told
            # of, not one of the speaker's own
            direct = direct - spoken
        # A sentence naming the article's own event and another at a venue of its own
        # ("… met in Alaska, agreeing there to hold talks in Budapest"): the other is told
        # in passing, and what follows carries on the article's own.
        passing = {
            t
            for t in direct
            if t not in topics
            and any(
                o in topics
                and _own_places(readings[t], readings[o])
                and _own_places(readings[o], readings[t])
                for o in direct
            )
        }
        anaphor_cache: dict[TrackKind, list[Span]] | None = None
        if direct:
            foreign = False
        elif _foreign_event(readings, known_codes):
            foreign = True
            eventless = False
        # the tracks named here, the pairs named last, the groups named near and those the
        # article or paragraph has so far (its paragraph, the previous one, its topics, and
        # at a paragraph's start those bridged over a caption): a sentence carries on no
        # other, but a group it describes
        candidates = {
            *direct,
            *pair,
            *leaders_pair,
            *groups_near.get(view.paragraph, ()),
            *paragraph_state,
            *previous_state,
            *topics,
        }
        if view.first_in_paragraph:
            candidates.update(bridged)
        # the candidates and the groups that may be described, in the profiles' order: the
        # profiles a loop over all of them would not pass over at once
        for k in _in_order(
            positions, candidates, described if _may_be_described(heads, view.text) else ()
        ):
            p, own, people_ids = profiles[k], compiled.own[k], compiled.people_ids[k]
            if p.track_id not in candidates and not (
                p.described is not None and p.described.search(view.text)
            ):
                continue  # a sentence carries on only a track its article or paragraph has
            r = readings.get(p.track_id) or _read_later(p, readings, source, own, people_ids)
            if (
                p.track_id in topics
                and _another_occasion(p, r, view.text)
                and told_held(p.track_id)
            ):
                continue  # "Egypt will host a further summit on Gaza", in a report of the summit
            if p.track_id in direct:
                mentions.append(Mention(p.track_id, True, r.context, *_tie_spans(r), [], _score(r)))
                continue
            if (p.family is KindFamily.ENCOUNTER or p.place_bound) and (
                (past and _of_an_earlier_occasion(r, past)) or (r.off_venue() and _names_event(r))
            ):
                # another edition: "PM Modi went to Moscow last year for the summit"; another
                # occasion put at a venue of its own: "since their meeting in Kazan"
                continue
            if _the_gathering_only(p, r, view.text):
                continue  # "The APEC summit will be hosted in Gyeongju", for a meeting there
            if _a_meeting_on_its_sidelines(p, r, readings, by_track, view.text):
                continue  # "Xi will meet Lee on the sidelines of the APEC summit", for APEC
            if _one_of_anothers_pair(p, r, readings, by_track, view.text):
                continue  # "Lee recalled what Xi had told him", for the Trump–Xi meeting
            if _the_gatherings_sentence(p, r, readings, by_track, view.text):
                continue  # "Lee said as the summit began", for the Lee–Xi meeting
            if call and _a_call_not_the_encounter(p, r):
                continue  # "He described Thursday's conversation with Putin as productive"
            if _a_visit_of_its_people(p, r, readings, visits, view.text):
                continue  # "On this trip Starmer is expected to meet Modi again", for their accord
            if _an_accord_not_the_visit(
                p, r, readings, accords.get(p.track_id, frozenset()), view.text
            ):
                continue  # "The agreement is expected to bring £6 billion", for their visit
            if _officials_event_instead(p, r, view.text, officials_events):
                continue  # "Talks planned between the national security advisers …"
            if _anothers_named_event_held(p, r, view.text):
                continue  # "The 12th ADMM-Plus, being held in Kuala Lumpur, …"
            if foreign and (
                p.family is not KindFamily.GROUP
                or not (
                    p.track_id in paragraph_state
                    or p.track_id in previous_state
                    or (view.has_cue and p.track_id in topics)
                    or _renamed(p, view.text)  # 'Macron hosted the "coalition of the resolute"'
                )
            ):
                continue
            if r.outsider and len(r.sides) < 2 and not r.places:
                continue  # one side's encounter with another country's leader
            if anaphor_cache is None:
                anaphor_cache = (
                    _anaphors_by_kind(view.text, kinds, lexicon)
                    if source is None
                    else source[0].anaphors(compiled.kinds, lexicon)
                )
            anaphors = anaphor_cache[p.kind]
            if anaphors and gathering_of_many(p):
                anaphors = [a for a in anaphors if not _PAIR.match(view.text, a[0])]
            if (
                foreign
                and not _the_groups_own(view.text, anaphors)
                and not (p.track_id in last_matched and _ATTENDANCE.match(view.text))
            ):
                continue  # a group's own meeting, named by an anaphor, is not another event
            found = _continues(
                p,
                r,
                view,
                anaphors,
                paragraph_state,
                previous_state,
                _placed_last(recent, readings),
                topics,
                direct,
                last_matched if not view.first_in_paragraph else before_matched,
                one_line_before,
                bridged=bridged,
                people_shared=bool(direct)
                and view.first_in_paragraph
                and len(r.people) >= 2
                and _people_shared(r, readings, direct),
            )
            if found is None and _denies_what_went_before(
                p, r, view, last_matched if not view.first_in_paragraph else before_matched, direct
            ):
                # "… which led some media to suggest the two might meet. The spokesman,
                # however, dismissed those reports.": the reports just told of
                state = previous_state if view.first_in_paragraph else paragraph_state
                if p.track_id in state:
                    found = (state[p.track_id], "anaphor")
            if found is None and gathering_of_many(p):
                # "Opening the conference, Macron … 'The first answer is multilateralism,'
                # Macron said": what its people said or did there, told right after it
                found = _said_or_done_there(
                    p,
                    r,
                    view,
                    paragraph_state,
                    previous_state,
                    last_matched if not view.first_in_paragraph else said_before,
                    direct,
                    bridged,
                )
            if found is None and gathering_of_many(p):
                # "More than 60 world leaders have gathered on the Riviera", after the summit
                found = _its_many_gathered(
                    p, r, view, paragraph_state, previous_state, topics, direct
                )
            if found is None and anaphors:
                # "The visit comes as France and the EU seek …, to offset Trump's tariffs"
                found = _told_by_its_setting(
                    p, r, view, anaphors, paragraph_state, previous_state, topics, direct
                )
            if found is None and p.kind is TrackKind.VISIT and p.track_id in topics:
                # "He was given a ceremonial welcome when he landed at the airport", in a
                # report whose headline is the visit
                found = _the_visitors_arrival(p, r, view, topics, bool(direct - {p.track_id}))
            if found is None and p.family is KindFamily.GROUP:
                # "More than 30 European leaders restated their support", above the
                # paragraph naming the coalition of the willing
                spans = _group_described(
                    p,
                    r,
                    view.text,
                    any(
                        _names_more(readings[o])
                        and not _event_of_the_group(p, readings[o], view.text)
                        for o in direct
                        if o != p.track_id
                    ),
                    p.track_id in groups_near.get(view.paragraph, ()) or p.track_id in topics,
                )
                if spans:
                    anaphors = [*anaphors, *spans]
                    state = paragraph_state if p.track_id in paragraph_state else previous_state
                    found = (state.get(p.track_id, topics.get(p.track_id, r.context)), "anaphor")
            if found is None and (p.track_id in pair or p.track_id in leaders_pair):
                # "The two presidents will then hold a news conference": the pair named last
                spans = _pair_spans(
                    r,
                    view.text,
                    bool(direct - {p.track_id}),
                    p.family,
                    last=p.track_id in pair,
                    leaders=p.track_id in leaders_pair,
                )
                if spans:
                    anaphors = [*anaphors, *spans]
                    state = paragraph_state if p.track_id in paragraph_state else previous_state
                    found = (state.get(p.track_id, topics.get(p.track_id, r.context)), "anaphor")
            if (
                found is None
                and p.family is KindFamily.CHANNEL
                and p.track_id in named_before
                and not direct
                and not _other_people(r)
                and not r.off_venue()
                and _a_sides_delegation(r, view.text)
            ):
                # "He said Ukraine's delegation was of the highest level": a side's team at
                # the talks the article has told of
                found = (r.context, "side")
            if found is not None and not (
                found[1] == "opener"
                and any(rt.specific for t, rt in readings.items() if t != p.track_id)
            ):
                inherited, via = found
                mentions.append(
                    Mention(
                        p.track_id, False, r.context or inherited, *_tie_spans(r), anaphors, via=via
                    )
                )
        if stepped and source is not None:
            tied = set(topics) | set(paragraph_state) | set(previous_state) | named_directly
            mentions += _steps_taken(
                compiled, readings, source, view.text, mentions, tied, named_sides
            )
            named_sides.update(code for _, code, _ in source[0].parties)
            named_sides.update(f"{t}|{code}" for t, r in readings.items() for code in r.sides)
        if processes and source is not None:
            # a process told by its acts: people freed, its sides exchanging (actlinks.py)
            told = (topics, named_before, paragraph_state, previous_state)
            # whether the text may tell an act at all (remembered per text) before which
            # processes it may be of (asked of each)
            ks = _may_act(compiled, process_ks, source, told) if act_possible(view.text) else []
            acts: list[Mention] = []
            if ks:
                carried = {
                    t
                    for t in processes
                    if _carried_status(t, view, paragraph_state, previous_state, topics) is not None
                }
                acts = _acts_of_the_process(
                    compiled, readings, source, view.text, mentions, ks, told, carried
                )
            if view.heading or paragraphs_seen == 0:
                # the headline or lead tells the process's act: the article is about it
                topics.update((m.track_id, False) for m in acts if m.track_id not in topics)
            mentions += acts
        mentions = _one_referent(
            mentions, recent if recent or not view.first_in_paragraph else previous_recent, topics
        )
        mentions = _definite_is_known(mentions, readings, named_before, view.text)
        # the sentence's evidence: the paragraph stays about a track a continuation here
        # gave up (what follows may carry it on), but the sentence is not its
        told_here = _the_event_told_last(mentions, readings, told_before, two_sided, view.text)
        two_sided.update(
            m.track_id
            for m in mentions
            if m.direct
            and (readings[m.track_id].side_count() >= 2 or len(readings[m.track_id].people) >= 2)
        )
        named_before.update(m.track_id for m in mentions)
        for m in mentions:
            if m.direct:
                direct_at.setdefault(m.track_id, []).append(index)
        prior = list(recent if recent or not view.first_in_paragraph else previous_recent)
        for mention in _by_recency(mentions, prior, by_track):
            if mention.track_id in passing:
                continue
            if mention.direct or mention.track_id not in paragraph_state:
                paragraph_state[mention.track_id] = mention.context
            if mention.track_id in recent:
                recent.remove(mention.track_id)
            recent.append(mention.track_id)
            if (
                mention.direct
                and (view.heading or paragraphs_seen == 0)
                and not mention.context
                and mention.track_id not in vetoed
            ):
                topics.setdefault(mention.track_id, False)
        last_matched = {m.track_id for m in told_here} - passing
        if source is not None:
            named_pair = _pair_named(mentions, readings, source[0].names)
            if named_pair is not None:
                pair = named_pair
                led = {
                    t
                    for t in named_pair
                    if t in leader_tracks or len(leader_people[t] & set(readings[t].people)) >= 2
                }
                if not named_pair or led:
                    leaders_pair = led
        aside = aside and bool(past) and not mentions
        last_line = view.text
        out.append(told_here)
    return out


def _description_heads(profiles: Sequence[TrackProfile]) -> frozenset[str] | None:
    """Every literal one of which a group's description needs (``_description_of``: its
    head nouns), when each description needs one of a single set; None when one needs more
    or runs ungated (every description is asked then)."""
    words: set[str] = set()
    for p in profiles:
        if p.described is None:
            continue
        requires = p.described.requires
        if len(requires) != 1:
            return None
        words.update(requires[0])
    return frozenset(words)


def _may_be_described(heads: frozenset[str] | None, text: str) -> bool:
    """Whether a group's description may match ``text``: its lower case holds one of the
    ``heads`` (``_description_heads``), or cannot vouch for the text (``searchable``)."""
    if heads is None:
        return True
    lowered = searchable(text)
    return lowered is None or any(w in lowered for w in heads)


def _in_order(
    positions: Mapping[str, Sequence[int]], tracks: Iterable[str], also: Sequence[int]
) -> list[int]:
    """The profiles (by position, in their order) of ``tracks`` (``positions``: per track
    id, its profiles) and ``also``: those a loop over every profile that passes over the
    others meets, in the order it meets them."""
    ks = set(also)
    for t in tracks:
        ks.update(positions.get(t, ()))
    return sorted(ks)


def _steps_taken(
    compiled: CompiledTracks,
    readings: dict[str, _Reading],
    source: tuple[_Names, Present],
    text: str,
    mentions: list[Mention],
    tied: set[str],
    named_sides: set[str],
) -> list[Mention]:
    """Plans and groups (initiatives, coalitions) the article or paragraph is about, not
    matched yet, whose side takes a step of the process in the sentence ("Thailand freed 18
    Cambodian soldiers"): the step is theirs (``steps``). A side that is an armed group or
    movement (an organisation of no country, or a party the gazetteer does not know), once
    the article has named it, is also the subject its group words name ("the rebels handed
    over their weapons"), unless another party is named before the step; on a sentence
    already the track's, those words join its anaphors (the step's subject)."""
    matched = {m.track_id: m for m in mentions}
    out: list[Mention] = []
    for p, own, people_ids in zip(
        compiled.profiles, compiled.own, compiled.people_ids, strict=True
    ):
        if p.family is not KindFamily.GROUP or (
            p.track_id not in tied and p.track_id not in matched
        ):
            continue
        r = readings.get(p.track_id) or _read_later(p, readings, source, own, people_ids)
        if r.context:
            continue
        mention = matched.get(p.track_id)
        sides = [s for spans in r.people.values() for s in spans]
        sides += [s for spans in r.sides.values() for s in spans]
        if mention is not None:
            sides += mention.all_spans()
        roles: list[Span] = []
        if step_of(text, sides) is None:
            if not _armed_side_named(p, compiled.gazetteer, named_sides):
                continue
            roles = group_words(text)
            step = step_of(text, roles)
            if step is None or any(m.start < step.start for m in r.others):
                continue  # none, or another party's: "Turkish troops and the rebels …"
        if mention is not None:
            mention.anaphor_spans.extend(roles)
            continue
        actors, keywords = _tie_spans(r)
        out.append(Mention(p.track_id, False, False, sorted(actors + roles), keywords, via="step"))
    return out


def _may_act(
    compiled: CompiledTracks,
    process_ks: Sequence[int],
    source: tuple[_Names, Present],
    told: Sequence[Container[str]],
) -> list[int]:
    """The positions (of ``process_ks``) of the release and exchange processes a sentence may
    tell an act of: the
    article has told of or its paragraph carries (``told``), or those a side or pattern of which it may name (a
    look-up, before the act's patterns are asked)."""
    facts, present = source
    profiles = compiled.profiles
    codes = {code for _, code, _ in facts.parties}
    return [
        k
        for k in process_ks
        if any(profiles[k].track_id in c for c in told)
        or not codes.isdisjoint(profiles[k].side_codes)
        or present is None
        or not compiled.own[k].isdisjoint(present)
    ]


def _acts_of_the_process(
    compiled: CompiledTracks,
    readings: dict[str, _Reading],
    source: tuple[_Names, Present],
    text: str,
    mentions: list[Mention],
    ks: Sequence[int],
    told: Sequence[Container[str]],
    carried: set[str],
) -> list[Mention]:
    """Release and exchange processes (at ``ks``) not matched yet whose act the sentence
    tells (``act_told``): linked when it names the track's people, as many sides as it
    needs, or a side or place of a process the article has ``told`` of; or, naming nothing of
    its own, when it carries on a process of the paragraph or article (``carried``), no other
    track is linked there and it names no other track's people ("His release was confirmed
    late on Tuesday")."""
    matched = {m.track_id for m in mentions}
    out: list[Mention] = []
    for k in ks:
        p = compiled.profiles[k]
        if p.track_id in matched:
            continue
        r = readings.get(p.track_id) or _read_later(
            p, readings, source, compiled.own[k], compiled.people_ids[k]
        )
        if r.context or r.off_venue():
            continue
        actors, keywords = _tie_spans(r)
        if not act_told(text, actors):
            continue
        named = bool(r.people) or len(r.sides) >= p.need
        if not (
            named
            or ((r.sides or r.places) and any(p.track_id in c for c in told))
            or (
                p.track_id in carried and not matched and not _anothers_people(p.track_id, readings)
            )
        ):
            continue
        out.append(Mention(p.track_id, False, False, actors, keywords, via="act"))
    return out


def _anothers_people(track_id: str, readings: dict[str, _Reading]) -> bool:
    """Whether the sentence names people of a track other than ``track_id`` (sides are
    shared by many tracks: "U.S. officials met him" is no other track's act)."""
    return any(r.people for t, r in readings.items() if t != track_id)


def _armed_side_named(p: TrackProfile, gaz: Gazetteer, named_sides: set[str]) -> bool:
    """Whether the article has named a side of the track that is an armed group or movement:
    an organisation of no country, or a party the gazetteer does not know."""
    if any(
        c in named_sides
        for c in p.explicit_codes
        if c in gaz.organisations and c not in gaz.org_country
    ):
        return True
    free = f"{p.track_id}|free:"
    return p.free_parties is not None and any(n.startswith(free) for n in named_sides)


def _names_more(r: _Reading) -> bool:
    """Whether a track is tied to a sentence by more than its parties and a status cue."""
    return bool(r.people or r.places or r.specific or r.generic)


def _renamed(p: TrackProfile, text: str) -> bool:
    """Whether a sentence names a group by another name of its shape in quotation marks."""
    return p.described is not None and any(
        m.group("renamed") is not None for m in p.described.finditer(text)
    )


def _event_of_the_group(p: TrackProfile, other: _Reading, text: str) -> bool:
    """Whether every event word tying a sentence to another track hangs by "of (the)" on
    the group's description: 'the summit of the "coalition of the resolute"' is the
    group's summit, whoever spoke after it."""
    if p.described is None or not other.generic:
        return False
    starts = [m.start() for m in p.described.finditer(text)]
    return all(
        any(0 <= s - end <= 40 and _OF_THE.match(text, end, s) for s in starts)
        for _, end in other.generic
    )


def _groups_near(
    views: Sequence[SentenceView],
    passes: Sequence[tuple[dict[str, _Reading], set[str]]],
    groups: set[str],
) -> dict[int, set[str]]:
    """Per paragraph, the groups (of ``groups``) a sentence of it or of the next paragraph
    names directly."""
    named: dict[int, set[str]] = {}
    for view, (_, raw) in zip(views, passes, strict=True):
        named.setdefault(view.paragraph, set()).update(raw & groups)
    order = sorted(named)
    return {
        k: named[k] | (named[order[i + 1]] if i + 1 < len(order) else set())
        for i, k in enumerate(order)
    }


def _read_later(
    profile: TrackProfile,
    readings: dict[str, _Reading],
    source: tuple[_Names, Present] | None,
    own: frozenset[int],
    people_ids: tuple[frozenset[int], ...],
) -> _Reading:
    """The reading ``match_tracks`` put off (nothing of the track's own in a sentence
    without a cue), made now and kept in ``readings``. No person of the track can be named
    there, so who was named before does not matter."""
    if source is None:  # pragma: no cover - a skipped sentence carries on no track
        raise ValueError("a skipped sentence is not read")
    reading = readings[profile.track_id] = _read(
        profile, source[0], set(), source[1], own, people_ids
    )
    return reading


# "Ukraine's delegation", "the Russian delegation", "Ukraine's own delegation".
_DELEGATION_AFTER = re.compile(  # (?<!\s): tried once per run of spaces (linear in a search)
    r"(?<!\s)(?:'s|’s)?\s+(?:own\s+)?delegation\b", re.IGNORECASE
)


def _a_sides_delegation(r: _Reading, text: str) -> bool:
    """Whether the sentence names the delegation of one of the track's sides."""
    return any(_DELEGATION_AFTER.match(text, b) for spans in r.sides.values() for _, b in spans)


# A paragraph naming any meeting tells of an event, whoever's it is ("After meeting Zelensky
# at the White House last week, Trump …"): an anaphor below it may be that one.
_TELLS_OF_AN_EVENT = Gated(
    re.compile(
        r"\b(?:meet|meets|meeting|met|summit|talks|negotiations|round|conference|visit)\b",
        re.IGNORECASE,
    )
)


# A call between people, by its noun or verb: "Thursday's call between", "phone
# conversation", "spoke by phone", "telephoned".
_A_CALL = Gated(
    re.compile(
        r"\b(?:call|calls|conversation|conversations|phone|telephone|telephoned|phoned)\b",
        re.IGNORECASE,
    )
)


# A conversation in person is the meeting itself: "It will be a one-on-one conversation".
_IN_PERSON = re.compile(
    r"\b(?:one-on-one|one-to-one|face-to-face|in-person|in\s+person|tête-à-tête)\b", re.IGNORECASE
)


# The words for a gathering of many parties, whose sidelines host a two-sided meeting,
# named by its body or title ("the APEC summit", "the Asia-Pacific Economic Cooperation
# summit", "the Shanghai Cooperation Organisation (SCO) Summit"); a bare "the summit" may
# be the two leaders' own meeting, as reporting often calls it.
_GATHERINGS = frozenset({"summit", "summits", "conference", "forum", "gathering"})
_NOT_A_BODY = ("The", "A", "An", "This", "That", "Their", "Its", "His", "Her", "Next", "Last")
_NAMED_GATHERING = re.compile(
    rf"\b(?!(?:{'|'.join((*_NOT_A_BODY, *WEEKDAY_NAMES, *MONTH_NAMES))})\b)[A-Z][\w'’.-]*"
    r"(?:\s+\([A-Z]{2,}\))?(?:\s+(?:Economic\s+)?Leaders['’]?)?\s+$"
)


def _the_gathering_only(p: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a sentence tells, for a meeting or visit on the sidelines of a gathering,
    only of the gathering at the track's place: no person or side of the track, and the
    gathering's word alone ("The Asia-Pacific Economic Cooperation summit will be hosted
    by Korea in Gyeongju", for the Trump–Xi meeting there)."""
    return (
        p.kind in (TrackKind.MEETING, TrackKind.VISIT)
        and bool(r.places and r.generic)
        and not (r.people or r.sides or r.specific)
        and all(
            text[a:b].lower() in _GATHERINGS and _NAMED_GATHERING.search(text, max(0, a - 40), a)
            for a, b in r.generic
        )
    )


# A gathering named as the frame of another encounter: "on the sidelines of the G7
# summit", "on the margins of the APEC Economic Leaders' Meeting", "on the occasion of the
# APEC summit", a headline's "meet on sidelines of APEC summit" (docs/lexicon.md, "A summit
# and the meetings on its sidelines").
_SIDELINES = re.compile(
    r"\b(?:on|at|along)\s+(?:the\s+)?(?:sidelines?|side-lines|margins?|fringes?)\s+of\b|"
    r"\bon\s+the\s+occasion\s+of\b",
    re.IGNORECASE,
)
# Where the frame ends: another clause, or the sentence's end ("U.S." is no end).
_FRAME_ENDS = re.compile(r"[;!?]|\.\s|,\s+(?:and|but|while|as|who|which|where)\b")
# An encounter of two told by its own word: "met", "will meet", "a bilateral meeting",
# "talks with", "sat down with", "a summit with".
_TWO_SIDED = re.compile(
    r"\b(?:met|meet(?:s|ings?)?|bilaterals?|talks|s[ai]t\s+down|summit\s+with)\b",
    re.IGNORECASE,
)


def _frames(text: str) -> list[Span]:
    """The spans of a sentence that name a gathering as the frame of another encounter:
    from "on the sidelines of" (or "margins", "occasion") to the end of its clause."""
    out: list[Span] = []
    for m in _SIDELINES.finditer(text):
        end = _FRAME_ENDS.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


def _in_frame(span: Span, frames: Sequence[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in frames)


def _a_meeting_on_its_sidelines(
    p: TrackProfile,
    r: _Reading,
    readings: Mapping[str, _Reading],
    by_track: Mapping[str, TrackProfile],
    text: str,
) -> bool:
    """Whether a gathering of many gives a sentence to a meeting of two held at its place,
    which the sentence names by one of its people or by that place, on its sidelines
    (``_on_its_sidelines``); a meeting of no track there stays the gathering's background
    ("Ruto will also meet Ishiba on the sidelines of the summit")."""
    if not _on_its_sidelines(p, r, text):
        return False
    places = set(p.place_names)
    return any(
        other != p.track_id
        and bool(ro.people or ro.places)
        and by_track[other].kind is TrackKind.MEETING
        and bool(places & set(by_track[other].place_names))
        for other, ro in readings.items()
        if other in by_track
    )


def _on_its_sidelines(p: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a gathering of many is named in a sentence only as the frame of an
    encounter of two told before it ("Carney and Modi met on the sidelines of the G7
    summit", "Xi will meet Lee on the sidelines of the APEC summit"): every word of the
    gathering's event lies in the frame or is the meeting's own word told before it
    ("bilateral talks with Modi"). The sentence is that meeting's, not the gathering's; its
    people and the gathering's place may stand anywhere."""
    if not (r.specific or r.generic) or not gathering_of_many(p) or "of" not in text:
        return False
    frames = _frames(text)
    words = r.specific + r.generic
    if not frames or not any(_in_frame(s, frames) for s in words):
        return False
    first = min(a for a, _ in frames)
    pair = [(m.start(), m.end()) for m in _TWO_SIDED.finditer(text, 0, first)]
    # the words outside the frame are the encounter's own ("bilateral talks with Modi")
    return bool(pair) and all(_in_frame(s, frames) or _overlaps(s, pair) for s in words)


def _the_gatherings_sentence(
    p: TrackProfile,
    r: _Reading,
    readings: Mapping[str, _Reading],
    by_track: Mapping[str, TrackProfile],
    text: str,
) -> bool:
    """Whether a meeting of two is tied to a sentence by one of its people at most, and
    otherwise only by what a gathering of many at its place holds too (its place, parties or
    a keyword naming the gathering: the Trump–Xi meeting's "APEC"), while the sentence names
    that gathering by a word of its own outside any frame and tells no meeting of two
    ("'I hope the APEC spirit will be on display in Gyeongju,' Lee said as the summit
    began", for the Lee–Xi meeting; "Xi said next year's APEC meeting would take place in
    Shenzhen", for the Trump–Xi meeting): the event told is the gathering's
    (docs/lexicon.md, "A summit and the meetings on its sidelines")."""
    if p.kind is not TrackKind.MEETING or len(r.people) > 1:
        return False
    if _TOLD_A_VISIT.search(text):
        return False  # a leader's trip to the gathering sets the meeting ahead (convention 8)
    people = [s for spans in r.people.values() for s in spans]
    parties = [s for v in r.sides.values() for s in v if not _overlaps(s, people)]
    frames = _frames(text)
    places = set(p.place_names)
    for other, ro in readings.items():
        po = by_track.get(other)
        if po is None or other == p.track_id or not places & set(po.place_names):
            continue
        if not gathering_of_many(po) or all(_in_frame(s, frames) for s in ro.specific):
            continue
        held = ro.places + ro.specific + [s for v in ro.sides.values() for s in v]
        # a meeting of two told there ("both look forward to meeting at APEC") is its own,
        # save the gathering's own name for itself ("next year's APEC meeting")
        named = [(a, b + 2) for a, b in ro.specific]  # the name and the word after it
        if any(not _overlaps((m.start(), m.end()), named) for m in _TWO_SIDED.finditer(text)):
            continue
        if all(_overlaps(s, held) for s in r.places + r.specific + parties):
            return True
    return False


def _framed_by_its_gathering(
    p: TrackProfile,
    readings: Mapping[str, _Reading],
    by_track: Mapping[str, TrackProfile],
    text: str,
) -> bool:
    """Whether the occasion a sentence holds an encounter at is a gathering of many at the
    encounter's own place, named as its frame ("Carney and Modi met on the sidelines of the
    G7 summit", for their meeting in Kananaskis, where the G7 met): not another occasion
    than the encounter's."""
    if p.family is not KindFamily.ENCOUNTER or gathering_of_many(p) or not p.place_names:
        return False
    places = set(p.place_names)
    return any(
        other != p.track_id
        and places & set(by_track[other].place_names)
        and _on_its_sidelines(by_track[other], ro, text)
        for other, ro in readings.items()
        if other in by_track
    )


def _one_of_anothers_pair(
    p: TrackProfile,
    r: _Reading,
    readings: Mapping[str, _Reading],
    by_track: Mapping[str, TrackProfile],
    text: str,
) -> bool:
    """Whether an encounter is tied to a sentence by one of its people whom the sentence
    names with the other person of a meeting of two, and by nothing of its own besides:
    no party, place or event word the meeting's reading does not hold too, save a
    gathering named as the frame ("Xi will meet Lee on Saturday" is the Lee–Xi summit's,
    not the Trump–Xi meeting's or the SCO summit's; docs/lexicon.md, "A summit and the
    meetings on its sidelines")."""
    if p.family is not KindFamily.ENCOUNTER or len(r.people) != 1:
        return False
    mine = [s for spans in r.people.values() for s in spans]
    frames = _frames(text)
    for other, ro in readings.items():
        po = by_track.get(other)
        if other == p.track_id or po is None or len(ro.people) < 2:
            continue
        if po.kind is not TrackKind.MEETING:
            continue
        theirs = [s for spans in ro.people.values() for s in spans]
        if not all(_overlaps(s, theirs) for s in mine):
            continue
        held = ro.places + ro.specific + [s for v in ro.sides.values() for s in v]
        sides = [s for k, v in r.sides.items() if not k.startswith("actor:") for s in v]
        # a name of its own that holds the other's event word ("the PAF summit") stays its own
        own = [
            s
            for s in r.specific + r.places + sides
            if not _overlaps(s, held)
            and not any(a <= s[0] and s[1] <= b for a, b in ro.generic)
            and not _in_frame(s, frames)
        ]
        if not own:
            return True
    return False


def _a_call_not_the_encounter(p: TrackProfile, r: _Reading) -> bool:
    """Whether a sentence that tells only of a call is no sentence of the track: a meeting,
    summit, visit or conference (in person) that the sentence names by no word of its own."""
    return p.family is KindFamily.ENCOUNTER and not (r.generic or r.specific)


def _only_a_call(view: SentenceView, lexicon: Lexicon) -> bool:
    """Whether every status cue of the sentence tells of a call ("The Russian side initiated
    Thursday's call between Putin and Trump", "During his phone call with Trump, the Russian
    leader demanded …"): for a meeting in person, the event the sentence tells of is the
    call, not the meeting, unless it names the meeting too."""
    if not view.has_cue or not _A_CALL.search(view.text) or _IN_PERSON.search(view.text):
        return False
    signals = {hit.start: hit.signal for hit in find_cues(view.text, lexicon)}
    return bool(view.cue_starts) and all(signals.get(c) == "call" for c in view.cue_starts)


# "The talks", "the meeting": an event the reader already knows of.
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _definite_is_known(
    mentions: list[Mention], readings: dict[str, _Reading], named_before: set[str], text: str
) -> list[Mention]:
    """A definite event word ("The talks opened at 3 pm, with the American and Chinese
    envoys sitting in") refers to an event the article has told of: a track it has not
    named yet, tied only by its parties and that word, gives way to the track the sentence
    carries on through that same word."""
    carried = [[*m.keyword_spans, *m.anaphor_spans] for m in mentions if not m.direct]
    if not carried:
        return mentions

    def unknown(m: Mention) -> bool:
        r = readings[m.track_id]
        return (
            m.direct
            and m.track_id not in named_before
            and not (r.people or r.places or r.specific)
            and bool(r.generic)
            and all(
                _DEFINITE.search(text[max(0, a - 30) : a])
                and any(_overlaps((a, b), spans) for spans in carried)
                for a, b in r.generic
            )
        )

    return [m for m in mentions if not unknown(m)]


# How a continuation carries a track on (``_continues`` and the rules after it), as opposed to
# a direct match, a step or an act.
_CARRIED = frozenset({"anaphor", "cue", "topic", "subject", "opener", "event", "named", "person"})


def _nameless(r: _Reading) -> bool:
    """Whether a reading names nothing of its track: no person, side, place or keyword of
    its own."""
    return not (r.people or r.sides or r.places or r.specific)


def _the_event_told_last(
    mentions: list[Mention],
    readings: Mapping[str, _Reading],
    told: set[str],
    two_sided: set[str],
    text: str,
) -> list[Mention]:
    """A continuation with no name of its own ("the meeting", "the two sides", "during the
    visit") refers to one event: the one the text told of last, not every track that
    shares its people or parties.

    - Among the tracks a sentence carries on, one the sentence before (``told``: the
      tracks of the paragraph's previous sentence, or of the previous paragraph's last for a
      paragraph's first; none, and no rule, after a sentence tied to no track) was not
      about gives way to one it was about,
      unless it names something the other does not (a person, a place, a specific keyword,
      two sides of its own): "Rubio and Wang met in Kuala Lumpur. The meeting was
      constructive" is not the Trump–Xi meeting's, though both tracks are of the US and
      China.
    - "The two sides", "both sides" are two parties named together before: a track the
      article has named by only one of its sides ("the United States brokered the
      mediation") gives way to one it named by two of them.
    - Of two tracks the sentence before was about, one carried on by nothing of its own
      gives way to one the sentence names a person or side of, by the same words ("Norway's
      statement said the two sides would resume the dialogue", for the Norway-mediated
      talks; "Rubio said the meeting was constructive", for Rubio's meeting rather than the
      leaders' summit the sentence before also named).
    Tracks the sentence names directly always stay, and so do all tracks of a sentence that
    names its event by its day ("Monday's discussions followed up on those earlier
    conversations": the day, not the sentence before, says which event it is). A track
    given up here stays one the paragraph is about (``match_tracks`` keeps it in the
    paragraph's state): what follows may carry it on."""
    carried = [m for m in mentions if not m.direct and m.via in _CARRIED]
    definite = [
        m
        for m in mentions
        if m.direct
        and m.track_id not in told
        and _by_a_definite_event_word(readings[m.track_id], text)
    ]
    if not (carried or definite) or len(mentions) < 2:
        return mentions
    dropped: set[int] = set()
    anchors = (
        [m for m in mentions if m.track_id in told and m.track_id in readings]
        if _DAYS_EVENT.search(text) is None
        else []
    )
    for m in [*carried, *definite]:
        words = readings[m.track_id].generic if m.direct else m.anaphor_spans
        if m.track_id not in told and any(
            _carries_the_same(a, words) and not _own(readings[m.track_id], readings[a.track_id])
            for a in anchors
        ):
            dropped.add(id(m))
    kept = [m for m in carried if id(m) not in dropped and m.track_id in told]
    namers = [
        n
        for n in mentions
        if id(n) not in dropped
        and n.track_id in told
        and (
            readings[n.track_id].people
            if n.direct
            else n in kept and bool(readings[n.track_id].sides)
        )
    ]
    dropped.update(
        id(m)
        for m in kept
        if _nameless(readings[m.track_id])
        and any(n is not m and _carries_the_same(n, m.anaphor_spans) for n in namers)
    )
    paired = [
        m
        for m in carried
        if id(m) not in dropped and any(_PAIR.match(text, a) for a, _ in m.anaphor_spans)
    ]
    if any(m.track_id in two_sided for m in paired):
        dropped.update(id(m) for m in paired if m.track_id not in two_sided)
    if not dropped:
        return mentions
    return [m for m in mentions if id(m) not in dropped]


# An event named by its day ("Monday's discussions", "Tuesday's talks"): the sentence says
# which event it tells of, whatever was told last.
_DAYS_EVENT = re.compile(
    rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:summit|meeting|encounter|talks|negotiations|round|consultations|discussions|"
    r"conversation|call|visit)\b",
    re.IGNORECASE,
)


def _carries_the_same(anchor: Mention, spans: Sequence[Span]) -> bool:
    """Whether ``anchor`` is tied to the sentence by every word (``spans``) that ties another
    track there (as an anaphor of its own, or as the event word it is named by directly):
    "Once the talks were over, Trump sounded upbeat" still carries on the trade talks by
    "the talks" after a sentence on the leaders' meeting, which only the headline and a
    cue carry on."""
    words = anchor.keyword_spans if anchor.direct else anchor.anaphor_spans
    return all(_overlaps(span, words) for span in spans)


def _by_a_definite_event_word(r: _Reading, text: str) -> bool:
    """Whether a direct reading is made of the track's people and an event word after a
    definite article, and of nothing else of its own ("Brandt described the meeting as
    constructive"): the event is one told before, which the word carries on like an
    anaphor."""
    return bool(
        r.generic
        and r.people
        and not (r.places or r.specific)
        and all(_DEFINITE.search(text[max(0, a - 30) : a]) for a, _ in r.generic)
    )


def _tie_spans(r: _Reading) -> tuple[list[Span], list[Span]]:
    """The spans that tie a sentence to a track: its people, sides and places; its event
    words."""
    actor_spans = sorted(
        [*(s for spans in r.people.values() for s in spans)]
        + [s for spans in r.sides.values() for s in spans]
        + r.places
    )
    return actor_spans, sorted(r.specific + r.generic)


def _recalls(a: TrackProfile, b: TrackProfile) -> bool:
    """Whether ``a`` names ``b``'s venue as an earlier event (its ``context_terms``): ``a``
    is the later event of the same people ("Anchorage" for the summit planned after it)."""
    return a.context is not None and any(a.context.search(place) for place in b.place_names)


def _nearer_topic(
    a: str,
    b: str,
    topics: dict[str, bool],
    focus: dict[str, int],
    first_own: dict[str, int],
    by_id: dict[str, TrackProfile] | None = None,
    venues: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Whether the article is about ``a`` rather than ``b``: its headline or lead names only
    ``a``, or it names ``a`` by its own places and keywords in two sentences more, or else
    names both so and ``a`` first (a report on the next summit "in Hungary" that recalls
    the last one "in Alaska" further down)."""
    if (a in topics) != (b in topics):
        return a in topics
    if focus.get(a, 0) >= focus.get(b, 0) + 2:
        return True
    if focus.get(b, 0) >= focus.get(a, 0) + 2:
        return False
    if a in first_own and b in first_own:
        return first_own[a] < first_own[b]
    # Neither's venue named anywhere in the article: the event the
    # other track recalls as earlier is not the one told of ("no plans for Trump and Putin
    # to meet" is of the summit planned after Anchorage).
    return (
        a not in venues
        and b not in venues
        and by_id is not None
        and _recalls(by_id[a], by_id[b])
        and not _recalls(by_id[b], by_id[a])
    )


def _foreign_event(readings: dict[str, _Reading], known_codes: frozenset[str]) -> bool:
    """Whether a sentence that matched no track tells of an event with people of parties no
    track has, and names nothing of any track ("after a meeting with Zelensky")."""
    if any(r.people or r.places or r.specific for r in readings.values()):
        return False
    return any(
        (r.generic or r.specific)
        and any(m.entity.kind == "person" and m.entity.code not in known_codes for m in r.others)
        for r in readings.values()
    )


def _event_of(ra: _Reading, rb: _Reading, text: str) -> bool:
    """Whether the only event word tying a sentence to ``b`` is one ``a``'s own name
    claims: "a Paris summit of the coalition of the willing" is the coalition's."""
    if not ra.specific or not rb.generic or rb.people or rb.places or rb.specific:
        return False
    return all(
        any(0 <= s - end <= 40 and _OF_THE.match(text, end, s) for s, _ in ra.specific)
        for _, end in rb.generic
    )


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?[\"“‘']?$", re.IGNORECASE)


# An event told by its setting: "The visit comes as …", "The tour comes amid …", "The
# summit comes at a time when …". What follows is the background, not an event.
_SETTING = re.compile(
    r"(?:the|this|his|her|their|[A-Z][\w-]+(?:'s|’s))\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:visit|tour|trip|journey|meeting|summit|conference|talks|encounter)\s+"
    r"(?:comes|came)\s+(?:as|amid|even\s+as|against|at\s+a\s+time|in\s+the\s+(?:background|backdrop|wake))\b",
    re.IGNORECASE,
)


def _only_in_the_setting(direct: set[str], readings: dict[str, _Reading], text: str) -> set[str]:
    """The tracks a sentence telling an event by its setting ("The visit comes as France and
    the EU seek closer links …, to offset Trump's tariffs") names only in that background:
    by sides, people or topic words after the setting phrase, with no place and no event word
    of theirs, while the background tells no event at all ("trade talks", "a summit": those
    are told there and stay)."""
    m = _SETTING.match(text)
    if m is None or _EVENT_NOUN.search(text, m.end()):
        return set()
    end = m.end()
    out = set()
    for t in direct:
        r = readings[t]
        spans = [s for spans in (*r.people.values(), *r.sides.values()) for s in spans]
        if r.generic or r.places or not spans:
            continue
        if all(a >= end for a, _ in spans + r.specific):
            out.add(t)
    return out


def _told_by_its_setting(
    p: TrackProfile,
    r: _Reading,
    view: SentenceView,
    anaphors: Sequence[Span],
    paragraph_state: dict[str, bool],
    previous_state: dict[str, bool],
    topics: dict[str, bool],
    direct: set[str],
) -> tuple[bool, str] | None:
    """The track whose anaphor opens a sentence telling its event by its setting ("The visit
    comes as France and the EU seek closer links …, to offset US President Donald Trump's
    tariffs"), when the paragraph (or, opening one, the one before) or the article's headline
    is about it: whoever the background names is not its event (``_only_in_the_setting``).
    Not when another track is named there directly, or the sentence puts it elsewhere."""
    m = _SETTING.match(view.text)
    if m is None or direct - {p.track_id} or r.off_venue():
        return None
    if not any(a < m.end() for a, _ in anaphors):
        return None
    status = _carried_status(p.track_id, view, paragraph_state, previous_state, topics)
    return None if status is None else (status, "anaphor")


def _carried_status(
    track_id: str,
    view: SentenceView,
    paragraph_state: dict[str, bool],
    previous_state: dict[str, bool],
    topics: dict[str, bool],
) -> bool | None:
    """The status a track carries into this sentence: from its paragraph so far (the previous
    paragraph's at a paragraph's start), else from the article's topic; None when neither."""
    state = previous_state if view.first_in_paragraph else paragraph_state
    if track_id in state:
        return state[track_id]
    return topics.get(track_id)


def _settle(
    direct: set[str],
    profiles: Sequence[TrackProfile],
    readings: dict[str, _Reading],
    topics: dict[str, bool],
    focus: dict[str, int],
    first_own: dict[str, int],
    text: str = "",
    own_venue: set[str] | frozenset[str] = frozenset(),
) -> set[str]:
    """Drop a track that matches only through what another matching track shares (its
    parties or people), when the other is named more specifically; when neither is, the one
    the article's headline or lead is about keeps the sentence ("the meeting with Putin" in
    an article about the Budapest summit is not the Alaska summit), or else the one the
    article names clearly more often (by two sentences or more) through its own places and
    keywords, or else the one it names first through them.

    Each pair is decided by its own relation (``_outranks``), never by the order of the
    tracks or their ids, and a track gives way only to one that is itself kept
    (``_unbeaten``)."""
    if len(direct) < 2:
        return direct
    kept = {
        b
        for b in direct
        if not any(a != b and _event_of(readings[a], readings[b], text) for a in direct)
    }
    arbiter = _Arbiter(
        {p.track_id: p for p in profiles}, readings, topics, focus, first_own, text, own_venue
    )
    beaten_by = {b: {a for a in kept if a != b and arbiter.outranks(a, b)} for b in kept}
    return _unbeaten(beaten_by, {t: _score(readings[t]) for t in kept})


@dataclass(frozen=True)
class _Arbiter:
    """What decides between two tracks reading one sentence (``_settle``)."""

    by_id: dict[str, TrackProfile]
    readings: dict[str, _Reading]
    topics: dict[str, bool]
    focus: dict[str, int]
    first_own: dict[str, int]
    text: str
    own_venue: set[str] | frozenset[str]

    def outranks(self, a: str, b: str) -> bool:
        """Whether ``a`` takes the sentence from ``b``: the first of these that tells the two
        apart decides, the same whichever is asked first: (1) of two talks, one is named by
        two of its parties and the other by the shared one alone, a keyword aside
        (``_pair_of_the_other``: "Norwegian and Chilean negotiators reach a salmon deal" is
        the Norway–Chile talks', not Norway–Peru talks' by "salmon deal"); (2) one names the event by
        a word of its own and the other does not, nor anything of its own ("Washington called
        off the summit": not Moscow's talks); (3) one scores higher and names something of
        its own the other does not; (4) neither names anything of its own and the article is
        about one (``_nearer_topic``). A track named by the noun of its own kind of event
        (``_its_own_event_word``) is not taken from by (3) or (4)."""
        ra, rb = self.readings[a], self.readings[b]
        pa, pb = self.by_id[a], self.by_id[b]
        shared = (
            (set(ra.sides) & set(rb.sides))
            or (pa.side_codes & pb.side_codes)
            or _people_shared(ra, {b: rb}, {b})
        )
        if not shared or (_own_places(ra, rb) and _own_places(rb, ra)):
            return False  # each named by a venue of its own: two events of one sentence
        if pa.family is pb.family is KindFamily.CHANNEL and (
            _pair_of_the_other(ra, rb) or _pair_of_the_other(rb, ra)
        ):
            return _pair_of_the_other(ra, rb)
        named = _names_event_only(ra, rb), _names_event_only(rb, ra)
        if any(named):
            return named[0]
        told = (
            _told_as_a_visit(pa, ra, pb, rb, self.text),
            _told_as_a_visit(pb, rb, pa, ra, self.text),
        )
        if any(told):
            return told[0]
        met = self._told_as_a_meeting(a, b), self._told_as_a_meeting(b, a)
        if any(met):
            return met[0]
        return self._clearer(a, b) == a and not _its_own_event_word(pb, rb, pa, ra, self.text)

    def _told_as_a_meeting(self, a: str, b: str) -> bool:
        """``_told_as_a_meeting`` for a sentence naming two or more of the meeting's people,
        each of them one of the visit's too ("Xi and Trump would meet"; not "Modi and Trump
        talk trade" for a meeting of Modi and another leader), unless the article is about the visit and not the
        meeting: there, talks of its people are the visit's ("the same day he and Xi held
        talks", in a report of the visit announced)."""
        ra, rb = self.readings[a], self.readings[b]
        return (
            _the_same_people(ra, rb)
            and (b not in self.topics or a in self.topics)
            and _told_as_a_meeting(self.by_id[a], ra, self.by_id[b], self.text)
        )

    def _clearer(self, a: str, b: str) -> str | None:
        """Which of the two the sentence is more clearly about, by the score when one names
        something of its own the other does not, else by the article's topic when neither
        does; None when neither tells."""
        ra, rb = self.readings[a], self.readings[b]
        own_a, own_b = _own(ra, rb), _own(rb, ra)
        if own_a and own_b:
            return None
        if own_a or own_b:
            score_a, score_b = _score(ra), _score(rb)
            if own_a and score_a > score_b:
                return a
            if own_b and score_b > score_a:
                return b
            return None
        args = (self.topics, self.focus, self.first_own, self.by_id, self.own_venue)
        if _nearer_topic(a, b, *args):
            return a
        if _nearer_topic(b, a, *args):
            return b
        return None


def _names_event_only(r: _Reading, other: _Reading) -> bool:
    """Whether ``r`` names the event by a word of its own and the other reading names neither
    the event nor anything of its own."""
    return _names_event(r) and not _names_event(other) and not _own(other, r)


def _unbeaten(beaten_by: dict[str, set[str]], score: dict[str, int]) -> set[str]:
    """The tracks kept when each gives way only to one that is kept itself: a track beaten by
    none is kept, a track beaten by a kept one is dropped, and one whose every rival is
    dropped is kept. What a cycle leaves undecided ("a" over "b" over "c" over "a") is
    settled by the tracks' scores there, the highest kept (all of them on a tie), never by
    their ids or order."""
    kept: set[str] = set()
    dropped: set[str] = set()
    undecided = set(beaten_by)
    while undecided:
        settled = _propagate(undecided, beaten_by, kept, dropped)
        if not settled:
            best = max(score[t] for t in undecided)
            kept.update(t for t in undecided if score[t] == best)
            undecided -= kept
    return kept


def _propagate(
    undecided: set[str], beaten_by: dict[str, set[str]], kept: set[str], dropped: set[str]
) -> bool:
    """One pass of ``_unbeaten``: whether it decided any track."""
    decided = False
    for t in list(undecided):
        if beaten_by[t] & kept:
            dropped.add(t)
        elif beaten_by[t] <= dropped:
            kept.add(t)
        else:
            continue
        undecided.discard(t)
        decided = True
    return decided


def _its_own_event_word(
    pb: TrackProfile, rb: _Reading, pa: TrackProfile, ra: _Reading, text: str
) -> bool:
    """Whether ``b`` is named by its people and by the noun of its own kind of event (a
    visit or trip for a visit; an agreement, accord, deal, pact or treaty for an accord)
    that ``a``'s words do not claim ("arrives on a state visit, months after the trade
    pact", docs/lexicon.md "Tracks that share people"): a sentence that tells both events is
    evidence for each."""
    own = _KIND_NOUN.get(pb.kind)
    if own is None or pa.family is pb.family or not rb.people:
        return False
    theirs = ra.specific + ra.generic
    return any(
        not _overlaps(span, theirs) and own.fullmatch(text[span[0] : span[1]]) is not None
        for span in rb.generic
    )


def _told_as_a_visit(
    pa: TrackProfile, ra: _Reading, pb: TrackProfile, rb: _Reading, text: str
) -> bool:
    """Whether ``a``, a visit, takes the sentence from ``b``, another encounter of its people,
    because the only event word either finds is what a visit is called ("made no mention of
    either visit", "the trip was not discussed"): ``b`` holds the word only as one of its
    family's, not as a name of its own. The visit's first person, its visitor, is named and
    the visit goes nowhere the sentence says (not "his two-day visit to Korea", the trip
    to the other's venue)."""
    if pa.kind is not TrackKind.VISIT or pb.kind is TrackKind.VISIT or 0 not in ra.people:
        return False
    noun = _KIND_NOUN[TrackKind.VISIT]
    spans = rb.specific + rb.generic
    return (
        bool(spans)
        and all(
            span in ra.generic and noun.fullmatch(text[span[0] : span[1]]) is not None
            for span in spans
        )
        and not any(
            noun.fullmatch(text[a:b]) is not None and _GOES_SOMEWHERE.match(text, b)
            for a, b in ra.generic
        )
    )


def _the_same_people(r: _Reading, other: _Reading) -> bool:
    """Whether ``r`` reads two or more of its people and ``other`` reads each of them too."""
    theirs = [span for spans in other.people.values() for span in spans]
    return len(r.people) >= 2 and all(
        _overlaps(span, theirs) for spans in r.people.values() for span in spans
    )


def _told_as_a_meeting(pa: TrackProfile, ra: _Reading, pb: TrackProfile, text: str) -> bool:
    """Whether ``a``, a meeting or summit, takes the sentence from ``b``, a visit of its
    people, because the sentence tells a meeting and nothing of a visit: ``a`` is named by a
    meeting word ("hoped the two leaders would meet", "a summit between them", "after the
    talks") and the sentence has no visit word, no arrival and no journey to a place ("will
    come to Washington"). A meeting is what a visit may hold, but a sentence that tells only
    the meeting is the meeting's."""
    if (
        pb.kind is not TrackKind.VISIT
        or pa.kind is TrackKind.VISIT
        or pa.family is not KindFamily.ENCOUNTER
    ):
        return False
    return (
        any(_A_MEETING_WORD.fullmatch(text[x:y]) is not None for x, y in ra.specific + ra.generic)
        and _TOLD_A_VISIT.search(text) is None
        and _A_JOURNEY_TO.search(text) is None
    )


# What a meeting is called, or told by its verb: "meet", "the meeting", "talks", "summit".
_A_MEETING_WORD = re.compile(r"(?:meet(?:s|ing|ings)?|met|talks|summit(?:s|ry)?)", re.IGNORECASE)
# A journey told by its verb and where it goes: "will come to Washington", "flew to Seoul".
_A_JOURNEY_TO = re.compile(
    r"\b(?:travel\w*|com(?:e|es|ing)|came|go(?:es|ing)?|went|head(?:s|ed|ing)?|"
    r"fl(?:y|ies|ying|ew))\s+to\b",
    re.IGNORECASE,
)


# "a visit to Korea", "the trip in Alaska": the place a visit word goes on to name.
_GOES_SOMEWHERE = re.compile(r"\s+(?:to|in|at)\b", re.IGNORECASE)


# What an accord is called (one or many).
_ACCORD_NOUNS: Final = r"(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies))"
# The nouns of one kind of event and no other: what a visit or an accord is called.
_KIND_NOUN: Final[dict[TrackKind, re.Pattern[str]]] = {
    TrackKind.VISIT: re.compile(r"(?:state\s+)?(?:visit|trip|journey)s?", re.IGNORECASE),
    TrackKind.INITIATIVE: re.compile(_ACCORD_NOUNS, re.IGNORECASE),
}


# A visit told by its own words: the visit, the trip, a leader arriving, flying in or
# landing (docs/lexicon.md, "Tracks that share people").
_TOLD_A_VISIT = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trips?|journey|fl(?:ew|ies|y)\s+in|arriv(?:e|es|ed|ing|al)|"
    r"lands\s+in|landed\s+in|touch(?:ed|es)\s+down)\b",
    re.IGNORECASE,
)


def _a_visit_of_its_people(
    p: TrackProfile,
    r: _Reading,
    readings: Mapping[str, _Reading],
    visits: frozenset[str],
    text: str,
) -> bool:
    """Whether a talks, channel or group track is tied to a sentence that tells a visit only
    by people or parties it shares with a visit track named there: none of its keywords,
    places or event words is in the sentence ("Starmer flew in with a delegation of 125" is
    his visit's, not the trade agreement Starmer and Modi signed)."""
    if p.family is KindFamily.ENCOUNTER or r.specific or r.places or r.generic:
        return False
    return _TOLD_A_VISIT.search(text) is not None and any(
        v != p.track_id and v in readings and readings[v].people for v in visits
    )


def _give_up_to_a_visit(
    readings: dict[str, _Reading], by_track: Mapping[str, TrackProfile], visits: frozenset[str]
) -> None:
    """A meeting held in one place gives a sentence up to a visit read there: the sentence
    tells a journey to one of its sides' countries, not to its venue ("Xi would visit the
    United States", for a meeting of the US and China in South Korea, beside Xi's US visit),
    and the visit reads one of the people the meeting reads there; the meeting's reading then puts its event
    elsewhere. With no visit track beside it, the visit may be the track's own event
    ("Quispe will pay a state visit to Ghana", for a summit) and the reading stays."""
    guests = [
        span
        for v in visits
        if v in readings
        for spans in readings[v].people.values()
        for span in spans
    ]
    if not guests:
        return
    for t, r in list(readings.items()):
        if (
            r.visit_away
            and not r.venue_conflict
            and by_track[t].kind is not TrackKind.VISIT
            and any(_overlaps(span, guests) for spans in r.people.values() for span in spans)
        ):
            readings[t] = _put_elsewhere(r)


def _put_elsewhere(r: _Reading) -> _Reading:
    """A copy of ``r`` that puts its event elsewhere (a reading is never changed once made:
    one remembered is shared)."""
    return replace(r, venue_conflict=True)


def _an_accord_not_the_visit(
    p: TrackProfile,
    r: _Reading,
    readings: Mapping[str, _Reading],
    accords: frozenset[str],
    text: str,
) -> bool:
    """Whether a visit is tied to a sentence about an accord only by what it shares with it:
    the sentence calls its event an agreement, deal or pact, which an accord sharing one of the
    visit's people reads there by its own words (and by a person or party of its own when the
    visit has one there), and names none of the visit's keywords, places or event words ("The agreement is
    expected to bring £6 billion of investment", after the leaders' meeting)."""
    if p.kind is not TrackKind.VISIT or r.specific or r.places or r.generic:
        return False
    if _AN_ACCORD.search(text) is None:
        return False
    # the accord named by its words and tied to the sentence at least as the visit is
    tied = bool(r.people or r.sides)
    return any(
        a in readings
        and (readings[a].specific or readings[a].generic)
        and (bool(readings[a].people or readings[a].sides) or not tied)
        for a in accords
    )


def _countries(p: TrackProfile) -> frozenset[str]:
    """The track's sides that are countries or organisations (its people without a known
    party aside)."""
    return frozenset(code for code in p.side_codes if not code.startswith("actor:"))


def _visits_before_a_deal(
    raw: set[str],
    readings: Mapping[str, _Reading],
    deal_makers: Mapping[str, frozenset[str]],
    text: str,
    told: set[str],
) -> set[str]:
    """The visits a sentence names only by their people or parties, with no word of a visit
    and no place of their own, while it calls its event a deal or agreement and the talks or
    accord of the same countries is told in the article by words of its own ("Trump said he
    had signed the largest trade deal in history with Japan", in a report of the tariff
    talks): the deal is the talks' (docs/lexicon.md "Tracks that share people")."""
    out: set[str] = set()
    for t in raw:
        makers = deal_makers.get(t)
        r = readings[t]
        if not makers or r.specific or r.places or r.generic:
            continue
        if _AN_ACCORD.search(text) is None:
            continue
        if any(a in told for a in makers):
            out.add(t)
    return out


# The kinds whose event is an agreement or deal: an accord, and the talks that negotiate one.
_DEAL_MAKERS: Final = frozenset({TrackKind.INITIATIVE, TrackKind.TALKS})
_AN_ACCORD = re.compile(rf"\b{_ACCORD_NOUNS}\b", re.IGNORECASE)


def _parties_named(r: _Reading) -> int:
    """How many of the track's parties the sentence names (its people aside)."""
    return sum(not side.startswith("actor:") for side in r.sides)


def _pair_of_the_other(r: _Reading, other: _Reading) -> bool:
    """Whether ``r`` names two of its parties or more and the other reading only one of
    them, with no person or place of its own: the sentence tells of ``r``'s pair ("US,
    Chinese negotiators reach consensus" is US–China talks, not US–India talks by a shared
    side and a keyword)."""
    return (
        _parties_named(r) >= 2
        and len(other.sides) == 1
        and set(other.sides) <= set(r.sides)
        and not other.people
        and not other.places
    )


def _own_places(r: _Reading, other: _Reading) -> bool:
    """Whether ``r`` names a place of its own the other reading does not ("met on August 15
    in Alaska, agreeing there to hold another round of talks in Budapest")."""
    return any(not _overlaps(span, other.places) for span in r.places)


def _by_recency(
    mentions: list[Mention], prior: list[str], by_track: Mapping[str, TrackProfile]
) -> list[Mention]:
    """A sentence's mentions in the order they join the paragraph's recent tracks: those
    told of before keep the order they had (the one told of last stays last), so two tracks
    the sentence names alike are not ranked by the order they were listed in; those new to
    the paragraph join in the order the sentence tells them (``_told_last``)."""
    return sorted(
        mentions,
        key=lambda m: (
            (prior.index(m.track_id), (0, 0), ("", ""))
            if m.track_id in prior
            else _told_last(m, by_track[m.track_id])
        ),
    )


def _told_last(m: Mention, p: TrackProfile) -> tuple[int, tuple[int, int], tuple[str, str]]:
    """Where a track new to the paragraph joins it: before every track told of earlier, and
    among the new ones by where the sentence last names it ("Trump accepts Xi's invitation,
    invites Xi for state visit": the visit, named by its last words, is told of last); two
    the sentence names by the same words go by their kinds and their own names (what the
    track is, not what it is called or where it is listed), so that which one an anaphor
    after them refers to does not hang on the order the tracks were listed in."""
    spans = m.all_spans()
    told = (max(b for _, b in spans), -min(a for a, _ in spans)) if spans else (-1, -1)
    return (-1, told, (p.kind.value, p.specific.pattern if p.specific is not None else ""))


def _placed_last(recent: list[str], readings: Mapping[str, _Reading]) -> list[str]:
    """The paragraph's tracks, most recent last, with those the sentence names by a place of
    their own moved last: a status cue with no other name carries on the event put at its
    place ("Preparations for the meeting of the two presidents are in their final phase. It
    will be held in Porto" is the Porto summit's, whichever of two summits of the same
    presidents was listed first)."""
    placed = [
        t
        for t in recent
        if t in readings
        and any(
            _own_places(readings[t], readings[o]) if o in readings else readings[t].places
            for o in recent
            if o != t
        )
    ]
    if not placed:
        return recent
    return [t for t in recent if t not in placed] + placed


def _one_referent(
    mentions: list[Mention], recent: list[str], topics: dict[str, bool]
) -> list[Mention]:
    """An anaphor ("the summit", "the two sides") refers to one event: among the tracks a
    sentence continues only through an anaphor or a cue, keep the article's own (headline
    or lead) and else the one mentioned last; tracks the sentence names stay. An event
    word inside the anaphor ("the summit" for a track whose keyword is "summit") names no
    track of its own when the paragraph (or, for its first sentence, the one before) has
    named just one of them: the anaphor refers to that one ("… agreed to meet in Budapest.
    However, the summit was later postponed" is the Budapest summit's, not every
    summit's)."""
    loose = [
        m
        for m in mentions
        if not m.direct
        and not m.actor_spans
        and all(_overlaps(k, m.anaphor_spans) for k in m.keyword_spans)
    ]
    named = [m for m in loose if m.track_id in recent]
    if len(loose) >= 2 and len(named) == 1:
        return [m for m in mentions if m not in loose or m is named[0]]
    weak = [m for m in loose if not m.keyword_spans]
    if len(weak) < 2:
        return mentions

    def rank(m: Mention) -> tuple[int, int]:
        order = recent.index(m.track_id) if m.track_id in recent else -1
        return (1 if m.track_id in topics else 0, order)

    best = max(weak, key=rank)
    return [m for m in mentions if m not in weak or m is best]


def _continues(  # noqa: C901 - one rule per way a sentence carries on
    p: TrackProfile,
    r: _Reading,
    view: SentenceView,
    anaphors: list[Span],
    paragraph_state: dict[str, bool],
    previous_state: dict[str, bool],
    recent: list[str],
    topics: dict[str, bool],
    direct: set[str],
    last_matched: set[str],
    one_line_before: bool = False,
    *,
    bridged: dict[str, bool] | None = None,
    people_shared: bool = False,
) -> tuple[bool, str] | None:
    """The inherited context flag and how the sentence continues track ``p``, else None:
    always None for a track neither the paragraph, the one before nor the article's
    headline or lead is about (``match_tracks`` does not ask then).

    Never when the sentence names people of other parties beside fewer of the track's own
    people than a match needs ("Trump and Zelensky met at the White House"): their event
    is another."""
    if (
        p.track_id in last_matched
        and _ATTENDANCE.match(view.text)
        and not direct - {p.track_id}
        and not r.off_venue()
    ):
        # "Joining from Kyiv was Zelensky, with leaders from …": who else took part in the
        # event the sentence before told of, whatever their parties.
        state = paragraph_state if p.track_id in paragraph_state else previous_state
        if p.track_id in state:
            return state[p.track_id], "subject"
    if (
        _other_people(r)
        and len(r.people) < max(2, p.need)
        and not _others_in_side_clause(view.text, anaphors, view.cue_starts, r)
        and not (p.family is KindFamily.GROUP and _the_groups_own(view.text, anaphors))
        and not (p.kind in _MANY_SIDED and _co_attendees(view.text, r))
    ):
        # A group's meeting has members of many parties: "The United States was
        # represented at the meeting by Rubio" still tells of the coalition's.
        return None
    named = bool(r.people or r.sides or r.places or r.specific)
    others_direct = bool(direct - {p.track_id})
    if r.context and others_direct:
        return None  # the earlier event the sentence names is another track's own
    if _its_side_carries_on(p, r, view.text, last_matched, others_direct):
        # "The Afghan side said it wanted a written guarantee", after the talks' sentence
        state = previous_state if view.first_in_paragraph else paragraph_state
        if p.track_id in state:
            return state[p.track_id], "side"
    if view.first_in_paragraph:
        if (anaphors or (view.same_speaker and view.has_cue)) and p.track_id in previous_state:
            return previous_state[p.track_id], "anaphor" if anaphors else "cue"
        if (
            bridged
            and p.track_id in bridged
            and not previous_state
            and not others_direct
            and not r.off_venue()
            and (p.family is KindFamily.GROUP or not r.others)
            and any(_EVENT_NOUN.search(view.text, a, b) for a, b in anaphors)
        ):
            # "After the summit, Witkoff said …" below a line that told of no event.
            return bridged[p.track_id], "anaphor"
        if (
            view.has_cue
            and p.track_id in topics
            and _about_the_topic(p, r, view, anaphors, others_direct)
        ):
            return topics[p.track_id], "topic"
        if anaphors and _the_articles_event(p, r, view.text, anaphors, topics, others_direct):
            return topics[p.track_id], "anaphor"
        if _a_side_of_the_topic(p, r, view.text, topics, others_direct):
            return topics[p.track_id], "side"
        if (
            p.track_id in previous_state
            and len(r.people) >= min(2, len(p.people))
            and not _other_people(r)
            and not r.off_venue()
            and (not others_direct or (len(r.people) >= 2 and not people_shared))
            and _a_person(p, r)
            and len(view.text.split()) >= _CLAUSE_WORDS
        ):
            # "Rubio and I understand the need for regular contact," Lavrov said.
            return previous_state[p.track_id], "person"
        if p.track_id in previous_state and _carries_on(p, r, view, last_matched, others_direct):
            if _same_subject(view):
                return previous_state[p.track_id], "subject"
            if (
                r.people
                or r.generic
                or (r.places and _EVENT_PRONOUN.search(view.text))
                or view.has_cue
                or (one_line_before and r.side_count() == 1)
            ):
                return previous_state[p.track_id], "opener"
        if p.track_id in topics and not others_direct and _opens_on_the_event(r, view.text):
            return topics[p.track_id], "anaphor"
        return None
    if p.track_id in paragraph_state:
        if anaphors:
            return paragraph_state[p.track_id], "anaphor"
        if r.generic or named:
            if r.generic and _carries_on(p, r, view, last_matched, others_direct):
                return paragraph_state[p.track_id], "subject"
            if not r.generic and not r.others and _a_person(p, r):
                return paragraph_state[p.track_id], "person"
            if (
                not r.generic
                and view.same_speaker
                and _carries_on(p, r, view, last_matched, others_direct)
            ):
                # "Our return empty-handed shows they have given up on Kabul," he said.
                return paragraph_state[p.track_id], "subject"
            return paragraph_state[p.track_id], "event" if r.generic else "named"
        if (
            view.has_cue
            and not others_direct
            and not r.others
            and recent
            and recent[-1] == p.track_id
        ):
            return paragraph_state[p.track_id], "cue"
        if _same_subject(view) and _carries_on(p, r, view, last_matched, others_direct):
            return paragraph_state[p.track_id], "subject"
        return None
    if (
        view.has_cue
        and p.track_id in topics
        and _about_the_topic(p, r, view, anaphors, others_direct)
    ):
        return topics[p.track_id], "topic"
    if anaphors and _the_articles_event(p, r, view.text, anaphors, topics, others_direct):
        return topics[p.track_id], "anaphor"
    if _a_side_of_the_topic(p, r, view.text, topics, others_direct):
        return topics[p.track_id], "side"
    return None


# A denial whose object points back to what was reported ("dismissed those reports",
# "formally denied the rumours", "rejected the media reports as baseless"); a report named
# by what it says ("denied reports that …") names its own event and is read as such.
_REPORTS_DENIED = re.compile(
    r"\b(?:dismiss(?:ed|es|ing)?|den(?:y|ies|ied|ying)|reject(?:ed|s|ing)?|rebuff(?:ed|s|ing)?"
    r"|refut(?:e|ed|es|ing)|rubbish(?:ed|es|ing)?|brush(?:ed|es|ing)?\s+aside"
    r"|play(?:ed|s|ing)?\s+down)\s+"
    r"(?:those|these|the|such|that|this)\s+(?:(?:media|press|latest|recent)\s+)?"
    r"(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\b(?!\s+(?:that|of|about|on)\b)",
    re.IGNORECASE,
)


def _denies_what_went_before(
    p: TrackProfile, r: _Reading, view: SentenceView, last_matched: set[str], direct: set[str]
) -> bool:
    """Whether the sentence denies, in so many words, the reports the sentence before it
    told of the track's event (and names no event, nor another party, of its own)."""
    return (
        p.track_id in last_matched
        and _EVENT_NOUN.search(view.text) is None
        and not direct - {p.track_id}
        and not r.others
        and not r.off_venue()
        and _REPORTS_DENIED.search(view.text) is not None
    )


# An event told as one of officials below leaders: "talks between the national security
# advisers of the two neighbours", "foreign secretary-level talks", "a meeting of the two
# foreign ministers".
_OFFICIALS_TITLES = (
    r"(?:national\s+security\s+advis[eo]rs?|NSAs|(?:foreign|defen[cs]e|trade|finance)\s+"
    r"(?:secretar(?:y|ies)|ministers?)|vice[-\s]ministers|deputy\s+ministers|senior\s+officials"
    r"|officials|envoys|diplomats|negotiators|delegations|sherpas|aides)"
)
_OFFICIALS_EVENT = re.compile(
    r"\b(?P<a>talks|negotiations|meetings?|dialogue|consultations)\s+"
    r"(?:(?:planned|scheduled|proposed|due|expected)\s+)?(?:between|of|among)\s+(?:the\s+)?"
    r"(?:two\s+)?(?:countries['’]\s+|sides['’]\s+|nations['’]\s+)?(?:top\s+)?"
    + _OFFICIALS_TITLES
    + r"\b|\b(?:NSA|(?:foreign|defen[cs]e)\s+secretary|(?:vice-|deputy\s+)?ministerial|official)"
    r"[-\s]level\s+(?P<b>talks|negotiations|meetings?|dialogue|consultations)\b",
    re.IGNORECASE,
)
# "the talks", "those talks", "the talks called off last month": an event already told of.
_DEFINITE_EVENT = re.compile(
    r"\b(?:the|those|these|that|this)\s+(?P<noun>talks|negotiations|meetings?|dialogue|"
    r"consultations)\b",
    re.IGNORECASE,
)


def _officials_event_instead(
    p: TrackProfile, r: _Reading, text: str, officials_events: dict[str, set[str]]
) -> bool:
    """Whether a sentence that would carry on a leaders' encounter tells instead of an event
    of officials below them, named as such or by the noun the article gave that event
    ("In the talks called off last month, …" after "Talks between the advisers were called
    off"). Remembers the noun. Never when the sentence names the track's people."""
    if not p.leaders or p.kind not in LEADERS_KINDS or r.people or r.specific:
        return False
    m = _OFFICIALS_EVENT.search(text)
    if m is not None:
        noun = (m.group("a") or m.group("b")).lower()
        officials_events.setdefault(p.track_id, set()).add(noun)
        return True
    nouns = officials_events.get(p.track_id)
    if not nouns:
        return False
    told = [n.group(0).lower() for n in _EVENT_NOUN.finditer(text)]
    definite = {d.group("noun").lower() for d in _DEFINITE_EVENT.finditer(text)}
    return bool(told) and all(n in nouns for n in told) and bool(definite & nouns)


# A paragraph's opening marks (a list's bullet, a quotation mark) before its first word.
_OPENING_MARKS = re.compile(r"[\s*•·\-–—\"“‘']*")
# What names other sides right after the event word: "Talks between …", "Talks with …".
_WHOSE_EVENT = re.compile(r"\s+(?:between|with|among|involving)\b", re.IGNORECASE)


def _opens_on_the_event(r: _Reading, text: str) -> bool:
    """Whether a paragraph opens on the track's own event word, bare, as its subject
    ("Talks took in trade, rare earths and fentanyl", a wire story's key points under the
    headline; "Negotiations resumed after lunch"), naming no one else's people, party or
    venue: the event the article is about."""
    if r.others or r.off_venue() or _other_people(r) or not r.generic:
        return False
    marks = _OPENING_MARKS.match(text)
    start = marks.end() if marks else 0
    return any(
        a == start and text[a : a + 1].isupper() and not _WHOSE_EVENT.match(text, b)
        for a, b in r.generic
    )


# A sentence whose subject is an event already told of: "The conference will not take place
# at the end of the month", "This summit was meant to …".
_OPENING_EVENT = re.compile(
    r"\A[\"“‘']?\s*(?:The|This|That)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>conference|summit|meeting|gathering|forum|ceremony|visit|trip)\b"
)


def _opens_on_anothers_event(p: TrackProfile, r: _Reading, text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence tied to the track by its parties and a status cue alone opens on
    an event the track's kind is never called ("The conference will not take place as
    planned, … adding that Washington plans its own effort in the Israeli-held areas", for
    Syria–Israel talks): the cue tells of that event, told before, not of the track's."""
    if r.people or r.places or r.specific or r.generic:
        return False
    m = _OPENING_EVENT.match(text)
    if m is None:
        return False
    at = m.start("noun")
    return not any(
        p.kind in anaphor.kinds and any(a <= at < b for a, b in _spans_of(anaphor.pattern, text))
        for anaphor in lexicon.anaphors_in(text)
    )


# A sentence opening on "The" and a gathering named by its own proper name, told as held or
# being held: "The 12th ADMM-Plus, being held in Kuala Lumpur, …", "The Atlantic Forum, held in
# Lisbon every spring, …", "The Raisina Dialogue opens in New Delhi on Monday".
_NAMED_EVENT_HELD = re.compile(
    r"\A[\"“‘']?\s*The\s+(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)"
    r"(?:\s*,\s+(?:being\s+)?(?:held|hosted)|"
    r"\s+(?:is|was|will\s+be|has\s+been)\s+(?:being\s+)?(?:held|hosted)|"
    r"\s+(?:takes|took|will\s+take)\s+place|\s+(?:opens|opened|will\s+open))\b"
)


def _anothers_named_event_held(p: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a sentence tied to the track by its place or parties alone opens on another
    gathering named by its own proper name, told as held there ("The 12th ADMM-Plus, being
    held in Kuala Lumpur, will bring together …", for a meeting of two of its ministers in
    Kuala Lumpur): the cue tells of that gathering. Kept: a sentence naming one of the
    track's people or keywords, or its own event words, and a name made of the track's own
    words ("The Peru–Ghana summit, held in Lisbon")."""
    if r.people or r.specific or r.generic:
        return False
    m = _NAMED_EVENT_HELD.match(text)
    if m is None:
        return False
    return not set(re.findall(r"[\w’'-]+", fold(m.group("name")))) & p.own_words


def _spans_of(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


# A sentence opening by who else attends: "Joining from Kyiv was …", "Also expected at the
# conference was …", "Taking part in the meeting were …", "Among those attending were …".
# Anchored (``\A``): only ever matched at a sentence's start, and a search over a long run of
# spaces stays linear.
_ATTENDANCE = re.compile(
    r"\A[\"“‘']?\s*(?:(?:Also|Likewise)\s+(?:attending|present|joining|taking part|participating|"
    r"expected (?:at|to attend)|in attendance)|Joining (?:from|them|him|her|the|via|by)|"
    r"(?:Attending|Taking part|Participating)\s+(?:were|was|in|from|alongside)|"
    r"Among (?:those|the) (?:attending|present|attendees|participants|guests))\b"
)


# An encounter of many parties, where other parties' leaders attend beside the track's own.
_MANY_SIDED = frozenset({TrackKind.SUMMIT, TrackKind.CONFERENCE})
# "the two leaders", "both presidents": an anaphor of an encounter of two.
_PAIR = re.compile(r"(?:the\s+two|both)\b", re.IGNORECASE)


def gathering_of_many(p: TrackProfile) -> bool:
    """Whether the track is a gathering of many sides: a summit or conference one of whose
    parties is an organisation (APEC, the African Union, the OAS: one the gazetteer knows
    as such, or a party it does not know as a country). "The two leaders" right after a
    sentence on such a summit are two of its guests meeting on its sidelines, not the
    summit."""
    if p.kind not in _MANY_SIDED:
        return False
    orgs = load_gazetteer().organisations
    return p.free_parties is not None or any(code in orgs for code in p.explicit_codes)


# "signed the accord alongside the leaders of the mediating countries: …", "flanked by …":
# the people named after it took part beside the subject.
_BESIDE = re.compile(
    r"\b(?:alongside|flanked\s+by|(?:together|along)\s+with|joined\s+by)\b", re.IGNORECASE
)


def _co_attendees(text: str, r: _Reading) -> bool:
    """Whether the people of other parties the sentence names, beside one of the track's own,
    are all named after "alongside" (or "flanked by", "together with", "joined by"): at a
    summit, fellow participants rather than another event's."""
    beside = _BESIDE.search(text)
    if beside is None or not r.people:
        return False
    return all(m.start >= beside.end() for m in r.others if m.entity.kind == "person")


_LEADERS = re.compile(r"\b(?:leaders|presidents|heads of state)\b", re.IGNORECASE)
# "just before new peace talks begin": another round than the one the article is about.
_ANOTHER = re.compile(
    r"\b(?:another|separate|new|fresh|further)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


# Another occasion than the one an article reports: "another summit", "a further
# meeting", "their next meeting", "a follow-up conference" (not "a second" or "the new"
# summit, which a track planned after an earlier one may be); only once the article has
# told the track's event as held (before it, "the next summit" may be the track itself).
_ANOTHER_OCCASION = re.compile(
    r"\b(?:another|a\s+further|(?:their|the|its|a)\s+next|a\s+follow-up|a\s+subsequent)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _told_held(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence tells its event as held (a held or signed cue, asserted)."""
    return any(
        hit.signal in ("held", "signed") and modality_of(text, hit, lexicon) == "asserted"
        for hit in find_cues(text, lexicon)
    )


def _another_occasion(p: TrackProfile, r: _Reading, text: str) -> bool:
    """Whether a sentence names a planned encounter only as another occasion than this one
    and without the track's place (asked in an article that has told it as held) ("el-Sisi said Egypt
    would host another summit on Gaza", "the Kremlin expects the two to hold their next
    meeting on Russian soil"): that occasion is not the track's."""
    return (
        p.family is KindFamily.ENCOUNTER
        and bool(r.generic)
        and not r.places
        and all(_ANOTHER_OCCASION.search(text, max(0, a - 40), a) for a, _ in r.generic)
    )


def _about_the_topic(
    p: TrackProfile,
    r: _Reading,
    view: SentenceView,
    anaphors: Sequence[Span],
    others_direct: bool,
) -> bool:
    """Whether a sentence with a status cue, anywhere in an article whose headline or lead
    is about ``p``, tells of that event: an anaphor, or an event word that is not "another"
    or a "new" one."""
    if others_direct:
        # "the presidents were willing to hold such a meeting, … taken up by Rubio and
        # Lavrov": the leaders are the summit's, whoever else the sentence names.
        return p.leaders and any(_LEADERS.search(view.text, a, b) for a, b in anaphors)
    if anaphors:
        return True
    return any(
        not _ANOTHER.search(view.text[max(0, a - 40) : a])
        for a, _ in _not_of_another_body(view.text, r.generic, r.others)
    )


def _people_shared(r: _Reading, readings: dict[str, _Reading], others: set[str]) -> bool:
    """Whether a track that matches the sentence directly reads the same people in it."""
    mine = [span for spans in r.people.values() for span in spans]
    return any(
        _overlaps(span, mine)
        for tid in others
        for spans in readings[tid].people.values()
        for span in spans
    )


# An anaphor that names the event itself, not its parties ("both sides", "the leaders").
_EVENT_NOUN = re.compile(
    r"\b(?:summit|meeting|encounter|talks|negotiations|round|consultations|discussions|"
    r"exchanges|event|gathering|conference|forum|visit|trip|call|conversation)\b",
    re.IGNORECASE,
)


def _the_articles_event(
    p: TrackProfile,
    r: _Reading,
    text: str,
    anaphors: Sequence[Span],
    topics: dict[str, bool],
    others_direct: bool,
) -> bool:
    """Whether a sentence refers to the one event its article is about by an anaphor that
    names an event (not "both sides") and names one of its parties or people and nobody
    else ("the Kremlin said dates for the proposed leaders' meeting had not been
    discussed")."""
    return bool(
        any(_EVENT_NOUN.search(text, a, b) for a, b in anaphors)
        and list(topics) == [p.track_id]
        and (r.sides or r.people)
        and not r.others
        and not others_direct
        and not r.off_venue()
    )


# A party told as the talks' own side: "the Afghan side", "the Greek delegation", "Taliban
# negotiators", "Iran's team", "U.S. officials".
_TOLD_AS_A_SIDE = re.compile(
    r"(?:'s|\u2019s)?\s+(?:side|delegation|delegates|negotiators|negotiating\s+team|team|"
    r"officials|envoys|representatives|diplomats)\b"
)


def _its_side_carries_on(
    p: TrackProfile, r: _Reading, text: str, last_matched: set[str], others_direct: bool
) -> bool:
    """Whether a sentence right after one about talks or a channel goes on through one of
    their sides told as a side ("The Afghan side said …", "US officials pressed the
    Taliban …"), naming no other party, person, venue or keyword of its own: the talks told
    last, carried on without a cue."""
    return bool(
        p.family is KindFamily.CHANNEL
        and p.track_id in last_matched
        and r.sides
        and not (r.others or r.people or r.places or r.specific or r.context)
        and not others_direct
        and not r.off_venue()
        and any(_TOLD_AS_A_SIDE.match(text, b) for spans in r.sides.values() for _, b in spans)
    )


def _a_side_of_the_topic(
    p: TrackProfile, r: _Reading, text: str, topics: dict[str, bool], others_direct: bool
) -> bool:
    """Whether a sentence tells of the one event its article is about through one of its
    sides and an event word of the track, naming no other party ("the Kremlin moved to play
    down hopes of a face-to-face meeting" below a headline on the leaders' summit); not an
    event said to be another ("a new round"); for leaders, not "talks" alone (a country
    agreeing to talks is its delegation's)."""
    return bool(
        r.generic
        and r.sides
        and not (
            p.leaders
            and p.kind in LEADERS_KINDS
            and all(_DELEGATION_EVENT.fullmatch(text, a, b) for a, b in r.generic)
        )
        and list(topics) == [p.track_id]
        and not r.others
        and not others_direct
        and not r.off_venue()
        and not r.context
        and any(not _ANOTHER.search(text[max(0, a - 40) : a]) for a, _ in r.generic)
    )


# "the meeting between Macron and Merz", "the summit with Xi": the event of the people named.
_WHOSE_EVENT = re.compile(r"\s+(?:between|with|of)\s+(?:the\s+)?[A-Z]")


def _the_groups_own(text: str, anaphors: Sequence[Span]) -> bool:
    """Whether an anaphor refers to a group's meeting rather than to one between the
    people it goes on to name ("the meeting between Macron and Merz")."""
    return any(not _WHOSE_EVENT.match(text, end) for _, end in anaphors)


# "The summit delay came after Trump held talks with Zelensky": the anaphor is the
# subject; the other people belong to the event a side clause tells of.
_SIDE_CLAUSE = re.compile(r"\b(?:after|before|following|since|when|while|as)\b", re.IGNORECASE)
_OPENS_WITHIN = 4  # characters before a sentence's first word ("“The summit…")


def _others_in_side_clause(
    text: str, anaphors: Sequence[Span], cues: Sequence[int], r: _Reading
) -> bool:
    """Whether the sentence opens with an anaphor for the track's event, tells its status
    by a cue before a side clause's conjunction, and names the people of other parties only
    after that conjunction."""
    if not anaphors:
        return False
    first = min(anaphors)
    if first[0] > _OPENS_WITHIN:
        return False
    clause = _SIDE_CLAUSE.search(text, first[1])
    if clause is None or not any(c < clause.start() for c in cues):
        return False  # the main clause says nothing of the event's status
    return all(m.start >= clause.end() for m in r.others if m.entity.kind == "person")


# The two principals of an event told again as a pair: "the two presidents", "both
# leaders", "the two sides", or "the two" as a subject ("The two went over the agenda").
_PAIR_NOUNS = (
    r"men|women|ministers|foreign\s+ministers|top\s+diplomats|diplomats|officials|envoys|"
    r"negotiators|delegations|teams"
)
# The pair as leaders: the last two leaders named together, not their negotiators ("a
# framework for the leaders to discuss on Thursday", after He Lifeng and Bessent's talks).
_THE_LEADERS = re.compile(
    r"\b(?:(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|"
    r"heads\s+of\s+(?:state|government))|the\s+(?:leaders|presidents)(?!\s+of\b))\b",
    re.IGNORECASE,
)
# The two sides or parties of talks (of a war, or of a summit's two countries, they may be
# other sides than the pair's: "allowing both sides to stop fighting").
_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:sides|parties)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)  # "confidence between the two sides"
# Words ending in -ed that describe a noun after "the two" ("the two armed groups") rather
# than tell what the two did.
_NOT_THEIR_DEED = (
    r"armed|wounded|injured|killed|detained|accused|named|unnamed|related|united|disputed|"
    r"occupied|divided|linked|allied|elected|abducted|kidnapped|captured|released|proposed|"
    r"planned|delayed|postponed|cancell?ed|scheduled|mentioned|aforementioned|hundred|"
    r"bed|seed|need|red|shed|speed"
)
_PAIR_VERBS = (
    r"have|had|has|will|would|could|should|can|may|might|must|are|were|spoke|speak|met|meet|"
    r"talked|talk|last|also|then|later|did|went|sat|shook|made|took|gave|held|hold|agree|"
    r"discuss|said|say|see|saw|spent|began|begin|opened|vowed|vow|sign|signed|exchanged|"
    r"reaffirm|reaffirmed|pledged|pledge|stressed|underlined|expressed|reviewed|issued|"
    r"emphasi[sz]ed|welcomed|announced|noted|called|reached|appeared|posed|walked|"
    r"together|jointly|both|previously|again|each|briefly|reportedly|however"
)
_THE_PAIR = re.compile(
    rf"\b(?:(?:the\s+two|both)\s+(?:{_PAIR_NOUNS})\b|the\s+(?:pair|duo)\b"
    rf"|the\s+two\s+(?=(?:{_PAIR_VERBS})\b|(?!(?:{_NOT_THEIR_DEED})\b)[a-z]+ed\b))",
    re.IGNORECASE,
)


def _pair_spans(
    r: _Reading, text: str, others_direct: bool, family: KindFamily, *, last: bool, leaders: bool
) -> list[Span]:
    """The words by which a sentence tells again of the pair of principals named last
    (``last``; "The two went over the agenda", "both delegations", on talks "both sides
    agreed") or of the two leaders named last (``leaders``; "the two presidents will hold a
    news conference", "the leaders"): none when it names people of another party, another
    track claims it, or it puts the event elsewhere or at an earlier occasion."""
    if others_direct or _other_people(r) or r.off_venue() or r.context:
        return []
    spans = _spans_of(_THE_PAIR, text) if last else []
    if last and family is KindFamily.CHANNEL:
        spans += _spans_of(_SIDES, text)
    if leaders:
        spans += _spans_of(_THE_LEADERS, text)
    return [(a, b) for a, b in spans if not _BETWEEN.search(text[max(0, a - 10) : a])]


def _leader_people(p: TrackProfile, gaz: Gazetteer) -> frozenset[int]:
    """The track's people the gazetteer knows as heads of state or government."""
    out: set[int] = set()
    for i, person in enumerate(p.people):
        known = gaz.person(person.known) if person.known else None
        if known is not None and known.roles and known.roles[0] in _LEADER_ROLES:
            out.add(i)
    return frozenset(out)


def _pair_named(
    mentions: Sequence[Mention], readings: dict[str, _Reading], names: Sequence[NameMention]
) -> set[str] | None:
    """The tracks whose two principals (two of its people, or two of its sides) a sentence
    names together; an empty set when it names two people of no such track instead (another
    pair: "the two" now means them); None when it names no pair at all."""
    pairs = {
        m.track_id
        for m in mentions
        if (rr := readings.get(m.track_id)) is not None
        and (len(rr.people) >= 2 or rr.side_count() >= 2)
    }
    if pairs:
        return pairs
    named = {m.entity.name for m in names if m.entity.kind in _PARTY_KINDS}
    if len(named) >= 2 or any(len(rr.people) >= 2 for rr in readings.values()):
        return set()  # "Moscow demands control of the east, Washington backs Kyiv"
    return None


# Who said a sentence, named around a quotation or a report: '…," Bessent said', '"…,"
# Treasury Secretary Scott Bessent told reporters', '…, said Bessent', 'according to Bessent'.
_SAID_AFTER = re.compile(
    r"\s{1,2}(?:said|says|added|adds|told|tells|noted|wrote|writes|stressed|explained|insisted|"
    r"went\s+on|continued|confirmed|recalled|remarked|argued|posted)\b"
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|noted|wrote|according\s+to)\s{1,2}(?:[A-Z][\w.’'-]{0,30}\s{1,2}){0,5}$"
)
_CLAUSE_END = re.compile(r"\s{0,2}(?:[,.;:]|$)")
# "that meeting", "the talks": an event word pointing back to one told before.
_POINTS_BACK = re.compile(r"\b(?:that|this|the|those|these|such)\s+(?:[\w'’-]+\s+)?$", re.I)


# A sentence's subject before its reporting verb: "Treasury Secretary Scott Bessent",
# "Norwegian minister Ingrid Solberg" (words only, no clause).
_OPENING_SUBJECT = re.compile(r"(?:[\w.’'-]{1,30}\s{1,2}){0,8}")
_QUOTE_SPEAKER = re.compile(r"[,\"”’']\s{0,2}(?:[A-Z][\w.’'-]{0,30}\s{1,2}){0,5}$")


def _speaker_zone(text: str, span: Span) -> Span | None:
    """Where a name and its titles stand as the one who said the sentence: its opening
    subject before a reporting verb ("Treasury Secretary Scott Bessent said on Monday
    that …"), after a quotation ('…," Bessent said'), or after a reporting verb at a
    clause's end ("…, said Bessent"); None when the name stands elsewhere."""
    a, b = span
    before = text[max(0, a - 80) : a]
    if _SAID_AFTER.match(text, b):
        if a <= 80 and _OPENING_SUBJECT.fullmatch(before):
            return (0, b)
        quote = _QUOTE_SPEAKER.search(before)
        if quote:
            return (a - len(before) + quote.start(), b)
    if _SAID_BEFORE.search(before) and _CLAUSE_END.match(text, b):
        return span
    return None


def _only_its_speaker(r: _Reading, text: str, pair_named: bool) -> bool:
    """Whether a track is tied to a sentence only by its person named as the speaker (with
    the titles naming the person's country) and an event word that is another's: one
    pointing back to an event told before ('"I believe that meeting will still be on,"
    Bessent said', after a sentence on the Trump–Xi meeting), or any, when the sentence
    names another event's pair ("Bessent said that Trump will hold talks with Xi"): the
    meeting is not Bessent's trade talks."""
    people = [span for spans in r.people.values() for span in spans]
    if not people or not r.generic or r.places or r.specific:
        return False
    zones = [_speaker_zone(text, span) for span in people]
    if any(zone is None for zone in zones):
        return False
    inside = [z for z in zones if z is not None]
    return all(
        any(z[0] <= a and b <= z[1] for z in inside) for spans in r.sides.values() for a, b in spans
    ) and (pair_named or all(_POINTS_BACK.search(text[max(0, a - 40) : a]) for a, _ in r.generic))


# A group's members counted: "more than 30 European leaders", "Twenty-six countries",
# "leaders from 31 nations", "Representatives of 33 states".
_NUMBER = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|dozens?)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_MEMBERS_COUNTED = re.compile(
    rf"\b(?:(?:more|fewer)\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|"
    rf"approximately\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?{_NUMBER}\s+(?:[A-Z][\w-]{{1,20}}\s+)?(?:leaders|countries|nations|states|"
    rf"members|governments|heads\s+of\s+(?:state|government))\b"
    rf"|\b(?:leaders|representatives|delegations)\s+(?:from|of)\s+"
    rf"(?:more\s+than\s+|some\s+|about\s+|nearly\s+)?{_NUMBER}\s+"
    rf"(?:countries|nations|states)\b",
    re.IGNORECASE,
)


# What may come before a sentence's subject: nothing, or a short phrase of time or place
# ("On Monday", "Late on Tuesday,", "In Paris,").
_SUBJECT_OPENING = re.compile(
    r"(?:[\"“‘']\s?)?(?:(?:On|In|At|Late|Earlier|Later|Last|This|By|Meanwhile)\b[\w ’'.-]{0,30}?,?\s)?"
)


# After a quotation, a speaker given by a title: '…," the French president said'.
_QUOTED_BY = re.compile(r"[,\"”’']\s{0,2}(?:the\s+)?(?:[\w.’'-]{1,30}\s{1,2}){0,4}$")
# A line that ends as a sentence does (not a subhead): "… stayed mild all week."
_SENTENCE_ENDS = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# More verbs of saying after a quotation: '…," the French president declared on Monday'.
_DECLARED_AFTER = re.compile(
    r"\s{1,2}(?:declared|announced|warned|urged|pledged|vowed|asked|acknowledged|observed|"
    r"declares|announces|warns|urges|pledges|vows|asks)\b"
)
# Before a sentence's subject: a short phrase of time or place, then titles ("UN
# Secretary-General António Guterres", "On Monday, the French president").
_SUBJECT_START = re.compile(
    _SUBJECT_OPENING.pattern + r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s{1,2}){0,5}|[Tt]he\s+)"
)
# After the subject, its verb: "also called for", "then spoke", "made a statement".
_ACTS_AFTER = re.compile(
    r"(?:['’]s)?\s{1,2}(?:also\s+|then\s+|later\s+|further\s+|again\s+)?"
    r"(?!(?:and|or|who|which|whose|of|with|in|at|on|to|for|from|by|is|was|has|had)\b)[a-z]{3,}\b"
)


def _the_sentences_subject(text: str, span: Span) -> bool:
    """Whether the name at ``span`` is who speaks or acts in the sentence: its speaker
    (``_speaker_zone``, or '…," the French president said'), or its opening subject before
    a verb ("Macron also called for a moratorium", "UN Secretary-General António Guterres
    also made a statement")."""
    a, b = span
    if _speaker_zone(text, span) is not None:
        return True
    if (_SAID_AFTER.match(text, b) or _DECLARED_AFTER.match(text, b)) and _QUOTED_BY.search(
        text, max(0, a - 80), a
    ):
        return True
    return _SUBJECT_START.fullmatch(text, 0, a) is not None and bool(_ACTS_AFTER.match(text, b))


def _said_or_done_there(
    p: TrackProfile,
    r: _Reading,
    view: SentenceView,
    paragraph_state: dict[str, bool],
    previous_state: dict[str, bool],
    told_before: set[str],
    direct: set[str],
    bridged: dict[str, bool] | None = None,
) -> tuple[bool, str] | None:
    """A summit or conference of many (``gathering_of_many``) carried on by what one of its
    people said or did, told in the sentence right after one of the gathering's own (in its paragraph, or opening the next):
    '"The first answer is multilateralism," Macron said', '… the French president said',
    "Guterres also made a statement". The person is the sentence's speaker or subject;
    others may be named in what is said ("a reply to US President Donald Trump"). Not when
    the sentence names another event (a visit, a meeting, "his last trip"), another track
    or another venue, or the gathering as another occasion ("next year's summit")."""
    state = previous_state if view.first_in_paragraph else paragraph_state
    if (
        view.first_in_paragraph
        and not previous_state
        and bridged
        and p.track_id in bridged
        and p.track_id in told_before
    ):
        # over a subhead that tells of no event: "… attending the conference. | Moratorium
        # on deep-sea mining | Macron also called for a moratorium …"
        state = bridged
    if p.track_id not in state or p.track_id not in told_before:
        return None
    if direct - {p.track_id} or r.off_venue() or _another_occasion(p, r, view.text):
        return None
    text = view.text
    spans = [span for spans in r.people.values() for span in spans]
    if not any(_the_sentences_subject(text, span) for span in spans):
        return None
    own = [span for span in r.generic + r.specific]
    for m in _EVENT_NOUN.finditer(text):
        if not _overlaps((m.start(), m.end()), own):
            return None  # "Macron will then visit Hanoi": another event
    if _TELLS_OF_AN_EVENT.search(text) and not own:
        return None  # "Macron met Lula on Tuesday"
    return state[p.track_id], "person"


# A guest's arrival and welcome: "landed at the airport", "was given a ceremonial welcome",
# "reached the palace", "inspected the guard of honour".
_ARRIVAL_ACT = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|touched\s+down|flew\s+in|reached|"
    r"(?:ceremonial|red[-\s]carpet|warm|official|formal)\s+welcome|welcomed|"
    r"guard\s+of\s+honou?r|gun\s+salute)\b",
    re.IGNORECASE,
)
# A sentence opening on a pronoun subject, after a short phrase of time or place: "He was
# given …", "On Saturday, she landed …".
_PRONOUN_SUBJECT = re.compile(_SUBJECT_OPENING.pattern + r"(?:[Hh]e|[Ss]he)\b")
# An arrival of another occasion: "his last visit", "when he first landed in 2015".
_OTHER_ARRIVAL = re.compile(
    r"\b(?:last|previous|earlier|next|first|former|another|future)\s+(?:\w+\s+)?"
    r"(?:visit|trip|tour|stay|arrival|time)\b",
    re.IGNORECASE,
)


# The many a gathering brings together, counted: "more than 60 world leaders", "some 70 heads
# of state and government", "dozens of delegations".
_MANY_COUNTED = re.compile(
    r"\b(?:(?:more|fewer)\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:\d{2,3}|dozens\s+of)\s+(?:world\s+|foreign\s+|[A-Z][\w-]{1,20}\s+)?"
    r"(?:leaders|heads\s+of\s+state|delegations|countries|nations)\b",
    re.IGNORECASE,
)


# Words any gathering of many is called by, whatever its analyst typed: "a gathering
# attended by more than 70 world leaders".
_OF_A_GATHERING = frozenset({"gathering", "event", "forum"})


def _its_many_gathered(
    p: TrackProfile,
    r: _Reading,
    view: SentenceView,
    paragraph_state: dict[str, bool],
    previous_state: dict[str, bool],
    topics: dict[str, bool],
    direct: set[str],
) -> tuple[bool, str] | None:
    """A summit or conference of many carried on by its many counted with a status cue ("More
    than 60 world leaders have gathered on the French Riviera", "opened a gathering attended by
    more than 70 world leaders"), in a paragraph after one about it (or its own, or an article
    whose headline or lead is about it). Not when another track is named there, the sentence
    puts it elsewhere, names another event or another occasion ("last year's conference")."""
    text = view.text
    if not view.has_cue or direct - {p.track_id} or r.off_venue() or _other_people(r):
        return None
    if not _MANY_COUNTED.search(text) or _another_occasion(p, r, text):
        return None
    own = r.generic + r.specific
    if any(
        not _overlaps((m.start(), m.end()), own) and m.group(0).lower() not in _OF_A_GATHERING
        for m in _EVENT_NOUN.finditer(text)
    ):
        return None
    status = _carried_status(p.track_id, view, paragraph_state, previous_state, topics)
    return None if status is None else (status, "subject")


def _the_visitors_arrival(
    p: TrackProfile, r: _Reading, view: SentenceView, topics: dict[str, bool], others_direct: bool
) -> tuple[bool, str] | None:
    """A visit, the article's own (its headline or lead), carried on by the guest's arrival
    or welcome told with a status cue and a pronoun or one of its people as the subject:
    "He was given a ceremonial welcome when he landed at the airport on Saturday", though the
    sentence before told of the visit and of a summit the guest is there for. Not when the
    sentence names another track, other parties, another venue or another occasion ("on his
    last visit")."""
    text = view.text
    if not view.has_cue or others_direct or r.others or r.off_venue():
        return None
    subject = _PRONOUN_SUBJECT.match(text) is not None or any(
        _SUBJECT_START.fullmatch(text, 0, a) is not None
        for spans in r.people.values()
        for a, _ in spans
    )
    if not subject or not _ARRIVAL_ACT.search(text) or _OTHER_ARRIVAL.search(text):
        return None
    return topics[p.track_id], "subject"


def _group_described(
    p: TrackProfile, r: _Reading, text: str, others_direct: bool, near: bool
) -> list[Span]:
    """The words by which a sentence tells of a group without its name, in an article that
    names the group near it: its members counted ("more than 30 European leaders restated
    their support"), or its own noun with its members ("a broad coalition of Ukraine's
    allies"); or, anywhere, another name of the group's shape in quotation marks (the
    "coalition of the resolute"). None when another track claims the sentence by more than
    a party and a status cue, or it puts the event elsewhere."""
    if others_direct or r.off_venue() or r.context:
        return []
    spans: list[Span] = []
    if near:
        # the members counted as the sentence's subject: "On Monday more than 30 European
        # leaders restated …", not "a charter signed by 19 countries"
        counted = _MEMBERS_COUNTED.search(text)
        if counted and _SUBJECT_OPENING.fullmatch(text, 0, counted.start()):
            spans.append(counted.span())
    if p.described is not None:
        spans += [
            m.span() for m in p.described.finditer(text) if near or m.group("renamed") is not None
        ]
    return spans


# A paragraph that opens by a pronoun ("He said the date would be announced later.", "It
# was the first such meeting since 2022.", a quotation opening "I", "We" or "You": the
# speaker's own words) carries on the subject of the one before.
# Anchored (``\A``): only ever matched at a sentence's start (a search stays linear).
_PRONOUN_OPENER = re.compile(r"\A(?:[\"“‘']?\s*(?:He|She|It|They)\b|[\"“‘']\s*(?:I|We|You)\b)")
_MIN_WORDS = 3
_CLAUSE_WORDS = 5  # a sentence that says something of its people, not a caption naming them
# "it" for the event, as in "if we have it, I'd like to do it in Budapest".
_EVENT_PRONOUN = re.compile(r"\b(?:it|one)\b", re.IGNORECASE)
# An event word an indefinite article introduces is another event: "a Halloween event",
# "another meeting", "a round of negotiations" (not "a day after the summit").
_INDEFINITE = re.compile(
    r"\b(?:a|an|another|separate)\s+(?:(?!(?:the|this|that|its|their)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _all_indefinite(text: str, spans: Sequence[Span]) -> bool:
    """Whether every event word of a sentence is introduced by an indefinite article ("a
    separate meeting"), or hangs by "of" on one that is ("a full round of negotiations")."""
    previous: Span | None = None
    for a, b in sorted(spans):
        indefinite = bool(_INDEFINITE.search(text[max(0, a - 40) : a])) or (
            previous is not None and bool(_OF.fullmatch(text[previous[1] : a]))
        )
        if not indefinite:
            return False
        previous = (a, b)
    return bool(spans)


def _same_subject(view: SentenceView) -> bool:
    """Whether a sentence keeps the previous one's subject: it opens by a pronoun ("He
    said the date would be announced later."), or goes on with the same speaker's words."""
    return bool(_PRONOUN_OPENER.match(view.text) or view.same_speaker or view.quoted)


def _carries_on(
    p: TrackProfile, r: _Reading, view: SentenceView, last_matched: set[str], others_direct: bool
) -> bool:
    """Whether a sentence naming nothing of any track carries on the subject of the sentence
    before it, which was about ``p`` alone ("The two sides also agreed to meet again next
    month.", "He said the date would be announced later."): not when it names another
    party or another venue, or another track claims it."""
    return (
        last_matched == {p.track_id}
        and not others_direct
        and not r.others
        and not r.off_venue()
        and len(view.text.split()) >= _MIN_WORDS
        and not (
            _all_indefinite(view.text, r.generic)
            # "They set up a permanent ceasefire and a framework for …": what a plan the
            # pronoun carries on lays down, not another event
            and not (
                p.family is KindFamily.GROUP
                and _PRONOUN_OPENER.match(view.text)
                and not any(_ANOTHER.search(view.text[max(0, a - 40) : a]) for a, _ in r.generic)
            )
        )
    )
