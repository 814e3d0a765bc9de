"""Render the queue dock and its charts offscreen into docs/queue.png.

Run: python docs/make_queue_screenshots.py.  A throw-away data folder, a demo forecast, the
seeded simulator on a fixed clock (10:40 on a Monday), one agent short of the need.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.callqueue.sources import SimulatorSource
from agentdesk.paths import DataPaths
from agentdesk.services.forecast import ForecastSlotItem
from agentdesk.ui.queue.dock import QueueDock
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent
NOW = datetime(2026, 5, 4, 10, 40, 12).astimezone()
# Calls per half hour from 08:00 to 18:00: a morning peak and a smaller one after lunch.
PROFILE = (60, 85, 110, 125, 130, 120, 105, 95, 90, 100, 110, 115, 105, 95, 85, 75, 65, 55, 45, 35)


def settle() -> None:
    for _ in range(3):  # a script, not the app: let layouts settle before grabbing
        QApplication.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    settings = QueueSettings(simulator_calls=125, simulator_agents=13)
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp)).ensure())
        data = open_data(services)
        leader = services.accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
        slots = tuple(
            ForecastSlotItem(8 * 60 + 30 * i, float(calls), 180.0)
            for i, calls in enumerate(PROFILE)
        )
        data.forecast.save_day(leader, NOW.date(), 30, slots)
        clock = [NOW - timedelta(seconds=2)]
        source = SimulatorSource(
            settings.simulation(), lambda: clock[0], seed=21, warm_up=timedelta(minutes=10)
        )
        dock = QueueDock(source, settings, data.forecast, services.tasks, lambda: clock[0])
        dock.resize(340, 640)
        dock.show()
        dock.start()
        clock[0] = NOW
        dock.poll()
        dock.throttle.flush()
        settle()
        pictures = []
        for index in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(index)
            settle()
            pictures.append(dock.grab())
        dock.shutdown()
        services.tasks.shutdown()
    gap = 12
    width = sum(p.width() for p in pictures) + gap * (len(pictures) - 1)
    height = max(p.height() for p in pictures)
    sheet = QPixmap(width, height)
    sheet.fill(QColor("#d8d8d8"))
    painter = QPainter(sheet)
    x = 0
    for picture in pictures:
        painter.drawPixmap(QPoint(x, 0), picture)
        x += picture.width() + gap
    painter.end()
    sheet.save(str(DOCS / "queue.png"))
    print("wrote docs/queue.png")


if __name__ == "__main__":
    main()
