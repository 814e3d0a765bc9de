"""Render the app's screens offscreen into docs/*.png (run: python docs/make_screenshots.py).

Uses a throw-away data folder with demo accounts, so no real data is ever pictured.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.paths import DataPaths
from agentdesk.ui.app import build_main_window
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.login import LoginDialog
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent


def shoot(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()  # a script, not the app: let layouts settle before grabbing
    widget.grab().save(str(DOCS / name))
    print(f"wrote docs/{name}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp)).ensure())
        shoot(FirstRunDialog(services.accounts, services.settings, services.tasks), "first-run.png")
        who = services.accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
        shoot(LoginDialog(services.accounts, services.tasks), "login.png")
        window = build_main_window(services, who, open_data(services))
        window.resize(1280, 800)
        shoot(window, "main-window.png")
        services.tasks.shutdown()


if __name__ == "__main__":
    main()
