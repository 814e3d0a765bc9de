"""surveys: a representative's role cannot change or fake the customer's imported answer

PostgreSQL only. The service refuses a representative who replaces an imported survey answer
on her own call (denied.survey_imported), but row-level security lets her role update any
answer on her own calls: it cannot tell that from the retention clean-up that clears an
answer's comment. This trigger can: for a representative's role (a member row with role
'representative'), an imported answer may only lose its comment (retention, erasure) and
have its bookkeeping (updated_at, version) move; its score, scale, source, call, person,
recorder, tombstone and comment stay. She cannot mark an answer as imported either, by
insert or update (the figure would pass for the customer's). Team leaders, the owner and
the migrations are not affected.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 23:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVER_UP = (
    """CREATE FUNCTION agentdesk_survey_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user
                           AND team_role = 'representative') THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'INSERT' THEN
                IF NEW.source = 'imported' THEN
                    RAISE EXCEPTION 'agentdesk: imported survey answers come from team leaders'
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END IF;
            IF OLD.source <> 'imported' THEN
                IF NEW.source = 'imported' THEN
                    RAISE EXCEPTION
                        'agentdesk: imported survey answers come from team leaders'
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END IF;
            IF NEW.score IS DISTINCT FROM OLD.score
               OR NEW.kind IS DISTINCT FROM OLD.kind
               OR NEW.source IS DISTINCT FROM OLD.source
               OR NEW.interaction_id IS DISTINCT FROM OLD.interaction_id
               OR NEW.agent_id IS DISTINCT FROM OLD.agent_id
               OR NEW.started_at IS DISTINCT FROM OLD.started_at
               OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by
               OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
               OR NEW.created_at IS DISTINCT FROM OLD.created_at
               OR (NEW.comment_ct IS NOT NULL
                   AND NEW.comment_ct IS DISTINCT FROM OLD.comment_ct) THEN
                RAISE EXCEPTION 'agentdesk: the customer''s imported survey answer'
                    USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END $$""",
    "REVOKE ALL ON FUNCTION agentdesk_survey_guard() FROM PUBLIC",
    """CREATE TRIGGER survey_response_guard BEFORE INSERT OR UPDATE ON survey_response
        FOR EACH ROW EXECUTE FUNCTION agentdesk_survey_guard()""",
)
SERVER_DOWN = (
    "DROP TRIGGER IF EXISTS survey_response_guard ON survey_response",
    "DROP FUNCTION IF EXISTS agentdesk_survey_guard()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_DOWN:
            op.execute(statement)
