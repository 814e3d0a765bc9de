"""File ▸ Team database… ▸ Administration (team leaders): add and remove members, rotate the
team key; each through TeamService (as `agentdesk team user add|remove|rotate-key`), on the
task runner's worker, confirmed with the leader's own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.changes import Changes
from agentdesk.services.identity import Identity, Role
from agentdesk.ui.common.forms import ErrorLabel, secret_field
from agentdesk.ui.errors import error_text


class TeamAdminPage(QWidget):
    """``team`` is the TeamService; ``confirm(title, text)`` asks before a removal or a
    rotation (a message box unless given)."""

    done = Signal(str)  # what was done, in words, also shown on the page

    def __init__(
        self,
        team,
        tasks,
        who: Identity,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[str, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamAdmin")
        self._team, self._tasks, self.who = team, tasks, who
        self._confirm = confirm or self._ask
        self.leader_password = secret_field("leaderPassword")
        own = QFormLayout()
        own.addRow(self.tr("&Your password:"), self.leader_password)
        own.labelForField(self.leader_password).setBuddy(self.leader_password)

        add = QGroupBox(self.tr("Add a member"))
        self.new_name = QLineEdit(objectName="newMemberName")
        self.new_display = QLineEdit(objectName="newMemberDisplay")
        self.new_role = QComboBox(objectName="newMemberRole")
        self.new_role.addItem(self.tr("representative"), Role.REPRESENTATIVE.value)
        self.new_role.addItem(self.tr("team leader"), Role.TEAM_LEADER.value)
        self.new_password = secret_field("newMemberPassword")
        form = QFormLayout(add)
        form.addRow(self.tr("User &name:"), self.new_name)
        form.addRow(self.tr("&Display name:"), self.new_display)
        form.addRow(self.tr("R&ole:"), self.new_role)
        form.addRow(self.tr("&Password:"), self.new_password)
        self.add_button = QPushButton(self.tr("&Add member"), objectName="addMember")
        self.add_button.clicked.connect(self.add_member)
        form.addRow(self.add_button)

        remove = QGroupBox(self.tr("Remove a member"))
        self.remove_name = QLineEdit(objectName="removeMemberName")
        self.remove_button = QPushButton(self.tr("Re&move"), objectName="removeMember")
        self.remove_button.clicked.connect(self.remove_member)
        row = QHBoxLayout(remove)
        row.addWidget(QLabel(self.tr("User name:")))
        row.addWidget(self.remove_name, 1)
        row.addWidget(self.remove_button)

        rotate = QGroupBox(self.tr("Team key"))
        self.rotate_button = QPushButton(self.tr("Ro&tate the team key…"), objectName="rotateKey")
        self.rotate_button.clicked.connect(self.rotate_key)
        note = QLabel(
            self.tr(
                "A new team key for everyone: every data key on the server is re-wrapped; other "
                "workstations take it at their next sync. Removing a member rotates it too."
            )
        )
        note.setWordWrap(True)
        box = QVBoxLayout(rotate)
        box.addWidget(note)
        box.addWidget(self.rotate_button)

        self.result = QLabel(objectName="teamAdminResult")
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(own)
        layout.addWidget(add)
        layout.addWidget(remove)
        layout.addWidget(rotate)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, work: Callable[[], object], said: str) -> None:
        self.error.clear_error()
        self.result.clear()
        self.setEnabled(False)

        def ok(_result) -> None:
            self.setEnabled(True)
            self.leader_password.clear()
            self.result.setText(said)
            self.done.emit(said)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            self.error.show_error(error_text(exc))

        self._tasks.run_mutation(work, ok, failed, changes=Changes.ACCOUNTS)

    def add_member(self) -> None:
        team, leader, own = self._team, self.who.username, self.leader_password.text()
        name, display = self.new_name.text(), self.new_display.text() or self.new_name.text()
        password, role = self.new_password.text(), Role(self.new_role.currentData())
        self.new_password.clear()
        self._run(
            lambda: team.add_member(leader, own, name, display, password, role),
            self.tr("Added %1: they can log in at any workstation.").replace("%1", name),
        )

    def remove_member(self) -> None:
        name = self.remove_name.text().strip()
        if not name or not self._confirm(
            self.tr("Remove a member"),
            self.tr(
                "Remove %1 from the team? They can no longer log in anywhere, and the team "
                "key is rotated."
            ).replace("%1", name),
        ):
            return
        team, leader, own = self._team, self.who.username, self.leader_password.text()
        self._run(
            lambda: team.remove_member(leader, own, name),
            self.tr("Removed %1: they can no longer log in at any workstation.").replace(
                "%1", name
            ),
        )

    def rotate_key(self) -> None:
        if not self._confirm(
            self.tr("Rotate the team key"),
            self.tr(
                "Make a new team key for the whole team now? This workstation must reach the "
                "team database."
            ),
        ):
            return
        team, leader, own = self._team, self.who.username, self.leader_password.text()
        self._run(
            lambda: team.rotate_key(leader, own),
            self.tr("The team key was rotated."),
        )
