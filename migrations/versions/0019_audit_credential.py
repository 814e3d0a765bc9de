"""audit chains: only the workstation itself appends to its chain (a per-workstation secret)

PostgreSQL only. Until now every member's role could INSERT into ``audit_chain`` under any
workstation id, so a representative could take another workstation's next seq and block its
audit push (#17 security review, HIGH). Now:

- ``audit_workstation``: one registration per workstation, the SHA-256 of a random 32-byte
  secret that the workstation made and keeps wrapped in its own key store. No member role
  may read it (only the owner and the functions below).
- ``agentdesk_audit_append``: the only way a member adds audit entries. SECURITY DEFINER,
  owned by the owner, search_path pinned; it checks the secret against the registration and
  inserts the entries under that workstation id only. A workstation with no registration is
  registered on first use (trust on first use): a workstation with no entries yet (a new
  one registers before anything it sends reveals its id), or one that proves it holds its
  chain by sending the MAC of its first entry (seq 1), which no representative can read on
  the server; a team leader may register one without (an entry 1 lost on the server).
- ``audit_quarantine``: entries the owner moved out of a chain (a forged or squatted entry),
  kept as evidence with who moved them, when and why; team leaders may read it.

Direct INSERT on ``audit_chain`` is revoked from every member role by the grants
(agentdesk/team/roles.py), applied again by ``agentdesk team upgrade``.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 23:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVER_UP = (
    """CREATE TABLE audit_workstation (
        workstation uuid PRIMARY KEY,
        secret_hash bytea NOT NULL CHECK (length(secret_hash) = 32),
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
    )""",
    """CREATE TABLE audit_quarantine (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workstation uuid NOT NULL,
        seq integer NOT NULL,
        entry_id uuid NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor text NOT NULL,
        action text NOT NULL,
        customer_id uuid,
        details jsonb NOT NULL,
        mac bytea NOT NULL,
        quarantined_by text NOT NULL,
        quarantined_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL
    )""",
    "CREATE INDEX ix_audit_quarantine_workstation ON audit_quarantine (workstation, seq)",
    # Parameters are typed arrays used only as values in static statements: nothing a caller
    # sends is ever part of SQL text. pg_temp last, so no temporary object can stand in for a
    # table or function named here (members cannot create anything in public).
    """CREATE FUNCTION agentdesk_audit_append(
            p_workstation uuid, p_secret bytea, p_proof bytea, p_seqs integer[], p_ids uuid[],
            p_ats timestamptz[], p_actor_ids uuid[], p_actors text[], p_actions text[],
            p_customer_ids uuid[], p_details jsonb[], p_macs bytea[])
        RETURNS integer[] LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            v_n integer := coalesce(cardinality(p_seqs), 0);
            v_hash bytea;
            v_differ integer[];
        BEGIN
            IF p_workstation IS NULL OR p_secret IS NULL OR length(p_secret) <> 32 THEN
                RAISE EXCEPTION 'agentdesk: workstation credential refused'
                    USING ERRCODE = '42501';
            END IF;
            IF v_n > 1000
               OR coalesce(cardinality(p_ids), 0) <> v_n
               OR coalesce(cardinality(p_ats), 0) <> v_n
               OR coalesce(cardinality(p_actor_ids), 0) <> v_n
               OR coalesce(cardinality(p_actors), 0) <> v_n
               OR coalesce(cardinality(p_actions), 0) <> v_n
               OR coalesce(cardinality(p_customer_ids), 0) <> v_n
               OR coalesce(cardinality(p_details), 0) <> v_n
               OR coalesce(cardinality(p_macs), 0) <> v_n THEN
                RAISE EXCEPTION 'agentdesk: malformed audit entries' USING ERRCODE = '22023';
            END IF;
            SELECT secret_hash INTO v_hash FROM audit_workstation
                WHERE workstation = p_workstation;
            IF v_hash IS NULL THEN
                IF EXISTS (SELECT 1 FROM audit_chain WHERE workstation = p_workstation)
                   AND NOT EXISTS (SELECT 1 FROM audit_chain
                                   WHERE workstation = p_workstation AND seq = 1
                                     AND mac = p_proof)
                   AND NOT agentdesk_is_team_leader() THEN
                    RAISE EXCEPTION 'agentdesk: workstation not registered'
                        USING ERRCODE = '42501';
                END IF;
                INSERT INTO audit_workstation (workstation, secret_hash, registered_by)
                    VALUES (p_workstation, sha256(p_secret), session_user)
                    ON CONFLICT (workstation) DO NOTHING;
                SELECT secret_hash INTO v_hash FROM audit_workstation
                    WHERE workstation = p_workstation;
            END IF;
            IF v_hash IS DISTINCT FROM sha256(p_secret) THEN
                RAISE EXCEPTION 'agentdesk: workstation credential refused'
                    USING ERRCODE = '42501';
            END IF;
            IF v_n = 0 THEN
                RETURN '{}';
            END IF;
            INSERT INTO audit_chain (workstation, seq, id, at, actor_id, actor, action,
                                     customer_id, details, mac)
                SELECT p_workstation, u.seq, u.id, u.at, u.actor_id, u.actor, u.action,
                       u.customer_id, u.details, u.mac
                FROM unnest(p_seqs, p_ids, p_ats, p_actor_ids, p_actors, p_actions,
                            p_customer_ids, p_details, p_macs)
                     AS u(seq, id, at, actor_id, actor, action, customer_id, details, mac)
                ON CONFLICT (workstation, seq) DO NOTHING;
            SELECT coalesce(array_agg(c.seq ORDER BY c.seq), '{}') INTO v_differ
                FROM audit_chain c JOIN unnest(p_seqs, p_macs) AS u(seq, mac)
                    ON c.workstation = p_workstation AND c.seq = u.seq
                WHERE c.mac <> u.mac;
            RETURN v_differ;
        END $$""",
    # Members get EXECUTE from the grants (agentdesk/team/roles.py), never PUBLIC.
    "REVOKE ALL ON FUNCTION agentdesk_audit_append(uuid, bytea, bytea, integer[], uuid[], "
    "timestamptz[], uuid[], text[], text[], uuid[], jsonb[], bytea[]) FROM PUBLIC",
)
SERVER_DOWN = (
    "DROP FUNCTION IF EXISTS agentdesk_audit_append(uuid, bytea, bytea, integer[], uuid[], "
    "timestamptz[], uuid[], text[], text[], uuid[], jsonb[], bytea[])",
    "DROP TABLE IF EXISTS audit_quarantine",
    "DROP TABLE IF EXISTS audit_workstation",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_DOWN:
            op.execute(statement)
