"""The checks a customer draft passes before the customer service stores it (names,
lengths, phone and e-mail formats, the closed lists), each failure a ValidationError with a
code and the field it names."""

from __future__ import annotations

from agentdesk import limits
from agentdesk.addressing import parse_form
from agentdesk.errors import ValidationError
from agentdesk.services.customer_types import (
    CUSTOMER_TYPES,
    FORMS_OF_ADDRESS,
    LAWFUL_BASES,
    CustomerDraft,
)
from agentdesk.vault.blind_index import normalise_email, normalise_phone


def _too_long(what: str, field: str, limit: int) -> ValidationError:
    return ValidationError(
        f"{what}: at most {limit} characters.",
        field,
        code=f"customer.{field}_too_long",
        params={"limit": limit},
    )


def validate_draft(draft: CustomerDraft, region: str) -> None:
    if not (draft.first_name.strip() or draft.surname.strip()):
        raise ValidationError(
            "Name: enter at least a first name or a surname.", "surname",
            code="customer.name_required",
        )  # fmt: skip
    for what, field, value, limit in (
        ("First name", "first_name", draft.first_name, limits.NAME),
        ("Surname", "surname", draft.surname, limits.NAME),
        ("Phone", "phone", draft.phone, limits.PHONE),
        ("E-mail", "email", draft.email, limits.EMAIL),
    ):
        if len(value.strip()) > limit:
            raise _too_long(what, field, limit)
    if len(draft.free_tags) > limits.TAGS:
        raise ValidationError(
            f"Tags: at most {limits.TAGS}.", "free_tags", code="customer.too_many_tags",
            params={"limit": limits.TAGS},
        )  # fmt: skip
    if any(len(t.strip()) > limits.TAG for t in draft.free_tags):
        raise _too_long("Each tag", "free_tags", limits.TAG)
    if draft.phone.strip() and normalise_phone(draft.phone, region) is None:
        raise ValidationError(
            "Phone: a number with its area code, or +country code for abroad "
            "(e.g. 020 7946 0958 or +44 20 7946 0958).",
            "phone",
            code="customer.phone_invalid",
        )
    if draft.email.strip() and normalise_email(draft.email) is None:
        raise ValidationError(
            "E-mail: an address like name@example.com.", "email", code="customer.email_invalid"
        )
    if draft.form_of_address and parse_form(draft.form_of_address) is None:
        raise ValidationError(
            f"Form of address: one of {', '.join(FORMS_OF_ADDRESS)}.",
            "form",
            code="unknown_form",
            params={"forms": FORMS_OF_ADDRESS},
        )
    unknown = set(draft.type_tags) - set(CUSTOMER_TYPES)
    if unknown:
        raise ValidationError(
            f"Customer type: one of {', '.join(CUSTOMER_TYPES)}.", "type_tags",
            code="customer.type_invalid", choices=", ".join(CUSTOMER_TYPES),
        )  # fmt: skip
    if draft.lawful_basis not in (None, "", *LAWFUL_BASES):
        raise ValidationError(
            f"Lawful basis: one of {', '.join(LAWFUL_BASES)}.", "lawful_basis",
            code="customer.lawful_basis_invalid", choices=", ".join(LAWFUL_BASES),
        )  # fmt: skip
