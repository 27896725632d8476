"""A track is read in full only where one of its own patterns matches the sentence (or one
of its names has a code the track claims, or a bare role of one of its people named before
is there): a pattern whose literals the sentence holds but which finds no span there
("Solberg" in "Solbergen", "round" in "around", a name inside a longer word) leaves the
track read as any track (``matching._unclaimed``). Checked against a formulation that runs
every pattern of every track on the sentence, and against ``_read`` itself, on sentences of
our own and on the golden's corpus articles, with the golden's tracks, the default ones and
invented ones."""

from __future__ import annotations

import re
from functools import lru_cache

from tests.unit.invented import SUMMIT, TALKS
from tests.unit.test_extraction_golden import golden
from tests.unit.test_extraction_golden import tracks as golden_tracks
from tracker.extract.analysis import analyse
from tracker.extract.lexicon import load_lexicon
from tracker.extract.matching import (
    CompiledTracks,
    TrackProfile,
    _a_bare_role_of_one_named,
    _read,
    _sentence_facts,
    _touched,
    _unclaimed,
    compile_tracks,
)
from tracker.services.tracks import default_tracks

# Sentences holding the words of a track's own patterns inside other words or in another
# order, beside sentences where those patterns match (a person, a place, a keyword).
SENTENCES = [
    "Analysts at Solbergen Bank said the talks would go on.",  # a name inside a longer one
    "Traders gathered around the harbour before the negotiations.",  # "round" in "around"
    "The Mensahville council postponed the summit.",
    "A Reykjavikbased firm denied any role in the talks.",
    "Quispes and other families travelled to the meeting.",
    "The taxi driver modified his route around the summit venue.",
    "A sleek delegation of prosecutors met in Lisbonne.",
    "Rasputin's story was retold before the visit.",
    "The putinesque rally ended before the talks began.",
    "The president-elect of the football club met reporters.",
    "The premiership of the league resumed after the summit.",
    "A minister's cousin said the foreign trip had been planned for weeks.",
    "Prime ministerial hopefuls debated the visit.",
    # the same tracks' patterns matching
    "Solberg said the talks would go on.",
    "Another round of negotiations opened in Reykjavik.",
    "Mensah and Quispe will meet in Lisbon.",
    "President Xi met Prime Minister Modi on Tuesday.",
    "Putin and Trump spoke by phone about the summit.",
    # nothing of any track but event words
    "The summit was called off.",
]


@lru_cache(maxsize=1)
def _compiled() -> CompiledTracks:
    tracks = [*golden_tracks(), *default_tracks(), SUMMIT, TALKS]
    tracks = list({t.id: t for t in tracks}.values())
    return compile_tracks(tracks, load_lexicon())


def _named_patterns(profile: TrackProfile) -> list[re.Pattern[str]]:
    """Every pattern of the track but its generic event words and its people's bare roles:
    its people's names, roles, titles and the rest of their names, its free parties,
    places, specific keywords and context terms."""
    found = [
        q
        for person in profile.people
        for q in (person.names, person.roles, person.title, person.rest)
        if q is not None
    ]
    found += [q for q in (profile.free_parties, profile.places, profile.specific, profile.context)]
    return [q for q in found if q is not None]


@lru_cache(maxsize=1)
def _corpus_sentences() -> tuple[str, ...]:
    """Every fourth corpus article of the extraction golden, as the reading splits it."""
    documents = golden()["documents"]
    texts = [d["text"] for d in documents if d["name"].startswith("corpus/")][::4]
    lexicon = load_lexicon()
    return tuple(info.norm for text in texts for info in analyse(text, lexicon))


def test_a_track_is_touched_where_one_of_its_own_patterns_matches() -> None:
    compiled = _compiled()
    patterns = [_named_patterns(p) for p in compiled.profiles]
    literal_only = 0  # tracks whose own literals are there though none of their patterns match
    for text in (*SENTENCES, *_corpus_sentences()):
        facts, present = _sentence_facts(compiled, text)
        if present is None:
            continue
        codes = facts.unclaimed()[0]
        expected = {
            k
            for k in range(len(compiled.profiles))
            if any(rx.search(text) for rx in patterns[k])
            or not codes.isdisjoint(compiled.claims[k])
        }
        touched = _touched(compiled, facts, present)
        assert touched == expected, text
        literal_only += sum(
            1
            for k in range(len(compiled.profiles))
            if k not in touched and not present.isdisjoint(compiled.named[k])
        )
    assert literal_only >= 1000


def test_a_track_whose_own_patterns_find_nothing_reads_as_any_track() -> None:
    compiled = _compiled()
    everyone = {(p.track_id, q.index) for p in compiled.profiles for q in p.people}
    compared = 0  # readings of tracks whose own literals are there, none of their patterns
    for text in (*SENTENCES, *_corpus_sentences()[::3]):
        facts, present = _sentence_facts(compiled, text)
        if present is None:
            continue
        touched = _touched(compiled, facts, present)
        for k, profile in enumerate(compiled.profiles):
            if k in touched or present.isdisjoint(compiled.named[k]):
                continue
            for seen in (set(), everyone):
                if _a_bare_role_of_one_named(profile, seen, present):
                    continue
                full = _read(
                    profile,
                    facts,
                    seen,
                    present,
                    compiled.own[k],
                    compiled.people_ids[k],
                    None,
                    compiled.people_any[k],
                )
                assert _unclaimed(profile, facts, present) == full, (text, profile.track_id)
                compared += 1
    assert compared >= 500


def test_the_sentences_of_our_own_hold_literals_that_do_not_match() -> None:
    compiled = _compiled()
    position = {p.track_id: k for k, p in enumerate(compiled.profiles)}
    for text, track in [
        ("Analysts at Solbergen Bank said the talks would go on.", TALKS.id),
        ("The Mensahville council postponed the summit.", SUMMIT.id),
    ]:
        facts, present = _sentence_facts(compiled, text)
        assert present is not None
        k = position[track]
        assert not present.isdisjoint(compiled.named[k])  # its literals are there ...
        assert k not in _touched(compiled, facts, present)  # ... and it is not touched
    facts, present = _sentence_facts(compiled, "Mensah and Quispe will meet in Lisbon.")
    assert present is not None
    assert position[SUMMIT.id] in _touched(compiled, facts, present)
