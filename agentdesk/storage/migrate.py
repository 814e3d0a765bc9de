"""Open a database safely: read-only checks first, refuse newer or damaged files, then upgrade."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.errors import KnownError
from agentdesk.models.sync import SERVER_ONLY_TABLES
from agentdesk.paths import migrations_dir
from agentdesk.storage.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Start-up speed: alembic (with mako and pygments) is imported only when a migration runs or
# a revision must be looked up; a database already at head opens without it.

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseCorruptError(KnownError):
    """The file is not a healthy SQLite database; it is left exactly as it was."""


class DatabaseTooNewError(KnownError):
    """The database was written by a newer agentdesk; opening it could damage it."""


@dataclass(frozen=True)
class DatabaseReport:
    """What a read-only look at the database found."""

    exists: bool
    revision: str | None
    head: str
    integrity: str  # "ok" or the first problem SQLite reported
    pending: bool

    @property
    def healthy(self) -> bool:
        return self.integrity == "ok"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate skips full-text tables (FTS5 and shadows) and the team database's own
    tables (see models/sync.py): migrations make them by hand."""
    if type_ != "table" or not name:
        return True
    return "_fts" not in name and name not in SERVER_ONLY_TABLES


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def quick_head_revision() -> str:
    """head_revision read from the version files' assignments, without importing alembic.

    Each file's ``revision`` and ``down_revision`` are literals (alembic's template); the head
    is the one revision nothing points down to. Anything unusual (a merge, a computed value,
    no single head) falls back to alembic; a test keeps both answers equal.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        values: dict[str, object] = {}
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            return head_revision()
        for node in tree.body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
                for target in targets:
                    if isinstance(target, ast.Name) and node.value is not None:
                        try:
                            values[target.id] = ast.literal_eval(node.value)
                        except ValueError:
                            values[target.id] = ValueError
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return head_revision()
        revisions.add(revision)
        if down is not None:
            parents.add(down)
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return head_revision()
    return heads.pop()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def inspect_sqlite(path: Path, *, full: bool = False) -> DatabaseReport:
    """Look at the file without changing a byte: header, integrity, schema revision."""
    head = quick_head_revision()
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseReport(False, None, head, "ok", True)
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise KnownError(
            f"The database file {path} cannot be read ({exc.strerror}).",
            code="database.unreadable",
            path=path,
            reason=exc.strerror,
        ) from None
    if header != SQLITE_HEADER:
        raise DatabaseCorruptError(
            f"The database file {path} is not an agentdesk database or is damaged; "
            "it was left untouched. Restore a backup or choose another data folder.",
            code="database.not_agentdesk",
            path=path,
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise DatabaseCorruptError(
            f"The database file {path} cannot be opened.", code="database.cannot_open", path=path
        ) from None
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        integrity = "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])
        revision = None
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError:
        raise DatabaseCorruptError(
            f"The database file {path} is damaged; it was left untouched. Restore a backup.",
            code="database.damaged",
            path=path,
        ) from None
    finally:
        conn.close()
    return DatabaseReport(True, revision, head, integrity, revision != head)


def check_openable(report: DatabaseReport, path: Path) -> None:
    """Raise unless it is safe to write to this database."""
    if not report.healthy:
        raise DatabaseCorruptError(
            f"The database file {path} failed its integrity check ({report.integrity}); "
            "it was left untouched. Restore a backup.",
            code="database.integrity",
            path=path,
            integrity=report.integrity,
        )
    if report.revision not in (None, report.head) and report.revision not in known_revisions():
        raise DatabaseTooNewError(
            f"The database in {path.parent} was written by a newer version of agentdesk "
            f"(schema {report.revision}); it was left untouched. Install that version or newer.",
            code="database.too_new",
            folder=path.parent,
            revision=report.revision,
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations programmatically on the given engine (no shell-out)."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if conn.in_transaction():
            conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        if conn.in_transaction():
            conn.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def prepare_sqlite(url: str, engine_factory, *, backup=None) -> Engine:
    """Check read-only, refuse bad files, back up if an upgrade is due, then upgrade."""
    path = sqlite_path(url)
    if path is not None:
        report = inspect_sqlite(path)
        check_openable(report, path)
        if report.exists and not report.pending:
            return engine_factory(url)  # at head: nothing to migrate, alembic stays unloaded
        if report.exists and report.pending and backup is not None:
            backup(path, report.revision or "empty")
    engine = engine_factory(url)
    upgrade(engine)
    return engine
