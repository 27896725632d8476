"""Briefings: what a track's status is, what changed, on what evidence — as PDF, DOCX,
Markdown or HTML.

``build_briefing`` gathers the content (a ``Briefing`` model, testable without any
format); ``export_briefing`` renders it to a file and records the export. Importing this
package never loads Qt: the PDF renderer imports PySide6 only when it runs.
"""

from tracker.briefing.build import build_briefing
from tracker.briefing.export import FORMATS, BriefingResult, export_briefing
from tracker.briefing.model import Briefing, Change, ContestedRow, Quote, Source, TrackBriefing

__all__ = [
    "FORMATS",
    "Briefing",
    "BriefingResult",
    "Change",
    "ContestedRow",
    "Quote",
    "Source",
    "TrackBriefing",
    "build_briefing",
    "export_briefing",
]
