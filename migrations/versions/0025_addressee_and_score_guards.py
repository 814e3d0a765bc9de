"""messages name their addressee in clear; a representative's role changes a message's status
only as its taker or addressee, and inserts only a consistent first adherence score for her
own call

Closes two gaps 0022's docstring lists (#17 security review):

- ``message.addressee_id`` (both dialects): the account "to whom" named when the message was
  taken (the app writes it: ``services.messages``), staff data in clear like ``taken_by``. On
  PostgreSQL the message guard now lets a representative who did not take a message change
  only its status (new, passed_on, done) and its bookkeeping, and only when she is its
  addressee, as the app does (``MessageService.set_status``). New rows are still not checked
  for their taker (docs/team-database.md, known limits: a change waiting in the outbox goes
  with the role of whoever logs in next).
- ``adherence_score``: a representative's first score for her own call must be one her
  workstation could have computed: the call's start copied, every result one of pass, fail
  or not_applicable, ``passed``/``applicable`` the counts of those results, ``score`` their
  ratio (NULL when nothing applied), the counts not negative, and no team leader's
  calibration on the call yet (a rescoring comes from team leaders). Which verdicts the
  call's events earn the server cannot tell: the events' details are ciphertext, judged on
  her workstation (docs/team-database.md, residual risks).

Team leaders, the owner and the migrations are not affected.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 02:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HEAD = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$"

MESSAGE = f"""CREATE OR REPLACE FUNCTION agentdesk_message_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
    DECLARE kept text[] := ARRAY['status', 'status_at', 'updated_at', 'version'];
    BEGIN
        IF me IS NULL THEN
            RETURN NEW;
        END IF;
        IF OLD.taken_by = me AND NEW.taken_by = me THEN
            RETURN NEW;
        END IF;
        IF OLD.addressee_id = me AND NEW.status IN ('new', 'passed_on', 'done')
           AND to_jsonb(NEW) - kept IS NOT DISTINCT FROM to_jsonb(OLD) - kept THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'agentdesk: a message someone else took, for someone else'
            USING ERRCODE = '42501';
    END $$"""

# 0022's function, restored by the downgrade.
MESSAGE_0022 = f"""CREATE OR REPLACE FUNCTION agentdesk_message_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
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
    END $$"""

# What her workstation's scoring (services.review._store) writes, checked field by field.
SCORE = f"""CREATE OR REPLACE FUNCTION agentdesk_score_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
    DECLARE results jsonb;
    DECLARE shaped boolean;
    DECLARE applicable integer;
    DECLARE passed integer;
    BEGIN
        IF me IS NULL THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' THEN
            RETURN OLD;  -- kept: her workstation scored before it saw a leader's rescoring
        END IF;
        IF TG_OP = 'INSERT' AND EXISTS (
            SELECT 1 FROM adherence_score WHERE interaction_id = NEW.interaction_id
        ) THEN
            RETURN NEW;  -- an existing row: the UPDATE above decides (INSERT ... ON CONFLICT)
        END IF;
        IF TG_OP <> 'INSERT' OR NEW.agent_id IS DISTINCT FROM me OR NOT EXISTS (
            SELECT 1 FROM interaction WHERE id = NEW.interaction_id AND agent_id = me
                AND started_at = NEW.started_at
        ) THEN
            RAISE EXCEPTION 'agentdesk: adherence scores of others'' calls come from team leaders'
                USING ERRCODE = '42501';
        END IF;
        IF EXISTS (SELECT 1 FROM check_calibration WHERE interaction_id = NEW.interaction_id) THEN
            RAISE EXCEPTION 'agentdesk: a calibrated call is scored by team leaders'
                USING ERRCODE = '42501';
        END IF;
        results := NEW.results::jsonb;
        shaped := jsonb_typeof(results) = 'array';
        IF shaped THEN
            SELECT coalesce(bool_and(jsonb_typeof(r) = 'array' AND jsonb_array_length(r) = 2
                                     AND jsonb_typeof(r -> 0) = 'string'
                                     AND r ->> 1 IN ('pass', 'fail', 'not_applicable')), true),
                   count(*) FILTER (WHERE r ->> 1 IN ('pass', 'fail')),
                   count(*) FILTER (WHERE r ->> 1 = 'pass')
              INTO shaped, applicable, passed
              FROM jsonb_array_elements(results) AS r;
        END IF;
        IF NOT shaped
           OR NEW.applicable IS DISTINCT FROM applicable
           OR NEW.passed IS DISTINCT FROM passed
           OR (applicable = 0 AND NEW.score IS NOT NULL)
           OR (applicable > 0 AND (NEW.score IS NULL
                                   OR abs(NEW.score - passed::float8 / applicable) > 1e-9))
           OR least(NEW.holds, NEW.warm_transfers, NEW.cold_transfers, NEW.messages,
                    NEW.callbacks_offered) < 0 THEN
            RAISE EXCEPTION 'agentdesk: an adherence score its results do not give'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$"""

# 0022's function, restored by the downgrade.
SCORE_0022 = f"""CREATE OR REPLACE FUNCTION agentdesk_score_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
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
    END $$"""

# Retention and erasure clear call details; a representative's workstation no longer sends
# either for calls (services/retention.py: only a team leader's purge reaches the server;
# erasure is a team leader's), so her role clears no call's details and unlinks no other
# representative's call.
EVENT = f"""CREATE OR REPLACE FUNCTION agentdesk_event_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
    BEGIN
        IF me IS NULL THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' OR to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
            RAISE EXCEPTION 'agentdesk: call events are append-only' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$"""

INTERACTION = f"""CREATE OR REPLACE FUNCTION agentdesk_interaction_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
    BEGIN
        IF me IS NULL OR (OLD.agent_id = me AND NEW.agent_id = me) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'agentdesk: another representative''s call' USING ERRCODE = '42501';
    END $$"""

# 0022's functions, restored by the downgrade.
EVENT_0022 = f"""CREATE OR REPLACE FUNCTION agentdesk_event_guard() RETURNS trigger {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
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
    END $$"""

INTERACTION_0022 = f"""CREATE OR REPLACE FUNCTION agentdesk_interaction_guard() RETURNS trigger
    {_HEAD}
    DECLARE me uuid := agentdesk_rep_account();
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
    END $$"""

SERVER_UP = (
    MESSAGE,
    "REVOKE ALL ON FUNCTION agentdesk_message_guard() FROM PUBLIC",
    SCORE,
    "REVOKE ALL ON FUNCTION agentdesk_score_guard() FROM PUBLIC",
    EVENT,
    "REVOKE ALL ON FUNCTION agentdesk_event_guard() FROM PUBLIC",
    INTERACTION,
    "REVOKE ALL ON FUNCTION agentdesk_interaction_guard() FROM PUBLIC",
)
SERVER_DOWN = (
    MESSAGE_0022,
    "REVOKE ALL ON FUNCTION agentdesk_message_guard() FROM PUBLIC",
    SCORE_0022,
    "REVOKE ALL ON FUNCTION agentdesk_score_guard() FROM PUBLIC",
    EVENT_0022,
    "REVOKE ALL ON FUNCTION agentdesk_event_guard() FROM PUBLIC",
    INTERACTION_0022,
    "REVOKE ALL ON FUNCTION agentdesk_interaction_guard() FROM PUBLIC",
)


def upgrade() -> None:
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("addressee_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_message_addressee_id"), ["addressee_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_message_addressee_id_account"),
            "account",
            ["addressee_id"],
            ["id"],
            ondelete="SET NULL",
        )
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_DOWN:
            op.execute(statement)
    with op.batch_alter_table("message", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_message_addressee_id_account"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_message_addressee_id"))
        batch_op.drop_column("addressee_id")
