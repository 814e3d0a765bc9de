"""A malformed settings.json or a wrong retention must not wipe every customer (#15 item 4)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from agentdesk.errors import ValidationError
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer, Note
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.gdpr import PurgeTooLargeError, Retention, retention_from
from agentdesk.settings import load_settings


def _customers(people, n: int) -> list[str]:
    ids = []
    for i in range(n):
        cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname=f"Doe{i}"))
        people.notes.add_note(people.leader, cid, f"note {i}", permission_given=True)
        ids.append(cid)
    return ids


def _counts(people) -> tuple[int, int]:
    with people.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Customer)),
            s.scalar(select(func.count()).select_from(Note)),
        )


def test_negative_retention_in_settings_file_deletes_nothing(people, data_paths):
    _customers(people, 6)
    data_paths.settings_file.write_text(
        json.dumps({"retention_notes_days": -1, "retention_customers_days": -1}), "utf-8"
    )
    loaded = load_settings(data_paths.settings_file)
    assert len(loaded.problems) == 2
    report = people.gdpr.purge(None, retention_from(loaded.settings))
    assert (report.notes, report.customers) == (0, 0)
    assert _counts(people) == (6, 6)


def test_a_negative_retention_period_is_refused():
    with pytest.raises(ValidationError):
        Retention(notes_days=-1)
    with pytest.raises(ValidationError):
        Retention(inactive_customers_days=-1)


def test_purge_over_half_of_all_customers_needs_explicit_confirmation(people):
    _customers(people, 6)
    later = utcnow() + timedelta(days=40)
    with pytest.raises(PurgeTooLargeError) as info:
        people.gdpr.purge(None, Retention(0, 0, inactive_customers_days=30), now=later)
    assert info.value.params == {"kind": "customers", "count": 6, "total": 6}
    with pytest.raises(PurgeTooLargeError):
        people.gdpr.purge(None, Retention(notes_days=30), now=later)
    assert _counts(people) == (6, 6)  # nothing removed by a refused purge
    report = people.gdpr.purge(
        None, Retention(0, 0, inactive_customers_days=30), now=later, allow_large=True
    )
    assert report.customers == 6 and _counts(people) == (0, 0)
