"""Render File ▸ Join a team database… offscreen into docs/team-join.png (run: python
docs/make_team_join_screenshot.py). The dialog as a team leader of a standalone workstation
without a keyring sees it, filled in; nothing is sent anywhere (the picture is taken before OK).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.services.workstation_join import JoinCheck
from agentdesk.ui.team.join_dialog import TeamJoinDialog
from tests.helpers.app import inline_tasks

DOCS = Path(__file__).resolve().parent


class PictureOnly:
    """The dialog's service for the picture: it asks for the passphrase and joins nothing."""

    def check(self, _who) -> JoinCheck:
        return JoinCheck(needs_passphrase=True)

    def join(self, *_args):
        raise AssertionError("the picture is taken before OK")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    who = SimpleNamespace(username="lea", is_team_leader=True)
    dialog = TeamJoinDialog(PictureOnly(), inline_tasks(), who)
    dialog.show()
    dialog.url.setText("postgresql://dbhost/agentdesk?sslmode=verify-full")
    dialog.url.setCursorPosition(0)
    dialog.account.setText("lea")
    dialog.password.setText("a-team-password")
    dialog.passphrase.setText("this workstation's passphrase")
    dialog.adjustSize()
    app.processEvents()  # a script, not the app: let the layout settle before the grab
    dialog.grab().save(str(DOCS / "team-join.png"))
    print(DOCS / "team-join.png")


if __name__ == "__main__":
    main()
