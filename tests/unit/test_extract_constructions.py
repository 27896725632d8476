"""Reading rules for constructions that recur in reporting, each on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import CHANNEL, PUB, SUMMIT, TALKS, TRACKS
from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document
from tracker.extract.cuechoice import meets_someone_else
from tracker.extract.dates import find_date_mentions
from tracker.extract.lexicon import compile_cue, load_lexicon
from tracker.extract.signals import find_cues, is_modifier


def _one(text: str, track_id: str) -> Finding:
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == track_id]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("cue", "text", "matched"),
    [
        (
            "(had|held) (a|an) [*] discussion",
            "they had a candid discussion",
            "had a candid discussion",
        ),
        ("(had|held) (a|an) [*] discussion", "they had a discussion", "had a discussion"),
        ("after [*'s] talks", "after Monday's talks", "after Monday's talks"),
        ("hold * talks", "hold Oslo-brokered talks", "hold Oslo-brokered talks"),
        ("halted [the] ... talks", "halted the Reykjavik talks", "halted the Reykjavik talks"),
        ("halt [the] ... talks", "halt fisheries talks", "halt fisheries talks"),
        (
            "ahead of [(the|a)] ... summit",
            "ahead of the Lisbon summit",
            "ahead of the Lisbon summit",
        ),
    ],
)
def test_any_word_slot(cue: str, text: str, matched: str) -> None:
    m = compile_cue(cue).search(text)
    assert m is not None and m.group(0) == matched


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian and Chilean negotiators hold Reykjavik talks on quotas",
        "Norway and Chile held quota talks in Reykjavik on Tuesday.",
    ],
)
def test_talks_named_by_a_modifier_are_held(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert f.signal == "held"


def test_headline_infinitive_of_chairing_is_an_announced_meeting() -> None:
    f = _one("Quispe and Mensah to co-chair Lisbon summit on Friday", SUMMIT.id)
    assert f.signal == "scheduled"


def test_a_clause_opened_by_whether_is_hypothetical_however_long() -> None:
    f = _one(
        "Whether the Norwegian and Chilean delegations will hold any talks at all remains unclear.",
        TALKS.id,
    )
    assert f.modality == "hypothetical"


def test_a_cue_inside_the_gap_of_a_longer_cue_is_read_on_its_own() -> None:
    f = _one(
        "Quispe announced that preparations were under way for a summit with Mensah.",
        SUMMIT.id,
    )
    assert f.signal == "preparing"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway-Chile talks, suspended in January, will resume next week in Reykjavik.",
        "Talks between Norway and Chile resumed on Monday after a pause of three months.",
        "The Norway-Chile talks were frozen in the winter, but their resumption was agreed "
        "on Friday.",
    ],
)
def test_a_resumption_outweighs_the_halt_it_ends(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "resumed"


def test_a_halt_stands_when_the_resumption_is_negated() -> None:
    f = _one("Norway-Chile talks remain suspended and will not resume soon.", TALKS.id)
    assert f.signal == "suspended"


def test_returning_to_the_table_is_a_resumption() -> None:
    f = _one("Norway and Chile returned to the negotiating table in Reykjavik.", TALKS.id)
    assert f.signal == "resumed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah turns down invitation to join Quispe at the Lisbon summit",
        "Mensah has declined a late invitation to the Lisbon summit with Quispe.",
        "Mensah said he would be unable to attend the Lisbon summit with Quispe.",
    ],
)
def test_declining_an_invitation_is_no_proposal(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert f.signal == "boycotted"


def test_talks_would_not_take_part_in_is_a_suspension() -> None:
    f = _one("Rivas said Chile would not take part in fisheries talks with Norway.", TALKS.id)
    assert f.signal == "suspended"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile agree on quota cell after Reykjavik talks",
        "Following the negotiations, Norway and Chile agreed on a quota cell.",
    ],
)
def test_an_outcome_after_talks_tells_the_talks_took_place(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "held"


def test_after_the_talks_gives_way_to_the_sentences_own_predicate() -> None:
    f = _one("Quispe proposed a summit with Mensah following trade talks.", SUMMIT.id)
    assert f.signal == "proposed"


def test_after_my_meeting_is_the_speakers_own_event() -> None:
    found = [
        f
        for f in extract_document(
            '"After my meeting with Rivas, I see Norway and Chile want talks," Solberg said.',
            PUB,
            TRACKS,
        )
        if f.track_id == TALKS.id
    ]
    assert all(f.signal != "held" for f in found)


def test_undated_sentences_take_the_day_the_article_gives_the_same_event() -> None:
    text = (
        "Norwegian and Chilean negotiators hold quota talks in Reykjavik\n\n"
        "Solberg and Rivas held talks in Reykjavik on Monday, officials said.\n\n"
        "The talks were held behind closed doors."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    held = [f for f in found if f.signal == "held"]
    assert len(held) == 3
    assert {f.event_date for f in held} == {date(2026, 3, 2)}  # the Monday before PUB


def test_the_news_day_is_only_the_days_just_before_the_article() -> None:
    text = (
        "Norwegian and Chilean negotiators hold quota talks in Reykjavik\n\n"
        "Solberg and Rivas held talks in Reykjavik on February 20, officials said."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    headline = next(f for f in found if f.exact.startswith("Norwegian"))
    assert headline.event_date == PUB


def test_a_lead_telling_the_news_undated_keeps_the_articles_day() -> None:
    text = (
        "Quispe offers Mensah a summit in Lisbon\n\n"
        "The Peruvian leader Rosa Quispe turned down an invitation to Accra and proposed a "
        "summit with Kwame Mensah in Lisbon instead.\n\n"
        "Mensah's office said on Monday that Quispe had been invited to a summit in Accra."
    )
    lead = _one_of(text, SUMMIT.id, "The Peruvian leader")
    assert (lead.signal, lead.event_date) == ("proposed", PUB)


def test_claims_dated_by_their_article_take_the_day_its_lead_gives_the_news() -> None:
    text = (
        "Quispe and Mensah pledge closer trade ties\n\n"
        "On Monday the leaders of Peru and Ghana restated their support for a trade pact "
        "and urged their ministers to finish the text.\n\n"
        "In a statement that followed a summit of Quispe and Mensah in Lisbon, the two "
        "governments promised further talks."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert found and {f.event_date for f in found} == {date(2026, 3, 2)}  # the Monday


def test_a_future_claim_of_the_leads_speaker_is_dated_when_he_spoke() -> None:
    text = (
        "Quispe will meet Mensah in Lisbon, Rivas says\n\n"
        "Rivas said Monday that Quispe would hold a summit with Mensah in Lisbon "
        "despite the quarrel over fishing rights."
    )
    headline = _one_of(text, SUMMIT.id, "Quispe will")
    assert (headline.modality, headline.event_date) == ("future", date(2026, 3, 2))


def test_a_future_claim_reported_under_a_lead_dating_an_event_was_made_that_day() -> None:
    text = (
        "Quispe and Mensah pledge closer trade ties\n\n"
        "On Monday the leaders of Peru and Ghana restated their support for a trade pact "
        "and urged their ministers to finish the text.\n\n"
        "Mensah said Quispe will meet him in Lisbon."
    )
    later = _one_of(text, SUMMIT.id, "Mensah said")
    assert (later.modality, later.event_date) == ("future", date(2026, 3, 2))


def test_a_lead_dating_the_articles_own_day_moves_nothing() -> None:
    text = (
        "Quispe and Mensah pledge closer trade ties\n\n"
        "The leaders of Peru and Ghana restated on Wednesday their support for a trade "
        "pact and urged their ministers to finish the text.\n\n"
        "The summit of Quispe and Mensah in Lisbon was held behind closed doors."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert found and {f.event_date for f in found} == {PUB}  # PUB is a Wednesday


def test_a_lead_under_a_dateline_takes_the_day_its_speaker_is_dated_next() -> None:
    text = (
        "Quispe says summit preparations continue\n\n"
        "LISBON, March 4 (Wire) Preparations are still under way for a summit between "
        "Quispe and Mensah, Rosa Quispe has said.\n\n"
        'In a post on Monday, Quispe wrote: "The date is not fixed yet."'
    )
    lead = _one_of(text, SUMMIT.id, "LISBON")
    assert (lead.event_date, lead.date_basis) == (date(2026, 3, 2), "inferred")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a headline's infinitive tells of the coming summit: its day
        ("Lisbon to host Quispe-Mensah summit", date(2026, 3, 9)),
        ("Quispe and Mensah to meet in Lisbon", date(2026, 3, 9)),
        # "according to" is no infinitive
        ("According to Lisbon, Quispe and Mensah met in Madrid", PUB),
    ],
)
def test_a_headline_infinitive_takes_the_day_set_for_the_coming_event(
    headline: str, expected: date
) -> None:
    text = f"{headline}\n\nThe summit of Quispe and Mensah will open in Lisbon on March 9."
    assert _one_of(text, SUMMIT.id, headline[:12]).event_date == expected


def test_the_day_the_leads_speaker_spoke_does_not_date_another_speaker() -> None:
    text = (
        "Quispe says summit preparations continue\n\n"
        "LISBON, March 4 (Wire) Preparations are still under way for a summit between "
        "Quispe and Mensah, Rosa Quispe has said.\n\n"
        'In a post on Monday, Quispe wrote: "The date is not fixed yet."\n\n'
        "The timing of any summit of Quispe and Mensah remains open, Ghana's foreign "
        "minister Ama Boateng said."
    )
    other = _one_of(text, SUMMIT.id, "The timing")
    assert (other.speaker is not None, other.event_date) == (True, PUB)
    # a speaker described only by a role may be the lead's: the lead's day holds
    text = text.replace(" Ama Boateng", "")
    assert _one_of(text, SUMMIT.id, "The timing").event_date == date(2026, 3, 2)


def test_future_claims_take_the_day_the_article_states_for_the_coming_event() -> None:
    text = (
        "Quispe and Mensah meet in Lisbon\n\n"
        "According to the plan, the summit of Quispe and Mensah starts on March 9 in "
        "Lisbon.\n\n"
        "After that Quispe and Mensah will hold negotiations over a working lunch."
    )
    later = _one_of(text, SUMMIT.id, "After that")
    assert (later.modality, later.event_date) == ("future", date(2026, 3, 9))
    # so does a sentence without a cue that tells of the future
    text += "\n\nThe summit of Quispe and Mensah will end with a dinner."
    assert _one_of(text, SUMMIT.id, "The summit of Quispe").event_date == date(2026, 3, 9)


@pytest.mark.parametrize(
    ("sentence", "signal", "expected", "basis"),
    [
        # a meeting or call told in the past is not dated by a later day of another event
        (
            "The ministry said Solberg and Rivas held a phone call in which they discussed "
            "the round due in Reykjavik on March 10.",
            "call",
            PUB,
            "inferred",
        ),
        (
            "Solberg and Rivas exchanged views on resuming the fisheries negotiations in "
            "Reykjavik on March 9, the ministry said.",
            "held",
            PUB,
            "inferred",
        ),
        # a meeting still to come keeps its day
        (
            "Once Solberg and Rivas have met on March 10, the round can be fixed.",
            "scheduled",
            date(2026, 3, 10),
            "stated",
        ),
    ],
)
def test_a_meeting_told_in_the_past_is_not_dated_after_its_article(
    sentence: str, signal: str, expected: date, basis: str
) -> None:
    found = _one(sentence, TALKS.id)
    assert (found.signal, found.event_date, found.date_basis) == (signal, expected, basis)


@pytest.mark.parametrize(
    ("sentence", "expected", "basis"),
    [
        # the date of a noun the cue acts on, told by a participle phrase, is that noun's
        (
            "Solberg and Rivas reaffirmed the plans discussed in Reykjavik in January to "
            "extend the quotas.",
            PUB,
            "inferred",
        ),
        # so is a clause of its own with a named subject
        (
            "Solberg and Rivas had a constructive discussion of the steps toward the deal "
            "Quispe and Mensah reached last week.",
            PUB,
            "inferred",
        ),
        # a date of the cue's own clause still dates it; "the plans" is a noun, no future
        (
            "Solberg and Rivas reaffirmed the plans in Reykjavik on Monday.",
            date(2026, 3, 2),
            "stated",
        ),
        # a sentence without a cue is not dated by the clause of another event after it,
        # however many abbreviations that clause holds
        (
            "The round of Solberg and Rivas came after the U.N. envoy visited Reykjavik on "
            "Feb. 27, officials said.",
            PUB,
            "inferred",
        ),
        # a clause opening the sentence dates what follows it
        (
            "After talks on Monday, Solberg and Rivas agreed to meet again.",
            date(2026, 3, 2),
            "stated",
        ),
    ],
)
def test_a_clause_of_another_event_does_not_date_the_sentence(
    sentence: str, expected: date, basis: str
) -> None:
    found = _one(sentence, TALKS.id)
    assert (found.event_date, found.date_basis) == (expected, basis)


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause closing the sentence describes its noun, not the sentence's news
        "There is much to settle, Solberg said of the talks with Rivas, without saying whether "
        "they had touched on the quota accord, which runs out in September 2026.",
    ],
)
def test_a_closing_relative_clause_does_not_date_the_sentence(sentence: str) -> None:
    found = _one(sentence, TALKS.id)
    assert (found.event_date, found.date_basis) == (PUB, "inferred")


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg and Rivas held their first round of talks, which took place in Reykjavik on "
        "February 27.",
        "Solberg and Rivas held a phone conversation, which took place on February 27.",
    ],
)
def test_a_closing_relative_clause_of_the_event_itself_dates_it(sentence: str) -> None:
    found = _one(sentence, TALKS.id)
    assert (found.event_date, found.date_basis) == (date(2026, 2, 27), "stated")


@pytest.mark.parametrize(
    "opening",
    [
        "That session of the Norway-Chile talks lasted four hours.",
        "This round of talks between Norway and Chile went on past midnight.",
    ],
)
def test_a_demonstrative_event_takes_the_date_its_paragraph_gave(opening: str) -> None:
    text = (
        "Solberg and Rivas held a second round of talks in Reykjavik on February 27. "
        f"{opening} Officials described the mood as businesslike."
    )
    found = _one_of(text, TALKS.id, opening[:10])
    assert (found.event_date, found.date_basis) == (date(2026, 2, 27), "stated")


@pytest.mark.parametrize(
    ("continuation", "expected"),
    [
        # a wish for what comes next, told in the past, was voiced at the dated meeting
        ('According to Oslo, the two confirmed "the will to resume the talks."', date(2026, 2, 27)),
        # the narration's own future is not of that day
        ("The two will resume the talks in April.", date(2026, 4, 1)),
    ],
)
def test_a_future_claim_told_in_the_past_takes_its_paragraphs_date(
    continuation: str, expected: date
) -> None:
    text = (
        "Solberg and Rivas held a second round of talks in Reykjavik on February 27. "
        f"That round lasted four hours. {continuation}"
    )
    found = _one_of(text, TALKS.id, continuation[:12])
    assert found.event_date == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # the words a speaker added went on the day the speaker was quoted
        ("", date(2026, 3, 2)),
        ("The minister was speaking at a fisheries forum in Oslo.\n\n", date(2026, 3, 2)),
        # another speaker's words in between: not the same occasion
        ('"It is a hard file," Rivas said.\n\n', PUB),
    ],
)
def test_the_words_a_speaker_added_are_of_the_day_the_speaker_was_quoted(
    between: str, expected: date
) -> None:
    text = (
        '"Norway and Chile will meet again," Ingrid Solberg said on Monday.\n\n'
        f'{between}"The two delegations are now working to agree on a date for the next round '
        'of talks," Solberg added.'
    )
    found = _one_of(text, TALKS.id, '"The two delegations')
    assert found.event_date == expected


def test_a_demonstrative_of_no_dated_paragraph_keeps_the_articles_date() -> None:
    text = "Solberg and Rivas have held talks in Reykjavik.\n\nThat session lasted four hours."
    found = _one_of(text, TALKS.id, "That session")
    assert found.event_date == PUB


@pytest.mark.parametrize(
    ("said", "signal", "expected"),
    [
        # a speech of the article's own day: the claim is of the summit's day, set for it
        ("late on Wednesday", "scheduled", date(2026, 3, 6)),
        # a speech of an earlier day keeps its day
        ("on Monday", "proposed", date(2026, 3, 2)),
    ],
)
def test_a_future_claim_dated_by_a_speech_that_day_takes_the_coming_day(
    said: str, signal: str, expected: date
) -> None:
    text = (
        "Quispe and Mensah will meet at a summit in Lisbon on Friday, March 6.\n\n"
        f"In a statement issued {said}, Ghana's presidency said Mensah would attend the "
        "summit with Quispe."
    )
    found = _one_of(text, SUMMIT.id, "In a statement")
    assert (found.signal, found.event_date) == (signal, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a reported claim of what the coming summit will do is of its day
        ("Ghanaian officials said Quispe and Mensah would take up fishing quotas.", "ahead"),
        ("Ghanaian officials say the summit could settle the fishing quotas.", "ahead"),
        # a reported claim of what was done keeps the article's day
        ("Ghanaian officials said Quispe and Mensah took up fishing quotas.", "today"),
    ],
)
def test_a_reported_claim_of_the_coming_event_takes_its_day(claim: str, expected: str) -> None:
    text = f"Quispe and Mensah will meet at a summit in Lisbon on Friday, March 6.\n\n{claim}"
    found = _one_of(text, SUMMIT.id, "Ghanaian officials")
    assert found.event_date == (date(2026, 3, 6) if expected == "ahead" else PUB)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # what may come is of the coming meeting's day
        ("Quispe and Mensah could meet in Lisbon as the fishing row simmers.", "ahead"),
        ("Quispe and Mensah may meet in Lisbon as the fishing row simmers.", "ahead"),
        ("Quispe and Mensah could meet in Lisbon, Ghanaian officials said.", "ahead"),
        # what could have been keeps the article's day
        ("Quispe and Mensah could have met in Lisbon in the spring.", "today"),
    ],
)
def test_a_meeting_that_may_come_takes_the_day_the_article_sets_for_it(
    claim: str, expected: str
) -> None:
    text = (
        f"{claim}\n\n"
        "Organisers in Lisbon have set the summit of the two presidents for Sunday, March 8."
    )
    found = _one_of(text, SUMMIT.id, claim[:20])
    assert found.event_date == (date(2026, 3, 8) if expected == "ahead" else PUB)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a day the talks are due to deliver by is no day they take place on
        ("Under the framework, Solberg and Rivas will deliver a draft accord by March 10.", PUB),
        (
            "Under the framework, Solberg and Rivas will deliver a draft accord before March 10.",
            PUB,
        ),
        # the day of the coming round is
        ("Solberg and Rivas will open a new round of talks in Reykjavik on March 10.", None),
    ],
)
def test_a_deadline_is_no_day_of_the_coming_event(first: str, expected: date | None) -> None:
    text = f"{first}\n\nNorway and Chile will keep negotiating on the quotas."
    found = _one_of(text, TALKS.id, "Norway and Chile")
    assert found.event_date == (expected or date(2026, 3, 10))


def test_the_second_day_of_talks_is_counted_from_the_day_they_began() -> None:
    text = (
        "Solberg and Rivas met in Reykjavik for a second day of negotiations on the quotas.\n\n"
        "Neither side gave details of the talks, which began on March 2.\n\n"
        "Norway and Chile ended the round without an agreement."
    )
    found = {
        f.exact[:20]: f.event_date
        for f in extract_document(text, PUB, TRACKS)
        if f.track_id == TALKS.id
    }
    # the second day is March 3, the story's news day: the round ended that day too
    assert found == {
        "Norway and Chile end": date(2026, 3, 3),
        "Solberg and Rivas me": date(2026, 3, 3),
        "Neither side gave de": date(2026, 3, 2),
    }


def _one_of(text: str, track_id: str, start: str) -> Finding:
    found = [
        f
        for f in extract_document(text, PUB, TRACKS)
        if f.track_id == track_id and f.exact.startswith(start)
    ]
    assert len(found) == 1, found
    return found[0]


EARLIER = Track(
    id="peru-ghana-nairobi-summit",
    title="Peru–Ghana summit in Nairobi",
    kind="summit",
    actors=SUMMIT.actors,
    parties=SUMMIT.parties,
    places=["Nairobi"],
    keywords=["summit", "meeting", "meet"],
)


def test_a_sentence_two_encounters_share_goes_to_the_one_the_article_names_first() -> None:
    text = (
        "No Quispe-Mensah meeting planned for now\n\n"
        "Quispe and Mensah have no plans to meet soon, deflating hopes of a summit in Lisbon.\n\n"
        "The two leaders last met in July at a summit in Nairobi."
    )
    found = extract_document(text, PUB, [SUMMIT, EARLIER])
    headline = {f.track_id for f in found if f.exact.startswith("No Quispe")}
    assert headline == {SUMMIT.id}
    recalled = {f.track_id for f in found if f.exact.startswith("The two leaders")}
    assert EARLIER.id in recalled


def _of(text: str, track_id: str) -> list[Finding]:
    return [f for f in extract_document(text, PUB, TRACKS) if f.track_id == track_id]


@pytest.mark.parametrize(
    "follow",
    [
        "It was the first such meeting since 2019.",
        "He said the date would be announced later.",
        "They shook hands once more before leaving.",
    ],
)
def test_a_pronoun_carries_on_the_previous_sentences_track(follow: str) -> None:
    text = f"Quispe and Mensah held a summit in Lisbon on Monday. {follow}"
    found = _of(text, SUMMIT.id)
    assert [f.exact for f in found] == [
        "Quispe and Mensah held a summit in Lisbon on Monday.",
        follow,
    ]
    # the continuation takes the day its paragraph gave the event
    assert found[1].event_date == date(2026, 3, 2)


def test_a_pronoun_opening_the_next_paragraph_carries_on_too() -> None:
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n"
        "They plan to publish a joint note on the outcome."
    )
    assert len(_of(text, TALKS.id)) == 2


def test_the_same_speakers_quotation_carries_on() -> None:
    text = (
        '"Preparations for the Lisbon summit with Mensah continue," Quispe said on Monday. '
        '"The date is uncertain. When the time is right, we will make it happen."'
    )
    quotes = [f.exact for f in _of(text, SUMMIT.id)]
    assert len(quotes) == 3


@pytest.mark.parametrize(
    "follow",
    [
        "The weather in the city was mild.",  # a new subject, no pronoun
        "He later flew to Brazil for talks with officials there.",  # another party
        "It came a day after a separate meeting on trade.",  # another event
        "1.",
    ],
)
def test_a_sentence_of_another_subject_does_not_carry_on(follow: str) -> None:
    text = f"Quispe and Mensah held a summit in Lisbon on Monday. {follow}"
    assert [f.exact for f in _of(text, SUMMIT.id)] == [
        "Quispe and Mensah held a summit in Lisbon on Monday."
    ]


def test_a_gathering_refers_to_the_summit_of_the_paragraph() -> None:
    text = (
        "Quispe and Mensah held a summit in Lisbon on Monday.\n\n"
        "The two-day gathering, the officials said, focused on fisheries."
    )
    assert len(_of(text, SUMMIT.id)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting at the Reykjavik town hall began at 10 a.m. on Monday.",
        "Norwegian and Chilean negotiations over fishing quotas started in January.",
        "Solberg and Rivas gave no details of the talks, which began on Monday.",
        "On Monday, Norway and Chile had opened the second round of talks in Reykjavik.",
        "Solberg, opening the talks with Chile, said that progress was possible.",
    ],
)
def test_talks_that_began_are_under_way(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert f.signal == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile held talks in Reykjavik, and the work of the panel started later.",
        "Norway and Chile held talks in Reykjavik after the war with the rebels, who had "
        "started it, ended.",
    ],
)
def test_a_beginning_of_something_else_is_no_beginning_of_the_talks(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert f.signal == "held"
    assert f.cue is not None
    assert "start" not in f.cue and "open" not in f.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The fisheries talks are being led by Solberg and Rivas.",
        "Talks between the Norwegian and Chilean delegations lasted just over two hours.",
        "The meeting in Reykjavik brought together Solberg and Rivas.",
        "So far Norway and Chile have held three separate rounds of talks.",
        "Fisheries negotiations held in Reykjavik under Icelandic mediation went on all night.",
        "Once the talks were over, Solberg and Rivas left Reykjavik.",
    ],
)
def test_talks_told_as_under_way_or_over_are_held(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe and Mensah had a brief face-to-face meeting in Lisbon in May.",
        "Once the summit was over, Quispe and Mensah shook hands and left Lisbon.",
    ],
)
def test_a_meeting_they_had_is_held(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert f.signal == "held" and f.modality not in ("negated", "denied")


def test_talks_that_come_to_a_halt_are_stalled() -> None:
    assert _one("Norway-Chile fisheries talks come to a halt", TALKS.id).signal == "stalled"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Solberg said Norway and Chile mean to keep negotiating.", "future"),
        ("Norway and Chile agreed that the dialogue will continue.", "future"),
        ("Norway and Chile agreed to keep up direct contacts and negotiations.", "future"),
        ("Norway and Chile reiterated their commitment to continuing these talks.", "future"),
        ("Chile was in the middle of negotiations with Norway when the storm hit.", "asserted"),
        ("The fisheries dialogue between Norway and Chile is moving forward.", "asserted"),
        ("Reykjavik prepares to host the second round of Norway-Chile talks", "future"),
        (
            "Rivas will meet the Norwegian side in Reykjavik for the first session of the new "
            "fisheries commission.",
            "future",
        ),
        ("Solberg said the coming round of talks with Chile is crucial.", "reported"),
    ],
)
def test_negotiations_that_go_on_keep_talks_active(sentence: str, modality: str) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, f.modality) == ("engaged", modality)
    assert load_lexicon().status_for("engaged", "talks") == "active"


def test_a_next_round_moves_no_summit() -> None:
    lexicon = load_lexicon()
    assert lexicon.status_for("engaged", "summit") is None
    assert lexicon.status_for("engaged", "initiative") == "forming"


def test_reluctance_to_go_on_is_a_stall() -> None:
    f = _one("Solberg blamed Chile's reluctance to continue the talks with Norway.", TALKS.id)
    assert f.signal == "stalled"


def test_refusing_to_go_on_negates_going_on() -> None:
    f = _one("Chile is unwilling to keep negotiating with Norway.", TALKS.id)
    assert (f.signal, f.modality) == ("engaged", "negated")


def test_an_interest_in_negotiating_is_hypothetical() -> None:
    f = _one("Chile said it was interested in continuing negotiations with Norway.", TALKS.id)
    assert f.modality == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile have agreed on a truce.",
        "Norway, Chile agree truce after Reykjavik talks",
        "Chile confirmed the quota deal reached after lengthy negotiations with Norway.",
        "Norwegian and Chilean negotiators reach early consensus in Reykjavik talks",
        "The Norway-Chile accord, struck in Reykjavik in May, covers both fleets.",
    ],
)
def test_an_agreement_reached_keeps_talks_active(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert f.signal == "agreement"
    assert f.modality in ("asserted", "reported")
    assert load_lexicon().status_for("agreement", "talks") == "active"
    assert load_lexicon().status_for("agreement", "summit") is None


def test_no_agreement_reached_is_no_agreement() -> None:
    f = _one("Norway and Chile reached no agreement in the Reykjavik talks.", TALKS.id)
    assert f.signal != "agreement"


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Norway and Chile published quotas in May 2025 after Reykjavik talks.", "held"),
        ("Mensah said he has stopped considering a summit with Quispe.", "cancelled"),
    ],
)
def test_a_month_or_the_cues_own_words_are_no_hedge(sentence: str, signal: str) -> None:
    track = TALKS.id if "Reykjavik" in sentence else SUMMIT.id
    f = _one(sentence, track)
    assert f.signal == signal
    assert f.modality != "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway-Chile fisheries talks open in Reykjavik",
        "Solberg described her recent Reykjavik meeting with Rivas as productive.",
        "Norway-Chile talks in Reykjavik were 'very positive', says Oslo",
        "Oslo called the negotiations with Chile constructive.",
    ],
)
def test_talks_opening_or_judged_after_the_fact_are_held(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "held"


def test_a_meeting_someone_would_hold_is_ahead() -> None:
    f = _one("Rivas would hold a meeting with Solberg about the fisheries talks.", TALKS.id)
    assert (f.signal, f.modality) == ("held", "future")


def test_a_word_after_recent_is_no_event_when_it_is_a_conjunction() -> None:
    f = _one(
        "Solberg said Norway has no plans to resume the talks, after Chile had claimed a day "
        "earlier that talks would be held.",
        TALKS.id,
    )
    assert f.cue != "earlier that talks"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian negotiators announce a fishing truce with Chile",
        "The talks succeeded, with Norway and Chile agreeing to end hostilities at sea.",
    ],
)
def test_an_announced_truce_or_an_end_of_hostilities_is_an_agreement(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "agreement"


def test_witnessing_the_signing_is_a_signing() -> None:
    f = _one("Quispe and Mensah witness the signing of the Lisbon accord", SUMMIT.id)
    assert f.signal == "signed"


def test_more_than_a_number_is_no_negation() -> None:
    f = _one(
        "Quispe said leaders of more than 20 countries would attend the Lisbon summit with Mensah.",
        SUMMIT.id,
    )
    assert f.modality == "future"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rumours of a resumption of the Norway-Chile talks are premature, Solberg said.",
        "A paper claimed that Norway and Chile had supposedly agreed to resume talks.",
    ],
)
def test_speculation_and_hedged_reports_are_hypothetical(sentence: str) -> None:
    assert _one(sentence, TALKS.id).modality == "hypothetical"


def test_a_plan_told_in_a_side_clause_gives_way_to_its_change() -> None:
    f = _one(
        "The fourth round of Norway-Chile talks, which had been scheduled for Saturday in "
        "Reykjavik, was postponed.",
        TALKS.id,
    )
    assert f.signal == "postponed"
    assert load_lexicon().status_for("postponed", "talks") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah has said he would meet Quispe only once a fisheries deal is ready.",
        "Quispe will meet Mensah in Lisbon unless the strike goes on.",
        "Quispe suggested that the Lisbon summit could follow the path of her last one.",
    ],
)
def test_a_condition_or_modal_after_the_cue_is_hypothetical(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).modality == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Instead of the Lisbon summit, Quispe sent Mensah a letter.",
        "Quispe now judges a summit with Mensah pointless.",
    ],
)
def test_a_summit_replaced_or_judged_pointless_is_cancelled(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).signal == "cancelled"


def test_preparations_far_from_their_state_are_preparations() -> None:
    f = _one(
        "Preparations for the summit between the President of Peru and the President of "
        "Ghana in Lisbon are now in their final phase.",
        SUMMIT.id,
    )
    assert f.signal == "preparing"


def test_agreeing_on_the_draft_text_is_forming() -> None:
    f = _one("In March Norway and Chile agreed on the draft text of the accord.", TALKS.id)
    assert f.signal == "forming"


@pytest.mark.parametrize(
    ("sentence", "track", "signal"),
    [
        ("Solberg arrived in Reykjavik ahead of the Norway-Chile talks", TALKS.id, "engaged"),
        ("Quispe arrived in Lisbon ahead of Friday's summit with Mensah", SUMMIT.id, "scheduled"),
        ("Quispe flew to Lisbon ahead of the planned summit with Mensah", SUMMIT.id, "engaged"),
    ],
)
def test_ahead_of_an_event_tells_it_is_coming(sentence: str, track: str, signal: str) -> None:
    assert _one(sentence, track).signal == signal
    assert load_lexicon().status_for("engaged", "summit") is None


def test_agreeing_to_meet_in_a_city_names_no_day() -> None:
    f = _one("Quispe and Mensah had agreed to hold a summit in Lisbon.", SUMMIT.id)
    assert f.signal == "agreed"


def test_would_be_before_a_participle_tells_the_future() -> None:
    f = _one("Quispe announced that the Lisbon summit with Mensah would be postponed.", SUMMIT.id)
    assert (f.signal, f.modality) == ("postponed", "future")


def test_a_negated_predicate_outweighs_a_claim_in_a_side_clause() -> None:
    f = _one(
        "Chile has no plans to resume the talks with Norway, contradicting Solberg, who had "
        "said that talks would be held next week.",
        TALKS.id,
    )
    assert f.signal == "resumed"
    assert f.modality in ("negated", "denied")


def test_a_proposal_to_resume_is_a_proposal_not_a_resumption() -> None:
    f = _one("What we propose to Chile is to resume the fisheries talks, Solberg said.", TALKS.id)
    assert f.signal == "proposed"
    assert load_lexicon().status_for("proposed", "talks") is None


def _read(text: str, track: Track) -> Finding:
    found = [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "track", "signal"),
    [
        # A call held is a call: the leaders' summit is not held by it, nor is the call
        # its evidence (another event); a channel is.
        ("On March 2, Quispe and Mensah held a phone call.", SUMMIT, None),
        ("Quispe and Mensah had a lengthy telephone conversation on Monday.", SUMMIT, None),
        ("Solberg held a telephone conversation with Rivas on Monday.", CHANNEL, "call"),
        ("Solberg holds phone talk with Rivas", CHANNEL, "call"),
        # "spoke with" a named counterpart is a contact; with reporters it is not.
        ("On Monday, Foreign Minister Ingrid Solberg spoke with Mateo Rivas.", CHANNEL, "call"),
        ("Solberg spoke today with her Chilean counterpart Mateo Rivas.", CHANNEL, "call"),
        ("Solberg spoke with reporters about Rivas on Monday.", CHANNEL, None),
        # "no imminent summit" is a plan on hold, whoever announces it.
        ("Lima Announces No Imminent Summit Between Quispe and Mensah", SUMMIT, "on_hold"),
        (
            "There will be no early meeting between Quispe and Mensah, an aide said.",
            SUMMIT,
            "on_hold",
        ),
        # preparatory talks set for next week prepare the summit; they do not schedule it
        (
            "Aides are set to hold preparatory talks next week before the Quispe-Mensah summit.",
            SUMMIT,
            "preparing",
        ),
        # speaking at or addressing the meeting is taking part in it
        ('Quispe and Mensah spoke at the "Lisbon summit" on Friday.', SUMMIT, "held"),
        ("Solberg addressed Monday's meeting with Rivas by video link.", CHANNEL, "held"),
        # an agreement to have a meeting proposes it
        ("Quispe and Mensah agreed to have a meeting in Lisbon.", SUMMIT, "agreed"),
        ("Quispe and Mensah agreed to arrange an in-person meeting soon.", SUMMIT, "agreed"),
    ],
)
def test_calls_halts_and_agreements_as_reporting_words_them(
    text: str, track: Track, signal: str | None
) -> None:
    if signal is None:
        assert all(f.signal is None for f in extract_document(text, PUB, [track]))
    else:
        assert _read(text, track).signal == signal


def test_a_plan_undone_by_a_clause_of_contrast_is_the_change() -> None:
    text = (
        "Solberg and Rivas were expected to meet this week to settle the agenda, but that "
        "meeting was also cancelled."
    )
    assert _read(text, CHANNEL).signal == "cancelled"
    # Not a contrast inside a description, nor a change in a later clause.
    held = 'Solberg and Rivas held talks on Monday that both called "useful but inconclusive".'
    assert _read(held, CHANNEL).signal == "held"
    met = "Quispe and Mensah met in Lisbon, but reached no deal, and the talks are now stalled."
    assert _read(met, SUMMIT).signal == "held"


def test_a_condition_the_clause_goes_on_to_set_is_hypothetical() -> None:
    text = "Quispe told reporters she would not meet Mensah unless there was a clear purpose."
    assert _read(text, SUMMIT).modality == "hypothetical"
    plain = "Quispe cancelled the summit with Mensah, asking if Accra was serious."
    assert _read(plain, SUMMIT).modality == "asserted"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # A meeting with someone the track does not name is another occasion.
        ("Quispe later hosted Chilean President Mateo Rivas, while Mensah waited.", None),
        ("Mensah met Peruvian envoy Ana Torres in Accra, a step before any summit.", None),
        # Its own people, by name or by role, are the track's.
        ("Quispe hosted Ghanaian President Kwame Mensah in Lisbon on Friday.", "held"),
        ("Quispe met with the Ghanaian leader in Lisbon.", "held"),
        ("Quispe hosted the Ghanaian President in Lisbon.", "held"),
    ],
)
def test_a_meeting_with_someone_else_is_not_the_tracks_event(text: str, signal: str | None) -> None:
    assert _read(text, SUMMIT).signal == signal


def test_unwillingness_and_refusal_negate_what_follows() -> None:
    unwilling = (
        "Rivas said the Norwegian side was unwilling to sign a written agreement at the talks."
    )
    assert _one(unwilling, "norway-chile-talks").modality == "negated"
    declined = _one(
        "Chile declined to hold a new round of talks with Norway.", "norway-chile-talks"
    )
    assert declined.signal is None or declined.modality == "negated"
    # A refusal that is a halt of its own stays one.
    refused = _one(
        "Solberg refused to resume the talks with Rivas in Reykjavik.", "norway-chile-talks"
    )
    assert (refused.signal, refused.modality) == ("suspended", "asserted")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # what has yet to happen has not happened
        ("The two teams have yet to begin preparing the Quispe-Mensah summit.", "negated"),
        ("Arrangements for the summit of Quispe and Mensah in Lisbon are yet to start.", "negated"),
        # saying it is wrong to call it cancelled denies the cancellation
        ("It is not right to say that the Quispe-Mensah summit has been cancelled.", "denied"),
        (
            "It would be wrong to say the Quispe-Mensah summit was cancelled, an aide said.",
            "denied",
        ),
        ("Preparations for the Quispe-Mensah summit are under way, an aide said.", "reported"),
    ],
)
def test_not_yet_and_wrong_to_say(text: str, modality: str) -> None:
    found = _one(text, "peru-ghana-summit")
    assert found.signal is not None and found.modality == modality


def test_would_be_with_a_change_of_plan_is_reported_future_not_a_hypothesis() -> None:
    told = "Quispe announced that the summit with Mensah would be postponed indefinitely."
    assert (_one(told, "peru-ghana-summit").signal, _one(told, "peru-ghana-summit").modality) == (
        "postponed",
        "future",
    )
    maybe = "An aide said a summit of Quispe and Mensah would be possible in Lisbon."
    assert _one(maybe, "peru-ghana-summit").modality in ("hypothetical", "reported")


def test_contradicting_a_claim_denies_it() -> None:
    text = (
        "Solberg said Norway has no plans to resume the talks, contradicting Rivas, who had "
        "claimed that a new round would be held next week."
    )
    assert _one(text, "norway-chile-talks").modality == "denied"


def test_a_phrase_in_scare_quotes_does_not_end_the_clause() -> None:
    text = 'An aide said there is no "precise timeframe" for organizing a meeting of Quispe and Mensah.'
    assert _one(text, "peru-ghana-summit").modality == "negated"
    # A quotation that is a clause of its own still ends one.
    quoted = '"We will not give up," Quispe said, "the summit with Mensah is being prepared."'
    assert _one(quoted, "peru-ghana-summit").modality != "negated"


def test_a_meeting_that_ends_without_a_deal_stalls_the_talks() -> None:
    text = "New round of Norway-Chile talks expected after Reykjavik meeting ends without deal"
    assert _one(text, "norway-chile-talks").signal == "stalled"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "Oslo said it would cease the follow-up to the joint declaration on the Norway-Chile talks.",
            "suspended",
        ),
        ("Norway pulls Chile fisheries deal after the Reykjavik talks", "suspended"),
        ("Chile pulled out of the Norway-Chile fisheries talks on Monday.", "stalled"),
    ],
)
def test_ceasing_the_follow_up_pulling_a_deal_pulling_out(text: str, signal: str) -> None:
    assert _one(text, "norway-chile-talks").signal == signal


@pytest.mark.parametrize(
    "follow",
    [
        "Solberg said the mood at the table had been constructive.",  # the track's person
        "Chile's fisheries ministry called the outcome encouraging.",  # the track's party
        "There is a complete deadlock, officials say.",  # a status cue
    ],
)
def test_a_paragraph_opener_carries_on_the_paragraph_before(follow: str) -> None:
    # Wire copy gives every sentence its own paragraph: the next one opens without a
    # pronoun and still tells of the talks the paragraph before was about alone.
    text = f"Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n{follow}"
    assert [f.exact for f in _of(text, TALKS.id)][1:] == [follow]


@pytest.mark.parametrize(
    "follow",
    [
        "The weather in the city was mild.",  # nothing of the track, no cue
        "Rivas later flew to Brazil for talks with officials there.",  # another party
        "A separate meeting on trade is planned for May.",  # another event
        "Norway has long sold salmon to Chile.",  # both parties, no event: their relations
    ],
)
def test_a_paragraph_opener_of_another_subject_does_not_carry_on(follow: str) -> None:
    text = f"Norway and Chile held quota talks in Reykjavik on Tuesday.\n\n{follow}"
    assert [f.exact for f in _of(text, TALKS.id)][1:] == []


TRADE = Track(
    id="china-us-trade-talks",
    title="China–US trade talks",
    kind="talks",
    parties=["China", "United States"],
    keywords=["talks", "consultations"],
)


def test_a_combining_form_names_its_country() -> None:
    # "Sino-" stands for China as "US" does for the United States.
    found = extract_document("Sino-US talks are expected to resume in May.", PUB, [TRADE])
    assert [f.track_id for f in found] == [TRADE.id]


@pytest.mark.parametrize(
    ("follow", "carries_on"),
    [
        ("The mood was calm, Berg added.", True),  # the same speaker, named again
        ("The mood was calm, Anna Dahl added.", False),  # somebody else
    ],
)
def test_the_speaker_named_again_carries_on(follow: str, carries_on: bool) -> None:
    text = (
        "Norway and Chile held quota talks in Reykjavik on Tuesday, ministry spokesman "
        f"Lars Berg said.\n\n{follow}"
    )
    assert (follow in [f.exact for f in _of(text, TALKS.id)]) is carries_on


@pytest.mark.parametrize(
    ("follow", "kept"),
    [
        ("Solberg described the mood as calm.", True),  # one of the track's people
        ("Norway's fleet stayed in port all week.", False),  # a party alone, no cue
    ],
)
def test_the_tracks_person_carries_the_paragraph_on_without_a_cue(follow: str, kept: bool) -> None:
    text = f"Norway and Chile held quota talks in Reykjavik on Tuesday. {follow}"
    assert (follow in [f.exact for f in _of(text, TALKS.id)]) is kept


ACCORD = Track(
    id="peru-ghana-accord",
    title="Peru–Ghana border accord",
    kind="initiative",
    parties=["Peru", "Ghana"],
    keywords=["border accord"],
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Ghana agree to keep up their direct dialogue",
        "Peruvian and Ghanaian negotiations on the border resumed in May.",
        "Peru and Ghana said the peace process would go on.",
    ],
)
def test_a_plan_is_pursued_through_dialogue_and_negotiations(sentence: str) -> None:
    found = extract_document(sentence, PUB, [ACCORD])
    assert [f.track_id for f in found] == [ACCORD.id]


@pytest.mark.parametrize(
    "sentence",
    [
        # who will sit at the table of a coming round
        "Norway will be represented by Fisheries Minister Ingrid Solberg in the talks.",
        "Deputy Minister Mateo Rivas will represent Chile in the Reykjavik talks.",
        "The Chilean delegation to the talks will be led by Mateo Rivas.",
        "Norwegian and Chilean delegations will be in Reykjavik on March 9 for the talks.",
        # what the talks are about, now or ahead
        "The Norway-Chile talks centre on quotas for the northern fleet.",
        "The Norway-Chile talks are expected to focus on quotas.",
        "Norway-Chile talks seen helping to narrow the gap on quotas",
        "The Norway-Chile talks are expected to pave the way for a quota deal.",
    ],
)
def test_a_delegation_or_an_agenda_tells_the_talks_go_on(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert f.signal == "engaged"
    assert load_lexicon().status_for("engaged", "talks") == "active"
    assert load_lexicon().status_for("engaged", "summit") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norwegian delegation comprised three ministers.",  # a past line-up: no status
        "The Chilean delegation will be in June without its minister.",  # a month, no venue
    ],
)
def test_a_past_line_up_or_a_month_is_no_delegation_cue(sentence: str) -> None:
    assert "engaged" not in {h.signal for h in find_cues(sentence, load_lexicon())}


@pytest.mark.parametrize(
    "sentence",
    [
        "The aim of Quispe's summit with Mensah in Lisbon last month was a trade deal.",
        "Quispe told reporters at the Lisbon summit with Mensah last October that trade grew.",
    ],
)
def test_an_encounter_dated_last_month_was_held(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).signal == "held"


def test_an_encounter_planned_for_last_week_is_not_held_by_that_date() -> None:
    f = _one("The summit of Quispe and Mensah planned for last week was postponed.", SUMMIT.id)
    assert f.signal == "postponed"


def test_a_future_meeting_on_the_day_the_article_states_is_scheduled() -> None:
    text = (
        "Quispe and Mensah meet in Lisbon\n\n"
        "According to the plan, the summit of Quispe and Mensah starts on March 9 in "
        "Lisbon.\n\n"
        "After that Quispe and Mensah will hold negotiations over a working lunch."
    )
    assert _one_of(text, SUMMIT.id, "After that").signal == "scheduled"
    # without a day stated for the coming summit it stays a proposal
    text = "Quispe and Mensah meet in Lisbon\n\nQuispe and Mensah will hold negotiations soon."
    assert _one_of(text, SUMMIT.id, "Quispe and Mensah will").signal != "scheduled"


def test_meeting_someone_last_week_as_a_verb_is_no_encounter_of_the_track() -> None:
    sentence = "Quispe had spoken with Mensah by phone shortly before meeting Ruto last week."
    assert [h.signal for h in find_cues(sentence, load_lexicon())] == ["call"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norwegian and Chilean delegations are planned to meet at 10:00 in Reykjavik.",
        "Solberg was due to sit down with Rivas in Reykjavik on Friday for the talks.",
    ],
)
def test_a_meeting_planned_or_due_at_an_hour_is_scheduled(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "scheduled"


@pytest.mark.parametrize(
    "sentence",
    [
        "The border accord of Peru and Ghana is expected to be made formal in Accra.",
        "Peru and Ghana said the upcoming joint declaration would settle the border accord.",
        "The Peru-Ghana border accord is also expected to recognize the river as the border.",
    ],
)
def test_a_text_still_to_be_adopted_is_being_formed(sentence: str) -> None:
    found = [f for f in extract_document(sentence, PUB, [ACCORD]) if f.track_id == ACCORD.id]
    assert [f.signal for f in found] == ["forming"]
    assert load_lexicon().status_for("forming", "initiative") == "forming"


@pytest.mark.parametrize(
    "sentence",
    [
        "At the Lisbon summit, Quispe and Mensah are to hold talks on trade.",
        "Aides discussed preparations for the upcoming March 9 summit of Quispe and Mensah.",
    ],
)
def test_an_encounter_that_is_to_be_or_named_by_its_coming_day_is_scheduled(
    sentence: str,
) -> None:
    assert _one(sentence, SUMMIT.id).signal == "scheduled"


def test_no_agreement_out_of_the_meeting_still_tells_the_meeting_was_held() -> None:
    f = _one("Quispe admitted that no formal deal came out of the meeting with Mensah.", SUMMIT.id)
    assert f.signal == "held" and f.modality not in ("negated", "denied")


def test_a_day_stated_without_a_schedule_makes_no_meeting_scheduled() -> None:
    text = (
        "Quispe and Mensah meet in Lisbon\n\n"
        "Quispe will brief Mensah on March 9 about the summit.\n\n"
        "After that Quispe and Mensah will hold negotiations over a working lunch."
    )
    assert _one_of(text, SUMMIT.id, "After that").signal != "scheduled"


def test_a_restrictive_relative_clause_on_the_talks_is_no_predicate() -> None:
    sentence = "Quispe is confident of a deal after fisheries talks that wrapped up on Sunday."
    hits = {h.text: h for h in find_cues(sentence, load_lexicon())}
    assert is_modifier(sentence, hits["wrapped up"])
    plain = "The fisheries talks wrapped up on Sunday."
    hit = next(h for h in find_cues(plain, load_lexicon()) if "wrapped up" in h.text)
    assert not is_modifier(plain, hit)


@pytest.mark.parametrize(
    "sentence",
    [
        "A truce between Peru and Ghana on the border accord will take effect at midnight.",
        "Peru and Ghana agreed to sign a joint statement on the border accord.",
    ],
)
def test_an_accord_taking_effect_or_agreed_to_be_signed_is_active(sentence: str) -> None:
    found = [f for f in extract_document(sentence, PUB, [ACCORD]) if f.track_id == ACCORD.id]
    assert [f.signal for f in found] == ["agreement"]
    assert load_lexicon().status_for("agreement", "initiative") == "active"
    assert load_lexicon().status_for("agreement", "summit") is None


def test_no_reason_to_do_so_puts_the_meeting_on_hold() -> None:
    f = _one("Quispe was to meet Mensah in Lisbon, but now there is no reason to do so.", SUMMIT.id)
    assert f.signal == "on_hold"


def test_a_truce_going_into_effect_is_an_accord_in_force() -> None:
    text = "Peru and Ghana said the truce of the border accord goes into effect on Friday."
    found = [f for f in extract_document(text, PUB, [ACCORD]) if f.track_id == ACCORD.id]
    assert [f.signal for f in found] == ["agreement"]


@pytest.mark.parametrize(
    ("sentence", "hidden"),
    [
        ("Mensah's plans met pushback from Peru.", "held"),
        ("Peru restated its demand that Ghana abandon its bid to join the trade bloc.", "proposed"),
        ('"That Lima has started to listen is a good sign," Mensah said.', "signed"),
        ("Quispe called the talks an encouraging sign.", "signed"),
    ],
)
def test_look_alike_phrases_are_no_cues(sentence: str, hidden: str) -> None:
    assert hidden not in {h.signal for h in find_cues(sentence, load_lexicon())}


def test_the_sides_signing_is_still_a_signing() -> None:
    signals = {h.signal for h in find_cues("Peru and Ghana sign the accord.", load_lexicon())}
    assert "signed" in signals


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Despite the delay, Quispe wrote that preparations continue for the summit.", "preparing"),
        ("After months of delay, the Norway-Chile talks resumed in Reykjavik.", "resumed"),
    ],
)
def test_a_side_phrase_opening_the_sentence_gives_way_to_its_predicate(
    sentence: str, signal: str
) -> None:
    track = SUMMIT.id if "summit" in sentence else TALKS.id
    assert _one(sentence, track).signal == signal


def test_that_opening_a_sentence_is_no_side_clause() -> None:
    assert _one("That summit of Quispe and Mensah was cancelled.", SUMMIT.id).signal == "cancelled"


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about the cancellation of the Lisbon summit, Mensah said it is hard to disrupt "
        "an event on which nothing had been agreed.",
        "Lima: Quispe-Mensah Summit That Was Never Agreed Cannot Be Cancelled",
    ],
)
def test_an_event_never_agreed_cannot_be_undone_is_a_denial(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).modality == "denied"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The Norway-Chile talks have run out of steam, Solberg said.", "reported"),
        ("The Norway-Chile talks have returned to a dead-end situation.", "asserted"),
        ("The Reykjavik talks of Norway and Chile have not run dry yet.", "negated"),
    ],
)
def test_talks_run_dry_or_at_a_dead_end_are_stalled(sentence: str, modality: str) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, f.modality) == ("stalled", modality)


def test_a_venue_that_could_host_the_summit_is_a_hypothesis() -> None:
    f = _one(
        "Quispe said Lisbon could host the summit with Mensah within two weeks, once their "
        "aides have met next week.",
        SUMMIT.id,
    )
    assert (f.signal, f.modality) == ("proposed", "hypothetical")


@pytest.mark.parametrize(
    ("text", "track", "signal"),
    [
        # the event told as what came after or amid something else (CAMEO 040, the
        # consultation reported as having happened or going on)
        (
            "Solberg spoke to Rivas on Monday. The conversation came after Norway raised its "
            "quota on Friday.",
            CHANNEL,
            "call",
        ),
        (
            "Solberg spoke to Rivas on Monday. The call comes after Quispe and Mensah met in "
            "Lisbon on Friday.",
            CHANNEL,
            "call",
        ),
        (
            "Solberg and Rivas spoke by phone. The call between the two comes amid a row over "
            "quotas.",
            CHANNEL,
            "call",
        ),
        (
            "Norway and Chile resumed the Reykjavik talks. The negotiations come on the heels "
            "of a deal on salmon exports.",
            TALKS,
            "engaged",
        ),
        (
            "Quispe met Mensah in Lisbon. The summit came after months of border incidents.",
            SUMMIT,
            "held",
        ),
    ],
)
def test_the_event_that_came_after_something_else_took_place(
    text: str, track: Track, signal: str
) -> None:
    last = [f for f in extract_document(text, PUB, [track]) if f.exact.startswith("The ")]
    assert [f.signal for f in last] == [signal]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's ministry said the Reykjavik exchanges were positive and constructive.",
        'Solberg left Reykjavik describing the talks\' tone with Chile as "businesslike".',
        "Rivas said the atmosphere of the Reykjavik talks was constructive.",
    ],
)
def test_exchanges_or_a_tone_judged_tell_talks_held(sentence: str) -> None:
    assert _one(sentence, TALKS.id).signal == "held"


def test_keeping_the_talks_on_track_is_preparing_them() -> None:
    f = _one(
        "Pressure from Iceland helped keep the Reykjavik talks on track, Solberg said.",
        TALKS.id,
    )
    assert f.signal == "preparing"
    assert load_lexicon().status_for("preparing", "talks") == "active"


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe wrote that Mensah and she will then meet in Lisbon.",
        "Quispe said she would also meet Mensah in Lisbon.",
    ],
)
def test_will_then_meet_is_a_proposal(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.modality) == ("proposed", "future")


def test_no_meeting_of_two_leaders_long_named_in_the_immediate_future_is_on_hold() -> None:
    f = _one(
        "An aide said no meeting between Peruvian President Rosa Quispe and Ghanaian "
        'President Kwame Mensah is planned "in the immediate future".',
        SUMMIT.id,
    )
    assert (f.signal, f.modality) == ("on_hold", "reported")


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The exact timing of the Lisbon summit will become clear once aides meet.", "future"),
        ("The timing of the summit of Quispe and Mensah remains undecided.", "asserted"),
    ],
)
def test_a_summit_whose_timing_is_still_open_is_being_prepared(
    sentence: str, modality: str
) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.modality) == ("preparing", modality)


def test_initial_as_an_adjective_is_no_initialling() -> None:
    lexicon = load_lexicon()
    assert "forming" not in [
        h.signal for h in find_cues("The initial meetings will be led by aides.", lexicon)
    ]
    assert [h.signal for h in find_cues("The ministers will initial the text.", lexicon)] == [
        "forming"
    ]
    assert [h.signal for h in find_cues("They discussed initialing the accord.", lexicon)] == [
        "forming"
    ]


def test_a_clause_before_a_side_event_does_not_hedge_it() -> None:
    f = _one(
        "Talk of a possible trade pact arose after Quispe's summit with Mensah in Lisbon.",
        SUMMIT.id,
    )
    assert (f.signal, f.modality) == ("held", "asserted")


def test_a_meeting_of_another_body_is_no_meeting_of_the_track() -> None:
    text = (
        "Solberg and Rivas spoke by phone on Monday. The talks are not over, Solberg told "
        "reporters after a meeting of the Nordic Council of Ministers."
    )
    found = [f for f in extract_document(text, PUB, [CHANNEL]) if f.exact.startswith("The talks")]
    assert [f.signal for f in found] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru returns 12 Ghanaian fishermen as border accord truce holds",
        "Peru and Ghana say the border accord truce has held since Monday.",
        "Under the Peru-Ghana border accord, the two sides agree that displaced families may go home.",
    ],
)
def test_a_truce_that_holds_or_what_both_sides_agree_is_the_accord_at_work(
    sentence: str,
) -> None:
    f = _read(sentence, ACCORD)
    assert f.signal == "agreement"
    assert load_lexicon().status_for("agreement", "initiative") == "active"


@pytest.mark.parametrize(
    "sentence",
    [
        "Footage of the meeting of Quispe and Mensah was released by the palace.",
        "Quispe-Mensah summit, 12 February 2026: joint communique",
    ],
)
def test_pictures_of_the_meeting_or_a_dated_title_tell_it_took_place(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.modality) == ("held", "asserted")


def test_a_tour_expected_to_end_with_a_meeting_on_a_day_is_scheduled() -> None:
    f = _one(
        "Quispe landed in Accra on Monday, the first stop of a tour that is expected to end "
        "with a meeting with Mensah in Lisbon on March 12.",
        SUMMIT.id,
    )
    assert (f.signal, f.modality, f.event_date) == ("scheduled", "future", date(2026, 3, 12))


@pytest.mark.parametrize(
    ("sentence", "track", "signal"),
    [
        ("Mensah told Quispe that the Lisbon summit will soon begin.", SUMMIT, "scheduled"),
        ("Mensah invited Quispe to a summit taking place today in Lisbon.", SUMMIT, "scheduled"),
        ("Solberg said the mediators had given up hope on the Reykjavik talks.", TALKS, "stalled"),
        (
            "Quispe said she didn't want to do that meeting with Mensah in Lisbon after all.",
            SUMMIT,
            "cancelled",
        ),
    ],
)
def test_a_summit_about_to_begin_talks_given_up_on_a_meeting_not_wanted(
    sentence: str, track: Track, signal: str
) -> None:
    assert _one(sentence, track.id).signal == signal


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The Lisbon meeting was the first Quispe-Mensah summit to be held in Europe.", "asserted"),
        ("Quispe and Mensah agreed that a summit is to be held in Lisbon.", "future"),
    ],
)
def test_an_infinitive_after_first_describes_the_event(sentence: str, modality: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert f.modality == modality


@pytest.mark.parametrize(
    ("text", "track", "modality"),
    [
        # a leader's readiness or wish to meet proposes the meeting …
        ("Quispe said she was ready to meet Mensah in Lisbon.", SUMMIT, "reported"),
        ('Quispe said she was "prepared" to meet Mensah soon.', SUMMIT, "reported"),
        (
            "Quispe and Mensah showed their readiness to sit down face to face.",
            SUMMIT,
            "asserted",
        ),
        # … unless a condition or a side, not a person, is ready; on a channel it is no claim
        (
            "Quispe said she was ready to meet Mensah as long as the summit has an agenda.",
            SUMMIT,
            "hypothetical",
        ),
        ("Peru said it was ready to meet Ghana in Lisbon.", SUMMIT, "hypothetical"),
        ("Solberg said she was ready to meet Rivas in person.", CHANNEL, "hypothetical"),
        # openness, pleasure, and the words between the person and them ("would be")
        ("Quispe said she would be willing to meet Mensah in Lisbon.", SUMMIT, "reported"),
        ("Quispe said she would certainly be open to meeting Mensah.", SUMMIT, "reported"),
        ("Quispe had signalled that she was open to meeting Mensah again.", SUMMIT, "reported"),
        ("Quispe said she would be happy to meet Mensah.", SUMMIT, "reported"),
        ('Quispe said she\'d "certainly meet" with Mensah in Lisbon.', SUMMIT, "reported"),
        (
            "Quispe said she would be happy to meet Mensah if the summit has an agenda.",
            SUMMIT,
            "hypothetical",
        ),
        ("Peru said it was open to a meeting with Ghana.", SUMMIT, "hypothetical"),
    ],
)
def test_a_leaders_readiness_to_meet_is_a_proposal_on_a_summit(
    text: str, track: Track, modality: str
) -> None:
    f = _read(text, track)
    assert (f.signal, f.modality) == ("proposed", modality)


@pytest.mark.parametrize(
    "sentence",
    [
        "Solberg will decide on the Reykjavik talks with Chile once she has met Erdogan.",
        "Iceland pressed on, with Solberg holding a phone call with Turkish President Recep "
        "Tayyip Erdogan about the Reykjavik talks with Chile.",
        "Following his meeting with Netanyahu, Rivas said the Reykjavik talks with Norway "
        "would go on.",
    ],
)
def test_a_meeting_or_call_with_a_named_outsider_is_no_occasion_of_the_talks(
    sentence: str,
) -> None:
    found = [f for f in extract_document(sentence, PUB, TRACKS) if f.track_id == TALKS.id]
    assert all(f.signal not in ("held", "call") for f in found), found


def test_a_call_with_the_tracks_own_person_is_the_tracks() -> None:
    f = _read("Solberg held a phone call with Rivas on Monday.", CHANNEL)
    assert f.signal == "call"


LEADERS = Track(
    id="li-carter-meeting",
    title="Li–Carter leaders' meeting",
    kind="meeting",
    actors=[Actor(name="Li Wei", aliases=["Li"]), Actor(name="Anna Carter", aliases=["Carter"])],
    parties=["China", "United States"],
    keywords=["meeting", "summit", "talks"],
)


NEGOTIATORS = Track(
    id="china-us-trade-talks",
    title="China–US trade talks",
    kind="talks",
    actors=[Actor(name="Wang Tao", aliases=["Wang"])],
    parties=["China", "United States"],
    keywords=["talks", "consultations"],
)


def test_a_cue_of_the_talks_process_is_the_talks_though_the_leaders_are_nearer() -> None:
    text = (
        "Wang Tao, the negotiator, said that after the summit of Li and Carter his deputy "
        "would travel to Geneva for talks with the U.S."
    )
    found = {f.track_id: f for f in extract_document(text, PUB, [NEGOTIATORS, LEADERS])}
    assert found[NEGOTIATORS.id].signal == "engaged"  # moves nothing on the leaders' meeting
    assert found[LEADERS.id].signal == "held"
    assert load_lexicon().status_for("engaged", "meeting") is None


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Rivas said the Reykjavik talks with Norway were a step forward.", "held"),
        (
            "Norway and Chile have decided to establish a joint monitoring cell for the "
            "Reykjavik talks.",
            "agreement",
        ),
    ],
)
def test_talks_judged_a_step_forward_or_a_body_the_sides_set_up(sentence: str, signal: str) -> None:
    f = _one(sentence, TALKS.id)
    assert f.signal == signal
    assert load_lexicon().status_for(signal, "talks") == "active"


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        # the day of a side phrase opening the sentence is the other event's, not the meeting's
        (
            "LIMA (AP) — After a phone call with Mensah on Friday, Quispe said the two would "
            "meet in Lisbon.",
            "proposed",
        ),
        ("Following talks on Friday, Quispe said she would meet Mensah in Lisbon.", "proposed"),
        ("Quispe said she would meet Mensah in Lisbon on March 12.", "scheduled"),
    ],
)
def test_a_day_in_an_opening_side_phrase_does_not_schedule_the_meeting(
    sentence: str, signal: str
) -> None:
    assert _one(sentence, SUMMIT.id).signal == signal


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ('"I believe that summit will still be on," Quispe said of the Lisbon meeting.', "future"),
        ("An aide said the Quispe-Mensah summit is still on.", "reported"),
        ("Quispe, Mensah summit still on despite border row", "asserted"),
        ("Quispe and Mensah spoke on Monday, agreeing to meet in Lisbon.", "asserted"),
    ],
)
def test_a_summit_still_on_or_a_meeting_agreed_in_passing_is_proposed(
    sentence: str, modality: str
) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal in ("proposed", "agreed"), f.modality) == (True, modality)


def test_still_on_hold_is_no_summit_still_on() -> None:
    f = _one("The Lisbon summit of Quispe and Mensah is still on hold.", SUMMIT.id)
    assert f.signal == "on_hold"


def test_giving_up_on_a_demand_is_no_stalling() -> None:
    found = [
        f
        for f in extract_document(
            "Solberg said Chile had given up on its quota demand at the Reykjavik talks.",
            PUB,
            TRACKS,
        )
        if f.track_id == TALKS.id
    ]
    assert all(f.signal != "stalled" for f in found), found


# The lead is about something else, so only the paragraph before carries the summit on.
_SUMMIT_TOLD = (
    "Fishing fleets returned to port early as storms swept the coast.\n\n"
    "Quispe and Mensah met at a Lisbon summit on Tuesday.\n\n"
)
_NO_EVENT = "The hall was hung with red and gold banners, a custom of the host city.\n\n"
_AFTER_IT = "After the summit, a spokesman said the mood had been warm and businesslike."


def test_an_event_anaphor_reaches_over_a_paragraph_that_tells_of_no_event() -> None:
    found = [
        f
        for f in extract_document(_SUMMIT_TOLD + _NO_EVENT + _AFTER_IT, PUB, TRACKS)
        if f.track_id == SUMMIT.id
    ]
    assert any(f.exact.startswith("After the summit") for f in found), found


def test_an_event_anaphor_reaches_over_one_eventless_paragraph_only() -> None:
    text = _SUMMIT_TOLD + _NO_EVENT + _NO_EVENT.replace("red", "blue") + _AFTER_IT
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert not any(f.exact.startswith("After the summit") for f in found), found


@pytest.mark.parametrize(
    "attendance",
    [
        "Joining from Nairobi was Kenyan President William Ruto, along with envoys of the Gulf states.",
        "Also expected at the gathering, beside the two hosts, was Kenyan President William Ruto.",
        "Taking part alongside them were Kenyan President William Ruto and Brazil's foreign minister.",
    ],
)
def test_who_else_attends_carries_on_the_event_told_of(attendance: str) -> None:
    text = "Quispe and Mensah opened the Lisbon summit on Monday.\n\n" + attendance
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert any(f.exact == attendance for f in found), found


def test_an_attendance_opener_needs_the_event_just_before() -> None:
    text = (
        "Quispe and Mensah opened the Lisbon summit on Monday.\n\n"
        "Heavy rain fell across the region overnight, closing several roads.\n\n"
        "Joining from Nairobi was Kenyan President William Ruto."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert not any(f.exact.startswith("Joining") for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "After their talks in Lisbon, Quispe and Mensah gave a joint press conference.",
        "Quispe said she and Mensah had agreed on several points in Lisbon.",
        "Both leaders said their Lisbon talks had brought real progress.",
        '"There were many, many points that we agreed on in Lisbon," Quispe said of Mensah.',
    ],
)
def test_an_outcome_of_the_meeting_tells_it_took_place(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert f.signal == "held"
    assert f.modality in ("asserted", "reported")


def test_a_joint_press_conference_ahead_announces_the_meeting() -> None:
    f = _one(
        "Once the summit is over, Quispe and Mensah will give a joint press conference.", SUMMIT.id
    )
    assert (f.signal, f.modality) == ("held", "future")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe said their advisers would hold a meeting next week to set the Lisbon summit up.",
        "Mensah said the initial meetings will be led by his foreign minister before the summit.",
    ],
)
def test_aides_meeting_ahead_of_the_summit_is_its_preparation(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).signal == "preparing"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah thanked Quispe for her invitation to the Lisbon summit but gave no answer.",
        "Mensah had answered Quispe's invitation to the summit a day earlier.",
    ],
)
def test_a_reply_to_an_invitation_is_no_proposal(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert f.signal != "proposed"


def test_a_meeting_of_a_body_named_in_quotes_is_not_the_tracks() -> None:
    f = _one(
        'Mensah answered in Lisbon, where he spoke after the summit of the "friends of the sea."',
        SUMMIT.id,
    )
    assert f.signal != "held"


def test_summit_plans_that_end_are_cancelled() -> None:
    f = _one("Quispe's Lisbon summit plans with Mensah end in a trade row", SUMMIT.id)
    assert f.signal == "cancelled"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (
            "Joining from Accra was Ghanaian President Kwame Mensah, with envoys of the region.",
            "asserted",
        ),
        ("Also expected at the summit, beside the host Quispe, was Mensah.", "future"),
    ],
)
def test_who_joins_or_is_expected_attends(sentence: str, modality: str) -> None:
    text = "Quispe and Mensah opened the Lisbon summit on Monday.\n\n" + sentence
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    hit = [f for f in found if f.exact == sentence]
    assert hit and (hit[0].signal, hit[0].modality) == ("held", modality), found


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Peruvian and Ghanaian leaders meet at Lisbon summit", "held"),
        ("Quispe and Mensah meet on the sidelines of the Lisbon summit", "held"),
        ("Quispe and Mensah to meet in Lisbon", "proposed"),
        ("Mensah turned down Quispe's suggestion that they meet in Lisbon.", None),
        (
            "Rosa Quispe and Colombia's Gustavo Petro meet in Lisbon before her summit with Mensah",
            None,
        ),
        ("Meeting of the Foreign Ministers of Peru and Ghana.", "held"),
    ],
)
def test_a_headlines_present_meet_or_a_meetings_title_tells_it_took_place(
    sentence: str, signal: str | None
) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal if f.signal != "boycotted" else None) == signal


def test_getting_the_meeting_ready_is_preparing() -> None:
    f = _one("Quispe told her envoys to get the Lisbon summit ready soon.", SUMMIT.id)
    assert f.signal == "preparing"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (
            "But to reach a final accord in the talks, Chile should lift its quota, Solberg said.",
            "hypothetical",
        ),
        ("Norway and Chile agreed to reach a final accord in the talks by May.", "future"),
    ],
)
def test_an_opening_infinitive_of_purpose_is_no_plan(sentence: str, modality: str) -> None:
    assert _one(sentence, TALKS.id).modality == modality


@pytest.mark.parametrize(
    ("subject", "outsider"),
    [("French President Emmanuel Macron", True), ("Peruvian President Rosa Quispe", False)],
)
def test_the_tracks_person_met_by_an_outsider_is_no_occasion_of_the_track(
    subject: str, outsider: bool
) -> None:
    sentence = f'{subject} called her Monday meeting with Kwame Mensah "very good".'
    hit = next(h for h in find_cues(sentence, load_lexicon()) if h.signal == "held")
    assert meets_someone_else(sentence, hit, frozenset({"quispe", "mensah"})) is outsider


@pytest.mark.parametrize(
    "sentence",
    [
        "The issue at hand is to resume the Norway-Chile talks, Solberg said.",
        "Rivas said the goal now is to resume talks with Norway in Reykjavik.",
    ],
)
def test_an_aim_to_resume_is_no_resumption(sentence: str) -> None:
    assert _one(sentence, TALKS.id).modality == "hypothetical"


def test_a_meeting_of_the_tracks_people_named_by_an_outsider_is_the_tracks() -> None:
    sentence = (
        "French President Emmanuel Macron comments on the coming meeting of Quispe and Mensah"
    )
    hit = next(h for h in find_cues(sentence, load_lexicon()) if h.signal == "engaged")
    assert not meets_someone_else(sentence, hit, frozenset({"quispe", "mensah"}))


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        (
            "Solberg told Rivas that Oslo wanted the talks to settle quotas, the statement said.",
            "engaged",
        ),
        (
            "Rivas reportedly assured Ingrid Solberg that Chile wanted the talks to settle quotas.",
            "engaged",
        ),
        ("Solberg told reporters that Norway wanted the talks with Chile to settle quotas.", None),
    ],
)
def test_one_of_the_talks_people_telling_the_other_is_the_talks_going_on(
    sentence: str, signal: str | None
) -> None:
    assert _one(sentence, TALKS.id).signal == signal


def test_the_announcement_of_a_meeting_whose_day_is_set_is_scheduled() -> None:
    text = (
        "Quispe Unveils Lisbon Summit with Mensah\n\n"
        "The summit with Mensah is scheduled for March 20 in Lisbon, Quispe said."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert [f.signal for f in found] == ["scheduled", "scheduled"], found


def test_the_announcement_of_a_meeting_without_a_day_stays_proposed() -> None:
    f = _one("Quispe Unveils Lisbon Summit with Mensah", SUMMIT.id)
    assert f.signal == "proposed"


@pytest.mark.parametrize(
    ("sentence", "signal", "modality"),
    [
        (
            "Officials said Quispe and Mensah would take up fishing rights and tariffs.",
            "held",
            "future",
        ),
        ("Quispe and Kwame Mensah are expected to discuss the tariff row.", "held", "future"),
        (
            "Quispe and her ministers will discuss the tariff row with Mensah's envoy.",
            None,
            "asserted",
        ),
    ],
)
def test_what_the_tracks_people_will_discuss_together_announces_their_meeting(
    sentence: str, signal: str | None, modality: str
) -> None:
    text = "The Lisbon summit of Quispe and Mensah drew much attention.\n\n" + sentence
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    hit = [f for f in found if f.exact == sentence]
    if signal is None:
        assert not hit or hit[0].signal is None, found
    else:
        assert hit and (hit[0].signal, hit[0].modality) == (signal, modality), found


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (
            "An aide said the envoys' call would be the first step in preparations for the summit of Quispe and Mensah.",
            "future",
        ),
        (
            "An aide said a call would be welcome as a step in preparations for the summit of Quispe and Mensah.",
            "hypothetical",
        ),
    ],
)
def test_would_be_the_first_step_tells_what_comes_not_a_hypothesis(
    sentence: str, modality: str
) -> None:
    assert _one(sentence, SUMMIT.id).modality == modality


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        (
            "Mensah said he could not attend the Lisbon summit, the timing being too close to "
            "the start of the festival of Homowo, which starts on Monday.",
            None,
        ),
        ("Quispe and Mensah announced the Lisbon summit, which starts on Monday.", "scheduled"),
    ],
)
def test_a_which_clause_on_a_noun_naming_no_event_tells_of_that_noun(
    sentence: str, signal: str | None
) -> None:
    assert _one(sentence, SUMMIT.id).signal == signal


def test_news_that_emerged_after_a_dated_event_is_of_that_day() -> None:
    text = (
        "Chile angered by reports Norway has suspended the Reykjavik talks\n\n"
        "Chile's government is angered by reports that Norway has suspended the Reykjavik "
        "talks with Chilean negotiators.\n\n"
        "Word that the talks with Norway had been suspended emerged after a trawler was "
        "seized off the Chilean coast on the evening of March 2, the Chilean ministry said."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    assert found and {f.event_date for f in found} == {date(2026, 3, 2)}


def test_a_past_news_lead_undated_keeps_the_articles_day_a_perfect_one_does_not() -> None:
    base = (
        "Norway suspends Reykjavik talks with Chile\n\n"
        "{lead}\n\n"
        "Norwegian officials said on Monday that the talks with Chile had been suspended."
    )
    perfect = base.format(
        lead="Chilean negotiators are dismayed that Norway has suspended the Reykjavik "
        "talks on fishing quotas with Chile."
    )
    past = base.format(
        lead="Norway suspended the Reykjavik talks on fishing quotas with Chile, to the "
        "dismay of Chilean negotiators."
    )
    assert _one_of(perfect, TALKS.id, "Chilean negotiators").event_date == date(2026, 3, 2)
    assert _one_of(past, TALKS.id, "Norway suspended the").event_date == PUB


def test_a_day_told_in_passing_is_not_the_coming_events_day() -> None:
    text = (
        "Quispe holds call with Mensah\n\n"
        '"Mensah and I will then meet in Lisbon to settle the quarrel," Quispe wrote.\n\n'
        "Quispe also said she would go over her call with Kwame Mensah, and much more, "
        "when her cabinet gathers in Lima on March 5."
    )
    meet = _one_of(text, SUMMIT.id, '"Mensah and I')
    assert (meet.signal, meet.event_date) == ("proposed", PUB)


def test_a_plan_told_in_the_present_takes_the_day_of_the_coming_event() -> None:
    text = (
        "Lisbon prepares for Peru-Ghana summit\n\n"
        "Quispe and Mensah will meet in Lisbon on March 6, officials said.\n\n"
        "According to Portuguese diplomatic sources, Quispe and Mensah are planned to meet "
        "at 10:00 in the Belem palace."
    )
    plan = _one_of(text, SUMMIT.id, "According to")
    assert (plan.signal, plan.event_date) == ("scheduled", date(2026, 3, 6))


def test_a_report_made_at_the_time_is_of_the_day_just_told() -> None:
    text = (
        "Solberg and Rivas held talks in Reykjavik on February 20.\n\n"
        "Norwegian radio reported at the time that the talks with Chile had been tense."
    )
    report = _one_of(text, TALKS.id, "Norwegian radio")
    assert report.event_date == date(2026, 2, 20)


def test_at_the_time_without_a_report_is_no_day() -> None:
    text = (
        "Solberg and Rivas held talks in Reykjavik on February 20.\n\n"
        "Norway will resume talks with Chile at the time that suits both sides."
    )
    later = _one_of(text, TALKS.id, "Norway will")
    assert later.event_date != date(2026, 2, 20)


def test_a_past_perfect_in_a_relative_clause_after_the_cue_keeps_the_articles_day() -> None:
    text = (
        "Norway has suspended the Reykjavik talks with Chile and the quota swap that both "
        "fisheries ministries had announced."
    )
    assert _one_of(text, TALKS.id, "Norway").event_date == PUB


def test_a_countrys_official_speaks_with_the_voice_the_lead_dates() -> None:
    text = (
        "Peru says Lisbon summit with Ghana called off\n\n"
        "LIMA, March 4 (Wire) - Peru said on Monday that the Lisbon summit of Quispe and "
        "Mensah had been cancelled.\n\n"
        '"The summit of Quispe and Mensah will not now take place," Peruvian Foreign '
        "Minister Ana Torres wrote."
    )
    quoted = _one_of(text, SUMMIT.id, '"The summit')
    assert quoted.event_date == date(2026, 3, 2)  # the Monday the lead dates


def test_a_choice_made_in_a_call_is_of_the_calls_day() -> None:
    text = (
        "Peru and Ghana name ministers to prepare Lisbon summit\n\n"
        "Peru and Ghana have named the ministers who will prepare the summit of their "
        "presidents in Lisbon, officials in Lima and Accra said.\n\n"
        "Lisbon was chosen for the summit after a phone conversation of an hour between "
        "Quispe and Mensah on Monday."
    )
    assert _one_of(text, SUMMIT.id, "Lisbon was").event_date == date(2026, 3, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe had flown to Accra last year for the annual summit.",
        "In May last year, Quispe went to Accra for the summit with Mensah.",
        "Mensah last came to Lima in 2022.",
        "The previous summit of Peru and Ghana took place in Accra in 2024.",
        "Nine annual summits have been held so far, in Peru and Ghana by turns.",
        "Quispe and Mensah last met two years ago, at a summit in Accra.",
    ],
)
def test_an_earlier_edition_of_the_summit_is_not_this_ones_evidence(sentence: str) -> None:
    text = f"Quispe to visit Ghana in May for a summit with Mensah\n\n{sentence}"
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert [f.exact for f in found] == ["Quispe to visit Ghana in May for a summit with Mensah"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the time since an earlier occasion tells of this one
        "It will be the first summit of Quispe and Mensah since 2023.",
        # the earlier year in another clause than the event's
        "Quispe and Mensah will hold a summit in Lisbon; the two last faced each other in 2022.",
    ],
)
def test_a_summit_told_beside_an_earlier_year_stays_the_summits(sentence: str) -> None:
    assert _one(sentence, SUMMIT.id).exact == sentence


def test_a_paragraph_recalling_an_earlier_edition_is_an_aside() -> None:
    text = (
        "Quispe arrived in Lisbon on Tuesday for a summit with Mensah.\n\n"
        "Quispe had flown to Accra last year for the annual summit.\n\n"
        "On Wednesday morning, Quispe will open her official engagements with a ceremony."
    )
    found = [f.exact for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert found == [
        "Quispe arrived in Lisbon on Tuesday for a summit with Mensah.",
        "On Wednesday morning, Quispe will open her official engagements with a ceremony.",
    ]


def test_a_meeting_put_in_a_country_outside_the_track_is_another_even_with_an_unknown_venue() -> (
    None
):
    # "Palacio Verde" is unknown to the gazetteer: a city of a third country could be
    # anywhere, a third country is not where a Lisbon summit is
    track = SUMMIT.model_copy(update={"places": ["Lisbon", "Palacio Verde"]})
    text = (
        "Quispe arrives in Lisbon for a summit with Mensah\n\n"
        "Quispe and Mensah met in March on the sidelines of a regional summit in Brazil.\n\n"
        "Quispe and Mensah will meet at the Palacio Verde on Friday."
    )
    found = [f.exact for f in extract_document(text, PUB, [track])]
    assert found == [
        "Quispe arrives in Lisbon for a summit with Mensah",
        "Quispe and Mensah will meet at the Palacio Verde on Friday.",
    ]


def test_a_sentence_naming_two_encounters_by_their_venues_is_evidence_of_both() -> None:
    earlier = SUMMIT.model_copy(
        update={
            "id": "peru-ghana-kumasi",
            "title": "Peru–Ghana Kumasi summit",
            "places": ["Kumasi"],
        }
    )
    text = (
        "Quispe and Mensah to hold a Lisbon summit\n\n"
        "Quispe and Mensah met in Kumasi in May, agreeing there to hold their next summit in "
        "Lisbon.\n\n"
        "The summit was later postponed."
    )
    found = [(f.track_id, f.exact[:20]) for f in extract_document(text, PUB, [SUMMIT, earlier])]
    assert ("peru-ghana-kumasi", "Quispe and Mensah me") in found
    assert ("peru-ghana-summit", "Quispe and Mensah me") in found
    # what follows carries on the article's own event, not the one told in passing
    assert [t for t, exact in found if exact.startswith("The summit")] == ["peru-ghana-summit"]


PLAN = Track(
    id="peru-ghana-accord",
    title="Peru–Ghana fisheries accord",
    kind="initiative",
    actors=SUMMIT.actors,
    parties=SUMMIT.parties,
    places=["Lisbon"],
    keywords=["fisheries accord", "accord"],
)


@pytest.mark.parametrize(
    ("follow", "carried"),
    [
        ("They set up a joint patrol, a ceasefire at sea and a framework for quotas.", True),
        ("It also lays down a truce on the disputed banks.", True),
        # another plan, named as such
        ("They also discussed a new agreement on ports.", False),
    ],
)
def test_a_pronoun_carrying_on_a_plan_tells_what_it_lays_down(follow: str, carried: bool) -> None:
    text = f"Quispe and Mensah signed the fisheries accord in Lisbon on Monday.\n\n{follow}"
    found = [f.exact for f in extract_document(text, PUB, [PLAN])]
    assert (follow in found) is carried


def test_an_earlier_occasion_the_track_names_as_context_stays_context() -> None:
    track = SUMMIT.model_copy(update={"context_terms": ["Accra"]})
    text = (
        "Quispe and Mensah to hold a Lisbon summit\n\n"
        "The two leaders last met in Accra in May, at a summit that ended without results."
    )
    found = [f for f in extract_document(text, PUB, [track]) if f.exact.startswith("The two")]
    assert [f.context for f in found] == [True]


def test_a_meeting_announced_the_day_before_its_day_is_scheduled_for_it() -> None:
    # announced on Monday for Tuesday, printed on Wednesday: a day fixed ahead of its report
    text = (
        "The ministry announced on Monday night that Quispe will meet Mensah in Lisbon on Tuesday."
    )
    found = _one(text, SUMMIT.id)
    assert (found.signal, found.event_date) == ("scheduled", date(2026, 3, 3))


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Mensah joined Quispe in Lisbon to witness the signing of the accord.", "asserted"),
        (
            "Five leaders were on hand in Lisbon to witness the signing by Quispe and Mensah.",
            "asserted",
        ),
        ("Quispe will travel to Lisbon to witness the signing with Mensah.", "future"),
    ],
)
def test_being_there_to_witness_a_signing_told_in_the_past_is_the_signing(
    sentence: str, modality: str
) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.modality) == ("signed", modality)


@pytest.mark.parametrize(
    "follow",
    [
        "She will lay a wreath at the harbour memorial before the talks.",
        "Mensah will host a state banquet for Quispe.",
        "Quispe will be accorded a ceremonial welcome by Mensah.",
    ],
)
def test_a_set_visits_programme_is_scheduled_with_it(follow: str) -> None:
    text = f"Quispe arrives in Lisbon on Friday for a summit with Mensah. {follow}"
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert [(f.signal, f.event_date) for f in found][-1] == ("scheduled", date(2026, 3, 6))


def test_a_visits_programme_without_a_set_day_is_proposed() -> None:
    f = _one("Mensah will host a banquet for Quispe at the Lisbon summit.", SUMMIT.id)
    assert (f.signal, f.modality) == ("proposed", "future")


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Quispe said Mensah would visit Ghana at an appropriate time, beyond the summit.", None),
        ("Mensah would visit Peru later in the year, Quispe said of the summit.", None),
        ("Quispe will visit Lisbon for the summit with Mensah.", "proposed"),
        ("Quispe said Mensah would visit Portugal for their summit.", "proposed"),
    ],
)
def test_a_visit_to_a_country_where_the_track_is_not_claims_no_status(
    sentence: str, signal: str | None
) -> None:
    track = SUMMIT.model_copy(update={"places": ["Lisbon", "Portugal"]})
    found = [f for f in extract_document(sentence, PUB, [track])]
    assert [f.signal for f in found] == [signal]


def test_a_visit_to_another_country_for_the_summit_is_the_summit() -> None:
    track = SUMMIT.model_copy(update={"places": ["Lisbon", "Portugal"]})
    found = extract_document("Quispe will visit Ghana for the summit with Mensah.", PUB, [track])
    assert [f.signal for f in found] == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Lima and Accra are working out mutually agreeable dates for the Quispe-Mensah "
        "summit.",
        "Aides said they are working on a new date for the Quispe-Mensah summit.",
        "The two sides are finalising the dates for the Quispe-Mensah summit.",
        "Lima and Accra are coordinating new dates for the Quispe-Mensah summit.",
        "The details of the Quispe-Mensah summit and its schedule are being worked out.",
    ],
)
def test_working_out_a_date_is_preparing_the_meeting(text: str) -> None:
    assert _read(text, SUMMIT).signal == "preparing"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Solberg and Rivas agreed to stay in close touch, the ministry said.", "engaged"),
        ("Solberg and Rivas decided to keep the lines of communication open.", "engaged"),
        ("Solberg and Rivas agreed to keep communication open.", "engaged"),
        ("Solberg and Rivas agreed to maintain regular contacts.", "engaged"),
        ("Solberg and Rivas agreed to talk again on Friday.", "call"),
        ("Solberg and Rivas will speak again next week.", "call"),
    ],
)
def test_keeping_in_touch_and_talking_again_continue_a_channel(text: str, signal: str) -> None:
    f = _read(text, CHANNEL)
    assert f.signal == signal
    assert f.modality not in ("negated", "denied", "hypothetical")


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # the plan as it stood before the change is no status …
        ("The Quispe-Mensah summit had been expected on Sunday in Lisbon.", None),
        ("Quispe and Mensah had been due to meet in Lisbon on Friday.", None),
        ("Quispe was to have met Mensah on Thursday in Lisbon.", None),
        # … the change, or the new plan, is
        (
            "The Quispe-Mensah summit, which had been scheduled for noon, was pushed to the "
            "evening.",
            "postponed",
        ),
        (
            "The Quispe-Mensah summit had been planned for Wednesday but will now take place on "
            "Friday.",
            "scheduled",
        ),
        (
            "The summit between Quispe and Mensah, which was supposed to be held on Friday in "
            "Lisbon, has been canceled.",
            "cancelled",
        ),
        # a plan told in the simple past still stands
        ("Quispe was slated to hold talks with Mensah in Lisbon.", "scheduled"),
    ],
)
def test_a_plan_told_as_replaced_is_not_the_plan(text: str, signal: str | None) -> None:
    assert _read(text, SUMMIT).signal == signal


@pytest.mark.parametrize(
    ("text", "signal", "modality"),
    [
        # a denied change is no status; what the speaker says instead after it is
        (
            "Lima dismissed reports that the Quispe-Mensah summit was cancelled, saying "
            "preparations continue.",
            "preparing",
            "reported",
        ),
        ("Lima denied that the Quispe-Mensah summit had been cancelled.", "cancelled", "denied"),
        (
            "Lima brushed aside speculation of a delay to the Quispe-Mensah summit.",
            "postponed",
            "denied",
        ),
        (
            "Reports of a cancellation of the Quispe-Mensah summit are false, the spokesman said.",
            "cancelled",
            "denied",
        ),
    ],
)
def test_a_denial_covers_the_change_not_what_is_said_instead(
    text: str, signal: str, modality: str
) -> None:
    f = _read(text, SUMMIT)
    assert (f.signal, f.modality) == (signal, modality)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Signs point to a thaw before the Quispe-Mensah summit in Lisbon.", None),
        ("The Quispe-Mensah summit sign-posted a new phase.", None),
        ("News of the deferral of the Quispe-Mensah summit spread quickly.", "postponed"),
        ("For the time being, there will be no Quispe-Mensah summit, the envoy said.", "on_hold"),
    ],
)
def test_false_friends_of_signing_a_deferral_no_summit_for_now(
    text: str, signal: str | None
) -> None:
    f = _read(text, SUMMIT)
    assert f.signal == signal or (signal is None and f.signal not in ("signed",))


@pytest.mark.parametrize(
    ("text", "track", "signal"),
    [
        # an encounter expected, or likely, at a time is proposed
        ("A fresh Quispe-Mensah summit is expected in the coming weeks.", SUMMIT, "proposed"),
        ("The next Quispe-Mensah summit is likely to happen early next year.", SUMMIT, "proposed"),
        # the when, where and details still being worked out: preparing
        (
            "Officials are still discussing when and where the Quispe-Mensah summit will be held.",
            SUMMIT,
            "preparing",
        ),
        (
            "Lima and Accra were negotiating details for a Quispe-Mensah summit.",
            SUMMIT,
            "preparing",
        ),
        # a day's meeting confirmed is set
        ("Officials confirmed Friday's summit between Quispe and Mensah.", SUMMIT, "scheduled"),
        # "to continue our dialogue" carries the talks on
        (
            '"We will meet again to continue our dialogue," Solberg said of the Reykjavik talks.',
            TALKS,
            "engaged",
        ),
    ],
)
def test_meetings_expected_details_worked_out_a_dialogue_continued(
    text: str, track: Track, signal: str
) -> None:
    assert _read(text, track).signal == signal


def test_a_negator_does_not_reach_across_and_before_a_verb_of_its_own() -> None:
    f = _read("Quispe said she did not want this and was ready to meet Mensah.", SUMMIT)
    assert f.signal == "proposed" and f.modality != "negated"
    f = _read("The Quispe-Mensah summit was not cancelled and is scheduled for Friday.", SUMMIT)
    assert f.modality != "negated"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Solberg and Rivas spoke over the hotline on Tuesday, officials said.", "call"),
        (
            "A routine weekly hotline contact was established today between Solberg and Rivas.",
            "call",
        ),
        ("Solberg and Rivas will speak at 1200 hours on Monday.", "call"),
        # the noun "talks" before the hotline is no verb of speaking
        ("The talks over the hotline between Solberg and Rivas had been scheduled for noon.", None),
    ],
)
def test_contact_over_a_hotline_is_a_call(text: str, signal: str | None) -> None:
    assert _read(text, CHANNEL).signal == signal


def test_follow_up_talks_carry_the_talks_on() -> None:
    f = _read("The follow-up talks in Reykjavik on Friday will review the quotas.", TALKS)
    assert f.signal == "engaged"


def test_talks_set_to_occur_are_scheduled() -> None:
    f = _read("The next session of the Reykjavik talks is set to occur on Sunday.", TALKS)
    assert f.signal == "scheduled"


@pytest.mark.parametrize(
    ("sentence", "track", "expected", "precision"),
    [
        # a day counted from the day the sentence names: the statement's, or the event's
        (
            "Solberg said on Monday that talks with Rivas would resume the next day.",
            TALKS.id,
            date(2026, 3, 3),
            "day",
        ),
        (
            "Solberg said on Monday that talks with Rivas would resume the following day.",
            TALKS.id,
            date(2026, 3, 3),
            "day",
        ),
        (
            "Rivas said on Monday that Norway and Chile had held talks in Reykjavik a day earlier.",
            TALKS.id,
            date(2026, 3, 1),
            "day",
        ),
        (
            "Rivas said on Monday that the two sides had held talks in Reykjavik two days earlier.",
            TALKS.id,
            date(2026, 2, 28),
            "day",
        ),
        (
            "Quispe and Mensah held a summit in Lisbon the previous day, Rivas said on Monday.",
            SUMMIT.id,
            date(2026, 3, 1),
            "day",
        ),
        (
            "Quispe said on February 20 that he would meet Mensah in Lisbon the next day.",
            SUMMIT.id,
            date(2026, 2, 21),
            "day",
        ),
        # a week counted from it: the Monday of that week
        (
            "Quispe announced on Friday that he would meet Mensah in Lisbon the following week.",
            SUMMIT.id,
            date(2026, 3, 2),
            "week",
        ),
    ],
)
def test_a_day_counted_from_another_the_sentence_names(
    sentence: str, track: str, expected: date, precision: str
) -> None:
    f = _one(sentence, track)
    assert (f.event_date, f.date_precision) == (expected, precision)


def test_the_day_before_an_event_is_not_counted_from_the_sentences_day() -> None:
    # "the day before" tells of the other event's day, not the talks'
    f = _one(
        "Rivas sent a message to Solberg on Monday about incidents the day before, "
        "as Norway and Chile held talks in Reykjavik.",
        TALKS.id,
    )
    assert f.event_date == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day counted from the day the sentence before tells, not from the article's
        (
            "Norway and Chile held talks in Reykjavik on February 20. "
            "Two days later, the talks were suspended.",
            date(2026, 2, 22),
        ),
        (
            "Norway and Chile held talks in Reykjavik on February 20. "
            "The talks were suspended two days later.",
            date(2026, 2, 22),
        ),
        (
            "Solberg landed in Reykjavik on Sunday. The next day, she held talks with Rivas.",
            date(2026, 3, 2),
        ),
        (
            "Solberg landed in Reykjavik on Sunday. Talks with Rivas began the day after.",
            date(2026, 3, 2),
        ),
        (
            "Rivas answered Solberg's letter on Monday. "
            "Norway and Chile had held talks in Reykjavik a day earlier.",
            date(2026, 3, 1),
        ),
        # the day it counts from is undated: so is the event
        ("Solberg landed in Reykjavik. The next day, she held talks with Rivas.", None),
        (
            "Rivas answered Solberg's letter. "
            "Norway and Chile had held talks in Reykjavik a day earlier, he said.",
            None,
        ),
    ],
)
def test_a_day_counted_from_the_event_the_sentence_before_dates(
    text: str, expected: date | None
) -> None:
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    last = found[-1]
    assert last.exact.startswith(("Two days", "The talks", "The next", "Talks with", "Norway"))
    assert last.event_date == expected


def test_an_offset_that_dates_a_report_leaves_the_reported_meeting_alone() -> None:
    # "a day later" is when the channel reported; the meeting keeps the day before's date
    text = (
        "Solberg wrote on February 20 that she had met Rivas in Reykjavik that evening.\n\n"
        "A day later, a Chilean channel cited an official as saying Solberg had held talks "
        "with Rivas in Reykjavik."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    assert found[-1].event_date != date(2026, 2, 21)


def test_earlier_that_day_of_a_past_event_is_the_narrations_day_not_a_plans() -> None:
    # the day before tells of a meeting planned for March 20 and of the day it was said
    text = (
        "Quispe said on Monday that she would meet Mensah in Lisbon on March 20.\n\n"
        "She gave no details, saying she did not want to overshadow the fisheries accord "
        "Norway and Chile had signed in Reykjavik earlier that day."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    assert [f.event_date for f in found] == [date(2026, 3, 2)]


def test_later_that_day_of_a_coming_event_keeps_the_plans_day() -> None:
    text = (
        "Norway and Chile will hold talks in Reykjavik on March 20. "
        "Later that day, Solberg will sign the accord with Rivas."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    assert found[-1].event_date == date(2026, 3, 20)


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # the negotiations as the time of another past event: their period, not today
        (
            "Chile carried out two raids on Norwegian boats during the negotiations, Oslo says.",
            False,
        ),
        (
            "Solberg said Chile carried out two raids on Norwegian boats during the negotiations.",
            False,
        ),
        # the talks' own news, or what was said at them, keeps the article's day
        ("During the talks, Norway and Chile agreed to a new quota.", True),
        ("Rivas told Solberg during the talks that Chile wanted a deal.", True),
    ],
)
def test_negotiations_named_as_the_time_of_another_event_are_undated(
    sentence: str, dated: bool
) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.event_date == PUB) is dated and (f.event_date is None) is not dated


@pytest.mark.parametrize(
    ("sentence", "track", "expected"),
    [
        # the day of the decision gives way to the day of what was decided (convention 2)
        (
            "Norway and Chile agreed on Monday to resume talks in Reykjavik on Sunday.",
            TALKS.id,
            date(2026, 3, 8),
        ),
        (
            "The two sides agreed late on Monday to hold talks in Reykjavik on Saturday, "
            "Solberg said.",
            TALKS.id,
            date(2026, 3, 7),
        ),
        # with no day for the plan, the decision's day
        (
            "Norway and Chile agreed on Monday to resume talks in Reykjavik.",
            TALKS.id,
            date(2026, 3, 2),
        ),
    ],
)
def test_a_decision_dated_before_its_infinitive_yields_to_the_plans_day(
    sentence: str, track: str, expected: date
) -> None:
    assert _one(sentence, track).event_date == expected


def test_the_narration_of_what_is_to_come_keeps_the_articles_day_under_a_dated_lead() -> None:
    # the lead's day is when the plan was told; the talks are the article's own day
    text = (
        "Solberg and Rivas to hold fisheries talks in Reykjavik today\n\n"
        "Norway's foreign ministry said on Tuesday that fisheries talks between Solberg and "
        "Rivas would be held in Reykjavik on Wednesday, after weeks of delay over the agenda.\n\n"
        "The talks will focus mainly on fishing quotas and port access for the two fleets.\n\n"
        "Norwegian and Chilean negotiators are expected to discuss the long quota dispute."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    ahead = [f for f in found if f.exact.startswith(("The talks will", "Norwegian and"))]
    assert len(ahead) == 2
    assert {f.event_date for f in ahead} == {PUB}  # Wednesday, not Tuesday's statement


@pytest.mark.parametrize(
    "sentence",
    [
        "After landing in Reykjavik on Monday, Rivas said he would hold talks with Solberg.",
        "Upon arriving in Reykjavik on Monday, Rivas said he would hold talks with Solberg.",
        "Upon arrival in Reykjavik on Monday, Rivas told reporters he would hold talks with Solberg.",
    ],
)
def test_a_weekday_of_arriving_told_before_a_past_statement_is_the_day_just_past(
    sentence: str,
) -> None:
    assert _one(sentence, TALKS.id).event_date == date(2026, 3, 2)  # not the coming Monday


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chilean envoys, who landed late on Saturday, will meet Solberg to hold talks in Reykjavik.",
        "Rivas, who arrived in Reykjavik on Monday, will hold talks with Solberg.",
        "Rivas, having arrived in Reykjavik on Monday, is expected to hold talks with Solberg.",
    ],
)
def test_the_day_of_a_clause_of_arrival_does_not_date_the_meeting_ahead(sentence: str) -> None:
    assert _one(sentence, TALKS.id).event_date == PUB  # the journey's day is not the talks'


@pytest.mark.parametrize(
    "sentence",
    [
        # a day that is part of a name is no date ("the March 23 Movement (M23)")
        "The rebel March 2 Movement confirmed on Monday that Rivas would hold talks with Solberg.",
        "Members of the 2 March Movement said on Monday that Rivas held talks with Solberg.",
    ],
)
def test_a_day_that_is_part_of_a_name_dates_nothing(sentence: str) -> None:
    assert _one(sentence, TALKS.id).event_date == date(2026, 3, 2)  # Monday, not 2 March


@pytest.mark.parametrize(
    "sentence",
    [
        # the year a plan is moved to is its new target, not the day it was moved
        "Ghana has postponed the Quispe-Mensah summit originally planned for next month to "
        "later next year.",
        "Peru has pushed back the summit with Mensah to next year.",
        # a past marker after the cue tells the plan it changes
        "Quispe has put off the summit with Mensah she had planned for later this year.",
        "Mensah postponed the summit with Quispe initially set for April.",
    ],
)
def test_a_plan_moved_is_dated_by_the_day_it_was_moved(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.event_date, f.date_precision) == ("postponed", PUB, "day")


def test_this_years_event_says_no_more_than_its_article() -> None:
    # "this year's summit" is no date of the summit (never 1 January); "next year's" a year
    f = _one("Talks on the venue of this year's summit between Quispe and Mensah go on.", SUMMIT.id)
    assert (f.event_date, f.date_precision) == (PUB, "day")
    f = _one("Quispe said next year's summit with Mensah would be held in Lisbon.", SUMMIT.id)
    assert (f.event_date, f.date_precision) == (date(2027, 1, 1), "year")


def test_a_quotation_carried_on_does_not_take_its_speakers_year() -> None:
    text = (
        '"I\'d like to meet her this year," Quispe told reporters in Lima. '
        '"I look forward to meeting Mensah at the right time."'
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert [(f.event_date, f.date_precision) for f in found] == [(PUB, "day"), (PUB, "day")]


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        # a week of a month: the week holding most of the days it names, by its Monday
        (
            "Quispe is expected in Lisbon for the summit with Mensah in the first week of April.",
            date(2026, 3, 30),
            "week",
        ),
        ("Quispe will meet Mensah in Lisbon in the last week of April.", date(2026, 4, 27), "week"),
        (
            "Quispe will meet Mensah in Lisbon in the second week of next month.",
            date(2026, 4, 6),
            "week",
        ),
        # a half of a month: the month
        (
            "Quispe said the summit with Mensah would be in the second half of May.",
            date(2026, 5, 1),
            "month",
        ),
    ],
)
def test_a_week_or_half_of_a_month_dates_the_event_at_its_precision(
    sentence: str, expected: date, precision: str
) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.event_date, f.date_precision) == (expected, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan's weekday set off before its date: the date is the plan's, not the news'
        "The third round of talks between Solberg and Rivas, initially scheduled for Tuesday, "
        "10 March, in Reykjavik, has been postponed, officials said.",
        "The round of talks between Solberg and Rivas set for Tuesday, March 10, was postponed.",
    ],
)
def test_a_plans_weekday_and_date_set_apart_by_a_comma_stay_the_plans(sentence: str) -> None:
    f = _one(sentence, TALKS.id)
    assert (f.signal, f.event_date) == ("postponed", PUB)


def test_what_an_event_ahead_is_expected_to_yield_is_of_its_day() -> None:
    # "is expected to end with …", "is meant to produce …": the narration of what is to come
    text = (
        "Quispe and Mensah to meet in Lisbon\n\n"
        "Quispe and Mensah will hold a summit in Lisbon on Friday, their offices said.\n\n"
        "The summit is expected to end with a joint declaration on fisheries.\n\n"
        "The summit is meant to produce a common line on the coastal dispute."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    ahead = [f for f in found if f.exact.startswith("The summit is")]
    assert len(ahead) == 2
    assert {f.event_date for f in ahead} == {date(2026, 3, 6)}  # the Friday of the summit


@pytest.mark.parametrize(
    "sentence",
    [
        # a month a plan names with "for": that month
        "Quispe said a new summit with Mensah would be scheduled soon for May.",
        "Lisbon is preparing for the summit of Quispe and Mensah scheduled for May.",
    ],
)
def test_a_month_a_plan_is_for_dates_it_at_month_precision(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.event_date, f.date_precision) == (date(2026, 5, 1), "month")


@pytest.mark.parametrize(
    "sentence",
    [
        # the day right after a negated occurrence is the plan's that will not be kept
        "The summit of Quispe and Mensah will not take place in April and will instead be "
        "shifted to later next year.",
        "The Quispe-Mensah summit won’t take place on Friday, officials said.",
    ],
)
def test_a_plan_that_will_not_be_kept_is_dated_by_the_news(sentence: str) -> None:
    f = _one(sentence, SUMMIT.id)
    assert (f.signal, f.event_date, f.date_precision) == ("cancelled", PUB, "day")


def test_a_day_that_is_the_subject_of_the_words_said_is_not_the_day_they_were_said() -> None:
    # "the army said Sunday night was the first calm night": Sunday is what was said of
    text = (
        "Norway and Chile put off fisheries talks\n\n"
        "Norway and Chile have put off until the evening the fisheries talks between Solberg "
        "and Rivas in Reykjavik, the Norwegian ministry said.\n\n"
        "No boats were stopped overnight, and the Norwegian ministry said Monday night was "
        "the first calm night at sea in weeks.\n\n"
        "The talks had first been set for noon."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == TALKS.id]
    lead = next(f for f in found if f.exact.startswith("Norway and Chile have"))
    assert lead.event_date == PUB  # the article's day, not Monday's
    mentions = find_date_mentions("the ministry said Monday night was calm", PUB)
    assert [m.role for m in mentions] == ["event"]


@pytest.mark.parametrize(
    "text",
    [
        # the call is carried on by the paragraph's person, not the summit
        "Quispe and Mensah will meet in Lisbon next month.\n\n"
        "Quispe said the summit would be prepared carefully. She described Tuesday's "
        'conversation with Mensah as "very cordial."',
        # the call named directly, with both people and no word of the summit
        "During her phone call with Mensah on Monday, Quispe raised the fishing dispute.",
        "The Ghanaian side asked for the telephone conversation between Mensah and Quispe "
        "held on Thursday.",
    ],
)
def test_a_call_of_the_two_people_is_not_their_meeting_in_person(text: str) -> None:
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert not [f for f in found if "conversation" in f.exact or "call" in f.exact]


@pytest.mark.parametrize(
    ("sentence", "track_id", "signal"),
    [
        # the meeting named beside the call stays the meeting's
        (
            "After a phone call on Friday, Quispe and Mensah agreed to meet in Lisbon.",
            SUMMIT.id,
            "agreed",
        ),
        (
            "Quispe told Mensah in a phone call that the summit in Lisbon was postponed.",
            SUMMIT.id,
            "postponed",
        ),
        # a call is an event of talks and channels
        ("Solberg held a phone call with Rivas on Monday.", TALKS.id, "call"),
    ],
)
def test_a_call_beside_the_event_or_on_a_channel_stays(
    sentence: str, track_id: str, signal: str
) -> None:
    assert _one(sentence, track_id).signal == signal


def test_a_conversation_in_person_is_the_meeting_itself() -> None:
    text = (
        "Quispe and Mensah will meet in Lisbon on Friday. It will be a one-on-one "
        "conversation, aides said."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert any(f.exact.startswith("It will be") for f in found)


_HELD_IN_LISBON = (
    "Quispe and Mensah hold summit in Lisbon\n\n"
    "Quispe and Mensah met in Lisbon on Tuesday for a summit on fisheries.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "At the close, Quispe said Peru would host another summit next year.",
        "Aides said the two leaders expected to hold their next meeting in Peru.",
        "Mensah proposed a follow-up meeting on fisheries in the autumn.",
    ],
)
def test_another_occasion_in_a_report_of_the_summit_is_not_the_summit(closing: str) -> None:
    found = extract_document(_HELD_IN_LISBON + closing, PUB, TRACKS)
    assert [f.signal for f in found if f.track_id == SUMMIT.id] == ["held", "held"]


def test_the_next_summit_before_it_is_held_is_the_summit() -> None:
    text = (
        "Quispe and Mensah to meet in Lisbon\n\n"
        "Quispe and Mensah will meet in Lisbon in May, officials said.\n\n"
        "Quispe said the next summit with Mensah would settle the fisheries dispute."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    assert any(f.exact.startswith("Quispe said the next summit") for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the encounter is held with someone of no side of the track, named right after it
        "Quispe said she would go over the fisheries file with Mensah when she meets "
        "President Emmanuel Macron on Friday.",
        "Quispe raised her coming meeting with Narendra Modi and promised to keep Mensah "
        "informed of those talks.",
    ],
)
def test_an_encounter_with_someone_else_is_not_the_tracks(sentence: str) -> None:
    assert not [f for f in extract_document(sentence, PUB, TRACKS) if f.track_id == SUMMIT.id]


@pytest.mark.parametrize(
    "sentence",
    [
        # the person after the verb is no partner of the meeting; the track's place is named
        "Quispe and Mensah will meet once Narendra Modi has left Lisbon.",
        "Quispe and Mensah will hold a meeting with Narendra Modi in Lisbon.",
        "Quispe said her meeting with Mensah and Narendra Modi would take place on Friday.",
    ],
)
def test_the_tracks_people_meeting_beside_someone_else_stay(sentence: str) -> None:
    assert [f for f in extract_document(sentence, PUB, TRACKS) if f.track_id == SUMMIT.id]


SIDELINES = Track(
    id="quispe-mensah-meeting",
    title="Quispe–Mensah meeting in Lisbon",
    kind="meeting",
    actors=[
        Actor(name="Rosa Quispe", aliases=["Quispe"]),
        Actor(name="Kwame Mensah", aliases=["Mensah"]),
    ],
    parties=["Peru", "Ghana"],
    places=["Lisbon"],
    keywords=["meeting", "meet", "summit"],
)


def _of_the_meeting(text: str) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [SIDELINES]) if f.track_id == SIDELINES.id]


def test_the_named_gathering_around_a_sidelines_meeting_is_not_the_meeting() -> None:
    text = (
        "Quispe and Mensah to meet in Lisbon\n\n"
        "Quispe and Mensah will meet in Lisbon next week, aides said.\n\n"
        "The Atlantic Cooperation Forum summit will be hosted by Portugal in Lisbon from "
        "May 3 to 5."
    )
    assert not [f for f in _of_the_meeting(text) if "Forum" in f.exact]


@pytest.mark.parametrize(
    "sentence",
    [
        # the gathering beside the track's people; a bare "summit", which may be theirs
        "Quispe and Mensah will meet on the sidelines of the Atlantic Cooperation Forum "
        "summit in Lisbon.",
        "The summit in Lisbon will go ahead on Friday as planned.",
    ],
)
def test_the_meeting_beside_the_gathering_or_called_a_summit_stays(sentence: str) -> None:
    text = "Quispe and Mensah to meet in Lisbon\n\n" + sentence
    assert [f for f in _of_the_meeting(text) if f.exact.startswith(sentence[:20])]


@pytest.mark.parametrize(
    "plan",
    [
        "A welcoming ceremony is set for noon, after which Quispe and Mensah will hold talks.",
        "The talks between Quispe and Mensah are scheduled to start at 10:00 in the palace.",
        "Quispe and Mensah are due to meet in the Belem palace in the afternoon.",
    ],
)
def test_a_plan_told_by_the_article_in_the_present_takes_the_day_of_the_coming_event(
    plan: str,
) -> None:
    text = (
        "Lisbon prepares for Peru-Ghana summit\n\n"
        "The main part of the summit will take place on March 6.\n\n"
        "Quispe and Mensah are expected to spend the whole day together.\n\n" + plan
    )
    found = _one_of(text, SUMMIT.id, plan[:30])
    assert (found.signal, found.event_date) == ("scheduled", date(2026, 3, 6))


@pytest.mark.parametrize(
    "plan",
    [
        # a plan with a day of its own, and a plan of the past
        "A welcoming ceremony is set for March 8, after which Quispe and Mensah will hold talks.",
        "A welcoming ceremony was set for noon, but Quispe and Mensah held talks at once.",
    ],
)
def test_a_plan_with_its_own_day_or_told_as_past_keeps_it(plan: str) -> None:
    text = (
        "Lisbon prepares for Peru-Ghana summit\n\n"
        "The main part of the summit will take place on March 6.\n\n" + plan
    )
    found = [
        f
        for f in extract_document(text, PUB, [SUMMIT])
        if f.track_id == SUMMIT.id and plan[:20] in f.exact
    ]
    assert all(f.event_date != date(2026, 3, 6) for f in found)
