"""Unexpected errors: logged without personal data, reported in a short dialog, app kept running.

``CrashReporter.install()`` takes over ``sys.excepthook`` (exceptions raised in slots and
callbacks land there), ``threading.excepthook`` (worker threads) and Qt's message handler.
The log gets the stack (files, lines, functions, exception class names) but never exception
messages or variables: those are where a customer's name or a typed note would hide.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("agentdesk.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def safe_traceback(exc_type: type[BaseException], exc: BaseException, tb) -> str:
    """The stack of ``exc`` and its causes: where, never what (no messages, no values)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_type: type[BaseException] = exc_type
    current_tb = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current_tb)
        lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
        parts.append("\n".join([f"{current_type.__module__}.{current_type.__qualname__}", *lines]))
        nxt = current.__cause__ or current.__context__
        if nxt is None:
            break
        current, current_type, current_tb = nxt, type(nxt), nxt.__traceback__
    return "\n  caused by ".join(parts)


class CrashReporter(QObject):
    """Installs the hooks; shows at most one crash dialog at a time."""

    reported = Signal(str)  # the incident id, after it was logged
    _from_thread = Signal(str, str)  # (incident id, exception class) from a worker thread

    def __init__(
        self,
        log_dir: Path | None,
        parent_window: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_dir = log_dir
        self._parent_window = parent_window
        self._previous: tuple = ()
        self.dialog: QMessageBox | None = None
        self.incidents: list[str] = []
        self._from_thread.connect(self._show)

    # -- hooks ------------------------------------------------------------------------------
    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        qInstallMessageHandler(qt_message_handler)

    def uninstall(self) -> None:
        if self._previous:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = ()
            qInstallMessageHandler(None)

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        incident = self.record(exc_type, exc, tb)
        if QThread.currentThread() is QApplication.instance().thread():
            self._show(incident, exc_type.__name__)
        else:
            self._from_thread.emit(incident, exc_type.__name__)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def record(self, exc_type, exc, tb) -> str:
        """Log the stack under a short incident id and return the id."""
        incident = uuid.uuid4().hex[:8]
        log.error("unexpected error %s:\n%s", incident, safe_traceback(exc_type, exc, tb))
        self.incidents.append(incident)
        return incident

    # -- dialog -----------------------------------------------------------------------------
    @Slot(str, str)
    def _show(self, incident: str, kind: str) -> None:
        self.reported.emit(incident)
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time: the first is the one that matters
        tr = self.tr
        box = QMessageBox(self._parent_window())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("agentdesk: something went wrong"))
        box.setText(
            tr("An unexpected error stopped the last action (%1, reference %2).")
            .replace("%1", kind)
            .replace("%2", incident)
        )
        where = str(self.log_dir / "agentdesk.log") if self.log_dir else tr("(no log folder)")
        box.setInformativeText(
            tr(
                "Nothing you typed is lost: notes and messages are kept as drafts. "
                "You can keep working. The details are in the log file %1."
            ).replace("%1", where)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.dialog = box
        box.open()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's own warnings into the log (they say which class, not what a user typed)."""
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    logging.getLogger("agentdesk.qt").log(
        _QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where
    )
