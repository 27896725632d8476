"""What a sentence names of a person (``matching._person_named``) is asked once per sentence
for every track sharing the person's patterns, and remembered by those patterns, by whether
the article named the person before (their bare role names them only then) and by how
their titles are linked in the article (``_TitleLink``): every track's people must be what
the per-track formulation below reads, whatever the tracks asked before it in the same
sentence and whoever earlier articles named, on sentences of our own read with the
corpus's tracks (the extraction golden's, which share people and titles: several tracks
of the same king, president or pope), the default ones and invented ones."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from tests.unit.invented import SUMMIT, TALKS
from tests.unit.test_extraction_golden import tracks as golden_tracks
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    CompiledTracks,
    Span,
    TrackProfile,
    _Names,
    _names_someone_else,
    _only_as_sender,
    _read_people,
    _sender_end,
    _sentence_facts,
    _TitleLink,
    compile_tracks,
)
from tracker.extract.titles import alone_at, title_of
from tracker.services.tracks import default_tracks

SENTENCES = [
    # titles alone and the rest of a name, for the tracks of one king, pope or president
    "The King told guests in Ottawa that Charles would return next spring.",
    "Charles and the President walked through the gardens before the banquet.",
    "The Pope arrived in Beirut on Sunday, and Leo prayed at the port.",
    "The president said the secretary of state would travel to Beijing.",
    "The Emperor greeted the President at the palace.",
    "The prime minister told reporters the visit would go ahead.",
    # people shared by several tracks, by name and by role, and bare roles
    "Trump and Putin spoke by phone, the Kremlin said.",
    "The foreign minister said Lavrov would meet Rubio in Riyadh.",
    "Xi met the US president on the sidelines of the summit.",
    "Trump's special envoy flew to Moscow to see Putin.",
    "Quispe's envoy met Mensah in Lisbon, and the president joined later.",
    "Solberg said the talks would go on.",
    "Nothing of the kind was said.",
]


@lru_cache(maxsize=1)
def _compiled() -> CompiledTracks:
    chosen = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS]
    return compile_tracks(list({t.id: t for t in chosen}.values()), load_lexicon())


def _people_per_track(
    profile: TrackProfile,
    facts: _Names,
    seen_people: set[tuple[str, int]],
    present: set[int] | None,
    people_ids: tuple[frozenset[int], ...],
    links: Mapping[tuple[str, int], _TitleLink] | None,
) -> tuple[bool, dict[int, list[Span]], dict[str, list[Span]], list[Span]]:
    """``_read_people`` as it read each track's people on its own."""
    text = facts.text
    sent = False
    people: dict[int, list[Span]] = {}
    sides: dict[str, list[Span]] = {}
    senders: list[Span] = []
    for k, person in enumerate(profile.people):
        if present is not None and k < len(people_ids) and present.isdisjoint(people_ids[k]):
            continue
        names = facts.spans(person.names, present)
        spans = names + [
            span
            for span in facts.spans(person.roles, present)
            if not _names_someone_else(text, span, names)
        ]
        link = links.get((profile.track_id, person.index)) if links else None
        if not spans and (profile.track_id, person.index) in seen_people:
            spans = facts.spans(person.bare_roles, present)
        if not spans and link is not None and link.linked:
            spans = [
                s
                for s in facts.spans(person.title, present)
                if alone_at(text, s) and title_of(text, s) not in link.refused
            ]
            spans += facts.spans(person.rest, present)
        if not spans:
            continue
        by = [_only_as_sender(text, span) for span in spans]
        sent = sent or 2 in by
        senders.extend(
            (span[0], _sender_end(text, span) or span[1])
            for span, k in zip(spans, by, strict=True)
            if k
        )
        spans = [span for span, k in zip(spans, by, strict=True) if not k]
        if spans:
            people[person.index] = spans
            sides.setdefault(person.side, []).extend(spans)
    return sent, people, sides, senders


def _settings(
    compiled: CompiledTracks,
) -> list[tuple[set[tuple[str, int]], dict[tuple[str, int], _TitleLink] | None]]:
    """Who earlier articles named and how the titles are linked: no one and none, everyone
    and every title linked, every other person (so that two tracks of one person differ),
    every title linked but refused, and every other title linked."""
    everyone = [(p.track_id, q.index) for p in compiled.profiles for q in p.people]
    titled = [(p, q) for p in compiled.profiles for q in p.people if q.title is not None]
    linked = {(p.track_id, q.index): _TitleLink(True, frozenset()) for p, q in titled}
    refused = {(p.track_id, q.index): _TitleLink(True, q.titles) for p, q in titled}
    alternate = {
        (p.track_id, q.index): _TitleLink(n % 2 == 0, frozenset())
        for n, (p, q) in enumerate(titled)
    }
    return [
        (set(), None),
        (set(everyone), linked),
        (set(everyone[::2]), refused),
        (set(everyone[1::2]), alternate),
        (set(), linked),
    ]


def test_the_people_every_track_reads_are_its_own_whatever_was_asked_before() -> None:
    compiled = _compiled()
    found = titles = bare = 0
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        for seen, links in _settings(compiled):
            for k, profile in enumerate(compiled.profiles):
                ids = compiled.people_ids[k]
                want = _people_per_track(profile, facts, seen, present, ids, links)
                people: dict[int, list[Span]] = {}
                sides: dict[str, list[Span]] = {}
                senders: list[Span] = []
                got = _read_people(
                    profile, facts, seen, present, ids, people, sides, senders, links
                )
                assert (got, people, sides, senders) == want, (text, profile.track_id)
                found += bool(people)
                for q in profile.people:
                    spans = people.get(q.index, [])
                    titles += any(s in facts.spans(q.title, present) for s in spans)
                    bare += any(s in facts.spans(q.bare_roles, present) for s in spans)
    # people read, by title or the rest of a name, and by a bare role
    assert found >= 100 and titles >= 10 and bare >= 10
