"""Ingest: decoding, bad input, HTML/Markdown, boilerplate, metadata of every seed."""

from __future__ import annotations

import codecs
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tracker.domain.errors import RejectedInputError
from tracker.ingest import prepare_bytes, prepare_file
from tracker.ingest.clean import clean_text, is_boilerplate
from tracker.ingest.datestamps import parse_stamp
from tracker.ingest.html import html_to_text
from tracker.ingest.markdown import markdown_to_text
from tracker.ingest.pipeline import address_date, normalized_hash
from tracker.ingest.readers import decode_bytes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BOILERPLATE = (
    "Read More",
    "Share This Article",
    "Post a Comment",
    "SCROLL FOR NEXT",
    "Sponsored",
    "Trending News",
    "3/related/default",
    "7 Min Read",
    "0 Comments",
)


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize(
    ("prefix", "title", "published", "outlet"),
    [
        (
            "000",
            "Trump-Putin Summit on Hold as U.S.-Russia Tensions Over Ukraine Persist",
            None,
            "Egypt Daily News",
        ),
        (
            "001",
            "Putin-Trump Summit Put on Hold After Russia Rejects Ceasefire in Ukraine",
            date(2025, 10, 22),
            None,
        ),
        (
            "002",
            "Budapest summit postponed as Putin rejects Trump’s ceasefire proposal",
            None,
            "Atlantic Council",
        ),
        ("003", "Planned Trump-Putin Meeting on Hold, No Immediate Plans", None, None),
        (
            "004",
            "Trump Cancels Putin Meeting, Rejects ‘Wasted Talks’ as U.S.-Russia Peace "
            "Efforts Stall Over Ukraine",
            None,
            "Times in Pakistan",
        ),
    ],
)
def test_seed_metadata(prefix: str, title: str, published: date | None, outlet: str | None) -> None:
    doc = prepare_file(seed(prefix)).document
    assert doc.title == title
    assert doc.published == published
    assert doc.published_basis == ("stated" if published else "unknown")
    assert doc.outlet == outlet


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_boilerplate_removed(prefix: str) -> None:
    doc = prepare_file(seed(prefix)).document
    for phrase in BOILERPLATE:
        assert phrase not in doc.text, phrase
    assert doc.raw_text.startswith(doc.raw_text.lstrip()[:10])
    assert doc.chars == len(doc.text)


def test_seed_001_stops_before_related_links() -> None:
    doc = prepare_file(seed("001")).document
    assert "Greenland" not in doc.text
    assert "Feb. 3, 2026" not in doc.text
    assert "Oct. 22, 2025" not in doc.text  # the stamp is metadata, not prose
    assert doc.text.endswith("the risk of wider conflict.")
    assert doc.published_note == 'stated in the article: "Oct. 22, 2025 10:21 a.m. 563"'
    assert doc.byline == "Saif Nasser"
    assert doc.text.count("Putin-Trump Summit Put on Hold After Russia Rejects") == 1


def test_seed_003_keeps_its_own_future_year() -> None:
    assert "from 2026 onward" in prepare_file(seed("003")).document.text


def test_repeated_caption_lines_go() -> None:
    doc = prepare_file(seed("000")).document
    assert "Dmitry Peskov\n\nDmitry Peskov" not in doc.text
    assert "Zelenskyy\n\nZelenskyy" not in doc.text
    assert "Ahmed Kamel – Egypt Daily News" not in doc.text
    assert doc.byline == "Ahmed Kamel"


def test_hashtags_line_goes() -> None:
    assert "#TrumpPutinSummit" not in prepare_file(seed("002")).document.text


