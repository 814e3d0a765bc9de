"""Local accounts: first run, adding users, logging in with throttling, hash upgrades."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from agentdesk import limits
from agentdesk.accounts.passwords import (
    DEFAULT_PARAMS,
    MIN_PASSWORD_LENGTH,
    ScryptParams,
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from agentdesk.accounts.throttle import LoginThrottle, delay_after
from agentdesk.changes import Changes
from agentdesk.errors import KnownError, NotFoundError, ValidationError
from agentdesk.i18n import bundled_languages
from agentdesk.models import Account
from agentdesk.models.base import utcnow
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, Role, require_team_leader
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import LOCAL_ONLY, set_author

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class LoginFailedError(KnownError):
    """Wrong name or password; deliberately does not say which."""

    code = "login.failed"


class LoginThrottledError(KnownError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        wait = int(seconds + 0.999)
        super().__init__(
            f"Too many failed attempts. Try again in {wait} s.",
            code="login.throttled",
            seconds=wait,
        )


class DuplicateUserError(ValidationError):
    pass


@dataclass(frozen=True)
class AccountSummary:
    id: str
    username: str
    display_name: str
    role: Role
    failed_logins: int
    last_login_at: datetime | None
    language: str = ""  # "" follows the system locale


def _summary(row: Account) -> AccountSummary:
    return AccountSummary(
        str(row.id),
        row.username,
        row.display_name,
        Role(row.role),
        row.failed_logins,
        row.last_login_at,
        row.language or "",
    )


def _named_account(s, key: str) -> Account:
    """The live account called ``key`` (already folded); NotFoundError naming it otherwise."""
    row = s.scalar(select(Account).where(Account.username == key, Account.deleted_at.is_(None)))
    if row is None:
        raise NotFoundError(
            f"No account named '{key}' (see `agentdesk user list`).",
            code="not_found.account",
            account=key,
        )
    return row


def _identity(row: Account) -> Identity:
    return Identity(row.id, row.username, row.display_name, Role(row.role), row.language or "")


def check_language(language: str | None) -> str | None:
    """``language`` if the application has a catalogue for it; "" or None mean "follow the
    system locale" (stored as NULL)."""
    if not language:
        return None
    code = language.strip().casefold()
    offered = bundled_languages()
    if code not in offered:
        raise ValidationError(
            f"Language: one of {', '.join(offered)}.",
            "language",
            code="choice",
            params={"choices": ", ".join(offered)},
        )
    return code


def normalise_username(raw: str) -> str:
    name = raw.strip().casefold()
    if not USERNAME_RE.match(name):
        raise ValidationError(
            "User name: 2–32 characters, letters a–z, digits, dot, dash or underscore, "
            "starting with a letter or digit.",
            "username",
            code="account.username_invalid",
        )
    return name


