"""The lexicon's breadth: each status verb read in each of its forms.

A grid crosses the verbs that tell a status (grouped by their CAMEO code, see the table in
docs/lexicon.md) with the forms reporting puts them in (past, present, progressive, perfect,
passive, an infinitive after "decided to", the noun) and with the objects a talks track or a
summit track is named by. Each sentence is read on an invented track and must claim the
status the lexicon gives that signal for the track's kind. Sentences are built, not copied.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.unit.invented import PUB, SUMMIT, TALKS
from tracker.domain.models import Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status


class Verb(NamedTuple):
    """A status verb's forms (empty where the form is not used) and the status it claims."""

    base: str
    third: str
    past: str
    participle: str
    progressive: str
    noun: str  # "the suspension of …"
    status: str


# Talks: the object a talks track is told by, and the statuses of its kind (CAMEO 164 halt
# negotiations; 161 reduce relations; 046 engage in negotiation; 125 reject negotiation).
TALKS_VERBS = [
    Verb("suspend", "suspends", "suspended", "suspended", "suspending", "suspension", "suspended"),
    Verb("halt", "halts", "halted", "halted", "halting", "", "suspended"),
    Verb("freeze", "freezes", "froze", "frozen", "freezing", "freezing", "suspended"),
    Verb("break off", "breaks off", "broke off", "broken off", "breaking off", "", "suspended"),
    Verb("cut off", "cuts off", "cut off", "cut off", "cutting off", "", "suspended"),
    Verb("end", "ends", "ended", "", "ending", "", "closed"),
    Verb(
        "terminate",
        "terminates",
        "terminated",
        "terminated",
        "terminating",
        "termination",
        "closed",
    ),
    Verb("walk out of", "walks out of", "walked out of", "", "walking out of", "", "stalled"),
    Verb(
        "walk away from",
        "walks away from",
        "walked away from",
        "",
        "walking away from",
        "",
        "stalled",
    ),
    Verb("pull out of", "pulls out of", "pulled out of", "", "pulling out of", "", "stalled"),
    Verb("withdraw from", "withdraws from", "withdrew from", "", "withdrawing from", "", "stalled"),
    Verb("quit", "quits", "quit", "", "quitting", "", "stalled"),
    Verb("resume", "resumes", "resumed", "resumed", "resuming", "resumption", "active"),
    Verb("restart", "restarts", "restarted", "restarted", "restarting", "restart", "active"),
    Verb("relaunch", "relaunches", "relaunched", "relaunched", "relaunching", "relaunch", "active"),
    Verb("revive", "revives", "revived", "revived", "reviving", "revival", "active"),
    Verb("reopen", "reopens", "reopened", "reopened", "reopening", "reopening", "active"),
]
# (object after the verb, the same as a sentence's subject)
TALKS_OBJECTS = [
    ("the talks with Chile", "Norway's talks with Chile"),
    ("all fisheries negotiations with Chile", "Norway's fisheries negotiations with Chile"),
]

# Summit: CAMEO 164/161 (cancel, postpone, put on hold a meeting).
SUMMIT_VERBS = [
    Verb("cancel", "cancels", "cancelled", "cancelled", "cancelling", "cancellation", "cancelled"),
    Verb("call off", "calls off", "called off", "called off", "calling off", "", "cancelled"),
    Verb("scrap", "scraps", "scrapped", "scrapped", "scrapping", "scrapping", "cancelled"),
    Verb(
        "postpone", "postpones", "postponed", "postponed", "postponing", "postponement", "postponed"
    ),
    Verb("delay", "delays", "delayed", "delayed", "delaying", "delay", "postponed"),
    Verb("put off", "puts off", "put off", "put off", "putting off", "", "postponed"),
    Verb("defer", "defers", "deferred", "deferred", "deferring", "deferral", "postponed"),
    Verb(
        "reschedule",
        "reschedules",
        "rescheduled",
        "rescheduled",
        "rescheduling",
        "rescheduling",
        "postponed",
    ),
    Verb("shelve", "shelves", "shelved", "shelved", "shelving", "shelving", "on_hold"),
    Verb("suspend", "suspends", "suspended", "suspended", "suspending", "suspension", "on_hold"),
]
SUMMIT_OBJECTS = [
    ("the summit with Ghana", "Peru's summit with Ghana"),
    ("the Lisbon meeting with Mensah", "Quispe's Lisbon meeting with Mensah"),
]


def _forms(verb: Verb, who: tuple[str, str], objects: tuple[str, str]) -> list[tuple[str, str]]:
    """(form, sentence) for each form the verb has."""
    subject, person = who
    obj, passive_subject = objects
    out = [
        ("past", f"{subject} {verb.past} {obj} on Monday."),
        ("present", f"{subject} {verb.third} {obj}"),
        ("progressive", f"{person} said on Friday she was {verb.progressive} {obj}."),
        ("is-progressive", f"{subject} is {verb.progressive} {obj}, the minister said on Friday."),
        ("decided-to", f"{subject} decided on Monday to {verb.base} {obj}."),
    ]
    if verb.participle:
        were = "were" if obj.split()[-3] in ("talks", "negotiations") else "was"
        out.append(("perfect", f"{subject} has {verb.participle} {obj}, officials said."))
        out.append(("passive", f"{passive_subject} {were} {verb.participle} on Monday."))
    if verb.noun:
        out.append(("noun", f"The {verb.noun} of {passive_subject} came as a surprise on Monday."))
    return out