@pytest.mark.parametrize(
    "line",
    [
        "Share This Article",
        "Read More",
        "Sponsored",
        "Trending News",
        "Tags",
        "Post a Comment",
        "Post a Comment (0)",
        "0 Comments",
        "SCROLL FOR NEXT",
        "3/related/default",
        "7 Min Read",
        "#Global News",
        "#A #B #C",
        "563",
        "Advertisement",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Trump and Putin met in Budapest.",
        "Share prices rose after the summit was announced.",
        "Read more about the talks in our analysis of the Budapest summit plans today.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oct. 22, 2025 10:21 a.m. 563", date(2025, 10, 22)),
        ("Feb. 3, 2026 5 p.m.", date(2026, 2, 3)),
        ("22 October 2025", date(2025, 10, 22)),
        ("Published: 2025-10-21T08:00:00Z", date(2025, 10, 21)),
        ("Wednesday, October 22, 2025", date(2025, 10, 22)),
        ("The summit on October 22, 2025 was called off.", None),
        ("Feb. 30, 2026", None),
    ],
)
def test_date_stamps(line: str, expected: date | None) -> None:
    assert parse_stamp(line) == expected


def test_related_block_generic() -> None:
    raw = "\n".join(
        [
            "Headline of the article here",
            "",
            "Body paragraph one is long enough to be prose.",
            "May 5, 2024",
            "Other story one",
            "May 6, 2024",
            "Summary one",
            "Read More",
            "Other story two",
            "May 7, 2024",
            "Summary two",
            "Read More",
            "Sponsored",
        ]
    )
    result = clean_text(raw)
    assert result.lines == [
        "Headline of the article here",
        "Body paragraph one is long enough to be prose.",
    ]
    assert result.stamps == ["May 5, 2024"]


# ------------------------------------------------------------------ encodings and bad input


def test_utf8_bom() -> None:
    text, enc = decode_bytes(codecs.BOM_UTF8 + "Zelenskyy said “yes”".encode())
    assert text == "Zelenskyy said “yes”" and enc == "utf-8-sig"


def test_utf16() -> None:
    text, enc = decode_bytes("Peskov – “no”".encode("utf-16"))
    assert text == "Peskov – “no”" and enc == "utf-16"


def test_cp1252() -> None:
    text, enc = decode_bytes("Peskov said “no” – café".encode("cp1252"))
    assert text == "Peskov said “no” – café" and enc == "cp1252"


def test_latin1_fallback() -> None:
    data = "Szijjártó".encode("latin-1") + b"\x81"  # 0x81 is undefined in cp1252
    text, enc = decode_bytes(data)
    assert enc == "latin-1" and text.startswith("Szijjártó")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 rest", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"PK\x03\x04zipdata", "ZIP"),
        (b"abc\x00def\x00", "NUL"),
        (bytes(range(1, 32)) * 50, "control characters"),
        (b"", "empty"),
        (b"   \n\t  ", "empty"),
    ],
)
def test_bad_input_refused(data: bytes, message: str) -> None:
    with pytest.raises(RejectedInputError, match=message):
        prepare_bytes(data, name="x.txt")


def test_too_large_refused() -> None:
    with pytest.raises(RejectedInputError, match="limit"):
        prepare_bytes(b"word " * 1000, name="x.txt", max_bytes=1000)


def test_only_boilerplate_refused() -> None:
    with pytest.raises(RejectedInputError, match="no article text"):
        prepare_bytes(b"Share This Article\nRead More\nSponsored\n", name="x.txt")


def test_large_file_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(11 * 1024 * 1024)
    with pytest.raises(RejectedInputError, match="limit"):
        prepare_file(big)


# ------------------------------------------------------------------ HTML and Markdown


def test_html_strips_script_style_iframe_and_reads_meta() -> None:
    html = """<!doctype html><html><head><title>Summit paused – Reuters</title>
    <meta property="og:site_name" content="Reuters">
    <meta property="article:published_time" content="2025-10-21T10:00:00Z">
    <link rel="canonical" href="https://example.org/a">
    <style>p{color:red}</style><script>alert('x')</script></head>
    <body><nav>Home | World</nav><article><h1>Summit paused</h1>
    <p>The summit in Budapest is on hold, officials said &amp; diplomats agreed.</p>
    <iframe src="ad.html">ad text</iframe><p>Second <b>paragraph</b> here.</p></article>
    <footer>Copyright</footer></body></html>"""
    text, _meta = html_to_text(html)
    assert "alert" not in text and "color:red" not in text and "ad text" not in text
    assert "Home | World" not in text and "Copyright" not in text
    assert "The summit in Budapest is on hold, officials said & diplomats agreed." in text
    assert "Second paragraph here." in text
    doc = prepare_bytes(html.encode(), name="a.html").document
    assert doc.outlet == "Reuters" and doc.published == date(2025, 10, 21)
    assert doc.url == "https://example.org/a" and doc.media_type == "text/html"
    assert doc.reliability == "B"


