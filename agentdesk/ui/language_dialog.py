"""File ▸ Language…: the logged-in account's interface language, used at once when nothing
would be lost by building the window anew, else from the next login (ui/language_switch.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agentdesk.i18n import NATIVE_NAMES, bundled_languages, choose_language
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text


class LanguageDialog(QDialog):
    """Pick a language (each named in itself) or the system's; saved through the task runner."""

    saved = Signal(str)

    def __init__(
        self, accounts, tasks, identity, parent: QWidget | None = None, *, current: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self._accounts, self._tasks, self._identity = accounts, tasks, identity
        self.setWindowTitle(self.tr("Language"))
        self.choice = QComboBox(objectName="languageChoice")
        offered = bundled_languages()
        system = choose_language(None, QLocale.system().name(), offered)
        self.choice.addItem(
            self.tr("System language (%1)").replace("%1", NATIVE_NAMES.get(system, system)), ""
        )
        for code in offered:
            self.choice.addItem(NATIVE_NAMES.get(code, code), code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.choice)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.choice)
        note = QLabel(
            self.tr(
                "Menus, screens, scripts and the coach change to this language as soon as you "
                "save, unless a call, a note being written or an unsaved article is open: then "
                "at your next login. Callers' names are spelt with the alphabet you pick on the "
                "call."
            )
        )
        note.setWordWrap(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        code = self.choice.currentData() or ""
        who = self._identity
        self._tasks.run_mutation(
            lambda: self._accounts.set_language(who, who.username, code),
            lambda _changes: (self.saved.emit(code), self.accept()),
            lambda exc: self.error.show_error(error_text(exc)),
        )


def install_language_action(window, accounts, tasks) -> None:
    """File ▸ Language… for everyone: each account chooses its own language."""

    chosen: dict[str, str] = {}  # saved this run, by user name (the identity is frozen)

    def open_dialog() -> None:
        who = window.identity
        current = chosen.get(who.username, who.language)
        dialog = LanguageDialog(accounts, tasks, who, parent=window, current=current)
        dialog.saved.connect(lambda code: chosen.__setitem__(who.username, code))
        # The session builds the window anew in it, at once unless something would be lost.
        dialog.saved.connect(window.language_chosen)
        dialog.open()

    window.actions_by_id["language"].triggered.connect(open_dialog)
