"""A working day through every service, then no card number or security code anywhere.

Cards and codes are typed into every free text a representative or team leader writes: call
fields and events, the follow-up task, a note, note and message drafts, a message (and its
memory note), the warm-transfer handover, coaching feedback, KB feedback, customer tags. Then
every file of the data folder (raw, in three encodings), every decrypted value of every
encrypted column, the subject export, the handover and the message copy are searched.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import select

from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.flows.transfer import handover
from agentdesk.models.kb import Article, ArticleFeedback
from agentdesk.services.backups import BackupService
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.drafts import DraftService
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.interactions import InteractionService
from agentdesk.services.kb.articles import KnowledgeService
from agentdesk.services.messages import MessageService
from agentdesk.services.personal_data import COLUMNS, ad_column_of
from agentdesk.services.vault import KeyDestroyedError
from agentdesk.vault.pci import is_card_number

CARDS = ("5555555555554444", "4111111111111111", "378282246310005", "6011111111111117")
CODES = ("9417", "8263")  # security codes used below; appear nowhere else
SAID = (
    f"card 5555 5555 5555 4444 exp 12/27 cvc {CODES[0]}",
    f"4111-1111-1111-1111 and the security code is {CODES[1]}",
    "amex 3782 822463 10005",
    "6011111111111117",
)
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def _dirty(i: int) -> str:
    return SAID[i % len(SAID)]


def _digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


_IDS = re.compile(
    r"[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}|[0-9a-f]{32,}"  # record ids
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[+-]\d\d:\d\d)?",  # times
    re.IGNORECASE,
)


def _assert_clean(where: str, text: str) -> None:
    text = _IDS.sub(" ", text)  # ids and times hold arbitrary digits
    digits = _digits_only(text)
    for card in CARDS:
        assert card not in digits, f"{where}: card {card[:4]}… found"
    for code in CODES:
        # As a number of its own (not inside a longer number or a fraction).
        assert not re.search(rf"(?<![\d.]){code}(?!\d)", text), f"{where}: security code found"
    for run in re.findall(r"\d[\d \-]{11,}\d", text):
        assert not is_card_number(_digits_only(run)), f"{where}: a card number"


def test_a_working_day_leaves_no_card_data_anywhere(people, data_paths, db):
    library = FlowLibrary()
    calls = InteractionService(db, people.vault, people.audit, people.customers, library.flows)
    messages = MessageService(db, people.vault, people.audit)
    drafts = DraftService(db, people.vault)
    feedback = FeedbackService(db, people.vault, people.audit)
    kb = KnowledgeService(db)
    kb.import_bundled_if_empty()
    with db.read() as s:
        article_id = s.scalar(select(Article.slug).limit(1))
    cid, _ = people.customers.create_customer(
        people.leader,
        CustomerDraft(first_name="Ann", surname="Lee", phone="+44 20 7946 0731",
                      free_tags=(_dirty(0),)),
    )  # fmt: skip
    outputs: list[tuple[str, str]] = []
    for n in range(4):
        start = calls.start_call(
            people.rep, "inbound", ScriptContext("N", "C", "Rita"), caller_number="+44 20 7946 0731"
        )
        engine = start.engine
        engine.capture("first_name", "Ann")
        engine.capture("reason", _dirty(n))
        drafts.save_draft(people.rep, "note", f"n{n}", {"text": _dirty(n + 1)}, customer_id=cid)
        drafts.save_draft(people.rep, "message", f"m{n}", {"what": _dirty(n + 2)})
        msg = MessageDraft(
            to_whom="Priya Shah", from_name="Ann Lee", from_connection=_dirty(n + 3),
            phone="020 7946 0958", what=_dirty(n), action_requested=_dirty(n + 1),
            action_promised="call back today", by_whom="Rita Rep", when="2026-03-02T10:15",
        )  # fmt: skip
        taking = MessageTaking(engine, "GB")
        confirmed = taking.confirm_read_back(msg)
        saved, _ = messages.take_message(
            people.rep, msg, confirmed=confirmed, interaction_id=start.interaction_id
        )
        taking.record_taken(msg, saved.id)
        messages.add_memory_note(people.rep, saved.id, _dirty(n + 2))
        h = handover(engine, number="020 7946 0731")
        outputs.append(("handover", json.dumps(h.__dict__, ensure_ascii=False)))
        engine.end_call()
        engine.capture("outcome", "follow_up")
        engine.capture("first_contact_resolution", False)
        engine.capture("follow_up_task", f"call back: {_dirty(n + 3)}")
        engine.capture("follow_up_due", "2030-01-31")
        engine.capture("notes_permission", True)
        engine.save_wrap_up()
        people.notes.add_note(people.rep, cid, _dirty(n), permission_given=True)
        feedback.give_feedback(people.leader, start.interaction_id, _dirty(n + 1))
        kb.add_feedback(people.rep, article_id, "out_of_date", _dirty(n + 2))
    export = people.gdpr.export_customer(people.leader, cid)
    outputs.append(("export", json.dumps(export, ensure_ascii=False)))
    outputs.append(
        ("inbox", json.dumps([v.draft.to_dict() for v in messages.inbox(people.leader)]))
    )
    BackupService(data_paths, db).backup_now()

    for where, text in outputs:
        _assert_clean(where, text)
    # Every encrypted column, decrypted.
    checked = 0
    with db.read() as s:
        for spec in COLUMNS:
            for row in s.scalars(select(spec.model)):
                blob = getattr(row, spec.attr)
                owner = spec.owner(s, row)
                if not blob or owner is None:
                    continue
                try:
                    text = people.vault.cipher(owner).decrypt(
                        spec.ad_table, row.id, ad_column_of(spec, row), blob
                    )
                except KeyDestroyedError:
                    continue
                _assert_clean(f"{spec.ad_table}.{spec.attr}", text)
                checked += 1
        comments = list(s.scalars(select(ArticleFeedback.comment)))
        assert len(comments) == 4
        for comment in comments:
            _assert_clean("article_feedback.comment", comment)
    assert checked >= 40
    # Every file in the data folder, raw.
    db.dispose()
    for path in sorted(p for p in data_paths.root.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for card in CARDS:
            for encoding in ENCODINGS:
                assert card.encode(encoding) not in content, path.name
