"""The literal alternations' spans from one automaton pass are the spans each pattern's own
``finditer`` finds: on real sentences with every track's patterns, and on made-up text
with hyphens, apostrophes, case, dashes, odd spaces and word boundaries."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.models import Track
from tracker.extract.lexicon import load_lexicon
from tracker.extract.literalspans import _NOT_PLAIN, LiteralSpans, _plain, alternatives
from tracker.extract.matching import _compile, _role_patterns, compile_tracks
from tracker.extract.sentences import split_sentences
from tracker.services.tracks import default_tracks

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "extraction_golden.json.gz"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _same(table: LiteralSpans, patterns: list[re.Pattern[str]], text: str) -> bool:
    found = table.spans(text)
    if found is None:
        return True
    return all(found.get(id(p), []) == _spans(p, text) for p in patterns if id(p) in table.covered)


def test_a_pattern_is_spelled_out_in_the_order_it_tries_its_literals() -> None:
    pattern = _compile(["talks", "peace summit"], ignore_case=True, plural=True)
    assert pattern is not None
    spelled = alternatives(pattern)
    assert spelled is not None
    literals, stop_hyphen = spelled
    assert not stop_hyphen
    assert [lit for lit, _exact in literals[:6]] == [
        "peace summits",
        "peace summites",
        "peace summit",
        "peace-summits",
        "peace-summites",
        "peace-summit",
    ]
    assert all(exact is None for _lit, exact in literals)
    names = alternatives(re.compile(r"(?<!\w)(?:(?:Al[\s\-]+Thani)|(?i:the\ emir))(?!\w)"))
    assert names is not None
    assert names[0] == (("al thani", "Al Thani"), ("al-thani", "Al-Thani"), ("the emir", None))


def test_a_name_typed_in_lower_case_keeps_its_hyphen_guard_in_the_pass() -> None:
    """ "the Secretary" typed as a name is not the start of "the Secretary-General": the
    group's ``(?!-\\w)`` is kept per literal, the pattern still covered."""
    pattern = re.compile(
        r"(?<!\w)(?:(?:Marco[\s\-]+Rubio|Rubio)|(?i:the[\s\-]+Secretary[\s\-]+of[\s\-]+State"
        r"|the[\s\-]+Secretary)(?!-\w))(?!\w)"
    )
    table = LiteralSpans([pattern])
    assert table.complete
    for text in (
        "The Secretary-General spoke after the Secretary.",
        "the Secretary-of-State-designate met Rubio",
        "Rubio-Lavrov talks; the Secretary-, then the Secretary.",
        "the secretary of state-led talks and the Secretary of State-",
        "Marco Rubio-led talks",
    ):
        assert table.spans(text) is not None, text
        assert _same(table, [pattern], text), text
    spans = table.spans("The Secretary-General spoke after the Secretary.")
    assert spans == {id(pattern): [(34, 47)]}


def test_turkish_dotted_and_dotless_i_are_spelled_as_a_search_matches_them() -> None:
    sensitive = _compile(["Serdar Kılıç", "Kilic"], ignore_case=False)
    folded = _compile(["İmralı"], ignore_case=True)
    assert sensitive is not None and folded is not None
    assert alternatives(sensitive) is not None
    assert alternatives(folded) == ((("imrali", None),), False)
    table = LiteralSpans([sensitive, folded])
    assert table.complete
    for text in ("Serdar Kilic met", "KILIÇ and Imrali", "imrali island", "Kılıç met"):
        got = table.spans(text)
        for pattern in (sensitive, folded):
            want = [m.span() for m in pattern.finditer(text)]
            assert got is None or got.get(id(pattern), []) == want, text
    assert table.spans("Kılıç met") is None  # such a sentence is left to the patterns


def test_patterns_of_other_shapes_are_left_to_run() -> None:
    for source in (
        r"(?<!\w)\w+ talks(?!\w)",  # a class
        r"(?<!\w)talks\b",  # another boundary
        r"talks(?!\w)",  # no word start
        r"(?<!\w)(?:talks)+(?!\w)",  # a repeat
        r"(?<!\w)(?:talks|İstanbul)(?!\w)",  # a letter whose lower case is longer
        r"(?<!\w)(?:Talks(?i:round))(?!\w)",  # case respected and ignored in one literal
        r"(?<!\w)talks\trounds(?!\w)",  # white space other than the plain space
        r"(?<!\w)(?:talks|rounds)?(?!\w)",  # an empty literal
        r"(?<!\w)(?:Bonn|Kelvin\u212a)(?!\w)",  # a letter a search equates with another
        r"(?<!\w)(?:Athens|\u03a3parta)(?!\w)",  # a capital sigma
        r"(?<!\w)(?:Bonn|Ber[l\u0130]n)(?!\w)",  # a trap among a set's letters
        r"(?<!\w)(?:(?i:the)\ (?:Talks|Rounds))(?!\w)",  # mixed across the joined parts
    ):
        assert alternatives(re.compile(source)) is None, source
    assert alternatives(re.compile(r"(?<!\w)(?:talks)(?!\w)", re.ASCII)) is None


