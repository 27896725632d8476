"""Diplomatic Status Tracker: evidence-backed status of diplomatic tracks."""

from tracker.app_info import __version__

__all__ = ["__version__"]
