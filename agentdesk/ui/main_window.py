"""The main window: call workspace in the centre, feature docks around it, status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from agentdesk import __version__
from agentdesk.services.identity import Identity, Role
from agentdesk.ui.actions import ACTIONS, MENUS, make_action, tr
from agentdesk.ui.common.screen_fit import keep_on_screen, open_fitted
from agentdesk.ui.dock_layout import apply_default_sizes

LAYOUT_VERSION = 1


class MainWindow(QMainWindow):
    """Frame that feature widgets are placed into by ``ui/app.py``."""

    lock_requested = Signal()
    quit_requested = Signal()
    identity_changed = Signal(object)

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
        self._build_menus()
        self.user_label = QLabel(objectName="userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.set_identity(identity)

    # -- building -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        for menu_id, label in MENUS:
            self._menus[menu_id] = self.menuBar().addMenu(tr(label))
        handlers: dict[str, Callable[[], None]] = {
            "lock": self.lock_requested.emit,
            "quit": self.quit_requested.emit,
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

    def add_action(self, action: QAction, menu_id: str) -> None:
        """Feature actions (call, hold, ...) join the same menus and shortcut help."""
        self.actions_by_id[action.objectName().removeprefix("action_")] = action
        self._menus[menu_id].addAction(action)
        self.addAction(action)

    def set_central(self, widget: QWidget) -> None:
        self.setCentralWidget(widget)

    def add_dock(
        self, dock_id: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{dock_id}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[dock_id] = dock
        toggle = self.actions_by_id.get(f"show_{dock_id}")
        if toggle is not None:
            toggle.setCheckable(True)
            toggle.setChecked(True)
            toggle.toggled.connect(dock.setVisible)
            dock.visibilityChanged.connect(
                lambda visible, a=toggle, d=dock: a.setChecked(visible or not d.isHidden())
            )
        return dock

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quit_requested.emit()
        event.accept()
