"""Keyword suggestions (tracker.extract.suggest): invented articles, written for the test."""

from __future__ import annotations

from tracker.domain.models import Actor, Track
from tracker.extract.suggest import (
    StoredDocument,
    fold,
    log_odds,
    name_words,
    stem,
    suggest_keywords,
)

TRACK = Track(
    id="valdor-truce",
    title="Valdor truce",
    kind="initiative",
    actors=[Actor(name="Mira Osell", aliases=["Osell"])],
    parties=["Valdor", "Kestria"],
    keywords=["truce"],
)
OTHER = Track(
    id="port-talks",
    title="Port talks",
    kind="talks",
    parties=["Brennland"],
    keywords=["harbour fees"],
)


def _article(doc_id: int, topic: list[str], evidence_first: bool = True) -> StoredDocument:
    lines = ["Valdor and Kestria agree a truce, Osell says."] if evidence_first else []
    lines += topic
    text = "\n".join(lines)
    evidence = ((0, len(lines[0])),) if evidence_first else ()
    return StoredDocument(doc_id, f"Article {doc_id}", text, evidence)


def _documents() -> list[StoredDocument]:
    about = [
        _article(
            1,
            [
                "Fighters in the hills agreed to lay down arms by Friday.",
                "The rebel council met in Kestria on Monday.",
                "The rebel council approved the disarmament plan on Monday.",
            ],
        ),
        _article(
            2,
            [
                "Commanders agreed to lay down arms once monitors arrived.",
                "A disarmament plan was signed by the rebel councils.",
                "Osell spoke to reporters in the capital.",
            ],
        ),
        _article(
            3,
            [
                "Nobody expects the militias to lay down arms before the talks resume.",
                "The rebel council asked for guarantees before it signs the disarmament plans.",
            ],
        ),
    ]
    elsewhere = [
        StoredDocument(
            10 + i,
            f"Market report {i}",
            "\n".join(
                [
                    "Brennland raised harbour fees again this week.",
                    "Shipping firms said the prices of grain were rising.",
                    "The council of the port met to discuss prices.",
                    "Traders expected prices to settle by spring.",
                ]
            ),
        )
        for i in range(6)
    ]
    return about + elsewhere


def test_the_tracks_own_words_come_first_with_counts_and_examples() -> None:
    found = suggest_keywords(TRACK, _documents(), others=[OTHER])
    phrases = [s.phrase for s in found]
    assert set(phrases[:3]) == {"lay down arms", "disarmament plan", "rebel council"}
    assert "rebel" not in phrases  # "rebel council" says more
    first = found[phrases.index("lay down arms")]
    assert first.sentences == 3
    assert first.score > 1.0
    assert [e.document for e in first.examples] == ["Article 1", "Article 2"]
    assert first.examples[0].quote.startswith("Fighters in the hills")


def test_no_names_keywords_stop_words_or_other_tracks_words() -> None:
    phrases = {s.phrase for s in suggest_keywords(TRACK, _documents(), others=[OTHER], limit=50)}
    assert not phrases & {"valdor", "kestria", "osell", "truce", "monday", "friday"}
    assert not any(p.split()[0] in {"the", "to", "by"} for p in phrases)
    assert not any("harbour" in p or "fee" in p for p in phrases)


def test_a_phrase_in_one_article_only_is_not_suggested() -> None:
    docs = _documents()
    docs[1] = _article(2, ["Commanders spoke of peace."])
    docs[2] = _article(3, ["Nobody spoke."])
    phrases = {s.phrase for s in suggest_keywords(TRACK, docs, others=[OTHER])}
    assert "lay down arms" not in phrases


def test_cue_words_are_left_to_the_lexicon() -> None:
    docs = [
        _article(i, [f"The vote was postponed again, round {i}.", "The meeting was postponed."])
        for i in range(1, 5)
    ]
    assert all("postpone" not in s.phrase for s in suggest_keywords(TRACK, docs))


def test_suggestions_are_deterministic_and_empty_without_documents() -> None:
    docs = _documents()
    assert suggest_keywords(TRACK, docs) == suggest_keywords(TRACK, list(docs))
    assert suggest_keywords(TRACK, []) == []


def test_folding_stemming_names_and_the_score() -> None:
    assert [fold(w) for w in ["Negotiations", "ceasefires", "parties", "talks", "crisis"]] == [
        "negotiation",
        "ceasefire",
        "party",
        "talk",
        "crisis",
    ]
    assert stem("postponed") == stem("postponing") == "postpon"
    assert name_words(["He met Kestria's envoy and the envoy of Kestria."]) == {"kestria"}
    assert log_odds(6, 20, 6, 200) > log_odds(3, 20, 3, 200) > 0 > log_odds(1, 20, 30, 200)
