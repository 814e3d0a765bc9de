"""Render resources/icons/agentdesk.svg to the PNG sizes desktops and the window use.

Run after changing the SVG: python packaging/render_icons.py
tests/unit/desktop/test_icons.py checks every size exists and matches the SVG's rendering.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int):
    """The SVG drawn at size × size, as a QImage (needs a QGuiApplication)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "agentdesk.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{ICONS / 'agentdesk.svg'} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = ICONS / f"agentdesk-{size}.png"
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
