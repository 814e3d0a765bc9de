"""Rows of the knowledge dock's result list: section headings and article hits, painted as
rich text (title, category, snippet with the matched words in bold) that wraps to the width."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agentdesk.kb.records import ArticleHit, highlight_spans

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3
MUTED = "#5f6368"
OTHER_LANGUAGE = "#8a5300"  # an article not in the reader's language stands out
PAD = 6

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HitRow:
    """A heading ("Suggested for this call") when ``hit`` is None, else one article;
    ``note`` names the article's language when it is not the reader's (languages.py)."""

    heading: str = ""
    hit: ArticleHit | None = None
    note: str = ""


def snippet_html(snippet: str) -> str:
    """The snippet HTML-escaped, with the search backend's highlighted words in bold."""
    text, spans = highlight_spans(snippet)
    out: list[str] = []
    position = 0
    for start, end in spans:
        out.append(html.escape(text[position:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def hit_html(hit: ArticleHit, muted: str | None = MUTED, note: str = "") -> str:
    colour = f" style='color:{muted}'" if muted else ""
    marked = f" style='color:{OTHER_LANGUAGE}; font-weight:600'" if muted else ""
    language = f"<span{marked}> · {html.escape(note)}</span>" if note else ""
    return (
        f"<div><b>{html.escape(hit.title)}</b><span{colour}> · {html.escape(hit.category)}</span>"
        f"{language}</div><div>{snippet_html(hit.snippet)}</div>"
    )


def hit_text(hit: ArticleHit, note: str = "") -> str:
    """Plain text of a row, for screen readers and tests."""
    language = f" — {note}" if note else ""
    return f"{hit.title} — {hit.category}{language}\n{highlight_spans(hit.snippet)[0]}"


class HitListModel(QAbstractListModel):
    """Headings are enabled but not selectable; the dock's keys skip them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HitRow] = []

    def set_rows(self, rows: list[HitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.heading if row.hit is None else hit_text(row.hit, row.note)
        if role == HIT_ROLE:
            return row.hit
        if role == HEADING_ROLE:
            return row.hit is None
        if role == NOTE_ROLE:
            return row.note
        if role == Qt.ItemDataRole.ToolTipRole and row.hit is not None and row.hit.tags:
            return ", ".join(row.hit.tags)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def hit(self, row: int) -> ArticleHit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def hit_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.hit is not None]

    def headings(self) -> list[str]:
        return [row.heading for row in self._rows if row.hit is None]

    def hits(self) -> list[ArticleHit]:
        return [row.hit for row in self._rows if row.hit is not None]


class HitDelegate(QStyledItemDelegate):
    """Rich text rows whose height follows the wrapped text at the view's width."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long words, URLs
        doc.setDefaultTextOption(wrap)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        muted = None if selected else MUTED
        hit = index.data(HIT_ROLE)
        if hit is None:
            style = f"color:{muted};" if muted else ""
            text = html.escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
            doc.setHtml(f"<div style='{style} font-weight:600'>{text}</div>")
        else:
            doc.setHtml(hit_html(hit, muted, index.data(NOTE_ROLE) or ""))
        doc.setTextWidth(max(width, 60))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index, opt.rect.width() - 2 * PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + PAD, opt.rect.top() + PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width() - 2 * PAD
        doc = self._document(option, index, width)
        return QSize(width + 2 * PAD, int(doc.size().height()) + 2 * PAD)


class HitList(QListView):
    """The result list: the arrows skip headings, Enter or a click emits ``hit_activated``."""

    hit_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kbResults")
        self.hit_model = HitListModel(self)
        self.setModel(self.hit_model)
        self.setItemDelegate(HitDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activated.connect(lambda index: self.open_row(index.row()))

    def set_rows(self, rows: list[HitRow]) -> None:
        self.hit_model.set_rows(rows)
        first = self.first_row()
        if first is not None:
            self.setCurrentIndex(self.hit_model.index(first))
            self.scrollToTop()

    def current_row(self) -> int | None:
        """The article row that is current (never a heading), or None."""
        index = self.currentIndex()
        if index.isValid() and self.hit_model.hit(index.row()) is not None:
            return index.row()
        return None

    def first_row(self) -> int | None:
        rows = self.hit_model.hit_rows()
        return rows[0] if rows else None

    def move(self, step: int) -> None:
        rows = self.hit_model.hit_rows()
        if not rows:
            return
        current = self.current_row()
        at = rows.index(current) if current in rows else -1 if step > 0 else len(rows)
        index = self.hit_model.index(rows[max(0, min(len(rows) - 1, at + step))])
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def open_current(self) -> bool:
        row = self.current_row()
        if row is not None:
            self.open_row(row)
        return row is not None

    def open_row(self, row: int) -> None:
        hit = self.hit_model.hit(row)
        if hit is not None:
            self.hit_activated.emit(hit.id)
