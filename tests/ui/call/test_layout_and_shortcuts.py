"""Long text and non-Latin names wrap instead of widening the window; shortcuts are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.flows import bundled_flows_dir

Key = Qt.Key


def test_long_text_and_non_latin_names_wrap_instead_of_widening(qtbot, window, env, kb):
    custom = env.services.paths.custom_content / "flows"
    custom.mkdir(parents=True)
    text = (bundled_flows_dir() / "inbound.yaml").read_text(encoding="utf-8")
    words = "and then a great many more words that nobody would ever write "
    text = text.replace("Gave my own name", "Gave my own name " + words * 4)
    text = text.replace('How can I help you today?"', "How can I help? " + words * 8 + '"', 1)
    text = text.replace("label: Take the caller's name", "label: Take the name " + words * 2)
    (custom / "inbound.yaml").write_text(text, encoding="utf-8")
    assert env.data.flows.reload() == ()
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    assert "nobody would ever write" in ws.view.step_panel.script.text()
    assert window.centralWidget().minimumSizeHint().width() < 500
    button = ws.view.bar.buttons[0]
    qtbot.waitUntil(lambda: "…" in button.text())  # shortened once laid out
    assert button.text().endswith("(Ctrl+Return)") and button.width() < 1280

    kb.ctrl(Key.Key_Return)
    kb.type("Αναστασία")
    kb.tab()
    kb.type("Χριστοδουλοπούλου-Παπαδοπούλου Дмитриевна 李")
    panel = ws.view.step_panel.name_panel
    assert "Α · ν · α" in panel.letters.text() and "李" in panel.letters.text()
    assert panel.read_back.text()  # no alphabet word for these letters: the letters themselves
    assert window.centralWidget().minimumSizeHint().width() < 500
    kb.tab()
    assert ws.engine.fields["surname"].startswith("Χριστοδουλοπούλου")


def test_shortcuts_are_on_the_buttons_in_tooltips_and_in_help(qtbot, window, kb):
    rows = dict(window.shortcut_rows())
    assert rows["New call"] == "Ctrl+N" and rows["End call"] == "Ctrl+E"
    assert "(Ctrl+N)" in window.actions_by_id["new_call"].toolTip()
    assert not window.actions_by_id["end_call"].isEnabled()
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    assert window.actions_by_id["end_call"].isEnabled()
    # Tab goes through the checks, then to the ways on (not off into the side panels).
    kb.tab_to(ws.view.bar.buttons[0], limit=4)
    kb.press(Key.Key_Space)
    assert ws.view.step_panel.step.id == "name"
    kb.ctrl(Key.Key_Return)
    kb.ctrl(Key.Key_Return)  # name skipped (pressed twice), so on to the notes step
    assert ws.view.step_panel.step.id == "notes"
    kb.press(Key.Key_Space)
    kb.ctrl(Key.Key_Return)
    texts = [b.text() for b in ws.view.bar.buttons]
    assert any(t.endswith("(Alt+R)") for t in texts) and any(t.endswith("(Alt+O)") for t in texts)
    # Flow keys keep clear of the menu mnemonics (Alt+F/C/V/K/H): Alt+O puts on hold.
    kb.type("Router lights")
    kb.alt(Key.Key_O)
    assert ws.view.step_panel.step.id == "hold"
    assert ws.view.trail.titles[-2:] == ["Reason for the call", "Hold"]
    assert ws.engine.fields["reason"] == "Router lights"


def test_the_ways_on_are_relabelled_in_place_from_step_to_step(qtbot, window, kb):
    """Building new buttons at every step cost a visible stall mid-call: the bar reuses them,
    and each still says its own way on, shortcut and all."""
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    first = ws.view.bar.buttons[0]
    assert first.text().endswith("(Ctrl+Return)") and first.font().bold()
    kb.tab_to(first, limit=4)
    kb.press(Key.Key_Space)
    assert ws.view.step_panel.step.id == "name"
    kb.ctrl(Key.Key_Return)
    kb.ctrl(Key.Key_Return)
    kb.press(Key.Key_Space)
    kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "need"
    buttons = ws.view.bar.buttons
    assert buttons[0] is first  # the same widget, relabelled
    assert [b.index for b in buttons] == list(range(len(buttons)))
    for button, option in zip(buttons, ws.view.bar.options, strict=True):
        label = option.transition.label
        assert button.full_label == label and button.accessibleName() == label
        bold = option.transition.shortcut == "Ctrl+Return"
        assert button.font().bold() == bold
    hold = next(b for b in buttons if b.text().endswith("(Alt+O)"))
    kb.type("Router lights")
    hold.click()
    assert ws.view.step_panel.step.id == "hold"
