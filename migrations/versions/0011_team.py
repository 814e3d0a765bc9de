"""team: members with their wrapped keys, and the functions that manage them (PostgreSQL only)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 17:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Members are PostgreSQL login roles; their rows hold the team key sealed to each member's
# public key, and the member's private key wrapped under a key derived from the password.
# Only the SECURITY DEFINER functions below (owned by the owner role, which alone may create
# roles) change them; grants are applied by `agentdesk team init` (agentdesk/team/roles.py).
SERVER_UP = (
    "CREATE TABLE team_meta (key text PRIMARY KEY, value text NOT NULL)",
    """CREATE TABLE team_member (
        account_id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        role_name text NOT NULL UNIQUE,
        team_role text NOT NULL CHECK (team_role IN ('representative', 'team-leader')),
        public_key bytea NOT NULL,
        wrapped_private_key bytea NOT NULL,
        sealed_team_key bytea NOT NULL,
        team_key_fingerprint text NOT NULL
    )""",
    """CREATE FUNCTION agentdesk_account_id() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT account_id FROM team_member WHERE role_name = session_user $$""",
    """CREATE FUNCTION agentdesk_is_team_leader() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT EXISTS (SELECT 1 FROM team_member
                             WHERE role_name = session_user AND team_role = 'team-leader')
              OR session_user = (SELECT value FROM team_meta WHERE key = 'owner') $$""",
    """CREATE FUNCTION agentdesk_add_member(
            p_account uuid, p_username text, p_team_role text, p_verifier text,
            p_public bytea, p_wrapped_private bytea, p_sealed bytea, p_fingerprint text)
        RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
            v_role text := (SELECT value FROM team_meta WHERE key = 'role_prefix')
                           || '_u_' || p_username;
            v_group text := (SELECT value FROM team_meta WHERE key =
                             CASE p_team_role WHEN 'team-leader' THEN 'lead_group'
                                              ELSE 'rep_group' END);
        BEGIN
            IF NOT agentdesk_is_team_leader() THEN
                RAISE EXCEPTION 'only a team leader adds members' USING ERRCODE = '42501';
            END IF;
            IF p_username !~ '^[a-z0-9][a-z0-9._-]{1,31}$' THEN
                RAISE EXCEPTION 'bad user name' USING ERRCODE = '22023';
            END IF;
            IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
                RAISE EXCEPTION 'a SCRAM verifier is required' USING ERRCODE = '22023';
            END IF;
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I',
                           v_role, p_verifier, v_group);
            INSERT INTO team_member VALUES (p_account, p_username, v_role, p_team_role,
                p_public, p_wrapped_private, p_sealed, p_fingerprint);
            RETURN v_role;
        END $$""",
    """CREATE FUNCTION agentdesk_remove_member(p_account uuid)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE v_role text := (SELECT role_name FROM team_member WHERE account_id = p_account);
        BEGIN
            IF NOT agentdesk_is_team_leader() THEN
                RAISE EXCEPTION 'only a team leader removes members' USING ERRCODE = '42501';
            END IF;
            IF v_role IS NULL THEN RETURN; END IF;
            DELETE FROM team_member WHERE account_id = p_account;
            EXECUTE format('DROP ROLE IF EXISTS %I', v_role);
        END $$""",
    """CREATE FUNCTION agentdesk_set_member_keys(
            p_account uuid, p_verifier text, p_wrapped_private bytea, p_sealed bytea,
            p_fingerprint text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE v_role text := (SELECT role_name FROM team_member WHERE account_id = p_account);
        BEGIN
            -- A member changes their own password; a team leader re-seals after a rotation.
            IF NOT (agentdesk_is_team_leader() OR v_role = session_user) THEN
                RAISE EXCEPTION 'not allowed' USING ERRCODE = '42501';
            END IF;
            IF p_verifier IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier);
            END IF;
            UPDATE team_member SET
                wrapped_private_key = coalesce(p_wrapped_private, wrapped_private_key),
                sealed_team_key = coalesce(p_sealed, sealed_team_key),
                team_key_fingerprint = coalesce(p_fingerprint, team_key_fingerprint)
            WHERE account_id = p_account;
        END $$""",
)
SERVER_DOWN = (
    "DROP FUNCTION IF EXISTS agentdesk_set_member_keys(uuid, text, bytea, bytea, text)",
    "DROP FUNCTION IF EXISTS agentdesk_remove_member(uuid)",
    "DROP FUNCTION IF EXISTS agentdesk_add_member(uuid, text, text, text, bytea, bytea, bytea, "
    "text)",
    "DROP FUNCTION IF EXISTS agentdesk_is_team_leader()",
    "DROP FUNCTION IF EXISTS agentdesk_account_id()",
    "DROP TABLE IF EXISTS team_member",
    "DROP TABLE IF EXISTS team_meta",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_DOWN:
            op.execute(statement)
