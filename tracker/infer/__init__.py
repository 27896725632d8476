"""Status inference: evidence -> inferred status with explanation and confidence (pure)."""

from __future__ import annotations

from tracker.infer.grading import grade_credibility
from tracker.infer.status import infer_track

__all__ = ["grade_credibility", "infer_track"]
