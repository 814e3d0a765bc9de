"""Customer records: the card's form and its checks (services/customer_validation.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "customer.first_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "First name: at most {limit} characters."
    ),
    "customer.surname_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Surname: at most {limit} characters."
    ),
    "customer.phone_too_long": QT_TRANSLATE_NOOP("Errors", "Phone: at most {limit} characters."),
    "customer.email_too_long": QT_TRANSLATE_NOOP("Errors", "E-mail: at most {limit} characters."),
    "customer.free_tags_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Each tag: at most {limit} characters."
    ),
    "customer.too_many_tags": QT_TRANSLATE_NOOP("Errors", "Tags: at most {limit}."),
    # The card, its notes and drafts, extra support (services/customers.py, notes.py, ...).
    "note.empty": QT_TRANSLATE_NOOP("Errors", "Note: write something first."),
    "note.too_long": QT_TRANSLATE_NOOP(
        "Errors", "Note: at most {limit} characters; split it into two notes."
    ),
    "memory.too_long": QT_TRANSLATE_NOOP("Errors", "Note: at most {limit} characters in all."),
    "draft.too_long": QT_TRANSLATE_NOOP(
        "Errors", "Draft: too long to keep; save or shorten the text."
    ),
    "customer.name_required": QT_TRANSLATE_NOOP(
        "Errors", "Name: enter at least a first name or a surname."
    ),
    "customer.phone_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Phone: a number with its area code, or +country code for abroad "
        "(e.g. 020 7946 0958 or +44 20 7946 0958).",
    ),
    "customer.email_invalid": QT_TRANSLATE_NOOP(
        "Errors", "E-mail: an address like name@example.com."
    ),
    "customer.type_invalid": QT_TRANSLATE_NOOP("Errors", "Customer type: one of {choices}."),
    "customer.lawful_basis_invalid": QT_TRANSLATE_NOOP("Errors", "Lawful basis: one of {choices}."),
    "customer.imported": QT_TRANSLATE_NOOP("Errors", "This record was already imported."),
    "customer.number_shared": QT_TRANSLATE_NOOP(
        "Errors", "{count} customers share that number; use the customer id instead."
    ),
    "support.unknown_needs": QT_TRANSLATE_NOOP("Errors", "Unknown needs: {values}."),
    "support.unknown_adjustments": QT_TRANSLATE_NOOP("Errors", "Unknown adjustments: {values}."),
    "support.unknown_channel": QT_TRANSLATE_NOOP("Errors", "Confirm by: one of {choices}."),
    "draft.not_mapping": QT_TRANSLATE_NOOP("Errors", "Draft: the payload must be a mapping."),
    "draft.too_deep": QT_TRANSLATE_NOOP("Errors", "Draft: the payload is nested too deeply."),
    "draft.not_finite": QT_TRANSLATE_NOOP("Errors", "Draft: numbers must be finite."),
    "draft.key_not_text": QT_TRANSLATE_NOOP("Errors", "Draft: payload keys must be text."),
    "draft.cannot_keep": QT_TRANSLATE_NOOP("Errors", "Draft: cannot keep a {kind}."),
    "draft.kind": QT_TRANSLATE_NOOP(
        "Errors", "Draft kind: a lower-case identifier of 1-20 characters."
    ),
    "draft.ref": QT_TRANSLATE_NOOP(
        "Errors", "Draft reference: an identifier of at most 64 characters."
    ),
}
