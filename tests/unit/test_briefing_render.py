"""Briefing renderers on a hand-built content model: escaping, wording, the ICD 203 rule."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tracker.briefing import Briefing, Change, ContestedRow, Quote, Source, TrackBriefing
from tracker.briefing.language import (
    confidence_sentence,
    likelihood_sentence,
    mixed_sentences,
    quoted,
    sentences,
)
from tracker.briefing.model import OverrideInfo
from tracker.briefing.render import md_escape, md_url, render_html, render_markdown

HOSTILE = "<script>alert(1)</script>"
NOW = dt.datetime(2025, 10, 24, 9, 0, tzinfo=dt.UTC)


def quote(excerpt_id: int, text: str, **extra: object) -> Quote:
    data: dict[str, object] = {
        "excerpt_id": excerpt_id,
        "document_id": 1,
        "text": text,
        "speaker": "Dmitry Peskov",
        "outlet": "TASS",
        "document_title": "Kremlin comments",
        "published": dt.date(2025, 10, 22),
        "event_date": dt.date(2025, 10, 21),
        "signal": "on_hold",
        "reliability": "B",
        "credibility": 2,
        "grade": "B2",
    }
    data.update(extra)
    return Quote.model_validate(data)


def sample(
    title: str = "Trump–Putin summit in Budapest", doc_title: str = "Summit on hold"
) -> Briefing:
    q1 = quote(1, "The summit is on hold for now.", also_in=["Wire copy, 22 Oct 2025"])
    q2 = quote(2, "We cannot postpone what has not been agreed upon.", speaker="Sergei Ryabkov")
    track = TrackBriefing(
        id="trump-putin-summit",
        title=title,
        kind="summit",
        status="on_hold",
        status_label="On hold",
        source="override",
        status_since=dt.date(2025, 10, 21),
        confidence="moderate",
        contested=True,
        bluf=[
            "Status: on hold since 21 Oct 2025, set by analyst Ana; the evidence agrees.",
            likelihood_sentence("the summit is on hold", "likely"),
            confidence_sentence("The analyst holds this judgement", "high"),
        ],
        changes=[
            Change(
                category="transition",
                at="2025-10-23T10:00:00.000000Z",
                summary="Analyst Ana set the status to on hold.",
            ),
            Change(
                category="evidence",
                at="2025-10-23T09:00:00.000000Z",
                summary=f"New evidence from {doc_title}, 22 Oct 2025: signal on hold.",
                quote=q1,
            ),
        ],
        key_evidence=[q1, q2],
        contested_rows=[ContestedRow(decisive=q1, contested=q2)],
        override=OverrideInfo(
            id=1,
            track_id="trump-putin-summit",
            status="on_hold",
            status_label="On hold",
            analyst="Ana",
            reason="Both sides say so",
            likelihood="likely",
            confidence="high",
            review_by=dt.date(2025, 11, 1),
            created_at="2025-10-23T10:00:00.000000Z",
        ),
        next_event="Next: summit on 1 Nov 2025 in Budapest.",
    )
    return Briefing(
        generated_at=NOW,
        since="2025-10-23",
        since_label="since 23 Oct 2025",
        tracks=[track],
        sources=[
            Source(
                document_id=1,
                outlet="TASS",
                title=doc_title,
                url="https://example.org/a?b=1&c=<2>",
                published=dt.date(2025, 10, 22),
                date_basis="stated",
                obtained="file a.txt",
                reliability="B",
            ),
            Source(
                document_id=2,
                outlet=None,
                title="Untitled",
                url="javascript:alert(1)",
                published=None,
                obtained="pasted text",
            ),
        ],
        head_seq=7,
        head_hash="ab" * 32,
    )


def html_text(html: str) -> str:
    """Visible text of our HTML (tags dropped, entities left as they are)."""
    body = html.split("<body>", 1)[1]
    return re.sub(r"<[^>]+>", " ", body)


# --- wording ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        ("It is likely that talks resume. We hold this with high confidence.", False),
        ("It is likely, with high confidence, that talks resume.", True),
        ("We judge with moderate confidence that a meeting is very unlikely.", True),
        ("A meeting is almost certain. Confidence: low.", False),
        ("Headline without stop likely\nThe tracker holds this with low confidence.", True),
        ("Unlikely events happen. Low turnout was seen.", False),
    ],
)
def test_mixed_sentences(text: str, mixed: bool) -> None:
    assert bool(mixed_sentences(text)) is mixed


def test_sentence_split_handles_closing_quotes() -> None:
    assert sentences("“It is on hold.” Next one.\nThird!") == [
        "“It is on hold.”",
        "Next one.",
        "Third!",
    ]


def test_estimative_helpers_keep_scales_apart() -> None:
    a = likelihood_sentence("the summit is on hold", "very likely")
    b = confidence_sentence("The analyst holds this judgement", "low")
    assert a == "The analyst judges it very likely (80–95%) that the summit is on hold."
    assert b == "The analyst holds this judgement with low confidence."
    assert mixed_sentences(a) == mixed_sentences(b) == []
    assert mixed_sentences(a[:-1] + " " + b)


def test_quoted_does_not_double_wrap() -> None:
    assert quoted("on hold") == "“on hold”"
    assert quoted("“Already quoted.”") == "“Already quoted.”"
    assert quoted('"Straight marks."') == '"Straight marks."'


def test_quoted_prints_a_quotation_inside_in_single_marks() -> None:
    # An excerpt ending on the speaker's own closing mark ends on one double mark, not two.
    assert quoted("Lavrov said: “No meeting has been planned.”") == (
        "“Lavrov said: ‘No meeting has been planned.’”"
    )
    assert quoted('He called it "a useful call" and left.') == (
        "“He called it ‘a useful call’ and left.”"
    )
    # Two quotations that open and close the excerpt are not one quotation.
    assert quoted('"Soon," he said, "in Budapest."') == "“‘Soon,’ he said, ‘in Budapest.’”"
    assert quoted("“") == "“‘”"


# --- escaping --------------------------------------------------------------------------------


def test_html_escapes_hostile_titles_and_is_self_contained() -> None:
    html = render_html(sample(title=HOSTILE, doc_title=HOSTILE))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert "https://example.org/a?b=1&amp;c=&lt;2&gt;" in html
    assert "<style>" in html
    for external in ("<link", "src=", "@import", "url("):
        assert external not in html


def test_markdown_escapes_article_text() -> None:
    md = render_markdown(sample(title=HOSTILE, doc_title="*bold* _it_ [x](y) | pipe"))
    assert HOSTILE not in md
    assert r"\<script\>alert(1)\</script\>" in md
    assert r"\*bold\* \_it\_ \[x\](y) \| pipe" in md
    assert "<https://example.org/a?b=1&c=%3C2%3E>" in md
    assert "<javascript:" not in md


def test_md_escape_keeps_one_line() -> None:
    assert md_escape("# Title\n\n- item") == r"\# Title - item"
    assert md_url("https://x.org/a b") == "<https://x.org/a%20b>"


# --- every format keeps the ICD 203 rule -----------------------------------------------------


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_no_sentence_mixes_likelihood_and_confidence_in_any_format(tmp_path: Path) -> None:
    from tracker.briefing.word import render_docx

    b = sample()
    texts = {"md": render_markdown(b), "html": html_text(render_html(b))}
    render_docx(b, tmp_path / "b.docx")
    texts["docx"] = _docx_text(tmp_path / "b.docx")
    if shutil.which("pdftotext"):
        from tracker.briefing.pdf import render_pdf

        render_pdf(b, tmp_path / "b.pdf")
        texts["pdf"] = subprocess.run(
            ["pdftotext", str(tmp_path / "b.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    for fmt, raw in texts.items():
        text = unicodedata.normalize("NFKC", raw)  # PDF text carries ligatures (ﬁ)
        assert "likely" in text and "high confidence" in text, fmt
        assert mixed_sentences(text) == [], fmt


_PDF_THEN_WINDOW = """
import sys
from pathlib import Path
from tests.unit.test_briefing_render import sample
from tracker.briefing.pdf import render_pdf
render_pdf(sample(), Path(sys.argv[1]))
from PySide6.QtWidgets import QApplication, QWidget
assert isinstance(QApplication.instance(), QApplication)
QWidget().show()
print("window built")
"""


def test_a_window_can_be_built_after_a_pdf_export_in_the_same_process(tmp_path: Path) -> None:
    """The PDF export's application object is one a window can use: a bare QGuiApplication
    made Qt abort at the first widget built after it (a test run building windows after
    exporting a PDF died with "Fatal Python error: Aborted")."""
    done = subprocess.run(
        [sys.executable, "-c", _PDF_THEN_WINDOW, str(tmp_path / "b.pdf")],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "window built"
