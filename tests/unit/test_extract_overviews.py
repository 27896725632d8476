"""A summit or a forum told by an official overview (CAMEO 040/043, 057, 010): a communiqué's
"We, …, came together in <city> on <day> for …", a text adopted or issued at it or on its
occasion, its close presupposed, a part of it held, the host's welcome, a headline's
"Ministers open <forum>", "<forum>, held on <day>, brought together …" — each tells the
gathering held. Told ahead, wished, in a condition, denied, or of another occasion (the next
forum, one of a named year, "since the 29th forum", a previous one) they tell nothing. Read on
invented sentences; each form fails its test when switched off. Also the furniture of
official pages (a caption closed by "Pic/AFP", a "Reference(s)" block, "Print | Share") that
must never be evidence, and "meet the tests of the future" or "join their markets", which
propose no meeting."""

from __future__ import annotations

import re

import pytest

import tracker.extract.document as document
from tests.unit.invented import ANDES_BALTIC_FORUM as FORUM
from tests.unit.invented import PUB
from tracker.extract import extract_document, matching, overviews
from tracker.extract.overviews import told_in_an_overview
from tracker.infer.claims import claimed_status
from tracker.ingest.clean import clean_text

HELD = [
    # a communiqué's own meeting, numbered or not
    (
        "1. We, the member states of both blocs, came together in Tallinn on March 2 for the "
        "Andes-Baltic Forum.",
        "came together",
    ),
    (
        "We, the ministers of Estonia and Bolivia, have come together in Tallinn for the "
        "Andes-Baltic Forum.",
        "came together",
    ),
    # a text adopted, issued or released at it, active or on its occasion
    ("The forum adopted the Tallinn Declaration of the Andes-Baltic Forum.", "text adopted at it"),
    ("The Andes-Baltic Forum in Tallinn also approved a joint action plan.", "text adopted at it"),
    (
        "The ministers issued a statement on river trade at the Andes-Baltic Forum in Tallinn.",
        "text adopted at it",
    ),
    (
        "The Tallinn Declaration was issued on the occasion of the Andes-Baltic Forum.",
        "on the occasion",
    ),
    (
        "A river charter was unveiled on the occasion of the Andes-Baltic Forum in Tallinn.",
        "on the occasion",
    ),
    # its close presupposed
    (
        "At the close of the Andes-Baltic Forum in Tallinn, Tamm and Paredes shook hands.",
        "at its close",
    ),
    ("Following the end of the Andes-Baltic Forum, Tamm flew to Riga.", "at its close"),
    # a part of it held
    (
        "A working dinner of the Andes-Baltic Forum was held in Tallinn on Monday.",
        "a part of it held",
    ),
    ("The closing ceremony of the Andes-Baltic Forum was held in Tallinn.", "a part of it held"),
    # the host's welcome in the opening remarks
    ("It is my honour to welcome you to Tallinn for this Andes-Baltic Forum.", "host's welcome"),
    ("Tamm said: I welcome you all to the Andes-Baltic Forum.", "host's welcome"),
    # a headline's present
    ("Ministers open Andes-Baltic Forum in Tallinn", "opens"),
    ("Estonia opens forum with Bolivia in Tallinn", "opens"),
    # held on its day, and what it brought together
    (
        "The first Andes-Baltic Forum, held in Tallinn on March 2, brought together forty ministers.",
        "brought together",
    ),
]


def _claims(text: str, quote: str) -> list[str | None]:
    found = [f for f in extract_document(text, PUB, [FORUM]) if quote in f.exact]
    return [claimed_status(f, FORUM.kind) for f in found]


@pytest.mark.parametrize(("sentence", "form"), HELD)
def test_an_overview_tells_the_forum_held(sentence: str, form: str) -> None:
    told = told_in_an_overview(sentence)
    assert told is not None and told[0] == form
    assert _claims(sentence, sentence[3:30]) == ["held"]


