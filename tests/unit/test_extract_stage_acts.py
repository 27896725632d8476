"""The stage acts of a visit told with no cue of the lexicon: the guest reaching or received at
the host's palace, an honour or order conferred, a guard of honour or anthems, a performance
watched or put on for the guest, a tree planted, the visitors' book signed, a banquet in the
guest's honour. Told done on a visit track, each reads the visit held, dated by its sentence;
told ahead, wished, in a condition, denied, of another occasion or another guest, it does
not; on a summit track it claims nothing. Sentences and tracks of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.models import Actor, Finding, Track
from tracker.domain.vocabulary import TrackKind
from tracker.extract import extract_document, load_lexicon
from tracker.extract.visits import stage_acts_of_a_visit
from tracker.infer.claims import claimed_status

PUB = date(2026, 3, 12)  # a Thursday
VISIT = Track(
    id="marsh-norway-state-visit",
    title="Lena Marsh's state visit to Norway",
    kind="visit",
    actors=[Actor(name="Lena Marsh", aliases=["Marsh"])],
    parties=["Ireland", "Norway"],
    places=["Oslo", "Bergen"],
    keywords=["state visit", "visit"],
)
OPENING = "Lena Marsh arrived in Oslo on Tuesday for a state visit to Norway.\n\n"


def _found(text: str, track: Track = VISIT) -> list[Finding]:
    return [f for f in extract_document(text, PUB, [track]) if f.track_id == track.id]


def _last(sentence: str) -> Finding:
    found = _found(OPENING + sentence)
    assert len(found) >= 2, f"no excerpt for the stage act: {sentence!r}"
    return found[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        # the palace reached, the guest received there
        "Marsh reached the royal palace in Oslo shortly after ten.",
        "King Harald greeted Marsh at the palace in Oslo.",
        "The King welcomed Marsh at the Royal Palace before their lunch.",
        "Norwegian ministers were at the airport to receive Marsh.",
        "The crown prince joined the welcome, along with the Oslo mayor and Marsh's ministers.",
        # an honour conferred, in the active, the passive and a headline's present
        "King Harald conferred the Grand Cross of St Olav on Marsh.",
        "Marsh was awarded Norway's highest civilian honour at the palace.",
        "Norway gives Marsh its top state honour",
        "Marsh was decorated with the Order of St Olav by the King.",
        "Marsh gave the Norwegian prime minister Ireland's highest civilian honour in Oslo.",
        # the ceremony of honours
        "A guard of honour was mounted for Marsh in the palace square.",
        "The band played both national anthems as Marsh stepped into the square.",
        "A mounted military band lined the avenue to greet Marsh.",
        # a performance watched or put on for the guest
        "Marsh and the King watched a folk dance performance in Bergen.",
        "Students from Bergen put on a traditional dance for Marsh.",
        # a tree planted, the visitors' book signed
        "Marsh planted an oak sapling in the palace park.",
        "Marsh signed the visitors' book at the palace in Oslo.",
        "Marsh signed the golden book of the city of Bergen.",
        # a banquet in the guest's honour
        "The King gave a gala banquet at the palace in Marsh's honour.",
    ],
)
def test_a_stage_act_told_done_reads_the_visit_held(sentence: str) -> None:
    last = _last(sentence)
    assert claimed_status(last, VISIT.kind) == "held"
    assert last.event_date == date(2026, 3, 10)  # the day its sentence carries


@pytest.mark.parametrize(
    "sentence",
    [
        # told ahead
        "Marsh will be conferred the Grand Cross of St Olav on Friday.",
        "Marsh is to plant an oak sapling in the palace park.",
        "The King is expected to receive Marsh at the palace in Oslo.",
        # wished, or in a condition
        "Marsh hopes to sign the visitors' book at the palace in Oslo.",
        "If the weather holds, Marsh would watch a folk dance performance in Bergen.",
        # denied
        "Marsh did not sign the visitors' book at the palace in Oslo.",
        "No guard of honour was mounted for Marsh in Oslo.",
        # an honour of another occasion, or of another guest
        "Marsh was awarded Norway's highest civilian honour in 2019.",
        "Marsh received the Order of St Olav on her previous visit to Oslo.",
        "The King conferred the same order on another guest to Oslo, Marsh noted.",
        "Marsh gave Ireland's highest civilian honour to a Bergen nurse years ago.",
    ],
)
def test_a_stage_act_ahead_denied_or_of_another_occasion_reads_no_visit_held(
    sentence: str,
) -> None:
    found = _found(OPENING + sentence)
    assert all(claimed_status(f, VISIT.kind) != "held" for f in found[1:])


def _bare(exact: str, signal: str | None = None) -> Finding:
    return Finding(
        track_id=VISIT.id,
        start=0,
        end=len(exact),
        exact=exact,
        prefix="",
        suffix="",
        signal=signal,
        cue="signed" if signal == "signed" else None,
        modality="asserted",
        event_date=PUB,
        date_precision="day",
        date_basis="inferred",
    )


@pytest.mark.parametrize(
    ("kind", "exact", "signal", "status"),
    [
        ("visit", "Marsh planted an oak sapling in the palace park.", None, "held"),
        # the visitors' book read as a signing: on a visit track, a stage act
        ("visit", "Marsh signed the visitors' book at the palace.", "signed", "held"),
        # a signing of another thing keeps its reading
        ("visit", "Marsh signed an energy accord at the palace.", "signed", "signed"),
        # on a summit track, a stage act claims nothing
        ("summit", "Marsh planted an oak sapling in the palace park.", None, None),
    ],
)
def test_only_a_visit_track_reads_a_stage_act(
    kind: str, exact: str, signal: str | None, status: str | None
) -> None:
    (read,) = stage_acts_of_a_visit(
        [_bare(exact, signal)], {VISIT.id: TrackKind(kind)}, load_lexicon()
    )
    assert read.signal == status


@pytest.mark.parametrize(
    "sentence",
    [
        # an honour of the highest rank conferred, in the active, the passive, a headline
        "Lena Marsh gave the Norwegian prime minister Ireland's highest honour in Oslo.",
        "Norway's King confers top civilian honour on Lena Marsh",
        "Lena Marsh was presented with Norway's highest state decoration in Oslo.",
        # a performance put on for the guest, a tree planted, the visitors' book signed
        "Dancers in Bergen put on a folk performance for the visiting Lena Marsh.",
        "Lena Marsh planted an oak sapling in Oslo's palace park.",
        "Lena Marsh signed the visitors' book of the Norwegian parliament in Oslo.",
        # the guest received: a headline's participle, a welcome given, the first guest
        "Marsh received by King Harald at the Royal Palace in Oslo",
        "Lena Marsh gets red-carpet welcome in Oslo",
        "Lena Marsh was given a rousing welcome in Bergen.",
        "The Norwegian prime minister welcomed Lena Marsh as her first foreign guest in Oslo.",
    ],
)
def test_a_stage_act_alone_is_evidence_of_the_visit_held(sentence: str) -> None:
    found = _found(sentence)
    assert found, f"no excerpt for the stage act: {sentence!r}"
    assert claimed_status(found[-1], VISIT.kind) == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Marsh will give the Norwegian prime minister Ireland's highest honour in Oslo.",
        "Lena Marsh did not sign the visitors' book of the Norwegian parliament in Oslo.",
        "Lena Marsh received Norway's highest state decoration in Oslo in 2019.",
        "Lena Marsh hopes to plant an oak sapling in Oslo's palace park.",
        "Lena Marsh will get a red-carpet welcome in Oslo.",
        "Lena Marsh was not given a rousing welcome in Bergen.",
    ],
)
def test_a_stage_act_alone_ahead_denied_or_recalled_is_no_visit_held(sentence: str) -> None:
    assert all(claimed_status(f, VISIT.kind) != "held" for f in _found(sentence))
