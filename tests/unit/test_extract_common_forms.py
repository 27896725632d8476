"""Common forms of diplomatic reporting, each read on invented sentences: a meeting ruled
out or without a plan, a visit proposed, a denial the speaker withholds, a hedge added after
"but", a round that ended without result, and a country joining an accord."""

from __future__ import annotations

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS
from tracker.domain.models import Finding, Track
from tracker.extract import extract_document
from tracker.extract.cuechoice import agreed_together
from tracker.infer.claims import claimed_status

MEETING = Track(**{**SUMMIT.model_dump(), "id": "peru-ghana-meeting", "kind": "meeting"})
VISIT = Track(
    **{**SUMMIT.model_dump(), "id": "quispe-ghana-visit", "kind": "visit", "places": ["Accra"]}
)
ACCORD = Track(
    **{
        **SUMMIT.model_dump(),
        "id": "lima-accords-expansion",
        "title": "Lima Accords expansion",
        "kind": "initiative",
        "keywords": ["accords", "Lima Accords"],
    }
)


def _one(text: str, track: Track) -> Finding:
    found = [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]
    assert len(found) == 1, found
    return found[0]


def _status(text: str, track: Track) -> str | None:
    return claimed_status(_one(text, track), track.kind)


# -- A meeting ruled out, or no plan for one: on hold where nothing had been set


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana on Friday ruled out an immediate meeting between Mensah and Quispe.",
        "Accra ruled out any possibility of a meeting of Mensah and Quispe in Lisbon.",
        "Mensah rules out summit with Quispe",
        "No plan for Quispe-Mensah meeting at Lisbon summit",
        "There are no plans for a meeting between Quispe and Mensah next week, an aide said.",
        "Peru and Ghana have no plan to meet at the coming Lisbon summit, the ministry said.",
        "A summit of Quispe and Mensah is out of the question for now, the spokesman said.",
    ],
)
def test_a_meeting_ruled_out_or_unplanned_is_on_hold(sentence: str) -> None:
    assert _status(sentence, MEETING) == "on_hold"


def test_no_new_meeting_planned_holds_a_meeting() -> None:
    text = "No new meeting is planned between Mensah and Quispe after the Lisbon summit."
    assert _status(text, MEETING) == "on_hold"


def test_a_meeting_said_unplanned_stays_a_negation() -> None:
    # "No X-Y meeting is planned" negates the plan (as the corpus labels it), unlike "no
    # plans for X to meet", which holds it back
    found = [
        f
        for f in extract_document("No Quispe-Mensah meeting is planned, Accra says", PUB, [MEETING])
    ]
    assert all(claimed_status(f, MEETING.kind) is None for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "No new meeting is planned between Solberg and Rivas, the ministry said.",
        "No more talks have been scheduled after the Reykjavik round broke up, Rivas said.",
        "No further meetings will take place soon, Solberg said of the talks.",
    ],
)
def test_no_further_round_planned_stalls_the_talks(sentence: str) -> None:
    assert _status(sentence, TALKS) == "stalled"


@pytest.mark.parametrize(
    "sentence",
    [
        "No meeting between Solberg and Rivas is planned for Sunday.",
        "A date for the third round of talks between Norway and Chile has not been set yet.",
    ],
)
def test_one_occasion_or_an_open_date_is_no_stall(sentence: str) -> None:
    assert _status(sentence, TALKS) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana does not rule out a Quispe-Mensah meeting this summer.",
        "A meeting with Quispe is not out of the question, Mensah said.",
    ],
)
def test_a_meeting_not_ruled_out_claims_nothing(sentence: str) -> None:
    assert _status(sentence, MEETING) is None


# -- A visit proposed


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana has proposed that Quispe visit Accra and Kumasi from 29 to 31 January.",
        "Quispe proposes trip to Ghana in January",
        "Mensah suggested Quispe visit Accra to mark the anniversary.",
        "The ministry did not deny that Quispe had proposed travelling to Accra.",
        "Quispe has proposed a January trip to Ghana, but it may be delayed over the row.",
    ],
)
def test_a_visit_proposed_is_proposed(sentence: str) -> None:
    assert _status(sentence, VISIT) == "proposed"


def test_a_denial_still_denies_the_proposal() -> None:
    f = _one("The ministry denied that Quispe had proposed travelling to Accra.", VISIT)
    assert (f.signal, f.modality) == ("proposed", "denied")


