"""Render the playbook and the phrase coach offscreen into docs/playbook.png and docs/coach.png.

Run: python docs/make_playbook_screenshots.py. A throw-away data folder with demo accounts and
a made-up caller, so no real data is ever pictured.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from agentdesk.ui.coach.live import LiveCoach
from agentdesk.ui.playbook.assertiveness import AssertivenessBuilder
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent
TITLE_BAR = 26
SHADOW = QColor(0, 0, 0, 60)


def settle() -> None:
    QApplication.processEvents()  # a script, not the app: let layouts settle before grabbing


def compose(name: str, size: tuple[int, int], parts: list[tuple[QWidget, QPoint]]) -> None:
    """Paint widgets onto one picture, later ones over earlier ones. The offscreen platform
    draws no window frames, so dialogs get a plain title bar with their window title."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d9dde3"))
    painter = QPainter(image)
    for widget, at in parts:
        shot = widget.grab()
        bar = TITLE_BAR if widget.isWindow() and widget.parentWidget() is not None else 0
        frame = QRect(at, QSize(shot.width(), shot.height() + bar))
        painter.fillRect(frame.translated(6, 6), SHADOW)
        if bar:
            painter.fillRect(QRect(at, QSize(shot.width(), bar)), QColor("#3b4a5a"))
            painter.setPen(QColor("white"))
            title = QRect(at + QPoint(10, 0), QSize(shot.width() - 10, bar))
            painter.drawText(title, Qt.AlignmentFlag.AlignVCenter, widget.windowTitle())
        painter.drawPixmap(at + QPoint(0, bar), shot)
        painter.setPen(QPen(QColor("#7a838f"), 1))
        painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.end()
    image.save(str(DOCS / name))
    print(f"wrote docs/{name}")


def zoomed(widget: QWidget, scale: int) -> QLabel:
    """The widget drawn at ``scale`` times its size, crisp (the underlines are thin)."""
    pixmap = QPixmap(widget.size() * scale)
    pixmap.setDevicePixelRatio(scale)
    widget.render(pixmap)
    pixmap.setDevicePixelRatio(1)
    label = QLabel()
    label.setPixmap(pixmap)
    label.resize(pixmap.size())
    return label


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp)).ensure())
        settings = services.settings.current()
        services.settings.save(
            replace(settings, organisation="Northwind Energy", department="Customer Care")
        )
        data = open_data(services)
        lead = services.accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
        cid, _ = data.customers.create_customer(
            lead, CustomerDraft(first_name="Jayson", surname="Okafor", phone="020 7946 0111")
        )
        window = build_workstation(services, lead, data).window
        window.resize(1280, 800)
        window.show()
        settle()

        # A call with the caller's name captured, so phrases read "Ms. Okafor".
        workspace = window.centralWidget()
        workspace.new_call()
        engine = workspace.engine
        for field, value in (("title", "mr"), ("first_name", "Jayson"), ("surname", "Okafor")):
            engine.capture(field, value)
        workspace.view.refresh()
        playbook = window.docks["playbook"].widget()
        playbook.browser.search.setText("chatter")
        playbook.browser.open_current(focus=False)
        picker = playbook.open_picker()
        picker.browser.search.setText("angry")
        picker.browser.show_entry("angry-aggressive-caller")
        first_tick = next(iter(picker.browser.view.checkboxes.values()))
        first_tick.setChecked(True)
        settle()
        compose("playbook.png", (1300, 830), [(window, QPoint(0, 0)), (picker, QPoint(400, 180))])

        notes = window.docks["notes"].widget()
        notes.open_customer(cid)
        notes.editor.setPlainText(
            "Caller upset about the March bill. Told him I can't do that, that's our policy. "
            "Jayson's colleague is on a lunch break. Promised a call-back; he says we never listen."
        )
        window.docks["notes"].widget().editor.findChild(LiveCoach).analyse_now()
        builder = window.findChild(AssertivenessBuilder)
        builder.set_parts(("you always interrupt me, you idiot", "frustrated", "let me finish"))
        builder.open_fresh()
        builder.resize(600, 500)
        dock = window.docks["notes"]
        dock.resize(440, 760)
        settle()
        zoom = zoomed(notes.editor, 2)
        policy = next(
            f
            for f in window.docks["notes"].widget().editor.findChild(LiveCoach).findings
            if "policy" in f.matched
        )
        tip = QLabel(
            window.docks["notes"].widget().editor.findChild(LiveCoach).tooltip_text(policy)
        )
        tip.setWordWrap(True)
        tip.setFixedWidth(420)
        tip.setStyleSheet("background: #ffffe1; border: 1px solid #767676; padding: 6px;")
        compose(
            "coach.png",
            (1120, 1070),
            [
                (dock, QPoint(10, 10)),
                (builder, QPoint(480, 50)),
                (zoom, QPoint(10, 800)),
                (tip, QPoint(690, 870)),
            ],
        )
        services.tasks.shutdown()


if __name__ == "__main__":
    main()
