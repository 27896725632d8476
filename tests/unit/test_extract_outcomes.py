"""An event told by what was agreed, adopted, signed or issued at it (outcomes.py): the
outcome told done, with the event as its setting (its subject, "at / during / after" it, its
joint statement, its members as the subject), reads ``held`` on a summit or a meeting and, by
the signal's table, ``active`` on talks. Plans, wishes, conditions, denials, another occasion,
a call, a meeting ahead as the outcome, another group's members and a setting elsewhere read
nothing. Invented sentences and tracks."""

from __future__ import annotations

import pytest

import tracker.extract.document as document
from tests.unit.invented import MEETING, PUB, SUMMIT, TALKS
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.extract.lexicon import load_lexicon
from tracker.extract.outcomes import told_by_its_outcome

RULE = "the event told by what was agreed, adopted, signed or issued at it"
ON_SUMMIT = {"places": ("Lisbon",), "parties": ("Peru", "Ghana"), "people": ("quispe", "mensah")}
ON_TALKS = {"places": ("Reykjavik",), "parties": ("Norway", "Chile"), "encounter": False}

# The Peru–Ghana summit in Lisbon, told by its outcome in several forms.
SUMMIT_OUTCOMES = [
    # at / during / after the event, then the outcome
    "At the Lisbon summit the two leaders agreed to open a joint fishing fund.",
    "During the summit, Quispe and Mensah approved a cocoa research centre.",
    "At Quispe's summit in Lisbon the two leaders launched a shipping line.",
    # the event as the subject, in the past, in the present perfect, by its day
    "The Lisbon summit adopted a declaration on ocean shipping.",
    "The summit's final day had produced a joint plan on shipping.",
    # its joint statement
    "In their joint statement, the leaders condemned piracy in the Gulf of Guinea.",
    # its members as the subject, named in an apposition, in the past perfect
    "The two leaders, Quispe and Mensah, signed a visa waiver.",
    "The leaders had also pledged new money for the port of Callao.",
    # the noun form and the passive
    "The fishing accord reached at the Lisbon summit opens both ports to trawlers.",
    "A visa waiver was signed during the summit.",
]
# A headline's present tells the past.
SUMMIT_HEADLINES = ["Peru and Ghana leaders sign visa waiver", "Lisbon summit adopts shipping plan"]
TALKS_OUTCOMES = [
    "The negotiators agreed to a joint catch register.",
    "The two delegations issued a joint declaration at the end of the round.",
    "Both sides had agreed to refrain from new quotas, negotiators said.",
    "The Reykjavik round ended with a joint plan on cod.",
]
REFUSED_ON_SUMMIT = [
    # a plan, a wish, a condition
    "The leaders are expected to agree on a joint fund at the Lisbon summit.",
    "The two leaders hope to sign a visa waiver in Lisbon.",
    "If the leaders agree on the fund, the summit will be a success.",
    "The declaration will be adopted at the Lisbon summit.",
    # a denial
    "The leaders did not agree on a joint statement.",
    "The leaders failed to adopt a joint statement.",
    # another occasion
    "At the previous summit the leaders agreed to a fund.",
    "The leaders agreed last year to open a fund.",
    # a meeting ahead told as the outcome: a plan of another encounter
    "The two leaders agreed to meet again in Accra.",
    "The leaders pledged to hold a summit every year.",
    # a call
    "The leaders agreed by phone to open a fund.",
    # another group's members, another body's event
    "Arctic Council leaders agreed to a fund.",
    "At the NATO summit, the leaders agreed to a fund.",
    "The ASEAN meeting adopted a plan on shipping.",
]
REFUSED_ON_TALKS = [
    "At the summit the negotiators agreed to a register.",
    "At the latest meeting of the commission in Oslo, the delegations agreed to a register.",
    "The negotiators will agree on a register next week.",
]


@pytest.mark.parametrize("sentence", SUMMIT_OUTCOMES)
def test_an_outcome_tells_the_summit_held(sentence: str) -> None:
    hit = told_by_its_outcome(sentence, **ON_SUMMIT)  # type: ignore[arg-type]
    assert hit is not None and hit.signal == "held"


