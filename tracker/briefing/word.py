"""The briefing as a Word document, through python-docx.

Word has no use for the HTML template, so this lays out the same content model with the
same wording helpers (attribution, published, flags) the templates use.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from tracker.briefing.language import fmt_date, fmt_time, quoted, sentence
from tracker.briefing.model import Briefing, OverrideInfo, Quote, TrackBriefing
from tracker.briefing.render import GENERATOR, also, attribution, flags, published

_GROUPS = (
    ("transition", "Status changes"),
    ("override", "Analyst actions"),
    ("judgement", "Analyst judgements"),
    ("evidence", "New evidence"),
)
_GREY = (0x55, 0x55, 0x55)


def _small(paragraph: Any, text: str, *, italic: bool = False) -> None:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.size = Pt(8.5)
    run.font.color.rgb = RGBColor(*_GREY)
    run.italic = italic


def _quote_into(container: Any, q: Quote, style: str | None = "Quote") -> None:
    para = container.add_paragraph(quoted(q.text), style=style)
    if style is None:
        para.runs[0].italic = True
    _small(container.add_paragraph(), attribution(q))
    if q.also_in:
        _small(container.add_paragraph(), also(q))


def _summary_table(document: Any, briefing: Briefing) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    summary = document.add_table(rows=1, cols=5)
    summary.style = "Table Grid"
    summary.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(
        summary.rows[0].cells, ("Track", "Status", "Since", "Basis", "Flags"), strict=True
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for t in briefing.tracks:
        cells = summary.add_row().cells
        values = (
            t.title,
            t.status_label,
            fmt_date(t.status_since),
            "analyst override" if t.source == "override" else "inferred",
            flags(t),
        )
        for cell, text in zip(cells, values, strict=True):
            cell.text = text


def _sources(document: Any, briefing: Briefing) -> None:
    document.add_heading("Sources", level=1)
    if not briefing.sources:
        document.add_paragraph("No articles are on record for these tracks.")
    for s in briefing.sources:
        para = document.add_paragraph(style="List Number")
        para.add_run(s.outlet or "Unknown outlet").bold = True
        para.add_run(
            f": {sentence(s.title)} Published {published(s)}. Reliability {s.reliability}. "
            f"Obtained from {s.obtained}."
        )
        if s.url:
            _small(para, f"\n{s.url}")
        if s.also_in:
            _small(para, f"\n{also(s)}")


def render_docx(briefing: Briefing, out: Path) -> None:
    """Write ``briefing`` to ``out`` as .docx."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    styles: Any = document.styles
    styles["Normal"].font.name = "DejaVu Sans"
    styles["Normal"].font.size = Pt(10)

    props = document.core_properties
    props.title = briefing.title
    props.author = GENERATOR
    props.created = briefing.generated_at.replace(tzinfo=None)
    props.comments = f"audit head #{briefing.head_seq} {briefing.head_hash}"

    document.add_heading(briefing.title, level=0)
    _small(
        document.add_paragraph(),
        f"Generated {fmt_time(briefing.generated_at)}. Changes covered: {briefing.since_label}.",
    )

    _summary_table(document, briefing)
    for t in briefing.tracks:
        _track(document, t, briefing.since_label)

    _sources(document, briefing)
    foot = document.add_paragraph()
    _small(
        foot,
        f"Generated {fmt_time(briefing.generated_at)} by {GENERATOR}. Audit log head: entry "
        f"#{briefing.head_seq}, hash {briefing.head_hash}. The briefing shows the database as "
        "it stood at that audit entry; the entry and its hash stay in the append-only log.",
    )
    # Built in memory, then written in one go: python-docx leaves its ZIP file open when a
    # write fails half-way (a full disk), and the open file keeps the disk busy.
    buffer = io.BytesIO()
    document.save(buffer)
    out.write_bytes(buffer.getvalue())


def _track(document: Any, t: TrackBriefing, since_label: str) -> None:
    document.add_heading(t.title, level=1)
    bluf = document.add_paragraph()
    bluf.add_run("Bottom line. ").bold = True
    bluf.add_run(" ".join(t.bluf))

    _changes(document, t, since_label)

    document.add_heading("Key evidence", level=2)
    if not t.key_evidence:
        document.add_paragraph("No evidence is on record for this track.")
    for q in t.key_evidence:
        _quote_into(document, q)

    _judgements(document, t)
    _contested(document, t)
    if t.override is not None:
        _override(document, t.override)

    document.add_heading("Next event", level=2)
    document.add_paragraph(t.next_event)


def _changes(document: Any, t: TrackBriefing, since_label: str) -> None:
    document.add_heading(f"What changed ({since_label})", level=2)
    if not t.changes:
        document.add_paragraph("Nothing new was recorded.")
    for category, heading in _GROUPS:
        items = [c for c in t.changes if c.category == category]
        if not items:
            continue
        document.add_paragraph().add_run(heading).bold = True
        for c in items:
            para = document.add_paragraph(style="List Bullet")
            para.add_run(c.summary + " ")
            _small(para, f"(recorded {fmt_time(c.at)})")
            if c.quote is not None:
                para.add_run("\n" + quoted(c.quote.text) + " ").italic = True
                _small(para, attribution(c.quote))


def _judgements(document: Any, t: TrackBriefing) -> None:
    if not t.judgements and not t.rejected_count:
        return
    document.add_heading("Analyst judgements", level=2)
    for line in t.judgements:
        document.add_paragraph(line, style="List Bullet")
    if t.rejected_count:
        many = t.rejected_count != 1
        document.add_paragraph(
            f"{t.rejected_count} excerpt{'s' if many else ''} rejected by analysts "
            f"{'are' if many else 'is'} left out of this briefing."
        )


def _contested(document: Any, t: TrackBriefing) -> None:
    if not t.contested_rows:
        return
    document.add_heading("Contested claims", level=2)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    for cell, text in zip(head, ("Decisive evidence", "Contested by"), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in t.contested_rows:
        cells = table.add_row().cells
        for cell, item in zip(cells, (row.decisive, row.contested), strict=True):
            cell.text = ""
            if item is not None:
                first = cell.paragraphs[0]
                first.add_run(quoted(item.text)).italic = True
                _small(cell.add_paragraph(), attribution(item))
                if item.also_in:
                    _small(cell.add_paragraph(), also(item))
    if t.contested_note:
        document.add_paragraph(t.contested_note)


def _override(document: Any, o: OverrideInfo) -> None:
    document.add_heading("Analyst override", level=2)
    lines = [
        f"Status set: {o.status_label}, by {o.analyst} on {fmt_time(o.created_at)}.",
        f"Reason: {sentence(o.reason)}",
    ]
    if o.likelihood:
        lines.append(f"Estimate: {o.likelihood}.")
    if o.confidence:
        lines.append(f"Confidence level: {o.confidence}.")
    lines.append(f"Review by: {fmt_date(o.review_by) if o.review_by else 'no date set'}.")
    for line in lines:
        document.add_paragraph(line, style="List Bullet")
