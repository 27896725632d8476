"""Every finding with a signal names the reading rule that read it (``Finding.rule``,
``tracker.extract.rulenames``): a listed cue by its signal and phrase, the clause verb by its
verb and tense, a cue a rule built by that rule, a visit made on arrival, a plan set for the
article's day, an act named again, an analyst's rule by its number, and a refusal before the
rule it withholds. Sentences invented; the tracks are the shared invented ones."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import PUB, SUMMIT
from tests.unit.test_extract_frames import LEAD, MEETING
from tests.unit.test_extract_frames import PUB as FRAMES_PUB
from tests.unit.test_extract_plans_changed import TRACKS as PLAN_TRACKS
from tests.unit.test_extract_plans_changed import VISIT as PLANNED_VISIT
from tests.unit.test_extract_plans_changed import WEDNESDAY
from tests.unit.test_extract_visits_and_outcomes import ACCORD, VISIT
from tracker.domain.models import Finding, Track
from tracker.domain.readings import LexiconRule
from tracker.extract import extract_document, load_lexicon
from tracker.extract.lexicon import with_rules
from tracker.extract.rulenames import (
    NOT_FOR_THIS_KIND,
    PLAN_UNDONE,
    SET_FOR_THE_DAY,
    VISIT_ARRIVED,
    listed_cue,
    rule_of,
    words_read,
)
from tracker.extract.signals import CueHit


def _found(text: str, track: Track, published: date = PUB) -> list[Finding]:
    return [f for f in extract_document(text, published, [track]) if f.track_id == track.id]


def _one(sentence: str, track: Track, lead: str = "", published: date = PUB) -> Finding:
    found = [f for f in _found(lead + sentence, track, published) if f.exact in sentence]
    assert len(found) == 1, found
    return found[0]


# --- a listed cue: the words it read and its signal, not the lexicon's expression


@pytest.mark.parametrize(
    ("sentence", "signal", "words"),
    [
        ("Quispe and Mensah met in Lisbon on Monday.", "held", "met"),
        ("The summit of Quispe and Mensah was postponed on Monday.", "postponed", "postponed"),
        ("Quispe's summit with Mensah has been postponed again.", "postponed", "postponed"),
        # an expression in the lexicon ("(call|calls|called|calling) off"): its words read
        ("Quispe and Mensah called off the summit on Monday.", "cancelled", "called off"),
        ("Quispe and Mensah are calling off the summit.", "cancelled", "calling off"),
    ],
)
def test_a_listed_cue_is_named_by_the_words_it_read(sentence: str, signal: str, words: str) -> None:
    f = _one(sentence, SUMMIT)
    assert f.signal == signal
    assert f.rule == f"listed cue '{words}' ({signal})"
    assert f.rule == listed_cue(signal, words)


def test_a_cue_written_as_a_regular_expression_is_named_by_its_words() -> None:
    lex = load_lexicon()
    spec = next(s for s in lex.data.signals if any(c.startswith("re:") for c in s.cues))
    phrase = next(c for c in spec.cues if c.startswith("re:"))
    hit = CueHit(spec.signal, phrase, 0, 15, "will  attend\n")
    assert rule_of(hit, lex) == f"listed cue 'will attend' ({spec.signal})"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("called off", "called off"),
        ('"called off,"', "called off"),
        ("Called   Off", "Called Off"),
        (
            "meeting between the secretary and the foreign minister is not necessary",
            "meeting between the secretary … is not necessary",
        ),
    ],
)
def test_the_words_read_are_shown_short_and_clean(text: str, shown: str) -> None:
    assert words_read(text) == shown


def test_a_listed_cue_read_as_another_signal_names_both() -> None:
    lex = load_lexicon()
    first = lex.data.signals[0]
    phrase = next(c for c in first.cues if not c.startswith("re:"))
    other = next(s.signal for s in lex.data.signals if phrase not in s.cues)
    hit = CueHit(other, phrase, 0, 5, "words")
    assert rule_of(hit, lex) == f"listed cue 'words' ({first.signal}) read as {other}"


def test_no_hit_names_no_rule() -> None:
    assert rule_of(None, load_lexicon()) is None
    text = "Quispe and Mensah met in Lisbon.\n\nThe summit was the first since 2019."
    quiet = [f for f in _found(text, SUMMIT) if f.signal is None]
    assert quiet and all(f.rule is None for f in quiet)


# --- the clause verb: the backoff names its verb and tense


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Haldor received Quispe at the palace later that day.", "clause verb: receive (past)"),
        ("Haldor and Quispe will sit down again in April.", "clause verb: sit (ahead)"),
        # read again after: the rule that read it first, then the one that read it again
        (
            "Haldor and Quispe will sit down again on Friday.",
            "clause verb: sit (ahead); set for the article's day",
        ),
    ],
)
def test_the_clause_verb_names_its_verb_and_tense(sentence: str, rule: str) -> None:
    f = _one(sentence, MEETING, LEAD, FRAMES_PUB)
    assert f.signal is not None
    assert f.rule == rule


def test_the_clause_verb_names_nothing_when_it_is_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tracker.extract.document as document

    monkeypatch.setattr(document, "told_by_the_verb", lambda *args, **kwargs: None)
    sentence = "Haldor received Quispe at the palace later that day."
    f = _one(sentence, MEETING, LEAD, FRAMES_PUB)
    assert not (f.rule or "").startswith("clause verb")


# --- cues a reading rule builds: named by that rule


@pytest.mark.parametrize(
    ("sentence", "track", "rule"),
    [
        (
            "Quispe and Mensah agreed to expand trade in Lisbon.",
            SUMMIT,
            "two of the track's people agreed together",
        ),
        (
            "Peru freed 18 Ghanaian soldiers under the peace accord on Monday.",
            ACCORD,
            "step of the process (CAMEO 0841)",
        ),
        (
            "Ghana released 40 Peruvian prisoners under the peace accord on Friday.",
            ACCORD,
            "step of the process (CAMEO 0841)",
        ),
    ],
)
def test_a_built_cue_is_named_by_the_rule_that_built_it(
    sentence: str, track: Track, rule: str
) -> None:
    assert _one(sentence, track).rule == rule


# --- rules that read a finding again after it was built


@pytest.mark.parametrize(
    "sentence",
    [
        "Quispe arrived in Lisbon on Tuesday on a three-day state visit.",
        "Quispe landed in Lisbon late on Tuesday.",
        "Quispe has touched down in Lisbon for a three-day trip",
    ],
)
def test_an_arrival_on_a_visit_track_names_the_visit_made(sentence: str) -> None:
    f = _one(sentence, VISIT)
    assert f.signal == "held"
    assert f.rule is not None and f.rule.endswith(VISIT_ARRIVED)
    # on a summit track the arrival only sets the encounter: no visit made is named
    assert VISIT_ARRIVED not in (_one(sentence, SUMMIT).rule or "")


def test_a_meeting_set_for_the_articles_day_names_that_reading() -> None:
    f = _one("Quispe will hold a bilateral meeting with Mensah today.", SUMMIT)
    assert f.signal == "scheduled"
    assert f.rule is not None and f.rule.endswith(SET_FOR_THE_DAY)
    # a day of the saying, not of the plan, is no such reading
    said = _one("Quispe said today she will hold a bilateral meeting with Mensah.", SUMMIT)
    assert SET_FOR_THE_DAY not in (said.rule or "")


def test_an_act_named_again_names_the_acts_rule() -> None:
    text = (
        "Quispe on Wednesday called off her summit with Mensah in Lisbon. "
        "Quispe's abrupt reversal was posted on her account shortly after midnight."
    )
    act, named = _found(text, SUMMIT)
    assert named.signal == act.signal == "cancelled"
    assert named.rule == f"an act named again: {act.rule}"


def test_a_plan_told_undone_names_why_its_signal_was_withheld() -> None:
    text = (
        "Peru's Rosa Quispe has postponed her state visit to Ghana, her office said.\n\n"
        "Quispe was scheduled to fly to Accra on Friday for the visit."
    )
    found = [
        f for f in extract_document(text, WEDNESDAY, PLAN_TRACKS) if f.track_id == PLANNED_VISIT.id
    ]
    assert [f.signal for f in found] == ["postponed", None]
    assert found[1].rule == PLAN_UNDONE
    # with no change told the plan stands, named by its own rule
    kept = extract_document(text.replace("has postponed", "will pay"), WEDNESDAY, PLAN_TRACKS)
    plan = [f for f in kept if f.track_id == PLANNED_VISIT.id and "scheduled to fly" in f.exact]
    assert plan and plan[0].rule != PLAN_UNDONE


# --- refusals: the refusal named before the rule it withholds


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Mensah denied that the summit with Quispe had been called off.", "denied"),
        ("Quispe and Mensah have not called off the summit, an aide said.", "negated"),
        ("Nobody has cancelled the summit of Quispe and Mensah, Mensah said.", "negated"),
    ],
)
def test_a_refusal_is_named_before_the_rule_it_withholds(sentence: str, modality: str) -> None:
    f = _one(sentence, SUMMIT)
    assert f.modality == modality
    assert f.rule is not None and f.rule.startswith(f"{modality}: listed cue '")
    assert f.rule.endswith("(cancelled)")


def test_an_asserted_cue_names_no_refusal() -> None:
    f = _one("Quispe and Mensah called off the summit on Monday.", SUMMIT)
    assert f.modality == "asserted" and f.rule is not None
    assert not f.rule.startswith(("denied", "negated"))


# --- an analyst's rule limited to some kinds: named by its number


def test_an_analysts_rule_is_named_by_its_number() -> None:
    rule = LexiconRule(
        id=7,
        phrase="broke bread",
        effect="signal",
        signal="held",
        kinds=["summit"],
        analyst="ana",
        created_at="2026-03-04T00:00:00Z",
    )
    lex = with_rules(load_lexicon(), [rule])
    text = "Quispe and Mensah broke bread in Lisbon on Monday, on the first day of the summit."
    found = [f for f in extract_document(text, PUB, [SUMMIT], lex) if f.track_id == SUMMIT.id]
    assert len(found) == 1
    assert found[0].rule == "analyst rule 7: 'broke bread' (held)"


def test_an_analysts_rule_for_other_kinds_names_why_it_reads_nothing(seed_db: object) -> None:
    from tracker.services.lexicon_rules import plain_findings

    rule = LexiconRule(
        id=8,
        phrase="broke bread",
        effect="signal",
        signal="held",
        kinds=["talks"],
        analyst="ana",
        created_at="2026-03-04T00:00:00Z",
    )
    lex = with_rules(load_lexicon(), [rule])
    text = "Quispe and Mensah broke bread in Lisbon on Monday, on the first day of the summit."
    read = extract_document(text, PUB, [SUMMIT], lex)
    plain = plain_findings(seed_db, read, lex, [SUMMIT])  # type: ignore[arg-type]
    assert [(f.signal, f.rule) for f in plain] == [(None, NOT_FOR_THIS_KIND)]
    # on a kind the rule is for, it reads and keeps its name
    talks = Track(**{**SUMMIT.model_dump(), "kind": "talks"})
    read = extract_document(text, PUB, [talks], lex)
    kept = plain_findings(seed_db, read, lex, [talks])  # type: ignore[arg-type]
    assert [(f.signal, f.rule) for f in kept] == [("held", "analyst rule 8: 'broke bread' (held)")]
