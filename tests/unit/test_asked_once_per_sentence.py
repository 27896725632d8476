"""What a track's reading asks of a sentence at a span of it, and of the sentence alone, is
remembered with the sentence (``_Names``) and asked once for every track, and the loops of a
sentence's reading visit only what they would not pass over at once (the tracks a sentence
may carry on, the groups its words may describe, the patterns whose literals are there):
the answers must be those of the full tests, and the readings built on them those of the
per-track formulation below (the reading as it asked each track), on sentences of our own
read with the corpus's tracks (the extraction golden's), the default ones and invented
ones."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import lru_cache

from tests.unit.invented import SUMMIT, TALKS
from tests.unit.test_extraction_golden import tracks as golden_tracks
from tracker.domain.vocabulary import KindFamily
from tracker.extract.gazetteer import Mention as NameMention
from tracker.extract.lexicon import load_lexicon
from tracker.extract.literals import Gated, searchable
from tracker.extract.matching import (
    _A_THIRD_PARTY,
    CompiledTracks,
    Span,
    TrackProfile,
    _at_venue,
    _description_heads,
    _in_order,
    _may_be_described,
    _Names,
    _names_someone_else,
    _not_sides_of_the_talks,
    _only_as_sender,
    _only_the_host,
    _read_people,
    _sender_end,
    _sentence_facts,
    _TitleLink,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

SENTENCES = [
    # people named only as the ones who sent someone: the one sent acts, speaks, or the
    # person takes part after all; a possessive before an event is no sender
    "Quispe's envoy met Mensah in Lisbon, and Quispe joined by phone later.",
    "Quispe's senior aide Lucia Ramos said on Friday that the summit would still go ahead.",
    "Mensah's delegation was received by Quispe in Lisbon.",
    "Trump's special envoy flew to Moscow to see Putin, the Kremlin said.",
    "Putin's foreign-policy adviser told reporters that no date had been set.",
    "Solberg's negotiating team and Rivas's deputy minister will meet in Reykjavik.",
    "Quispe's meeting with Mensah's envoy was cut short.",
    "Zelensky's chief of staff held talks with Rubio, and Zelensky later met Trump.",
    # parties told as the host of another's talks, or outside talks "between the two sides"
    "Norway and Chile resumed talks in Iceland, the host country said.",
    "Chile welcomed the negotiations between the two sides in Reykjavik.",
    "Sudan's warring parties have restarted negotiations in Saudi Arabia.",
    "Qatar said the talks between both sides would continue in Doha next week.",
    "Egypt will host the next round between Israel and Hamas in Cairo.",
    "Talks in Geneva were held for Iran and the United States, with Oman mediating.",
    # places told as venues and as seats of governments, planned for, in a conflict
    "Officials in Washington said the meeting planned for Budapest was off.",
    "The summit in Alaska followed talks in Riyadh and Istanbul.",
    "Peace in Ukraine was the subject of a conference held in Rome.",
    "Ministers gathered in Brussels, ahead of the leaders' summit in The Hague.",
    "Concerns in Tokyo grew before the talks in Beijing were set for Monday.",
    "Nothing of the kind was said.",
]


@lru_cache(maxsize=1)
def _compiled() -> CompiledTracks:
    chosen = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS]
    unique = list({t.id: t for t in chosen}.values())
    return compile_tracks(unique, load_lexicon())


def _person_spans(compiled: CompiledTracks, facts: _Names) -> set[Span]:
    """Every span of the sentence a track's person's name, role or title pattern finds."""
    spans: set[Span] = set()
    for profile in compiled.profiles:
        for q in profile.people:
            for rx in (q.names, q.roles, q.bare_roles, q.title, q.rest):
                spans.update(facts.spans(rx, None))
    return spans


def test_who_sent_someone_is_asked_once_per_span_with_the_full_answer() -> None:
    compiled = _compiled()
    kinds: set[int] = set()
    for text in SENTENCES:
        facts, _ = _sentence_facts(compiled, text)
        spans = _person_spans(compiled, facts) | {(m.start, m.end) for m in facts.names}
        # and spans sharing a start but not an end ("Quispe" of "Quispe's"): one answer each
        spans |= {(a, end) for a, b in spans for end in range(a + 1, b)}
        for span in sorted(spans, key=lambda s: (s[0], -s[1])):
            want = (_only_as_sender(text, span), _sender_end(text, span))
            assert facts.sent_by(span) == want, (text, span)
            assert facts.sent_by(span) == want, (text, span)  # remembered
            kinds.add(want[0])
    # spans of each answer: no sender, one sent who speaks, one sent who acts
    assert kinds == {0, 1, 2}


def test_the_same_person_twice_in_a_sentence_has_an_answer_at_each_span() -> None:
    compiled = _compiled()
    text = SENTENCES[0]
    facts, _ = _sentence_facts(compiled, text)
    first = (0, len("Quispe"))
    later = text.index("Quispe joined")
    second = (later, later + len("Quispe"))
    assert facts.sent_by(first)[0] == 2
    assert facts.sent_by(second) == (0, None)


def test_a_venue_and_a_third_party_are_asked_once_with_the_full_answer() -> None:
    compiled = _compiled()
    venues = seats = thirds = 0
    for text in SENTENCES:
        facts, _ = _sentence_facts(compiled, text)
        starts = {m.start for m in facts.names} | {i for i in range(len(text)) if text[i].isupper()}
        for start in sorted(starts):
            want = _at_venue(text, start)
            assert facts.at_venue(start) == want, (text, start)
            assert facts.at_venue(start) == want, (text, start)
            venues += want
            seats += not want and start in {m.start for m in facts.names}
        want_third = _A_THIRD_PARTY.search(text) is not None
        assert facts.third_party() == want_third, text
        thirds += want_third
    assert venues >= 10 and seats >= 10 and thirds >= 3


def _read_people_per_track(
    profile: TrackProfile,
    facts: _Names,
    seen_people: set[tuple[str, int]],
    present: set[int] | None,
    people_ids: tuple[frozenset[int], ...],
    people: dict[int, list[Span]],
    sides: dict[str, list[Span]],
    senders: list[Span],
    links: Mapping[tuple[str, int], _TitleLink] | None = None,
) -> bool:
    """``_read_people`` asking who sent someone of the text for every track."""
    text = facts.text
    sent = False
    for k, person in enumerate(profile.people):
        if present is not None and k < len(people_ids) and present.isdisjoint(people_ids[k]):
            continue
        names = facts.spans(person.names, present)
        spans = names + [
            span
            for span in facts.spans(person.roles, present)
            if not _names_someone_else(text, span, names)
        ]
        if not spans and (profile.track_id, person.index) in seen_people:
            spans = facts.spans(person.bare_roles, present)
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
    return sent


def test_the_people_a_track_reads_are_each_tracks_own_answer() -> None:
    compiled = _compiled()
    read = sent = with_senders = 0
    for text in SENTENCES:
        facts, present = _sentence_facts(compiled, text)
        for k, profile in enumerate(compiled.profiles):
            ids = compiled.people_ids[k]
            # every person named before, so that bare roles count too
            seen = {(profile.track_id, q.index) for q in profile.people}
            want: tuple[dict[int, list[Span]], dict[str, list[Span]], list[Span]] = ({}, {}, [])
            got: tuple[dict[int, list[Span]], dict[str, list[Span]], list[Span]] = ({}, {}, [])
            want_sent = _read_people_per_track(profile, facts, seen, present, ids, *want)
            got_sent = _read_people(profile, facts, seen, present, ids, *got)
            assert (got_sent, got) == (want_sent, want), (text, profile.track_id)
            read += bool(want[0])
            sent += want_sent
            with_senders += bool(want[2])
    # people read, and people named only as the ones who sent someone (acting or speaking)
    assert read >= 20 and sent >= 10 and with_senders >= 20


def _not_sides_per_track(
    profile: TrackProfile, text: str, sides: dict[str, list[Span]], others: list[NameMention]
) -> None:
    """``_not_sides_of_the_talks`` asking the venue and the third party of the text."""
    if profile.family is KindFamily.CHANNEL and any(m.entity.kind != "person" for m in others):
        venues = [
            (code, span)
            for code, spans in sides.items()
            if code in profile.explicit_codes
            for span in spans
            if _at_venue(text, span[0])
        ]
        _only_the_host(sides, venues)
    if len(sides) == 1 and _A_THIRD_PARTY.search(text):
        sides.clear()


def test_the_sides_of_the_talks_are_each_tracks_own_answer() -> None:
    compiled = _compiled()
    changed = 0
    for text in SENTENCES:
        facts, _ = _sentence_facts(compiled, text)
        others = [m for m, _, _ in facts.parties]
        for profile in compiled.profiles:
            # every party of the sentence as a side of the track, one at a time and all
            every = {code: [(m.start, m.end)] for m, code, _ in facts.parties}
            for sides in [every, *({code: spans} for code, spans in every.items())]:
                want = {code: list(spans) for code, spans in sides.items()}
                got = {code: list(spans) for code, spans in sides.items()}
                _not_sides_per_track(profile, text, want, others)
                _not_sides_of_the_talks(profile, facts, got, others)
                assert got == want, (text, profile.track_id, sides)
                changed += want != sides
    assert changed >= 10


def test_the_tracks_a_sentence_may_carry_on_are_met_in_the_profiles_order() -> None:
    compiled = _compiled()
    profiles = list(compiled.profiles)
    # a track twice (the same id in two profiles) and ids of no profile
    profiles.insert(5, profiles[2])
    positions: dict[str, list[int]] = {}
    for k, p in enumerate(profiles):
        positions.setdefault(p.track_id, []).append(k)
    ids = [p.track_id for p in profiles]
    asked = 0
    for step in range(1, 9):
        tracks = {*ids[::step], *ids[step::11], "no-such-track"}
        for also in [(), tuple(range(0, len(profiles), step + 2)), (len(profiles) - 1, 0)]:
            full = [k for k, p in enumerate(profiles) if p.track_id in tracks or k in also]
            assert _in_order(positions, tracks, also) == full, (step, also)
            asked += len(full)
    assert asked > 500
    # in order whatever order a set of the positions would give
    assert _in_order({"a": [64], "b": [1], "c": [129, 2]}, ["c", "a", "b"], (33,)) == [
        1,
        2,
        33,
        64,
        129,
    ]


# groups told by their own noun with their members after it, or by another name of the same
# shape in quotation marks, and sentences holding none of any group's nouns
DESCRIBED = [
    "A broad coalition of Kyiv's allies met in Paris on Thursday.",
    'Macron called it the "coalition of the resolute" as the leaders gathered.',
    "The board of member states will meet again in March.",
    "Their accords of the Gulf states were signed at the White House.",
    "The coalition said nothing more.",
    "Ministers met in Geneva on Tuesday.",
    "Nothing of the kind was said.",
    *SENTENCES,
]


def test_a_sentence_with_no_groups_noun_holds_no_description() -> None:
    compiled = _compiled()
    groups = [p for p in compiled.profiles if p.described is not None]
    heads = _description_heads(compiled.profiles)
    assert groups and heads
    assert heads == frozenset().union(*(p.described.requires[0] for p in groups if p.described))
    skipped = matched = 0
    for text in DESCRIBED:
        found = [p.track_id for p in groups if p.described and p.described.search(text)]
        if not _may_be_described(heads, text):
            assert found == [], text
            skipped += 1
        matched += bool(found)
    assert skipped >= 10 and matched >= 2


def test_a_description_run_on_every_text_leaves_every_one_asked() -> None:
    compiled = _compiled()
    profiles = list(compiled.profiles)
    k, group = next((k, p) for k, p in enumerate(profiles) if p.described is not None)
    assert group.described is not None
    # the same description, ungated (a head noun whose case the search cannot vouch for)
    profiles[k] = dataclasses.replace(group, described=Gated(group.described.regex, ()))
    heads = _description_heads(profiles)
    assert heads is None
    assert all(_may_be_described(heads, text) for text in DESCRIBED)
    # and a text the lower case cannot vouch for is asked whatever the heads
    assert _may_be_described(frozenset({"coalition"}), "\u0130stanbul talks resumed.")
    assert not _may_be_described(frozenset({"coalition"}), "Istanbul talks resumed.")
    assert re.search("coalition", DESCRIBED[0])


def test_the_patterns_present_are_those_whose_literals_are_all_there() -> None:
    compiled = _compiled()
    dropped = 0
    for text in [*DESCRIBED, "\u0130stanbul talks resumed."]:
        lowered = searchable(text)
        got = compiled.present(text)
        if lowered is None:
            assert got is None
            continue
        found = compiled.index.rules_in(lowered)
        want = {
            key
            for key in found
            if key not in compiled.also or any(w in lowered for w in compiled.also[key])
        }
        assert got == want, text
        dropped += len(found - want)
    assert dropped >= 3
