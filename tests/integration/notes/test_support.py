"""Extra support on the customer card: recorded, encrypted, exported, erased, purged (#19)."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.base import utcnow
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.gdpr import Retention
from agentdesk.services.support import SupportService
from agentdesk.support import SupportProfile

PROFILE = SupportProfile(
    needs=("hearing",),
    adjustments=("slower-pace", "text-relay"),
    confirm_by="email",
    note="Zebrafinch relay service preferred",
)


@pytest.fixture
def support(people):
    return SupportService(people.db, people.vault, people.audit)


def test_agreed_adjustments_are_on_the_card_and_encrypted_at_rest(people, support, data_paths):
    cid, _ = people.customers.create_customer(people.rep, CustomerDraft(surname="Okafor"))
    changes = support.set_support(people.rep, cid, PROFILE)
    assert changes
    card = people.customers.open_card(people.rep, cid)
    assert card.support == PROFILE
    people.db.dispose()
    raw = b"".join(p.read_bytes() for p in data_paths.root.glob("*.sqlite3*"))
    for secret in (b"Zebrafinch", b"text-relay", b"hearing"):
        assert secret not in raw
    audit = people.gdpr.export_customer(people.leader, cid)["audit"]
    recorded = [a["details"] for a in audit if a["action"] == "customer.support_recorded"]
    assert recorded == [{"needs": 1, "adjustments": 2}]  # counts, never the needs


def test_clearing_removes_it(people, support):
    cid, _ = people.customers.create_customer(people.rep, CustomerDraft(surname="Okafor"))
    support.set_support(people.rep, cid, PROFILE)
    support.set_support(people.rep, cid, SupportProfile())
    assert people.customers.open_card(people.rep, cid).support is None


def test_only_those_who_may_open_the_card_record_it_and_codes_are_checked(people, support):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Okafor"))
    with pytest.raises(PermissionDeniedError):
        support.set_support(people.rep, cid, PROFILE)
    with pytest.raises(ValidationError):
        support.set_support(people.leader, cid, SupportProfile(needs=("deaf",)))
    with pytest.raises(NotFoundError):
        support.set_support(people.leader, "00000000-0000-0000-0000-000000000000", PROFILE)
    assert people.customers.open_card(people.leader, cid).support is None


def test_export_erasure_and_retention_cover_it(people, support, data_paths):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Okafor"))
    support.set_support(people.leader, cid, PROFILE)
    exported = people.gdpr.export_customer(people.leader, cid)
    assert exported["customer"]["extra_support"] == PROFILE.to_json()
    assert "Zebrafinch" in json.dumps(exported)
    people.gdpr.erase_customer(people.leader, cid)
    with sqlite3.connect(data_paths.database) as con:
        assert (
            con.execute("SELECT count(*) FROM customer WHERE support_ct IS NOT NULL").fetchone()[0]
            == 0
        )

    other, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Rossi"))
    support.set_support(people.leader, other, PROFILE)
    report = people.gdpr.purge(
        None, Retention(inactive_customers_days=90), now=utcnow() + timedelta(days=91)
    )
    assert report.customers == 1
    with pytest.raises(NotFoundError):
        people.customers.open_card(people.leader, other)
