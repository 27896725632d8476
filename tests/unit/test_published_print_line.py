"""A newspaper's print-edition line at the foot of an article dates it when its head does not."""

from __future__ import annotations

from datetime import date

from tracker.ingest.published import published_from_text

LEAD = (
    "ISLAMABAD: The two delegations ended their second round without a joint statement, "
    "officials said, and no date was set for another meeting between the envoys."
)
MORE = (
    "The talks had not been expected to settle much, but both sides said they wanted the "
    "channel kept open after the clashes along the border last month."
)
TODAY = date(2026, 1, 1)


def _page(foot: str) -> str:
    return "\n\n".join(["Envoys part without a statement", LEAD, MORE, foot])


def test_print_edition_line_dates_the_article() -> None:
    found = published_from_text(_page("Published in Dawn, June 15th, 2025"), today=TODAY)
    assert found is not None and found.date == date(2025, 6, 15)
    found = published_from_text(
        _page("Published in The Express Tribune, May 13th, 2022"), today=TODAY
    )
    assert found is not None and found.date == date(2022, 5, 13)


def test_a_date_at_the_head_comes_first() -> None:
    text = "Published December 12, 2015\n\n" + _page("Published in Dawn, December 13th, 2015")
    found = published_from_text(text, today=TODAY)
    assert found is not None and found.date == date(2015, 12, 12)


def test_other_lines_and_later_dates_do_not_date_it() -> None:
    assert published_from_text(_page("Published in a hurry, the envoy said."), today=TODAY) is None
    later = _page("Published in Dawn, June 15th, 2027")
    found = published_from_text(later, today=TODAY)
    assert found is None or found.date != date(2027, 6, 15)
