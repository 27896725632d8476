"""A process told by its acts: on a channel or an initiative, an exchange or release told
carried out is the process going on (``step``, ``active``), an act held up is the process
stalled (``on_hold``, ``stalled``). Sentences in the project's own words, about an invented
prisoner-exchange channel between two real countries."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.acts import carried_out, held_up, told_ahead
from tracker.extract.lexicon import load_lexicon

CHANNEL = Track(
    id="chile-peru-prisoner-channel",
    title="Chile–Peru prisoner exchanges",
    kind="channel",
    parties=["Chile", "Peru"],
    keywords=["prisoner exchange", "prisoner swap"],
)
DEAL = Track(
    id="chile-peru-release-deal",
    title="Chile–Peru release deal",
    kind="initiative",
    parties=["Chile", "Peru"],
    keywords=["prisoner exchange", "prisoner swap"],
)
HEAD = "Chile and Peru keep up their prisoner exchanges\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The prisoner swap between Chile and Peru took place at the Tacna crossing on Monday.",
        "Chile and Peru have completed a prisoner exchange at the border.",
        "Chile, Peru carry out third prisoner exchange",
        "The second prisoner exchange between Chile and Peru was carried out on Monday.",
        "The prisoner exchange between Chile and Peru has officially begun.",
        "The Chile–Peru prisoner swap went ahead as planned on Monday.",
        "Chile–Peru prisoner swap frees two fishermen",
        "Twelve Chilean prisoners freed as Chile–Peru deal holds",
        "Peru let four Chilean detainees go at the Tacna crossing on Monday.",
        "In return, Chile let go Ramón Quispe, a Peruvian held since 2023.",
        "Lima brought home another wrongfully detained Peruvian on Monday.",
        "The fisherman is back in Arica after a prisoner exchange between Chile and Peru.",
    ],
)
def test_an_exchange_told_done_is_an_act_of_the_process(sentence: str) -> None:
    hit = carried_out(sentence, [], by_a_side=False)
    assert hit is not None and hit.signal == "step"


@pytest.mark.parametrize(
    "sentence",
    [
        "The prisoner swap between Chile and Peru will take place on Saturday.",
        "No prisoner exchange between Chile and Peru has taken place.",
        "The prisoner exchange has not taken place yet.",
        "Lima called for a prisoner exchange to be carried out soon.",
        "If the prisoner exchange goes ahead, Chile will reopen the crossing.",
        "The two sides hope to complete a prisoner exchange before winter.",
        "The ministers held an exchange of views took place in Lima.",
        "Chile's cryptocurrency exchange completed its audit on Monday.",
        "Twelve Chilean prisoners are to be freed on Sunday.",
        "The Chilean prisoners freed if the deal holds would go home by bus.",
        "Peru refused to let the Chilean prisoners go.",
        "Chile hopes to bring home another detained Chilean before winter.",
        "Talks resumed after a prisoner exchange was proposed by Lima.",
    ],
)
def test_an_exchange_ahead_wished_or_denied_is_no_act(sentence: str) -> None:
    assert carried_out(sentence, [], by_a_side=False) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru delays prisoner release until Chile pays for the breaches",
        "Chile is holding back the release of the Peruvian prisoners until the list is agreed.",
        "The handover of the prisoners set for next Saturday is put off until further notice.",
        "The third prisoner exchange between Chile and Peru was postponed indefinitely on Monday.",
        "Peru said it would delay the next prisoner swap until Chile complied.",
    ],
)
def test_an_act_held_up_halts_the_process(sentence: str) -> None:
    hit = held_up(sentence)
    assert hit is not None and hit.signal == "on_hold"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru threatened to delay the next prisoner release.",
        "Chile could delay the prisoner exchange, officials fear.",
        "The prisoners were released without delay on Monday.",
        "The prisoner exchange was not postponed, Lima said.",
        "The summit was postponed until further notice.",
        # a delay to a day moves the act; the process goes on (convention 9)
        "The prisoner exchange between Chile and Peru was put off until Sunday.",
        "Peru delays prisoner release, citing breaches by Chile",
        "The third prisoner exchange was delayed by a few hours on Monday.",
    ],
)
def test_an_act_threatened_or_denied_held_up_is_no_halt(sentence: str) -> None:
    assert held_up(sentence) is None


def _statuses(text: str, track: Track) -> dict[str, str | None]:
    lex = load_lexicon()
    return {
        f.exact: lex.status_for(f.signal, track.kind) if f.signal else None
        for f in extract_document(HEAD + text, PUB, [track])
        if f.track_id == track.id
    }


@pytest.mark.parametrize("track", [CHANNEL, DEAL])
def test_the_process_reads_active_by_an_act_and_stalled_when_held_up(track: Track) -> None:
    done = "Chile and Peru have completed a prisoner exchange at the Tacna crossing on Monday."
    stopped = "On Tuesday Peru delayed the next prisoner exchange with Chile until further notice."
    got = _statuses(done + "\n\n" + stopped, track)
    assert got[done] == "active"
    assert got[stopped] == "stalled"


def test_an_act_is_dated_to_the_act() -> None:
    sentence = "Chile and Peru have completed a prisoner exchange at the Tacna crossing on Monday."
    found = [f for f in extract_document(HEAD + sentence, PUB, [CHANNEL]) if f.exact == sentence]
    assert found and found[0].event_date == date(2026, 3, 2)


def test_a_side_freeing_people_held_is_an_act_of_the_channel() -> None:
    sentence = "Peru freed 12 Chilean prisoners on Monday under its prisoner exchange with Chile."
    assert _statuses(sentence, CHANNEL).get(sentence) == "active"


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("Peru freed 12 Chilean prisoners at the border on Monday.", True),
        ("Peru has regularly freed Chilean prisoners to win favour.", False),
        ("Chile warned against rewarding Peru before all Chilean prisoners are free.", False),
        ("Peru will free 12 Chilean prisoners on Saturday.", False),
    ],
)
def test_a_sides_release_is_one_act_taken(sentence: str, taken: bool) -> None:
    side = sentence.index("Peru")
    hit = carried_out(sentence, [(side, side + 4)], by_a_side=True)
    assert (hit is not None) is taken


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday Peru said the prisoner exchange with Chile set for next Saturday is put off "
        "until further notice.",
        "On Monday Peru said it would hold back the prisoner exchange with Chile set for next "
        "Saturday.",
    ],
)
def test_an_act_held_up_is_dated_by_the_decision_not_the_day_it_was_set_for(
    sentence: str,
) -> None:
    found = [f for f in extract_document(HEAD + sentence, PUB, [CHANNEL]) if f.exact == sentence]
    assert found and found[0].signal == "on_hold"
    assert found[0].event_date == date(2026, 3, 2)
    assert found[0].modality != "future"  # the decision told now, not an act ahead


def test_an_act_reported_is_no_negation() -> None:
    sentence = (
        "Peru reported handing back four Chilean prisoners under its prisoner exchange with Chile."
    )
    found = [f for f in extract_document(HEAD + sentence, PUB, [CHANNEL]) if f.exact == sentence]
    assert found and found[0].signal == "step"
    assert found[0].modality not in ("negated", "denied")


@pytest.mark.parametrize(
    "sentence",
    [
        "Four Chilean women are to be released on Sunday.",
        "Peru said it would release three Chilean fishermen on the first day of the deal.",
        "The Peruvian consul said the two men would come home soon.",
        "Twelve prisoners will be handed over at the Tacna crossing on Saturday.",
    ],
)
def test_an_act_told_ahead_is_the_process_with_its_next_act_set(sentence: str) -> None:
    hit = told_ahead(sentence)
    assert hit is not None and hit.signal == "scheduled"


@pytest.mark.parametrize(
    "sentence",
    [
        "The prisoners would not be let go until the next list was agreed.",
        "The prisoners will be freed if the truce holds.",
        "Families hope the fishermen will be released soon.",
        "Lima called for the detainees to be freed at once.",
        "The two men could come home soon, a lawyer said.",
    ],
)
def test_an_act_ahead_negated_conditional_or_wished_is_not_set(sentence: str) -> None:
    assert told_ahead(sentence) is None


def test_an_act_ahead_reads_the_channel_going_on_with_its_day() -> None:
    sentence = (
        "Peru will free 12 Chilean prisoners on Saturday under its prisoner exchange with Chile."
    )
    found = [f for f in extract_document(HEAD + sentence, PUB, [CHANNEL]) if f.exact == sentence]
    assert found and found[0].signal == "scheduled"
    assert found[0].modality == "future"
    assert found[0].event_date == date(2026, 3, 7)
