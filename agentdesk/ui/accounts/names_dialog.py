"""Display names (team leaders): pick an account, type the name callers should hear, save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.errors import KnownError
from agentdesk.services.accounts import AccountService, AccountSummary
from agentdesk.services.identity import Identity
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner

ROLE = Qt.ItemDataRole.UserRole


class DisplayNamesDialog(QDialog):
    """``renamed(username)`` after a display name was saved."""

    renamed = Signal(str)

    def __init__(
        self,
        accounts: AccountService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("displayNamesDialog")
        self.setWindowTitle(self.tr("Display names — agentdesk"))
        self._accounts, self._tasks, self.who = accounts, tasks, who
        intro = QLabel(
            self.tr(
                "The display name is what the app shows and what callers hear in the greeting "
                "(“This is …”). Use the name people should call the person by."
            )
        )
        intro.setWordWrap(True)
        self.people = QListWidget(objectName="accountList")
        self.people.setAccessibleName(self.tr("Accounts"))
        self.name = QLineEdit(objectName="displayName")
        self.name.setMaxLength(limits.DISPLAY_NAME)
        self.save_button = QPushButton(self.tr("&Save name"), objectName="saveDisplayName")
        self.error = ErrorLabel()
        self.done = QLabel(objectName="displayNameSaved")
        self.done.setStyleSheet("color: #1b6e20;")
        form = QFormLayout()
        name_label = QLabel(self.tr("&Display name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        layout.addWidget(buttons)
        self.people.currentItemChanged.connect(self._on_chosen)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        open_fitted(self, QSize(520, 480))

    def load(self, then: Callable[[], None] | None = None) -> None:
        who = self.who

        def shown(users: list[AccountSummary]) -> None:
            self._show(users)
            if then is not None:
                then()

        self._tasks.run_query(lambda: self._accounts.list_users(who), shown, self._on_failed)

    def _show(self, users: list[AccountSummary]) -> None:
        current = self.selected()
        self.people.clear()
        for user in users:
            item = QListWidgetItem(f"{user.display_name}  ({user.username})", self.people)
            item.setData(ROLE, user)
            if current is not None and user.username == current.username:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)

    def selected(self) -> AccountSummary | None:
        item = self.people.currentItem()
        return item.data(ROLE) if item is not None else None

    def choose(self, username: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(ROLE).username == username:
                self.people.setCurrentRow(row)
                return

    def _on_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.error.clear_error()
        self.name.setText(item.data(ROLE).display_name if item is not None else "")

    def save(self) -> None:
        user = self.selected()
        if user is None:
            return
        who, name, text = self.who, user.username, self.name.text()
        self.save_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: self._accounts.rename(who, name, text),
            lambda _changes: self._on_saved(name),
            self._on_failed,
        )

    def _on_saved(self, username: str) -> None:
        self.save_button.setEnabled(True)
        self.error.clear_error()
        self.done.setText(self.tr("Saved."))
        self.renamed.emit(username)
        self.load()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.done.clear()
        self.error.show_error(error_text(exc))
        self.name.setFocus()


def install_display_names(window, accounts: AccountService, tasks: TaskRunner) -> None:
    """File ▸ Display names… for team leaders; renaming oneself updates the window."""
    action = window.actions_by_id["display_names"]

    def open_dialog() -> None:
        dialog = DisplayNamesDialog(accounts, tasks, window.identity, window)

        def on_renamed(username: str) -> None:
            if username == window.identity.username:
                window.set_identity(accounts.identity_of(username))

        dialog.renamed.connect(on_renamed)
        dialog.load()
        dialog.open()

    action.triggered.connect(open_dialog)
    window.identity_changed.connect(lambda who: action.setEnabled(who.is_team_leader))
    action.setEnabled(window.identity.is_team_leader)
