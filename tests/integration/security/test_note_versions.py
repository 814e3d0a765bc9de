"""An older ciphertext of a note written back over the current one is refused (#15 item 13)."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing

from agentdesk.models.audit import AppMeta
from agentdesk.models.customer import Note
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.upkeep import NOTE_AD_KEY, bind_note_versions


def test_an_old_version_written_back_does_not_decrypt(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Doe"))
    saved, _ = people.notes.add_note(people.leader, cid, "refund agreed", permission_given=True)
    with closing(sqlite3.connect(data_paths.database)) as conn:
        old = conn.execute("SELECT body_ct FROM note").fetchone()[0]
    people.notes.edit_note(people.leader, saved.note_id, "refund refused")
    assert people.customers.open_card(people.leader, cid).notes[0].text == "refund refused"
    with closing(sqlite3.connect(data_paths.database)) as conn, conn:
        conn.execute("UPDATE note SET body_ct = ?", (old,))
    # The old version does not open under the note's current version: it is left out of the
    # card (a forged note must not shut a card for everyone), never shown as if current.
    card = people.customers.open_card(people.leader, cid)
    assert [n.text for n in card.notes] == []


def test_notes_sealed_before_the_version_was_bound_are_re_sealed_once(people):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Doe"))
    saved, _ = people.notes.add_note(people.leader, cid, "first", permission_given=True)
    people.notes.edit_note(people.leader, saved.note_id, "second")
    nid = uuid.UUID(saved.note_id)
    cipher = people.vault.cipher(uuid.UUID(cid))
    with people.db.write() as s:  # as an older agentdesk sealed it
        s.execute(
            Note.__table__.update()
            .where(Note.__table__.c.id == nid)
            .values(body_ct=cipher.encrypt("note", nid, "body", "second"))
        )
        s.execute(AppMeta.__table__.delete().where(AppMeta.key == NOTE_AD_KEY))
    assert bind_note_versions(people.db, people.vault) == 1
    assert people.customers.open_card(people.leader, cid).notes[0].text == "second"
    assert bind_note_versions(people.db, people.vault) == 0
