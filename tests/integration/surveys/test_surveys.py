"""The customer's verdict through the real services: entered after a call, imported from a
survey tool's CSV, shown as distributions, exported, erased and purged (#19, O1)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from agentdesk.errors import (
    DataFileError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.base import utcnow
from agentdesk.models.survey import SurveyResponse
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.gdpr import Retention
from agentdesk.services.identity import Role
from agentdesk.services.interactions import InteractionService
from agentdesk.services.surveys import SurveyService

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")
PHONE = "020 7946 0444"


@pytest.fixture
def env(people, fast_params):
    people.calls = InteractionService(
        people.db, people.vault, people.audit, people.customers, FlowLibrary().flows
    )
    people.surveys = SurveyService(people.db, people.vault, people.audit)
    people.accounts.add_user(people.leader, "rep2", "Bea Rep", "rep-password", Role.REPRESENTATIVE)
    people.rep2 = people.accounts.login("rep2", "rep-password")
    return people


def call(env, who, phone=PHONE, surname="Okafor"):
    """A call linked to a customer with ``phone``; returns (interaction id, customer id)."""
    cid, _ = env.customers.create_customer(env.leader, CustomerDraft(surname=surname, phone=phone))
    start = env.calls.start_call(who, "inbound", CONTEXT, caller_number=phone)
    env.calls.link_customer(who, start.interaction_id, cid)
    return start.interaction_id, cid


def test_entered_after_the_call_by_its_representative_or_a_team_leader(env):
    iid, _ = call(env, env.rep)
    env.surveys.record(env.rep, iid, "csat", 4, "  Friendly and quick  ")
    env.surveys.record(env.leader, iid, "nps", 9)
    env.surveys.record(env.rep, iid, "csat", 5)  # a correction replaces, never duplicates
    views = env.surveys.for_interaction(env.leader, iid)
    assert [(v.kind, v.score, v.comment) for v in views] == [("csat", 5, ""), ("nps", 9, "")]
    with pytest.raises(PermissionDeniedError):
        env.surveys.record(env.rep2, iid, "csat", 1)
    with pytest.raises(ValidationError) as caught:
        env.surveys.record(env.rep, iid, "nps", 11)
    assert caught.value.code == "survey.score_range"


def test_import_matches_by_id_or_number_and_time_and_names_each_problem(env, data_paths):
    first, _ = call(env, env.rep)
    second, _ = call(env, env.rep2, phone="020 7946 0555", surname="Rossi")
    when = (utcnow() + dt.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M")
    text = (
        "interaction_id,caller_number,time,survey,score,comment\n"
        f"{first},,,csat,5,Zebrafinch was great\n"
        f",020 7946 0555,{when},nps,3,Too slow\n"
        f",020 7946 0999,{when},nps,8,\n"  # nobody with that number
        f"{first},,,nps,12,\n"  # off the scale
    )
    report = env.surveys.import_file(env.leader, text.encode(), "tool.csv")
    assert (report.added, report.updated) == (2, 0)
    assert tuple(map(str, report.problems)) == (
        "tool.csv:4: No call from that number in the hour before that time.",
        "tool.csv:5: NPS score: a whole number from 0 to 10.",
    )
    again = env.surveys.import_file(env.leader, text.encode(), "tool.csv")
    assert (again.added, again.updated) == (0, 2)  # the same file twice adds nothing
    assert env.surveys.for_interaction(env.rep2, second)[0].score == 3
    env.db.dispose()
    raw = b"".join(p.read_bytes() for p in data_paths.root.glob("*.sqlite3*"))
    assert b"Zebrafinch" not in raw and b"Too slow" not in raw  # comments encrypted
    with pytest.raises(PermissionDeniedError):
        env.surveys.import_file(env.rep, text.encode(), "tool.csv")
    # The customer's own answer cannot be replaced by the representative it is about.
    with pytest.raises(PermissionDeniedError) as refused:
        env.surveys.record(env.rep, first, "csat", 1)
    assert refused.value.code == "denied.survey_imported"
    env.surveys.record(env.rep, first, "ces", 6)  # a scale the tool did not ask: hers to enter
    env.surveys.record(env.leader, first, "csat", 4)  # a team leader may correct it
    with pytest.raises(DataFileError, match=r"tool\.csv:1:"):
        env.surveys.import_file(env.leader, b"who,what\n", "tool.csv")


def test_distributions_per_representative_and_for_the_team(env):
    for who, scores in ((env.rep, (5, 4, 1)), (env.rep2, (5, 5))):
        for score in scores:
            iid, _ = call(env, who)
            env.surveys.record(env.leader, iid, "csat", score)
    since, until = utcnow() - dt.timedelta(days=1), utcnow() + dt.timedelta(days=1)
    board = env.surveys.board(env.leader, since, until)
    assert dict(board.team.spread("csat").counts) == {1: 1, 2: 0, 3: 0, 4: 1, 5: 3}
    assert board.team.spread("csat").headline == pytest.approx(0.8)
    by_name = {row.name: row for row in board.rows}
    assert by_name["Rita Rep"].spread("csat").answers == 3
    assert by_name["Bea Rep"].spread("csat").headline == pytest.approx(1.0)
    own = env.surveys.board(env.rep, since, until)
    assert own.team is None and [r.name for r in own.rows] == ["Rita Rep"]
    with pytest.raises(PermissionDeniedError):
        env.surveys.board(env.rep, since, until, str(env.rep2.account_id))
    earlier = env.surveys.board(env.leader, since - dt.timedelta(days=5), since)
    assert earlier.team.spread("csat").answers == 0


def test_export_erasure_and_retention_cover_the_verdict(env):
    iid, cid = call(env, env.rep)
    env.surveys.record(env.rep, iid, "csat", 2, "Zebrafinch kept me waiting")
    exported = env.gdpr.export_customer(env.leader, cid)
    assert exported["interactions"][0]["surveys"] == [
        {"survey": "csat", "score": 2, "comment": "Zebrafinch kept me waiting"}
    ]
    env.gdpr.erase_customer(env.leader, cid)
    with env.db.read() as s:
        row = s.scalar(select(SurveyResponse))
        assert row.comment_ct is None and row.score == 2  # a figure no one can trace
    with pytest.raises(NotFoundError):
        env.gdpr.export_customer(env.leader, cid)

    other, _ = call(env, env.rep, phone="020 7946 0666", surname="Rossi")
    env.surveys.record(env.rep, other, "nps", 10, "Zebrafinch again")
    env.gdpr.purge(None, Retention(interactions_days=30), now=utcnow() + dt.timedelta(days=31))
    with env.db.read() as s:
        rows = s.scalars(select(SurveyResponse)).all()
        assert all(r.comment_ct is None for r in rows) and sorted(r.score for r in rows) == [2, 10]
    assert env.surveys.for_interaction(env.leader, other)[0].comment == ""


def test_a_long_file_goes_in_several_transactions_and_is_audited_once(env, monkeypatch):
    import agentdesk.services.surveys as surveys_module

    monkeypatch.setattr(surveys_module, "IMPORT_CHUNK", 2)
    ids = [call(env, env.rep, phone=f"020 7946 01{n:02d}")[0] for n in range(3)]
    text = "interaction_id,csat,nps\n" + "".join(f"{i},4,9\n" for i in ids) + "bad,1,1\n"
    report = env.surveys.import_file(env.leader, text.encode(), "long.csv")
    assert (report.added, report.updated, len(report.problems)) == (6, 0, 1)
    again = env.surveys.import_file(env.leader, text.encode(), "long.csv")
    assert (again.added, again.updated) == (0, 6)
    audit = env.gdpr.verify_audit()
    assert audit.ok
    with env.db.read() as s:
        from agentdesk.models.audit import AuditEntry

        imports = s.scalars(select(AuditEntry).where(AuditEntry.action == "surveys.imported"))
        assert len(list(imports)) == 2  # one entry per import, not per transaction


def test_command_line_import_as_a_team_leader(env, data_paths, monkeypatch, tmp_path, capsys):
    """`agentdesk survey import FILE --as USER`: the same service, problems as FILE:LINE,
    exit 1 while any row is bad, a representative refused (the in-memory keystore)."""
    import keyring
    import keyring.core
    from keyring.backends import fail

    from agentdesk.__main__ import main
    from agentdesk.cli import vault_access
    from agentdesk.vault.keystore import MemoryKeyStore

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(vault_access, "keyring_store_for", lambda paths: env.store)
    monkeypatch.setattr(vault_access, "pending_store_for", lambda paths: MemoryKeyStore())
    first, _ = call(env, env.rep)
    source = tmp_path / "tool.csv"
    source.write_text(
        "interaction_id;csat;nps;comment\n"
        f"{first};5;9;Zebrafinch sorted it\n"
        f"{first};6;;\n",  # off the CSAT scale
        encoding="utf-8",
    )

    def run(*args):
        return main(["--data-dir", str(data_paths.root), "survey", "import", *map(str, args)])

    assert run(source, "--as", "lead") == 1
    out, err = capsys.readouterr()
    assert f"{source}:3: CSAT score" in err and "Zebrafinch" not in err
    assert f"{source}: 2 answers added, 0 updated; 1 bad or unmatched." in out
    assert {v.kind: v.score for v in env.surveys.for_interaction(env.leader, first)} == {
        "csat": 5,
        "nps": 9,
    }
    assert env.surveys.for_interaction(env.rep, first)[0].comment == "Zebrafinch sorted it"
    source.write_text(f"interaction_id,csat\n{first},4\n", encoding="utf-8")
    assert run(source, "--as", "lead") == 0
    assert "0 answers added, 1 updated; 0 bad" in capsys.readouterr().out
    assert run(source, "--as", "rep") == 2
    assert "Only a team leader" in capsys.readouterr().err
    assert run(tmp_path / "missing.csv") == 2
    assert "cannot be read" in capsys.readouterr().err
    source.write_text("who,what\n", encoding="utf-8")
    assert run(source) == 2
    assert f"{source}:1:" in capsys.readouterr().err
