"""A social post embedded in a page (its text ending on the post's short link, or its
signature line) is furniture, dropped before the article is read; a sentence that names a
network or a link in prose stays. Lines invented."""

from __future__ import annotations

import pytest

from tracker.ingest import prepare_bytes
from tracker.ingest.clean import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        "Quispe hopes to visit Ghana before the end of the year https://t.co/4hQv9ZtW2a",
        "Mensah greets Quispe at the airport in Accra. pic.twitter.com/Yt7wQe31Lk",
        "— Coast Times (@CoastTimes) March 3, 2026",
        "Welcome to Accra! pic.x.com/Pq8Lm2Zt — Ghana Presidency (@GhanaPresidency) March 3, 2026",
    ],
)
def test_an_embedded_post_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "embedded-post"


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said on its account (@GhanaMFA) that the talks went well.",
        "The full statement is at https://t.co/abcd1234, the ministry said in Accra on Monday.",
        "Quispe arrived in Accra on Tuesday on a three-day state visit.",
    ],
)
def test_prose_that_names_a_post_or_a_link_stays(line: str) -> None:
    assert furniture_reason(line) != "embedded-post"


def test_the_posts_under_an_article_are_not_its_text() -> None:
    page = "\n\n".join(
        [
            "# Quispe plans a visit to Ghana",
            "*Harbour Post · 2 March 2026*",
            "Rosa Quispe said on Monday she hoped to visit Ghana later this year.",
            "**What people are posting**",
            "> Quispe hopes to visit Ghana before the end of the year https://t.co/4hQv9ZtW2a",
        ]
    )
    doc = prepare_bytes(page.encode(), name="quispe.md").document
    assert "hoped to visit Ghana later this year" in doc.text
    assert "before the end of the year" not in doc.text
