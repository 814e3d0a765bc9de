"""Every window carries agentdesk's icon; the PNGs match the SVG they were rendered from."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

from agentdesk.__main__ import main
from agentdesk.paths import resources_dir
from agentdesk.ui.icon import application_icon

# packaging/ holds scripts, not a package: load the renderer by path.
_spec = importlib.util.spec_from_file_location(
    "render_icons", Path(__file__).resolve().parents[2] / "packaging" / "render_icons.py"
)
render_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render_icons)
SIZES, render = render_icons.SIZES, render_icons.render


def test_the_icon_has_every_size(qapp):
    icon = application_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert sizes == set(SIZES)


def test_the_pngs_are_the_svg_rendered(qapp):
    """Change the SVG, forget packaging/render_icons.py, and this fails."""
    for size in (16, 64, 256):
        stored = QImage(str(resources_dir() / "icons" / f"agentdesk-{size}.png"))
        fresh = render(size).convertToFormat(stored.format())
        assert stored.size() == fresh.size()
        differing = sum(
            stored.pixel(x, y) != fresh.pixel(x, y) for x in range(size) for y in range(size)
        )
        assert differing <= size * size // 100, f"{size}px: {differing} pixels differ"


def test_the_app_sets_its_icon_before_the_first_window(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr("agentdesk.ui.launch.QMessageBox.critical", lambda *a: None)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker)]) == 1  # refused early, after the icon is set
    assert not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == "agentdesk"
