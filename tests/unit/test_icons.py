"""The committed icons are rendered from the current SVG, so a bundle build has nothing to
render (and leaves the checkout as it was)."""

from __future__ import annotations

from tests.conftest import ROOT

ICONS = ROOT / "resources" / "icons"


def test_the_rendered_icons_come_from_the_current_svg() -> None:
    # render_icons.py copies the SVG it rendered from; a changed SVG means stale PNGs.
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "diplomatic-status-tracker.svg"
    assert scalable.read_bytes() == (ICONS / "tracker.svg").read_bytes(), (
        "run QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py and commit"
    )
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "diplomatic-status-tracker.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
