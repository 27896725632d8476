"""Which documents a track can reach (``extract.reach``): a document the track can change
reads differently with and without it, and ``may_reach`` says so; one it cannot reach reads
the same, and is spared. Each way a track reaches a document without naming itself has a
case of our own where the reading changes (the rule fails when switched off), and refusals
where it does not."""

from __future__ import annotations

import dataclasses
import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.lexicon import load_lexicon
from tracker.extract.reach import may_reach, track_reach
from tracker.services import evidence, teach
from tracker.services.database import Store
from tracker.services.evidence import reading_is_current
from tracker.services.track_admin import archive_track, edit_track
from tracker.services.tracks import get_track

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "extraction_golden.json.gz"
DAY = date(2025, 10, 20)


def _tracks() -> dict[str, Track]:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        return {t["id"]: Track.model_validate(t) for t in json.load(handle)["tracks"]}


TRACKS = _tracks()
SUMMIT = TRACKS["trump-putin-summit"]
KOREAN = TRACKS["inter-korean-talks"]  # South and North Korea, Kaesong, Panmunjom
AFGHAN = TRACKS["pakistan-afghanistan-talks"]  # its places lie in Turkey too
VISIT = TRACKS["starmer-india-visit"]
ACCORD = TRACKS["uk-india-fta"]  # shares Starmer and Modi with the visit


def _changes(text: str, track: Track, others: list[Track]) -> bool:
    """Whether reading ``text`` with ``track`` gives other evidence than without it."""
    lex = load_lexicon()
    mixed = extract_document(text, DAY, [*others, track], lex)
    alone = extract_document(text, DAY, others, lex)
    return [f.model_dump_json() for f in mixed] != [f.model_dump_json() for f in alone]


def _reaches(text: str, track: Track, others: list[Track]) -> bool:
    return may_reach(track_reach(track, others, load_lexicon()), text)


LEAD = "Trump and Putin agreed to hold a summit in Budapest later this month."


def test_a_document_of_other_tracks_is_spared() -> None:
    text = f"{LEAD} The Kremlin said a date would be set soon.\nMoscow has not confirmed it."
    assert not _changes(text, KOREAN, [SUMMIT])
    assert not _reaches(text, KOREAN, [SUMMIT])


@pytest.mark.parametrize(
    "text",
    [
        "Hwang said the vice-ministerial talks would resume next week.",  # a person
        "Talks were held in Panmunjom on Tuesday, officials said.",  # a place
        # a keyword of its own (one side named: not enough alone)
        "Seoul said the high-level talks had been postponed until the spring.",
    ],
)
def test_the_tracks_own_words_reach(text: str) -> None:
    assert _changes(text, KOREAN, [SUMMIT])
    assert _reaches(text, KOREAN, [SUMMIT])


def test_as_many_sides_as_the_track_needs_reach() -> None:
    named = "Seoul and Pyongyang agreed to resume the suspended talks next month."
    assert _changes(named, KOREAN, [SUMMIT])
    assert _reaches(named, KOREAN, [SUMMIT])
    reach = track_reach(KOREAN, [SUMMIT], load_lexicon())
    assert not may_reach(dataclasses.replace(reach, need=3), named)  # the rule switched off
    # one side of two is not the track's: no evidence, and spared
    one = "Seoul said it would send food aid before the winter."
    assert not _changes(one, KOREAN, [SUMMIT])
    assert not _reaches(one, KOREAN, [SUMMIT])


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders postponed it after negotiations with Lula.",
        "The two leaders agreed on it after negotiations with Lula.",
    ],
)
def test_event_words_beside_a_person_of_no_track_reach(second: str) -> None:
    # The talks track's event words make the sentence tell of an event of Lula's, which no
    # track has: the summit's pair no longer carries on there.
    text = f"{LEAD} {second}"
    assert _changes(text, KOREAN, [SUMMIT])
    assert _reaches(text, KOREAN, [SUMMIT])
    # switched off, the rule would spare a document the track changes
    reach = track_reach(KOREAN, [SUMMIT], load_lexicon())
    universal = dataclasses.replace(reach, known=_Everything())
    assert not may_reach(universal, text)


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders postponed it after a dinner with Lula.",  # no event word of the track
        "The two leaders postponed it after negotiations with Rubio.",  # a tracked party's
    ],
)
def test_no_event_word_or_a_tracked_person_is_spared(second: str) -> None:
    text = f"{LEAD} {second}"
    assert not _changes(text, KOREAN, [SUMMIT])
    assert not _reaches(text, KOREAN, [SUMMIT])