@pytest.mark.parametrize("sentence", SUMMIT_HEADLINES)
def test_a_headline_present_tells_it_too(sentence: str) -> None:
    assert told_by_its_outcome(sentence, heading=True, **ON_SUMMIT) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize("sentence", TALKS_OUTCOMES)
def test_an_outcome_tells_the_talks_going_on(sentence: str) -> None:
    assert told_by_its_outcome(sentence, **ON_TALKS) is not None  # type: ignore[arg-type]


def test_held_reads_active_on_talks() -> None:
    lex = load_lexicon()
    assert lex.status_for("held", "talks") == "active"
    assert lex.status_for("held", "summit") == "held"


@pytest.mark.parametrize("sentence", REFUSED_ON_SUMMIT)
def test_plans_denials_and_other_occasions_are_refused(sentence: str) -> None:
    assert told_by_its_outcome(sentence, **ON_SUMMIT) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("sentence", REFUSED_ON_TALKS)
def test_on_talks_an_encounter_or_another_place_is_refused(sentence: str) -> None:
    assert told_by_its_outcome(sentence, **ON_TALKS) is None  # type: ignore[arg-type]


def test_a_shared_sentence_needs_the_event_named_by_its_own_words() -> None:
    assert (
        told_by_its_outcome("The leaders agreed to open a fund.", shared=True, **ON_SUMMIT) is None
    )  # type: ignore[arg-type]
    named = told_by_its_outcome("The Lisbon summit adopted a plan.", shared=True, **ON_SUMMIT)  # type: ignore[arg-type]
    assert named is not None
    other = told_by_its_outcome("The Accra summit adopted a plan.", shared=True, **ON_SUMMIT)  # type: ignore[arg-type]
    assert other is None


def test_they_are_never_read_as_the_members() -> None:
    sentence = "They also committed their governments to a joint coast guard."
    assert told_by_its_outcome(sentence, **ON_SUMMIT) is None  # type: ignore[arg-type]


def test_a_habitual_outcome_is_refused() -> None:
    sentence = "Declarations are normally adopted at the close of Lisbon summits."
    assert told_by_its_outcome(sentence, **ON_SUMMIT) is None  # type: ignore[arg-type]


def _findings(text: str, quote: str, track: Track) -> list[tuple[str | None, str | None]]:
    found = extract_document(text, PUB, [track])
    return [(f.signal, f.rule) for f in found if quote in f.exact and f.track_id == track.id]


CASES = [
    (
        "Quispe and Mensah met in Lisbon on Monday. "
        "The two leaders, Quispe and Mensah, agreed to open a joint fishing fund.",
        "agreed to open a joint fishing fund",
        SUMMIT,
    ),
    (
        "Norwegian and Chilean negotiators met in Reykjavik on Monday for a new round of talks. "
        "The negotiators agreed to a joint catch register.",
        "agreed to a joint catch register",
        TALKS,
    ),
    (
        "President Okafor and Prime Minister Lindqvist held talks at Rosenbad on Monday. "
        "In their joint statement, the leaders condemned piracy in the Gulf of Guinea.",
        "condemned piracy",
        MEETING,
    ),
]


@pytest.mark.parametrize(("text", "quote", "track"), CASES)
def test_read_in_an_article(text: str, quote: str, track: Track) -> None:
    assert _findings(text, quote, track) == [("held", RULE)]


@pytest.mark.parametrize(("text", "quote", "track"), CASES)
def test_without_the_rule_the_sentence_gives_no_status(
    text: str, quote: str, track: Track, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document, "told_by_its_outcome", lambda *a, **k: None)
    lex = load_lexicon()
    got = _findings(text, quote, track)
    assert all(lex.status_for(signal, track.kind) is None for signal, _ in got)


def test_a_plan_in_an_article_is_not_read() -> None:
    text = (
        "Quispe and Mensah will meet in Lisbon next week. "
        "The leaders are expected to agree on a joint fishing fund."
    )
    assert all(rule != RULE for _, rule in _findings(text, "expected to agree", SUMMIT))
