"""Settings screen built from the Settings schema, so a new setting is a one-place change."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.settings import Settings
from agentdesk.ui.common.forms import ErrorLabel

CONTEXT = "Settings"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SettingsDialog(QDialog):
    """One editor per setting; ``save(settings)`` is called on OK and may refuse."""

    def __init__(self, current: Settings, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._current = current
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in fields(Settings):
            meta = f.metadata
            value = getattr(current, f.name)
            if meta.get("choices"):
                editor = QComboBox()
                for choice in meta["choices"]:
                    editor.addItem(choice, choice)
                editor.setCurrentIndex(editor.findData(value))
            elif isinstance(value, int):
                editor = QSpinBox()
                editor.setRange(meta.get("min") or 0, meta.get("max") or 1_000_000)
                editor.setValue(value)
            else:
                editor = QLineEdit(str(value))
            editor.setObjectName(f.name)
            editor.setToolTip(_tr(meta.get("help", "")))
            editor.setAccessibleDescription(_tr(meta.get("help", "")))
            self.editors[f.name] = editor
            form.addRow(_tr(meta.get("label", f.name)), editor)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> Settings:
        changed = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                changed[name] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                changed[name] = editor.value()
            else:
                changed[name] = editor.text().strip()
        return replace(self._current, **changed)

    def _on_save(self) -> None:
        try:
            self._save(self.values())
        except KnownError as exc:
            self.error.show_error(str(exc))
            editor = self.editors.get(getattr(exc, "field", "") or "")
            if editor is not None:
                editor.setFocus()
            return
        self.accept()


def install_settings_action(window, settings_service) -> None:
    """File ▸ Settings… opens the dialog; enabled for team leaders only."""
    action = window.actions_by_id["settings"]

    def open_dialog() -> None:
        dialog = SettingsDialog(
            settings_service.current(),
            lambda s: settings_service.save(s, window.identity),
            parent=window,
        )
        window.settings_dialog = dialog
        dialog.open()

    action.triggered.connect(open_dialog)
    window.identity_changed.connect(lambda who: action.setEnabled(who.is_team_leader))
    action.setEnabled(window.identity.is_team_leader)
