"""Render the knowledge dock offscreen into docs/kb-dock.png: suggestions for the call with the
``::`` popup, a search with its results, and an article open with a canned response filled in
(run: python docs/make_kb_screenshots.py).

A throw-away data folder with the bundled sample articles and a made-up caller, so no real
data is ever pictured.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.paths import DataPaths
from agentdesk.ui.kb.call_info import snippet_values
from agentdesk.ui.kb.dock import KnowledgeDock
from tests.helpers.app import make_services

DOCS = Path(__file__).resolve().parent
SIZE = (460, 780)
GAP = 16


def settle() -> None:
    for _ in range(3):  # a script, not the app: let wrapped labels and lists lay out
        QApplication.processEvents()


def demo_call() -> CallEngine:
    alphabets = set(load_alphabets(bundled_alphabets_dir()))
    flow = load_flows(bundled_flows_dir(), known_alphabets=alphabets).flows["inbound"]
    context = ScriptContext("Tidewell Fibre", "Customer Care", "Anna Rossi")
    engine = CallEngine(flow, MemorySink(), context=context)
    engine.start()
    engine.capture("title", "mr")
    engine.capture("surname", "Okafor")
    engine.capture("reason", "Charged twice on this month's bill")
    return engine


def make_dock(services, who, engine: CallEngine) -> KnowledgeDock:
    dock = KnowledgeDock(
        services.kb, services.snippets, services.tasks, who, rules=services.playbook.rules
    )
    dock.set_values_source(lambda: snippet_values(engine, engine.context))
    dock.context.set_engine_source(lambda: engine)
    dock.resize(*SIZE)
    dock.show()
    return dock


def compose(name: str, docks: list[QWidget], popup: QWidget | None = None) -> None:
    """The docks side by side; ``popup`` (a window of the first dock) painted where it is."""
    width = len(docks) * SIZE[0] + (len(docks) + 1) * GAP
    image = QImage(width, SIZE[1] + 2 * GAP, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d9dde3"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#7a838f"), 1))
    for i, dock in enumerate(docks):
        at = QPoint(GAP + i * (SIZE[0] + GAP), GAP)
        painter.drawPixmap(at, dock.grab())
        painter.drawRect(at.x() - 1, at.y() - 1, SIZE[0] + 1, SIZE[1] + 1)
    if popup is not None:
        at = QPoint(GAP, GAP) + docks[0].mapFromGlobal(popup.pos())
        shot = popup.grab()
        painter.fillRect(at.x() + 4, at.y() + 4, shot.width(), shot.height(), QColor(0, 0, 0, 60))
        painter.drawPixmap(at, shot)
    painter.end()
    image.save(str(DOCS / name))
    print(f"wrote docs/{name}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp)).ensure())
        services.kb.import_bundled_if_empty()
        who = services.accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
        engine = demo_call()

        for article_id in ("hold-etiquette", "tidewell-outages", "hold-etiquette"):
            services.kb.record_view(who, article_id)

        start = make_dock(services, who, engine)  # empty box: suggestions and lists
        start.context.check_now()
        start.activateWindow()
        settle()
        start.reply.setFocus()
        QTest.keyClicks(start.reply, "Thank you for waiting. ::")
        settle()

        results = make_dock(services, who, engine)
        results.search.box.setText("bill pay")
        results.search.search_now()
        settle()

        reading = make_dock(services, who, engine)
        reading.open_article("tidewell-billing")
        browser = reading.view.browser
        browser.setTextCursor(
            browser.document().find("Direct debit payments are taken on the 8th.")
        )
        reading.activateWindow()
        settle()
        reading.reply.setFocus()
        QTest.keyClicks(reading.reply, "::refund")
        QTest.keyClick(reading.reply, Qt.Key.Key_Return)
        QTest.keyClicks(reading.reply, "EUR 24.90")
        QTest.keyClick(reading.reply, Qt.Key.Key_Tab)
        QTest.keyClicks(reading.reply, "your card")
        QTest.keyClick(reading.reply, Qt.Key.Key_Tab)
        settle()
        compose("kb-dock.png", [start, results, reading], start.completer.popup)
        services.tasks.shutdown()


if __name__ == "__main__":
    main()