def _grid(
    verbs: list[Verb], who: tuple[str, str], objects: list[tuple[str, str]], kind: str
) -> list[object]:
    return [
        pytest.param(kind, sentence, verb.status, id=f"{kind}-{verb.base}-{form}-{n}")
        for verb in verbs
        for n, obj in enumerate(objects)
        for form, sentence in _forms(verb, who, obj)
    ]


GRID = _grid(TALKS_VERBS, ("Norway", "Solberg"), TALKS_OBJECTS, "talks") + _grid(
    SUMMIT_VERBS, ("Peru", "Quispe"), SUMMIT_OBJECTS, "summit"
)


def _claims(sentence: str, track: Track) -> list[str | None]:
    found = [f for f in extract_document(sentence, PUB, [track]) if f.track_id == track.id]
    return [claimed_status(f, track.kind) for f in found]


@pytest.mark.parametrize(("kind", "sentence", "status"), GRID)
def test_every_status_verb_in_every_form_claims_its_status(
    kind: str, sentence: str, status: str
) -> None:
    track = TALKS if kind == "talks" else SUMMIT
    assert _claims(sentence, track) == [status]


# The other statuses, told with the talks or the summit as object (CAMEO 125 reject a
# proposal to negotiate; 043/046 hold talks; 164 talks fail). A noun form: "the X of …".
OTHER_GRID = [
    # rejected: an offer or proposal of talks turned down (talks: the channel stalls)
    ("talks", "Chile rejected Norway's offer of talks on Monday.", "stalled"),
    ("talks", "Chile has rejected Norway's proposal for talks, officials said.", "stalled"),
    ("talks", "Chile turned down Norway's offer of new fisheries talks.", "stalled"),
    ("talks", "Chile rebuffed Norway's proposal for talks on Monday.", "stalled"),
    ("talks", "Rivas said Chile was rejecting Norway's offer of talks.", "stalled"),
    ("talks", "Chile rejected a Norwegian proposal for negotiations on Monday.", "stalled"),
    ("talks", "Chile rejects Norway talks offer", "stalled"),
    ("summit", "Ghana rejected Peru's proposal for a summit on Monday.", "cancelled"),
    ("summit", "Ghana turned down Peru's offer of a summit in Lisbon.", "cancelled"),
    # relaunched, also hyphenated, and axed (CAMEO 046, 164)
    ("talks", "Norway re-launched negotiations with Chile on Monday.", "active"),
    ("talks", "Norway and Chile agreed to relaunch long-suspended fisheries talks.", "active"),
    ("talks", "Norway axes latest round of talks with Chile", "suspended"),
    ("summit", "Peru axes the summit with Ghana", "cancelled"),
    # a summit called off in other words (CAMEO 164: abort, cancel a meeting)
    ("summit", "Peru pulled the plug on a planned summit with Ghana.", "cancelled"),
    ("summit", "Peru aborted the summit with Ghana on Monday.", "cancelled"),
    (
        "summit",
        "Quispe's decision to nix the Lisbon meeting with Mensah came on Monday.",
        "cancelled",
    ),
    ("summit", "Peru nixed the summit with Ghana on Monday.", "cancelled"),
    ("summit", "Peru dropped plans for a summit with Ghana on Monday.", "cancelled"),
    ("summit", "Peru is pulling out of the summit with Ghana.", "cancelled"),
    ("talks", "Norway pulled the plug on the talks with Chile on Monday.", "suspended"),
    # cut off contacts: the channel closed; the talks broken off: suspended
    ("talks", "Norway cut off all contacts with Chile on Monday.", "closed"),
    # the talks failing, told by a noun
    ("talks", "The breakdown of Norway's talks with Chile came on Monday.", "stalled"),
    (
        "talks",
        "The collapse of Norway's fisheries negotiations with Chile surprised Oslo.",
        "stalled",
    ),
    ("talks", "Norway's talks with Chile broke down on Monday.", "stalled"),
    ("talks", "Norway's talks with Chile have collapsed, officials said.", "stalled"),
    ("talks", "Norway's fisheries negotiations with Chile are deadlocked.", "stalled"),
    ("talks", "Norway's talks with Chile reached an impasse on Monday.", "stalled"),
    # held: talks told as under way
    ("talks", "Norway held talks with Chile in Reykjavik on Monday.", "active"),
    ("talks", "Norway and Chile are holding fisheries talks in Reykjavik.", "active"),
    ("talks", "Norway has held three rounds of talks with Chile, officials said.", "active"),
    ("talks", "Norway's talks with Chile were held in Reykjavik on Monday.", "active"),
    ("talks", "Norway and Chile began fisheries negotiations in Reykjavik on Monday.", "active"),
    ("talks", "Norway and Chile opened a new round of talks in Reykjavik.", "active"),
    ("talks", "Norway continued its fisheries negotiations with Chile on Monday.", "active"),
    ("talks", "Norway's talks with Chile are continuing in Reykjavik.", "active"),
    ("summit", "Peru hosted the summit with Ghana in Lisbon on Monday.", "held"),
    ("summit", "Quispe met Mensah in Lisbon on Monday.", "held"),
    ("summit", "Peru's summit with Ghana was held in Lisbon on Monday.", "held"),
    ("summit", "Peru's summit with Ghana took place in Lisbon on Monday.", "held"),
    ("summit", "Peru is hosting the summit with Ghana in Lisbon today.", "held"),
    ("talks", "Norway is hosting high-level fisheries talks with Chile in Oslo today.", "active"),
]


