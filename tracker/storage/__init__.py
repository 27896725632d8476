"""SQLite storage through sqlite-utils: opening, migrations, queries and the audit chain."""

from tracker.storage.db import Store, open_db
from tracker.storage.migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "open_db"]
