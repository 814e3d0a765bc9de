"""The playbook dock and the difficult-moment picker, driven by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from agentdesk.ui.playbook.calls import connect_playbook_to_calls, playbook_ticks

Key = Qt.Key


def kinds(sink) -> list[tuple[str, dict]]:
    return [(e.kind, dict(e.data)) for e in sink.events if e.kind.startswith("playbook_")]


def test_search_as_you_type_finds_the_chatterbox(qtbot, qtmodeltester, dock):
    browser = dock.browser
    assert browser.model.rowCount() == len(dock.playbook.entries)  # everything before typing
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "chatter")
    assert [browser.model.entry(r).id for r in range(browser.model.rowCount())] == ["chatterbox"]
    assert browser.view.entry.id == "chatterbox"  # shown at once, no Enter needed
    assert browser.view.phrases and browser.view.copy_buttons
    qtmodeltester.check(browser.model)


def test_nothing_found_says_so(qtbot, dock):
    qtbot.keyClicks(dock.browser.search, "zzqx")
    assert dock.browser.model.rowCount() == 0
    assert dock.browser.nothing.isVisible() and "zzqx" in dock.browser.nothing.text()
    assert dock.browser.view.entry is None


def test_ticks_go_into_the_call_record(qtbot, dock, call):
    engine, sink = call
    connect_playbook_to_calls(dock, lambda: engine)
    browser = dock.browser
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "recovery")
    with qtbot.waitSignal(dock.entry_opened, check_params_cb=lambda e: e == "recovery-process"):
        qtbot.keyClick(browser.search, Key.Key_Return)
    first = browser.view.checkboxes["recovery-process/apologise"]
    assert QApplication.focusWidget() is first  # Enter lands on the first tick
    with qtbot.waitSignal(dock.item_ticked, check_params_cb=lambda e, i: i == "apologise"):
        qtbot.keyClick(first, Key.Key_Space)
    qtbot.mouseClick(browser.view.checkboxes["recovery-process/listen"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(first, Key.Key_Space)  # untick
    assert kinds(sink) == [
        ("playbook_opened", {"entry": "recovery-process"}),
        ("playbook_item_ticked", {"entry": "recovery-process", "item": "apologise"}),
        ("playbook_item_ticked", {"entry": "recovery-process", "item": "listen"}),
        ("playbook_item_unticked", {"entry": "recovery-process", "item": "apologise"}),
    ]
    assert playbook_ticks(engine.events) == {"recovery-process/listen"}
    # Opening it again in the same call is not logged twice; the ticks are shown again.
    browser.set_query("")
    qtbot.keyClicks(browser.search, "recovery")
    qtbot.keyClick(browser.search, Key.Key_Return)
    assert [k for k, _ in kinds(sink)].count("playbook_opened") == 1
    assert browser.view.checkboxes["recovery-process/listen"].isChecked()
    assert not browser.view.checkboxes["recovery-process/apologise"].isChecked()


def test_without_a_call_nothing_is_recorded_and_ticks_stay_on_screen(qtbot, dock, call):
    engine, sink = call
    engine.end_call("caller_hung_up")
    engine.capture("outcome", "resolved")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", True)
    engine.save_wrap_up()  # the call is done
    before = len(sink.events)
    connect_playbook_to_calls(dock, lambda: engine)
    qtbot.keyClicks(dock.browser.search, "recovery")
    qtbot.keyClick(dock.browser.search, Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    assert len(sink.events) == before
    assert not dock.problem.isVisible()
    dock.browser.set_query("")
    qtbot.keyClicks(dock.browser.search, "recovery")
    assert dock.browser.view.checkboxes["recovery-process/apologise"].isChecked()


def test_phrases_carry_the_callers_name_and_copy_in_one_click(qtbot, dock, call):
    engine, _ = call
    connect_playbook_to_calls(dock, lambda: engine)
    dock.browser.show_entry("angry-aggressive-caller")
    phrases = dock.browser.view.phrases
    assert phrases[0].startswith("Mr. Okafor, Mr. Okafor")
    assert all("{" not in p for p in phrases)
    qtbot.mouseClick(dock.browser.view.copy_buttons[0], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == phrases[0]


def test_difficult_moment_picker_by_keyboard(qtbot, dock, call):
    engine, sink = call
    connect_playbook_to_calls(dock, lambda: engine)
    qtbot.mouseClick(dock.moment_button, Qt.MouseButton.LeftButton)
    picker = dock.picker
    qtbot.waitUntil(picker.isActiveWindow)
    search = picker.browser.search
    assert QApplication.focusWidget() is search
    # Only behaviours, types and situations: what is happening now.
    listed = {picker.browser.model.entry(r).kind for r in range(picker.browser.model.rowCount())}
    assert listed == {"behaviour", "type", "situation"}
    qtbot.keyClicks(search, "angry")
    first = picker.browser.model.entry(0).id
    qtbot.keyClick(search, Key.Key_Down)
    chosen = picker.browser.current()
    assert chosen.id != first and picker.browser.view.entry.id == chosen.id  # shown at once
    assert chosen.id == "angry-aggressive-caller"
    assert picker.browser.view.phrases and "Breathe slowly" in " ".join(chosen.tactics)
    qtbot.keyClick(search, Key.Key_Return)
    tick = QApplication.focusWidget()
    assert tick is picker.browser.view.checkboxes[chosen.checklist[0].key]
    qtbot.keyClick(tick, Key.Key_Space)
    assert kinds(sink)[-2:] == [
        ("playbook_opened", {"entry": chosen.id}),
        ("playbook_item_ticked", {"entry": chosen.id, "item": chosen.checklist[0].id}),
    ]
    # The picker's own Ctrl+Shift+D goes back to the filter, ready for the next moment.
    qtbot.keyClick(
        tick, Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is search and search.selectedText() == "angry"
    qtbot.keyClick(search, Key.Key_Escape)
    assert not picker.isVisible()
    # The dock shows the same tick when it shows the entry.
    dock.browser.show_entry(chosen.id)
    assert dock.browser.view.checkboxes[chosen.checklist[0].key].isChecked()


def test_see_also_links_open_the_linked_entry(qtbot, dock):
    dock.browser.show_entry("recovery-process")
    with qtbot.waitSignal(
        dock.entry_opened, check_params_cb=lambda e: e == "problem-solving-steps"
    ):
        dock.browser.view.see_also_chosen.emit("problem-solving-steps")
    assert dock.browser.view.entry.id == "problem-solving-steps"


def test_the_callers_name_arrives_in_the_phrases_in_place(qtbot, dock, call):
    """Once the caller is named the phrases on screen say the name; the entry is not laid
    out again (that cost a visible stall mid-call), so focus and scroll stay put."""
    engine, _ = call
    current = [None]
    connect_playbook_to_calls(dock, lambda: current[0])
    dock.browser.show_entry("angry-aggressive-caller")
    view = dock.browser.view
    page, said = view.widget(), view.findChildren(QLabel, "phraseText")
    assert not view.phrases[0].startswith("Mr. Okafor")
    current[0] = engine  # the call on screen now knows the caller
    dock.refresh()
    assert view.widget() is page and view.findChildren(QLabel, "phraseText") == said
    assert view.phrases[0].startswith("Mr. Okafor, Mr. Okafor")
    assert said[0].text() == f"“{view.phrases[0]}”"
    qtbot.mouseClick(view.copy_buttons[0], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == view.phrases[0]
