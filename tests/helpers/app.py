"""Build the real services on a temporary data folder, with inline tasks and cheap scrypt."""

from __future__ import annotations

from agentdesk.accounts.passwords import ScryptParams
from agentdesk.paths import DataPaths
from agentdesk.ui.tasks import ImmediateExecutor, TaskRunner
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keyfile import ScryptParams as KeyFileParams
from agentdesk.vault.keystore import KeyStore, MemoryKeyStore

FAST = ScryptParams(n=2**8, r=8, p=1)


def inline_tasks() -> TaskRunner:
    return TaskRunner(ImmediateExecutor(), ImmediateExecutor())


def make_services(paths: DataPaths, clock=None, keyring_store: KeyStore | None = None):
    """Real services; the keyring is in memory (never the real one) unless one is given."""
    from agentdesk.ui.app import build_services

    kw = {"params": FAST}
    if clock is not None:
        kw["clock"] = clock
    return build_services(
        paths,
        inline_tasks(),
        keyring_store=keyring_store or MemoryKeyStore(),
        key_file=PassphraseKeyFile(paths.key_file, params=KeyFileParams(n=2**10, r=8, p=1)),
        **kw,
    )


def open_data(services):
    """Unlock the vault and build the data services, as the session does."""
    from agentdesk.services.keys import unlock_vault
    from agentdesk.ui.services import build_data_services

    vault = unlock_vault(
        services.paths,
        services.db,
        ask_passphrase=None,
        keyring_store=services.keyring_store,
        key_file=services.key_file,
    )
    return build_data_services(services, vault)
