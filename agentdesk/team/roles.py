"""PostgreSQL roles and grants that make the server refuse what the app refuses.

Two group roles per team database (representatives, team leaders); each account is a login
role in one of them. Applied by the owner at `team init` and again after every upgrade
(idempotent). Row-level security covers what is per row: a representative updates only their
own account row, writes notes only as themselves, enters survey answers only on their own
calls, and reads only their own member entry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, text

from agentdesk.sync.tables import SYNCED_TABLES

# Representatives: the day's work. Everything else they may only read.
REP_WRITES = (
    "customer",
    "interaction",
    "interaction_event",
    "task",
    "note",
    "message",
    "article_view",
    "article_feedback",
    "adherence_score",
    "survey_response",  # the customer's verdict, entered on the representative's own calls
)
# Append-only for representatives: a version, an audit entry or a conflict record (their push
# finds it; team leaders confirm it) is never rewritten.
REP_APPENDS = ("note_version", "audit_entry", "sync_conflict")
REP_COLUMNS = {
    # password_hash and language: a member's own password and interface language (row-level
    # security: their row only).
    "account": ("last_login_at", "failed_logins", "password_hash", "language", "updated_at"),
    "feedback": ("acknowledged_at", "updated_at"),
}


AUDIT_APPEND = (
    "agentdesk_audit_append(uuid, bytea, bytea, integer[], uuid[], timestamptz[], uuid[], "
    "text[], text[], uuid[], jsonb[], bytea[])"
)


@dataclass(frozen=True)
class TeamRoles:
    prefix: str

    @property
    def lead(self) -> str:
        return f"{self.prefix}_lead"

    @property
    def rep(self) -> str:
        return f"{self.prefix}_rep"

    def member(self, username: str) -> str:
        return f"{self.prefix}_u_{username}"


def team_roles(database: str) -> TeamRoles:
    """Role names are cluster-wide: prefixed by a digest of the team database's name."""
    return TeamRoles("ad" + hashlib.sha256(database.encode()).hexdigest()[:8])


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apply_grants(conn: Connection, database: str, owner: str) -> TeamRoles:
    roles = team_roles(database)
    lead, rep = _q(roles.lead), _q(roles.rep)
    for group in (roles.lead, roles.rep):
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}
        ).first()
        if not exists:
            conn.execute(text(f"CREATE ROLE {_q(group)} NOLOGIN"))
    meta = {
        "role_prefix": roles.prefix,
        "lead_group": roles.lead,
        "rep_group": roles.rep,
        "owner": owner,
    }
    for key, value in meta.items():
        conn.execute(
            text(
                "INSERT INTO team_meta VALUES (:k, :v) ON CONFLICT (key) DO UPDATE "
                "SET value = excluded.value"
            ),
            {"k": key, "v": value},
        )
    statements = [
        f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {_q(database)} TO {lead}, {rep}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {lead}, {rep}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {lead}, {rep}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {lead}, {rep}",
        f"GRANT SELECT, INSERT ON sync_change TO {lead}, {rep}",
        f"GRANT SELECT, INSERT, UPDATE ON sync_data_key TO {lead}, {rep}",
        f"GRANT DELETE ON sync_data_key TO {lead}",
        f"GRANT SELECT ON team_meta, team_member TO {lead}, {rep}",
        # Each rotation's proof (the new key wrapped under the old): leaders rotate, every
        # workstation checks a changed key against it (agentdesk/team/succession.py).
        f"GRANT SELECT ON team_key_successor TO {lead}, {rep}",
        f"GRANT INSERT, UPDATE ON team_key_successor TO {lead}",
        f"GRANT INSERT ON audit_entry TO {lead}, {rep}",
        f"GRANT SELECT ON audit_entry TO {lead}",
        # Each workstation's audit chain: no member role inserts, rewrites or deletes an entry.
        # A workstation appends to its own chain only, through agentdesk_audit_append with its
        # secret (migration 0019); team leaders read the chains and re-key the MACs when the
        # team key rotates, and read the entries the owner quarantined. The registrations
        # (secret hashes) are readable by no member role.
        f"GRANT SELECT, UPDATE (mac) ON audit_chain TO {lead}",
        f"GRANT SELECT ON audit_quarantine TO {lead}",
        f"REVOKE ALL ON FUNCTION {AUDIT_APPEND} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {AUDIT_APPEND} TO {lead}, {rep}",
        # Superseded by agentdesk_audit_append, which reports differing seqs itself.
        "REVOKE ALL ON FUNCTION agentdesk_audit_mismatch(uuid, integer[], bytea[]) "
        f"FROM PUBLIC, {lead}, {rep}",
        "REVOKE ALL ON FUNCTION agentdesk_add_member(uuid, text, text, text, bytea, bytea, "
        "bytea, text), agentdesk_remove_member(uuid), "
        "agentdesk_set_member_keys(uuid, text, bytea, bytea, text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION agentdesk_add_member(uuid, text, text, text, bytea, bytea, "
        f"bytea, text), agentdesk_remove_member(uuid) TO {lead}",
        f"GRANT EXECUTE ON FUNCTION agentdesk_set_member_keys(uuid, text, bytea, bytea, text) "
        f"TO {lead}, {rep}",
    ]
    for name in SYNCED_TABLES:
        statements.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_q(name)} TO {lead}")
        if name in REP_WRITES:
            statements.append(f"GRANT SELECT, INSERT, UPDATE ON {_q(name)} TO {rep}")
        elif name in REP_APPENDS:
            statements.append(f"GRANT SELECT, INSERT ON {_q(name)} TO {rep}")
        else:
            statements.append(f"GRANT SELECT ON {_q(name)} TO {rep}")
        for column_table, columns in REP_COLUMNS.items():
            if column_table == name:
                statements.append(f"GRANT UPDATE ({', '.join(columns)}) ON {_q(name)} TO {rep}")
    statements += _policies(lead, rep)
    for statement in statements:
        conn.execute(text(statement))
    return roles


