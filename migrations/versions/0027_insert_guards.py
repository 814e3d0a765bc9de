"""a representative's role adds calls, call events and messages only as her own

PostgreSQL only. 0022 guarded what a representative's role may change; new rows were not
checked for their owner, because a change waiting in a workstation's outbox was sent with the
role of whoever logged in next (a journal replay after a crash added a colleague's events).
Since 0024 each change goes under its author's role or waits for her (agentdesk.sync.push), so
the server can now refuse, for a representative:

- an ``interaction`` whose representative (``agent_id``) is someone else;
- an ``interaction_event`` on a call that is not hers;
- a ``message`` whose taker (``taken_by``) is someone else.

Team leaders, the owner and the migrations are not affected.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 03:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HEAD = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$"


def _guard(name: str, table: str, allowed: str, why: str) -> str:
    # A row already there is an upsert that becomes an update (the push's INSERT ... ON
    # CONFLICT): its BEFORE UPDATE guard (0022, 0025) judges the change.
    return f"""CREATE FUNCTION {name}() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
    BEGIN
        IF me IS NULL OR {allowed} OR EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'agentdesk: {why}' USING ERRCODE = '42501';
    END $$"""


GUARDS = (
    # (function, table, allowed for her, what the refusal says)
    ("agentdesk_interaction_insert_guard", "interaction", "NEW.agent_id = me",
     "a call of someone else''s"),
    ("agentdesk_event_insert_guard", "interaction_event",
     "EXISTS (SELECT 1 FROM interaction WHERE id = NEW.interaction_id AND agent_id = me)",
     "an event on someone else''s call"),
    ("agentdesk_message_insert_guard", "message", "NEW.taken_by = me",
     "a message someone else took"),
)  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function, table, allowed, why in GUARDS:
        op.execute(_guard(function, table, allowed, why))
        op.execute(f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC")
        op.execute(
            f"CREATE TRIGGER {table}_insert_guard BEFORE INSERT ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function, table, _allowed, _why in GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_insert_guard ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
