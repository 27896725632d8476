"""The clause's verb read when no listed cue of a track fires (``frames``, the cue choice's
``told_by_the_verb``): verbs of consulting, hosting, signing, visiting, negotiating and
halting, read by tense, and the refusals (negation, a wish, a condition, a question, a
subordinate clause, another person, another year). Sentences invented, in the
constructions of the stored pages docs/lexicon.md names."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract import extract_document
from tracker.extract.frames import (
    AHEAD,
    ONGOING,
    PAST,
    PERFECT,
    PRESENT,
    Frame,
    frame_signal,
    load_verb_table,
    read_frames,
)

PUB = date(2026, 3, 6)
MEETING = Track(
    id="haldor-quispe-meeting",
    title="Haldor's meeting with Quispe",
    kind="meeting",
    actors=[
        Actor(name="Erik Haldor", aliases=["Haldor"]),
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
    ],
    parties=["Norway", "Peru"],
    places=["Lima"],
    keywords=["meeting"],
)
TALKS = Track(
    id="norway-peru-talks",
    title="Norway-Peru fisheries talks",
    kind="talks",
    actors=[
        Actor(name="Erik Haldor", aliases=["Haldor"]),
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
    ],
    parties=["Norway", "Peru"],
    places=["Lima"],
    keywords=["fisheries talks"],
)
VISIT = Track(
    id="haldor-lima-visit",
    title="Haldor's visit to Lima",
    kind="visit",
    actors=[Actor(name="Erik Haldor", aliases=["Haldor"])],
    parties=["Norway"],
    places=["Lima", "Peru"],
    keywords=["visit"],
)


def _frame(sentence: str) -> tuple[str, str, str] | None:
    frames = read_frames(sentence)
    return (frames[0].lemma, frames[0].cls, frames[0].tense) if frames else None


def test_the_table_loads_every_class_and_spells_its_forms() -> None:
    table = load_verb_table()
    classes = {r.cls for readings in table.values() for r in readings}
    assert classes == {"consult", "host", "visit", "negotiate", "sign", "halt"}
    assert {r.role for r in table["met"]} == {"ed"}
    assert any(r.lemma == "sit" and r.particle == "down" for r in table["sat"])
    assert any(r.lemma == "hold" and "talks" in r.objects for r in table["held"])
    assert {r.role for r in table["negotiating"]} == {"ing"}
    assert len(table) < 1000  # a compact table


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("The ministers discussed fishing quotas.", ("discuss", "consult", PAST)),
        ("The envoy was received by the president.", ("receive", "host", PAST)),
        ("Two accords were signed in the palace.", ("sign", "sign", PAST)),
        ("The delegations have exchanged proposals.", ("exchange", "consult", PERFECT)),
        ("The envoy has been received twice.", ("receive", "host", PERFECT)),
        ("Lima hosts the regional leaders", ("host", "host", PRESENT)),
        ("The two sides are negotiating a text.", ("negotiate", "negotiate", ONGOING)),
        ("Both teams keep negotiating.", ("negotiate", "negotiate", ONGOING)),
        ("The sides continue to work on a draft.", ("work", "negotiate", ONGOING)),
        ("The two leaders will sit down on Friday.", ("sit", "consult", AHEAD)),
        ("The minister is to travel to Lima.", ("travel", "visit", AHEAD)),
        ("The envoys are due to meet next week.", ("meet", "consult", AHEAD)),
        ("The negotiations have stopped.", ("stop", "halt", PERFECT)),
        ("The two held long talks in Lima.", ("hold", "consult", PAST)),
        ("The delegations went through six rounds of talks.", ("go", "consult", PAST)),
        ("The envoy left the summit a day early.", ("leave", "host", PAST)),
        ("They were joined in the summit's last session by the envoy.", ("join", "host", PAST)),
        ("The king will welcome the Peruvian president in June.", ("welcome", "host", AHEAD)),
        ("Haldor to meet Quispe in Lima", ("meet", "consult", AHEAD)),  # a headline
        ("Prices rose as the envoy left the summit early.", ("leave", "host", PAST)),
    ],
)
def test_a_verb_group_is_read_by_class_and_tense(
    sentence: str, frame: tuple[str, str, str]
) -> None:
    assert _frame(sentence) == frame


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders have not met since the spring.",  # negation
        "They never discussed the quotas.",  # negation
        "The envoy hoped to meet the president.",  # a wish
        "The minister would like to visit Lima.",  # a wish
        "If the leaders meet, the quotas will follow.",  # a condition
        "Once the envoy has consulted his allies, the round can start.",  # still to come
        "The envoys could meet in May.",  # a possibility
        "The leaders held a press conference.",  # "hold" without its noun
        "Peace talks with Lima",  # a noun, not a present
        "a meeting in Lima",  # a noun, not a progressive
        "Quispe hopes to revive the stalled talks.",  # an adjective, not a past
        "The ministry expects Haldor to meet Quispe soon.",  # no headline: an expectation
        "Norway welcomed the decision.",  # no visitor welcomed
        "After the envoy has met his allies, the round can start.",  # a perfect still ahead
    ],
)
def test_no_frame_is_read_when_the_verb_is_no_state_of_the_event(sentence: str) -> None:
    assert read_frames(sentence) == []


@pytest.mark.parametrize(
    ("frame", "kind", "signal"),
    [
        (Frame("meet", "consult", PAST, 0, 3, 0), TrackKind.SUMMIT, "held"),
        (Frame("meet", "consult", AHEAD, 0, 3, 0), TrackKind.MEETING, "held"),
        (Frame("meet", "consult", ONGOING, 0, 3, 0), TrackKind.MEETING, None),
        (Frame("visit", "visit", PAST, 0, 3, 0), TrackKind.VISIT, "visit_made"),
        (Frame("visit", "visit", PAST, 0, 3, 0), TrackKind.SUMMIT, None),
        (Frame("negotiate", "negotiate", ONGOING, 0, 3, 0), TrackKind.TALKS, "engaged"),
        (Frame("meet", "consult", PAST, 0, 3, 0), TrackKind.INITIATIVE, "engaged"),
        (Frame("halt", "halt", PERFECT, 0, 3, 0), TrackKind.TALKS, "stalled"),
        (Frame("halt", "halt", AHEAD, 0, 3, 0), TrackKind.TALKS, None),
        (Frame("host", "host", PAST, 0, 3, 0), TrackKind.CHANNEL, None),
    ],
)
def test_the_signal_a_frame_tells_follows_the_kind(
    frame: Frame, kind: TrackKind, signal: str | None
) -> None:
    assert frame_signal(frame, kind) == signal


FORUM = Track(
    id="pacific-fisheries-summit",
    title="Pacific Fisheries Forum summit in Lima",
    kind="summit",
    actors=[Actor(name="Rosa Quispe", aliases=["Quispe"])],
    parties=["Pacific Fisheries Forum", "Peru"],
    places=["Lima"],
    keywords=["Pacific Fisheries Forum", "summit"],
)
FORUM_LEAD = "Leaders of the Pacific Fisheries Forum gathered in Lima on Monday.\n\n"
LEAD = "Erik Haldor, the Norwegian envoy, arrived in Lima on Monday.\n\n"
VISIT_LEAD = "Erik Haldor, the Norwegian envoy, plans a visit to Peru.\n\n"


def _read(sentence: str, track: Track, lead: str, backoff: bool) -> tuple[str | None, str]:
    """The signal and modality of ``sentence`` (after ``lead``) with the backoff on or off."""
    import tracker.extract.document as document

    hook = document.told_by_the_verb
    if not backoff:
        document.told_by_the_verb = lambda *args, **kwargs: None  # type: ignore[assignment]
    try:
        found = [f for f in extract_document(lead + sentence, PUB, [track]) if f.exact in sentence]
    finally:
        document.told_by_the_verb = hook
    assert len(found) <= 1, found
    return (found[0].signal, found[0].modality) if found else (None, "")


@pytest.mark.parametrize(
    ("sentence", "track", "lead", "read"),
    [
        # past of a verb of hosting, the track's people its subject and object
        ("Haldor received Quispe at the palace later that day.", MEETING, LEAD, "held"),
        # a verb of meeting ahead, with its day: scheduled
        ("Haldor and Quispe will sit down again on Friday.", MEETING, LEAD, "scheduled"),
        # progressive of a verb of negotiating on talks
        ("Haldor and Quispe are now negotiating the quota annex.", TALKS, LEAD, "engaged"),
        # a verb of halting in the perfect
        ("Haldor and Quispe have stopped the fisheries talks.", TALKS, LEAD, "stalled"),
        # a verb of visiting, past and ahead ("is to"), to the track's place
        ("Haldor toured Lima on Tuesday.", VISIT, VISIT_LEAD, "visit_made"),
        ("Haldor is to travel to Lima in June.", VISIT, VISIT_LEAD, "visit_made"),
        # a summit hosted: the event is what is hosted, not an outsider
        (
            "Peru hosts Pacific Fisheries Forum summit with regional leaders",
            FORUM,
            FORUM_LEAD,
            "held",
        ),
    ],
)
def test_the_clause_verb_tells_the_state_when_no_cue_fires(
    sentence: str, track: Track, lead: str, read: str
) -> None:
    assert _read(sentence, track, lead, backoff=True)[0] == read
    assert _read(sentence, track, lead, backoff=False)[0] is None


@pytest.mark.parametrize(
    ("sentence", "track", "lead"),
    [
        # negation
        ("Haldor and Quispe have not stopped the fisheries talks.", TALKS, LEAD),
        # a wish
        ("Haldor would like to travel to Lima in June.", VISIT, VISIT_LEAD),
        # a condition
        ("If Haldor and Quispe are negotiating the annex, nobody says so.", TALKS, LEAD),
        # a question
        ("Is it true that Haldor and Quispe are negotiating the annex?", TALKS, LEAD),
        # a meeting with someone else
        ("Haldor received the Chilean minister Mateo Rivas at the palace.", MEETING, LEAD),
        # another year
        ("Haldor received Quispe at the palace in 2019.", MEETING, LEAD),
        # a clause still to come
        ("Once Haldor has received Quispe, the quotas will be set.", MEETING, LEAD),
        # a trip to none of the track's places
        ("Haldor is to travel to Santiago in June.", VISIT, VISIT_LEAD),
        # another leader received
        ("Haldor is to receive another leader in June.", VISIT, VISIT_LEAD),
        # the end of a journey, on a track that is not the visit
        ("Haldor concluded his three-day visit to Peru with a stop in Lima.", MEETING, LEAD),
        ("Haldor and Quispe wrapped up their tour of Lima on Friday.", MEETING, LEAD),
    ],
)
def test_the_clause_verb_is_refused_when_it_is_not_the_events(
    sentence: str, track: Track, lead: str
) -> None:
    assert _read(sentence, track, lead, backoff=True) == _read(sentence, track, lead, False)