def test_a_hedge_after_but_does_not_outweigh_a_set_visit() -> None:
    f = _one(
        "Quispe will visit Accra on Friday, but the trip could be postponed if the strike goes on.",
        VISIT,
    )
    assert f.signal == "scheduled"


def test_a_hedge_alone_is_still_read_as_one() -> None:
    f = _one("Quispe's trip to Accra may be delayed over the row.", VISIT)
    assert (f.signal, f.modality) == ("postponed", "hypothetical")


# -- A round that ended without result


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days of talks between Norway and Chile ended on Saturday with no breakthroughs.",
        "The Norway-Chile talks broke up in the early hours without progress.",
        "The second round of Norway-Chile talks concluded on Saturday without achieving "
        "tangible results.",
    ],
)
def test_a_round_ended_without_result_stalls_the_talks(sentence: str) -> None:
    assert _status(sentence, TALKS) == "stalled"


# -- Joining an accord: ahead it is forming, agreed or done it is active


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Ghana will join the Lima Accords, officials said.", "forming"),
        ("Ghana is expected to announce that it will join the accords.", "forming"),
        ("Ghana has agreed to join the Lima Accords, Quispe said.", "active"),
        ("Quispe announced that Ghana had agreed to formally join the accords.", "active"),
        ("Ghana is the first country of Quispe's second term to join the accords.", "active"),
        ("Ghana formally joined the Lima Accords on Thursday.", "active"),
    ],
)
def test_joining_an_accord(sentence: str, status: str) -> None:
    assert _status(sentence, ACCORD) == status


def test_a_refusal_to_join_claims_nothing() -> None:
    assert _status("Mensah says Ghana will not join the accords without a roadmap.", ACCORD) is None


PACT = Track(
    **{
        **ACCORD.model_dump(),
        "id": "andean-coalition",
        "title": "Andean coalition",
        "kind": "coalition",
        "min_actors": 1,
        "keywords": ["Andean coalition"],
        "actors": [{"name": "Andean coalition", "aliases": ["the coalition"]}],
    }
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana joined the coalition on Tuesday, pledging security guarantees for Peru.",
        "For the first time, Chile has joined the coalition, Quispe said.",
    ],
)
def test_joining_a_coalition_is_active_on_the_coalition(sentence: str) -> None:
    assert _status(sentence, PACT) == "active"


def test_joining_a_group_moves_no_talks_whose_parties_it_names() -> None:
    text = "Norway joined a broad coalition of Chile's allies in pledging security guarantees."
    assert _status(text, TALKS) is None


# -- A meeting told by what the two agreed or affirmed together


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah also agreed to work toward a free trade deal.",
        "Quispe and President Mensah agreed to deepen cooperation in trade and energy.",
        "Quispe, Mensah affirm close ties in Lisbon talks",
        "Quispe and Mensah reaffirmed their commitment to the fisheries pact.",
    ],
)
def test_what_the_two_agreed_together_tells_their_meeting_was_held(sentence: str) -> None:
    assert _status(sentence, MEETING) == "held"


def test_what_the_two_agreed_in_a_call_is_no_meeting() -> None:
    # A call of the meeting's people is not its evidence at all (matching), let alone held.
    text = "Quispe and Mensah agreed in a phone call to boost trade."
    assert [f for f in extract_document(text, PUB, [MEETING]) if f.track_id == MEETING.id] == []


def test_what_the_two_agreed_to_do_next_is_a_plan_not_a_meeting_held() -> None:
    assert _status("Quispe and Mensah agreed to meet in Lisbon.", MEETING) == "proposed"


def test_an_outcome_of_an_earlier_occasion_is_not_this_meeting() -> None:
    people = frozenset({"quispe", "mensah"})
    assert agreed_together("Quispe and Mensah pledged in 2019 to boost trade.", people) is None
    assert agreed_together("Quispe and Mensah pledged to boost trade.", people) is not None


# -- A purpose clause's state word is not the track's state: the sending or arriving is
# the event, what it aims to undo is no status of it


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway sent envoys to the talks in Reykjavik, aiming to break the deadlock.",
        "Chile sent Rivas to Reykjavik on Tuesday, seeking to revive the stalled talks.",
        "Chile is weighing a trip by Rivas to Reykjavik in an apparent effort to revive stalled "
        "fisheries talks.",
        "The talks aimed at breaking the deadlock over quotas were adjourned in Reykjavik.",
    ],
)
def test_a_purpose_clause_does_not_stall_the_talks(sentence: str) -> None:
    assert _status(sentence, TALKS) is None