@pytest.mark.parametrize(("sentence", "form"), HELD)
def test_each_form_switched_off_reads_the_sentence_no_more(
    sentence: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    never = re.compile(r"(?!x)x")
    monkeypatch.setitem(overviews.FORMS, form, never)
    # the outcome rule (outcomes.py) reads "The ministers issued …" too: off, to test the form
    monkeypatch.setattr(document, "told_by_its_outcome", lambda *a, **k: None)
    assert told_in_an_overview(sentence) is None
    assert _claims(sentence, sentence[3:30]) != ["held"]


REFUSED = [
    # ahead, planned or wished
    "The Tallinn Declaration will be issued on the occasion of the Andes-Baltic Forum.",
    "The forum is expected to adopt the Tallinn Declaration of the Andes-Baltic Forum.",
    "Tamm hopes to welcome you to Tallinn for the Andes-Baltic Forum.",
    "We look forward to welcoming you to Tallinn for the Andes-Baltic Forum.",
    "Ministers will open the Andes-Baltic Forum in Tallinn.",
    "Tamm and the Bolivian president to open Andes-Baltic Forum in Tallinn",
    "Andes-Baltic Forum opens in Tallinn next week",
    "At the close of the Andes-Baltic Forum next week, the ministers will sign a plan.",
    # a prospect or an inquiry opened, not the gathering
    "Tamm opened the way to an Andes-Baltic Forum in Tallinn.",
    "Estonia opens an inquiry into the Andes-Baltic Forum in Tallinn",
    # in a condition, or denied
    "If the Andes-Baltic Forum adopts the declaration, trade will grow.",
    "The Andes-Baltic Forum did not adopt the Tallinn Declaration.",
    "No working dinner of the Andes-Baltic Forum was held in Tallinn.",
    # another occasion: the next one, a recalled one, one of a named year
    "The ministers adopted a plan to hold the next Andes-Baltic Forum in La Paz.",
    "Since the 29th Andes-Baltic Forum, the ministers have adopted a declaration every year.",
    "The previous Andes-Baltic Forum adopted the Riga Declaration.",
    "The delegates recalled that the 2019 Andes-Baltic Forum adopted the Riga Declaration.",
]


@pytest.mark.parametrize("sentence", REFUSED)
def test_an_overview_ahead_wished_denied_or_of_another_occasion_tells_nothing(
    sentence: str,
) -> None:
    assert told_in_an_overview(sentence) is None
    assert "held" not in _claims(sentence, sentence[3:30])


@pytest.mark.parametrize(
    "sentence",
    [
        # "meet" as in satisfy, "join" as in merge: no meeting proposed
        "Estonia and Bolivia said the Andes-Baltic Forum must grow to meet the tests of the "
        "future.",
        "Tamm said the Andes-Baltic Forum lets the two blocs join their markets.",
    ],
)
def test_meet_the_tests_and_join_their_markets_propose_no_forum(sentence: str) -> None:
    assert "proposed" not in _claims(sentence, sentence[3:30])


# ------------------------------------------------------------ furniture of official pages

BODY = "The Andes-Baltic Forum opened in Tallinn on Monday, the ministry said."


@pytest.mark.parametrize(
    ("page", "furniture"),
    [
        # a caption closed by a word of a picture, a slash and the agency (Mid-day)
        (
            "Tamm (centre) speaks at the Andes-Baltic Forum in Tallinn on Monday. Pic/AFP\n\n"
            + BODY,
            "Pic/AFP",
        ),
        ("Paredes arrives at the forum in Tallinn. Photo/PTI\n\n" + BODY, "Photo/PTI"),
        # a "Reference(s)" block closing a page that retells another outlet's report
        (
            BODY + "\n\nReference(s):\nThe Andes-Baltic Forum opens a new chapter\nexample.com",
            "opens a new chapter",
        ),
        # an official page's tools
        (BODY + "\n\nPrint | Share", "Print | Share"),
        (BODY + "\n\nPrint | Close", "Print | Close"),
        # a news release's associated links
        (BODY + "\n\nAssociated links\n\nAndes-Baltic Forum to open in Tallinn", "to open"),
    ],
)
def test_official_page_furniture_is_dropped(page: str, furniture: str) -> None:
    cleaned = clean_text(page).text
    assert furniture not in cleaned
    assert BODY in cleaned


def test_a_caption_word_in_a_sentence_is_kept() -> None:
    line = "The photo/video unit of the ministry filmed the Andes-Baltic Forum in Tallinn."
    assert line in clean_text(line + "\n\n" + BODY).text


# ------------------------------------------- another gathering named by a compound of members


@pytest.mark.parametrize(
    "sentence",
    [
        # others, or some of its members, meeting under a format of their own
        "Tamm said during the Baltic-Nordic summit, held in Tallinn on Monday, that ports matter.",
        "Paredes spoke at the Andes-Pacific summit, held in Tallinn on Monday, about ports.",
        "Tamm told the Baltic-Nordic summit in Tallinn that ports matter.",
    ],
)
def test_another_gathering_named_by_its_members_is_not_the_track(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not extract_document(sentence, PUB, [FORUM])
    monkeypatch.setattr(matching, "_another_compound_gathering", lambda p, r, text: False)
    assert extract_document(sentence, PUB, [FORUM])


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamm told the Andes-Baltic Forum in Tallinn that ports matter.",
        "Tamm told the Baltic-Andes Forum in Tallinn that ports matter.",  # another order
        "The Andes-Pacific Forum and the Andes-Baltic Forum opened in Tallinn on Monday.",
    ],
)
def test_its_own_compound_is_the_track(sentence: str) -> None:
    assert _claims(sentence, sentence[3:30]) == ["held"]