def test_a_sentence_the_pass_cannot_read_is_left_to_the_patterns() -> None:
    pattern = _compile(["Doha"], ignore_case=False)
    assert pattern is not None
    table = LiteralSpans([pattern])
    assert table.covered == {id(pattern)}
    assert table.spans("Talks in Doha, then Doha again.") == {id(pattern): [(9, 13), (20, 24)]}
    assert table.spans("Talks in Doha resumed.") == {id(pattern): [(9, 13)]}
    for text in (
        "Talks  in Doha.",  # two spaces
        "Talks - in Doha.",  # a space and a hyphen
        "Talks in\u00a0Doha.",  # a no-break space
        "ΟΔΟΣ to Doha.",  # a capital sigma
        "İzmir and Doha.",  # a letter lower-cased to two
    ):
        assert table.spans(text) is None, text


# The shapes of the title patterns (``titles.py``): "[Tt]he\s+(?:king|King)…" and a name left by
# a title, which refuses a capitalised word after it.
_TITLE_FORMS = re.compile(r"\[Tt\]he\\s\+|\(\?!\\s\+\(\?:\[A-Z\]\|de\\b")


def test_real_sentences_with_every_tracks_patterns() -> None:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as handle:
        golden = json.load(handle)
    lexicon = load_lexicon()
    patterns: list[re.Pattern[str]] = []
    for tracks in ([Track.model_validate(t) for t in golden["tracks"]], default_tracks()):
        compiled = compile_tracks(tracks, lexicon)
        patterns += [pattern for p in compiled.profiles for pattern, _ in p.anchors]
    table = LiteralSpans(patterns)
    # names, places, keywords and roles; a person's title standing alone ("the King") and the
    # name a title leaves ("Charles" of "King Charles") are searched by their expression
    uncovered = [p.pattern for p in patterns if id(p) not in table.covered]
    assert all(_TITLE_FORMS.search(p) for p in uncovered), uncovered
    assert len(uncovered) < len(patterns) // 20
    sentences = [
        s.text
        for d in golden["documents"]
        if not d["name"].startswith("generated/") or d["name"].endswith(("0.txt", "5.txt"))
        for s in split_sentences(d["text"])
    ]
    assert len(sentences) > 1200
    assert sum(table.spans(s) is None for s in sentences) < len(sentences) // 20
    assert all(_same(table, patterns, s) for s in sentences)


_MADE_UP = [
    p
    for p in (
        _compile(["Vladimir Putin", "Putin", "Al Thani", "al-Thani", "O'Brien"], ignore_case=False),
        _compile(["peace talks", "talks", "face-to-face", "round"], ignore_case=True, plural=True),
        _compile(["the Qatari capital", "Doha's capital", "Doha"], ignore_case=True),
        _compile(["Serdar Kılıç", "Kılıç", "Kilic"], ignore_case=False),
        _compile(["kılıç", "İmralı", "Imrali island"], ignore_case=True),
        re.compile(r"(?<!\w)(?:(?:Putin|Xi[\s\-]+Jinping)|(?i:the\ kremlin|beijing))(?!\w)"),
        *_role_patterns(["foreign minister", "counterpart"], ["Russia", "Russian"], ["leader"]),
    )
    if p is not None
]
_MADE_UP_TABLE = LiteralSpans(_MADE_UP)
_PIECES = [
    "Putin",
    "putin",
    "Vladimir",
    "Al",
    "al",
    "Thani",
    "O'Brien",
    "O’Brien",
    "Xi",
    "Jinping",
    "the",
    "THE",
    "Kremlin",
    "Beijing",
    "peace",
    "Talks",
    "TALKSES",
    "face",
    "to",
    "round",
    "rounds",
    "Qatari",
    "capital",
    "Doha's",
    "Doha",
    "Russia's",
    "Russian",
    "top",
    "foreign",
    "Minister",
    "counterpart",
    "leader",
    "_",
    "2",
    "é",
    "Ünal",
    "ΣΟΣ",
    "ı",
    "Kılıç",
    "Kilic",
    "KILIÇ",
    "kiliç",
    "Serdar",
    "İmralı",
    "Imrali",
    "island",
    "\u212a",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=14),
    st.lists(st.sampled_from([" ", " ", "-", "", "  ", " - ", "\u2013", "\u00a0", ", ", "'"])),
)
def test_made_up_text_gives_the_patterns_own_spans(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    assert _MADE_UP_TABLE.covered == {id(p) for p in _MADE_UP}
    assert _same(_MADE_UP_TABLE, _MADE_UP, text)


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(
            ["a", "Z", " ", "-", "\t", "\n", "\x1c", "\x1f", "\x85", "\xa0", "\u2009", "é", "’"]
        ),
        max_size=12,
    )
)
def test_a_plain_sentence_is_told_without_the_expression_over_every_space(text: str) -> None:
    # the checks that replace the expression answer what it answers
    assert _plain(text) == (_NOT_PLAIN.search(text) is None)
