"""Speakers: a person or a body, never a fragment of a name, a month or a time."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.speakers import find_speaker
from tracker.extract.text import normalize_same_length
from tracker.services.tracks import default_tracks


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def speaker(sentence: str, lex: Lexicon) -> str | None:
    hit = find_speaker(normalize_same_length(sentence), lex)
    if hit is None:
        return None
    if hit.pronoun:
        return "<pronoun>"
    assert sentence[hit.start : hit.end] == hit.text  # offsets into the sentence
    return hit.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # full names with their titles
        (
            "Kremlin spokesman Dmitry Peskov said the meeting was off.",
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            "US Secretary of State Marco Rubio said on Wednesday that talks would go on.",
            "US Secretary of State Marco Rubio",
        ),
        (
            "Syria's transitional President Ahmed al-Sharaa said earlier that talks may yield results.",
            "President Ahmed al-Sharaa",
        ),
        (
            "Hungary's foreign minister said on Wednesday that the summit remains on track.",
            "Hungary's foreign minister",
        ),
        # bodies
        ("The White House said the summit was on hold.", "The White House"),
        ("On Tuesday the State Department said talks continue.", "the State Department"),
        (
            "A senior administration official said the meeting was off.",
            "A senior administration official",
        ),
        ("The meeting is off, TASS reported.", "TASS"),
        ("Russian state media reported that Lavrov had spoken to Rubio.", "Russian state media"),
        (
            "In Beijing, the commerce ministry confirmed that He would travel to France.",
            "the commerce ministry",
        ),
        (
            "Talks were halted after the blast, the Ministry of Foreign Affairs and International "
            "Cooperation said.",
            "the Ministry of Foreign Affairs and International Cooperation",
        ),
        (
            "The Office of the US Trade Representative said Greer would attend.",
            "The Office of the US Trade Representative",
        ),
        (
            "The two leaders met in Abu Dhabi, Azerbaijan's Foreign Ministry said Thursday.",
            "Azerbaijan's Foreign Ministry",
        ),
        (
            "In a statement, the Prime Minister's Office confirmed that Netanyahu was invited.",
            "the Prime Minister's Office",
        ),
        (
            "Qatar's Foreign Ministry on Sunday announced that a ceasefire was agreed.",
            "Qatar's Foreign Ministry",
        ),
        (
            "China and the US agreed to meet, though a senior U.S. trade official stressed otherwise.",
            "a senior U.S. trade official",
        ),
        # "according to" takes the whole phrase, not its first words
        (
            "According to the Russian side, the two confirmed the mood to resume contacts.",
            "the Russian side",
        ),
        (
            "According to Turkish diplomatic sources, the delegations will meet at 13:00.",
            "Turkish diplomatic sources",
        ),
        ("According to US media, preparations were put on hold.", "US media"),
        (
            "According to a senior White House official, there are no plans.",
            "a senior White House official",
        ),
        # an appositive or an aside between the speaker and the verb
        (
            "Yuri Ushakov, Putin's foreign policy aide, said the call was the first step.",
            "Yuri Ushakov",
        ),
        (
            "Vincent Magwenya, spokesperson for South African President Cyril Ramaphosa, said the "
            "declaration was adopted.",
            "Vincent Magwenya",
        ),
        ("The Kremlin, however, said the summit was never agreed.", "The Kremlin"),
        ("Lavrov, speaking publicly on Tuesday, confirmed his call with Rubio.", "Lavrov"),
        ("Its president, Mirjana Spoljaric, said the release was welcome.", "Mirjana Spoljaric"),
        ("Trump, who received Zelensky on Monday, had announced a meeting.", "Trump"),
        # the verb outside the quotation speaks
        (
            '"Yes, president Trump stated that he stopped considering a summit," Peskov acknowledged.',
            "Peskov",
        ),
        (
            '"We cannot postpone something that has not been finalised," Kremlin spokesman Dmitry '
            "Peskov was quoted by Reuters as saying after CNN reported the delay.",
            "Kremlin spokesman Dmitry Peskov",
        ),
        ("“I guess they wanted too much,” said one European official.", "one European official"),
        ("“The key point is not the venue,” Lavrov said, “but how.”", "Lavrov"),
        (
            '"The United States\' initial meetings will be led by Rubio," the US president added.',
            "the US president",
        ),
        (
            "A source quoted by Britain's Financial Times suggested Lavrov's call put Washington off.",
            "A source",
        ),
        # a title-case headline
        ("Orban Says Budapest Trump-Putin Summit Still Planned Despite Delay", "Orban"),
        ("Trump will have 'final call' on China trade truce, Greer says", "Greer"),
        # headlines name their speaker before a colon or after a dash
        ("Kremlin: Putin will not travel to Turkey for talks with Zelensky", "Kremlin"),
        ("Zelenskyy: Putin is welcome to come to Kyiv", "Zelenskyy"),
        ("Istanbul negotiating platform has not run dry yet — Lavrov", "Lavrov"),
        (
            "Budapest ready to host Putin-Trump meeting — Hungarian top diplomat",
            "Hungarian top diplomat",
        ),
        # a relative clause or a passive between the speaker and the verb
        (
            "A US official who was not named said the two were very close to a meeting.",
            "A US official",
        ),
        (
            "The planned resumption was first reported by journalist Barak Ravid.",
            "journalist Barak Ravid",
        ),
        ("State-run PTV news said the negotiations went on for 13 hours.", "State-run PTV news"),
        (
            "Though the U.S. described the call as productive, sources said the stance had not changed.",
            "sources",
        ),
        ("The U.S. described the call as productive.", "The U.S."),
        # a title that names a place, then the person between commas
        (
            "U.S. Special Envoy to Chile, Ambassador Ana Ruiz, said the round opened dialogue.",
            "Ambassador Ana Ruiz",
        ),
        (
            "The foreign minister of Oman, Badr Albusaidi, said the talks went well.",
            "Badr Albusaidi",
        ),
        # pronouns are left to the caller
        ("“You cannot postpone it,” he told reporters.", "<pronoun>"),
        ("Pakistan, he warned, would hit back if provoked.", "<pronoun>"),
    ],
)
def test_speaker(sentence: str, expected: str, lex: Lexicon) -> None:
    assert speaker(sentence, lex) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "States" of "the United States" is no verb: no "the United"
        "Preparations for the meeting between the Presidents of Russia and the United States are in their final phase.",
        "The United States was represented at the meeting by Secretary of State Rubio.",
        "On Tuesday, for the first time, the United States joined a broad coalition of allies.",
        # a place opening the sentence is no speaker
        "London, the British capital, will host another meeting of the coalition states on October 24.",
        # no name, role or body
        "According to the plan, everything starts tomorrow at 11:30.",
        "On Tuesday said the official that talks continue.",
        "The summit was put on hold.",
        "Trump called the talks extremely productive.",
        "The talks were reported to be close to a deal.",
        # headline labels and datelines are no speakers
        "Report: Israel-Syria security talks at a deadlock",
        "WASHINGTON: Trump and Putin will meet in Alaska",
        "The Road Ahead: A Stalled Peace Process",
        "G20 sherpas agree on a declaration before the summit – Daily Maverick",
        "News ID: 231303",
        "(Updated: 18:23 GMT 16.10.2025)",
        # a description is no quotation; a "while" clause's verb attributes nothing
        "Talks in Lisbon described as honest but ending without agreement",
        "Negotiations restart today after a pause, while Norway insists any deal keep its quotas.",
    ],
)
def test_no_speaker(sentence: str, lex: Lexicon) -> None:
    assert speaker(sentence, lex) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Russian side said the talks went well.", "The Russian side"),
        ("In October the Kremlin said the summit was postponed.", "the Kremlin"),
        (
            "Iran will not go back to talks with the United States, Foreign Minister Abbas Araghchi announced.",
            "Foreign Minister Abbas Araghchi",
        ),
        (
            "The United States will skip the G20 summit, US President Donald Trump wrote.",
            "US President Donald Trump",
        ),
    ],
)
def test_speaker_is_never_a_fragment(sentence: str, expected: str, lex: Lexicon) -> None:
    found = speaker(sentence, lex)
    assert found == expected
    assert found not in ("the United", "The United", "the Russian", "United", "Russian")


def test_speaker_of_an_excerpt_in_a_document() -> None:
    text = (
        "Putin-Trump summit on hold\n\n"
        "Yuri Ushakov, Putin's foreign policy aide, said on Tuesday the Budapest summit was "
        "put on hold.\n\n"
        "“There is no date yet,” he told reporters."
    )
    found = extract_document(text, date(2025, 10, 22), default_tracks())
    hold = next(f for f in found if f.signal == "on_hold" and "Ushakov" in f.exact)
    assert hold.speaker == "Yuri Ushakov"
