"""The name read-back in the flow's alphabet, or another one the caller prefers (T2, #20)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject

from agentdesk.flows import bundled_alphabets_dir
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.paths import resources_dir
from agentdesk.ui.call.name_capture import NameCapturePanel
from agentdesk.ui.translation import Translators


def test_an_indonesian_flow_spells_with_places_and_offers_nato(qtbot):
    alphabets = load_alphabets(bundled_alphabets_dir())
    panel = NameCapturePanel(alphabets["id"], alphabets)
    qtbot.addWidget(panel)
    panel.set_part("surname", "Budi")
    assert panel.read_back.text() == (
        "B seperti Bandung, U seperti Utara, D seperti Demak, I seperti Irian"
    )
    choice = panel.alphabet_choice
    assert choice.itemData(0) == "id" and not choice.isHidden()
    choice.setCurrentIndex(choice.findData("nato-id"))
    assert panel.read_back.text().startswith("B untuk Bravo, U untuk Uniform")
    assert "NATO / ICAO (Indonesia)" in panel.hint.text()
    panel.set_part("first_name", "Sri")
    assert panel.read_back.text().splitlines()[0].startswith("S untuk Sierra")


def test_without_a_choice_of_alphabets_there_is_no_picker(qtbot):
    alphabets = load_alphabets(bundled_alphabets_dir())
    panel = NameCapturePanel(alphabets["it"])
    qtbot.addWidget(panel)
    assert panel.alphabet_choice.isHidden()
    panel.set_part("surname", "Ré")
    assert panel.read_back.text().startswith("R come Roma")



class WindowsShown(QObject):
    def __init__(self):
        super().__init__()
        self.shown = []

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_the_alphabet_picker_never_opens_as_a_window_of_its_own(qtbot, qapp):
    """Made visible before it had a parent, the picker was a top-level window for a moment:
    it took the keyboard from the call, so the name step's first field had no focus."""
    alphabets = load_alphabets(bundled_alphabets_dir())
    watcher = WindowsShown()
    qapp.installEventFilter(watcher)
    try:
        panel = NameCapturePanel(alphabets["id"], alphabets)
    finally:
        qapp.removeEventFilter(watcher)
    qtbot.addWidget(panel)
    assert watcher.shown == [] and not panel.alphabet_choice.isHidden()


@pytest.mark.parametrize("language", ["en", "it", "id"])
def test_the_hint_names_the_alphabet_once(qtbot, qapp, language):
    """Seen on a real display: "Alfabeto Alfabeto telefonico italiano — lo legga…" (and in
    English "Alfabeto telefonico italiano alphabet"): the names already say what they are."""
    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    translators.use(language)
    try:
        alphabets = load_alphabets(bundled_alphabets_dir())
        for code, alphabet in alphabets.items():
            panel = NameCapturePanel(alphabet)
            qtbot.addWidget(panel)
            hint = panel.hint.text()
            assert hint.startswith(alphabet.name), (code, hint)
            words = [w for w in hint.lower().split() if w.startswith(("alphabet", "alfabet"))]
            assert len(words) <= 1, (code, hint)
    finally:
        translators.use("en")
        QLocale.setDefault(default)
