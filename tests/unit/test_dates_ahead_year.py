"""A month and day named without a year take the year nearest the article, except a day told
ahead that would then fall well before the article: a future event is never long before its
article ("will be held on July 10", written in October, is next July). Sentences invented;
the article is of Wednesday 9 October 2024."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.dates import find_date_mentions

OCTOBER = date(2024, 10, 9)


def _day(sentence: str, text: str) -> date | None:
    found = [m for m in find_date_mentions(sentence, OCTOBER) if m.text.startswith(text)]
    assert len(found) == 1, found
    return found[0].date


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # told ahead, months before the article: the next year's
        ("The conference will be held in Rome on July 10.", "July 10", date(2025, 7, 10)),
        ("Ministers are to meet again on 3 March.", "3 March", date(2025, 3, 3)),
        ("The summit is due to open on Aug. 20 in Yokohama.", "Aug. 20", date(2025, 8, 20)),
        # told ahead, within a month before the article (a page updated late): that year's
        ("Talks will resume on October 5.", "October 5", date(2024, 10, 5)),
        # told ahead and after the article
        ("The leaders will meet on November 12.", "November 12", date(2024, 11, 12)),
        # told in the past: the nearest
        ("The conference was held in Rome on July 10.", "July 10", date(2024, 7, 10)),
        (
            "The summit, which ended on July 10, will be followed by talks.",
            "July 10",
            date(2024, 7, 10),
        ),
        # a plan's noun in a sentence told in the past: the nearest
        ("The round set for May 3 in Rome went ahead.", "May 3", date(2024, 5, 3)),
        # a year given is kept
        ("The conference will be held on July 10, 2024.", "July 10", date(2024, 7, 10)),
    ],
)
def test_a_day_told_ahead_is_never_long_before_its_article(
    sentence: str, text: str, want: date
) -> None:
    assert _day(sentence, text) == want
