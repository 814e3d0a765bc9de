"""A replica far behind pulls in pages that grow (fewer, larger local transactions) up to a
bound; a page size given by the caller is kept; either way every change arrives once."""

from __future__ import annotations

from sqlalchemy import func, select

from agentdesk.models.customer import Note
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.sync import engine as sync_engine
from agentdesk.sync import server as sync_server


def _behind(make_workstation, notes: int):
    a, b = make_workstation("a"), make_workstation("b")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ada", surname="Quinn"))
    for i in range(notes):
        a.notes.add_note(leader, cid, f"Note {i}.", permission_given=True)
    a.sync.sync()
    return b


def _pages(monkeypatch) -> list[int]:
    asked: list[int] = []
    real = sync_server.read_changes

    def read_changes(conn, after, limit):
        asked.append(limit)
        return real(conn, after, limit)

    monkeypatch.setattr(sync_server, "read_changes", read_changes)
    return asked


def _notes(ws) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(Note))


def test_pages_double_up_to_the_bound_while_they_come_full(make_workstation, monkeypatch):
    b = _behind(make_workstation, 60)
    monkeypatch.setattr(sync_engine, "PULL_PAGE", 4)
    monkeypatch.setattr(sync_engine, "PULL_PAGE_MAX", 16)
    asked = _pages(monkeypatch)
    report = b.sync.pull()
    assert asked[:4] == [4, 8, 16, 16] and set(asked[3:]) == {16}
    assert _notes(b) == 60 and report.pulled >= 60
    assert b.sync.pull().pulled == 0  # nothing twice


def test_a_page_size_given_is_kept(make_workstation, monkeypatch):
    b = _behind(make_workstation, 30)
    asked = _pages(monkeypatch)
    b.sync.pull(page=7)
    assert set(asked) == {7} and len(asked) >= 5
    assert _notes(b) == 30
