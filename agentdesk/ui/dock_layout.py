"""The docks' starting sizes: the customer card and its history, the knowledge base and the
queue get the room they need on a laptop (1366×768) and on a desktop screen (1600×1000)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

# Share of the window's width for each side column, with floors and ceilings in pixels:
# the call workspace in the centre keeps at least half the width.
RIGHT = (0.27, 340, 520)
LEFT = (0.2, 260, 360)
# Share of the right column's height for the customer notes (card, history, new note); the
# knowledge base below it gets the rest (search and results; articles widen the column).
NOTES_SHARE = 0.6
# The queue's height (its Now tab without scrolling) where the column allows, leaving the
# playbook at least its floor. When it does not (a laptop), the playbook gets the larger share:
# its entry must be readable mid-call, while the queue's headline line carries the gist.
QUEUE_HEIGHT = 610
PLAYBOOK_FLOOR = 250
PLAYBOOK_SHARE = 0.6
# Width of the column while an article is read in the knowledge base (about 75 characters).
READING_WIDTH = 600


def _width(total: int, rule: tuple[float, int, int]) -> int:
    share, low, high = rule
    return max(low, min(high, int(total * share)))


def apply_default_sizes(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Size the side columns and split them, as a first start (or Reset layout) shows them."""
    centre = window.centralWidget()
    width, height = window.width(), max(1, (centre or window).height())
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    right = [docks[d] for d in ("notes", "kb") if d in docks and docks[d].isVisible()]
    left = [docks[d] for d in ("playbook", "queue") if d in docks and docks[d].isVisible()]
    if right:
        window.resizeDocks(right[:1], [_width(width, RIGHT)], horizontal)
    if left:
        window.resizeDocks(left[:1], [_width(width, LEFT)], horizontal)
    if len(right) == 2:
        notes = int(height * NOTES_SHARE)
        window.resizeDocks(right, [notes, height - notes], vertical)
    if len(left) == 2:
        window.resizeDocks(left, list(split_left_column(height)), vertical)


def split_left_column(height: int) -> tuple[int, int]:
    """(playbook, queue) heights for a left column ``height`` pixels high."""
    if height - QUEUE_HEIGHT >= PLAYBOOK_FLOOR:
        return height - QUEUE_HEIGHT, QUEUE_HEIGHT
    playbook = int(height * PLAYBOOK_SHARE)
    return playbook, height - playbook


def widen_for_reading(window: QMainWindow, dock: QDockWidget) -> int | None:
    """Widen the dock's column to a readable width (an article was opened); returns the
    width to go back to, or None when it was wide enough already."""
    before = dock.width()
    centre = window.centralWidget()
    room = before + (centre.width() - centre.minimumSizeHint().width() if centre else 0)
    wanted = min(READING_WIDTH, max(before, room))
    if wanted <= before:
        return None
    window.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)
    return before


def narrow_after_reading(window: QMainWindow, dock: QDockWidget, width: int | None) -> None:
    if width is not None:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
