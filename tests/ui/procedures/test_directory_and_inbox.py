"""DirectoryEditor (team leaders edit and import CSV, bad rows by line; others only look) and
MessageInbox (by recipient and status, passed on / done, copy as text, notes from memory)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QGuiApplication

from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.services.directory import DirectoryDraft, DirectoryService
from agentdesk.services.messages import MessageService
from agentdesk.ui.procedures.directory_editor import DirectoryEditor
from agentdesk.ui.procedures.message_inbox import MessageInbox
from tests.helpers.app import inline_tasks
from tests.ui.procedures.conftest import DIRECTORY_CSV


@pytest.fixture
def svc(people):
    return SimpleNamespace(
        directory=DirectoryService(people.db, people.audit),
        messages=MessageService(people.db, people.vault, people.audit),
        people=people,
    )


def editor(qtbot, svc, who) -> DirectoryEditor:
    widget = DirectoryEditor(svc.directory, inline_tasks(), who)
    qtbot.addWidget(widget)
    widget.show()
    widget.start()
    return widget


def test_team_leader_imports_and_edits(qtbot, svc, tmp_path, qtmodeltester) -> None:
    path = tmp_path / "directory.csv"
    path.write_text(DIRECTORY_CSV + "person,,Sales,,9,,\nperson,Tom,Sales,12,,,\n", "utf-8")
    window = editor(qtbot, svc, svc.people.leader)
    window.import_file(path)
    assert window.report.toPlainText() == (
        "Added 2, updated 0.\nLine 4: Directory: name is missing.\n"
        "Line 5: Directory: number '12' is not a phone number."
    )
    assert window.model.rowCount() == 2
    qtmodeltester.check(window.model)
    window.table.selectRow(1)
    assert window.inputs["name"].text() == "Priya Shah"
    window.inputs["availability"].setText("Afternoons")
    window.save_button.click()
    assert [i.availability for i in svc.directory.entries() if i.name == "Priya Shah"] == [
        "Afternoons"
    ]
    window.new_button.click()
    window.inputs["name"].setText("Solar desk")
    window.inputs["number"].setText("12")
    window.save_button.click()
    assert "not a phone number" in window.error.text()
    assert window.inputs["name"].text() == "Solar desk"  # kept to correct


def test_representatives_only_look(qtbot, svc) -> None:
    window = editor(qtbot, svc, svc.people.rep)
    assert not window.save_button.isEnabled() and not window.import_button.isEnabled()
    assert "Only team leaders" in window.note.text()


def test_inbox_by_recipient_with_status_copy_and_memory(qtbot, svc, qtmodeltester) -> None:
    leader, rep = svc.people.leader, svc.people.rep
    priya, _ = svc.directory.save_entry(
        leader, DirectoryDraft(kind="person", name="Priya Shah", extension="214")
    )
    for to, entry in (("Priya Shah", priya), ("Someone else", None)):
        draft = MessageDraft(
            to_whom=to, to_entry_id=entry, from_name="Jayson Okafor", phone="020 7946 0958",
            what=f"For {to}", action_requested="Call back", action_promised="Today",
            by_whom="x", when="2026-03-02T10:15",
        )  # fmt: skip
        confirmed = MessageTaking(None, "GB").confirm_read_back(draft)
        svc.messages.take_message(rep, draft, confirmed=confirmed)
    inbox = MessageInbox(svc.messages, svc.directory, inline_tasks(), rep)
    qtbot.addWidget(inbox)
    inbox.show()
    inbox.start()
    assert inbox.model.rowCount() == 2
    qtmodeltester.check(inbox.model)
    inbox.recipient.setCurrentIndex(inbox.recipient.findData(priya))
    assert [m.draft.to_whom for m in inbox.model.rows()] == ["Priya Shah"]
    assert "Message for: Priya Shah" in inbox.detail.toPlainText()
    inbox.copy_button.click()
    assert QGuiApplication.clipboard().text() == inbox.detail.toPlainText()
    assert "Phone: 020 7946 0958" in inbox.detail.toPlainText()
    inbox.memory.setPlainText("He mentioned the crane.")
    inbox.add_memory.click()
    assert "Notes added after the call:\nHe mentioned the crane." in inbox.detail.toPlainText()
    inbox.mark_passed_on.click()
    assert inbox.model.rows()[0].status == "passed_on"
    inbox.mark_done.click()  # done: leaves the open list
    assert inbox.model.rowCount() == 0
    inbox.status.setCurrentIndex(inbox.status.findText("Done"))
    assert [m.status for m in inbox.model.rows()] == ["done"]


def test_the_inbox_offers_the_status_only_to_whom_may_change_it(qtbot, svc) -> None:
    """Two accounts named Sam Lee: a message "for Sam Lee" names neither (addressee_id), so
    both read it but only its taker or a team leader may mark it, and the buttons say so."""
    from agentdesk.services.identity import Role

    people = svc.people
    for user in ("sam", "sam2"):
        people.accounts.add_user(
            people.leader, user, "Sam Lee", f"{user}-password", Role.REPRESENTATIVE
        )
    sam = people.accounts.login("sam", "sam-password")
    draft = MessageDraft(
        to_whom="Sam Lee", from_name="Jayson Okafor", phone="020 7946 0958", what="Call me",
        action_requested="Call back", action_promised="Today", by_whom="x",
        when="2026-03-02T10:15",
    )  # fmt: skip
    svc.messages.take_message(
        people.rep, draft, confirmed=MessageTaking(None, "GB").confirm_read_back(draft)
    )
    for who, may in ((sam, False), (people.rep, True), (people.leader, True)):
        inbox = MessageInbox(svc.messages, svc.directory, inline_tasks(), who)
        qtbot.addWidget(inbox)
        inbox.show()
        inbox.start()
        inbox.table.selectRow(0)
        assert inbox.current() is not None and inbox.copy_button.isEnabled()
        assert inbox.mark_done.isEnabled() is may and inbox.mark_passed_on.isEnabled() is may
        inbox.close()
