"""The cue search (``find_cues``: the lexicon's candidate index, lower-case twins, searches
that skip ahead, the "not a cue" phrases read from the same pass) finds what every cue and
every not-cue phrase of the lexicon finds when each is searched alone over the sentence
as it is, the way the search was first written: on sentences of the golden's inputs, on
generated sentences, and with analysts' rules layered over the bundled lexicon."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.readings import LexiconRule
from tracker.extract.lexicon import Lexicon, load_lexicon, with_rules
from tracker.extract.sentences import split_sentences
from tracker.extract.signals import _search, find_cues

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "extraction_golden.json.gz"
Hits = dict[int, list[tuple[str, str, int, int, str]]]


def _reference(sentence: str, lexicon: Lexicon) -> tuple[list[tuple[int, int]], Hits]:
    """Every not-cue phrase's spans and every cue's hits per signal, each pattern searched
    alone with ``finditer`` over the sentence as it is, in the lexicon's order."""
    blocked = [m.span() for cue in lexicon.not_cues for m in cue.pattern.finditer(sentence)]
    hits: Hits = {}
    for si, signal in enumerate(lexicon.signals):
        for cue in signal.patterns:
            for m in cue.pattern.finditer(sentence):
                if m.end() > m.start():
                    hits.setdefault(si, []).append(
                        (signal.name, cue.cue, m.start(), m.end(), m.group())
                    )
    return blocked, hits


def _found(sentence: str, lexicon: Lexicon) -> tuple[list[tuple[int, int]], Hits]:
    blocked, by_signal = _search(sentence, lexicon)
    return blocked, {
        si: [(h.signal, h.cue, h.start, h.end, h.text) for h in own]
        for si, own in by_signal.items()
    }


@lru_cache(maxsize=1)
def _golden_sentences() -> list[str]:
    """Every eighth sentence of the golden's corpus, seed and generated inputs (distinct)."""
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        documents = json.load(handle)["documents"]
    seen: dict[str, None] = {}
    for document in documents:
        for sentence in split_sentences(document["text"]):
            seen.setdefault(sentence.text, None)
    return list(seen)[::8]


def _rules() -> list[LexiconRule]:
    def rule(**fields: object) -> LexiconRule:
        return LexiconRule.model_validate(
            {"analyst": "test", "created_at": "2026-12-07T00:00:00", **fields}
        )

    return [
        rule(id=1, phrase="sat down (for|to) talks", signal="held"),
        rule(id=2, phrase="co-chaired ... session", signal="held", kinds=["meeting"]),
        rule(id=3, phrase="talks ended", effect="not_cue"),
        rule(id=4, phrase=r"re:\bparley\w*", signal="held"),
        rule(id=5, phrase="without (any|a) date", effect="not_cue"),
    ]


def test_the_search_finds_what_each_cue_finds_alone_on_the_golden_sentences() -> None:
    lexicon = load_lexicon()
    sentences = _golden_sentences()
    assert len(sentences) > 280
    found = 0
    for sentence in sentences:
        expected = _reference(sentence, lexicon)
        assert _found(sentence, lexicon) == expected, sentence
        assert lexicon.blocked_spans(sentence) == expected[0]
        found += sum(map(len, expected[1].values()))
    assert found > 200  # the sentences hold cues


SENTENCE_WORDS = [
    "talks",
    "Talks",
    "TALKS",
    "negotiations",
    "summit",
    "meeting",
    "visit",
    "trip",
    "call",
    "held",
    "hold",
    "meet",
    "met",
    "is",
    "are",
    "to",
    "also",
    "was",
    "were",
    "expected",
    "postponed",
    "cancelled",
    "called",
    "off",
    "no",
    "immediate",
    "plans",
    "for",
    "now",
    "without",
    "delay",
    "agreed",
    "will",
    "be",
    "in",
    "Paris",
    "on",
    "Monday",
    "last",
    "week",
    "two-hour",
    "3-day",
    "Putin-Xi",
    "phone",
    "after",
    "following",
    "the",
    "their",
    "sat",
    "down",
    "co-chaired",
    "session",
    "parley",
    "ended",
    "date",
    "any",
    "a",
    "\u212a",
    "İstanbul",
    "ΣΟΣ",
    "talks'",
    "(talks)",
    '"summit"',
    "'s",
    "—",
    ",",
    ".",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCE_WORDS), min_size=1, max_size=18),
    st.lists(st.sampled_from([" ", " ", " ", "-", "  ", " (", ") ", ", ", "\u00a0"]), max_size=18),
)
def test_the_search_finds_what_each_cue_finds_alone_on_generated_sentences(
    words: list[str], gaps: list[str]
) -> None:
    sentence = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for lexicon in (load_lexicon(), with_rules(load_lexicon(), _rules())):
        assert _found(sentence, lexicon) == _reference(sentence, lexicon), sentence


def test_an_analysts_rules_are_found_and_block_as_before() -> None:
    lexicon = with_rules(load_lexicon(), _rules())
    cues = find_cues("The two sides sat down for talks and co-chaired a session.", lexicon)
    assert [(h.signal, h.text) for h in cues] == [
        ("held", "sat down for talks"),
        ("held@2", "co-chaired a session"),
    ]
    assert [h.text for h in find_cues("A parleying envoy came.", lexicon)] == ["parleying"]
    assert lexicon.blocked_spans("The talks ended without a date.") == [(4, 15), (16, 30)]
    for sentence in ("The talks ended without a date.", "They sat down to talks in Paris."):
        assert _found(sentence, lexicon) == _reference(sentence, lexicon)


def _built(lexicon: Lexicon) -> tuple[int, int]:
    """How many of the lexicon's cues and "not a cue" phrases have their lower-case twin
    built, and how many there are."""
    cues = [c for s in lexicon.signals for c in s.patterns] + list(lexicon.not_cues)
    return sum("_runners" in vars(c) for c in cues), len(cues)


def test_a_warmed_lexicon_has_every_twin_built_and_finds_the_same() -> None:
    """``Lexicon.warm`` builds what a reading builds lazily (every cue's twin, every list's
    required literals) and changes nothing the search finds; an analyst's layered lexicon
    is warmed on its own."""
    cold = Lexicon(load_lexicon().data)
    cold.compile()
    built, total = _built(cold)
    assert built == 0 < total
    warm = Lexicon(load_lexicon().data).warm()
    assert _built(warm) == (total, total)
    assert all("_with_sets" in vars(getattr(warm, name)) for name in ("denial", "boilerplate"))
    layered = with_rules(warm, _rules())
    assert _built(layered)[0] == 0
    assert _built(layered.warm())[0] == _built(layered)[1]
    for sentence in _golden_sentences()[::4]:
        assert _found(sentence, warm) == _found(sentence, cold), sentence
