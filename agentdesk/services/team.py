"""Joining data folders to a team database: init, join, members, status, a sync round.

The owner's URL (with its password) is used by ``init`` only, for the schema and the grants;
everything else connects as the acting account's own PostgreSQL role, whose secret is derived
from the account's password. A representative's secret is kept (wrapped by the team key) only
while changes of hers wait on a workstation (services.push_credentials).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError

from agentdesk.accounts.passwords import DEFAULT_PARAMS, ScryptParams
from agentdesk.changes import Changes
from agentdesk.errors import KnownError, NotFoundError
from agentdesk.models import Account
from agentdesk.models.base import utcnow
from agentdesk.paths import DataPaths
from agentdesk.services.accounts import AccountService
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, Role, require_team_leader
from agentdesk.services.push_credentials import PushCredentials
from agentdesk.services.vault import VaultService
from agentdesk.storage.engine import make_engine
from agentdesk.storage.migrate import upgrade
from agentdesk.storage.session import Database
from agentdesk.sync import replica
from agentdesk.sync.conflicts import same_plaintext
from agentdesk.sync.engine import SyncEngine, SyncReport
from agentdesk.sync.outbox import enqueue_everything, pending_count, set_author
from agentdesk.team import config, members, rekey, succession
from agentdesk.team.audit import ChainCheck, verify_chains
from agentdesk.team.rekey import ServerRotation
from agentdesk.team.roles import apply_grants, team_roles
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keystore import KeyStore, new_master_key
from agentdesk.vault.teamkey import derive_account_secrets

CONNECT_TIMEOUT_S = 3


class NotJoinedError(KnownError):
    """This data folder is not part of a team database."""


@dataclass(frozen=True)
class TeamStatus:
    url: str
    workstation_id: str
    pending: int
    cursor: str
    reachable: bool | None = None  # None: not asked (no credentials)
    members: tuple[members.Member, ...] = ()


def connection_error(exc: OperationalError) -> KnownError:
    """What went wrong reaching the team database, as a coded error: a refused login, a
    failed TLS connection (named: it needs IT) or an unreachable server."""
    text_ = str(exc.orig).lower() if exc.orig is not None else ""
    if "password authentication failed" in text_ or "does not exist" in text_:
        return KnownError(
            "The team database refused this user name or password.", code="team.refused_login"
        )
    if "ssl" in text_ or "certificate" in text_ or "tls" in text_:
        return KnownError(
            "The secure (TLS) connection to the team database failed; check the address's "
            "sslmode and the server's certificate with your IT team.",
            code="team.tls",
        )
    return KnownError(
        "The team database cannot be reached; check the address and network.",
        code="team.unreachable",
    )


class TeamService:
    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        vault: VaultService,
        accounts: AccountService,
        *,
        params: ScryptParams = DEFAULT_PARAMS,
        keyring_store: KeyStore | None = None,
        key_file: PassphraseKeyFile | None = None,
        pending_store: KeyStore | None = None,
        passphrase: str | None = None,
        audits: tuple[AuditLog, ...] = (),
    ) -> None:
        """The key stores are where a rotated team key is kept (as ``unlock_vault`` was
        given them); ``audits`` are the live audit logs to re-key with it."""
        self._paths = paths
        self._db = db
        self._vault = vault
        self._accounts = accounts
        self._params = params
        self._keyring_store = keyring_store
        self._key_file = key_file
        self._pending_store = pending_store
        self._passphrase = passphrase
        self._audits = audits

    @property
    def config(self) -> config.TeamConfig:
        found = config.load(self._paths.root)
        if found is None:
            raise NotJoinedError(
                "This data folder is not joined to a team database.", code="team.not_joined"
            )
        return found

    def member_engine(self, username: str, password: str) -> Engine:
        return self._engine_with(username, self._login_secret(username, password))

    def _login_secret(self, username: str, password: str) -> str:
        return derive_account_secrets(
            password, self.config.database, username, self._params
        ).login_secret

    def _engine_with(self, username: str, login_secret: str) -> Engine:
        cfg = self.config
        role = team_roles(cfg.database).member(username)
        # A server that does not answer must not hold up a login for minutes (offline first).
        return make_engine(
            cfg.login_url(role, login_secret),
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )

    def sync_engine(self, username: str, password: str) -> SyncEngine:
        """The sync engine for the logged-in account (its own role on the server); each
        change goes under its author's role (services.push_credentials)."""
        secret = self._login_secret(username, password)
        return SyncEngine(
            self._db,
            self._vault.keys,
            self._engine_with(username, secret),
            forget_keys=self._vault.forget,
            fingerprint=lambda: self._vault.fingerprint,
            on_key_changed=lambda: self.adopt_team_key(username, password),
            same_value=same_plaintext(self._vault),
            audit_secret=self._vault.workstation_secret,
            credentials=PushCredentials(
                self._db, self._vault, self.config, username.strip().casefold(), secret
            ),
        )

    # Team-key rotation.

    def rotate_key(self, leader: str, leader_password: str) -> ServerRotation:
        """A new team key for the whole team (a team leader, online): every data key on the
        server re-wrapped, blind indexes recomputed, the key sealed to every member; then
        this folder switches. Other workstations adopt it at their next sync."""
        who = self._accounts.login(leader, leader_password)
        require_team_leader(who, "rotate_team_key")
        engine = self.sync_engine(who.username, leader_password)
        try:
            engine.sync()  # everything of this folder on the server first, under the old key
            return self._rotate(engine.server)
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose_server()

    def _rotate(self, server: Engine) -> ServerRotation:
        old, new = self._vault._master, new_master_key()
        self._check_switch()  # this folder can follow, before the server commits anything
        with server.begin() as conn:
            done = rekey.rotate_on_server(conn, old, new, self._vault.indexer.default_region)
        self._switch_local(new)
        return done

    def verify_server_audit(self, leader: str, leader_password: str) -> list[ChainCheck]:
        """Every workstation's audit chain on the server, checked with the team key (a team
        leader: representatives cannot read the server's copy)."""
        who = self._accounts.login(leader, leader_password)
        require_team_leader(who, "check_team_audit")
        engine = self.member_engine(who.username, leader_password)
        try:
            with engine.connect() as conn:
                return verify_chains(conn, self._vault.audit_key)
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose()

    def adopt_team_key(self, username: str, password: str) -> bool:
        """Take the team key sealed to this account on the server, if it is not the one in use
        here (a rotation elsewhere). Returns True when this folder switched."""
        secrets = derive_account_secrets(password, self.config.database, username, self._params)
        engine = self.member_engine(username, password)
        try:
            with engine.connect() as conn:
                new = members.own_team_key(conn, secrets)
                if key_fingerprint(new) == self._vault.fingerprint:
                    return False
                # Only a key the one held here vouches for (a rotation's record): never one
                # the server's side sealed to this member on its own.
                succession.check(conn, self._vault._master, new)
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose()
        self._switch_local(new)
        return True

    def _stores(self):
        """The stores unlock_vault uses: the OS keyring and its pending slot, unless injected."""
        from agentdesk.services.rotation import pending_keyring_store
        from agentdesk.vault.keystore import KeyringKeyStore, MemoryKeyStore

        store, pending = self._keyring_store, self._pending_store
        if pending is None:
            pending = pending_keyring_store(self._paths) if store is None else MemoryKeyStore()
        return store or KeyringKeyStore(self._paths.root), pending

    def _check_switch(self) -> None:
        from agentdesk.services.rotation import check_rotation

        check_rotation(
            self._db, self._vault, self._stores()[0], current_passphrase=self._passphrase
        )

    def _switch_local(self, new: bytes) -> None:
        """This folder's data keys, blind indexes and audit chain under ``new``, crash-safe
        (rotation.py's order), then the live vault and audit logs."""
        from agentdesk.services.rotation import rotate_master_key

        store, pending = self._stores()
        rotate_master_key(
            self._paths,
            self._db,
            self._vault,
            keyring_store=store,
            key_file=self._key_file or PassphraseKeyFile(self._paths.key_file),
            pending_store=pending,
            current_passphrase=self._passphrase,
            new_key=new,
        )
        self._vault.switch_key(new)
        for audit in self._audits:
            audit.rekey(self._vault.audit_key)

    def init(self, owner_url: str, username: str, password: str) -> SyncReport:
        """Create the team database from this data folder (a team leader, once)."""
        who = self._accounts.login(username, password)
        require_team_leader(who, "start_team_database")
        if config.load(self._paths.root) is not None:
            raise KnownError(
                "This data folder is already joined to a team database.",
                code="team.already_joined",
            )
        cfg = config.config_for(owner_url)
        owner = make_engine(config.server_url(owner_url).render_as_string(hide_password=False))
        try:
            upgrade(owner)
            with owner.begin() as conn:
                if conn.execute(text("SELECT count(*) FROM team_member")).scalar():
                    raise KnownError(
                        "That team database already has members: use join.",
                        code="team.has_members",
                    )
                apply_grants(conn, cfg.database, conn.execute(text("SELECT current_user")).scalar())
                secrets = derive_account_secrets(password, cfg.database, who.username, self._params)
                # This folder's master key becomes the team key: its data keys stay as they are.
                members.add_member(
                    conn,
                    who.account_id,
                    who.username,
                    Role.TEAM_LEADER.value,
                    secrets,
                    self._vault._master,
                )
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            owner.dispose()
        config.save(self._paths.root, cfg)
        engine = self.sync_engine(who.username, password)
        enqueue_everything(self._db)
        try:
            return engine.sync()
        finally:
            engine.dispose_server()

    def add_member(
        self,
        leader: str,
        leader_password: str,
        username: str,
        display_name: str,
        password: str,
        role: Role,
    ) -> str:
        """A new account for the whole team: its row syncs, its role is made on the server."""
        who = self._accounts.login(leader, leader_password)
        summary, _ = self._accounts.add_user(who, username, display_name, password, role)
        cfg = self.config
        secrets = derive_account_secrets(password, cfg.database, summary.username, self._params)
        engine = self.sync_engine(who.username, leader_password)
        try:
            engine.push()  # the account row first: members refer to it
            with engine.server.begin() as conn:
                members.add_member(
                    conn,
                    uuid.UUID(summary.id),
                    summary.username,
                    role.value,
                    secrets,
                    self._vault._master,
                )
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose_server()
        return summary.username

    def remove_member(self, leader: str, leader_password: str, username: str) -> None:
        """The account can log in nowhere any more: role dropped, account row tombstoned."""
        who = self._accounts.login(leader, leader_password)
        require_team_leader(who, "remove_accounts")
        with self._db.read() as s:
            row = s.scalar(select(Account).where(Account.username == username.strip().casefold()))
            if row is None or row.deleted_at is not None:
                raise NotFoundError(
                    f"No account named '{username}'.", code="team.no_account", account=username
                )
            if row.id == who.account_id:
                raise KnownError("You cannot remove your own account.", code="team.remove_self")
            account_id = row.id
        engine = self.sync_engine(who.username, leader_password)
        try:
            # The role goes first: with the server away nothing changes here either (the
            # tombstone would otherwise wait here while her role still logs in there).
            with engine.server.begin() as conn:
                members.remove_member(conn, account_id)
            with self._db.write() as s:
                set_author(s, who)  # the team leader's change, sent under her role
                s.get(Account, account_id).deleted_at = utcnow()
            engine.sync()
            # What they may have kept of the team key opens nothing written from now on.
            self._rotate(engine.server)
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose_server()

    def change_password(self, who: Identity, old: str, new: str) -> Changes:
        """The account's own password, here and on the team database in one step: the server
        re-wraps first (inside the local transaction, so a refusal changes nothing here), then
        the new password hash is pushed so every workstation takes the new password. A folder
        not joined to a team database changes the local account only."""
        audit = self._audits[0] if self._audits else None
        cfg = config.load(self._paths.root)
        if cfg is None:
            return self._accounts.change_password(who, old, new, audit=audit)
        username = who.username

        def on_server() -> None:
            old_secrets = derive_account_secrets(old, cfg.database, username, self._params)
            new_secrets = derive_account_secrets(new, cfg.database, username, self._params)
            engine = self.member_engine(username, old)
            try:
                with engine.begin() as conn:
                    members.rewrap_own_key(conn, old_secrets, new_secrets)
            except OperationalError as exc:
                raise KnownError(
                    "Changing the password needs the team database; try again when it can "
                    "be reached.",
                    code="team.password_needs_server",
                ) from exc
            finally:
                engine.dispose()

        changes = self._accounts.change_password(
            who, old, new, audit=audit, before_commit=on_server
        )
        engine = self.sync_engine(username, new)
        try:
            engine.push()
        except OperationalError:
            pass  # the new hash stays in the outbox and goes with the next sync
        finally:
            engine.dispose_server()
        return changes

    def status(self, username: str | None = None, password: str | None = None) -> TeamStatus:
        cfg = self.config
        base = TeamStatus(
            cfg.url,
            str(replica.workstation_id(self._db)),
            pending_count(self._db),
            str(replica.cursor(self._db)),
        )
        if username is None or password is None:
            return base
        engine = self.member_engine(username, password)
        try:
            with engine.connect() as conn:
                found = tuple(members.members(conn))
        except OperationalError:
            return TeamStatus(**{**base.__dict__, "reachable": False})
        finally:
            engine.dispose()
        return TeamStatus(**{**base.__dict__, "reachable": True, "members": found})
