"""``bench/quality.py``'s breakdowns, scored on a hand-made build (no engine run): a part of the
corpus scores only its own articles and excerpts; each label counts once in the confusion
table (the analyst's status against the engine's) and each day-precise label once among the
date readings, by how far off and which way."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.labels import Article, Corpus, CorpusTrack, Label
from bench.quality import Built, Excerpt, group_of, part, score

TEXT_A = "The two leaders met in Oslo on Monday. The talks will resume."
TEXT_B = "Officials said the summit was postponed. A new date is expected soon."


def _corpus(tmp: Path) -> Corpus:
    track = CorpusTrack(id="t", default=False, kind="meeting")
    labels_a = [
        Label("t", "The two leaders met in Oslo on Monday.", "held", None, date(2025, 5, 5), "day"),
        Label("t", "The talks will resume.", "scheduled", None, date(2025, 5, 9), "day"),
    ]
    labels_b = [Label("t", "Officials said the summit was postponed.", "postponed")]
    return Corpus(
        root=tmp,
        tracks={"t": track},
        articles=[
            Article("101-a", tmp / "a.txt", {}, labels_a),
            Article("501-b", tmp / "b.txt", {}, labels_b),
        ],
    )


def _built(tmp: Path) -> Built:
    def ex(
        i: int, doc: int, text: str, quote: str, status: str | None, day: date | None
    ) -> Excerpt:
        start = text.index(quote)
        return Excerpt(i, doc, start, start + len(quote), status, None, "asserted", day, quote)

    excerpts = [
        ex(1, 1, TEXT_A, "The two leaders met in Oslo on Monday.", "held", date(2025, 5, 6)),
        ex(2, 2, TEXT_B, "Officials said the summit was postponed.", "cancelled", None),
        ex(3, 2, TEXT_B, "A new date is expected soon.", "proposed", None),
    ]
    return Built(
        db=tmp / "q.db",
        docs={"101-a": 1, "501-b": 2},
        texts={1: TEXT_A, 2: TEXT_B},
        excerpts={"t": excerpts},
        statuses={},
        as_of_today={},
        seconds=0.0,
    )


def test_confusion_and_date_kinds_count_each_label_once(tmp_path: Path) -> None:
    result = score(_corpus(tmp_path), _built(tmp_path))
    assert result["confusion"] == {
        "held -> held": 1,
        "postponed -> cancelled": 1,
        "scheduled -> no excerpt": 1,
    }
    assert result["date_errors"] == {"1 day later": 1, "no excerpt": 1}
    assert result["by_group"]["1xx"] == {"recall": 0.5, "signal": 0.5, "date": 0.0, "n": 2}
    assert result["by_group"]["5xx"]["signal"] == 0.0


def test_a_part_scores_only_its_own_articles_and_excerpts(tmp_path: Path) -> None:
    result = score(part(_corpus(tmp_path), 0, 499), _built(tmp_path))
    assert list(result["by_group"]) == ["1xx"]
    assert result["added"]["labels"] == 2
    # The 5xx article's excerpt, whose status no label of this part covers, is not counted
    # as false evidence here.
    assert result["false_evidence_per_article"] == 0
    whole = score(_corpus(tmp_path), _built(tmp_path))
    assert whole["added"]["labels"] == 3
    assert whole["false_evidence_per_article"] == 0.5


def test_coarse_labels_are_scored_by_whether_the_date_falls_in_their_span(tmp_path: Path) -> None:
    text = "Talks are expected next week. The deal was signed in March. Work went on all year."
    track = CorpusTrack(id="t", default=False, kind="talks")
    labels = [
        Label("t", "Talks are expected next week.", None, None, date(2025, 5, 12), "week"),
        Label("t", "The deal was signed in March.", "active", None, date(2025, 3, 1), "month"),
        Label("t", "Work went on all year.", "active", None, date(2025, 1, 1), "year"),
    ]
    corpus = Corpus(
        root=tmp_path,
        tracks={"t": track},
        articles=[Article("101-c", tmp_path / "c.txt", {}, labels)],
    )

    def ex(i: int, quote: str, day: date | None) -> Excerpt:
        start = text.index(quote)
        return Excerpt(i, 1, start, start + len(quote), "active", None, "asserted", day, quote)

    built = Built(
        db=tmp_path / "q.db",
        docs={"101-c": 1},
        texts={1: text},
        excerpts={
            "t": [
                # Sunday of the labelled week: inside; the last of March: inside; undated: a miss.
                ex(1, "Talks are expected next week.", date(2025, 5, 18)),
                ex(2, "The deal was signed in March.", date(2025, 3, 31)),
                ex(3, "Work went on all year.", None),
            ]
        },
        statuses={},
        as_of_today={},
        seconds=0.0,
    )
    added = score(corpus, built)["added"]
    assert added["coarse_dated_labels"] == 3
    assert added["date_coarse"] == round(2 / 3, 3)
    # Day-precise figures are untouched by coarse labels.
    assert added["dated_labels"] == 0 and added["date"] is None
    built.excerpts["t"][0] = ex(1, "Talks are expected next week.", date(2025, 5, 19))
    assert score(corpus, built)["added"]["date_coarse"] == round(1 / 3, 3)


def test_groups_are_the_hundreds_of_an_articles_number_past_three_digits() -> None:
    assert group_of("004-summit") == "0xx"
    assert group_of("512-visit") == "5xx"
    assert group_of("908-talks") == "9xx"
    assert group_of("1003-talks") == "10xx"
    assert group_of("1102-summit") == "11xx"
