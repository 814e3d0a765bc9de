"""Where agentdesk keeps its files: resolved once at start-up, never at import time."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from agentdesk.errors import KnownError

ENV_DATA_DIR = "AGENTDESK_DATA_DIR"


class DataDirError(KnownError):
    """The data folder cannot be created or written."""


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "agentdesk.sqlite3"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def key_file(self) -> Path:
        return self.root / "master-key.json"

    @property
    def data_keys(self) -> tuple[Path, Path]:
        """Wrapped data keys: primary and mirror (see storage/datakeys.py)."""
        return self.root / "keys.sqlite3", self.root / "keys-mirror.sqlite3"

    @property
    def custom_content(self) -> Path:
        """Team-edited content (flows, rules) that overrides the bundled resources."""
        return self.root / "content"

    def _make_private(self) -> None:
        """Folders and files made by older versions (or another umask) become this user's
        only (#15 item 16)."""
        if os.name != "posix":
            return
        for folder in (self.root, self.backups, self.logs):
            _private(folder, 0o700)
        for pattern in ("*.sqlite3*", "*.json", "*.ini", "backups/*", "logs/*"):
            for path in self.root.glob(pattern):
                if path.is_file():
                    _private(path, 0o600)

    def ensure(self) -> DataPaths:
        """Create the folders and prove the root is writable; a clear error if not."""
        try:
            for folder in (self.root, self.backups, self.logs):
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._make_private()
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise DataDirError(_describe(exc, self.root)) from None
        return self


def _private(path: Path, mode: int) -> None:
    try:
        if path.exists() and path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
            path.chmod(mode)
    except OSError:
        pass  # not ours to change (a shared mount): the folder's own mode still applies


def _describe(exc: OSError, root: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"The data folder {root} cannot be written (permission denied or read-only)."
    if exc.errno == errno.ENOSPC:
        return f"The disk holding the data folder {root} is full."
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"The data folder {root} is not a folder."
    return f"The data folder {root} cannot be used ({exc.strerror or exc.__class__.__name__})."


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("agentdesk", appauthor=False))


def resolve_data_dir(cli_value: str | None, environ: dict[str, str] | None = None) -> DataPaths:
    """--data-dir wins, then $AGENTDESK_DATA_DIR, then the platform's user data folder."""
    environ = os.environ if environ is None else environ
    if cli_value is not None and not cli_value.strip():
        # An empty --data-dir (an unset shell variable) must not mean "the default folder".
        raise DataDirError(
            "--data-dir is empty; give a folder, or leave the option out.",
            code="paths.data_dir_empty",
        )
    raw = cli_value or environ.get(ENV_DATA_DIR) or None
    root = Path(raw).expanduser() if raw else default_data_dir()
    return DataPaths(root.resolve())


def _package_folder(package: str) -> Path:
    """The folder of a data package shipped inside agentdesk (see setup.py)."""
    from importlib import resources

    try:
        folder = resources.files(package)
    except ModuleNotFoundError:
        # A source checkout run without installing it, or an editable install made before
        # setup.py mapped the folders (re-run `pip install -e .`): the folder at the root.
        folder = Path(__file__).resolve().parent.parent / package.rpartition(".")[2]
        if not (folder / "__init__.py").is_file():
            raise KnownError(
                f"The bundled data folder is missing ({package}).",
                code="paths.bundled_missing",
                package=package,
            ) from None
    if not isinstance(folder, Path) or not folder.is_dir():
        # A zip import or a broken install: the loaders and alembic need real files.
        raise KnownError(
            f"The bundled data folder is not a folder on disk ({folder}).",
            code="paths.bundled_not_folder",
            package=package,
            folder=folder,
        )
    return folder


def resources_dir() -> Path:
    """The bundled content folder (flows, playbook, knowledge base, rules, icons).

    ``resources/`` at the repository root, installed as the package ``agentdesk.resources``.
    """
    return _package_folder("agentdesk.resources")


def migrations_dir() -> Path:
    """The alembic script folder: ``migrations/``, installed as ``agentdesk.migrations``."""
    return _package_folder("agentdesk.migrations")
