"""Settings screen built from the Settings schema, so a new setting is a one-place change."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.settings import MAX_TEXT, SettingProblem, Settings, validate_settings
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text

CONTEXT = "Settings"
# The labels and help of agentdesk.settings.Settings, for pyside6-lupdate to find (the core
# holds them in English; tests/ui/settings checks every one is listed here).
SETTING_WORDS = (
    QT_TRANSLATE_NOOP("Settings", "Organisation"),
    QT_TRANSLATE_NOOP("Settings", "Name said in the greeting."),
    QT_TRANSLATE_NOOP("Settings", "Department"),
    QT_TRANSLATE_NOOP("Settings", "Department said in the greeting."),
    QT_TRANSLATE_NOOP("Settings", "Lock after idle (minutes)"),
    QT_TRANSLATE_NOOP("Settings", "0 never locks."),
    QT_TRANSLATE_NOOP("Settings", "Default phone region"),
    QT_TRANSLATE_NOOP("Settings", "Two-letter country code for numbers without +."),
    QT_TRANSLATE_NOOP("Settings", "Forms of address"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Offered for customers, in this order: any of Mr, Mrs, Ms, Miss, Mx, Dr, first name.",
    ),
    QT_TRANSLATE_NOOP("Settings", "Hold progress report every (s)"),
    QT_TRANSLATE_NOOP("Settings", "Prompt to check back on a held caller."),
    QT_TRANSLATE_NOOP("Settings", "Complaint answered within (days)"),
    QT_TRANSLATE_NOOP("Settings", "The timescale promised to a customer who complains."),
    QT_TRANSLATE_NOOP("Settings", "Backups kept"),
    QT_TRANSLATE_NOOP("Settings", "Older backups are removed."),
    QT_TRANSLATE_NOOP("Settings", "Keep notes (days)"),
    QT_TRANSLATE_NOOP("Settings", "Notes older than this are deleted; 0 keeps them."),
    QT_TRANSLATE_NOOP("Settings", "Keep call details (days)"),
    QT_TRANSLATE_NOOP(
        "Settings", "After this the caller's details in a call are destroyed; figures stay."
    ),
    QT_TRANSLATE_NOOP("Settings", "Keep inactive customers (days)"),
    QT_TRANSLATE_NOOP(
        "Settings", "Customers with no contact for this long are erased; 0 keeps them."
    ),
)


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
        self.problems: dict[str, ErrorLabel] = {}
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
                editor.setMaxLength(MAX_TEXT)  # as settings.validate_settings allows
                editor.textChanged.connect(lambda _t, name=f.name: self._check(name))
            editor.setObjectName(f.name)
            editor.setToolTip(_tr(meta.get("help", "")))
            editor.setAccessibleDescription(_tr(meta.get("help", "")))
            self.editors[f.name] = editor
            # Each setting's problem right under it, in words, as soon as it is typed.
            problem = ErrorLabel()
            problem.setObjectName(f"problem_{f.name}")
            self.problems[f.name] = problem
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(problem)
            label = QLabel(_tr(meta.get("label", f.name)))
            label.setBuddy(editor)
            form.addRow(label, cell)
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
                changed[name] = self._value(name)
        return replace(self._current, **changed)

    def problem_text(self, problem: SettingProblem) -> str:
        """A problem in words (codes from settings.validate_settings)."""
        p = dict(problem.params)
        words = {
            "required": self.tr("Required: this is said in the greeting."),
            "too_long": self.tr("At most %1 characters.").replace("%1", str(p.get("limit"))),
            "control": self.tr("Letters, digits and punctuation only."),
            "region": self.tr("A two-letter country code such as GB, IT or ID."),
            "min": self.tr("At least %1.").replace("%1", str(p.get("limit"))),
            "max": self.tr("At most %1.").replace("%1", str(p.get("limit"))),
            "choice": self.tr("One of: %1.").replace("%1", ", ".join(p.get("choices", ()))),
            "forms": self.tr("A comma-separated list of Mr, Mrs, Ms, Miss, Mx, Dr, first name.")
            + (
                " " + self.tr("Not a form of address: %1.").replace("%1", ", ".join(p["unknown"]))
                if p.get("unknown")
                else ""
            ),
        }
        return words.get(problem.code, self.tr("Not a valid value."))

    def _check(self, name: str) -> bool:
        """Show the setting's problem (or none); True when it is valid."""
        value = self._value(name)
        found = validate_settings({name: value})
        self.problems[name].show_error(self.problem_text(found[0]) if found else "")
        return not found

    def _value(self, name: str):
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        text = editor.text().strip()
        return text.upper() if name == "phone_region" else text

    def check_all(self) -> bool:
        valid = [self._check(name) for name in self.editors]
        first = next((n for n, ok in zip(self.editors, valid, strict=True) if not ok), None)
        if first is not None:
            self.editors[first].setFocus()
        return first is None

    def _on_save(self) -> None:
        if not self.check_all():
            self.error.show_error(self.tr("Some settings need correcting (see above)."))
            return
        try:
            self._save(self.values())
        except KnownError as exc:
            self.error.show_error(error_text(exc))
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
        dialog.open()

    action.triggered.connect(open_dialog)
    window.identity_changed.connect(lambda who: action.setEnabled(who.is_team_leader))
    action.setEnabled(window.identity.is_team_leader)
