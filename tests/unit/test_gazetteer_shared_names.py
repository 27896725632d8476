"""A plural naming both sides of a divided country ("the two Koreas") is a name of each."""

from __future__ import annotations

from tracker.extract.gazetteer import load_gazetteer


def test_koreas_is_a_name_of_both_koreas() -> None:
    gaz = load_gazetteer()
    assert "Koreas" in gaz.party_forms("South Korea")
    assert "Koreas" in gaz.party_forms("North Korea")
    assert "Koreas" not in gaz.party_forms("Japan")


def test_koreas_in_a_headline_is_found_as_a_country() -> None:
    mentions = load_gazetteer().scan("Koreas agree to resume talks at the border village")
    assert [(m.text, m.entity.kind) for m in mentions][:1] == [("Koreas", "country")]
