"""Render hold, warm transfer and message taking offscreen into docs/hold.png, docs/transfer.png
and docs/message.png.

Run: python docs/make_procedure_screenshots.py. A throw-away data folder with demo accounts, a
made-up directory and a made-up caller, so no real data is ever pictured; a hand-moved clock
shows a hold past its estimate without waiting.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.flows.procedures import go_to_kind
from agentdesk.paths import DataPaths
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.procedures.host import ProcedureHost
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent
DIRECTORY = """kind,name,department,number,extension,topics,availability
department,Billing team,,020 7946 0100,,refunds; meter readings; tariffs,Mon-Fri 8:00-18:00
person,Priya Shah,Billing,,214,disputes; payment plans,Mornings
department,Field engineers,,020 7946 0300,,meter faults; site visits,Mon-Sat 7:00-19:00
"""


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def settle() -> None:
    QApplication.processEvents()  # a script, not the app: let layouts settle before grabbing


def shoot(widget, name: str) -> None:
    widget.centralWidget().view.header.timer.refresh()
    settle()
    widget.grab().save(str(DOCS / name))
    print(f"wrote docs/{name}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp)).ensure())
        settings = services.settings.current()
        services.settings.save(
            replace(settings, organisation="Northwind Energy", department="Customer Care")
        )
        data = open_data(services)
        lead = services.accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
        services.accounts.add_user(lead, "rita", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
        rep = services.accounts.login("rita", "rep-password")
        data.directory.import_csv(lead, DIRECTORY)
        window = build_workstation(services, rep, data, clock=clock).window
        window.resize(1440, 900)
        window.show()
        settle()
        ws = window.centralWidget()
        ws.new_call("020 7946 0958")
        engine = ws.engine
        for check in ("said_organisation", "gave_own_name", "offered_help"):
            engine.tick(check)
        engine.take(0)
        for field, value in (("title", "ms"), ("first_name", "Ngozi"), ("surname", "Okafor")):
            engine.capture(field, value)
        engine.tick("spelling_confirmed")
        engine.take(0)
        engine.capture("notes_permission", True)
        engine.take(0)
        engine.capture("reason", "Meter reading looks far too high")
        engine.capture("resolution", "Compared the last two readings with her photo")
        engine.record("kb_article_opened", {"article": "meter-faq", "title": "Reading a meter"})

        # Hold: asked, agreed, 2:10 into a two-minute estimate, a progress report due.
        host = window.findChild(ProcedureHost)
        host.open_procedure("hold")
        hold = ws.view.step_panel.procedure
        hold.reason.setText("check the meter history with the billing team")
        hold.ask_button.click()
        hold.agree_button.click()
        clock.now += 130
        hold.refresh()
        shoot(window, "hold.png")
        hold.thanked.setChecked(True)
        hold.return_button.click()

        # Warm transfer: picked by topic, the caller told, the handover ready to copy.
        host.open_procedure("transfer")
        transfer = ws.view.step_panel.procedure
        transfer.cannot_help.click()
        transfer.search.setText("refund")
        transfer.results.setCurrentRow(0)
        transfer.start_button.click()
        settle()
        ws.view.scroll.verticalScrollBar().setValue(0)
        shoot(window, "transfer.png")

        # Message: nobody answered, so a message for Priya, read back and confirmed.
        transfer.failed_button.click()
        go_to_kind(engine, "message")
        ws.view.refresh()
        form = ws.view.step_panel.procedure.form
        form.absence.kind.setCurrentIndex(2)
        form.absence.until.setText("tomorrow at 9:00")
        inputs = form.fields.inputs
        for name, value in (
            ("to_whom", "Priya Shah (Billing)"),
            ("from_name", "Ngozi Okafor"),
            ("from_connection", "Okafor Builders Ltd"),
            ("phone", "020 7946 0958"),
            ("extension", "214"),
            ("action_requested", "Please call back about the meter reading"),
            ("action_promised", "Priya will call back tomorrow before noon"),
        ):
            inputs[name].setText(value)
        inputs["what"].setPlainText(
            "The March bill shows 4,200 kWh; the meter in the photo she sent reads 3,150."
        )
        form.read_back.confirmed.setChecked(True)
        window.resize(1440, 1060)
        settle()
        ws.view.scroll.ensureWidgetVisible(form.save_button, 0, 16)
        shoot(window, "message.png")
        services.tasks.shutdown()


if __name__ == "__main__":
    main()