def test_deeply_nested_html() -> None:
    html = "<div>" * 20000 + "Deep text about the summit." + "</div>" * 20000
    text, _ = html_to_text(html)
    assert text == "Deep text about the summit."


def test_markdown() -> None:
    md = "# Summit on hold\n\nThe **summit** in [Budapest](http://x) is *paused*.\n\n![img](a.png)\n- item one\n"
    text, meta = markdown_to_text(md)
    assert meta["title"] == "Summit on hold"
    assert "The summit in Budapest is paused." in text
    assert "item one" in text and "img" not in text


# ------------------------------------------------------------------ identity and manifests


def test_hash_ignores_whitespace_and_normalisation() -> None:
    assert normalized_hash("Café  talks\n") == normalized_hash("Cafe\u0301 talks")


def test_sidecar_manifest(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(
        "Summit called off in Budapest today\n\nThe meeting was called off.", encoding="utf-8"
    )
    (tmp_path / "a.txt.meta.json").write_text(
        '{"outlet": "Reuters", "published": "2025-10-23", "reliability": "A", "url": "https://x"}',
        encoding="utf-8",
    )
    doc = prepare_file(art).document
    assert doc.outlet == "Reuters" and doc.outlet_basis == "analyst"
    assert doc.published == date(2025, 10, 23) and doc.published_basis == "analyst"
    assert doc.reliability == "A" and doc.reliability_basis == "analyst"
    assert doc.url == "https://x"


def test_folder_manifest_and_bad_manifest(tmp_path: Path) -> None:
    art = tmp_path / "b.txt"
    art.write_text("A headline about the summit talks\n\nBody.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"files": {"b.txt": {"published": "not a date"}}}')
    with pytest.raises(RejectedInputError, match="not a date"):
        prepare_file(art)
    (tmp_path / "manifest.json").write_text("{broken")
    with pytest.raises(RejectedInputError, match="manifest"):
        prepare_file(art)


# ------------------------------------------------------------------ the labelled corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FURNITURE = {"caption", "credit", "menu", "ticker", "related-links"}
_MARKUP = re.compile(r"^(?:#{1,6}|[*+-])\s+")  # a label quoting its Markdown line's marker


def _corpus_labels(suffix: str) -> list[tuple[Path, list[dict[str, Any]]]]:
    out = []
    for label_file in sorted((CORPUS / "labels").glob("*.json")):
        data = json.loads(label_file.read_text(encoding="utf-8"))
        article = CORPUS / data["article"]
        if article.suffix == suffix:
            out.append((article, data["labels"]))
    return out


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_corpus_furniture_is_cleaned_away(suffix: str) -> None:
    """No caption, credit, menu, ticker or related link of the corpus survives cleaning."""
    left: list[str] = []
    for article, labels in _corpus_labels(suffix):
        text = prepare_file(article).document.text
        for label in labels:
            if label.get("evidence", True) or not FURNITURE & set(label.get("construction", [])):
                continue
            if " ".join(label["quote"].split()) in " ".join(text.split()):
                left.append(f"{article.name}: {label['quote']}")
    assert left == []


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_corpus_headlines_and_sentences_survive_cleaning(suffix: str) -> None:
    """Every labelled headline, standfirst and sentence of the corpus is in the cleaned text
    (the page's <title> included), word for word."""
    lost: list[str] = []
    for article, labels in _corpus_labels(suffix):
        text = " ".join(prepare_file(article).document.text.split())
        for label in labels:
            if not label.get("evidence", True):
                continue
            quote = " ".join(_MARKUP.sub("", label["quote"]).split())
            if quote not in text:
                lost.append(f"{article.name}: {label['quote']}")
    assert lost == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.ng/2025/04/12/talks-to-resume/", date(2025, 4, 12)),
        (
            "https://news.example.com/20251020/ministers-hold-call-1122992658.html",
            date(2025, 10, 20),
        ),
        ("https://news.example.com/world/2025/8/9/story", date(2025, 8, 9)),
        ("https://news.example.co.za/article/2025-11-20-leaders-meet", date(2025, 11, 20)),
        ("https://news.example.cn/n3/2025/0816/c90000-20353716.html", date(2025, 8, 16)),
        ("https://news.example.cn/a/202506/09/WS6845b4f4.html", date(2025, 6, 9)),
        # a whole segment of the date and the day's serial number
        ("https://news.example.com/en/202504195149", date(2025, 4, 19)),
        ("https://news.example.com/en/202511020031.html", date(2025, 11, 2)),
        # a segment of the date with a two-digit year, then the page's serial number
        ("https://news.example.us/en/world/251013/29911/leaders-gather.html", date(2025, 10, 13)),
        ("https://news.example.us/en/world/251013/leaders-gather.html", None),
        ("https://news.example.us/en/world/251313/29911/leaders-gather.html", None),
        # a 1, the date with a two-digit year and the day's serial closing the page's name
        ("https://news.example.in/world/leaders-gather-126012901966_1.html", date(2026, 1, 29)),
        ("https://news.example.in/world/leaders-gather-126013201966_1.html", None),
        ("https://news.example.in/world/leaders-gather-126012901966_2.html", None),
        # no day, a run of digits, the host or the query, an impossible day: no date
        ("https://news.example.org/library/2025/10/russia-251020.htm", None),
        ("https://news.example.com/en/1110312942/story", None),
        ("https://news.example.com/en/202513195149", None),
        ("https://news.example.com/en/x202504195149", None),
        ("https://news.example.com/en/world-202504195149", None),
        ("https://2025.example.com/01/02/x", None),
        ("https://news.example.com/story?from=/2025/01/02/", None),
        ("https://news.example.com/2025-02-30/story", None),
        (None, None),
    ],
)
def test_the_date_a_page_address_carries(url: str | None, expected: date | None) -> None:
    assert address_date(url) == expected


