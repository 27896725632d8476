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
from tracker.extract.acts import (
    DONE_NOUN,
    HELD_UP_NOUN,
    carried_out,
    held_up,
    named_again,
    told_ahead,
)
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
        # a headline's present, no new day: the act withheld (group 18xx's convention)
        "Peru delays prisoner release, citing breaches by Chile",
        "Chile postpones release of Peruvian prisoners",
        "Peru Holds Up Prisoner Exchange With Chile",
        # people held taken back to their cells: the release undone
        "After a day on the buses the Peruvian prisoners were taken back to their cells.",
        "Chile sent the detainees back to their cells once the list was disputed.",
        "The fishermen have been returned back to their cells in Tacna.",
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
        "Peru delays prisoner release until Sunday",
        "Chile postpones release of Peruvian prisoners by a day",
        "The third prisoner exchange was delayed by a few hours on Monday.",
        # a delay told in the body, not a headline's; a habit
        "Peru delays prisoner release.",
        "Peru often delays prisoner releases",
        # back to the cells only threatened, conditional or denied
        "The prisoners would be taken back to their cells if the list was disputed.",
        "The fishermen were not taken back to their cells.",
        "Peru could send the detainees back to their cells.",
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


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said on Monday that a prisoner exchange had been agreed with Peru.",
        "Chile and Peru agreed on a prisoner swap at the Tacna crossing.",
        "Both sides agreed to a third exchange.",
        "Lima agreed to exchange four Chilean prisoners for two Peruvian officers.",
        "Chile and Peru have agreed to swap prisoners before winter.",
        "A new prisoner exchange has been arranged between Chile and Peru.",
    ],
)
def test_an_exchange_agreed_is_the_process_agreed(sentence: str) -> None:
    hit = told_ahead(sentence)
    assert hit is not None and hit.signal == "agreed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru have not agreed on a prisoner swap.",
        "No prisoner exchange has been agreed yet.",
        "Chile hopes to agree on a prisoner exchange soon.",
        "Peru refused to agree to a prisoner swap.",
        "If Lima agreed to a prisoner exchange, the crossing would reopen.",
        "Chile and Peru agreed to exchange views on the border.",
        "Chile and Peru agreed to an exchange of views.",
    ],
)
def test_an_exchange_agreed_denied_wished_or_of_views_is_not_agreed(sentence: str) -> None:
    hit = told_ahead(sentence)
    assert hit is None or hit.signal != "agreed"


@pytest.mark.parametrize(
    ("sentence", "which"),
    [
        ("Families in Arica welcomed the release as long overdue.", DONE_NOUN),
        ("Santiago hails the swap as a sign of trust", DONE_NOUN),
        ("The exchange was warmly praised by both churches.", DONE_NOUN),
        ("There was relief at the handover in Tacna.", DONE_NOUN),
        ("Lima has condemned Chile's release of the two officers.", DONE_NOUN),
        ("Peru called the delay a breach of the deal.", HELD_UP_NOUN),
        ("Families are condemning the postponement.", HELD_UP_NOUN),
        ("The delay was denounced in Lima.", HELD_UP_NOUN),
        ("Santiago sees the swap as a step towards calmer ties.", DONE_NOUN),
        ("Lima viewed the delay as a breach.", HELD_UP_NOUN),
    ],
)
def test_an_act_named_again_in_a_reaction(sentence: str, which: str) -> None:
    got = named_again(sentence)
    assert got is not None and got[0] == which


@pytest.mark.parametrize(
    "sentence",
    [
        "Families called for the release of the fishermen.",  # a wish
        "Families welcomed the planned release.",  # told ahead
        "Santiago welcomed the next prisoner swap in advance.",  # told ahead
        "Chile did not welcome the release.",  # negated
        "Chile would welcome the release if Peru kept its word.",  # a condition
        "Critics condemned the exchange of fire at the border.",  # another act
        "Chile has always welcomed the release of its nationals.",  # a habit
        "Peru regularly condemns the delay.",  # a habit
        "Chile welcomed the decision.",  # no act of the process named
        "Santiago would see the next swap as a step.",  # ahead and conditional
        "Chile sees the exchange of fire as a provocation.",  # another act
    ],
)
def test_a_reaction_wished_ahead_denied_or_to_another_act_names_no_act(sentence: str) -> None:
    assert named_again(sentence) is None


def _found(text: str) -> dict[str, tuple[str | None, str, date | None]]:
    lex = load_lexicon()
    return {
        f.exact: (
            lex.status_for(f.signal, CHANNEL.kind) if f.signal else None,
            f.modality,
            f.event_date,
        )
        for f in extract_document(HEAD + text, PUB, [CHANNEL])
        if f.track_id == CHANNEL.id
    }


def test_a_reaction_to_the_act_carries_it_dated_as_told() -> None:
    done = "Chile and Peru completed a prisoner exchange at the Tacna crossing on Monday."
    reaction = "Chile welcomed the release as long overdue on Wednesday."
    got = _found(done + " " + reaction)
    assert got[reaction] == ("active", "reported", date(2026, 3, 2))


def test_a_reaction_to_the_delay_carries_the_act_held_up() -> None:
    stopped = "On Tuesday Peru delayed the next prisoner exchange with Chile until further notice."
    reaction = "Chile called the delay a breach of the prisoner exchange deal."
    got = _found(stopped + " " + reaction)
    assert got[reaction][0] == "stalled"
    assert got[reaction][2] == date(2026, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        # no act told before: the reaction alone names nothing to carry
        "Chile welcomed the release as long overdue.",
        # the noun names a release, the act told was a delay
        "On Tuesday Peru delayed the next prisoner exchange with Chile until further notice. "
        "Chile welcomed the release as long overdue.",
        # a wish after the act told
        "Chile and Peru completed a prisoner exchange at the Tacna crossing on Monday. "
        "Chile called for the release of more prisoners under the prisoner exchange.",
    ],
)
def test_a_reaction_with_no_act_of_its_kind_before_carries_nothing(text: str) -> None:
    last = text.split(". ")[-1]
    got = _found(text)
    assert last in got
    assert got[last][0] is None


def test_an_exchange_agreed_reads_the_channel_going_on() -> None:
    sentence = "Chile said on Monday that a prisoner exchange had been agreed with Peru."
    found = [f for f in extract_document(HEAD + sentence, PUB, [CHANNEL]) if f.exact == sentence]
    assert found and found[0].signal == "agreed"
    assert load_lexicon().status_for("agreed", CHANNEL.kind) == "active"
