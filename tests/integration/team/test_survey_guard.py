"""The customer's imported survey answer is out of a representative's reach on the server too
(migration 0020): her own PostgreSQL role, with psql, on her own call, may clear its comment
(what retention and erasure do) but not change its score or source, nor pass off an answer of
her own as imported; her entered answers and a team leader's corrections still go through."""

from __future__ import annotations

import uuid

from agentdesk.services.identity import Role
from tests.integration.team.test_team_admin import _psql, folders, team_db  # noqa: F401


def test_a_representative_cannot_change_or_fake_an_imported_survey_answer(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rita = a.accounts.login("rep", "rep-password")
    call = uuid.uuid4()
    cluster.admin(
        "INSERT INTO interaction (id, version, created_at, updated_at, agent_id, channel,"
        f" flow_id, state, started_at, tags) VALUES ('{call}', 1, now(), now(),"
        f" '{rita.account_id}', 'phone', 'inbound', 'wrapped', now(), '[]')",
        database=name,
    )
    imported, entered = uuid.uuid4(), uuid.uuid4()

    def answer(row, kind, score, source):
        return (
            "INSERT INTO survey_response (id, version, created_at, updated_at, interaction_id,"
            " agent_id, started_at, kind, score, comment_ct, source) VALUES"
            f" ('{row}', 1, now(), now(), '{call}', '{rita.account_id}', now(), '{kind}',"
            f" {score}, '\\x0102', '{source}')"
        )

    def as_rep(sql):
        return _psql(cluster, name, "rep", "rep-password", sql)

    # The team leader's import puts the customer's answer on Rita's call.
    done = _psql(cluster, name, "lead", "leader-pass", answer(imported, "csat", 1, "imported"))
    assert done.returncode == 0, done.stderr
    # Rita enters one of her own on another scale: still fine.
    done = as_rep(answer(entered, "ces", 6, "entered"))
    assert done.returncode == 0, done.stderr
    done = as_rep(f"UPDATE survey_response SET score = 7 WHERE id = '{entered}'")
    assert done.returncode == 0 and "UPDATE 1" in done.stdout, done.stderr

    for sql in (
        f"UPDATE survey_response SET score = 5 WHERE id = '{imported}'",
        f"UPDATE survey_response SET source = 'entered', score = 5 WHERE id = '{imported}'",
        f"UPDATE survey_response SET comment_ct = '\\x09' WHERE id = '{imported}'",
        f"UPDATE survey_response SET deleted_at = now() WHERE id = '{imported}'",
        f"UPDATE survey_response SET kind = 'nps' WHERE id = '{imported}'",
        # Passing her own answer off as the customer's, by update or by insert.
        f"UPDATE survey_response SET source = 'imported' WHERE id = '{entered}'",
        answer(uuid.uuid4(), "nps", 10, "imported"),
    ):
        refused = as_rep(sql)
        assert refused.returncode != 0, sql
        assert "agentdesk:" in refused.stderr, (sql, refused.stderr)
    # Retention and erasure clear the comment (and bump the bookkeeping): allowed.
    done = as_rep(
        "UPDATE survey_response SET comment_ct = NULL, updated_at = now(), version = version"
        f" + 1 WHERE id = '{imported}'"
    )
    assert done.returncode == 0 and "UPDATE 1" in done.stdout, done.stderr
    # A team leader may correct it.
    done = _psql(
        cluster,
        name,
        "lead",
        "leader-pass",
        f"UPDATE survey_response SET score = 2, source = 'entered' WHERE id = '{imported}'",
    )
    assert done.returncode == 0 and "UPDATE 1" in done.stdout, done.stderr
    import psycopg

    with psycopg.connect(cluster.dsn(name)) as conn:
        row = conn.execute(
            "SELECT score, source, comment_ct FROM survey_response WHERE id = %s", (imported,)
        ).fetchone()
    assert row == (2, "entered", None)
    assert leader.is_team_leader
