"""Windows and popups that fit the screen they open on (laptops: 1366×768 with a panel)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window (title bar, borders), before it is known.
FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The usable part of the widget's screen (or the primary screen): no panels or docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def inside(rect: QRect, area: QRect) -> QRect:
    """``rect`` shrunk to fit ``area`` if needed, then moved inside it."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.left() + area.width() - width)
    y = min(max(rect.y(), area.top()), area.top() + area.height() - height)
    return QRect(x, y, width, height)


def fitted_size(wanted: QSize, area: QRect, frame: QSize = FRAME) -> QSize:
    """``wanted``, or less where the area (minus the window frame) is smaller."""
    return QSize(
        min(wanted.width(), area.width() - frame.width()),
        min(wanted.height(), area.height() - frame.height()),
    )


def open_fitted(window: QWidget, wanted: QSize, area: QRect | None = None) -> None:
    """Size a top-level window to ``wanted`` or what the screen allows, centred on it."""
    area = area or available_area(window)
    size = fitted_size(wanted, area).expandedTo(window.minimumSize())
    window.resize(size)
    outer = size + FRAME  # move() places the frame, title bar included
    corner = area.center() - QPoint(outer.width() // 2, outer.height() // 2)
    window.move(inside(QRect(corner, outer), area).topLeft())


def keep_on_screen(window: QWidget, area: QRect | None = None) -> bool:
    """After restoring a saved geometry: shrink and move the window so all of it is on the
    screen (the saved one may be from a bigger monitor). True when something changed."""
    if window.isMaximized() or window.isFullScreen():
        return False
    area = area or available_area(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    extra = extra.expandedTo(FRAME) if not window.isVisible() else extra
    usable = QRect(area.topLeft(), area.size() - extra)
    current = QRect(window.pos(), window.size())
    fitted = inside(current, usable)
    if fitted == current:
        return False
    window.resize(fitted.size())
    window.move(fitted.topLeft())
    return True
