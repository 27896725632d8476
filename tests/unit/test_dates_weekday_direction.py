"""A weekday with no "last" or "next" resolves by what the sentence tells of it: ahead for an
arrangement in the present progressive ("are meeting on Friday") and for the new day of a
meeting moved ("was moved to Friday", "postponed ... to Thursday") and for a meeting verb
of a schedule or headline in the present simple ("meets Otieno Friday", "Virtanen and Otieno
meet Friday", "sits down with Otieno Friday"); back
for the past ("met on Monday", "were meeting on Monday when ..."). Sentences invented; the
article is of Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import find_date_mentions

WEDNESDAY = date(2026, 3, 4)


def _day(sentence: str, weekday: str) -> date:
    found = [m for m in find_date_mentions(sentence, WEDNESDAY) if m.text == weekday]
    assert len(found) == 1
    return found[0].date


@pytest.mark.parametrize(
    ("sentence", "weekday", "want"),
    [
        # an arrangement in the present progressive: ahead
        ("Virtanen and Otieno are meeting in Nairobi on Friday.", "Friday", date(2026, 3, 6)),
        ("Mensah said he is hosting a forum on Sunday.", "Sunday", date(2026, 3, 8)),
        ("Talks are being held in Nairobi on Tuesday.", "Tuesday", date(2026, 3, 10)),
        # the new day of a meeting moved: ahead
        ("The Nairobi meeting was moved to Friday.", "Friday", date(2026, 3, 6)),
        ("The ministers' meeting was postponed until Monday.", "Monday", date(2026, 3, 9)),
        (
            "The league on Sunday put off the meeting set for this week to Thursday.",
            "Thursday",
            date(2026, 3, 5),
        ),
        ("The talks were rescheduled for Tuesday.", "Tuesday", date(2026, 3, 10)),
        # a meeting verb in the present simple, a schedule or a headline: ahead
        ("Virtanen meets Otieno in Nairobi Friday", "Friday", date(2026, 3, 6)),
        ("Virtanen visits Nairobi Monday, and She Won't Be Alone", "Monday", date(2026, 3, 9)),
        ("Mensah holds talks with Otieno on Wednesday.", "Wednesday", date(2026, 3, 4)),
        ("Mensah sits down with Otieno in Accra on Friday.", "Friday", date(2026, 3, 6)),
        # ... and in the plural present: ahead
        ("Virtanen and Otieno meet in Nairobi Friday", "Friday", date(2026, 3, 6)),
        ("The two leaders hold talks in Nairobi on Monday.", "Monday", date(2026, 3, 9)),
        ("Talks between the two sides resume on Tuesday.", "Tuesday", date(2026, 3, 10)),
        ("Mensah and Otieno sit down in Accra on Friday.", "Friday", date(2026, 3, 6)),
        # an infinitive after an auxiliary or "to" is no present: the sentence's tense decides
        ("Virtanen and Otieno did not meet in Nairobi on Monday.", "Monday", date(2026, 3, 2)),
        ("Virtanen and Otieno didn't meet on Friday after all.", "Friday", date(2026, 2, 27)),
        ("Virtanen and Otieno didn’t meet on Friday after all.", "Friday", date(2026, 2, 27)),
        # a noun that reads like a plural verb is no present
        ("Mensah's official visit to Kenya began on Friday.", "Friday", date(2026, 2, 27)),
        (
            "The Ghanaian head of state touched down in Nairobi on Monday.",
            "Monday",
            date(2026, 3, 2),
        ),
        # the past stays back
        ("Virtanen and Otieno met in Nairobi on Monday.", "Monday", date(2026, 3, 2)),
        ("Virtanen and Otieno met in Nairobi on Friday.", "Friday", date(2026, 2, 27)),
        (
            "Virtanen and Otieno were meeting in Nairobi on Monday when the news broke.",
            "Monday",
            date(2026, 3, 2),
        ),
        ("The talks, which began on Monday, are continuing.", "Monday", date(2026, 3, 2)),
        ("The meeting of Friday was moved to a later date.", "Friday", date(2026, 2, 27)),
        # a plan told in the past ("was to be held"): the nearest such day
        (
            "A third round that was to be held in Nairobi on Monday was called off.",
            "Monday",
            date(2026, 3, 2),
        ),
        (
            "Otieno was to meet Virtanen on Thursday, but the trip was cancelled.",
            "Thursday",
            date(2026, 3, 5),
        ),
        # a plan in the present ("is to be held") stays ahead
        ("The round is to be held in Nairobi on Monday.", "Monday", date(2026, 3, 9)),
        # a part of a programme that "comes" or "falls" on a weekday: ahead
        ("The high point of the visit comes Tuesday in Nairobi.", "Tuesday", date(2026, 3, 10)),
        ("The signing falls on Friday, the last day of the visit.", "Friday", date(2026, 3, 6)),
        ("The decisive round comes on Monday.", "Monday", date(2026, 3, 9)),
        # refused: "came", and "comes" tied to an event before the weekday
        ("The high point of the visit came Tuesday in Nairobi.", "Tuesday", date(2026, 3, 3)),
        (
            "The visit comes as talks resumed in Nairobi on Monday.",
            "Monday",
            date(2026, 3, 2),
        ),
    ],
)
def test_a_weekday_resolves_by_what_the_sentence_tells(
    sentence: str, weekday: str, want: date
) -> None:
    assert _day(sentence, weekday) == want
