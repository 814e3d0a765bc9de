"""The application icon for every window (title bars, task switchers, the dock)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from agentdesk.desktop.entry import ICON_SIZES
from agentdesk.paths import resources_dir


def application_icon() -> QIcon:
    """agentdesk's icon at every bundled size; PNGs, so no SVG plugin loads at start-up."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"agentdesk-{size}.png"))
    return icon
