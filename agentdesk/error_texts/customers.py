"""Customer records: the card's form and its checks (services/customers.py)."""

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
}
