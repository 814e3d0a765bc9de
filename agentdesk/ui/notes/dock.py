"""The customer notes panel: find a customer, read their card, add a note (a team leader's
export and erasure of the card: data_requests.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.services.customer_types import CustomerCard, CustomerMatch, NoteSaved
from agentdesk.services.identity import Identity
from agentdesk.ui.common.ctrl_enter import CtrlEnter
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.min_lines import set_min_lines
from agentdesk.ui.errors import error_text
from agentdesk.ui.notes.card_view import CustomerCardView
from agentdesk.ui.notes.customer_form import CustomerForm
from agentdesk.ui.notes.data_requests import DataRequestButtons
from agentdesk.ui.notes.support_box import GuidanceLookup
from agentdesk.ui.notes.support_form import open_support_form
from agentdesk.ui.services import DataServices
from agentdesk.ui.tasks import TaskRunner


class NotesPanel(QWidget):
    """Emits ``customer_opened(id)`` so the call workspace can link the caller."""

    customer_opened = Signal(str)
    note_saved = Signal(object)
    consent_given = Signal(bool)  # ticked or unticked here during a call: the call records it
    leaving_customer = Signal()  # the card is about to go: keep what is typed first

    def __init__(
        self,
        data: DataServices,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
        *,
        guidance: GuidanceLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._tasks = tasks
        self.who = who
        self.card: CustomerCard | None = None
        self.interaction_id: str | None = None
        self.in_call = False
        self.consent: bool | None = None

        self.search = QLineEdit(objectName="customerSearch")
        self.search.setMaxLength(limits.SEARCH)
        self.search.setPlaceholderText(self.tr("Find by phone, e-mail or surname — Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._on_search)
        self.new_button = QPushButton(self.tr("New c&ustomer…"), objectName="newCustomer")
        self.new_button.clicked.connect(self._on_new)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        self.matches = QListWidget(objectName="matches")
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(self._on_match_chosen)
        self.matches.hide()
        self.status = QLabel(objectName="notesStatus")
        self.status.setWordWrap(True)

        self.card_view = CustomerCardView(guidance=guidance)
        self.support_button = QPushButton(self.tr("E&xtra support…"), objectName="editSupport")
        self.support_button.setToolTip(
            self.tr("Record what the customer needs and the adjustments agreed with them")
        )
        self.support_button.clicked.connect(self._on_support)
        self.editor = QPlainTextEdit(objectName="noteEditor")
        self.editor.setPlaceholderText(self.tr("New note — Ctrl+Enter saves"))
        self.editor.setMaximumHeight(120)
        set_min_lines(self.editor, 2)
        self.permission = QCheckBox(self.tr("Caller agreed to note-taking"), objectName="perm")
        self.permission.toggled.connect(self._on_permission_toggled)
        self.consent_note = QLabel(objectName="consentNote")
        self.consent_note.setWordWrap(True)
        self.consent_note.hide()
        self.save_button = QPushButton(self.tr("Save note"), objectName="saveNote")
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Return)"))
        self.save_button.clicked.connect(self._on_save_note)
        CtrlEnter(self.editor, lambda: self._on_save_note())  # plain Enter: a new line
        self.redaction = QLabel(objectName="redactionWarning")
        self.redaction.setWordWrap(True)
        self.redaction.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.redaction.hide()
        self.error = ErrorLabel()
        save_row = QHBoxLayout()
        save_row.addWidget(self.permission, 1)
        save_row.addWidget(self.save_button)

        # The card on screen and whoever is logged in, when a request is made.
        self.data_requests = DataRequestButtons(
            data.gdpr, tasks, card=lambda: self.card, who=lambda: self.who
        )
        self.data_requests.exported.connect(
            lambda path: self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        )
        self.data_requests.erased.connect(self._on_erased)
        self.data_requests.failed.connect(self._show_error)

        self.card_area = QWidget()
        card_layout = QVBoxLayout(self.card_area)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card_view, 1)
        support_row = QHBoxLayout()
        support_row.addStretch(1)
        support_row.addWidget(self.support_button)
        card_layout.addLayout(support_row)
        card_layout.addWidget(self.editor)
        card_layout.addLayout(save_row)
        card_layout.addWidget(self.consent_note)
        card_layout.addWidget(self.redaction)
        card_layout.addWidget(self.data_requests)
        self.card_area.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.matches)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.card_area, 1)
        layout.addStretch(0)
        self.set_identity(who)
        tasks.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        """The open card shows notes, calls and follow-ups: fetch it again when any changed."""
        wanted = Changes.NOTES | Changes.CUSTOMERS | Changes.INTERACTIONS | Changes.TASKS
        if self.card is not None and changes & wanted:
            self.open_customer(self.card.id)

    def set_identity(self, who: Identity) -> None:
        self.who = who
        self.data_requests.setVisible(who.is_team_leader)

    # -- the call on screen ----------------------------------------------------------------
    def begin_call(self, interaction_id: str | None) -> None:
        """A new or resumed call: the panel shows its own customer or none, never the last
        caller's card, history or half-typed note (that one is kept as a draft)."""
        self.leaving_customer.emit()
        self.interaction_id = interaction_id
        self.in_call = interaction_id is not None
        self.card = None
        self.card_view.clear()
        self.card_area.hide()
        self.matches.clear()
        self.matches.hide()
        self.search.clear()
        self.status.setText("")
        self.error.clear_error()
        self.redaction.hide()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.set_consent(None)

    def end_call(self) -> None:
        """Back to idle: the card stays for a last look; consent stays that of the call."""
        self.interaction_id = None
        self.in_call = False
        self._show_consent()

    def set_consent(self, consent: bool | None) -> None:
        """The call's notes_permission, as the flow or this panel recorded it."""
        self.consent = consent
        self.permission.blockSignals(True)
        self.permission.setChecked(bool(consent))
        self.permission.blockSignals(False)
        self._show_consent()

    def _show_consent(self) -> None:
        refused = self.in_call and self.consent is False
        self.editor.setReadOnly(refused)
        self.save_button.setEnabled(not refused)
        if refused:
            self.consent_note.setText(
                self.tr("The caller said no to notes on this call: nothing is written down.")
            )
            self.consent_note.setStyleSheet("color: #8a5300; font-weight: 600;")
        elif self.in_call and self.consent is None:
            self.consent_note.setText(
                self.tr("Ask first: “Do you mind if I take a few notes while we talk?”")
            )
            self.consent_note.setStyleSheet("color: #555;")
        self.consent_note.setVisible(refused or (self.in_call and self.consent is None))

    def _on_permission_toggled(self, checked: bool) -> None:
        self.error.clear_error()
        if self.in_call:
            self.consent = checked
            self.consent_given.emit(checked)
            self._show_consent()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- finding --------------------------------------------------------------------------
    def _on_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            return
        self.error.clear_error()
        customers, who, iid = self._data.customers, self.who, self.interaction_id
        self._tasks.run_query(
            lambda: (
                customers.lookup_scope(who, iid),
                customers.lookup(who, query, interaction_id=iid),
            ),
            lambda found: self._show_matches(found[1], found[0]),
            self._show_error,
        )

    def _show_matches(self, matches: list[CustomerMatch], scope: str = "everyone") -> None:
        # Say what is possible before the representative tries (#14): outside a call only
        # their own customers are found; in a call every match, and opening one links it.
        self.matches.clear()
        if not matches:
            self.matches.hide()
            if scope == "served":
                self.status.setText(
                    self.tr(
                        "None of the customers you have served matches. Outside a call you "
                        "find only your own customers; during a call you can find the caller "
                        "and open their record."
                    )
                )
            else:
                self.status.setText(
                    self.tr("No customer found. Check the spelling, or create one.")
                )
            return
        if scope == "call":
            self.status.setText(
                self.tr(
                    "%n match(es) — Enter opens the record and links it to this call "
                    "(recorded in the audit log)",
                    "",
                    len(matches),
                )
            )
        else:
            self.status.setText(self.tr("%n match(es) — Enter opens", "", len(matches)))
        for m in matches:
            item = QListWidgetItem(f"{m.display_name}  ({m.matched_on})", self.matches)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
        self.matches.show()
        self.matches.setCurrentRow(0)
        if len(matches) == 1:
            self.open_customer(matches[0].id)
        else:
            self.matches.setFocus()

    def _on_match_chosen(self, item: QListWidgetItem) -> None:
        self.open_customer(item.data(Qt.ItemDataRole.UserRole))

    def open_customer(self, customer_id: str, link_reason: str | None = None) -> None:
        who, iid = self.who, self.interaction_id

        def refused(exc: BaseException) -> None:
            if getattr(exc, "code", None) == "denied.link_reason" and self.interaction_id == iid:
                self._ask_link_reason(customer_id)  # not the calling number: ask why (#15 8)
            else:
                self._show_error(exc)

        self._tasks.run_query(
            lambda: self._data.customers.open_card(
                who, customer_id, interaction_id=iid, link_reason=link_reason
            ),
            self._show_card,
            refused,
        )

    def _ask_link_reason(self, customer_id: str) -> None:
        from agentdesk.ui.notes.link_reason import LinkReasonDialog

        dialog = LinkReasonDialog(self)
        dialog.setObjectName("linkReason")
        dialog.reason_chosen.connect(lambda code: self.open_customer(customer_id, code))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _show_card(self, card: CustomerCard) -> None:
        if self.card is not None and self.card.id != card.id:
            self.leaving_customer.emit()
            self.editor.clear()
        self.error.clear_error()  # a refusal about another customer is not about this one
        self.card = card
        self.card_view.show_card(card)
        self.card_area.show()
        self.status.setText("")
        self.customer_opened.emit(card.id)

    def _on_support(self) -> None:
        if self.card is not None:
            open_support_form(self, self._data.support, self._tasks, self.who, self.card)

    def _on_new(self) -> None:
        customers, who = self._data.customers, self.who

        def submit(draft) -> str:  # on the database worker
            return customers.create_customer(who, draft)[0]

        form = CustomerForm(submit, self._tasks, parent=self, forms=self._data.customers.forms)
        form.accepted.connect(lambda: form.created_id and self.open_customer(form.created_id))
        form.open()

    # -- notes ----------------------------------------------------------------------------
    def _on_save_note(self) -> None:
        if self.card is None:
            return
        text = self.editor.toPlainText()
        if text.strip() and not self.permission.isChecked():
            # T9: ask before writing anything down; the text stays, nothing is saved.
            self.error.show_error(
                self.tr(
                    "Ask the caller whether you may take notes, then tick “Caller agreed to "
                    "note-taking”. The note is kept here until then."
                )
            )
            self.permission.setFocus()
            return
        # Everything the worker needs is taken now: a lock and another person's login while
        # the write waits must not change whose note it is.
        notes, who, cid, permission, interaction = (
            self._data.notes,
            self.who,
            self.card.id,
            self.permission.isChecked(),
            self.interaction_id,
        )
        self.save_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: notes.add_note(
                who, cid, text, permission_given=permission, interaction_id=interaction
            )[0],
            self._on_note_saved,
            self._on_note_failed,
            changes=Changes.NOTES,
        )

    def _on_note_saved(self, saved: NoteSaved) -> None:
        self.save_button.setEnabled(True)
        self.editor.clear()
        self.error.clear_error()
        if saved.redacted:
            self.redaction.setText(
                self.tr(
                    "Payment card details were removed before saving: card numbers are never "
                    "stored (only the last four digits are kept)."
                )
            )
            self.redaction.show()
        else:
            self.redaction.hide()
        self.note_saved.emit(saved)  # the card's history refreshes from Changes.NOTES

    def _on_note_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_error(exc)  # the text stays in the editor: nothing typed is lost

    def _show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))

    def _on_erased(self) -> None:
        self.card = None
        self.card_view.clear()
        self.card_area.hide()
        self.matches.clear()
        self.matches.hide()
        self.status.setText(self.tr("Customer erased."))
