"""The name read-back in the flow's alphabet, or another one the caller prefers (T2, #20)."""

from __future__ import annotations

from agentdesk.flows import bundled_alphabets_dir
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.ui.call.name_capture import NameCapturePanel


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
