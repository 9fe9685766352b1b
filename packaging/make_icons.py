"""Render the app icon set from one SVG: PNGs 16…512 px, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/make_icons.py [SVG]   # default: vocab_app/resources/icons/*.svg

Writes packaging/icons/hicolor/<N>x<N>/apps/io.github.vocab_app.png (the freedesktop icon-theme
layout the .desktop file expects), vocab_app.ico (16–256, PNG-compressed entries, Vista+) and
vocab_app.icns (PNG entries, macOS 10.7+). Uses Qt's QSvgRenderer, so it needs no other tool;
runs headless (QT_QPA_PLATFORM=offscreen is set if no platform is given).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
# The app's own icon (the window uses it too), so the desktop and the window always agree.
DEFAULT_SVG = (Path(__file__).resolve().parent.parent / "vocab_app" / "resources" / "icons"
               / "vocab_app.svg")
APP_ID = "io.github.vocab_app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk type → pixel size (PNG payloads; the @2x types reuse the larger renders).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered at size × size on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico holding one PNG-compressed entry per size (0 in the size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .icns whose chunks are PNG images (big-endian type + length headers)."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    """Render every icon file from the SVG given (or the default one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    svg = Path(argv[0]) if argv else DEFAULT_SVG
    if not svg.is_file():
        raise SystemExit(f"make_icons: {svg} does not exist.")
    _app = QGuiApplication.instance() or QGuiApplication([])
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    for size in PNG_SIZES:
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pngs[size])
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    (ICONS / "vocab_app.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "vocab_app.icns").write_bytes(icns_bytes(pngs))
    print(f"make_icons: {len(PNG_SIZES)} PNGs, vocab_app.ico, vocab_app.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