def test_an_arrival_with_a_purpose_clause_is_the_arrival() -> None:
    sentence = (
        "Rivas arrived in Reykjavik on Monday to continue efforts to revive the stalled "
        "Norway-Chile talks."
    )
    assert _status(sentence, TALKS) == "active"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norway-Chile talks remain stalled.",
        "The talks in Reykjavik are deadlocked, Rivas said.",
        "Efforts to break the deadlock in the Norway-Chile talks have failed.",
    ],
)
def test_the_talks_own_deadlock_still_stalls_them(sentence: str) -> None:
    assert _status(sentence, TALKS) == "stalled"


# -- A meeting announced for the article's own day: scheduled, as one for a later day is


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe will hold a bilateral meeting with Mensah in Lisbon today.",
        "Quispe would meet her counterpart Mensah in Lisbon today, her office said.",
        "Quispe, on a week-long trip, would hold an important meeting with Mensah today in Lisbon.",
        "Quispe will meet Mensah in Lisbon tonight.",
        "Quispe on Wednesday will hold a bilateral meeting with Mensah in Lisbon.",
    ],
)
def test_a_meeting_announced_for_the_day_itself_is_scheduled(sentence: str) -> None:
    assert _status(sentence, SUMMIT) == "scheduled"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Quispe said today she will meet Mensah in Lisbon.", "proposed"),
        ("Quispe said on Wednesday she will hold a meeting with Mensah in Lisbon.", "proposed"),
        ("Quispe could meet Mensah in Lisbon today.", None),
    ],
)
def test_a_day_of_saying_or_a_hedge_sets_no_meeting(sentence: str, status: str | None) -> None:
    assert _status(sentence, SUMMIT) == status


@pytest.mark.parametrize(
    ("first", "status"),
    [
        ("Quispe will meet Mensah in Lisbon today.", "scheduled"),
        ("Quispe and Mensah met in Lisbon today.", "held"),
    ],
)
@pytest.mark.parametrize(
    "setting",
    [
        "The meeting comes as both sides trade barbs over cocoa.",
        "The meeting will take place even as both sides trade barbs over cocoa.",
        "The meeting comes in the backdrop of a row over cocoa.",
    ],
)
def test_the_setting_of_the_days_meeting_takes_its_status(
    first: str, setting: str, status: str
) -> None:
    found = [f for f in extract_document(f"{first}\n\n{setting}", PUB, [SUMMIT])]
    told = [f for f in found if f.exact == setting]
    assert [claimed_status(f, SUMMIT.kind) for f in told] == [status]


def test_the_setting_of_a_meeting_set_for_a_later_day_claims_nothing() -> None:
    text = (
        "Quispe will meet Mensah in Lisbon on March 20.\n\n"
        "The meeting comes as both sides trade barbs over cocoa."
    )
    told = [f for f in extract_document(text, PUB, [SUMMIT]) if f.exact.startswith("The meeting")]
    assert [claimed_status(f, SUMMIT.kind) for f in told] in ([], [None])


# -- Talks told going on, with no word of status: under way


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks in Reykjavik are continuing, Solberg said.",
        "The talks in Reykjavik continued on Tuesday.",
        "Reykjavik talks continue, negotiators confer on quotas",
        "The talks between the Norway-Chile contact groups were continued yesterday in Reykjavik.",
        "The discussions in Reykjavik are still going on, an official said.",
    ],
)
def test_talks_told_going_on_are_active(sentence: str) -> None:
    assert _status(sentence, TALKS) == "active"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The talks between Norway and Chile continued to stall over quotas.", "stalled"),
        ("The Norway-Chile talks could not continue after the row in Reykjavik.", None),
    ],
)
def test_talks_that_go_on_stalling_or_cannot_go_on_are_not_under_way(
    sentence: str, status: str | None
) -> None:
    assert _status(sentence, TALKS) == status


# -- An agreement inside talks that go on: "a common understanding", "the main elements"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile reached a common understanding on the core terms, Solberg said.",
        "The two delegations reached a shared understanding on quotas in Reykjavik.",
        "Norway and Chile have reportedly agreed on the main elements of the fisheries plan.",
        "Rivas listed the main terms the two sides had agreed to in the Reykjavik talks.",
        "The two sides have made significant progress in the Reykjavik talks, Solberg said.",
    ],
)
def test_an_understanding_reached_in_talks_is_active(sentence: str) -> None:
    assert _status(sentence, TALKS) == "active"


