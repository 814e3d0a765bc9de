"""Accounts and signing in (services/accounts.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "account.username_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "User name: 2–32 characters, letters a–z, digits, dot, dash or underscore, "
        "starting with a letter or digit.",
    ),
    "account.username_taken": QT_TRANSLATE_NOOP(
        "Errors", "The user name '{username}' is already taken."
    ),
    "account.password_short": QT_TRANSLATE_NOOP(
        "Errors", "Password: Use at least {minimum} characters."
    ),
    "account.password_spaces": QT_TRANSLATE_NOOP(
        "Errors", "Password: The password must not start or end with a space."
    ),
    "account.password_same": QT_TRANSLATE_NOOP(
        "Errors", "Password: the new password is the same as the old one."
    ),
    "accounts.exist": QT_TRANSLATE_NOOP(
        "Errors", "An account already exists; ask a team leader to add you."
    ),
    "login.failed": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "login.throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts. Try again in {seconds} s."
    ),
}
