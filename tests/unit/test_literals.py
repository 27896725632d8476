"""Case-insensitive rules run case-sensitively on lower-cased text find the same spans; a
rule gated on its required words answers what it answers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.lexicon import Patterns
from tracker.extract.literals import (
    CueIndex,
    Gated,
    RequiredSets,
    WordStartless,
    compile_parsed,
    lowered_for_twins,
    lowered_twin,
    twin_spans,
    without_word_start,
    word_start_spans,
)

PATTERNS = [
    re.compile(r"(?<!\w)(?:face[\s\-]+to[\s\-]+face|Summit|talks|round)(?:s|es)?(?!\w)", re.I),
    re.compile(r"(?<!\w)(?:(?:Russian|Kremlin(?:'s|’s)?)\s+(?:top\s+)?(?:Foreign Minister))", re.I),
    re.compile(r"(?<!\w)the\s+(?:prime\ minister|counterpart)(?![\w-])", re.IGNORECASE),
    re.compile(r"\bTALKS\S*\W[A-Z]+\b", re.I),
]
WORDS = [
    "Talks",
    "SUMMIT",
    "summits",
    "face-to-face",
    "Face to  face",
    "round",
    "the",
    "Russian",
    "Kremlin’s",
    "top",
    "foreign",
    "MINISTER",
    "Prime Minister",
    "counterpart",
    "Ünal",
    "ΣΟΣ",
    "\u212a",
    "\u017f",
    "İstanbul",
    "x",
    ",",
    "—",
    "-",
    "'s",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_a_twin_lowers_literals_but_not_escapes() -> None:
    twin = lowered_twin(re.compile(r"\bThe\S+Summit\W", re.IGNORECASE))
    assert twin is not None
    assert twin.pattern == r"\bthe\S+summit\W"
    assert not twin.flags & re.IGNORECASE


def test_no_twin_for_case_sensitive_or_cased_letters_beyond_ascii() -> None:
    assert lowered_twin(re.compile(r"(?<!\w)Putin(?!\w)")) is None
    assert lowered_twin(re.compile(r"Erdoğan|Ünal", re.IGNORECASE)) is None
    assert lowered_twin(re.compile(r"talks(?-i:X)", re.IGNORECASE)) is None
    assert lowered_twin(re.compile(r"(?P<Word>talks)", re.IGNORECASE)) is None
    assert lowered_twin(re.compile(r"Kremlin’s talks", re.IGNORECASE)) is not None


def test_text_a_lower_case_search_cannot_vouch_for() -> None:
    assert lowered_for_twins("The Summit") == "the summit"
    assert lowered_for_twins("ΟΔΟΣ talks") is None  # a final sigma lowers to ς
    assert lowered_for_twins("İstanbul talks") is None  # lowers to two characters
    assert lowered_for_twins("\u212a talks") is None  # the Kelvin sign matches k


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.lists(st.sampled_from(" -"), max_size=12))
def test_a_twin_finds_what_the_pattern_finds(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    lowered = lowered_for_twins(text)
    for pattern in PATTERNS:
        twin = lowered_twin(pattern)
        assert twin is not None
        if lowered is not None:
            assert _spans(twin, lowered) == _spans(pattern, text)


# Case-sensitive patterns opening on a word-start look-behind: names, and a cue's twin.
WORD_START = [
    re.compile(r"(?<!\w)(?:Putin|Vladimir[\s\-]+Putin|Al[\s\-]+Thani|Thani)(?!\w)"),
    re.compile(r"(?<![\w])(?:talks|talks[\s\-]+round|round)(?:s|es)?(?![\w])"),
    re.compile(r"(?<!\w)the\s+(?:prime\ minister|counterpart)(?![\w-])"),
    re.compile(r"(?<!\w)(?:met|meet)\W+(?:\w+\W+){0,3}?(?:talks|summit)(?!\w)"),
]


def test_a_pattern_without_its_word_start_only_when_the_search_can_skip_ahead() -> None:
    bare = without_word_start(re.compile(r"(?<!\w)(?:Putin|Xi)(?!\w)"))
    assert bare is not None and bare.pattern == r"(?:Putin|Xi)(?!\w)"
    # a case-insensitive alternation gives the engine no first characters to skip to
    assert without_word_start(re.compile(r"(?<!\w)(?:Putin|Xi)", re.IGNORECASE)) is None
    assert without_word_start(re.compile(r"(?<!\w)\w*talks")) is None  # a class first
    assert without_word_start(re.compile(r"(?<!\w)(?:x)?")) is None  # can match empty
    assert without_word_start(re.compile(r"\bPutin")) is None  # no look-behind in front
    assert without_word_start(re.compile(r"(?<!\w)Putin", re.ASCII)) is None
    assert without_word_start(re.compile(r"(?<!\w)Putin|Xi")) is None  # Xi needs none


def test_a_cues_twin_and_remainder_are_made_when_it_first_runs() -> None:
    from tracker.extract.lexicon import _compiled_cue

    cue = _compiled_cue("agreed to meet")
    assert "_runners" not in vars(cue)
    twin = lowered_twin(cue.pattern)
    assert twin is not None and cue.twin is not None
    assert cue.twin.pattern == twin.pattern and cue.twin.flags == twin.flags
    bare = without_word_start(twin)
    assert cue.bare is None if bare is None else cue.bare.pattern == bare.pattern
    assert cue.spans("They Agreed to meet in May.", None) == [(5, 19)]
    assert cue.spans("They agreed to-meet.", "they agreed to-meet.") == [
        m.span() for m in cue.pattern.finditer("They agreed to-meet.")
    ]


def test_remainders_made_on_asking_are_those_made_up_front() -> None:
    patterns = [
        *PATTERNS,
        re.compile(r"(?<!\w)(?:Putin|Xi)(?!\w)"),
        re.compile(r"(?<!\w)(?:Lavrov|Rubio)(?!\w)"),
    ]
    eager = {id(rx): bare for rx in patterns if (bare := without_word_start(rx)) is not None}
    lazy = WordStartless(patterns)
    first = lazy.get(id(patterns[-1]))
    assert first is not None and first.pattern == r"(?:Lavrov|Rubio)(?!\w)"
    assert lazy.get(id(patterns[-1])) is first  # made once
    assert lazy.get(id(PATTERNS[0])) is None  # case-insensitive: nothing to skip to
    assert lazy.get(id("a pattern not given")) is None
    assert {key: rx.pattern for key, rx in lazy.items()} == {
        key: rx.pattern for key, rx in eager.items()
    }
    assert len(lazy) == len(eager)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS, "Putin", "xPutin", "Vladimir", "Al-Thani", "met", "meet"]),
        max_size=12,
    ),
    st.lists(st.sampled_from(" -_é"), max_size=12),
)
def test_word_start_spans_find_what_the_pattern_finds(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for pattern in WORD_START:
        bare = without_word_start(pattern)
        assert bare is not None
        assert word_start_spans(bare, text) == _spans(pattern, text)
    lowered = lowered_for_twins(text)
    for pattern in PATTERNS[:3]:
        twin = lowered_twin(pattern)
        assert twin is not None
        bare = without_word_start(twin)
        assert twin_spans(pattern, twin, bare, text, lowered) == _spans(pattern, text)
        assert twin_spans(pattern, twin, bare, text, None) == _spans(pattern, text)


def test_required_sets_allow_a_rule_only_with_one_literal_of_each_set() -> None:
    sets = RequiredSets(
        {
            "talks": (frozenset({"talks"}),),
            "held talks": (frozenset({"held", "holds"}), frozenset({"talks"})),
            "any": (),
        }
    )
    found = sets.satisfied("they held talks")
    assert sets.allows("talks", found) and sets.allows("held talks", found)
    found = sets.satisfied("talks went on")
    assert sets.allows("talks", found) and not sets.allows("held talks", found)
    assert sets.free == ["any"]


def test_a_lexicon_list_hashes_by_identity_and_runs_only_patterns_whose_words_are_there() -> None:
    patterns = Patterns(re.compile(p, re.IGNORECASE) for p in (r"\bnot\b", r"\bnever\b", r"^\W"))
    assert hash(patterns) == id(patterns) and patterns == patterns
    assert patterns != Patterns(patterns)
    assert patterns.candidates("They will NOT meet") == [patterns[0], patterns[2]]
    assert patterns.candidates("They will meet") == [patterns[2]]
    assert patterns.search_any("Never again")
    assert not patterns.search_any("They met")


GATED = [
    *PATTERNS,
    re.compile(r"\b(?:a|the)\s+(second|third)\s+(?:and\s+final\s+)?day\b", re.IGNORECASE),
    re.compile(r"\b(?:talks|negotiations|round)\b", re.IGNORECASE),
]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from([*WORDS, "Second", "DAY", "a", "the", "ſummit", "İ", "K"]), max_size=12
    ),
    st.lists(st.sampled_from(" -"), max_size=12),
    st.integers(min_value=0, max_value=20),
)
def test_a_gated_rule_answers_what_its_expression_answers(
    words: list[str], gaps: list[str], pos: int
) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for pattern in GATED:
        gated = Gated(pattern)
        assert _found(gated.search(text)) == _found(pattern.search(text))
        assert _found(gated.search(text, pos)) == _found(pattern.search(text, pos))
        assert _found(gated.match(text, pos)) == _found(pattern.match(text, pos))
        assert _found(gated.fullmatch(text, 0, pos)) == _found(pattern.fullmatch(text, 0, pos))
        assert [m.span() for m in gated.finditer(text, pos)] == [
            m.span() for m in pattern.finditer(text, pos)
        ]


def _found(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_a_gated_rule_runs_only_where_its_words_are() -> None:
    gated = Gated(re.compile(r"\b(?:talks|negotiations)\s+(?:began|opened)\b", re.IGNORECASE))
    assert gated._absent("The summit opened on Monday.")  # no "talks" nor "negotiations"
    assert not gated._absent("TALKS OPENED on Monday.")
    assert not gated._absent("Kelvin \u212a talks")  # a character lower case cannot vouch for
    assert gated.search("The talks opened on Monday.") is not None


def test_a_cue_index_finds_anchors_at_word_starts_and_required_words_in_one_pass() -> None:
    index = CueIndex(
        {"postpone": [(0, 0)], "postponed": [(0, 0), (0, 1)], "talks": [(1, 0)]},
        [(2, 0)],
        {
            (0, 0): [frozenset({"summit", "talks"})],
            (0, 1): [],
            (1, 0): [frozenset({"held"})],
            (2, 0): [],
        },
    )
    # "postponed" starts a word: the longer anchor stands for both rules; (0, 0) needs
    # "summit" or "talks", (1, 0) needs "held", which is missing
    assert index.candidates("The talks were POSTPONED.") == [(0, 0), (0, 1), (2, 0)]
    assert index.candidates("The summit was unpostponed.") == [(2, 0)]  # not at a word start
    assert index.candidates("Talks held, then postponed") == [(0, 0), (0, 1), (1, 0), (2, 0)]
    # a text lower case cannot vouch for: the anchors alone decide
    assert index.candidates("The \u212a talks") == [(1, 0), (2, 0)]


def test_a_gated_rule_asked_again_answers_the_same() -> None:
    # the last search is kept: asked again of the same sentence (by another track) it
    # answers the same, and another sentence or other bounds are searched anew
    gated = Gated(re.compile(r"\b(?:talks|negotiations)\s+(?:began|opened)\b", re.IGNORECASE))
    text = "The talks opened on Monday after the talks began."
    first = gated.search(text)
    assert first is not None and first.span() == (4, 16)
    assert gated.search(text) is first
    later = gated.search(text, 10)
    assert later is not None and later.span() == (37, 48)
    assert gated.search(text, 10, 30) is None
    assert gated.search("The summit opened.") is None
    again = gated.search(text)
    assert again is not None and again.span() == (4, 16)


# --- a pattern parsed once; a leading word boundary checked after the search --------------

BOUNDARY = [
    re.compile(r"\b(?:talks|negotiations)(?=\s+(?:are|were)\s+expected)"),
    re.compile(r"\b[a-z][a-z]+[-–][a-z][a-z]+ (?:call|conversation)\b"),
    re.compile(r"\bmeet(?<!\bto meet)(?<!\bwill meet)\s+(?:at|in)(?=\s)"),
    re.compile(r"\b(?:one|two|2)[- ](?:hour|day)[- ](?:summit|talks)\b"),
    re.compile(r"\b\d[- ]day\b"),
    re.compile(r"\b_x\b"),
]


def test_a_pattern_compiled_from_its_tree_is_the_one_re_compiles() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from tracker.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    sources = [
        (rx.pattern, rx.flags)
        for rx in [*PATTERNS, *BOUNDARY, re.compile(r"(?P<who>\w+) (?:met|meets) (?P=who)")]
    ] + [(c.pattern.pattern, c.pattern.flags) for s in lexicon.signals for c in s.patterns]
    for source, flags in sources:
        made, tree = compile_parsed(source, flags)
        expected = re.compile(source, flags)
        assert (made.pattern, made.flags, made.groups, made.groupindex) == (
            expected.pattern,
            expected.flags,
            expected.groups,
            expected.groupindex,
        )
        assert _compiler._code(tree, flags) == _compiler._code(_parser.parse(source, flags), flags)
    made, _tree = compile_parsed("Talks", re.IGNORECASE)
    assert made.flags == re.compile("Talks", re.IGNORECASE).flags and made.search("TALKS")


def test_a_remainder_from_the_parsed_tree_is_the_remainder_parsed_anew() -> None:
    from re import _compiler, _parser

    from tracker.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    twins = [lowered_twin(c.pattern) for s in lexicon.signals for c in s.patterns]
    for twin in [t for t in twins if t is not None] + BOUNDARY:
        _made, tree = compile_parsed(twin.pattern, twin.flags)
        bare = without_word_start(twin, tree=tree, boundary=True)
        assert (bare is None) == (without_word_start(twin, boundary=True) is None)
        plain = without_word_start(twin)
        if plain is not None:  # the look-behind's remainder, as it was made before
            assert bare is not None and bare.pattern == plain.pattern
        if bare is not None:  # compiled from the tree less its first item
            rest = _parser.SubPattern(tree.state, tree.data[1:])
            assert _compiler._code(rest, bare.flags) == _compiler._code(
                _parser.parse(bare.pattern, bare.flags), bare.flags
            )
            assert twin.pattern.endswith(bare.pattern)
            assert bare.flags == re.compile(bare.pattern, bare.flags).flags


def test_a_leading_boundary_is_a_word_start_only_before_word_characters() -> None:
    for pattern in BOUNDARY:
        bare = without_word_start(pattern, boundary=True)
        assert bare is not None and pattern.pattern == "\\b" + bare.pattern
        assert without_word_start(pattern) is None  # only when asked
    for source in (r"\b(?:talks|-)", r"\b\W+talks", r"\b[a-z-]+", r"\b(?:x)?", r"\bx|y"):
        assert without_word_start(re.compile(source), boundary=True) is None, source
    assert without_word_start(re.compile(r"\btalks", re.IGNORECASE), boundary=True) is None
    assert without_word_start(re.compile(r"\btalks", re.ASCII), boundary=True) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "talks",
                "xtalks",
                "are",
                "expected",
                "meet",
                "to",
                "will",
                "at",
                "in",
                "one",
                "2",
                "hour",
                "day",
                "summit",
                "putin-xi",
                "call",
                "_x",
                "é",
                "négotiations",
            ]
        ),
        max_size=14,
    ),
    st.lists(st.sampled_from([" ", "-", "_", "é", "2", " –", ".", "  "]), max_size=14),
)
def test_a_boundary_checked_after_the_search_finds_what_the_pattern_finds(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for pattern in BOUNDARY:
        bare = without_word_start(pattern, boundary=True)
        assert bare is not None
        assert word_start_spans(bare, text) == _spans(pattern, text)
