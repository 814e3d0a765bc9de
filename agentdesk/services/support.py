"""Extra support on the customer card: record what a customer needs and the adjustments agreed
with them (encrypted with the customer's key, audited by code only)."""

from __future__ import annotations

import json
import uuid

from agentdesk.changes import Changes
from agentdesk.models.customer import Customer
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_access import openable_customer
from agentdesk.services.identity import Identity
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.support import SupportProfile, validate_support
from agentdesk.vault.envelope import CustomerCipher

T, COLUMN = "customer", "support"


def read_support(cipher: CustomerCipher, row: Customer) -> SupportProfile | None:
    """The customer's support profile, decrypted; None when nothing was recorded."""
    if not row.support_ct:
        return None
    return SupportProfile.from_json(json.loads(cipher.decrypt(T, row.id, COLUMN, row.support_ct)))


class SupportService:
    def __init__(self, db: Database, vault: VaultService, audit: AuditLog) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit

    def set_support(self, who: Identity, customer_id: str, profile: SupportProfile) -> Changes:
        """Record (or, with an empty profile, clear) what was agreed with the customer.

        Anyone who may open the card may record it: the representative agrees it on the call.
        The audit entry names the codes' count, never the needs themselves.
        """
        clean = validate_support(profile)
        cid = uuid.UUID(customer_id)
        with self._db.write() as s:
            row = openable_customer(s, who, cid)
            cipher = self._vault.cipher(cid)
            row.support_ct = (
                None if clean.empty else cipher.encrypt_json(T, cid, COLUMN, clean.to_json())
            )
            self._audit.append(
                s,
                who,
                "customer.support_recorded" if not clean.empty else "customer.support_cleared",
                cid,
                needs=len(clean.needs),
                adjustments=len(clean.adjustments),
            )
        return Changes.CUSTOMERS
