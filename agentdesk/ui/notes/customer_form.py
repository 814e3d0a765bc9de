"""Dialog to create or edit a customer: name, contact details, form of address, tags."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.addressing import FIRST_NAME, parse_form
from agentdesk.errors import KnownError
from agentdesk.services.customer_types import (
    CUSTOMER_TYPES,
    FORMS_OF_ADDRESS,
    LAWFUL_BASES,
    CustomerDraft,
)
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner


class CustomerForm(QDialog):
    """Runs ``submit(draft)`` on the database worker (it returns the customer's id, kept in
    ``created_id``); a KnownError from it is shown inline and nothing typed is lost."""

    def __init__(
        self,
        submit: Callable[[CustomerDraft], str],
        tasks: TaskRunner,
        draft: CustomerDraft | None = None,
        parent: QWidget | None = None,
        *,
        forms: tuple[str, ...] = FORMS_OF_ADDRESS,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._tasks = tasks
        self.created_id: str | None = None
        draft = draft or CustomerDraft()
        self.setWindowTitle(self.tr("Customer"))
        self.setMinimumWidth(440)
        self.first_name = QLineEdit(draft.first_name, objectName="first_name")
        self.surname = QLineEdit(draft.surname, objectName="surname")
        self.phone = QLineEdit(draft.phone, objectName="phone")
        self.phone.setPlaceholderText(self.tr("e.g. 020 7946 0958 or +39 06 1234 5678"))
        self.email = QLineEdit(draft.email, objectName="email")
        self.form = QComboBox(objectName="form_of_address")
        self.form.addItem(self.tr("(not asked yet)"), None)
        # The forms the centre offers (setting "Forms of address"); a customer's own stays.
        current = parse_form(draft.form_of_address) if draft.form_of_address else None
        for value in (*forms, *([current] if current and current not in forms else [])):
            label = self.tr("First name only") if value == FIRST_NAME else value
            self.form.addItem(label, value)
        self.form.setCurrentIndex(max(0, self.form.findData(current)))
        self.basis = QComboBox(objectName="lawful_basis")
        self.basis.addItem(self.tr("(not recorded)"), None)
        for value in LAWFUL_BASES:
            self.basis.addItem(value.replace("-", " ").capitalize(), value)
        self.basis.setCurrentIndex(max(0, self.basis.findData(draft.lawful_basis)))
        self.free_tags = QLineEdit(", ".join(draft.free_tags), objectName="free_tags")
        self.free_tags.setPlaceholderText(self.tr("comma-separated, e.g. prefers e-mail"))
        # The same limits the customer service enforces (agentdesk/limits.py).
        for edit, most in (
            (self.first_name, limits.NAME),
            (self.surname, limits.NAME),
            (self.phone, limits.PHONE),
            (self.email, limits.EMAIL),
            (self.free_tags, (limits.TAG + 2) * limits.TAGS),
        ):
            edit.setMaxLength(most)
        self.types: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, code in enumerate(CUSTOMER_TYPES):
            box = QCheckBox(code.replace("-", " ").capitalize())
            box.setChecked(code in draft.type_tags)
            self.types[code] = box
            grid.addWidget(box, i // 3, i % 3)
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Surname"), self.surname)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("Form of &address"), self.form)
        form.addRow(self.tr("Customer &type"), grid)
        form.addRow(self.tr("Ta&gs"), self.free_tags)
        form.addRow(self.tr("&Lawful basis"), self.basis)
        self.error = ErrorLabel()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first_name.setFocus()

    def draft(self) -> CustomerDraft:
        return CustomerDraft(
            first_name=self.first_name.text(),
            surname=self.surname.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            form_of_address=self.form.currentData(),
            type_tags=tuple(code for code, box in self.types.items() if box.isChecked()),
            free_tags=tuple(t.strip() for t in self.free_tags.text().split(",") if t.strip()),
            lawful_basis=self.basis.currentData(),
        )

    def _on_save(self) -> None:
        draft, submit = self.draft(), self._submit
        self.buttons.setEnabled(False)
        self._tasks.run_mutation(lambda: submit(draft), self._on_saved, self._on_failed)

    def _on_saved(self, customer_id: str) -> None:
        self.buttons.setEnabled(True)
        self.created_id = customer_id
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))
        field = getattr(exc, "field", None)
        widget = {
            "first_name": self.first_name,
            "surname": self.surname,
            "phone": self.phone,
            "email": self.email,
            "free_tags": self.free_tags,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()
