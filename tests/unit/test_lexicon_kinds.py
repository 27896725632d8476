"""The lexicon's breadth on every kind of track: each status of the kind, told in its forms.

A second grid beside ``test_lexicon_breadth.py``: for each kind (summit, meeting, visit,
conference, talks, channel, initiative, coalition) an invented track, the objects it is named
by ("the visit", "the trip", "the meeting of foreign ministers", "the contacts", "the
accord", "the coalition") and every status the kind can take, each told by the verbs
reporting uses for it (CAMEO codes in docs/lexicon.md) in their forms: past, headline
present, progressive, perfect, passive, an infinitive after "decided to", the noun, and the
event as subject ("took place", "is set for", "has been called off", "has stalled").
A negative grid holds the same verbs in other senses. Sentences are built, not copied.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.unit.invented import CHANNEL, PUB, SUMMIT, TALKS, quispe_ghana_visit
from tests.unit.test_lexicon_breadth import SUMMIT_VERBS
from tracker.domain.models import Actor, Track
from tracker.extract import extract_document
from tracker.infer.claims import claimed_status

MEETING = Track(
    id="finland-kenya-ministers",
    title="Finland–Kenya foreign ministers' meeting",
    kind="meeting",
    actors=[
        Actor(name="Aino Virtanen", aliases=["Virtanen"]),
        Actor(name="Wanjiru Otieno", aliases=["Otieno"]),
    ],
    parties=["Finland", "Kenya"],
    places=["Nairobi"],
    keywords=["meeting", "ministers"],
)
VISIT = quispe_ghana_visit(["visit", "state visit", "trip"])
CONFERENCE = Track(
    id="tallinn-ocean-conference",
    title="Tallinn ocean conference",
    kind="conference",
    actors=[Actor(name="Liis Kask", aliases=["Kask"])],
    parties=["Estonia", "Uruguay"],
    places=["Tallinn"],
    keywords=["ocean conference"],
)
INITIATIVE = Track(
    id="latvia-morocco-accord",
    title="Latvia–Morocco fisheries accord",
    kind="initiative",
    actors=[Actor(name="Ilze Ozola", aliases=["Ozola"])],
    parties=["Latvia", "Morocco"],
    keywords=["fisheries accord", "accord"],
)
COALITION = Track(
    id="vigilant-coalition",
    title="Coalition of the vigilant for Baltic shipping",
    kind="coalition",
    actors=[Actor(name="Coalition of the Vigilant", aliases=["coalition of the vigilant"])],
    keywords=["coalition of the vigilant"],
)
TRACK_OF = {
    "summit": SUMMIT,
    "meeting": MEETING,
    "visit": VISIT,
    "conference": CONFERENCE,
    "talks": TALKS,
    "channel": CHANNEL,
    "initiative": INITIATIVE,
    "coalition": COALITION,
}


class Kind(NamedTuple):
    """How a kind's sentences are told: who acts, a person who speaks, where, and the
    objects the track is named by (after a verb, and as a sentence's subject)."""

    who: str
    person: str
    place: str
    objects: list[tuple[str, str]]
    plural: bool = False
    skip: frozenset[str] = frozenset()  # forms the kind's words are not told in


KINDS = {
    "summit": Kind(
        "Peru",
        "Quispe",
        "Lisbon",
        [("the summit with Ghana", "Peru's summit with Ghana")],
    ),
    "meeting": Kind(
        "Finland",
        "Virtanen",
        "Nairobi",
        [
            ("the meeting with Kenya", "Finland's meeting with Kenya"),
            (
                "the meeting of foreign ministers with Kenya",
                "Finland's meeting of foreign ministers with Kenya",
            ),
        ],
    ),
    "visit": Kind(
        "Peru",
        "Quispe",
        "Accra",
        [
            ("the visit to Ghana", "Quispe's visit to Ghana"),
            ("the trip to Ghana", "Quispe's trip to Ghana"),
        ],
        # a visit is made, not hosted by its visitor nor "held" or "opened"
        skip=frozenset({"host", "was-held", "opened"}),
    ),
    "conference": Kind(
        "Estonia",
        "Kask",
        "Tallinn",
        [("the ocean conference with Uruguay", "Estonia's ocean conference with Uruguay")],
    ),
    "talks": Kind(
        "Norway",
        "Solberg",
        "Reykjavik",
        [
            ("the talks with Chile", "Norway's talks with Chile"),
            ("the fisheries negotiations with Chile", "Norway's fisheries negotiations with Chile"),
        ],
        plural=True,
    ),
    "channel": Kind(
        "Solberg",
        "Solberg",
        "Reykjavik",
        [("the contacts with Rivas", "Solberg's contacts with Rivas")],
        plural=True,
        # contacts broken off are closed (corpus convention 7), not suspended as talks are
        skip=frozenset({"break off", "were-held"}),
    ),
    "initiative": Kind(
        "Latvia",
        "Ozola",
        "Riga",
        [("the fisheries accord with Morocco", "Latvia's fisheries accord with Morocco")],
    ),
    "coalition": Kind(
        "Denmark",
        "Frederiksen",
        "Copenhagen",
        [("the coalition of the vigilant", "the coalition of the vigilant")],
    ),
}


class Verb(NamedTuple):
    """A transitive status verb's forms (empty where unused) and the status it claims; an
    infinitive after "decided to" claims ``planned`` when the act is still ahead."""

    base: str
    third: str
    past: str
    participle: str
    progressive: str
    noun: str
    status: str
    planned: str = ""


def _forms(verb: Verb, kind: Kind, objects: tuple[str, str]) -> list[tuple[str, str, str]]:
    """(form, sentence, status) for each form the verb has."""
    obj, subject = objects
    who, person = kind.who, kind.person
    out = [
        ("past", f"{who} {verb.past} {obj} on Monday.", verb.status),
        ("present", f"{who} {verb.third} {obj}", verb.status),
        ("progressive", f"{person} said on Friday she was {verb.progressive} {obj}.", verb.status),
        ("is-progressive", f"{who} is {verb.progressive} {obj}, officials said.", verb.status),
        (
            "decided-to",
            f"{who} decided on Monday to {verb.base} {obj}.",
            verb.planned or verb.status,
        ),
    ]
    if verb.participle:
        were = "were" if kind.plural else "was"
        out.append(("perfect", f"{who} has {verb.participle} {obj}, officials said.", verb.status))
        passive = f"{subject[0].upper()}{subject[1:]} {were} {verb.participle} on Monday."
        out.append(("passive", passive, verb.status))
    if verb.noun:
        noun = f"The {verb.noun} of {subject} came as a surprise on Monday."
        out.append(("noun", noun, verb.status))
    return out


def _v(base: str, third: str, past: str, part: str, prog: str, noun: str, status: str) -> Verb:
    return Verb(base, third, past, part, prog, noun, status)


# Encounters (summit, meeting, visit, conference): a change of plan (CAMEO 161 reduce or
# postpone; 164 cancel) and an event hosted (043 / 040).
ENCOUNTER_VERBS = [
    *(Verb(*v) for v in SUMMIT_VERBS),  # the summit grid's verbs, and those below
    _v("axe", "axes", "axed", "axed", "axing", "", "cancelled"),
    _v("push back", "pushes back", "pushed back", "pushed back", "pushing back", "", "postponed"),
    _v("freeze", "freezes", "froze", "frozen", "freezing", "", "on_hold"),
    _v("pause", "pauses", "paused", "paused", "pausing", "", "on_hold"),
    Verb("host", "hosts", "hosted", "hosted", "hosting", "", "held", "proposed"),
]
# The event as a sentence's subject: (form, template, status). {S} the subject, {P} the place.
ENCOUNTER_SUBJECT = [
    ("took-place", "{S} took place in {P} on Monday.", "held"),
    ("has-taken-place", "{S} has taken place in {P}, officials said.", "held"),
    ("was-held", "{S} was held in {P} on Monday.", "held"),
    ("convened", "{S} convened in {P} on Monday.", "held"),
    ("wrapped-up", "{S} wrapped up in {P} on Monday.", "held"),
    ("concluded", "{S} concluded in {P} on Monday.", "held"),
    ("ended", "{S} ended in {P} on Monday.", "held"),
    ("went-ahead", "{S} went ahead in {P} as planned.", "held"),
    ("opened", "{S} opened in {P} on Monday.", "held"),
    ("set-for", "{S} is set for March 20.", "scheduled"),
    ("slated-for", "{S} is slated for March 20.", "scheduled"),
    ("scheduled-for", "{S} is scheduled for March 20.", "scheduled"),
    ("will-take-place", "{S} will take place in {P} on March 20.", "scheduled"),
    ("due-to", "{S} is due to take place on March 20.", "scheduled"),
    ("due-to-open", "{S} is due to open in {P} on March 20.", "scheduled"),
    ("preparations", "Preparations for {S} are under way, officials said.", "preparing"),
    ("groundwork", "{W} is laying the groundwork for {O}, officials said.", "preparing"),
    ("preparing", "{W} is preparing {O}, officials said.", "preparing"),
    ("pushed-back", "{S} has been pushed back to May.", "postponed"),
    ("put-off", "{S} was put off until May.", "postponed"),
    ("delayed", "{S} has been delayed, officials said.", "postponed"),
    ("rescheduled", "{S} was rescheduled for May 20.", "postponed"),
    ("moved-to", "{S} has been moved to May 20.", "postponed"),
    ("called-off", "{S} has been called off.", "cancelled"),
    ("scrapped", "{S} was scrapped on Monday.", "cancelled"),
    ("cancelled", "{S} was cancelled on Monday.", "cancelled"),
    ("will-not-take-place", "{S} will not take place, officials said.", "cancelled"),
    ("is-off", "{S} is off, officials said on Monday.", "cancelled"),
    ("shelved", "{S} has been shelved.", "on_hold"),
    ("on-hold", "{S} is on hold, officials said.", "on_hold"),
    ("put-on-hold", "{S} was put on hold on Monday.", "on_hold"),
    ("on-ice", "{S} has been put on ice.", "on_hold"),
    # an encounter ahead doubted (convention 14): an estimate, weighed less, of a halt
    ("in-doubt", "{S} is in doubt, officials said.", "on_hold"),
    ("unlikely-to-take-place", "{S} is unlikely to take place this year.", "on_hold"),
    ("increasingly-uncertain", "{S} looks increasingly uncertain.", "on_hold"),
    ("in-the-balance", "{S} now hangs in the balance.", "on_hold"),
    ("may-not-happen", "{S} may not happen this year, officials said.", "on_hold"),
    # a side pulling out of the event itself (convention 7)
    ("pulled-out-of", "{W} pulled out of {O} on Monday.", "cancelled"),
    ("proposed", "{W} has proposed {O}, officials said.", "proposed"),
]

# Talks and channels: CAMEO 164 halt negotiations, 161 reduce relations, 046 / 043 engage.
CHANNEL_VERBS = [
    _v("suspend", "suspends", "suspended", "suspended", "suspending", "suspension", "suspended"),
    _v("halt", "halts", "halted", "halted", "halting", "", "suspended"),
    _v("freeze", "freezes", "froze", "frozen", "freezing", "freezing", "suspended"),
    _v("break off", "breaks off", "broke off", "broken off", "breaking off", "", "suspended"),
    _v("end", "ends", "ended", "", "ending", "", "closed"),
    _v(
        "terminate",
        "terminates",
        "terminated",
        "terminated",
        "terminating",
        "termination",
        "closed",
    ),
    _v("stall", "stalls", "stalled", "", "stalling", "", "stalled"),
    _v("resume", "resumes", "resumed", "resumed", "resuming", "resumption", "active"),
    _v("revive", "revives", "revived", "revived", "reviving", "revival", "active"),
]
CHANNEL_SUBJECT = [
    ("took-place", "{S} took place in {P} on Monday.", "active"),
    ("were-held", "{S} were held in {P} on Monday.", "active"),
    ("resumed", "{S} resumed in {P} on Monday.", "active"),
    ("is-stalling", "{S} {B} stalling, officials said.", "stalled"),
    ("has-stalled", "{S} {H} stalled, officials said.", "stalled"),
    ("stalled", "{S} stalled on Monday.", "stalled"),
    ("stalemate", "{S} reached a stalemate on Monday.", "stalled"),
    ("in-stalemate", "{S} {B} in a stalemate, officials said.", "stalled"),
    ("deadlock", "{S} {B} in deadlock, officials said.", "stalled"),
    ("deadlocked", "{S} {B} deadlocked, officials said.", "stalled"),
    ("bogged-down", "{S} {H} bogged down, officials said.", "stalled"),
    ("are-bogged-down", "{S} {B} bogged down over quotas.", "stalled"),
    ("impasse", "{S} {B} at an impasse, officials said.", "stalled"),
    ("broke-down", "{S} broke down on Monday.", "stalled"),
    ("collapsed", "{S} collapsed on Monday.", "stalled"),
    ("were-suspended", "{S} were suspended on Monday.", "suspended"),
    ("were-halted", "{S} were halted on Monday.", "suspended"),
    ("were-terminated", "{S} were terminated on Monday.", "closed"),
]

# Initiatives and coalitions: forming (036), active (057 sign, 046), stalled (164, 161),
# dissolved (164 / 161: disband).
GROUP_VERBS = [
    _v("suspend", "suspends", "suspended", "suspended", "suspending", "suspension", "stalled"),
    _v("shelve", "shelves", "shelved", "shelved", "shelving", "", "stalled"),
    _v("freeze", "freezes", "froze", "frozen", "freezing", "freezing", "stalled"),
    _v("revive", "revives", "revived", "revived", "reviving", "revival", "active"),
    _v("dissolve", "dissolves", "dissolved", "dissolved", "dissolving", "dissolution", "dissolved"),
    _v("disband", "disbands", "disbanded", "disbanded", "disbanding", "disbanding", "dissolved"),
]
GROUP_SUBJECT = [
    ("has-stalled", "{S} has stalled, officials said.", "stalled"),
    ("is-stalling", "{S} is stalling, officials said.", "stalled"),
    ("stalled", "{S} stalled on Monday.", "stalled"),
    ("impasse", "{S} is at an impasse, officials said.", "stalled"),
    ("deadlock", "{S} is in deadlock, officials said.", "stalled"),
    ("bogged-down", "{S} has bogged down, officials said.", "stalled"),
    ("on-hold", "{S} is on hold, officials said.", "stalled"),
    ("was-dissolved", "{S} was dissolved on Monday.", "dissolved"),
    ("was-disbanded", "{S} has been disbanded.", "dissolved"),
    ("resumed", "{S} resumed its work on Monday.", "active"),
]
ACCORD_ONLY = [
    ("signed", "{W} signed {O} on Monday.", "active"),
    ("took-effect", "{S} took effect on Monday.", "active"),
    ("entered-into-force", "{S} entered into force on Monday.", "active"),
    ("negotiating", "{W} is negotiating {O}, officials said.", "forming"),
    ("draft", "{W} published a draft of {O} on Monday.", "forming"),
]

FAMILY_OF = {
    "summit": (ENCOUNTER_VERBS, ENCOUNTER_SUBJECT),
    "meeting": (ENCOUNTER_VERBS, ENCOUNTER_SUBJECT),
    "visit": (ENCOUNTER_VERBS, ENCOUNTER_SUBJECT),
    "conference": (ENCOUNTER_VERBS, ENCOUNTER_SUBJECT),
    "talks": (CHANNEL_VERBS, CHANNEL_SUBJECT),
    "channel": (CHANNEL_VERBS, CHANNEL_SUBJECT),
    "initiative": (GROUP_VERBS, GROUP_SUBJECT + ACCORD_ONLY),
    "coalition": (GROUP_VERBS, GROUP_SUBJECT),
}


def _grid() -> list[object]:
    out: list[object] = []
    for name, kind in KINDS.items():
        verbs, subjects = FAMILY_OF[name]
        for n, objects in enumerate(kind.objects):
            for verb in verbs:
                if verb.base in kind.skip:
                    continue
                for form, sentence, status in _forms(verb, kind, objects):
                    out.append(
                        pytest.param(name, sentence, status, id=f"{name}-{verb.base}-{form}-{n}")
                    )
            obj, subject = objects
            be, have = ("are", "have") if kind.plural else ("is", "has")
            for form, template, status in subjects:
                if form in kind.skip:
                    continue
                told = template.format(S=subject, P=kind.place, O=obj, W=kind.who, B=be, H=have)
                sentence = told[0].upper() + told[1:]
                out.append(pytest.param(name, sentence, status, id=f"{name}-{form}-{n}"))
    return out


def _claims(sentence: str, track: Track) -> list[str | None]:
    found = [f for f in extract_document(sentence, PUB, [track]) if f.track_id == track.id]
    return [claimed_status(f, track.kind) for f in found]


@pytest.mark.parametrize(("kind", "sentence", "status"), _grid())
def test_every_status_of_every_kind_in_every_form(kind: str, sentence: str, status: str) -> None:
    assert _claims(sentence, TRACK_OF[kind]) == [status]


# The same verbs in other senses, beside each kind's event: a dinner hosted, a war ended, a
# vote delayed, a contract cancelled, assets frozen, a venue moved, a parliament dissolved,
# an economy revived, a criticism pushed back against. None claims the status the verb tells
# of the event.
OTHER_SENSES = [
    (
        "summit",
        "Peru hosted a dinner for Mensah's aides on Monday, weeks before the summit with Ghana.",
        "held",
    ),
    (
        "summit",
        "Peru delayed the vote on its budget until after the summit with Ghana.",
        "postponed",
    ),
    (
        "summit",
        "Peru cancelled the contract of its caterer before the summit with Ghana.",
        "cancelled",
    ),
    (
        "summit",
        "Peru froze Ghanaian assets on Monday, days before the summit with Ghana.",
        "on_hold",
    ),
    ("summit", "Peru's summit with Ghana has been moved to Lisbon's old palace.", "postponed"),
    ("summit", "A deal is unlikely to come out of Peru's summit with Ghana.", "on_hold"),
    ("summit", "The outcome of Peru's summit with Ghana is uncertain.", "on_hold"),
    (
        "conference",
        "Estonia suspended the closing plenary of the ocean conference with Uruguay on Monday.",
        "on_hold",
    ),
    (
        "conference",
        "The opening ceremony of the ocean conference with Uruguay was postponed by an hour.",
        "postponed",
    ),
    (
        "summit",
        "Peru pushed back against criticism of the summit with Ghana on Monday.",
        "postponed",
    ),
    (
        "meeting",
        "Finland shelved its budget plans, Virtanen told the meeting with Kenya.",
        "on_hold",
    ),
    (
        "meeting",
        "Finland's meeting with Kenya will look at how the border war ended in 1998.",
        "held",
    ),
    ("visit", "Quispe paused for photographs during the visit to Ghana on Monday.", "on_hold"),
    (
        "visit",
        "Peru scrapped a tax on cocoa, Quispe said ahead of the visit to Ghana.",
        "cancelled",
    ),
    (
        "conference",
        "Estonia axed its fuel subsidy a week before the ocean conference with Uruguay.",
        "cancelled",
    ),
    ("talks", "Norway ended the war of words with Chile before the talks on Monday.", "closed"),
    (
        "talks",
        "Norway delayed the vote on fishing quotas, days before the talks with Chile.",
        "suspended",
    ),
    (
        "talks",
        "Norway froze Chilean assets on Monday, days before its talks with Chile.",
        "suspended",
    ),
    (
        "channel",
        "Solberg terminated the contract of her driver before the contacts with Rivas.",
        "closed",
    ),
    ("initiative", "Latvia revived its economy under the fisheries accord with Morocco.", "active"),
    (
        "initiative",
        "Latvia dissolved parliament on Monday, weeks after the fisheries accord with Morocco.",
        "dissolved",
    ),
    (
        "coalition",
        "Denmark disbanded a police unit, the coalition of the vigilant said on Monday.",
        "dissolved",
    ),
]


@pytest.mark.parametrize(("kind", "sentence", "status"), OTHER_SENSES)
def test_the_verbs_in_other_senses_claim_not_the_events_status(
    kind: str, sentence: str, status: str
) -> None:
    assert status not in _claims(sentence, TRACK_OF[kind])
