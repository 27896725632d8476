"""Reading articles: decoding, HTML and Markdown to text, boilerplate removal, metadata."""

from tracker.ingest.pipeline import DEFAULT_MAX_BYTES, PreparedDocument, prepare_bytes, prepare_file

__all__ = ["DEFAULT_MAX_BYTES", "PreparedDocument", "prepare_bytes", "prepare_file"]