def test_a_page_saved_with_its_address_and_no_printed_date_is_dated_by_the_address() -> None:
    text = (
        "https://news.example.ng/2025/04/12/talks-to-resume/\n\n"
        "Talks to resume after first meeting\n\n"
        "The first round of talks took place on Saturday in Muscat, officials said.\n"
    )
    doc = prepare_bytes(text.encode(), name="saved.txt").document
    assert doc.published == date(2025, 4, 12) and doc.published_basis == "inferred"
    assert doc.url == "https://news.example.ng/2025/04/12/talks-to-resume/"
    assert "address" in (doc.published_note or "")
    # A date the page prints wins over its address.
    printed = text.replace("Talks to resume", "April 13, 2025\n\nTalks to resume")
    assert prepare_bytes(printed.encode(), name="p.txt").document.published == date(2025, 4, 13)


def test_a_page_under_a_trending_list_is_dated_by_its_byline_with_the_time() -> None:
    text = (
        "https://news.example.in/world/harbour-talks-stall-1234567.html\n"
        "Trending:\n\n"
        "Harbour talks stall as envoys leave\n\n"
        "Metro Desk March 3, 2026, 21:15:07 IST\n\n"
        "Envoys of the two coastal states left the harbour talks on Tuesday without an "
        "agreement, officials of both delegations said, and no new round was set.\n"
    )
    doc = prepare_bytes(text.encode(), name="saved.txt").document
    assert doc.published == date(2026, 3, 3) and doc.published_basis == "stated"
    assert "byline" in (doc.published_note or "")
