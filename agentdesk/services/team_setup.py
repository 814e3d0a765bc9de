"""Setting a team database up and a data folder into it: ``upgrade_server`` (the owner, after
a new version) and ``join`` (the team key fetched with an account's password). The team's
daily work on a joined folder is ``services.team.TeamService``."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from agentdesk.accounts.passwords import DEFAULT_PARAMS, ScryptParams
from agentdesk.errors import KnownError
from agentdesk.paths import DataPaths
from agentdesk.services.team import connection_error
from agentdesk.storage.engine import make_engine
from agentdesk.storage.migrate import upgrade
from agentdesk.storage.session import Database
from agentdesk.team import config, members
from agentdesk.team.roles import apply_grants, team_roles
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.keystore import KeyStore
from agentdesk.vault.teamkey import derive_account_secrets


def upgrade_server(owner_url: str) -> None:
    """Bring a team database up to this version of agentdesk: its migrations, then every
    grant and row-level policy again (a new version may let representatives write a column
    they could not before). The owner runs it once after installing a new version; running
    it again changes nothing."""
    cfg = config.config_for(owner_url)
    owner = make_engine(config.server_url(owner_url).render_as_string(hide_password=False))
    try:
        upgrade(owner)
        with owner.begin() as conn:
            apply_grants(conn, cfg.database, conn.execute(text("SELECT current_user")).scalar())
    except OperationalError as exc:
        raise connection_error(exc) from None
    finally:
        owner.dispose()


def join(
    paths: DataPaths,
    db: Database,
    url: str,
    username: str,
    password: str,
    keyring_store: KeyStore,
    *,
    params: ScryptParams = DEFAULT_PARAMS,
) -> bytes:
    """Fetch the team key with an account's password and keep it as this folder's key.

    Refuses a data folder that already holds data under another key. Returns the team key's
    holder nothing else: the caller unlocks the vault as usual and pulls.
    """
    from agentdesk.services.keys import has_encrypted_data, stored_fingerprint
    from agentdesk.storage.datakeys import DataKeyStore

    cfg = config.config_for(url)
    name = username.strip().casefold()
    secrets = derive_account_secrets(password, cfg.database, name, params)
    role = team_roles(cfg.database).member(name)
    engine = make_engine(cfg.login_url(role, secrets.login_secret))
    try:
        with engine.connect() as conn:
            team_key = members.own_team_key(conn, secrets)
    except OperationalError as exc:
        raise connection_error(exc) from None
    finally:
        engine.dispose()
    keys = DataKeyStore(*paths.data_keys)
    try:
        mine = stored_fingerprint(db)
        if mine is not None and mine != key_fingerprint(team_key):
            raise KnownError(
                "This data folder already holds data of its own; join with an empty folder.",
                code="team.folder_has_data",
            )
        if mine is None and has_encrypted_data(db, keys):
            raise KnownError(
                "This data folder holds encrypted data; join with an empty folder.",
                code="team.folder_encrypted",
            )
    finally:
        keys.dispose()
    keyring_store.save(team_key)
    config.save(paths.root, cfg)
    return team_key
