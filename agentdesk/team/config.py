"""Which team database a data folder belongs to: ``team.json`` (no password, ever)."""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from agentdesk.errors import ValidationError

FILE_NAME = "team.json"


@dataclass(frozen=True)
class TeamConfig:
    url: str  # postgresql+psycopg://host:port/database?sslmode=..., without user or password

    @property
    def database(self) -> str:
        return make_url(self.url).database or ""

    def login_url(self, role: str, secret: str) -> str:
        """A member's URL. The secret goes only through SCRAM, which never reveals it,
        whatever team.json says: by default libpq sends a password in clear to any server
        that asks, and whoever can edit team.json (or redirect its host name) can put such
        a server there and log in to the real one as that member."""
        url = make_url(self.url).set(username=role, password=secret)
        if _libpq_checks_auth():
            url = url.update_query_dict({"require_auth": "scram-sha-256"})
        return url.render_as_string(hide_password=False)


@functools.cache
def _libpq_checks_auth() -> bool:
    """libpq 16 and newer take ``require_auth`` (psycopg[binary] brings its own)."""
    import psycopg

    return psycopg.pq.version() >= 160000


def server_url(raw: str) -> URL:
    """A PostgreSQL URL as given by a user, with psycopg 3 as the driver."""
    try:
        url = make_url(raw)
    except Exception:
        raise ValidationError(
            "Team database: not a valid postgresql:// address.", "url", code="team.url_invalid"
        ) from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise ValidationError(
            "Team database: give a postgresql://host/database address.",
            "url",
            code="team.url_missing_database",
        )
    return url.set(drivername="postgresql+psycopg")


def config_for(raw: str) -> TeamConfig:
    url = server_url(raw).set(username=None, password=None)
    return TeamConfig(url.render_as_string(hide_password=False))


def load(root: Path) -> TeamConfig | None:
    path = root / FILE_NAME
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return TeamConfig(str(data["url"]))


def save(root: Path, config: TeamConfig) -> None:
    path = root / FILE_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": config.url}, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
