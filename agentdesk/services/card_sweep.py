"""Start-up pass: card numbers and security codes already stored are redacted (#15 item 1).

Databases written before redaction reached every free text (call fields, events, message
drafts, tasks, …) can hold complete card numbers, encrypted. After the vault opens, every
encrypted column is decrypted, redacted and re-sealed where that changes it; the plain-text
KB feedback comments too. ``secure_delete`` overwrites the old values in the file. A marker in
app_meta makes the pass run once per sweep version.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import select, update

from agentdesk.models.audit import AppMeta
from agentdesk.models.kb import ArticleFeedback
from agentdesk.services.personal_data import COLUMNS, ad_column_of
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.pci import redact_text, redact_tree

log = logging.getLogger(__name__)
SWEEP_KEY = "card_sweep_version"
SWEEP_VERSION = "1"


def sweep_card_data(db: Database, vault: VaultService, *, force: bool = False) -> int:
    """Redact what is stored; returns how many values changed. Runs once per version."""
    with db.read() as s:
        row = s.get(AppMeta, SWEEP_KEY)
        if row is not None and row.value == SWEEP_VERSION and not force:
            return 0
    changed = 0
    with db.write() as s:
        for spec in COLUMNS:
            for row in s.scalars(select(spec.model)):
                blob = getattr(row, spec.attr)
                if not blob:
                    continue
                owner = spec.owner(s, row)
                column = ad_column_of(spec, row)
                if owner is None:
                    continue
                try:
                    cipher = vault.cipher(owner)
                    text = cipher.decrypt(spec.ad_table, row.id, column, blob)
                except (KeyDestroyedError, DecryptionError):
                    continue  # erased or unreadable: nothing anyone can recover
                if spec.is_json:
                    value = json.loads(text)
                    clean, cards, cvvs = redact_tree(value)
                    if cards or cvvs:
                        blob = cipher.encrypt_json(
                            spec.ad_table, row.id, column, clean, ensure_ascii=True
                        )
                        _store(s, spec, row, blob)
                        changed += 1
                elif redact_text(text) != text:
                    _store(s, spec, row, cipher.encrypt(spec.ad_table, row.id, column, text))
                    changed += 1
        for fb in s.scalars(select(ArticleFeedback)):
            clean = redact_text(fb.comment or "")
            if clean != (fb.comment or ""):
                fb.comment = clean
                changed += 1
        s.merge(AppMeta(key=SWEEP_KEY, value=SWEEP_VERSION))
    if changed:
        log.info("card data redacted in %d stored values", changed)
    return changed


def _store(s, spec, row, blob: bytes) -> None:
    # A bulk UPDATE leaves the row's version alone: a note's ciphertext is bound to it.
    s.execute(update(spec.model).where(spec.model.id == row.id).values({spec.attr: blob}))
