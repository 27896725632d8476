"""What a sentence's text alone tells is remembered (reporting repeats its sentences): its
names (``Gazetteer.scan``), its speaker, cues and boilerplate (``analysis._read_alone``, per
lexicon) and what the compiled tracks make of it (``matching._sentence_facts``, per
compiled track set). A remembered answer is the one reading it anew gives, and an edited
track or another lexicon reads the sentence anew."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import CHANNEL
from tracker.domain.models import Actor, Track
from tracker.domain.readings import LexiconRule
from tracker.domain.vocabulary import TrackKind
from tracker.extract import analysis, dates, extract_document, gazetteer
from tracker.extract.analysis import analyse
from tracker.extract.dates import find_date_mentions
from tracker.extract.document import _track_tables
from tracker.extract.gazetteer import load_gazetteer
from tracker.extract.lexicon import AnaphorSpec, Lexicon, load_lexicon, with_rules
from tracker.extract.matching import (
    _anaphors_by_kind,
    _read,
    _read_remembered,
    _sentence_facts,
    compile_tracks,
)
from tracker.extract.signals import find_cues
from tracker.extract.speakers import find_speaker
from tracker.extract.steps import find_steps

PUBLISHED = date(2025, 6, 3)

# Two ministers no default track knows, told met in the project's own words.
ARTICLE = (
    "Lund and Marsh meet in Oslo\n\n"
    "Kari Lund and Ines Marsh held talks in Oslo on Monday, officials said. "
    "The two agreed to meet again in the autumn."
)


def test_an_edited_track_reads_a_sentence_read_before_anew() -> None:
    """A sentence read with one track set and read again once a track names its people is
    the edited track's: the memory of the first track set is not the second's."""
    assert extract_document(ARTICLE, PUBLISHED, [CHANNEL]) == []
    edited = CHANNEL.model_copy(
        update={
            "actors": [
                Actor(name="Kari Lund", aliases=["Lund"]),
                Actor(name="Ines Marsh", aliases=["Marsh"]),
            ]
        }
    )
    found = extract_document(ARTICLE, PUBLISHED, [edited])
    assert {f.track_id for f in found} == {CHANNEL.id}
    assert any(f.signal == "held" for f in found)
    # and the first track set, asked again, still reads nothing there
    assert extract_document(ARTICLE, PUBLISHED, [CHANNEL]) == []


def _rule() -> LexiconRule:
    return LexiconRule.model_validate(
        {
            "id": 1,
            "analyst": "test",
            "created_at": "2026-12-07T00:00:00",
            "phrase": "sat down (for|to) talks",
            "signal": "held",
        }
    )


@pytest.mark.parametrize("order", [("base", "layered", "base"), ("layered", "base", "layered")])
def test_another_lexicon_reads_a_sentence_anew(order: tuple[str, ...]) -> None:
    """The sentence's cues are the lexicon's asked: an analyst's rule finds its cue, the
    bundled lexicon does not, in whichever order the two ask."""
    base = load_lexicon()
    lexicons = {"base": base, "layered": with_rules(base, [_rule()])}
    text = "The envoys sat down for talks in Oslo, the ministry said."
    for name in order:
        lexicon = lexicons[name]
        (info,) = analyse(text, lexicon)
        assert info.cues == find_cues(text, lexicon)
        assert ("sat down for talks" in [h.text for h in info.cues]) == (name == "layered")


def test_a_repeated_sentence_reads_as_it_did_the_first_time() -> None:
    """The same sentences in another article (another order, another paragraph) give the
    speaker, cues and boilerplate they give read alone, and the lists handed out are new
    ones: changing one changes nothing remembered."""
    lexicon = load_lexicon()
    first = analyse(ARTICLE, lexicon)
    again = analyse("Oslo\n\n" + "\n\n".join(i.sentence.text for i in reversed(first)), lexicon)
    by_text = {i.norm: i for i in again}
    for info in first:
        twin = by_text[info.norm]
        assert twin.cues == info.cues == find_cues(info.norm, lexicon)
        assert twin.cues is not info.cues
        hit = find_speaker(info.norm, lexicon)
        assert (hit is not None and not hit.pronoun) == (info.speaker is not None)
    first[1].cues.clear()
    assert analyse(ARTICLE, lexicon)[1].cues == find_cues(first[1].norm, lexicon) != []


def test_the_gazetteer_hands_out_a_new_list_of_the_names_it_remembers() -> None:
    gaz = load_gazetteer()
    text = "Kari Lund flew from Oslo to Washington to meet Marco Rubio."
    names = gaz.scan(text)
    assert names == gaz._scan(text) != []
    names.clear()
    assert gaz.scan(text) == gaz._scan(text) != []


def test_the_memories_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each memory starts over once it holds its limit of sentences (a long import reads
    millions): never more, and what it answers afterwards is still right."""
    monkeypatch.setattr(gazetteer, "_SCANS_KEPT", 3)
    monkeypatch.setattr(analysis, "_SENTENCES_KEPT", 3)
    gaz = load_gazetteer()
    lexicon = load_lexicon()
    texts = [f"Kari Lund met the envoy in Oslo on day {n}." for n in range(8)]
    for text in texts:
        assert gaz.scan(text) == gaz._scan(text)
        assert len(gaz._scanned) <= 3
        analyse(text, lexicon)
        assert len(analysis._MEMO[0][1]) <= 3
    memo = compile_tracks([CHANNEL], lexicon).read
    assert memo is compile_tracks([CHANNEL], lexicon).read  # one memory per track set


