"""Briefings from the seed database: content, every format, recording, `since` filtering."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tracker.briefing import build, build_briefing, export_briefing
from tracker.briefing.build import _Evidence
from tracker.briefing.language import mixed_sentences, quoted
from tracker.domain.errors import NotFoundError, UsageError
from tracker.services import evidence
from tracker.services.ingest import ingest_text
from tracker.services.overrides import apply_override
from tracker.storage import audit
from tracker.storage.db import Store

NOW = dt.datetime(2025, 10, 24, 9, 0, tzinfo=dt.UTC)
SUMMIT = "trump-putin-summit"
HOSTILE = "<script>alert(1)</script>"
NEW_ARTICLE = (
    "Budapest summit stays frozen\n\n"
    "Kremlin spokesman Dmitry Peskov said on Friday that the summit between Trump and Putin "
    "in Budapest remains on hold.\n"
)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def visible_html(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html.split("<body>", 1)[1])


def rendered_text(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "docx":
        return docx_text(path)
    text = path.read_text(encoding="utf-8")
    return visible_html(text) if fmt == "html" else text


# --- content ---------------------------------------------------------------------------------


def test_build_from_seeds(seed_db: Store) -> None:
    b = build_briefing(seed_db, now=NOW)
    assert [t.id for t in b.tracks] == [SUMMIT, "rubio-lavrov-channel", "coalition-of-the-willing"]
    summit = b.tracks[0]
    assert summit.status == "on_hold"
    assert summit.bluf[0].startswith("Status: on hold since ")
    assert any("confidence" in s for s in summit.bluf)
    assert summit.key_evidence
    for q in summit.key_evidence:
        assert re.fullmatch(r"[A-F][1-6]", q.grade)
        assert q.outlet or q.document_title
    assert (b.head_seq, b.head_hash) == audit.head(seed_db)
    assert b.generated_at == NOW
    assert len(b.sources) == 5
    assert all(s.obtained.startswith("file ") for s in b.sources)


def test_contested_claims_sit_side_by_side(seed_db: Store) -> None:
    summit = build_briefing(seed_db, [SUMMIT], now=NOW).tracks[0]
    if not summit.contested:
        pytest.skip("inference does not find the summit contested")
    assert summit.contested_rows
    left = {r.decisive.excerpt_id for r in summit.contested_rows if r.decisive}
    right = {r.contested.excerpt_id for r in summit.contested_rows if r.contested}
    assert left and right and not left & right


def test_unknown_track_and_format_are_refused(seed_db: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no-such"):
        build_briefing(seed_db, ["no-such"])
    with pytest.raises(NotFoundError):
        export_briefing(seed_db, "md", tmp_path / "b.md", tracks=["no-such"])
    with pytest.raises(UsageError, match="pdf, docx, md, html"):
        export_briefing(seed_db, "rtf", tmp_path / "b.rtf")
    assert seed_db.conn.execute("SELECT count(*) FROM briefings").fetchone()[0] == 0
    assert not (tmp_path / "b.md").exists() and not (tmp_path / "b.rtf").exists()


def test_copies_of_one_story_are_folded(seed_db: Store) -> None:
    original = (Path(__file__).parents[2] / "seeds" / "000_68c1bb7019cf50ad.txt").read_text()
    republished = original.replace("Egypt Daily News", "Copy Wire")
    item = ingest_text(
        seed_db, republished, title="Wire copy", outlet="Copy Wire", published="2025-10-22"
    )
    assert item.outcome == "new"
    dup = seed_db.conn.execute(
        "SELECT duplicate_of FROM documents WHERE id = ?", (item.document_id,)
    ).fetchone()[0]
    if dup is None:
        pytest.skip("copy detection did not mark the republished article")
    b = build_briefing(seed_db, [SUMMIT], now=NOW)
    assert item.document_id not in {s.document_id for s in b.sources}
    folded = next(s for s in b.sources if s.document_id == dup)
    assert folded.also_in == ["Copy Wire, 22 Oct 2025"]
    ev = _Evidence(evidence.TrackRecord(seed_db, SUMMIT))
    copies = ev.record.in_documents([item.document_id])
    assert copies and all(ev.root_of(e) != e.id and ev.is_copy(e) for e in copies)
    # Read lazily, a quote finds its original and the copies of it just the same.
    fresh = _Evidence(evidence.TrackRecord(seed_db, SUMMIT))
    for copy in copies:
        assert copy.id in {c.id for c in fresh.copies(fresh.root_of(copy))}
    q = fresh.quote(copies[0].id)
    assert q is not None and q.document_id == dup and "Copy Wire, 22 Oct 2025" in q.also_in


def test_copies_are_found_from_one_read_of_the_ids_of_the_tracks_possible_copies(
    seed_db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = (Path(__file__).parents[2] / "seeds" / "000_68c1bb7019cf50ad.txt").read_text()
    for outlet in ("Copy Wire", "Second Wire"):
        ingest_text(
            seed_db,
            original.replace("Egypt Daily News", outlet),
            title=f"{outlet} copy",
            outlet=outlet,
            published="2025-10-22",
        )
    want = build_briefing(seed_db, [SUMMIT], now=NOW).sources
    reads: list[str] = []
    links = build.copy_links

    def counted(store: Store, track_id: str) -> list[tuple[int, int | None, int | None, int]]:
        reads.append(track_id)
        return links(store, track_id)

    monkeypatch.setattr(build, "copy_links", counted)
    folded = [s.also_in for s in want if s.also_in]
    assert ["Copy Wire, 22 Oct 2025", "Second Wire, 22 Oct 2025"] in folded
    assert build_briefing(seed_db, [SUMMIT], now=NOW).sources == want
    assert reads == [SUMMIT]


# --- since -----------------------------------------------------------------------------------


def test_new_since_lists_exactly_the_override_and_the_new_article(seed_db: Store) -> None:
    cut = dt.datetime.now(dt.UTC)
    assert all(not t.changes for t in build_briefing(seed_db, new_since=cut).tracks)
    apply_override(
        seed_db,
        SUMMIT,
        "cancelled",
        reason="White House says no plans",
        analyst="Ana",
        likelihood="likely",
        confidence="moderate",
    )
    item = ingest_text(
        seed_db,
        NEW_ARTICLE,
        title="Budapest summit stays frozen",
        outlet="Test Wire",
        published="2025-10-25",
    )
    b = build_briefing(seed_db, new_since=cut, now=NOW, first=False)
    summit = b.tracks[0]
    by_kind: dict[str, list[Any]] = {}
    for change in summit.changes:
        by_kind.setdefault(change.category, []).append(change)
    assert "transition" not in by_kind  # the override is an analyst action, told once
    assert [c.summary for c in by_kind["override"]] == [
        "Analyst Ana set the status to cancelled (it was on hold). "
        "Reason: White House says no plans."
    ]
    assert by_kind["evidence"]
    assert {c.quote.document_id for c in by_kind["evidence"] if c.quote} == {item.document_id}
    new_excerpts = seed_db.conn.execute(
        "SELECT count(*) FROM excerpts WHERE track_id = ? AND document_id = ?",
        (SUMMIT, item.document_id),
    ).fetchone()[0]
    assert len(by_kind["evidence"]) == new_excerpts
    for other in b.tracks[1:]:
        assert other.changes == []
    # The override's likelihood reaches the bottom line, in its own sentence.
    assert "The analyst judges it likely (55–80%) that the summit is cancelled." in summit.bluf
    assert "The analyst holds this judgement with moderate confidence." in summit.bluf
    assert summit.override is not None and summit.override.reason == "White House says no plans"


def test_new_since_defaults_to_the_last_briefing(seed_db: Store, tmp_path: Path) -> None:
    first = export_briefing(seed_db, "md", tmp_path / "one.md", now=NOW)
    assert first.since is None and first.briefing.first
    assert "Everything on record is new" in (tmp_path / "one.md").read_text()
    apply_override(seed_db, SUMMIT, "cancelled", reason="No plans", analyst="Ana")
    second = export_briefing(seed_db, "md", tmp_path / "two.md", now=NOW)
    assert second.since == first.created_at and not second.briefing.first
    changes = second.briefing.tracks[0].changes
    assert {c.category for c in changes} == {"override"}
    text = (tmp_path / "two.md").read_text()
    assert "Analyst Ana set the status to cancelled (it was on hold)." in text
    explicit = export_briefing(seed_db, "md", tmp_path / "three.md", new_since=dt.date(2000, 1, 1))
    assert explicit.since == "2000-01-01"
    # --since (world events) alone sets no record cut-off.
    events = export_briefing(seed_db, "md", tmp_path / "four.md", since=dt.date(2025, 10, 21))
    assert events.since is None and events.briefing.events_since == dt.date(2025, 10, 21)


# --- every format ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_export_writes_and_records(seed_db: Store, tmp_path: Path, fmt: str) -> None:
    if fmt == "pdf" and shutil.which("pdftotext") is None:
        pytest.skip("no pdftotext")
    head_before = audit.head(seed_db)
    result = export_briefing(seed_db, fmt, tmp_path / f"brief.{fmt}", now=NOW)
    assert result.path == (tmp_path / f"brief.{fmt}").resolve()
    assert result.path.stat().st_size == result.bytes > 0
    assert result.head_hash == head_before[1]
    row = seed_db.conn.execute(
        "SELECT created_at, format, path, tracks, since, head_hash FROM briefings WHERE id = ?",
        (result.id,),
    ).fetchone()
    assert row == (
        result.created_at,
        fmt,
        str(result.path),
        json.dumps([SUMMIT, "rubio-lavrov-channel", "coalition-of-the-willing"]),
        None,
        head_before[1],
    )
    last = audit.entries(seed_db, limit=1)[0]
    assert (last.action, last.entity) == ("briefing.export", f"briefing:{result.id}")
    assert json.loads(last.payload)["sha256"] == result.sha256
    assert audit.verify_chain(seed_db).ok

    text = flat(rendered_text(result.path, fmt))
    assert "Trump–Putin summit in Budapest" in text
    assert "Status: on hold since" in text
    for q in result.briefing.tracks[0].key_evidence:
        assert flat(quoted(q.text))[:60] in text
    assert head_before[1] in text
    assert mixed_sentences(text) == []


@needs_pdftotext
def test_pdf_says_the_summit_is_on_hold(seed_db: Store, tmp_path: Path) -> None:
    result = export_briefing(seed_db, "pdf", tmp_path / "b.pdf", tracks=[SUMMIT], now=NOW)
    text = flat(pdf_text(result.path))
    assert result.path.read_bytes().startswith(b"%PDF")
    assert re.search(r"Trump–Putin summit in Budapest Bottom line\. Status: on hold since", text)
    assert "no plans" in text
    assert "Sources" in text and "Egypt Daily News" in text


def test_docx_rereads(seed_db: Store, tmp_path: Path) -> None:
    import docx

    result = export_briefing(seed_db, "docx", tmp_path / "b.docx", now=NOW)
    document = docx.Document(str(result.path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Trump–Putin summit in Budapest" in headings and "Sources" in headings
    assert document.core_properties.title == "Diplomatic status briefing"
    assert len(document.tables) >= 1


def test_estimative_rule_holds_in_every_format_with_an_override(
    seed_db: Store, tmp_path: Path
) -> None:
    apply_override(
        seed_db,
        SUMMIT,
        "on_hold",
        reason="Both capitals confirm",
        analyst="Ana",
        likelihood="very likely",
        confidence="high",
        review_by="2099-12-31",
    )
    formats = ["md", "html", "docx"] + (["pdf"] if shutil.which("pdftotext") else [])
    for fmt in formats:
        result = export_briefing(seed_db, fmt, tmp_path / f"b.{fmt}", since=None, now=NOW)
        text = flat(rendered_text(result.path, fmt))
        assert "very likely" in text and "high confidence" in text, fmt
        assert mixed_sentences(text) == [], fmt


def test_hostile_titles_are_escaped_in_html(seed_db: Store, tmp_path: Path) -> None:
    from tracker.domain.models import Actor
    from tracker.services.track_admin import add_track

    add_track(
        seed_db,
        title=HOSTILE,
        kind="summit",
        track_id="hostile",
        actors=[Actor(name="Trump"), Actor(name="Putin")],
        keywords=["summit"],
    )
    before = dt.datetime.now(dt.UTC)
    ingest_text(seed_db, NEW_ARTICLE, title=HOSTILE, outlet=HOSTILE, published="2025-10-25")
    for fmt in ("md", "html"):
        # Changes since the import quote the hostile article (the second briefing lists new
        # evidence; the first counts it), so it is a cited source too.
        result = export_briefing(
            seed_db, fmt, tmp_path / f"h.{fmt}", tracks=["hostile", SUMMIT], new_since=before
        )
        out = result.path.read_text(encoding="utf-8")
        assert HOSTILE not in out
        assert re.search(r"(?<!\\)<script", out, re.IGNORECASE) is None
    html = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # track, source title, outlet


def test_fresh_database_briefs_without_evidence(fresh_db: Store, tmp_path: Path) -> None:
    result = export_briefing(fresh_db, "html", tmp_path / "b.html", now=NOW)
    text = result.path.read_text(encoding="utf-8")
    assert "Status: unknown" in text and "No articles are on record" in text


def test_export_to_a_folder_names_the_file(seed_db: Store, tmp_path: Path) -> None:
    result = export_briefing(seed_db, "md", tmp_path, now=NOW)
    assert result.path.parent == tmp_path.resolve()
    assert result.path.name == "briefing-20251024-090000.md"
