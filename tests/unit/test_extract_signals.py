"""Status cues, modality, speakers and track matching on literal sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.models import Actor, Finding, Track
from tracker.extract import extract_document, load_lexicon
from tracker.extract.lexicon import Lexicon, compile_cue
from tracker.extract.signals import find_cues
from tracker.extract.speakers import find_speaker
from tracker.extract.text import normalize_same_length

PUB = date(2025, 10, 22)

SUMMIT = Track(
    id="trump-putin-summit",
    title="Trump–Putin summit in Budapest",
    kind="summit",
    actors=[
        Actor(name="Donald Trump", aliases=["Trump", "President Trump"]),
        Actor(name="Vladimir Putin", aliases=["Putin", "President Putin"]),
    ],
    keywords=["summit", "meeting", "meet", "Budapest", "talks", "face-to-face"],
    context_terms=["Anchorage", "Alaska"],
)
CHANNEL = Track(
    id="rubio-lavrov-channel",
    title="Rubio–Lavrov channel",
    kind="channel",
    actors=[
        Actor(name="Marco Rubio", aliases=["Rubio", "the Secretary"]),
        Actor(name="Sergey Lavrov", aliases=["Lavrov", "the Foreign Minister"]),
    ],
    keywords=["call", "phone", "spoke", "meeting", "meet", "in-person", "diplomats"],
)
COALITION = Track(
    id="coalition",
    title="Coalition of the willing",
    kind="coalition",
    actors=[Actor(name="Coalition of the Willing", aliases=["coalition of the willing"])],
    keywords=["coalition of the willing"],
    min_actors=1,
)
TRACKS = [SUMMIT, CHANNEL, COALITION]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def _one(text: str, track_id: str = "trump-putin-summit") -> Finding:
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == track_id]
    assert len(found) == 1, found
    return found[0]


def test_lexicon_is_cached_and_has_a_comment(lex: Lexicon) -> None:
    assert load_lexicon() is lex
    assert lex.data.comment
    assert {"proposed", "preparing", "scheduled", "held", "on_hold", "postponed"} <= set(
        lex.by_name
    )


@pytest.mark.parametrize(
    ("cue", "text", "matched"),
    [
        ("postpon*", "the postponement", "postponement"),
        ("call* off", "it was called off", "called off"),
        ("no plans ... immediate future", 'no plans" for a meeting "in the immediate future', None),
        ("[productive] call between", "the call between them", "call between"),
        ("in person", "an in-person meeting", "in-person"),
        ("re:\\bheld\\b", "talks were held", "held"),
    ],
)
def test_cue_syntax(cue: str, text: str, matched: str | None) -> None:
    m = compile_cue(cue).search(text)
    assert m is not None
    if matched is not None:
        assert m.group(0) == matched


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Trump proposed a summit with Putin in Budapest.", "proposed"),
        ("Trump and Putin agreed to meet in Budapest.", "agreed"),
        ("Preparations continue for the Trump-Putin summit.", "preparing"),
        ("The Trump-Putin summit is scheduled for Oct. 30.", "scheduled"),
        ("The Trump-Putin summit is slated for November.", "scheduled"),
        ("Trump and Putin met in Budapest and held talks.", "held"),
        ("The Trump-Putin summit has been put on hold.", "on_hold"),
        ("The Trump-Putin summit was paused.", "on_hold"),
        ("There are no plans for Trump to meet Putin in the immediate future.", "on_hold"),
        ("The Trump-Putin summit was postponed.", "postponed"),
        ("The Trump-Putin summit has been delayed.", "postponed"),
        ("Trump Cancels Putin Meeting", "cancelled"),
        ("The Trump-Putin summit was called off.", "cancelled"),
        ("The Trump-Putin summit was scrapped.", "cancelled"),
        ("Putin rejected the proposal to meet Trump in Budapest.", "rejected"),
    ],
)
def test_signals(sentence: str, signal: str) -> None:
    f = _one(sentence)
    assert f.signal == signal
    assert f.modality == "asserted"
    assert f.cameo and f.plover


def test_codes_follow_the_crosswalk() -> None:
    assert _one("The Trump-Putin summit was postponed.").cameo == "161"
    assert _one("Trump Cancels Putin Meeting").cameo == "164"
    assert _one("Trump and Putin agreed to meet in Budapest.").plover == "AGREE"


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        ("Rubio and Lavrov had a productive call.", "call"),
        ("Rubio spoke by phone with Lavrov.", "call"),
        ("Another phone call between Rubio and Lavrov is expected this week.", "call"),
    ],
)
def test_channel_calls(sentence: str, signal: str) -> None:
    assert _one(sentence, "rubio-lavrov-channel").signal == signal


def test_meeting_not_necessary_is_a_cancelled_meeting_on_the_channel() -> None:
    text = (
        "“Therefore, an additional in-person meeting between the Secretary and the Foreign "
        "Minister is not necessary at this time, and there are no plans for President Trump "
        "to meet with President Putin in the immediate future.”"
    )
    found = {f.track_id: f for f in extract_document(text, PUB, TRACKS)}
    assert found["rubio-lavrov-channel"].signal == "cancelled"
    assert found["trump-putin-summit"].signal == "on_hold"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The Trump-Putin summit was not cancelled.", "negated"),
        (
            "While no meeting between Trump and Putin is currently scheduled, talks go on.",
            "negated",
        ),
        (
            "“We cannot postpone what has not been agreed upon,” Peskov said of the Trump-Putin summit.",
            "denied",
        ),
        ("The Kremlin denied that the Trump-Putin summit had been postponed.", "denied"),
        ("The Trump-Putin summit could be postponed.", "hypothetical"),
        ("If talks fail, the Trump-Putin summit may be cancelled.", "hypothetical"),
        ("Trump and Putin will meet in Budapest.", "future"),
        ("An official said the Trump-Putin summit was put on hold.", "reported"),
        ("The Trump-Putin summit was reportedly put on hold.", "reported"),
        (
            "Trump has said he does not want a wasted meeting with Putin after plans were put on hold.",
            "reported",
        ),
    ],
)
def test_modality(sentence: str, modality: str) -> None:
    assert _one(sentence).modality == modality


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said, “We have an understanding.”",
            "Kremlin spokesman Dmitry Peskov",
        ),
        ("“The key point is not the venue,” Lavrov said, “but how.”", "Lavrov"),
        (
            "According to a senior White House official, there are “no plans.”",
            "a senior White House official",
        ),
        ("“I guess they wanted too much,” said one European official.", "one European official"),
        ("Lavrov, speaking publicly on Tuesday, confirmed his call with Rubio.", "Lavrov"),
        ("A U.S. official indicated that a meeting was not necessary.", "A U.S. official"),
        ("The summit was put on hold.", None),
    ],
)
def test_speakers(sentence: str, speaker: str | None, lex: Lexicon) -> None:
    hit = find_speaker(normalize_same_length(sentence), lex)
    assert (hit.text if hit else None) == speaker


def test_speaker_from_pronoun_and_quote_continuation() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said no date was ever confirmed for the Trump-Putin "
        "summit. “You cannot postpone what has not been scheduled,” he told reporters.\n"
        "“Rubio and Lavrov had a productive call,” an official said Tuesday. “An in-person "
        "meeting is not necessary, and there are no plans for Trump to meet Putin soon.”"
    )
    found = extract_document(text, PUB, TRACKS)
    denial = next(f for f in found if f.modality == "denied")
    assert denial.speaker == "Kremlin spokesman Dmitry Peskov"
    hold = next(f for f in found if f.signal == "on_hold")
    assert hold.speaker == "an official"
    # The continuation takes the date of its attribution ("said Tuesday").
    assert (hold.event_date, hold.date_basis) == (date(2025, 10, 21), "stated")


def test_anchorage_is_context_and_never_held_budapest() -> None:
    text = (
        "Trump and Putin met at a summit in Anchorage, Alaska, in August. That meeting failed.\n"
        "The Trump-Putin summit in Budapest has been put on hold."
    )
    found = [f for f in extract_document(text, PUB, TRACKS) if f.track_id == SUMMIT.id]
    # "That meeting failed." refers to the Anchorage meeting: a context mention, no claim.
    assert [(f.signal, f.context) for f in found] == [
        ("held", True),
        (None, True),
        ("on_hold", False),
    ]
    assert found[0].event_date == date(2025, 8, 1)


def test_matching_needs_an_event_word_and_the_tracks_people_or_parties() -> None:
    # One of the track's people with an event word is enough when nobody else is named...
    assert len(extract_document("Trump spoke about the summit.", PUB, [SUMMIT])) == 1
    # ...but not when the sentence names another party: that is another summit.
    assert extract_document("Trump discussed the summit with Xi Jinping.", PUB, [SUMMIT]) == []
    assert extract_document("Trump and Putin spoke about Ukraine.", PUB, [SUMMIT]) == []
    assert len(extract_document("Trump and Putin discussed the summit.", PUB, [SUMMIT])) == 1
    # Case-sensitive names: "trump" is not Trump.
    assert extract_document("A trump card and putin text at the summit.", PUB, [SUMMIT]) == []


def test_paragraph_continuation_by_anaphor() -> None:
    text = (
        "Trump and Putin planned a summit in Budapest.\n"
        "The summit has now been postponed.\n"
        "Unrelated words here.\n"
        "The summit was cancelled."
    )
    found = [f for f in extract_document(text, PUB, [SUMMIT])]
    # The lead is about the summit, so a later paragraph's "The summit was cancelled." is too.
    assert [f.signal for f in found] == [None, "postponed", "cancelled"]


def test_continuation_inside_a_paragraph_needs_a_cue() -> None:
    text = "Rubio and Lavrov had a productive phone call. The weather was fine. It was called off."
    found = extract_document(text, PUB, [CHANNEL])
    assert [f.signal for f in found] == ["call", "cancelled"]


def test_headline_counts_and_repeats_collapse() -> None:
    text = "Trump Cancels Putin Meeting\n\nTrump Cancels Putin Meeting\nBody text."
    found = extract_document(text, PUB, [SUMMIT])
    assert len(found) == 1 and found[0].signal == "cancelled" and found[0].start == 0


def test_anchors_prefix_and_suffix() -> None:
    text = (
        "Intro words go here first. The Trump-Putin summit was postponed. Then other text follows."
    )
    f = _one(text)
    assert text[f.start : f.end] == f.exact == "The Trump-Putin summit was postponed."
    assert text.endswith(f.suffix, 0, f.end + len(f.suffix))
    assert f.prefix == text[max(0, f.start - 32) : f.start]
    assert f.suffix == text[f.end : f.end + 32]


def test_boilerplate_lines_are_skipped() -> None:
    text = (
        "Read More\nShare This Article\n#TrumpPutinSummit #Budapest\nTrump and Putin summit talk."
    )
    found = extract_document(text, PUB, [SUMMIT])
    assert [f.exact for f in found] == ["Trump and Putin summit talk."]


def test_coalition_meeting_scheduled_with_date() -> None:
    f = _one(
        "A meeting of the “Coalition of the Willing” is scheduled for October 24th in London.",
        "coalition",
    )
    assert (f.signal, f.event_date, f.date_basis) == ("scheduled", date(2025, 10, 24), "stated")


def test_cues_collapse_overlaps(lex: Lexicon) -> None:
    hits = find_cues("there are no plans for Trump to meet Putin in the immediate future", lex)
    assert [h.signal for h in hits].count("on_hold") == 1


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Trump",
                "Putin",
                "Rubio",
                "Lavrov",
                "summit",
                "meeting",
                "call",
                "on hold",
                "postponed",
                "not",
                "could",
                "said",
                "“",
                "”",
                ".",
                ",",
                "\n",
                "last week",
                "on Tuesday",
                "Anchorage",
                "coalition of the willing",
                "the summit",
                "he",
            ]
        ),
        max_size=40,
    )
)
def test_extraction_never_fails_and_anchors_hold(words: list[str]) -> None:
    text = " ".join(words)
    for f in extract_document(text, PUB, TRACKS):
        assert text[f.start : f.end] == f.exact


def test_a_lexicon_compiles_its_cues_only_when_a_reading_needs_them() -> None:
    fresh = Lexicon(load_lexicon().data)
    # what a status needs reads the data alone
    assert fresh.status_for("postponed", "summit") == "postponed"
    assert fresh.has_signal("held") and not fresh.has_signal("maybe")
    assert fresh.precedence("cancelled") == load_lexicon().precedence("cancelled")
    assert "signals" not in vars(fresh) and "_indexed" not in vars(fresh)
    # a reading compiles what it uses, and reads as the shared lexicon does
    text = "The summit was postponed on Friday."
    assert [c.signal for c in find_cues(text, fresh)] == [
        c.signal for c in find_cues(text, load_lexicon())
    ]
    assert "signals" in vars(fresh)
    assert fresh.compile() is fresh and "boilerplate" in vars(fresh)