@pytest.mark.parametrize(("kind", "sentence", "status"), OTHER_GRID)
def test_rejected_failed_and_held_forms_claim_their_status(
    kind: str, sentence: str, status: str
) -> None:
    track = TALKS if kind == "talks" else SUMMIT
    assert _claims(sentence, track) == [status]


# Negated, each verb claims no status of its own (what a negated resumption claims is a
# labelling question: see tests/corpus/README.md).
NEGATED = [
    ("talks", "Norway did not suspend the talks with Chile on Monday.", "suspended"),
    ("talks", "Norway has not broken off the talks with Chile, officials said.", "closed"),
    ("talks", "Norway never froze the fisheries negotiations with Chile.", "suspended"),
    ("talks", "Norway did not walk away from the talks with Chile.", "stalled"),
    ("talks", "Norway has not terminated all fisheries negotiations with Chile.", "closed"),
    ("summit", "Peru did not cancel the summit with Ghana, officials said.", "cancelled"),
    ("summit", "Peru has not postponed the summit with Ghana.", "postponed"),
    ("summit", "Peru did not shelve the summit with Ghana.", "on_hold"),
]


@pytest.mark.parametrize(("kind", "sentence", "status"), NEGATED)
def test_a_negated_status_verb_claims_not_its_status(kind: str, sentence: str, status: str) -> None:
    track = TALKS if kind == "talks" else SUMMIT
    assert status not in _claims(sentence, track)


# A negated resumption: a side saying it will not resume the talks keeps them halted, as
# "will not go back to the negotiations" (suspended); a report that the talks have not
# resumed, or that there are no plans to, is a negation with no status (corpus README, 7).
@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("Norway will not resume the talks with Chile, Solberg said on Friday.", ["suspended"]),
        ("Norway won't restart fisheries negotiations with Chile, Solberg said.", ["suspended"]),
        ("Norway refused to resume the talks with Chile on Monday.", ["suspended"]),
        ("Norway has no plans to resume the talks with Chile.", [None]),
        ("Norway's talks with Chile have not resumed since March.", [None]),
        ("Norway's fisheries negotiations with Chile had not formally restarted.", [None]),
    ],
)
def test_a_negated_resumption_is_a_refusal_or_no_status(
    sentence: str, claims: list[str | None]
) -> None:
    assert _claims(sentence, TALKS) == claims


# The same verbs in other senses: assets frozen, aid cut off, an engagement broken off, a
# programme restarted, a weekend that ends: no status of the talks.
OTHER_SENSES = [
    "Norway froze Chilean assets on Monday, days before its talks with Chile.",
    "Norway cut off aid to Chile on Monday, weeks after the talks in Reykjavik.",
    "Solberg broke off her engagement before the talks with Chile, a magazine said.",
    "Restarting the fishing fleet would take Norway months, Solberg told the talks with Chile.",
    "Norway reopened its embassy in Chile on Monday ahead of fisheries talks.",
]


@pytest.mark.parametrize("sentence", OTHER_SENSES)
def test_the_verbs_in_other_senses_claim_no_talks_status(sentence: str) -> None:
    assert not {"suspended", "closed", "stalled"} & set(_claims(sentence, TALKS))


@pytest.mark.parametrize(
    ("sentence", "track", "status"),
    [
        ("Plans for the Quispe–Mensah summit in Lisbon have been frozen.", SUMMIT, "on_hold"),
        ("The summit between Quispe and Mensah is frozen for now.", SUMMIT, "on_hold"),
        ("The talks between Norway and Chile remain frozen, Solberg said.", TALKS, "stalled"),
        ("Norway and Chile's negotiations have been frozen since March.", TALKS, "suspended"),
    ],
)
def test_frozen_tells_the_plan_or_the_talks_told_before_it(
    sentence: str, track: Track, status: str
) -> None:
    assert _claims(sentence, track) == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "Funds for the fisheries fund stay frozen as Norway and Chile hold their talks in Reykjavik.",
        "Quispe said Peru's bank accounts in Ghana remain frozen ahead of her summit with Mensah.",
        "Ahead of the Quispe–Mensah summit, Peru set out plans to use frozen Ghanaian assets.",
    ],
)
def test_other_things_frozen_beside_the_event_are_no_hold(sentence: str) -> None:
    track = TALKS if "Norway" in sentence else SUMMIT
    assert "on_hold" not in _claims(sentence, track)
    assert "stalled" not in _claims(sentence, track)
