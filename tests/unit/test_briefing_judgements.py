"""Briefings mark the analysts' readings, leave rejected excerpts out with a count and cite
the analyst of every judgement they use."""

from __future__ import annotations

from pathlib import Path

from tracker.briefing import build_briefing, export_briefing
from tracker.briefing.render import render_html, render_markdown
from tracker.services import judgements
from tracker.services.database import Store
from tracker.services.evidence import evidence_for
from tracker.services.status import track_status

SUMMIT = "trump-putin-summit"
WORDS = "The U.S. had proposed freezing the battle lines at their current positions"


def _judge(store: Store) -> tuple[int, int, int]:
    rejected, confirmed = track_status(store, SUMMIT).unreviewed_ids[:2]
    judgements.judge_excerpt(store, rejected, reject=True, reason="boilerplate", analyst="alice")
    judgements.judge_excerpt(store, confirmed, confirm=True, analyst="alice")
    doc = next(e for e in evidence_for(store, SUMMIT) if "did not want to have a" in e.exact)
    added = judgements.add_evidence(
        store, doc.document_id, WORDS, track=SUMMIT, signal="preparing", analyst="bob"
    )
    return rejected, confirmed, added.id


def test_the_briefing_cites_each_judgement_and_counts_what_it_leaves_out(seed_db: Store) -> None:
    rejected, confirmed, added = _judge(seed_db)
    brief = build_briefing(seed_db, [SUMMIT], new_since="2999-01-01").tracks[0]
    quoted = {q.excerpt_id: q for q in brief.key_evidence}
    assert rejected not in quoted
    assert quoted[confirmed].judgement == "Confirmed by analyst alice."
    assert quoted[confirmed].reading == "confirmed"
    assert brief.rejected_count == 1
    assert len(brief.judgements) == 3
    assert brief.judgements[0].startswith(f"Analyst alice rejected excerpt {rejected} (")
    assert brief.judgements[0].endswith("as boilerplate; it is left out.")
    assert brief.judgements[1].startswith(f"Analyst alice confirmed excerpt {confirmed} (")
    assert brief.judgements[2].startswith(f"Analyst bob added excerpt {added} (")
    assert brief.judgements[2].endswith(") as evidence.")
    all_quotes = [
        q.excerpt_id for row in brief.contested_rows for q in (row.decisive, row.contested) if q
    ]
    assert rejected not in all_quotes


def test_judgements_after_the_cutoff_are_news(seed_db: Store) -> None:
    rejected, _confirmed, added = _judge(seed_db)
    brief = build_briefing(seed_db, [SUMMIT], new_since="2000-01-01").tracks[0]
    news = [c.summary for c in brief.changes if c.category == "judgement"]
    assert news[0] == f"Analyst alice on excerpt {rejected}: rejected (boilerplate)."
    assert news[2] == f"Analyst bob on excerpt {added}: added as evidence."


def test_every_format_shows_the_judgements(seed_db: Store, tmp_path: Path) -> None:
    _judge(seed_db)
    briefing = build_briefing(seed_db, [SUMMIT], new_since="2999-01-01")
    md = render_markdown(briefing)
    assert "### Analyst judgements" in md
    assert "1 excerpt rejected by analysts is left out of this briefing." in md
    assert "Confirmed by analyst alice." in md
    html = render_html(briefing)
    assert "<h3>Analyst judgements</h3>" in html and "is left out of this briefing" in html
    out = export_briefing(seed_db, "docx", tmp_path / "b.docx", tracks=[SUMMIT])
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out.path)).paragraphs)
    assert "Analyst judgements" in text and "Analyst bob added excerpt" in text
