"""Date expressions resolved against the published date (Wed 22 Oct 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import (
    DocDateInput,
    find_date_mentions,
    infer_document_dates,
    resolve_dates,
    tells_ahead,
)

from .linear import LINEAR_GROWTH, growth

PUB = date(2025, 10, 22)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Lavrov spoke on Tuesday.", date(2025, 10, 21), "day"),
        ("The two spoke again on Monday.", date(2025, 10, 20), "day"),
        ("After a phone call last Thursday, Trump said so.", date(2025, 10, 16), "day"),
        ("Last week, Trump had announced a summit.", date(2025, 10, 13), "week"),
        ("Another call is expected as soon as this week.", date(2025, 10, 20), "week"),
        ("They met in Anchorage, Alaska, in August.", date(2025, 8, 1), "month"),
        ("A meeting is scheduled for October 24th in London.", date(2025, 10, 24), "day"),
        ("Talks were held on Oct. 22.", date(2025, 10, 22), "day"),
        ("Oct. 22, 2025 10:21 a.m.", date(2025, 10, 22), "day"),
        ("It happened yesterday.", date(2025, 10, 21), "day"),
        ("That was three days ago.", date(2025, 10, 19), "day"),
        ("Sanctions came last month.", date(2025, 9, 1), "month"),
        ("They meet next week.", date(2025, 10, 27), "week"),
        ("It was signed on 2025-09-30.", date(2025, 9, 30), "day"),
        ("It was signed on 3 September.", date(2025, 9, 3), "day"),
    ],
)
def test_expressions(sentence: str, expected: date, precision: str) -> None:
    got = resolve_dates(sentence, PUB)
    assert (got.date, got.precision, got.basis) == (expected, precision, "stated")


def test_weekday_in_the_future() -> None:
    got = resolve_dates("Trump will meet him on Friday.", PUB, future=True)
    assert got.date == date(2025, 10, 24)


def test_weekday_equal_to_publication_day_is_that_day() -> None:
    assert resolve_dates("He spoke on Wednesday.", PUB).date == PUB


def test_no_expression_present_tense_is_publication_date_inferred() -> None:
    got = resolve_dates("The summit has been put on hold.", PUB)
    assert (got.date, got.precision, got.basis) == (PUB, "day", "inferred")


def test_no_expression_earlier_time_is_undated() -> None:
    got = resolve_dates("The comment came days after Trump announced a summit.", PUB)
    assert (got.date, got.basis) == (None, "unknown")


def test_same_day_phrase_takes_the_anchor() -> None:
    got = resolve_dates(
        "Earlier in the day, an official confirmed it.", PUB, anchor=date(2025, 10, 21)
    )
    assert (got.date, got.basis) == (date(2025, 10, 21), "stated")


def test_without_published_date_only_full_dates_resolve() -> None:
    assert resolve_dates("He spoke on Tuesday.", None).basis == "unknown"
    assert resolve_dates("He spoke on Oct. 21, 2025.", None).date == date(2025, 10, 21)


def test_nearest_expression_to_the_cue_wins() -> None:
    sentence = "On Monday they spoke, and on Thursday the summit was cancelled."
    got = resolve_dates(sentence, PUB, near=sentence.index("cancelled"))
    assert got.date == date(2025, 10, 16)


def test_mentions_have_offsets() -> None:
    text = "Met on Tuesday, again on Oct. 22."
    mentions = find_date_mentions(text, PUB)
    assert [text[m.start : m.end] for m in mentions] == ["Tuesday", "Oct. 22"]


def test_infer_document_dates_from_shared_quotes() -> None:
    dated = DocDateInput(
        2,
        "Officials said there are “no plans for the leaders to meet in the immediate future.” "
        "Peskov said “we cannot postpone what has not been finalized.”",
        date(2025, 10, 22),
        "stated",
    )
    undated = DocDateInput(
        5, "A source said there were “no plans for the leaders to meet in the immediate future.”"
    )
    unrelated = DocDateInput(7, "A story about “something else entirely different here.”")
    out = infer_document_dates([dated, undated, unrelated])
    assert out == {5: (date(2025, 10, 22), "shares 1 quote with document 2 dated 2025-10-22")}


# ------------------------------------------------------------------ forms reporting uses


@pytest.mark.parametrize(
    ("sentence", "future", "expected", "precision"),
    [
        # a day of the month alone, in the article's month (or the one before / after)
        ("The talks took place in Istanbul on the 20th.", False, date(2025, 10, 20), "day"),
        ("The talks took place in Istanbul on the 23rd.", False, date(2025, 9, 23), "day"),
        ("The delegations will meet again on the 23rd.", False, date(2025, 10, 23), "day"),
        (
            "The delegations will meet again on the 21st of this month.",
            True,
            date(2025, 11, 21),
            "day",
        ),
        # the future is never before the article, whatever the caller says
        ("The summit could take place in December.", False, date(2025, 12, 1), "month"),
        ("The summit could take place in March.", False, date(2026, 3, 1), "month"),
        ("The summit took place in March.", False, date(2025, 3, 1), "month"),
        ("The talks are scheduled for Thursday in Geneva.", False, date(2025, 10, 23), "day"),
        ("Next round of talks to be held Monday in Geneva", False, date(2025, 10, 27), "day"),
        ("Leaders will meet next month in London.", False, date(2025, 11, 1), "month"),
        # weekends (dated by their Saturday)
        ("The talks planned for this weekend are on.", False, date(2025, 10, 25), "week"),
        ("They will meet next weekend.", True, date(2025, 11, 1), "week"),
        ("They met over the weekend.", False, date(2025, 10, 18), "week"),
        ("They meet over the weekend.", True, date(2025, 10, 25), "week"),
        # parts of a month
        ("They will meet at the end of October.", True, date(2025, 10, 31), "month"),
        ("A summit is planned for mid-November.", True, date(2025, 11, 15), "month"),
        ("A summit is planned for early December.", True, date(2025, 12, 1), "month"),
        ("Trump will visit China early next year.", True, date(2026, 1, 1), "year"),
        # a weekday printed with its date is that date
        ("The round set for Saturday May 3 in Rome went ahead.", False, date(2025, 5, 3), "day"),
        ("Istanbul was the venue on Wednesday evening, July 23.", False, date(2025, 7, 23), "day"),
        # a possessive weekday names a past event ("Monday's talks") unless told otherwise
        ("Trump called Monday's talks very good.", True, date(2025, 10, 20), "day"),
        # a past verb governs its date even when the cue speaks of the future
        (
            "Trump, who received Zelensky on Monday, will now prepare a summit.",
            True,
            date(2025, 10, 20),
            "day",
        ),
    ],
)
def test_reporting_forms(sentence: str, future: bool, expected: date, precision: str) -> None:
    got = resolve_dates(sentence, PUB, future=future)
    assert (got.date, got.precision, got.basis) == (expected, precision, "stated")


@pytest.mark.parametrize(
    ("sentence", "cue", "future", "expected", "expression"),
    [
        # a speech date gives way to the event's own date
        (
            "Peskov said on Monday that Putin and Trump will meet in Budapest on 12 November.",
            "meet",
            True,
            date(2025, 11, 12),
            "12 November",
        ),
        (
            "Oman's minister said on Sunday that the next round will take place on Thursday.",
            "take place",
            True,
            date(2025, 10, 23),
            "Thursday",
        ),
        # … and is past, and used, when it is the only one
        (
            "Bessent said Monday that Trump will hold talks with Xi in South Korea.",
            "hold talks",
            True,
            date(2025, 10, 20),
            "Monday",
        ),
        (
            "Speaking to Axios on Saturday, an official said the leaders were close to a meeting.",
            "meeting",
            True,
            date(2025, 10, 18),
            "Saturday",
        ),
        (
            "In a statement issued late on Sunday, the presidency said leaders would attend.",
            "attend",
            True,
            date(2025, 10, 19),
            "Sunday",
        ),
        (
            "Kirill Dmitriev wrote late Tuesday on X that preparations continue.",
            "preparations",
            True,
            date(2025, 10, 21),
            "Tuesday",
        ),
        # a plan's date is not the date of the cue that changes the plan
        (
            "Baghaei said on Thursday the round, which had been scheduled for Saturday May 3 in "
            "Rome, was postponed.",
            "postponed",
            False,
            date(2025, 10, 16),
            "Thursday",
        ),
        (
            "Oman said Saturday that talks planned for this weekend have been cancelled.",
            "cancelled",
            False,
            date(2025, 10, 18),
            "Saturday",
        ),
        (
            "Trump said Friday he no longer plans to meet Xi at this month's summit.",
            "no longer",
            False,
            date(2025, 10, 17),
            "Friday",
        ),
        # … but it is the date of a cue that keeps it
        (
            "The talks scheduled for Thursday in Geneva will go ahead.",
            "go ahead",
            True,
            date(2025, 10, 23),
            "Thursday",
        ),
        # a finer date beats a year; the start of a period is no event date
        (
            "They have held talks three times this year, most recently on July 23.",
            "held",
            False,
            date(2025, 7, 23),
            "July 23",
        ),
    ],
)
def test_which_expression_dates_the_event(
    sentence: str, cue: str, future: bool, expected: date, expression: str
) -> None:
    got = resolve_dates(sentence, PUB, near=sentence.index(cue), future=future)
    assert (got.date, got.expression, got.basis) == (expected, expression, "stated")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It was the first meeting of the two leaders since March.", "meeting"),
        ("They met for the fifth round of talks since May.", "met"),
        ("The talks scheduled for Sunday were cancelled.", "cancelled"),
        # a date far outside the article's era is not the event's
        ("The memorandum was signed on December 5, 1994, in Budapest.", "signed"),
        # the backshifted past perfect of reported speech is not an earlier time
        ("Umerov said Kiev's main subject had been a ceasefire.", "subject"),
        # nor a past perfect in a clause after the cue
        ("They have no plans to meet, deflating hopes that had been raised.", "no plans"),
    ],
)
def test_falls_back_to_publication(sentence: str, cue: str) -> None:
    got = resolve_dates(sentence, PUB, near=sentence.index(cue))
    assert (got.date, got.precision, got.basis) == (PUB, "day", "inferred")


def test_earlier_time_without_a_date_stays_undated() -> None:
    got = resolve_dates("Trump had announced a summit in Budapest.", PUB, near=0)
    assert (got.date, got.basis) == (None, "unknown")


def test_dateline_in_the_sentence_is_the_report_date() -> None:
    sentence = (
        "MUSCAT, Oman, June 15, 2025 (BSS/AFP) - Oman said Saturday that the talks planned "
        "for this weekend have been cancelled."
    )
    mentions = find_date_mentions(sentence, date(2025, 6, 15))
    assert [(m.text, m.role) for m in mentions] == [
        ("June 15, 2025", "dateline"),
        ("Saturday", "speech"),
        ("this weekend", "plan"),
    ]
    got = resolve_dates(sentence, date(2025, 6, 15), near=sentence.index("cancelled"))
    assert got.date == date(2025, 6, 14)


def test_a_sentence_dated_only_by_its_dateline_is_dated_by_its_article() -> None:
    sentence = "BUDAPEST, Oct 23 (IANS) Preparations for the summit are still under way."
    got = resolve_dates(sentence, date(2025, 10, 23), near=sentence.index("Preparations"))
    assert (got.date, got.basis) == (date(2025, 10, 23), "inferred")


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        ("The Maltese delegation will include the deputy foreign minister.", True),
        ("At the summit, the two presidents are to hold a long private meeting.", True),
        ("The delegation, which arrived on Monday, will stay three days.", False),
        ("The minister commented on the coming meeting in Valletta.", False),
        ("Both sides said the exchange was useful.", False),
    ],
)
def test_a_sentence_that_tells_of_the_future(sentence: str, ahead: bool) -> None:
    assert tells_ahead(sentence) is ahead


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Monday, Mensah announced a summit with Quispe in Accra.", date(2026, 3, 2)),
        ("On Monday the envoys will announce a summit in Accra.", date(2026, 3, 9)),
    ],
)
def test_a_date_opening_its_sentence_takes_the_direction_of_the_verb_after_it(
    sentence: str, expected: date
) -> None:
    got = resolve_dates(sentence, date(2026, 3, 4), near=sentence.index("summit"), future=True)
    assert got.date == expected


def _date_sentence(sentence: str) -> None:
    find_date_mentions(sentence, PUB, future=True)
    resolve_dates(sentence, PUB, near=len(sentence) // 2)


@pytest.mark.parametrize(
    ("unit", "tail"),
    [
        ("on the ", ""),
        ("said on ", ""),
        ("Monday ", ""),
        ("1 ", ""),
        ("scheduled for ", "Monday"),
        ("will ", "on the 23rd."),
        ("May ", ""),
    ],
)
def test_a_long_sentence_is_dated_in_linear_time(unit: str, tail: str) -> None:
    # One 1 MB sentence costs about what four of 250 KB do (linear), not four times as
    # much (quadratic): processor time within one run, under a hang watchdog.
    ratio = growth(_date_sentence, lambda chars: unit * (chars // len(unit)) + tail, 250_000)
    assert ratio < LINEAR_GROWTH, f"{unit!r}: one sentence cost {ratio:.1f}x four quarters"


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "basis"),
    [
        # a year in another clause does not date the cue; in its own clause it does
        (
            "Formed earlier this year, the coalition aims to secure guarantees.",
            "aims",
            PUB,
            "inferred",
        ),
        # the article's own year is never 1 January: "earlier this year" has no day
        ("The coalition was formed earlier this year.", "formed", None, "unknown"),
        ("The coalition met three times this year.", "met", PUB, "inferred"),
        ("The coalition was formed last year.", "formed", date(2024, 1, 1), "stated"),
        # an infinitive with an adverb is still ahead
        (
            "Trump and Sisi to jointly chair a summit in Sharm el-Sheikh on Monday",
            "chair",
            date(2025, 10, 27),
            "stated",
        ),
        # a past verb far back in its clause still makes the date past
        (
            "Trump, who received Zelensky and a group of European leaders at the White House on "
            "Monday, had announced that preparations were under way.",
            "preparations",
            date(2025, 10, 20),
            "stated",
        ),
    ],
)
def test_clause_scope(sentence: str, cue: str, expected: date | None, basis: str) -> None:
    got = resolve_dates(sentence, PUB, near=sentence.index(cue), future=True)
    assert (got.date, got.basis) == (expected, basis)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "basis"),
    [
        # a dated clause describing the subject is not the date of the sentence's news
        (
            "The negotiations, which began on Monday, broke down over the border.",
            "broke",
            PUB,
            "inferred",
        ),
        (
            "Officials said the summit, agreed last week during a phone call, had been shelved.",
            "shelved",
            PUB,
            "inferred",
        ),
        # the sentence's own date still stands
        (
            "The negotiations, which began on Monday, broke down on Tuesday over the border.",
            "broke",
            date(2025, 10, 21),
            "stated",
        ),
        # a clause describing the cue's own noun dates it
        (
            "Nothing has been disclosed about the talks, which began on Monday, so far.",
            "talks",
            date(2025, 10, 20),
            "stated",
        ),
        # a clause holding the cue is the sentence's news
        (
            "The envoy, who resigned on Monday, has left the capital.",
            "resigned",
            date(2025, 10, 20),
            "stated",
        ),
    ],
)
def test_a_clause_describing_a_noun_keeps_its_date_to_itself(
    sentence: str, cue: str, expected: date | None, basis: str
) -> None:
    got = resolve_dates(sentence, PUB, near=sentence.index(cue))
    assert (got.date, got.basis) == (expected, basis)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # a plan told in the past takes the nearest such weekday: the day before (Wednesday)
        (
            "The agency said the envoy was due to meet the delegation on Tuesday night.",
            "meet",
            date(2025, 10, 21),
        ),
        # or the day after, when that is nearer
        (
            "A source said the talks were scheduled for Thursday in the capital.",
            "talks",
            date(2025, 10, 23),
        ),
        # a plan told in the present keeps its coming day
        ("The envoy is due to meet the delegation on Tuesday.", "meet", date(2025, 10, 28)),
    ],
)
def test_a_plan_told_in_the_past_takes_the_nearest_weekday(
    sentence: str, cue: str, expected: date
) -> None:
    got = resolve_dates(sentence, PUB, near=sentence.index(cue), future=True)
    assert (got.date, got.basis) == (expected, "stated")


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "basis"),
    [
        # "earlier" describing a noun of another clause tells nothing of the news's time
        (
            "Unlike earlier rounds, this session was attended by both envoys.",
            "attended",
            PUB,
            "inferred",
        ),
        # the earlier event is the cue's own: undated
        (
            "The envoys met again after their earlier talks in Oslo failed.",
            "failed",
            None,
            "unknown",
        ),
        (
            "The two sides met after earlier talks that ended without a deal.",
            "talks",
            None,
            "unknown",
        ),
        # "earlier" as an adverb still tells of an earlier time
        ("The envoys had met earlier in Oslo.", "met", None, "unknown"),
    ],
)
def test_an_earlier_that_describes_another_clauses_noun_is_no_past_marker(
    sentence: str, cue: str, expected: date | None, basis: str
) -> None:
    got = resolve_dates(sentence, PUB, near=sentence.index(cue))
    assert (got.date, got.basis) == (expected, basis)


def test_without_a_cue_a_dated_clause_describing_a_noun_does_not_date_the_sentence() -> None:
    sentence = (
        "The minister, who is expected to meet his counterpart next week, said talks went well."
    )
    got = resolve_dates(sentence, PUB)
    assert (got.date, got.basis) == (PUB, "inferred")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president will pay a visit to Lisbon on 14-15 November 2025.",
        "The president will pay a visit to Lisbon on 14–15 November.",
        "The president will be in Lisbon on November 14 and 15 for the summit.",
        "The president will visit Lisbon on November 14-15, 2025.",
        "The summit will run from 14 to 16 November in Lisbon.",
        "Leaders will gather between 14 and 15 November.",
        "The envoys are due in Lisbon on 14 and 15 November.",
    ],
)
def test_a_span_of_days_is_dated_by_its_first_day(sentence: str) -> None:
    got = resolve_dates(sentence, PUB, future=True)
    assert (got.date, got.precision) == (date(2025, 11, 14), "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan reported on a day before the article lies ahead of that report
        ("A daily reported late Tuesday that the summit was set for Sunday.", date(2025, 10, 26)),
        ("He told reporters on Friday that the summit will open on Monday.", date(2025, 10, 20)),
        ("The envoy said on Monday that the talks would resume on Thursday.", date(2025, 10, 23)),
        # a past event reported lies before the report
        ("The envoy said on Monday that the delegations had met on Saturday.", date(2025, 10, 18)),
        # "next" says which week whoever speaks
        ("The envoy said on Monday that they would meet next Friday.", date(2025, 10, 31)),
    ],
)
def test_a_weekday_in_a_reported_clause_counts_from_the_day_of_the_report(
    sentence: str, expected: date
) -> None:
    assert resolve_dates(sentence, PUB, future=True).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hedged plan lies ahead, in the words or in a quotation they bring in
        ("The talks should conclude in December.", date(2025, 12, 1)),
        (
            'The process should end with "the signing of an accord in mid-December".',
            date(2025, 12, 15),
        ),
        (
            "The process should end with “the signing of an accord in mid-December”.",
            date(2025, 12, 15),
        ),
        # what should have been was not ahead; a quotation brought in by a past verb is past
        ("The envoys should have met in September.", date(2025, 9, 1)),
        (
            'He recalled "the signing of the accord in September" as a turning point.',
            date(2025, 9, 1),
        ),
    ],
)
def test_a_hedged_plan_lies_ahead(sentence: str, expected: date) -> None:
    assert resolve_dates(sentence, PUB).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # written on the day it tells (Monday), printed on Wednesday: its tomorrow is Tuesday
        ("The envoy arrived in Lisbon on Monday evening, ahead of the summit tomorrow.", 21),
        # a day told long before, or none: tomorrow is the article's
        ("The envoy arrived in Lisbon on October 6, and the summit opens tomorrow.", 23),
        ("The summit opens tomorrow.", 23),
    ],
)
def test_tomorrow_counts_from_the_day_the_sentence_was_written(
    sentence: str, expected: int
) -> None:
    mentions = find_date_mentions(sentence, PUB, future=True)
    assert [m.date for m in mentions if m.text == "tomorrow"] == [date(2025, 10, expected)]


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "precision"),
    [
        # a participle set off by commas tells what befell the talks before: the resumption
        # takes the day ahead
        (
            "The talks, suspended in August, will resume on Monday.",
            "resume",
            date(2025, 10, 27),
            "day",
        ),
        (
            "Fisheries talks, broken off in September, are to resume on November 3.",
            "resume",
            date(2025, 11, 3),
            "day",
        ),
        # a relative clause in the past, and an adjournment on a weekday gone by
        (
            "The negotiations, which collapsed in July, will restart in Lisbon on Friday.",
            "restart",
            date(2025, 10, 24),
            "day",
        ),
        (
            "The two delegations, adjourned on Monday, will meet again on Thursday.",
            "meet again",
            date(2025, 10, 23),
            "day",
        ),
        # the plan undone by a new one: the new plan's month
        (
            "The summit, originally scheduled for June, will now take place in December.",
            "take place",
            date(2025, 12, 1),
            "month",
        ),
        # a plan ahead without a day of its own is dated by its article, not by the past
        ("The talks, frozen in May, will resume soon.", "resume", PUB, "day"),
    ],
)
def test_a_clause_telling_a_nouns_past_does_not_date_the_plan_ahead(
    sentence: str, cue: str, expected: date, precision: str
) -> None:
    found = resolve_dates(sentence, PUB, near=sentence.index(cue), future=True)
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # the plan's own date set off by commas is the event's
        ("The summit, scheduled for November 3, will open in Lisbon.", "open", date(2025, 11, 3)),
        (
            "The summit, due to take place in December, will open in Lisbon.",
            "open",
            date(2025, 12, 1),
        ),
        # a reporting clause set off by commas is no participle of a noun
        ("The talks, officials said on Monday, will resume.", "resume", date(2025, 10, 20)),
    ],
)
def test_a_clause_telling_a_plan_or_a_report_still_dates_it(
    sentence: str, cue: str, expected: date
) -> None:
    assert resolve_dates(sentence, PUB, near=sentence.index(cue), future=True).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        # counted from the day the sentence names: the week (by its Monday) before Saturday's
        (
            "The envoys had met in Lisbon the week before, an aide said on Saturday.",
            date(2025, 10, 6),
            "week",
        ),
        (
            "An aide said on Saturday that the envoys had met in Lisbon the week before.",
            date(2025, 10, 6),
            "week",
        ),
        (
            "The envoys had met in Lisbon the day before, an aide said on Saturday.",
            date(2025, 10, 17),
            "day",
        ),
        (
            "The aide said on Monday that the envoys would meet again the week after.",
            date(2025, 10, 27),
            "week",
        ),
    ],
)
def test_the_week_or_day_before_counts_from_the_day_the_sentence_names(
    sentence: str, expected: date, precision: str
) -> None:
    found = resolve_dates(
        sentence, PUB, near=sentence.index("met" if "met" in sentence else "meet")
    )
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        # another event named after it: that event's eve, no day of the sentence's own
        "The envoys met in Lisbon the week before the summit, an aide said on Saturday.",
        "Shelling was reported the day before the talks, an aide said on Saturday.",
    ],
)
def test_the_week_before_an_event_named_is_no_offset(sentence: str) -> None:
    assert all("before" not in m.text for m in find_date_mentions(sentence, PUB))


@pytest.mark.parametrize(
    "sentence",
    [
        "The two envoys met years ago in Lisbon.",
        "The envoys spoke by phone months earlier.",
    ],
)
def test_months_or_years_ago_without_a_number_leave_the_event_undated(sentence: str) -> None:
    found = resolve_dates(
        sentence, PUB, near=sentence.index("met" if "met" in sentence else "spoke")
    )
    assert found.date is None