_OWN_CALL = (
    "agent_id = agentdesk_account_id() AND EXISTS (SELECT 1 FROM interaction i "
    "WHERE i.id = interaction_id AND i.agent_id = agentdesk_account_id())"
)


def _policies(lead: str, rep: str) -> list[str]:
    me = "agentdesk_account_id()"
    rules = {
        "account": [
            f"CREATE POLICY read_all ON account FOR SELECT TO {lead}, {rep} USING (true)",
            f"CREATE POLICY lead_all ON account FOR ALL TO {lead} USING (true) WITH CHECK (true)",
            f"CREATE POLICY rep_self ON account FOR UPDATE TO {rep} USING (id = {me}) "
            f"WITH CHECK (id = {me})",
        ],
        "note": [
            f"CREATE POLICY read_all ON note FOR SELECT TO {lead}, {rep} USING (true)",
            f"CREATE POLICY lead_all ON note FOR ALL TO {lead} USING (true) WITH CHECK (true)",
            f"CREATE POLICY rep_insert ON note FOR INSERT TO {rep} WITH CHECK (author_id = {me})",
            f"CREATE POLICY rep_update ON note FOR UPDATE TO {rep} USING (author_id = {me}) "
            f"WITH CHECK (author_id = {me})",
        ],
        "note_version": [
            f"CREATE POLICY read_all ON note_version FOR SELECT TO {lead}, {rep} USING (true)",
            f"CREATE POLICY lead_all ON note_version FOR ALL TO {lead} USING (true) "
            "WITH CHECK (true)",
            # The app keeps the earlier text as a version when its author edits a note.
            f"CREATE POLICY rep_insert ON note_version FOR INSERT TO {rep} "
            f"WITH CHECK (author_id = {me})",
        ],
        # A representative enters the customer's verdict only on her own calls (the service
        # checks the same): the row names her and so does the call it belongs to.
        "survey_response": [
            f"CREATE POLICY read_all ON survey_response FOR SELECT TO {lead}, {rep} USING (true)",
            f"CREATE POLICY lead_all ON survey_response FOR ALL TO {lead} USING (true) "
            "WITH CHECK (true)",
            f"CREATE POLICY rep_insert ON survey_response FOR INSERT TO {rep} "
            f"WITH CHECK ({_OWN_CALL})",
            f"CREATE POLICY rep_update ON survey_response FOR UPDATE TO {rep} "
            f"USING ({_OWN_CALL}) WITH CHECK ({_OWN_CALL})",
        ],
        "team_member": [
            f"CREATE POLICY lead_all ON team_member FOR SELECT TO {lead} USING (true)",
            f"CREATE POLICY rep_self ON team_member FOR SELECT TO {rep} "
            "USING (role_name = session_user)",
        ],
    }
    statements = []
    for table_name, policies in rules.items():
        statements.append(f"ALTER TABLE {table_name} ENABLE ROW LEVEL SECURITY")
        for policy in policies:
            name = policy.split()[2]
            statements.append(f"DROP POLICY IF EXISTS {name} ON {table_name}")
            statements.append(policy)
    return statements