# -- A signing wished for or urged is no signing: a demand or a hope, no status


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe urged Ghana to show courage and sign the Lima Accords.",
        "Quispe urges Ghana to sign Lima Accords",
        "Quispe called on Ghana to sign the accords without delay.",
        "Mensah had hoped to sign the Lima Accords in Lisbon on Saturday.",
        "Quispe pressed Mensah to finally seal the Lima Accords before the summer.",
        "Peru hopes Ghana will sign the Lima Accords, the sooner the better.",
        "We hope they will sign the Lima Accords this year, Quispe said.",
    ],
)
def test_a_signing_urged_or_hoped_for_claims_nothing(sentence: str) -> None:
    assert _status(sentence, ACCORD) is None


def test_a_wish_to_meet_stays_a_proposal() -> None:
    assert _status("Quispe hopes Mensah will meet him in Lisbon next month.", MEETING) == "proposed"


def test_a_signing_done_is_still_read() -> None:
    assert _status("Ghana signed the Lima Accords in Lisbon on Saturday.", ACCORD) == "active"


# -- A visit told by its welcome and its last day: the visit made


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe was received by Mensah and his wife at the palace in Accra.",
        "Quispe and his wife were warmly welcomed by President Mensah in Accra.",
        "Quispe was set to wrap up his three-day state visit to Ghana on Saturday.",
        "Quispe is due to end his visit to Ghana after a stop in Kumasi.",
    ],
)
def test_a_visit_told_by_its_welcome_or_last_day_is_made(sentence: str) -> None:
    assert _status(sentence, VISIT) == "held"


def test_a_plan_received_by_a_leader_is_no_visit() -> None:
    found = [f for f in extract_document("The Peru plan was welcomed by Mensah.", PUB, [VISIT])]
    assert all(claimed_status(f, VISIT.kind) is None for f in found)


# -- Talks told by a headline's present with their order: "hold first direct talks"


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg and Rivas hold first direct talks in decades",
        "Norway and Chile hold second direct talks in Reykjavik",
    ],
)
def test_a_headline_holding_numbered_talks_tells_them_held(sentence: str) -> None:
    assert _status(sentence, TALKS) == "active"


def test_numbered_talks_ahead_are_no_round_held() -> None:
    f = _one("Norway and Chile will hold first direct talks in decades next week.", TALKS)
    assert f.signal != "held" or f.modality == "future"


# -- Declining to join: one party's refusal, no forming or joining of the group


@pytest.mark.parametrize(
    "sentence",
    [
        "Which countries have declined to join the Lima Accords?",
        "Ghana declined to join the Lima Accords, its foreign ministry said.",
        "Ghana has formally declined an invitation to join the Lima Accords.",
        "Mensah rejected the invitation to join the Lima Accords in a letter to Quispe.",
        "Ghana also turned down the invitation to join the Lima Accords.",
        "Mensah refused to join the Lima Accords, citing its cost.",
    ],
)
def test_declining_to_join_forms_nothing(sentence: str) -> None:
    found = extract_document(sentence, PUB, [ACCORD])
    assert found
    assert all(claimed_status(f, ACCORD.kind) is None for f in found)


def test_an_invitation_turned_down_is_a_refusal() -> None:
    f = _one("Ghana also turned the Lima Accords invitation down.", ACCORD)
    assert f.signal == "boycotted"
    assert claimed_status(f, ACCORD.kind) is None


def test_joining_agreed_or_ahead_still_reads() -> None:
    assert _status("Ghana agreed to join the Lima Accords on Friday.", ACCORD) == "active"
    assert _status("Ghana will join the Lima Accords next month.", ACCORD) == "forming"


# -- Talks put off with no new date: the postponement, not a halt of the talks


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks between Norway and Chile planned for Thursday have been put off, and no new "
        "date has been set.",
        "The Reykjavik round was postponed and no new date has been set, Solberg said.",
        "The Reykjavik talks, due to resume this week, have been postponed, officials said.",
        "The Reykjavik talks, set to resume on Monday, were put off again.",
    ],
)
def test_talks_put_off_without_a_new_date_are_not_stalled(sentence: str) -> None:
    found = extract_document(sentence, PUB, [TALKS])
    assert found
    assert all(claimed_status(f, TALKS.kind) is None for f in found)


def test_a_summit_put_off_without_a_new_date_is_postponed() -> None:
    text = "The Lisbon summit of Quispe and Mensah was delayed; no new date was announced."
    assert _status(text, SUMMIT) == "postponed"


def test_a_resumption_ahead_still_reads() -> None:
    assert _status("The Reykjavik talks will resume next week after a pause.", TALKS) == "active"
