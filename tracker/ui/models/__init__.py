"""Item models: plain strings to the views, never rich text."""
