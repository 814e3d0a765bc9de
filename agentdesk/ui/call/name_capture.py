"""The caller's name letter by letter, with the phonetic words to read back (T2), live."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agentdesk.flows.phonetic import Alphabet, read_back, spell


class NameCapturePanel(QFrame):
    """Shows each typed name part as "O-K-A-F-O-R" and "O for Oscar, K for Kilo, …"."""

    def __init__(
        self,
        alphabet: Alphabet | None,
        alphabets: Mapping[str, Alphabet] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nameCapture")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#nameCapture { background: palette(alternate-base); border-radius: 6px; }"
        )
        self._alphabet = alphabet
        self._parts: dict[str, str] = {}
        heading = QLabel(self.tr("Spelling to read back"))
        heading.setStyleSheet("font-weight: 600;")
        # The flow's alphabet first; any other on request (a caller used to NATO, or a
        # representative whose own language has another): the caller's name and the
        # representative's language are independent.
        self.alphabet_choice = QComboBox(objectName="alphabetChoice")
        self.alphabet_choice.setAccessibleName(self.tr("Spelling alphabet"))
        offered = dict(alphabets or {})
        if alphabet is not None:
            offered = {alphabet.id: alphabet, **offered}
        for key, choice in offered.items():
            self.alphabet_choice.addItem(choice.name, key)
        self._offered = offered
        self.alphabet_choice.currentIndexChanged.connect(self._on_alphabet_chosen)
        self.hint = QLabel()
        self._show_hint()
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setWordWrap(True)
        self.letters = QLabel(objectName="spelledLetters")
        self.letters.setStyleSheet("font-size: 18px; font-weight: 600; letter-spacing: 1px;")
        self.letters.setWordWrap(True)
        self.read_back = QLabel(objectName="readBack")
        self.read_back.setWordWrap(True)
        self.read_back.setStyleSheet("font-size: 15px;")
        for label in (self.letters, self.read_back):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("Spelling to read back"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.alphabet_choice)
        layout.addLayout(top)
        # Only once parented: shown before, the box would open as a window of its own and take
        # the keyboard from the call (the name step's first field had no focus).
        self.alphabet_choice.setVisible(len(offered) > 1)
        layout.addWidget(self.letters)
        layout.addWidget(self.read_back)
        layout.addWidget(self.hint)
        self.set_part("", "")

    def _show_hint(self) -> None:
        source = self._alphabet.name if self._alphabet else self.tr("no spelling alphabet")
        self.hint.setText(
            self.tr("%1 — read it to the caller and ask them to confirm.").replace("%1", source)
        )

    def _on_alphabet_chosen(self, index: int) -> None:
        self._alphabet = self._offered.get(self.alphabet_choice.itemData(index), self._alphabet)
        self._show_hint()
        self.set_part("", "")

    def set_part(self, part: str, text: str) -> None:
        """The text typed so far for one name part ("first_name", "surname")."""
        if part:
            self._parts[part] = text
        parts = [t.strip() for k, t in sorted(self._parts.items(), key=_order) if t.strip()]
        if not parts:
            self.letters.setText(self.tr("Type the name as you hear it."))
            self.read_back.setText("")
            return
        self.letters.setText(
            "     ".join(" · ".join(c for c in p if not c.isspace()) for p in parts)
        )
        if self._alphabet is None:
            self.read_back.setText("")
            return
        lines = [read_back(spell(p, self._alphabet), self._alphabet) for p in parts]
        self.read_back.setText("\n".join(lines))

    def text(self) -> str:
        """Everything shown: letters and read-back (tests and screen readers)."""
        return f"{self.letters.text()}\n{self.read_back.text()}"


def _order(item: tuple[str, str]) -> int:
    return {"first_name": 0, "surname": 1}.get(item[0], 2)
