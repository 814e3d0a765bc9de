"""calls, events, follow-ups, messages, adherence scores and key links: a representative's
role changes on the server only what the app lets her change

PostgreSQL only. Representatives may INSERT and UPDATE these tables (their workstations push
the day's work, and the retention clean-up they run reaches other representatives' calls), so
grants alone let a representative's role rewrite any row (#17 security review). Row-level
security cannot tell an edit from that clean-up; these BEFORE triggers (SECURITY DEFINER,
search_path pinned) compare old and new, for a representative member only:

- ``interaction_event`` is append-only: an UPDATE may only clear ``data_ct`` (retention,
  erasure); any other change, and any DELETE, is refused.
- ``interaction``: her own calls as before (but not handed to someone else); on another's call
  only the customer link may be removed (retention, erasure) and ``updated_at``/``version``
  move; anything else is refused.
- ``task``: only a follow-up assigned to her may change (she may hand it over); others' are
  refused.
- ``message``: whoever took it changes it (not its taker); anyone else only its status (one
  of new, passed_on, done) and ``status_at``/``updated_at``/``version``. The app also lets the
  addressee change the status; the addressee is named inside the ciphertext, so the server
  cannot tell her from another representative.
- ``adherence_score``: a new score only for her own call (her workstation scores her finished
  calls); an existing score is kept as it is (UPDATE changes nothing: only a team leader's
  review or calibration rescores) and DELETE is refused.
- ``sync_data_key``: besides 0021 (owner, kind, wrapped bytes kept), the customer link moves
  only on the key of one of her own calls (the app links only her own calls); elsewhere it is
  kept, so she cannot tie another key to a customer whose erasure would destroy it.

Team leaders, the owner and the migrations are not affected.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 00:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HEAD = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$"


def _guard(name: str, body: str) -> str:
    return f"CREATE FUNCTION {name}() RETURNS trigger {_HEAD}\n{body}\n$$"


# The account id of the session's member when she is a representative; NULL for team leaders,
# the owner and anyone else (then nothing below applies).
REP_ACCOUNT = """CREATE FUNCTION agentdesk_rep_account() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        AS $$ SELECT account_id FROM team_member WHERE role_name = session_user
              AND team_role = 'representative' $$"""

EVENT = _guard(
    "agentdesk_event_guard",
    """DECLARE me uuid := agentdesk_rep_account();
    BEGIN
        IF me IS NULL THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE'
           OR to_jsonb(NEW) - 'data_ct' IS DISTINCT FROM to_jsonb(OLD) - 'data_ct'
           OR (NEW.data_ct IS NOT NULL AND NEW.data_ct IS DISTINCT FROM OLD.data_ct) THEN
            RAISE EXCEPTION 'agentdesk: call events are append-only' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END""",
)

INTERACTION = _guard(
    "agentdesk_interaction_guard",
    """DECLARE me uuid := agentdesk_rep_account();
    DECLARE kept text[] := ARRAY['customer_id', 'updated_at', 'version'];
    BEGIN
        IF me IS NULL OR (OLD.agent_id = me AND NEW.agent_id = me) THEN
            RETURN NEW;
        END IF;
        IF (NEW.customer_id IS NULL OR NEW.customer_id = OLD.customer_id)
           AND to_jsonb(NEW) - kept IS NOT DISTINCT FROM to_jsonb(OLD) - kept THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'agentdesk: another representative''s call' USING ERRCODE = '42501';
    END""",
)

TASK = _guard(
    "agentdesk_task_guard",
    """DECLARE me uuid := agentdesk_rep_account();
    BEGIN
        IF me IS NULL OR OLD.assignee_id = me THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'agentdesk: another representative''s follow-up'
            USING ERRCODE = '42501';
    END""",
)

MESSAGE = _guard(
    "agentdesk_message_guard",
    """DECLARE me uuid := agentdesk_rep_account();
    DECLARE kept text[] := ARRAY['status', 'status_at', 'updated_at', 'version'];
    BEGIN
        IF me IS NULL OR (OLD.taken_by = me AND NEW.taken_by = me) THEN
            RETURN NEW;
        END IF;
        IF NEW.status IN ('new', 'passed_on', 'done')
           AND to_jsonb(NEW) - kept IS NOT DISTINCT FROM to_jsonb(OLD) - kept THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'agentdesk: a message someone else took' USING ERRCODE = '42501';
    END""",
)

SCORE = _guard(
    "agentdesk_score_guard",
    """DECLARE me uuid := agentdesk_rep_account();
    BEGIN
        IF me IS NULL THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' THEN
            RETURN OLD;  -- kept: her workstation scored before it saw a leader's rescoring
        END IF;
        IF TG_OP = 'INSERT' AND (
            EXISTS (SELECT 1 FROM adherence_score WHERE interaction_id = NEW.interaction_id)
            OR (NEW.agent_id = me AND EXISTS (SELECT 1 FROM interaction
                                              WHERE id = NEW.interaction_id AND agent_id = me))
        ) THEN
            RETURN NEW;  -- an existing row: the UPDATE above decides (INSERT ... ON CONFLICT)
        END IF;
        RAISE EXCEPTION 'agentdesk: adherence scores of others'' calls come from team leaders'
            USING ERRCODE = '42501';
    END""",
)

DATA_KEY = """CREATE OR REPLACE FUNCTION agentdesk_data_key_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE me uuid := agentdesk_rep_account();
        BEGIN
            IF me IS NOT NULL THEN
                NEW.owner_id := OLD.owner_id;
                NEW.kind := OLD.kind;
                NEW.wrapped := OLD.wrapped;
                IF NEW.customer_id IS DISTINCT FROM OLD.customer_id AND NOT EXISTS (
                    SELECT 1 FROM interaction WHERE id::text = OLD.owner_id AND agent_id = me
                ) THEN
                    NEW.customer_id := OLD.customer_id;
                END IF;
            END IF;
            RETURN NEW;
        END $$"""

# 0021's function, restored by the downgrade.
DATA_KEY_0021 = """CREATE OR REPLACE FUNCTION agentdesk_data_key_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user
                       AND team_role = 'representative') THEN
                NEW.owner_id := OLD.owner_id;
                NEW.kind := OLD.kind;
                NEW.wrapped := OLD.wrapped;
            END IF;
            RETURN NEW;
        END $$"""

GUARDS = (
    # (function, trigger, table, events)
    ("agentdesk_event_guard", EVENT, "interaction_event", "UPDATE OR DELETE"),
    ("agentdesk_interaction_guard", INTERACTION, "interaction", "UPDATE"),
    ("agentdesk_task_guard", TASK, "task", "UPDATE"),
    ("agentdesk_message_guard", MESSAGE, "message", "UPDATE"),
    ("agentdesk_score_guard", SCORE, "adherence_score", "INSERT OR UPDATE OR DELETE"),
)


def _up() -> list[str]:
    statements = [REP_ACCOUNT, "REVOKE ALL ON FUNCTION agentdesk_rep_account() FROM PUBLIC"]
    for function, body, table, events in GUARDS:
        statements += [
            body,
            f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC",
            f"CREATE TRIGGER {table}_guard BEFORE {events} ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {function}()",
        ]
    statements += [DATA_KEY, "REVOKE ALL ON FUNCTION agentdesk_data_key_guard() FROM PUBLIC"]
    return statements


def _down() -> list[str]:
    statements = [DATA_KEY_0021, "REVOKE ALL ON FUNCTION agentdesk_data_key_guard() FROM PUBLIC"]
    for function, _body, table, _events in GUARDS:
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_guard ON {table}",
            f"DROP FUNCTION IF EXISTS {function}()",
        ]
    statements.append("DROP FUNCTION IF EXISTS agentdesk_rep_account()")
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _up():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _down():
            op.execute(statement)
