"""Every change a service makes for someone names her in the sync outbox (no server needed).

The desk changes hands while the team database is away; what each person wrote must be pushed
under her own role later, so each outbox entry has to say whose it is. A service write that
forgets to name its account shows up here as an entry without an author.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.kb.records import ArticleDraft
from agentdesk.models.sync import SyncOutbox
from agentdesk.paths import DataPaths
from agentdesk.services.accounts import LoginFailedError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.directory import DirectoryDraft
from agentdesk.services.identity import Role
from agentdesk.sync.outbox import install
from tests.helpers.app import make_services, open_data
from tests.integration.review.data import run_call

OUTBOX = SyncOutbox.__table__


@pytest.fixture
def desk(tmp_path):
    services = make_services(DataPaths(tmp_path / "desk").ensure())
    install(services.db)  # as on a joined workstation
    data = open_data(services)
    yield SimpleNamespace(services=services, data=data)
    data.vault.keys.dispose()
    services.db.dispose()


def _entries(desk, since: int = 0) -> list:
    with desk.services.db.engine.connect() as conn:
        return conn.execute(
            select(OUTBOX.c.id, OUTBOX.c.table_name, OUTBOX.c.author).where(OUTBOX.c.id > since)
        ).all()


def _last(desk) -> int:
    found = _entries(desk)
    return found[-1].id if found else 0


def _by(desk, username: str, work) -> None:
    since = _last(desk)
    work()
    made = _entries(desk, since)
    assert made, "the step wrote nothing to sync"
    wrong = [(e.table_name, e.author) for e in made if e.author != username]
    assert not wrong, f"entries not by {username}: {wrong}"


def test_each_change_names_the_account_it_was_made_for(desk):
    s, d = desk.services, desk.data
    lead = s.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    _by(
        desk,
        "lead",
        lambda: s.accounts.add_user(lead, "rita", "Rita Rep", "rita-pass", Role.REPRESENTATIVE),
    )
    _by(desk, "rita", lambda: s.accounts.login("rita", "rita-pass"))
    rita = s.accounts.login("rita", "rita-pass")
    since_failure = _last(desk)
    with pytest.raises(LoginFailedError):
        s.accounts.login("rita", "wrong-password")
    # A mistyped password counts here only: not a change anyone must send.
    assert _last(desk) == since_failure
    _by(desk, "rita", lambda: s.accounts.set_language(rita, "rita", "it"))

    cid = {}

    def customer():
        cid["id"], _ = d.customers.create_customer(
            rita, CustomerDraft(first_name="Ivy", surname="Jo", phone="01632 960123")
        )

    _by(desk, "rita", customer)
    _by(
        desk, "rita", lambda: d.notes.add_note(rita, cid["id"], "After six.", permission_given=True)
    )
    env = SimpleNamespace(calls=d.interactions, review=d.review)
    _by(desk, "rita", lambda: run_call(env, rita, customer_id=cid["id"]))

    entry, _ = d.directory.save_entry(
        lead, DirectoryDraft(kind="person", name="Priya Shah", extension="214")
    )
    assert _entries(desk)[-1].author == "lead"
    draft = MessageDraft(
        to_whom="Priya Shah",
        from_name="Jay Okafor",
        from_connection="Okafor Builders",
        phone="020 7946 0958",
        extension="214",
        what="Delivery moves to Thursday",
        action_requested="Please call back",
        action_promised="Priya will call back today",
        by_whom="someone",
        when="2026-03-02T10:15",
        to_entry_id=entry,
    )
    read_back = MessageTaking(None, "GB").confirm_read_back(draft)
    saved = {}

    def message():
        saved["m"], _ = d.messages.take_message(rita, replace(draft), confirmed=read_back)

    _by(desk, "rita", message)
    _by(desk, "lead", lambda: d.messages.set_status(lead, saved["m"].id, "passed_on"))

    article = ArticleDraft(
        id="meter-readings",
        title="Meter readings",
        body="Read the meter from left to right.",
        category="Billing",
        tags=("meter",),
        language="en",
    )
    _by(desk, "lead", lambda: s.kb.save_article(lead, article))
    _by(desk, "rita", lambda: s.kb.record_view(rita, "meter-readings"))
    _by(desk, "rita", lambda: s.kb.add_feedback(rita, "meter-readings", "helpful"))
    _by(desk, "lead", lambda: s.kb.delete_article(lead, "meter-readings"))


def test_a_write_pending_when_the_desk_changes_hands_keeps_its_author(desk):
    """The author comes with the service call, never from whoever is logged in when the
    write runs: Rita's note, queued on a real worker thread and held there while the session
    locks and Lea logs in and writes, is still Rita's when it runs."""
    s, d = desk.services, desk.data
    lead = s.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    s.accounts.add_user(lead, "rita", "Rita Rep", "rita-pass", Role.REPRESENTATIVE)
    rita = s.accounts.login("rita", "rita-pass")
    cid, _ = d.customers.create_customer(rita, CustomerDraft(first_name="Al", surname="Bo"))
    since = _last(desk)
    gate = threading.Event()

    def rita_saves():
        assert gate.wait(30)
        return d.notes.add_note(rita, cid, "Queued before the switch.", permission_given=True)

    with ThreadPoolExecutor(1, thread_name_prefix="agentdesk-db") as worker:
        pending = worker.submit(rita_saves)
        lea = s.accounts.login("lead", "leader-pass")  # the desk changes hands meanwhile
        d.notes.add_note(lea, cid, "Lea's own.", permission_given=True)
        gate.set()
        pending.result(30)
    made = {(e.table_name, e.author) for e in _entries(desk, since)}
    assert made == {("account", "lead"), ("note", "lead"), ("note", "rita")}, made
