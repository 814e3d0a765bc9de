"""Pushing a colleague's changes under her own role, after the desk changed hands offline.

A representative who logs out (or whose session ends) while changes of hers are still waiting
for the team database leaves her role's login secret here, wrapped by the team key in the key
store, so that whoever is logged in when the server returns can send them under HER role: the
server's own checks (her notes, her calls, her follow-ups) then apply to her as they would
have. The secret is kept only while she has changes waiting on this workstation and is
forgotten as soon as they are sent, or refused at login (a changed password, a removed
account). A team leader's secret is never kept: a representative at the desk must not gain a
team leader's rights on the server; a team leader's waiting changes go when she logs in here
again (docs/team-database.md, "Hot-desking while offline").
"""

from __future__ import annotations

import base64
import uuid

from sqlalchemy import Connection, Engine, select, text

from agentdesk.models import Account
from agentdesk.services.identity import Role
from agentdesk.services.vault import VaultService
from agentdesk.storage.engine import make_engine
from agentdesk.storage.session import Database
from agentdesk.team.config import TeamConfig
from agentdesk.team.roles import team_roles
from agentdesk.vault.errors import DecryptionError

_NAMESPACE = uuid.UUID("6f1d3c2a-3b7e-4f5e-9a51-2c0d7e8b4a10")
CONNECT_TIMEOUT_S = 3


def secret_id(username: str) -> uuid.UUID:
    """Where a member's push secret is kept in the key store (never a data key's id)."""
    return uuid.uuid5(_NAMESPACE, f"push-credential:{username}")


def _raw(login_secret: str) -> bytes:
    return base64.urlsafe_b64decode(login_secret + "=" * (-len(login_secret) % 4))


def _text(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


class PushCredentials:
    """The logged-in member's secret (kept while her changes wait) and the kept secrets of
    colleagues who left changes behind. Used by the sync engine's push (agentdesk.sync)."""

    def __init__(
        self,
        db: Database,
        vault: VaultService,
        cfg: TeamConfig,
        member: str,
        login_secret: str,
    ) -> None:
        self._db = db
        self._vault = vault
        self._cfg = cfg
        self._roles = team_roles(cfg.database)
        self.member = member
        self._secret = login_secret

    def _role(self, username: str) -> str | None:
        """The account's role here (None: no such account, or removed)."""
        with self._db.read() as s:
            return s.scalar(
                select(Account.role).where(
                    Account.username == username, Account.deleted_at.is_(None)
                )
            )

    def is_member(self, username: str) -> bool:
        """An account of the team (not removed)."""
        return self._role(username) is not None

    def _is_representative(self, username: str) -> bool:
        return self._role(username) == Role.REPRESENTATIVE.value

    def engine_for(self, username: str) -> Engine | None:
        """An engine logged in as ``username``'s own role, from her kept secret; None when
        none is kept (or she is no longer a representative: then it is forgotten)."""
        sid = secret_id(username)
        try:
            raw = self._vault.kept_secret(sid)
        except DecryptionError:
            raw = b""
        if raw is None:
            return None
        if not raw or not self._is_representative(username):
            self.forget(username)
            return None
        return make_engine(
            self._cfg.login_url(self._roles.member(username), _text(raw)),
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )

    def representative_on_server(self, conn: Connection) -> bool:
        """Whether the role ``conn`` is logged in as is a representative's and not a team
        leader's, by the server's own role memberships: the account rows are this
        workstation's file, which whoever sits here can edit (a team leader "made" a
        representative there would otherwise lend her rights)."""
        return bool(
            conn.execute(
                text(
                    "SELECT pg_has_role(session_user, :rep, 'MEMBER') "
                    "AND NOT pg_has_role(session_user, :lead, 'MEMBER')"
                ),
                {"rep": self._roles.rep, "lead": self._roles.lead},
            ).scalar()
        )

    def keep_own(self) -> None:
        """The logged-in member has changes waiting: keep her secret for whoever comes next
        (a representative's only)."""
        sid = secret_id(self.member)
        if str(sid) in self._vault.keys.local_secret_ids():
            return
        if not self._is_representative(self.member):
            return
        self._vault.keep_secret(sid, _raw(self._secret))

    def forget(self, username: str) -> None:
        self._vault.keys.forget_local_secret(secret_id(username))

    def kept(self) -> set[str]:
        """The accounts (this replica knows) whose secret is kept here."""
        ids = self._vault.keys.local_secret_ids()
        with self._db.read() as s:
            names = s.scalars(select(Account.username))
            return {u for u in names if str(secret_id(u)) in ids}
