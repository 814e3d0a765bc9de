"""Render the call workspace, the playbook and the KPI dashboard in Italian and Indonesian at
1366×768 into docs/i18n/ (run from the repository root: python docs/make_i18n_screenshots.py).

A throw-away data folder with demo accounts and made-up callers: no real data is pictured.
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

from agentdesk.paths import DataPaths, resources_dir
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.review.dashboard import KpiDashboard
from agentdesk.ui.translation import Translators
from docs.call_screenshot import go
from docs.make_review_screenshots import demo_calls
from tests.helpers.app import make_services, open_data

OUT = Path(__file__).resolve().parent / "i18n"
SIZE = (1366, 768)
DEMO = {
    "it": {
        "organisation": "Energia Nord",
        "department": "Servizio clienti",
        "rep": ("giulia", "Giulia Bianchi"),
        "caller": ("ms", "Chiara", "Esposito"),
        "phone": "+39 06 1234 5678",
        "reason": "Bolletta di marzo più alta del solito; chiede la lettura del contatore.",
        "entry": "recovery-process",
    },
    "id": {
        "organisation": "Energi Nusantara",
        "department": "Layanan Pelanggan",
        "rep": ("sari", "Sari Wulandari"),
        "caller": ("mr", "Budi", "Santoso"),
        "phone": "+62 21 5550 1234",
        "reason": "Tagihan bulan Maret lebih tinggi dari biasanya; minta pembacaan meteran.",
        "entry": "recovery-process",
    },
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()  # a script, not the app: let layouts settle before grabbing


def shoot(app, widget, name: str) -> None:
    settle(app)
    OUT.mkdir(exist_ok=True)
    widget.grab().save(str(OUT / name))
    print(f"wrote docs/i18n/{name}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = Translators(resources_dir() / "i18n")
    for language, demo in DEMO.items():
        translators.use(language)
        with tempfile.TemporaryDirectory() as folder:
            services = make_services(DataPaths(Path(folder)).ensure())
            services.settings.save(
                replace(
                    services.settings.current(),
                    organisation=demo["organisation"],
                    department=demo["department"],
                )
            )
            services.playbook.use_language(language)
            data = open_data(services)
            data.flows.use_language(language)
            leader = services.accounts.create_first_team_leader("lead", "Lea", "leader-pw1")
            username, name = demo["rep"]
            services.accounts.add_user(
                leader, username, name, "rep-pass-12", Role.REPRESENTATIVE, language
            )
            rep = services.accounts.login(username, "rep-pass-12")
            window = build_workstation(services, rep, data).window
            window.resize(*SIZE)
            window.show()
            workspace = window.centralWidget()
            workspace.new_call(demo["phone"])
            engine = workspace.engine
            title, first, surname = demo["caller"]
            go(engine, "name")
            engine.capture("title", title)
            engine.capture("first_name", first)
            engine.capture("surname", surname)
            engine.tick("spelling_confirmed")
            go(engine, "notes")
            engine.capture("notes_permission", True)
            go(engine, "need")
            engine.capture("reason", demo["reason"])
            workspace.view.refresh()
            window.docks["playbook"].widget().browser.show_entry(demo["entry"])
            shoot(app, window, f"call-workspace-{language}.png")
            playbook = window.docks["playbook"]
            playbook.setFloating(True)
            playbook.resize(520, 740)
            playbook.show()
            shoot(app, playbook, f"playbook-{language}.png")
            playbook.setFloating(False)
            window.close()

            reps = [rep]
            for extra, display in (("rita", "Rita Rinaldi"), ("andi", "Andi Pratama")):
                services.accounts.add_user(
                    leader, extra, display, "rep-pass-12", Role.REPRESENTATIVE
                )
                reps.append(services.accounts.login(extra, "rep-pass-12"))
            demo_calls(services, leader, reps)
            board = KpiDashboard(data.kpi, services.tasks, leader)
            board.resize(*SIZE)
            board.start()
            board.show()
            shoot(app, board, f"dashboard-{language}.png")
            board.close()
            services.tasks.shutdown()
            services.db.dispose()
    translators.use("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
