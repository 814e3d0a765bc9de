"""No complete card number or security code is kept, whatever the way in (#15 item 1)."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from agentdesk.flows.message import MessageDraft, redact_message
from agentdesk.models.customer import Customer
from agentdesk.models.interaction import InteractionEvent
from agentdesk.models.kb import ArticleFeedback
from agentdesk.services.card_sweep import SWEEP_KEY, sweep_card_data
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.drafts import DraftService
from agentdesk.vault.pci import redact_tree

CARD = "5555 5555 5555 4444"
CVC = "987"
DIRTY = f"card {CARD} exp 12/27 cvc {CVC}"


def _plain(vault, owner, table, row_id, column, blob) -> str:
    return vault.cipher(owner).decrypt(table, row_id, column, blob)


def test_every_sealed_text_is_redacted_at_the_cipher(people):
    cipher = people.vault.new_cipher(uuid.uuid4(), "test")
    blob = cipher.encrypt("t", 1, "c", DIRTY)
    text = cipher.decrypt("t", 1, "c", blob)
    assert "5555 5555" not in text and "4444" in text and CVC not in text
    data = {"reason": "4111\u00a01111\u00a01111\u00a01111 cvv 555", "id": str(uuid.uuid4())}
    blob = cipher.encrypt_json("t", 1, "c", data, ensure_ascii=True)
    back = json.loads(cipher.decrypt("t", 1, "c", blob))
    assert "4111\u00a01111" not in back["reason"] and "555" not in back["reason"]
    assert back["id"] == data["id"]  # ids are never taken for card numbers


def test_message_parts_are_redacted_before_the_call_log_and_the_clipboard():
    draft = MessageDraft(what=DIRTY, from_name="Ann 4111111111111111", phone="020 7946 0958")
    clean, cards, cvvs = redact_message(draft)
    assert CARD not in clean.what and CVC not in clean.what and cards == 1 and cvvs == 1
    assert "4111111111111111" not in clean.from_name
    assert clean.phone == "020 7946 0958"  # phone numbers untouched


def test_drafts_and_customer_fields_keep_no_card(people, db):
    drafts = DraftService(db, people.vault)
    drafts.save_draft(people.rep, "note", "x", {"text": "4111111111111111 cvv 555"})
    (pending,) = drafts.pending_drafts(people.rep)
    assert "4111111111111111" not in json.dumps(pending.payload)
    assert "555" not in json.dumps(pending.payload)
    cid, _ = people.customers.create_customer(
        people.leader, CustomerDraft(surname="Doe", free_tags=(f"paid with {CARD}",))
    )
    card = people.customers.open_card(people.leader, cid)
    assert CARD not in " ".join(card.free_tags)


def test_the_start_up_sweep_redacts_what_older_versions_stored(people, db):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Doe"))
    cipher = people.vault.cipher(uuid.UUID(cid))
    iid = uuid.uuid4()
    call_cipher = people.vault.new_cipher(iid, "interaction", uuid.UUID(cid))
    eid = uuid.uuid4()
    with db.write() as s:
        from datetime import UTC, datetime

        from agentdesk.models.interaction import Interaction

        s.add(
            Interaction(
                id=iid, agent_id=people.rep.account_id, customer_id=uuid.UUID(cid),
                channel="voice", flow_id="f", state="done", started_at=datetime.now(UTC),
            )
        )  # fmt: skip
        s.flush()
        # As an older agentdesk wrote them: sealed without redaction.
        s.add(
            InteractionEvent(
                id=eid, interaction_id=iid, seq=1, kind="field_captured", monotonic=0.0,
                at=datetime.now(UTC),
                data_ct=call_cipher._seal_text(
                    "interaction_event", eid, "data", json.dumps({"value": DIRTY})
                ),
            )
        )  # fmt: skip
        row = s.get(Customer, uuid.UUID(cid))
        row.tags_ct = cipher._seal_text("customer", row.id, "tags", json.dumps([DIRTY]))
        s.merge(ArticleFeedback(id=uuid.uuid4(), article_id=_article(s), account_id=uuid.uuid4(),
                                kind="out_of_date", comment=DIRTY))  # fmt: skip
        from agentdesk.models.audit import AppMeta

        s.execute(AppMeta.__table__.delete().where(AppMeta.key == SWEEP_KEY))
    assert sweep_card_data(db, people.vault) == 3
    with db.read() as s:
        ev = s.get(InteractionEvent, eid)
        text = call_cipher.decrypt("interaction_event", eid, "data", ev.data_ct)
        tags = cipher.decrypt("customer", uuid.UUID(cid), "tags", s.get(Customer, row.id).tags_ct)
        comment = s.scalar(select(ArticleFeedback.comment))
    for value in (text, tags, comment):
        assert "5555 5555 5555" not in value and CVC not in value
    assert sweep_card_data(db, people.vault) == 0  # once


def _article(s) -> uuid.UUID:
    from datetime import date

    from agentdesk.models.kb import Article

    aid = uuid.uuid4()
    s.add(Article(id=aid, slug="a", doc_id=1, title="A", body="b", updated_on=date.today()))
    s.flush()
    return aid


def test_redact_tree_counts_and_keeps_keys():
    value, cards, cvvs = redact_tree({"4111111111111111": ["4111111111111111", 5, None]})
    assert list(value) == ["4111111111111111"] and cards == 1 and cvvs == 0
