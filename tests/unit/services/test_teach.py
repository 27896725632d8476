"""Teaching the tracker: rules layered over the bundled lexicon, shared as files, applied by
re-reading the documents, undone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.domain.errors import NotFoundError, UsageError, UserError
from tracker.domain.models import Actor
from tracker.services import judgements, teach, undo
from tracker.services.database import Store
from tracker.services.evidence import evidence_for
from tracker.services.ingest import ingest_paths
from tracker.services.track_admin import add_track
from tracker.services.verify import verify

SUMMIT = "trump-putin-summit"
CORRECTED = "said he did not want to have a"


def signals(store: Store, track: str, words: str) -> list[tuple[int, str | None]]:
    return [
        (e.document_id, e.signal) for e in evidence_for(store, track) if words in e.exact.lower()
    ]


def test_a_rule_from_a_correction_changes_other_documents(seed_db: Store) -> None:
    corrected = next(e for e in evidence_for(seed_db, SUMMIT) if CORRECTED in e.exact)
    judgements.judge_excerpt(seed_db, corrected.id, signal="on_hold", analyst="alice")
    others_before = [
        (d, s) for d, s in signals(seed_db, SUMMIT, "wasted meeting") if d != corrected.document_id
    ]
    rule = teach.make_rule(
        phrase="wasted meeting",
        signal="on hold",
        kinds=["summit"],
        excerpt_id=corrected.id,
        note="Trump's word for a summit he will not hold",
    )
    change = teach.add_rule(seed_db, rule, analyst="alice")
    assert change.rules[0].describe() == "“wasted meeting” → on_hold (summit tracks)"
    assert change.reextract is not None
    assert change.reextract.documents == 5 and change.reextract.changed >= 2
    others_after = [
        (d, s) for d, s in signals(seed_db, SUMMIT, "wasted meeting") if d != corrected.document_id
    ]
    assert len(others_after) == len(others_before)
    assert others_after != others_before
    assert {s for _d, s in others_after} == {"on_hold"}
    # the rule is limited to summits: the channel does not read the phrase
    assert all(s != "on_hold" for _d, s in signals(seed_db, "rubio-lavrov-channel", "wasted"))
    # the corrected excerpt keeps its judgement through the re-reading
    kept = next(e for e in evidence_for(seed_db, SUMMIT) if CORRECTED in e.exact)
    assert (kept.id, kept.reading) == (corrected.id, "corrected")
    assert verify(seed_db).ok
    undo.undo_last(seed_db)
    assert [
        (d, s) for d, s in signals(seed_db, SUMMIT, "wasted meeting") if d != corrected.document_id
    ] == others_before
    assert teach.list_rules(seed_db) == []
    assert [r.removed_at is not None for r in teach.list_rules(seed_db, include_removed=True)] == [
        True
    ]


def test_a_rule_limited_to_meetings_reads_on_meetings_only(fresh_db: Store, tmp_path: Path) -> None:
    people = [
        Actor(name="Marco Rubio", aliases=["Rubio"]),
        Actor(name="Sergei Lavrov", aliases=["Lavrov"]),
    ]
    add_track(fresh_db, title="Geneva session", kind="meeting", actors=people, keywords=["session"])
    add_track(fresh_db, title="Geneva summit", kind="summit", actors=people, keywords=["session"])
    article = tmp_path / "geneva.txt"
    article.write_text(
        "Geneva session ends\n\nPublished 3 November 2025\n\n"
        "Rubio and Lavrov broke bread at the session in Geneva on Monday.\n",
        encoding="utf-8",
    )
    ingest_paths(fresh_db, [article])
    assert signals(fresh_db, "geneva-session", "broke bread") == [(1, None)]
    teach.add_rule(
        fresh_db, teach.make_rule(phrase="broke bread", signal="held", kinds=["meeting"])
    )
    assert signals(fresh_db, "geneva-session", "broke bread") == [(1, "held")]
    assert signals(fresh_db, "geneva-summit", "broke bread") == [(1, None)]
    teach.remove_rule(fresh_db, 1)
    assert signals(fresh_db, "geneva-session", "broke bread") == [(1, None)]
    undo.undo_last(fresh_db)
    assert signals(fresh_db, "geneva-session", "broke bread") == [(1, "held")]


def test_rules_travel_between_desks_as_a_file(
    seed_db: Store, fresh_db: Store, tmp_path: Path
) -> None:
    teach.add_rule(
        seed_db,
        teach.make_rule(phrase="wasted meeting", signal="on_hold", kinds=["summit"]),
        reextract=False,
    )
    teach.add_rule(
        seed_db, teach.make_rule(phrase="nobody has", modality="negated"), reextract=False
    )
    teach.add_rule(seed_db, teach.make_rule(phrase="meet the press", not_cue=True), reextract=False)
    path = teach.export_rules(seed_db, tmp_path / "desk.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "diplomatic-status-tracker/lexicon-rules"
    assert [r["phrase"] for r in data["rules"]] == [
        "wasted meeting",
        "nobody has",
        "meet the press",
    ]
    report = teach.import_rules(fresh_db, path, analyst="bob")
    assert (len(report.added), report.skipped) == (3, 0)
    assert [r.describe() for r in teach.list_rules(fresh_db)] == [
        "“wasted meeting” → on_hold (summit tracks)",
        "“nobody has” makes a cue negated",
        "“meet the press” is not a status cue",
    ]
    again = teach.import_rules(fresh_db, path)
    assert (len(again.added), again.skipped) == (0, 3)
    undo.undo_last(fresh_db)
    assert teach.list_rules(fresh_db) == []
    assert verify(fresh_db).ok


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG", r"not a rules file \(not JSON\)"),
        (b'{"rules": []}', "not a rules file exported by the tracker"),
        (
            b'{"format": "diplomatic-status-tracker/lexicon-rules", "version": 9, "rules": []}',
            "of version 9",
        ),
        (
            b'{"format": "diplomatic-status-tracker/lexicon-rules", "version": 1, '
            b'"rules": [{"phrase": "x", "signal": "held"}]}',
            "rule 1 of the file: a rule needs a phrase",
        ),
        (
            b'{"format": "diplomatic-status-tracker/lexicon-rules", "version": 1, '
            b'"rules": [{"phrase": "fine words", "signal": "maybe"}]}',
            "rule 1 of the file: 'maybe' is not a signal",
        ),
    ],
)
def test_a_bad_rules_file_is_refused_whole(
    fresh_db: Store, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "rules.json"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        teach.import_rules(fresh_db, path)
    assert teach.list_rules(fresh_db, include_removed=True) == []


def test_a_missing_file_is_one_line(fresh_db: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        teach.import_rules(fresh_db, tmp_path / "nowhere.json")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"phrase": "wasted", "signal": "held", "modality": "negated"}, "does one thing"),
        ({"phrase": "wasted"}, "does one thing"),
        ({"phrase": "ab", "signal": "held"}, "at least three characters"),
        ({"phrase": "re:(unclosed", "signal": "held"}, "not a valid cue"),
        ({"phrase": "wasted", "signal": "maybe"}, "not a signal"),
        ({"phrase": "wasted", "modality": "doubtful"}, "not a modality cue"),
        ({"phrase": "wasted", "signal": "held", "kinds": ["parade"]}, "not a kind of track"),
        ({"phrase": "wasted", "not_cue": True, "kinds": ["summit"]}, "only a signal rule"),
    ],
)
def test_rule_refusals(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        teach.make_rule(**kwargs)  # type: ignore[arg-type]


def test_a_rule_says_so_once_and_matches_its_excerpt(seed_db: Store) -> None:
    rule = teach.make_rule(phrase="wasted meeting", signal="on_hold")
    teach.add_rule(seed_db, rule, reextract=False)
    with pytest.raises(UserError, match="rule 1 says that already"):
        teach.add_rule(seed_db, teach.make_rule(phrase="Wasted  meeting", signal="on_hold"))
    first = evidence_for(seed_db, SUMMIT)[0]
    with pytest.raises(UserError, match="does not occur in excerpt"):
        teach.add_rule(
            seed_db, teach.make_rule(phrase="zebra crossing", signal="held", excerpt_id=first.id)
        )
    with pytest.raises(NotFoundError, match="no rule 7"):
        teach.remove_rule(seed_db, 7)


def test_an_import_read_by_worker_processes_applies_the_rules(
    fresh_db: Store, tmp_path: Path
) -> None:
    people = [
        Actor(name="Marco Rubio", aliases=["Rubio"]),
        Actor(name="Sergei Lavrov", aliases=["Lavrov"]),
    ]
    add_track(fresh_db, title="Geneva session", kind="meeting", actors=people, keywords=["session"])
    add_track(fresh_db, title="Geneva summit", kind="summit", actors=people, keywords=["session"])
    teach.add_rule(
        fresh_db, teach.make_rule(phrase="broke bread", signal="held", kinds=["meeting"])
    )
    folder = tmp_path / "many"
    folder.mkdir()
    for day in range(1, 15):
        (folder / f"geneva-{day:02d}.txt").write_text(
            f"Geneva session, day {day}\n\nPublished {day} November 2025\n\n"
            f"Rubio and Lavrov broke bread at the session in Geneva on day {day}.\n",
            encoding="utf-8",
        )
    report = ingest_paths(fresh_db, [folder], workers=2)
    assert report.count("new") == 14
    assert {s for _d, s in signals(fresh_db, "geneva-session", "broke bread")} == {"held"}
    assert {s for _d, s in signals(fresh_db, "geneva-summit", "broke bread")} == {None}