def test_a_person_of_a_party_only_the_track_has_reaches() -> None:
    # Erdogan's country holds a place of the Afghan talks and no other track's: with the
    # track he is of a known party, without it the sentence tells of a stranger's event.
    text = f"{LEAD} The meeting was put off after a dinner with Erdogan."
    assert _changes(text, AFGHAN, [SUMMIT])
    assert _reaches(text, AFGHAN, [SUMMIT])
    reach = track_reach(AFGHAN, [SUMMIT], load_lexicon())
    assert not may_reach(dataclasses.replace(reach, strange=frozenset()), text)


@pytest.mark.parametrize(
    "text",
    [
        "The visit to Mumbai began on Wednesday. He said the pact would bring billions of "
        "investment.",
        "The prime minister arrived in Mumbai on Wednesday for a three-day visit. He said the "
        "pact would bring billions of investment.",
    ],
)
def test_an_accord_sharing_a_visits_people_reaches_by_its_event_words(text: str) -> None:
    # The accord's word for itself takes the sentence from the visit it shares Starmer and
    # Modi with, though neither is named.
    assert _changes(text, ACCORD, [VISIT])
    assert _reaches(text, ACCORD, [VISIT])
    reach = track_reach(ACCORD, [VISIT], load_lexicon())
    assert reach.accord_of_a_visit
    assert not may_reach(dataclasses.replace(reach, accord_of_a_visit=False), text)


def test_an_accord_without_its_event_words_or_a_visit_is_spared() -> None:
    assert not track_reach(ACCORD, [SUMMIT], load_lexicon()).accord_of_a_visit
    plain = "The visit to Mumbai began on Wednesday. He said the trip would last a week."
    assert not _changes(plain, ACCORD, [VISIT])
    assert not _reaches(plain, ACCORD, [VISIT])


class _Everything(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


# --- when the stored evidence can be trusted -----------------------------------------------


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    seen: list[int | None] = []
    real = evidence.documents_to_reread

    def counting(*args: object, **kwargs: object) -> list[int] | None:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(None if found is None else len(found))
        return found

    monkeypatch.setattr(evidence, "documents_to_reread", counting)
    return seen


def test_a_new_database_is_current_and_an_edit_reads_only_what_it_reaches(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert reading_is_current(seed_db)
    seen = _counting(monkeypatch)
    track = get_track(seed_db, "trump-putin-summit")
    edit_track(seed_db, track.id, keywords=[*track.keywords, "Budapest summit"], analyst="t")
    assert seen == [5]  # every seed names the summit's people or parties
    seen.clear()
    edit_track(seed_db, track.id, context_terms=["Zanzibar"], analyst="t")
    assert seen[0] is not None


def test_a_lexicon_change_not_applied_makes_the_next_edit_read_everything(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    rule = teach.make_rule(phrase="wasted meeting", signal="on hold", kinds=["summit"])
    teach.add_rule(seed_db, rule, analyst="alice", reextract=False)
    assert not reading_is_current(seed_db)
    seen = _counting(monkeypatch)
    track = get_track(seed_db, "trump-putin-summit")
    edit_track(seed_db, track.id, context_terms=["Zanzibar"], analyst="t")
    assert seen == [None]
    assert reading_is_current(seed_db)  # the full pass recorded it
    teach.remove_rule(seed_db, 1, analyst="alice")  # re-read at once
    assert reading_is_current(seed_db)


def test_archiving_a_track_makes_the_next_edit_read_everything(seed_db: Store) -> None:
    archive_track(seed_db, "coalition-of-the-willing", analyst="t")
    assert not reading_is_current(seed_db)
    track = get_track(seed_db, "trump-putin-summit")
    edit_track(seed_db, track.id, context_terms=["Zanzibar"], analyst="t")
    assert reading_is_current(seed_db)


ROYAL = TRACKS["charles-italy-state-visit"]  # "King Charles III|King Charles|Charles III"
TRUMP_JAPAN = TRACKS["trump-japan-visit"]


def test_a_title_reaches_only_where_the_document_names_its_holder() -> None:
    # "Charles" beside "the King" names him: the document reads differently with the track
    named = "The King waved to the crowds.\n\nCharles and the Queen began their visit on Tuesday."
    assert _changes(named, ROYAL, [TRUMP_JAPAN])
    assert _reaches(named, ROYAL, [TRUMP_JAPAN])
    # "the King" alone names no one the track has: the document is spared
    alone = "The King waved to the crowds.\n\nThe Queen began her visit on Tuesday."
    assert not _changes(alone, ROYAL, [TRUMP_JAPAN])
    assert not _reaches(alone, ROYAL, [TRUMP_JAPAN])
