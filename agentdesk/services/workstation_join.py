"""Joining a standalone workstation to a team database with the app open (File ▸ Join a
team database…): the checks, the switch to the team key, the join, the first download.

The command line's ``team join`` wants an empty data folder. A workstation where the app has
run is never empty: it has its own key, its first accounts, the starter articles. Those can
go when nothing personal depends on them, so this joins such a workstation in place:

- refused, with nothing changed, while it holds customer data (customers, calls, messages,
  drafts, feedback or any data key): that data belongs in ``team init`` (Start a team
  database…), which uploads it;
- the team key is fetched with the team account's password first (a wrong password, an
  unreachable server or a TLS problem changes nothing here);
- this workstation's key is replaced by the team key the way a key rotation does it
  (crash-safe, the audit chain re-keyed, so its entries upload and verify on the server),
  where the key is kept now: the OS keyring, or the passphrase key file (its passphrase is
  asked, checked, and stays the same);
- ``services.team_setup.join`` records the team database, then this workstation's own accounts,
  knowledge articles, canned responses, transfer directory and forecast are removed and the
  team's are downloaded: from then on only team accounts log in here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import OperationalError

from agentdesk.accounts.passwords import DEFAULT_PARAMS, ScryptParams
from agentdesk.errors import KnownError
from agentdesk.models import Account
from agentdesk.paths import DataPaths
from agentdesk.services.accounts import AccountService
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.keys import encrypted_rows
from agentdesk.services.team import connection_error
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.team import config
from agentdesk.vault.keystore import KeyStore

CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class JoinCheck:
    needs_passphrase: bool  # the key is in the passphrase key file (no usable keyring)
    resumes: bool = False  # joined already, but the team's data has not arrived yet


@dataclass(frozen=True)
class JoinReport:
    pulled: int  # changes downloaded from the team database
    accounts: int  # team accounts that can now log in at this workstation


class WorkstationJoinService:
    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        vault: VaultService,
        accounts: AccountService,
        *,
        params: ScryptParams = DEFAULT_PARAMS,
        keyring_store: KeyStore | None = None,
        key_file=None,
        audits: tuple[AuditLog, ...] = (),
    ) -> None:
        self._paths = paths
        self._db = db
        self._vault = vault
        self._accounts = accounts
        self._params = params
        self._keyring_store = keyring_store
        self._key_file = key_file
        self._audits = audits

    def check(self, who: Identity) -> JoinCheck:
        """What refuses a join before anything is asked of the server, and what it needs."""
        require_team_leader(who, "join_team_database")
        if config.load(self._paths.root) is not None:
            if self._awaits_download():
                return JoinCheck(needs_passphrase=False, resumes=True)
            raise KnownError(
                "This data folder is already joined to a team database.",
                code="team.already_joined",
            )
        if encrypted_rows(self._db) or self._vault.keys.count():
            raise KnownError(
                "This workstation holds customer data of its own, so it cannot join a team "
                "database; a team leader can start a team database from it instead, which "
                "uploads that data.",
                code="team.join_has_customers",
            )
        return JoinCheck(needs_passphrase=not self._in_keyring())

    def join(
        self,
        who: Identity,
        url: str,
        username: str,
        password: str,
        passphrase: str | None = None,
    ) -> JoinReport:
        """Make this workstation one of the team's (``who``: the local team leader doing it;
        ``username``/``password``: any account of the team; ``passphrase``: this
        workstation's key file's, when ``check`` says it is needed)."""
        from agentdesk.services.team_setup import join

        found = self.check(who)
        name = username.strip().casefold()
        if found.resumes:
            # The last try stopped after joining, before the team's data arrived (the server
            # went away): only the download is left, from the team database it joined.
            if config.config_for(url) != config.load(self._paths.root):
                raise KnownError(
                    "This data folder is already joined to a team database.",
                    code="team.already_joined",
                )
            if self._never_pulled():  # stopped before its own rows went: they go now
                self._forget_own_content()
            return self._download(name, password)
        needs_passphrase = found.needs_passphrase
        if needs_passphrase:
            self._key_file_().unlock(passphrase or "")  # WrongPassphraseError: nothing changed
        team_key = self._team_key(url, name, password)
        self._adopt(team_key, passphrase if needs_passphrase else None)
        keeps_key = _KeyFileSlot(self._key_file_(), passphrase) if needs_passphrase else None
        try:
            join(
                self._paths,
                self._db,
                url,
                name,
                password,
                keeps_key or self._stores()[0],
                params=self._params,
            )
        except OperationalError as exc:
            raise connection_error(exc) from None
        self._forget_own_content()
        return self._download(name, password)

    def unfinished_join(self) -> str | None:
        """The team database's address when this folder joined one and holds no account yet
        (the team's data never arrived): nobody can log in here until it does, and a first
        account must not be made in a folder that holds the team key."""
        found = config.load(self._paths.root)
        if found is None or self._accounts.has_accounts():
            return None
        return found.url

    def finish_join(self, username: str, password: str) -> JoinReport:
        """Download the team's data into a folder whose join stopped before it arrived, at
        start-up when nobody is logged in: the team account's login on the team database is
        what allows it (there is no account here to check)."""
        if self.unfinished_join() is None:
            raise KnownError(
                "This data folder is already joined to a team database.",
                code="team.already_joined",
            )
        if self._never_pulled():  # stopped before its own rows went: they go now
            self._forget_own_content()
        return self._download(username.strip().casefold(), password)

    def _awaits_download(self) -> bool:
        """Joined, with no account here yet, or with nothing pulled yet: a join whose first
        download did not finish (or that stopped between recording the team database and
        removing this workstation's own rows, when its old accounts are still here)."""
        with self._db.read() as s:
            live = s.scalar(
                select(func.count()).select_from(Account).where(Account.deleted_at.is_(None))
            )
        return not live or self._never_pulled()

    def _never_pulled(self) -> bool:
        """Nothing has come from the team database yet and nothing personal is here."""
        from agentdesk.sync import replica
        from agentdesk.sync.server import Cursor

        return (
            replica.cursor(self._db) == Cursor()
            and not encrypted_rows(self._db)
            and not self._vault.keys.count()
        )

    def _team_key(self, url: str, name: str, password: str) -> bytes:
        """The team key sealed to this account on the server; nothing changes here."""
        from agentdesk.storage.engine import make_engine
        from agentdesk.team import members
        from agentdesk.team.roles import team_roles
        from agentdesk.vault.teamkey import derive_account_secrets

        cfg = config.config_for(url)
        secrets = derive_account_secrets(password, cfg.database, name, self._params)
        role = team_roles(cfg.database).member(name)
        engine = make_engine(
            cfg.login_url(role, secrets.login_secret),
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )
        try:
            with engine.connect() as conn:
                return members.own_team_key(conn, secrets)
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose()

    def _stores(self) -> tuple[KeyStore, KeyStore]:
        """The keyring unlock_vault reads at the next start, and its pending slot."""
        from agentdesk.services.rotation import pending_keyring_store
        from agentdesk.vault.keystore import KeyringKeyStore, MemoryKeyStore

        if self._keyring_store is None:
            return KeyringKeyStore(self._paths.root), pending_keyring_store(self._paths)
        return self._keyring_store, MemoryKeyStore()

    def _key_file_(self):
        from agentdesk.vault.keyfile import PassphraseKeyFile

        return self._key_file or PassphraseKeyFile(self._paths.key_file)

    def _in_keyring(self) -> bool:
        try:
            return self._stores()[0].load() == self._vault._master
        except KnownError:  # no secure keyring here: the key file holds the key
            return False

    def _adopt(self, team_key: bytes, passphrase: str | None) -> None:
        """This workstation's key becomes the team key, as a key rotation does it."""
        from agentdesk.services.rotation import rotate_master_key
        from agentdesk.vault.derive import key_fingerprint

        if key_fingerprint(team_key) == self._vault.fingerprint:
            return
        store, pending = self._stores()
        rotate_master_key(
            self._paths,
            self._db,
            self._vault,
            keyring_store=store,
            key_file=self._key_file_(),
            pending_store=pending,
            current_passphrase=passphrase,
            new_key=team_key,
        )
        self._vault.switch_key(team_key)
        for audit in self._audits:
            audit.rekey(self._vault.audit_key)

    def _forget_own_content(self) -> None:
        """This workstation's own shared rows go; the team's arrive with the download (the
        starter articles and accounts would otherwise collide with the team's by name)."""
        from agentdesk.sync.tables import SYNCED_TABLES, table

        with self._db.engine.begin() as conn:
            if self._db.is_sqlite:
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for name in reversed(SYNCED_TABLES):  # children first
                conn.execute(delete(table(name)))

    def _download(self, name: str, password: str) -> JoinReport:
        from agentdesk.services.team import TeamService
        from agentdesk.sync import outbox

        outbox.install(self._db)  # this session's writes from now on reach the team too
        store, _ = self._stores()
        team = TeamService(
            self._paths,
            self._db,
            self._vault,
            self._accounts,
            params=self._params,
            keyring_store=store,
            key_file=self._key_file,
            audits=self._audits,
        )
        engine = team.sync_engine(name, password)
        try:
            engine.register()  # this workstation's audit chain is claimed first, as in the CLI
            report = engine.pull()
        except OperationalError as exc:
            raise connection_error(exc) from None
        finally:
            engine.dispose_server()
        with self._db.read() as s:
            accounts = s.scalar(
                select(func.count()).select_from(Account).where(Account.deleted_at.is_(None))
            )
        return JoinReport(report.pulled, accounts or 0)


class _KeyFileSlot:
    """Where ``team_setup.join`` keeps the team key on a workstation with no keyring: the key file,
    under the passphrase it already has (the rotation has just written the team key there)."""

    def __init__(self, key_file, passphrase: str) -> None:
        self._file, self._passphrase = key_file, passphrase

    def load(self) -> bytes | None:
        return self._file.unlock(self._passphrase) if self._file.exists() else None

    def save(self, key: bytes) -> None:
        if self.load() != key:
            self._file.create(self._passphrase, key=key, replace=True)

    def delete(self) -> None:
        raise NotImplementedError("the key file is never deleted by a join")
