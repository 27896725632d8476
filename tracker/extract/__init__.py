"""Evidence extraction: sentences, track matching, status signals, speakers, dates, dupes.

Pure functions (the only I/O is reading ``resources/lexicon.json``); no Qt, no SQL.
"""

from __future__ import annotations

from tracker.extract.document import extract_document
from tracker.extract.lexicon import Lexicon, load_lexicon
from tracker.extract.sentences import split_sentences

__all__ = ["Lexicon", "extract_document", "load_lexicon", "split_sentences"]
