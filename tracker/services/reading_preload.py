"""Imported by the reading workers' fork server only (``reading._context``): the bundled
lexicon is compiled there once, so every worker forked from it starts with it compiled and
an import's first document is read sooner. A lexicon with analysts' rules is compiled by
each worker as before; a failure here is logged and changes nothing else."""

from __future__ import annotations

import logging

from tracker.services.reading import preload_bundled_lexicon

try:
    preload_bundled_lexicon()
except Exception:  # the fork server must start whatever happens; workers compile anew
    logging.getLogger(__name__).exception("compiling the bundled lexicon ahead failed")
