"""Render the app icon (resources/icons/brobygger.svg) to the bundle formats:
brobygger.png (512 px, Linux and the About dialog), brobygger.ico (Windows, 16–256 px) and
brobygger.icns (macOS, 16–1024 px). Each size is drawn from the SVG, not scaled down.

    .venv/bin/python packaging/make_icons.py

Run it again after changing the SVG and commit the three files; the build does not run it.
"""

# ruff: noqa: TID251  (a build tool, not part of the app)
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs a GUI application
    renderer = QSvgRenderer(str(ICONS / "brobygger.svg"))
    if not renderer.isValid():
        print("brobygger.svg cannot be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}
    images[512].save(ICONS / "brobygger.png", optimize=True)
    images[256].save(ICONS / "brobygger.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES])
    images[1024].save(ICONS / "brobygger.icns",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    for name in ("brobygger.png", "brobygger.ico", "brobygger.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
