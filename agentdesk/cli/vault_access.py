"""Opening the vault from the command line, unattended: keyring, passphrase file or stdin.

The passphrase never comes from an argument (it would show in `ps` and shell history). The
keyring and key file are built by the module-level factories below, so tests can swap in an
in-memory keystore and cheap scrypt without ever touching the real keyring.
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.cli.common import data_paths, database
from agentdesk.errors import KnownError

if TYPE_CHECKING:  # the real imports happen in the functions, so `--help` stays quick
    from agentdesk.paths import DataPaths
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.gdpr import GdprService
    from agentdesk.services.identity import Identity
    from agentdesk.services.notes import NotesService
    from agentdesk.services.vault import VaultService
    from agentdesk.settings import Settings
    from agentdesk.storage.session import Database
    from agentdesk.vault.keyfile import PassphraseKeyFile
    from agentdesk.vault.keystore import KeyStore
    from agentdesk.vault.resolve import PassphraseRequest


class VaultAccessError(KnownError):
    """The command cannot open the vault; says what to pass next time."""


def keyring_store_for(paths: DataPaths) -> KeyStore:
    """The OS keyring for this data folder (tests replace this function)."""
    from agentdesk.vault.keystore import KeyringKeyStore

    return KeyringKeyStore(paths.root)


def key_file_for(paths: DataPaths) -> PassphraseKeyFile:
    """The passphrase-wrapped key file (tests replace this to use cheap scrypt)."""
    from agentdesk.vault.keyfile import PassphraseKeyFile

    return PassphraseKeyFile(paths.key_file)


def pending_store_for(paths: DataPaths) -> KeyStore:
    """Where a new key waits during a rotation (the keyring slot beside the real one)."""
    from agentdesk.services.rotation import pending_keyring_store

    return pending_keyring_store(paths)


def pending_key_file_for(paths: DataPaths) -> PassphraseKeyFile:
    """Where a new key waits during a rotation when the key is kept in the key file."""
    from agentdesk.services.rotation import pending_key_file

    return pending_key_file(paths)


def add_vault_options(parser: argparse.ArgumentParser) -> None:
    """--passphrase-file / --passphrase-stdin and --as, for every command that needs the vault."""
    group = parser.add_argument_group(
        "vault", "Used only when the key is kept in the passphrase-protected key file."
    )
    source = group.add_mutually_exclusive_group()
    source.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the key-file passphrase from the first line of FILE",
    )
    source.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the key-file passphrase from the first line of standard input",
    )
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="USER",
        help="account recorded in the audit log as having done this (default: system)",
    )


class PassphraseSource:
    """A one-attempt PassphraseProvider over a file, stdin, or a prompt on a terminal."""

    def __init__(self, file: Path | None, from_stdin: bool) -> None:
        self._file = file
        self._from_stdin = from_stdin
        self.problem: str | None = None  # how the single attempt ended, when it failed
        self.passphrase: str | None = None  # the one that was accepted, for key rotation

    def __call__(self, request: PassphraseRequest) -> str | None:
        if request.attempt > 1:  # the one passphrase we had was refused: stop asking
            self.problem = request.problem
            return None
        passphrase = self._read(request)
        if not passphrase and self._file is not None:
            raise VaultAccessError(f"The passphrase file {self._file} has an empty first line.")
        if not passphrase and self._from_stdin:
            raise VaultAccessError("No passphrase arrived on standard input.")
        if not passphrase:
            self.problem = "none-given"
            return None
        self.passphrase = passphrase
        return passphrase

    def _read(self, request: PassphraseRequest) -> str | None:
        from agentdesk.vault.resolve import PassphraseMode

        if self._file is not None:
            return read_passphrase_file(self._file)
        if self._from_stdin:
            return read_first_line(sys.stdin)
        if sys.stdin is not None and sys.stdin.isatty():
            first = getpass.getpass("Key-file passphrase: ")
            if request.mode is PassphraseMode.CREATE and getpass.getpass("Repeat: ") != first:
                raise VaultAccessError("The two passphrases differ; nothing was changed.")
            return first
        return None


def read_first_line(stream) -> str | None:
    line = stream.readline() if stream is not None else ""
    # A BOM (Notepad's "UTF-8") is not part of the passphrase, on any read (#15 item 15).
    return line.removeprefix("\ufeff").rstrip("\r\n") or None


def read_passphrase_file(path: Path) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            passphrase = read_first_line(fh)
            mode = os.fstat(fh.fileno()).st_mode
    except (OSError, UnicodeDecodeError) as exc:
        why = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.__class__.__name__
        raise VaultAccessError(f"The passphrase file {path} cannot be read ({why}).") from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        print(
            f"agentdesk: warning: {path} can be read by other users; chmod 600 it.",
            file=sys.stderr,
        )
    return passphrase


@dataclass(frozen=True)
class DataAccess:
    """Everything a command over personal data needs, with the vault open."""

    paths: DataPaths
    db: Database
    settings: Settings
    vault: VaultService
    audit: AuditLog
    customers: CustomerService
    notes: NotesService
    gdpr: GdprService
    who: Identity
    keyring_store: KeyStore
    key_file: PassphraseKeyFile
    pending_store: KeyStore
    # The key-file passphrase, when the key came from the key file (rotation re-uses it).
    passphrase: str | None = field(default=None, repr=False)


@contextmanager
def open_data(args: argparse.Namespace) -> Iterator[DataAccess]:
    """Open database and vault for one command; both are closed when the block ends."""
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.gdpr import GdprService
    from agentdesk.services.notes import NotesService
    from agentdesk.settings import load_settings

    paths = data_paths(args)
    loaded = load_settings(paths.settings_file)
    for problem in loaded.problems:  # every invalid value was reset to its default
        print(f"settings: {problem}", file=sys.stderr)
    settings = loaded.settings
    db = database(args, paths)
    try:
        who = identity_for(db, getattr(args, "actor", None))
        store, key_file = keyring_store_for(paths), key_file_for(paths)
        pending = pending_store_for(paths)
        source = PassphraseSource(
            getattr(args, "passphrase_file", None), getattr(args, "passphrase_stdin", False)
        )
        vault = unlock(paths, db, source, store, key_file, pending, settings.phone_region)
        try:
            audit = AuditLog(vault.audit_key, vault.keys)
            customers = CustomerService(db, vault, audit, settings.phone_region)
            yield DataAccess(
                paths=paths,
                db=db,
                settings=settings,
                vault=vault,
                audit=audit,
                customers=customers,
                notes=NotesService(db, vault, audit),
                gdpr=GdprService(db, vault, audit, customers),
                who=who,
                keyring_store=store,
                key_file=key_file,
                pending_store=pending,
                passphrase=source.passphrase,
            )
        finally:
            vault.keys.dispose()
    finally:
        db.dispose()


def unlock(
    paths: DataPaths,
    db: Database,
    source: PassphraseSource,
    store: KeyStore,
    key_file: PassphraseKeyFile,
    pending: KeyStore,
    region: str,
) -> VaultService:
    """unlock_vault with a one-attempt provider; a refusal becomes a sentence saying what to do."""
    from agentdesk.services.keys import WHY, VaultLockedError, unlock_vault
    from agentdesk.vault.resolve import KeyStatus, PassphraseMode

    try:
        return unlock_vault(
            paths,
            db,
            ask_passphrase=source,
            keyring_store=store,
            key_file=key_file,
            pending_store=pending,
            region=region,
        )
    except VaultLockedError as exc:
        state = exc.state
        if state.status is not KeyStatus.NEEDS_PASSPHRASE:
            raise
        if source.problem == "wrong-passphrase":
            raise VaultAccessError(
                "Wrong passphrase for the key file; nothing was changed."
            ) from None
        if source.problem == "too-short":
            raise VaultAccessError(
                "The new key file needs a passphrase of at least 8 characters; nothing was changed."
            ) from None
        verb = "create" if state.mode is PassphraseMode.CREATE else "open"
        raise VaultAccessError(
            f"{WHY.get(state.reason, '')} A passphrase is needed to {verb} it: pass "
            "--passphrase-file FILE or --passphrase-stdin."
        ) from None


def identity_for(db: Database, username: str | None) -> Identity:
    """SYSTEM, or the named account (the data folder's owner may act as any of its accounts)."""
    from agentdesk.errors import NotFoundError
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.identity import SYSTEM

    if not username:
        return SYSTEM
    try:
        return AccountService(db).identity_of(username)
    except NotFoundError:
        name = username.strip().casefold()
        raise VaultAccessError(
            f"--as: no account named '{name}' (see `agentdesk user list`)."
        ) from None


class KeyringOrKeyFile:
    """Where `team join` keeps the team key: the OS keyring, or, on a machine with no secure
    keyring, the passphrase key file, as the app does (the passphrase from --passphrase-file,
    --passphrase-stdin or a prompt). It used to stop with "No secure system keyring"."""

    def __init__(self, paths, args: argparse.Namespace) -> None:
        self._keyring = keyring_store_for(paths)
        self._file = key_file_for(paths)
        self._source = PassphraseSource(
            getattr(args, "passphrase_file", None), getattr(args, "passphrase_stdin", False)
        )

    def load(self) -> bytes | None:
        return self._keyring.load()

    def save(self, key: bytes) -> None:
        from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason
        from agentdesk.vault.resolve import PassphraseMode, PassphraseRequest

        try:
            self._keyring.save(key)
            return
        except KeyUnavailableError as exc:
            if exc.reason is not UnavailableReason.NO_SECURE_BACKEND:
                raise
        passphrase = self._source(PassphraseRequest(PassphraseMode.CREATE, "join"))
        if not passphrase:
            raise VaultAccessError(
                "No secure keyring here: give the key file's passphrase with "
                "--passphrase-file or --passphrase-stdin; nothing was changed."
            )
        self._file.create(passphrase, key=key, replace=self._file.exists())

    def delete(self) -> None:
        self._keyring.delete()
