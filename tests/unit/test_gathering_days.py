"""A summit of an organisation told over its days: its ministers' own meeting is another
event, an act on its margins tells it under way, and a report of the morning after dates its
undated lead by the day the next sentence gives (sentences invented)."""

from __future__ import annotations

from datetime import date

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document

PUB = date(2026, 3, 4)  # a Wednesday

GATHERING = Track(
    id="au-malabo-summit",
    title="African Union summit in Malabo",
    kind="summit",
    actors=[Actor(name="Amara Diallo", aliases=["Diallo"])],
    parties=["African Union"],
    places=["Malabo"],
    keywords=["AU", "summit", "African Union summit"],
)


def _read(text: str) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [GATHERING]) if f.track_id == GATHERING.id]


def test_the_organisations_ministers_meeting_is_not_its_summit() -> None:
    for text in (
        "The envoy spoke after the AU foreign ministers met in Malabo.",
        "She said so at a meeting of the African Union (AU) Council of Foreign Ministers.",
    ):
        assert all(f.signal is None for f in _read(text)), text
    # the summit itself named beside its ministers is still the summit
    found = _read("The AU summit opened in Malabo on Monday, after the AU foreign ministers met.")
    assert [f.signal for f in found] == ["held"]


def test_an_act_on_the_margins_of_its_gathering_tells_it_under_way() -> None:
    found = _read(
        "On Tuesday, on the margins of the AU gathering in Equatorial Guinea, Diallo said the "
        "two sides had agreed a truce."
    )
    assert [(f.signal, f.event_date) for f in found] == [("held", date(2026, 3, 3))]


def test_no_margins_reading_ahead_or_of_another_organisations_gathering() -> None:
    ahead = _read(
        "On the margins of the AU summit, which will open next week, Diallo said the truce "
        "was holding."
    )
    assert all(f.signal != "held" for f in ahead)
    other = _read(
        "On Tuesday, on the margins of the Arab League summit, Diallo said the AU had agreed "
        "a truce."
    )
    assert all(f.signal != "held" for f in other)


MORNING_AFTER = (
    "AU leaders end summit without a common statement\n\n"
    "African Union leaders failed to agree on a common statement on the border war, closing "
    "a summit in Malabo that was meant to show unity.\n\n"
    "The host, Amara Diallo, was joined {when} in the final sessions by the UN chief."
)


def test_a_report_of_the_morning_after_dates_its_lead_by_the_next_sentence() -> None:
    found = _read(MORNING_AFTER.format(when="yesterday"))
    lead = [f for f in found if f.exact.startswith("African Union leaders")]
    assert [f.event_date for f in lead] == [date(2026, 3, 3)]
    # the day named by the sessions it was ("during Tuesday's final sessions")
    found = _read(
        MORNING_AFTER.replace(
            "was joined {when} in the final sessions", "was joined during Tuesday's final sessions"
        )
    )
    lead = [f for f in found if f.exact.startswith("African Union leaders")]
    assert [f.event_date for f in lead] == [date(2026, 3, 3)]


def test_an_older_day_in_the_next_sentence_does_not_date_the_lead() -> None:
    found = _read(MORNING_AFTER.format(when="on Monday"))
    lead = [f for f in found if f.exact.startswith("African Union leaders")]
    assert [f.event_date for f in lead] == [PUB]
