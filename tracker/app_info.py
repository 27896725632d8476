"""Application identity: one place for the name, id and version (build.spec imports these)."""

APP_NAME = "Diplomatic Status Tracker"
APP_ID = "diplomatic-status-tracker"
ORG_NAME = "DiplomaticStatusTracker"
ORG_DOMAIN = "tracker.local"
__version__ = "0.1.0"
VERSION = __version__
