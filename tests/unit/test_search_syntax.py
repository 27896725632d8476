"""The search query language: phrases as phrases, prefixes, OR, exclusions, field filters."""

from __future__ import annotations

import pytest

from tracker.domain.search import Condition, Filter, Match
from tracker.services.evidence import evidence_for
from tracker.services.ingest import ingest_text
from tracker.services.search import Term, parse_query, plan_for, search
from tracker.storage.db import Store

HEADLINE_ONLY = (
    "Leaders Hold One-Hour Talks in Geneva\n\n"
    "The two delegations disagreed on how to proceed, officials said on Monday."
)
BODY_PHRASE = (
    "Summit update from Budapest\n\n"
    "Officials said the planned summit in Budapest has been put on hold for now."
)
POSTPONED = "Budapest meeting postponed\n\nThe meeting was postponed until further notice."
POSTPONEMENT = "A long postponement\n\nThe postponement of the talks surprised diplomats."
NEGOTIATIONS = "Geneva round\n\nNegotiations resumed in Geneva between the delegations."


def titles(store: Store, query: str) -> list[str]:
    return [h.title for h in search(store, query) if h.kind == "document"]


@pytest.fixture
def articles(fresh_db: Store) -> Store:
    for text, outlet in (
        (HEADLINE_ONLY, "Geneva Wire"),
        (BODY_PHRASE, "Reuters"),
        (POSTPONED, "Atlantic Council"),
        (POSTPONEMENT, "Reuters"),
        (NEGOTIATIONS, "TASS"),
    ):
        ingest_text(fresh_db, text, title=text.split("\n")[0], outlet=outlet)
    return fresh_db


def test_parse_reads_phrases_prefixes_or_exclusions_and_fields() -> None:
    parsed = parse_query('summit "on hold" negotiat* postponed OR cancelled -Alaska outlet:reuters')
    assert parsed.clauses == [
        [Term("word", ("summit",))],
        [Term("exact", ("on", "hold"))],
        [Term("prefix", ("negotiat",))],
        [Term("word", ("postponed",)), Term("word", ("cancelled",))],
    ]
    assert parsed.excluded == [Term("word", ("alaska",))]
    assert parsed.filters == [Filter("outlet", ("reuters",))]


def test_parse_keeps_unknown_fields_and_joined_words_as_words() -> None:
    parsed = parse_query('at 10:30 U.S.-Russia -track:rubio outlet:"Atlantic  Council"')
    assert parsed.clauses == [
        [Term("word", ("at",))],
        [Term("phrase", ("10", "30"))],
        [Term("phrase", ("u", "s", "russia"))],
    ]
    assert parsed.filters == [
        Filter("track", ("rubio",), negate=True),
        Filter("outlet", ("atlantic council",)),
    ]


def test_typographic_quotes_and_an_unclosed_quote_make_a_phrase() -> None:
    assert parse_query("“on hold”").clauses == [[Term("exact", ("on", "hold"))]]
    assert parse_query('"on hold').clauses == [[Term("exact", ("on", "hold"))]]


def test_the_plan_ranks_by_stems_and_checks_phrases_word_for_word() -> None:
    plan = plan_for(parse_query('summit "on hold" -alaska'))
    assert plan.driver == Match("stemmed", '"summit" AND "on hold"')
    assert plan.conditions == (
        Condition((Match("exact", '"on hold"'),)),
        Condition((Match("stemmed", '"alaska"'),), negate=True),
    )
    prefix_only = plan_for(parse_query("negotiat*"))
    assert prefix_only.driver == Match("exact", '"negotiat" *')
    filters_only = plan_for(parse_query("track:rubio"))
    assert filters_only.driver is None


def test_a_phrase_is_matched_as_a_phrase_not_as_words(articles: Store) -> None:
    # Before: the words were ANDed and stemmed, so "disagreed on how" with the headline's
    # "Hold" (and "One", stemmed to "on") matched, and the short headline ranked first.
    assert titles(articles, '"on hold"') == ["Summit update from Budapest"]
    assert titles(articles, "on hold")[0] == "Leaders Hold One-Hour Talks in Geneva"


def test_a_quoted_word_is_that_word_unstemmed(articles: Store) -> None:
    assert titles(articles, '"postponement"') == ["A long postponement"]
    assert sorted(titles(articles, "postponement")) == [
        "A long postponement",
        "Budapest meeting postponed",
    ]


def test_a_prefix_finds_words_that_start_with_it(articles: Store) -> None:
    # Before: the "*" was dropped and "negotiat" (no such stem) found nothing.
    assert titles(articles, "negotiat*") == ["Geneva round"]
    hit = next(h for h in search(articles, "negotiat*") if h.kind == "document")
    assert "[Negotiations]" in hit.snippet


def test_or_exclusion_and_outlet_filter(articles: Store) -> None:
    assert sorted(titles(articles, "postponed OR negotiations")) == [
        "A long postponement",
        "Budapest meeting postponed",
        "Geneva round",
    ]
    assert titles(articles, "budapest -postponed") == ["Summit update from Budapest"]
    assert sorted(titles(articles, "outlet:reuters")) == [
        "A long postponement",
        "Summit update from Budapest",
    ]
    assert titles(articles, 'postponed outlet:"atlantic council"') == ["Budapest meeting postponed"]
    assert titles(articles, "postponed -outlet:atlantic") == ["A long postponement"]


def test_only_words_to_leave_out_finds_nothing(articles: Store) -> None:
    assert search(articles, "-summit") == []
    assert parse_query("-summit").only_excluded


def test_track_filter_keeps_that_tracks_evidence(seed_db: Store) -> None:
    hits = search(seed_db, "meeting track:rubio", limit=100)
    excerpts = [h for h in hits if h.kind == "excerpt"]
    assert excerpts and {h.track_id for h in excerpts} == {"rubio-lavrov-channel"}
    by_title = search(seed_db, 'meeting track:"foreign-minister channel"', limit=100)
    assert {h.track_id for h in by_title if h.kind == "excerpt"} == {"rubio-lavrov-channel"}
    documents = {h.document_id for h in hits if h.kind == "document"}
    with_rubio = {e.document_id for e in evidence_for(seed_db, "rubio-lavrov-channel")}
    assert documents and documents <= with_rubio