class AccountService:
    """Every account operation; the only code that touches Account rows."""

    def __init__(
        self,
        db: Database,
        *,
        params: ScryptParams = DEFAULT_PARAMS,
        clock: Callable[[], float] = time.monotonic,
        joined: Callable[[], bool] = lambda: False,
    ) -> None:
        self._db = db
        # A folder joined to a team database takes its accounts from the team only.
        self._joined = joined
        self._params = params
        self._throttle = LoginThrottle(clock)
        # Verified against for unknown names so a miss costs the same time as a hit; made on
        # the first login attempt, not at start-up (one scrypt costs ~0.3 s).
        self._dummy: str | None = None

    def has_accounts(self) -> bool:
        with self._db.read() as s:
            return bool(s.scalar(select(func.count()).select_from(Account)))

    def create_first_team_leader(self, username: str, display_name: str, password: str) -> Identity:
        """First run only: refuses once any account exists."""
        if self.has_accounts() or self._joined():
            raise KnownError(
                "An account already exists; ask a team leader to add you.", code="accounts.exist"
            )
        summary = self._add(username, display_name, password, Role.TEAM_LEADER, author=username)
        return self.login(summary.username, password)

    def add_user(
        self,
        who: Identity,
        username: str,
        display_name: str,
        password: str,
        role: Role,
        language: str | None = None,
    ) -> tuple[AccountSummary, Changes]:
        require_team_leader(who, "add_accounts")
        summary = self._add(username, display_name, password, role, language, author=who.username)
        return summary, Changes.ACCOUNTS

    def _add(
        self,
        username: str,
        display_name: str,
        password: str,
        role: Role,
        language: str | None = None,
        *,
        author: str,
    ) -> AccountSummary:
        name = normalise_username(username)
        language = check_language(language)
        display = clean_display_name(display_name) or name
        require_good_password(password)
        hashed = hash_password(password, self._params)
        with self._db.write() as s:
            set_author(s, normalise_username(author))
            if s.scalar(select(Account.id).where(Account.username == name)):
                raise DuplicateUserError(
                    f"The user name '{name}' is already taken.", "username",
                    code="account.username_taken", username=name,
                )  # fmt: skip
            row = Account(
                username=name,
                display_name=display,
                role=role.value,
                password_hash=hashed,
                language=language,
            )
            s.add(row)
            s.flush()
            return _summary(row)

    def rename(self, who: Identity, username: str, display_name: str) -> Changes:
        """Change how an account is named in the app and to callers ("This is Sam Rossi"):
        team leaders for anyone."""
        require_team_leader(who, "rename_accounts")
        display = clean_display_name(display_name)
        if not display:
            raise ValidationError(
                "Display name: enter the name callers should hear.", "display_name",
                code="required",
            )  # fmt: skip
        key = username.strip().casefold()
        with self._db.write() as s:
            set_author(s, who)
            row = _named_account(s, key)
            row.display_name = display
        return Changes.ACCOUNTS

    def set_language(self, who: Identity, username: str, language: str | None) -> Changes:
        """Choose an account's interface language ("" or None: follow the system locale).
        Anyone for their own account, team leaders for anyone's; used from the next login."""
        key = username.strip().casefold()
        if key != who.username:
            require_team_leader(who, "set_others_language")
        code = check_language(language)
        with self._db.write() as s:
            set_author(s, who)
            row = _named_account(s, key)
            row.language = code
        return Changes.ACCOUNTS

    def list_users(self, who: Identity) -> list[AccountSummary]:
        require_team_leader(who, "list_accounts")
        with self._db.read() as s:
            rows = s.scalars(
                select(Account).where(Account.deleted_at.is_(None)).order_by(Account.username)
            )
            return [_summary(r) for r in rows]

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = hash_password("not-a-real-password", self._params)
        return self._dummy

    def identity_of(self, username: str) -> Identity:
        """The named account, for command-line work done on its behalf (no password)."""
        key = username.strip().casefold()
        with self._db.read() as s:
            return _identity(_named_account(s, key))

    def login(self, username: str, password: str) -> Identity:
        """Return the identity, or raise LoginFailedError / LoginThrottledError."""
        key = username.strip().casefold()
        wait = self._throttle.wait_remaining(key)
        if wait > 0:
            raise LoginThrottledError(wait)
        with self._db.read() as s:
            row = s.scalar(
                select(Account).where(Account.username == key, Account.deleted_at.is_(None))
            )
            account_id = row.id if row else None
            stored = row.password_hash if row else self._dummy_hash()
            # Failures this process saw are timed by its own clock; before any (a restart),
            # the account's stored count and the time of its last failure apply.
            persisted = _persisted_wait(row) if row and not self._throttle.knows(key) else 0.0
        if persisted > 0:
            # The count of failures is kept with the account, so restarting the app does not
            # reset the wait (#15 item 16); updated_at is the time of the last failure.
            raise LoginThrottledError(persisted)
        ok = verify_password(password, stored) and account_id is not None
        if not ok:
            self._throttle.failed(key)
            if account_id is not None:
                self._record_failure(account_id)
            raise LoginFailedError("Wrong user name or password.")
        self._throttle.succeeded(key)
        upgrade = (
            hash_password(password, self._params) if needs_rehash(stored, self._params) else None
        )
        with self._db.write() as s:
            set_author(s, key)  # her own row: her role may write it on the server
            fresh = s.get(Account, account_id)
            fresh.failed_logins = 0
            fresh.last_login_at = utcnow()
            if upgrade:
                fresh.password_hash = upgrade
            return _identity(fresh)

    def _record_failure(self, account_id) -> None:  # sets updated_at too
        with self._db.write() as s:
            # This workstation's throttling: someone mistyping a colleague's password here
            # is not hers to send, and would wait in the outbox for her next login here.
            s.info[LOCAL_ONLY] = True
            row = s.get(Account, account_id)
            row.failed_logins += 1

    def change_password(
        self,
        who: Identity,
        old: str,
        new: str,
        *,
        audit: AuditLog | None = None,
        before_commit: Callable[[], None] | None = None,
    ) -> Changes:
        """The logged-in account's own password: ``old`` checked as a login is (throttled),
        ``new`` by the rules for a new account. ``before_commit`` runs inside the transaction
        (the team database re-wraps there first); if it raises, nothing changes here."""
        if self.login(who.username, old).account_id != who.account_id:
            raise LoginFailedError("Wrong user name or password.")
        require_good_password(new)
        if new == old:
            raise ValidationError(
                "Password: the new password is the same as the old one.", "password",
                code="account.password_same",
            )  # fmt: skip
        hashed = hash_password(new, self._params)
        with self._db.write() as s:
            set_author(s, who)
            row = s.get(Account, who.account_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(
                    f"No account named '{who.username}'.",
                    code="not_found.account",
                    account=who.username,
                )
            row.password_hash = hashed
            row.failed_logins = 0
            if audit is not None:
                audit.append(s, who, "account.password_changed")
            s.flush()
            if before_commit is not None:
                before_commit()
        return Changes.ACCOUNTS

    def verify(self, who: Identity, password: str) -> bool:
        """Re-check the current user's password (unlocking a locked session)."""
        try:
            return self.login(who.username, password).account_id == who.account_id
        except (LoginFailedError, LoginThrottledError):
            return False


def require_good_password(password: str) -> None:
    """ValidationError (with a code for the UI) if ``password`` is not acceptable as a new one."""
    problem = password_problem(password)
    if problem is None:
        return
    if len(password) < MIN_PASSWORD_LENGTH:
        code, params = "account.password_short", {"minimum": MIN_PASSWORD_LENGTH}
    else:
        code, params = "account.password_spaces", {}
    raise ValidationError(f"Password: {problem}", "password", code=code, params=params)


def clean_display_name(text: str) -> str:
    """Spaces collapsed; ValidationError (code ``too_long``) past limits.DISPLAY_NAME."""
    display = " ".join(str(text).split())
    if len(display) > limits.DISPLAY_NAME:
        raise ValidationError(
            f"Display name: at most {limits.DISPLAY_NAME} characters.",
            "display_name",
            code="too_long",
            params={"limit": limits.DISPLAY_NAME},
        )
    return display


def _persisted_wait(row: Account) -> float:
    """Seconds still to wait after the account's stored run of failed logins."""
    wait = delay_after(row.failed_logins or 0)
    if wait <= 0:
        return 0.0
    last = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
    return max(0.0, wait - (utcnow() - last).total_seconds())
