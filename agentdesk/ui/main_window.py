"""The main window: call workspace in the centre, feature docks around it, status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from agentdesk import __version__
from agentdesk.services.identity import Identity, Role
from agentdesk.ui.actions import ACTIONS, MENUS, make_action, tr
from agentdesk.ui.app_keys import AppKeysFirst
from agentdesk.ui.common.screen_fit import keep_on_screen, open_fitted
from agentdesk.ui.dock_layout import apply_default_sizes

LAYOUT_VERSION = 1


class MainWindow(QMainWindow):
    """Frame that feature widgets are placed into by ``ui/app.py``."""

    lock_requested = Signal()
    quit_requested = Signal()
    restart_requested = Signal()  # the data folder changed under the session (a team join)
    identity_changed = Signal(object)
    language_chosen = Signal(str)  # the person saved their language (File ▸ Language…)

    def __init__(self, identity: Identity, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("agentdesk"))
        self.setDockNestingEnabled(True)
        self._data_dir = data_dir
        self.docks: dict[str, QDockWidget] = {}
        self.actions_by_id: dict[str, QAction] = {}
        self._menus = {}
        self._default_state: QByteArray | None = None
        self._default_sizes_due = True  # until a saved layout is restored
        self._focus_before_panel: QWidget | None = None
        self._quit_checks: list[Callable[[], str]] = []
        self.quit_question: QMessageBox | None = None
        self._quitting = False
        self._build_menus()
        self._app_keys = AppKeysFirst(self)
        self.user_label = QLabel(objectName="userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.set_identity(identity)

    # -- building -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        for menu_id, label in MENUS:
            self._menus[menu_id] = self.menuBar().addMenu(tr(label))
        handlers: dict[str, Callable[[], None]] = {
            "lock": self.lock_requested.emit,
            "quit": self.request_quit,
            "reset_layout": self.reset_layout,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }
        for spec in ACTIONS:
            action = make_action(spec, self, handlers.get(spec.id))
            self.actions_by_id[spec.id] = action
            self._menus[spec.menu].addAction(action)
            self.addAction(action)  # shortcuts work even with the menu bar hidden

    def menu(self, menu_id: str):
        return self._menus[menu_id]

    def set_central(self, widget: QWidget) -> None:
        self.setCentralWidget(widget)

    def add_dock(
        self,
        dock_id: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        focus: Callable[[], None] | None = None,
    ) -> QDockWidget:
        """``focus`` puts the keyboard in the panel's main field when its F-key is pressed."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{dock_id}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[dock_id] = dock
        key = self.actions_by_id.get(f"show_{dock_id}")
        if key is not None:
            key.triggered.connect(lambda: self.panel_key(dock_id, focus))
        return dock

    def panel_key(self, dock_id: str, focus: Callable[[], None] | None) -> None:
        """F2/F3/F4/F6: show the panel and type into it; pressed again, back to where you were.
        A panel is never hidden by its key (its close button does that): a representative who
        presses F2 to reach the notes must never make them disappear mid-call."""
        dock = self.docks[dock_id]
        here = QApplication.focusWidget()
        if dock.isVisible() and here is not None and dock.isAncestorOf(here):
            back = self._focus_before_panel
            self._focus_before_panel = None
            if back is not None and back.isVisible() and not dock.isAncestorOf(back):
                back.setFocus(Qt.FocusReason.ShortcutFocusReason)
            elif self.centralWidget() is not None:
                self.centralWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.centralWidget().focusNextChild()
            return
        if here is not None and not any(d.isAncestorOf(here) for d in self.docks.values()):
            self._focus_before_panel = here
        dock.show()
        dock.raise_()
        if focus is not None:
            focus()
        else:
            dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            dock.widget().focusNextChild()

    # -- state ----------------------------------------------------------------------------
    def set_identity(self, identity: Identity) -> None:
        self.identity = identity
        role = (
            self.tr("Team leader")
            if identity.role is Role.TEAM_LEADER
            else self.tr("Representative")
        )
        self.user_label.setText(
            self.tr("%1 · %2").replace("%1", identity.display_name).replace("%2", role)
        )
        self.user_label.setToolTip(self.tr("Logged in as %1").replace("%1", identity.username))
        self.identity_changed.emit(identity)

    def restore_layout(self, settings: QSettings) -> None:
        self._default_state = self.saveState(LAYOUT_VERSION)
        geometry = settings.value("main/geometry")
        state = settings.value("main/state")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            keep_on_screen(self)  # saved on a bigger screen, or one no longer attached
        else:
            open_fitted(self, QSize(1600, 1000))  # most of a desktop screen; all of a laptop's
        if isinstance(state, QByteArray) and self.restoreState(state, LAYOUT_VERSION):
            self._default_sizes_due = False

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState(LAYOUT_VERSION))

    def reset_layout(self) -> None:
        if self._default_state is not None:
            self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self.docks.values():
            dock.show()
        apply_default_sizes(self, self.docks)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_sizes_due:  # first start: room for the card, history and articles
            self._default_sizes_due = False
            apply_default_sizes(self, self.docks)

    # -- help -----------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self.actions_by_id.values():
            if not action.shortcut().isEmpty():
                rows.append((action.text().replace("&", ""), action.shortcut().toString()))
        return rows

    def show_shortcuts(self) -> None:
        lines = "".join(
            f"<tr><td>{label}</td><td><b>{keys}</b></td></tr>"
            for label, keys in self.shortcut_rows()
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table cellspacing='6'>{lines}</table>")
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About agentdesk"),
            self.tr("agentdesk %1\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", self._data_dir),
        )

    # -- quitting -------------------------------------------------------------------------
    def add_quit_check(self, check: Callable[[], str]) -> None:
        """``check`` says why quitting now needs a word first ("" when it does not)."""
        self._quit_checks.append(check)

    def quit_reasons(self) -> list[str]:
        """Why quitting now needs a word first (a call under way); empty when it does not."""
        return [reason for reason in (check() for check in self._quit_checks) if reason]

    def request_quit(self) -> None:
        """Ctrl+Q: quit at once, or ask first while something is under way (a call)."""
        reasons = self.quit_reasons()
        if not reasons:
            self._quit_now()
            return
        if self.quit_question is not None and self.quit_question.isVisible():
            self.quit_question.raise_()
            return
        box = QMessageBox(self)
        box.setObjectName("quitQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quit agentdesk?"))
        box.setText(" ".join(reasons))
        box.setInformativeText(
            self.tr("Nothing is lost: at the next start agentdesk offers to resume it.")
        )
        quit_button = box.addButton(self.tr("&Quit and keep it"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)  # a stray Return never ends the session mid-call
        box.setEscapeButton(stay)
        box.buttonClicked.connect(lambda button: button is quit_button and self._quit_now())
        self.quit_question = box
        box.open()

    def _quit_now(self) -> None:
        # Qt closes every window when the app quits; this one must then not ask again.
        self._quitting = True
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting or not self.isVisible():
            event.accept()  # quitting already, or locked (hidden): nothing to ask
            return
        if any(check() for check in self._quit_checks):
            event.ignore()  # the window's close button asks like Ctrl+Q
            self.request_quit()
            return
        self._quit_now()
        event.accept()
