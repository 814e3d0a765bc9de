"""Sending the outbox, each change under its author's own role where it can be.

A workstation is shared: while the team database was away, Rita and then Tom may have worked
at the same desk. Each outbox entry names its author (agentdesk.sync.outbox); the push sends
it under the role that can vouch for it:

- the logged-in member's own changes, and the system's (no author), under her role;
- a colleague's, under the colleague's role when her secret is kept here (``Credentials``:
  a representative who left changes behind);
- otherwise under the logged-in member's role, as far as the server allows it (a customer
  anyone may add); what it refuses is not a refusal yet but waits in the outbox for its
  author's next login here; a removed colleague will not log in again, so the server's no to
  hers is final.

Entries go in local order, in runs of one role each, one server transaction a run. Once an
entry waits, a later refusal may only be its consequence (a note on a customer still waiting)
and waits too; refusals become final when nothing before them waits any more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection, Engine

from agentdesk.sync import replica


class Credentials(Protocol):
    """What the push needs to send colleagues' changes (services.push_credentials)."""

    member: str

    def engine_for(self, username: str) -> Engine | None: ...

    def is_member(self, username: str) -> bool: ...

    def representative_on_server(self, conn: Connection) -> bool: ...

    def keep_own(self) -> None: ...

    def forget(self, username: str) -> None: ...

    def kept(self) -> set[str]: ...


@dataclass(frozen=True)
class Route:
    """Under which role a run of entries goes, and whether the server's no is final."""

    author: str | None  # None: the logged-in member's engine
    final: bool


class AuthorRoutes:
    """Decides each entry's route for one push round; opens colleagues' engines once."""

    def __init__(self, credentials: Credentials | None) -> None:
        self._credentials = credentials
        self._engines: dict[str, Engine | None] = {}
        self._members: dict[str, bool] = {}
        self._vouched: dict[str, bool] = {}
        self.waiting: dict[str, int] = {}  # author -> entries left waiting this round

    def route(self, author: str | None, after_wait: bool) -> Route:
        creds = self._credentials
        if creds is None or author is None or author == creds.member:
            return Route(None, final=not after_wait)
        if not self._member(author):  # removed since: she will not log in to send them
            return Route(None, final=not after_wait)
        if self.engine(author) is not None:
            return Route(author, final=not after_wait)
        return Route(None, final=False)

    def _member(self, author: str) -> bool:
        if author not in self._members:
            assert self._credentials is not None
            self._members[author] = self._credentials.is_member(author)
        return self._members[author]

    def engine(self, author: str) -> Engine | None:
        if author not in self._engines:
            assert self._credentials is not None
            self._engines[author] = self._credentials.engine_for(author)
        return self._engines[author]

    def vouched(self, author: str, engine: Engine) -> bool:
        """Her kept secret opens a representative's role on the server (checked there, once
        a round): never a team leader's, whatever this workstation's account rows say."""
        if author not in self._vouched:
            assert self._credentials is not None
            with engine.connect() as conn:
                self._vouched[author] = self._credentials.representative_on_server(conn)
        return self._vouched[author]

    def refused_login(self, author: str) -> None:
        """Her kept secret no longer opens her role: forget it; her changes wait for her."""
        engine = self._engines.pop(author, None)
        if engine is not None:
            engine.dispose()
        self._engines[author] = None
        assert self._credentials is not None
        self._credentials.forget(author)

    def wait(self, author: str | None, count: int) -> None:
        """Count what waits per author; the logged-in member's own (a refusal held back
        behind a colleague's waiting change) is no one's to log in for: counted under ""."""
        member = self._credentials.member if self._credentials is not None else None
        key = author if author and author != member else ""
        self.waiting[key] = self.waiting.get(key, 0) + count

    def close(self) -> None:
        for engine in self._engines.values():
            if engine is not None:
                engine.dispose()
        self._engines.clear()


def settle(db, credentials: Credentials | None) -> None:
    """After a round, sent or not: the member's secret is kept while changes of hers wait
    here, and forgotten when none do; a colleague's is forgotten once hers are all sent."""
    if credentials is None:
        return
    waiting = replica.waiting_authors(db)
    if waiting.get(credentials.member):
        credentials.keep_own()
    for username in credentials.kept():
        if not waiting.get(username):
            credentials.forget(username)
