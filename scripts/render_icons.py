"""Render the application icon from resources/icons/tracker.svg with Qt's QSvgRenderer.

Writes, next to the SVG:

* ``hicolor/NxN/apps/diplomatic-status-tracker.png`` for N in 16 … 512 (Linux icon theme),
* ``hicolor/scalable/apps/diplomatic-status-tracker.svg`` (a copy of the SVG),
* ``tracker.ico`` (Windows; PNG-compressed entries 16 … 256),
* ``tracker.icns`` (macOS; PNG entries 16 … 1024).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py``. Idempotent; the
outputs are committed, so a build never needs to render them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_NAME = "diplomatic-status-tracker"  # tracker.app_info.APP_ID; the .desktop file's Icon=
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG streams (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG elements."""
    body = b""
    for size in sorted(pngs):
        blob = pngs[size]
        body += ICNS_TYPES[size] + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from scripts.project_python import ensure_project_python

    ensure_project_python(__file__, argv, needs=("PySide6",))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--icons-dir", type=Path, default=ROOT / "resources" / "icons", help="output folder"
    )
    parser.add_argument("--svg", type=Path, help="source SVG (default: ICONS_DIR/tracker.svg)")
    args = parser.parse_args(argv)
    icons: Path = args.icons_dir
    svg: Path = args.svg or icons / "tracker.svg"
    if not svg.is_file():
        print(f"render_icons: {svg} not found", file=sys.stderr)
        return 1

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # QPainter needs it

    wanted = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(svg, size) for size in wanted}
    for size in HICOLOR_SIZES:
        target = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    (icons / "tracker.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (icons / "tracker.icns").write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    print(f"render_icons: {len(HICOLOR_SIZES)} PNGs, tracker.ico and tracker.icns in {icons}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