def test_a_sentences_anaphors_are_the_lexicons_asked() -> None:
    """The anaphors a sentence holds are remembered with its names, per lexicon: a lexicon
    with one more anaphor finds it there, the bundled one does not, in either order."""
    base = load_lexicon()
    data = base.data.model_copy(deep=True)
    data.anaphors.append(AnaphorSpec(phrase="the parley", kinds=[TrackKind.CHANNEL]))
    more = Lexicon(data)
    compiled = compile_tracks([CHANNEL], base)
    text = "The parley between the two ministers ended without a date."
    facts, _ = _sentence_facts(compiled, text)
    for lexicon in (base, more, base, more):
        spans = facts.anaphors(compiled.kinds, lexicon)
        assert spans == _anaphors_by_kind(text, set(compiled.kinds), lexicon)
        assert ((0, 10) in spans[TrackKind.CHANNEL]) == (lexicon is more)
    spans[TrackKind.CHANNEL].clear()
    assert facts.anaphors(compiled.kinds, more)[TrackKind.CHANNEL] != []


def test_a_track_sets_tables_are_worked_out_anew_when_a_track_changes() -> None:
    """What the reading asks of a track set (its kinds, people, places …) is worked out once
    per track definitions: the same tracks are answered from memory, a track edited in
    place or another lexicon's event nouns anew."""
    lexicon = load_lexicon()
    track = CHANNEL.model_copy(deep=True)
    first = _track_tables([track], lexicon)
    assert _track_tables([track], lexicon) is first
    assert first.places[track.id] == ()
    track.places = ["Oslo"]  # an analyst's edit of the very object
    edited = _track_tables([track], lexicon)
    assert edited is not first
    assert edited.places[track.id] == ("Oslo",)
    assert edited.compiled is compile_tracks([track], lexicon)
    data = lexicon.data.model_copy(deep=True)
    data.event_nouns["channel"] = [*data.event_nouns.get("channel", []), "parley"]
    assert _track_tables([track], Lexicon(data)) is not edited


def test_a_sentences_steps_are_handed_out_in_a_new_list() -> None:
    text = "Thailand freed 18 Cambodian soldiers on Friday."
    steps = find_steps(text)
    assert steps and steps == find_steps(text)
    steps.clear()
    assert find_steps(text) != []


def test_a_date_expressions_role_is_the_same_remembered() -> None:
    """A date expression's role and direction depend on the sentence and the position alone:
    asked again in another order, for either default direction, the answer is the one worked
    out afresh."""
    sentences = [
        "The talks will resume on Monday, the ministry said on Friday.",
        "Lund said on Tuesday that the summit had been postponed to March 3.",
        "On Monday, Marsh proposed a meeting in Oslo next week.",
    ]
    asked = [
        (text, m.start, future)
        for text in sentences
        for m in find_date_mentions(text, PUBLISHED)
        for future in (False, True)
    ]
    assert len(asked) >= 10
    for text, start, future in [*asked, *reversed(asked)]:
        assert dates._role_told(text, start) == dates._role_told.__wrapped__(text, start)
        assert dates._role(text, start, future)[1] in (future, dates._role_told(text, start)[1])


def test_a_remembered_reading_counts_who_the_article_named_before() -> None:
    """A bare role ("the foreign minister") is the track's person only once the article has
    named them: the reading remembered for a sentence is kept apart by who was named before,
    in whichever order the articles come."""
    track = Track(
        id="rubio-lavrov",
        title="Rubio–Lavrov channel",
        kind="channel",
        actors=[Actor(name="Marco Rubio"), Actor(name="Sergei Lavrov")],
        keywords=["talks"],
    )
    compiled = compile_tracks([track], load_lexicon())
    profile, own, ids = compiled.profiles[0], compiled.own[0], compiled.people_ids[0]
    text = "The foreign minister said the talks would go on."
    facts, present = _sentence_facts(compiled, text)
    _read_remembered(profile, facts, set(), present, own, ids)
    assert not facts._readings  # a sentence met once is not remembered so
    assert _sentence_facts(compiled, text)[0] is facts and facts.repeated
    named = {(track.id, 1)}
    for seen in (set(), named, set(), named):
        remembered = _read_remembered(profile, facts, seen, present, own, ids)
        fresh = _read(profile, facts, seen, present, own, ids)
        assert remembered.people == fresh.people == ({1: [(0, 20)]} if seen else {})
        assert remembered.sides == fresh.sides
    assert len(facts._readings) == 2
