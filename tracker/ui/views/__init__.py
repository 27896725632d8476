"""Views: layout only; they emit what the analyst asked for and show what they are given."""
