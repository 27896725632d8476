"""``normalize_same_length`` replaces each odd quote, space and hyphen by its plain twin by
substring searches: the one-for-one translation of its table, offsets kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.text import _SAME_LENGTH, normalize_same_length

ODD = [chr(code) for code in _SAME_LENGTH]
# Plain characters, other non-ASCII ones (accents, a dash, an ellipsis) and the odd ones.
ALPHABET = st.sampled_from([*ODD, "a", "Z", " ", "'", '"', "-", ".", "é", "ğ", "—", "…", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=60))
def test_the_replacements_are_the_tables_translation(chars: list[str]) -> None:
    text = "".join(chars)
    out = normalize_same_length(text)
    assert out == text.translate(_SAME_LENGTH)
    assert len(out) == len(text)


def test_every_odd_character_is_replaced_and_plain_text_is_kept() -> None:
    text = "“Talks,” he said\u00a0— ‘soon’ \u201eja\u201c «oui» 5\u2032 co\u2011chair\u2009x\u202fy"
    assert normalize_same_length(text) == '"Talks," he said — \'soon\' "ja" "oui" 5\' co-chair x y'
    assert all(normalize_same_length(ch) != ch for ch in ODD)
    plain = "Plain ASCII text stays as it is."
    assert normalize_same_length(plain) == plain
