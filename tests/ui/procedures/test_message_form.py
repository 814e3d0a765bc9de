"""MessageForm on its own (real message service, no call): empty parts, wrong numbers, a
100,000-character message, non-Latin names, a failed save, absence phrasing — nothing lost."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLineEdit

from agentdesk.errors import KnownError
from agentdesk.flows.message import MAX_MESSAGE_LENGTH, MessageDraft, MessageTaking
from agentdesk.services.directory import DirectoryService
from agentdesk.services.messages import MessageService
from agentdesk.ui.procedures.message_form import MessageForm
from tests.helpers.app import inline_tasks

GOOD = MessageDraft(
    to_whom="Priya Shah",
    from_name="Αναστασία Χριστοδούλου-Παπαδοπούλου",
    from_connection="李 Trading",
    phone="+39 06 6982 1234",
    what="Please ring about the invoice.",
    action_requested="Call back",
    action_promised="Priya will call back tomorrow morning",
)


@pytest.fixture
def form(qtbot, people):
    messages = MessageService(people.db, people.vault, people.audit)
    directory = DirectoryService(people.db, people.audit)
    widget = MessageForm(messages, directory, inline_tasks(), people.rep, MessageTaking(None, "GB"))
    qtbot.addWidget(widget)
    widget.resize(640, 900)
    widget.show()
    widget.messages = messages
    return widget


def fill(form: MessageForm, draft: MessageDraft) -> None:
    for name, widget in form.fields.inputs.items():
        value = getattr(draft, name)
        widget.setText(value) if isinstance(widget, QLineEdit) else widget.setPlainText(value)


def test_empty_parts_are_named_inline_and_nothing_is_saved(form, people) -> None:
    form.save_button.click()
    shown = {n for n, label in form.fields.problems.items() if label.isVisible()}
    assert shown == {
        "to_whom",
        "from_name",
        "phone",
        "what",
        "action_requested",
        "action_promised",
    }
    assert form.fields.problems["what"].text() == "Required: fill this in."
    assert form.error.text() == "Some parts of the message are missing or wrong."
    assert form.messages.inbox(people.rep) == []
    fill(form, replace(GOOD, phone="12", extension="12a"))
    assert form.fields.problems["phone"].text().startswith("Not a phone number")
    assert form.fields.problems["extension"].text() == "An extension is digits only (up to 8)."
    assert not form.fields.problems["what"].isVisible()  # fixed parts clear at once


def test_long_message_and_non_latin_names_are_saved_whole(form, people) -> None:
    text = ("Ωμέγα 李 naïve — " * 7000)[:MAX_MESSAGE_LENGTH]
    fill(form, replace(GOOD, what=text + "x"))
    form.read_back.confirmed.click()
    assert not form.read_back.confirmed.isChecked()
    assert form.fields.problems["what"].text() == (
        "Too long: at most 100,000 characters. Shorten it; nothing was cut."
    )
    assert form.fields.inputs["what"].toPlainText() == text + "x"  # kept as typed
    assert form.fields.count.text() == "100,001 / 100,000"
    form.fields.inputs["what"].setPlainText(text)
    assert "Α-ν-α-σ-τ-α-σ-ί-α" in form.read_back.text.text()
    assert "+ 3 9 — 0 6 — 6 9 8 2 — 1 2 3 4" in form.read_back.text.text()
    form.read_back.confirmed.click()
    assert form.read_back.confirmed.isChecked()
    form.save_button.click()
    [saved] = form.messages.inbox(people.rep)
    assert saved.draft.what == text and saved.draft.from_name == GOOD.from_name
    assert saved.draft.from_connection == "李 Trading"


def test_a_change_after_the_read_back_needs_a_new_one(form) -> None:
    fill(form, GOOD)
    form.read_back.confirmed.click()
    assert form.read_back.confirmed.isChecked()
    form.fields.inputs["what"].setPlainText("Also: bring the permit.")  # not read back
    assert form.read_back.confirmed.isChecked()
    form.fields.inputs["phone"].setText("+39 06 6982 9999")
    assert not form.read_back.confirmed.isChecked()
    assert "read it back again" in form.read_back.note.text()
    form.save_button.click()
    assert "Read the message back" in form.error.text()


def test_a_failed_save_keeps_everything_typed(form, monkeypatch) -> None:
    def broken(*_args, **_kw):
        raise KnownError("The disk is full: free some space and save again.")

    monkeypatch.setattr(form.messages, "take_message", broken)
    fill(form, GOOD)
    form.read_back.confirmed.click()
    form.save_button.click()
    assert form.error.text() == "The disk is full: free some space and save again."
    assert form.draft() == replace(GOOD, by_whom="Rita Rep", when=form.draft().when)
    assert form.save_button.isEnabled() and form.read_back.confirmed.isChecked()


def test_absence_is_said_by_when_never_why(form) -> None:
    form.fields.inputs["to_whom"].setText("Priya Shah")
    form.absence.kind.setCurrentIndex(form.absence.kind.findData("away"))
    assert form.absence.phrase.text() == (
        "Priya Shah is away from the desk at the moment. May I take a message?"
    )
    form.absence.kind.setCurrentIndex(form.absence.kind.findData("out_until"))
    form.absence.until.setText("Monday 9:00")
    assert form.absence.phrase.text().startswith("Priya Shah is out of the office until Monday")
    assert not form.absence.warning.isVisible()
    form.absence.until.setText("Monday, she's at the doctor")
    assert form.absence.warning.isVisible() and "doctor" in form.absence.warning.text()


def test_a_form_gone_before_the_directory_arrives_is_left_alone(qtbot, people) -> None:
    """The message step left while the directory was still loading (a slow disk): the answer
    arriving afterwards must not raise (it reached the crash reporter mid-call)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from agentdesk.ui.tasks import TaskRunner
    from tests.ui.vault.test_unlock import DeferredExecutor

    held = DeferredExecutor()
    messages = MessageService(people.db, people.vault, people.audit)
    directory = DirectoryService(people.db, people.audit)
    widget = MessageForm(
        messages, directory, TaskRunner(held), people.rep, MessageTaking(None, "GB")
    )
    assert held.jobs  # the directory is on its way
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(widget, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as errors:
        held.run_all()
        qtbot.wait(50)  # the answer is delivered on the GUI thread
    assert errors == []
