"""Migration 0025, attacked with psql as a representative's own login role: a message's status
changes only by its taker or its addressee (``message.addressee_id``, in clear), and a first
adherence score for her own call must be one her results give. Then the same through sync
with each member's own role: the addressee marks a message taken on another workstation
passed on and done, with no refusal, while the app and the server both refuse another
representative."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from agentdesk.errors import PermissionDeniedError
from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.models.message import Message
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Role
from agentdesk.services.messages import MessageService
from tests.integration.team.test_rotation import _joined
from tests.integration.team.test_row_guards import RESULTS, _call, _message, _score
from tests.integration.team.test_team_admin import _psql, folders, team_db  # noqa: F401


def _team(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep"), ("una", "Una Rep")):
        a.team.add_member(
            "lead", "leader-pass", user, full, f"{user}-password", Role.REPRESENTATIVE
        )
    ids = {u: a.accounts.login(u, f"{u}-password").account_id for u in ("rita", "tom", "una")}
    return cluster, name, a, ids


def test_status_only_by_taker_or_addressee_and_scores_that_add_up(team_db, folders):  # noqa: F811
    cluster, name, _a, ids = _team(team_db, folders)
    rita, tom = ids["rita"], ids["tom"]
    for_rita, for_una, her_call, calibrated = (uuid.uuid4() for _ in range(4))
    for sql in (
        _message(for_rita, tom),
        _message(for_una, tom),
        f"UPDATE message SET addressee_id = '{rita}' WHERE id = '{for_rita}'",
        f"UPDATE message SET addressee_id = '{ids['una']}' WHERE id = '{for_una}'",
        _call(her_call, rita),
        _call(calibrated, rita),
        "INSERT INTO check_calibration (id, version, created_at, updated_at, interaction_id,"
        f" check_id, reviewer_id, not_done) SELECT '{uuid.uuid4()}', 1, now(), now(),"
        f" '{calibrated}', 'said_organisation', id, true FROM account WHERE username = 'lead'",
    ):
        cluster.admin(sql, database=name)

    def as_rita(sql):
        return _psql(cluster, name, "rita", "rita-password", sql)

    def refused(sql):
        done = as_rita(sql)
        assert done.returncode != 0 and "agentdesk:" in done.stderr, (sql, done.stderr)

    def server(sql):
        with psycopg.connect(cluster.dsn(name)) as conn:
            return conn.execute(sql).fetchall()

    # A message Tom took for Una: not Rita's to mark, nor to re-address to herself.
    for sql in (
        f"UPDATE message SET status = 'done', status_at = now() WHERE id = '{for_una}'",
        f"UPDATE message SET status = 'passed_on' WHERE id = '{for_una}'",
        f"UPDATE message SET addressee_id = '{rita}' WHERE id = '{for_una}'",
        f"UPDATE message SET addressee_id = '{rita}', status = 'done' WHERE id = '{for_una}'",
        # The one for her: its status only, and only to a status the app knows.
        f"UPDATE message SET status = 'shredded' WHERE id = '{for_rita}'",
        f"UPDATE message SET status = 'done', body_ct = '\\x09' WHERE id = '{for_rita}'",
        f"UPDATE message SET addressee_id = NULL WHERE id = '{for_rita}'",
        f"UPDATE message SET taken_by = '{rita}' WHERE id = '{for_rita}'",
    ):
        refused(sql)
    done = as_rita(
        f"UPDATE message SET status = 'passed_on', status_at = now() WHERE id = '{for_rita}'"
    )
    assert done.returncode == 0 and "UPDATE 1" in done.stdout, done.stderr
    mine = uuid.uuid4()
    done = as_rita(_message(mine, rita))
    assert done.returncode == 0, done.stderr
    assert dict(server("SELECT id, status FROM message")) == {
        for_rita: "passed_on",
        for_una: "new",
        mine: "new",
    }

    # A first score on her own call: only one its results give.
    aside = RESULTS.replace('"e", "fail"', '"e", "skipped"')
    for sql in (
        _score(her_call, rita, score=1.0),  # 4 of 5 passed is 0.8
        _score(her_call, rita, score=1.0, passed=5),  # the results say 4
        _score(her_call, rita, results="[]"),  # nothing applied, yet 4 of 5
        _score(her_call, rita, results='{"a": "pass"}'),
        _score(her_call, rita, results=aside),  # a verdict the app never gives
        _score(her_call, rita, results=RESULTS.replace('"pass"', "1")),
        _score(her_call, rita, started="now() - interval '1 day'"),  # not the call's start
        _score(her_call, rita, holds=-3),
        _score(calibrated, rita),  # a team leader calibrated it: leaders rescore it
        _score(her_call, rita, score="NULL"),
    ):
        refused(sql)
    assert server("SELECT count(*) FROM adherence_score") == [(0,)]
    done = as_rita(_score(her_call, rita))
    assert done.returncode == 0, done.stderr
    # Nothing applied: no score (as adherence.score gives None).
    none_applied = '[["a", "not_applicable"]]'
    empty_call = uuid.uuid4()
    cluster.admin(_call(empty_call, rita), database=name)
    refused(_score(empty_call, rita, score=0, passed=0, applicable=0, results=none_applied))
    done = as_rita(
        _score(empty_call, rita, score="NULL", passed=0, applicable=0, results=none_applied)
    )
    assert done.returncode == 0, done.stderr
    assert server("SELECT interaction_id, score, passed FROM adherence_score ORDER BY 3") == [
        (empty_call, None, 0),
        (her_call, 0.8, 4),
    ]

    # A team leader is held by none of it.
    done = _psql(
        cluster,
        name,
        "lead",
        "leader-pass",
        f"UPDATE message SET status = 'done' WHERE id = '{for_una}';"
        + _score(calibrated, rita, score=1.0, results="[]"),
    )
    assert done.returncode == 0, done.stderr


def _draft(to_whom: str) -> MessageDraft:
    return MessageDraft(
        to_whom=to_whom, from_name="Ann Lee", phone="020 7946 0958", what="call me back",
        action_requested="call back", action_promised="today", by_whom="Tom Rep",
        when="2026-03-02T10:15",
    )  # fmt: skip


def test_the_addressee_marks_it_through_sync_and_no_one_else(team_db, folders):  # noqa: F811
    cluster, name, a, _ids = _team(team_db, folders)
    root = a.paths.root.parent
    b = _joined(folders, cluster, name, root / "b", "rita", "rita-password")
    c = _joined(folders, cluster, name, root / "c", "tom", "tom-password")
    d = _joined(folders, cluster, name, root / "d", "una", "una-password")
    users = {id(b): "rita", id(c): "tom", id(d): "una"}

    def sync(ws):
        user = users[id(ws)]
        return ws.team.sync_engine(user, f"{user}-password").sync()

    def service(ws):
        return MessageService(ws.db, ws.vault, AuditLog(ws.vault.audit_key))

    def server(sql, *args):
        with psycopg.connect(cluster.dsn(name)) as conn:
            return conn.execute(sql, args).fetchall()

    for ws in (b, c, d):
        sync(ws)
    # Tom takes a message for "rita  rep" (as typed) on his workstation.
    tom = c.accounts.login("tom", "tom-password")
    draft = _draft("rita  rep")
    saved, _ = service(c).take_message(
        tom, draft, confirmed=MessageTaking(None, "GB").confirm_read_back(draft)
    )
    assert not sync(c).refused
    rita_id = b.accounts.login("rita", "rita-password").account_id
    assert server("SELECT addressee_id FROM message WHERE id = %s", saved.id) == [(rita_id,)]

    # Rita, on hers, marks it passed on, then done: the server takes both.
    sync(b)
    rita = b.accounts.login("rita", "rita-password")
    service(b).set_status(rita, saved.id, "passed_on")
    assert not sync(b).refused
    service(b).set_status(rita, saved.id, "done")
    assert not sync(b).refused
    assert server("SELECT status FROM message WHERE id = %s", saved.id) == [("done",)]

    # Una is neither its taker nor its addressee: the app refuses her, and so does the server
    # when her workstation sends the change anyway.
    sync(d)
    una = d.accounts.login("una", "una-password")
    with pytest.raises(PermissionDeniedError) as denied:
        service(d).set_status(una, saved.id, "new")
    assert denied.value.code == "denied.message_status"
    with d.db.write() as s:
        s.get(Message, uuid.UUID(saved.id)).status = "new"
    report = sync(d)
    assert [(r.table_name, r.row_id) for r in report.refused] == [("message", saved.id)]
    assert server("SELECT status FROM message WHERE id = %s", saved.id) == [("done",)]
    # Tom, who took it, may still reopen it.
    sync(c)
    service(c).set_status(tom, saved.id, "new")
    assert not sync(c).refused
    assert server("SELECT status FROM message WHERE id = %s", saved.id) == [("new",)]
