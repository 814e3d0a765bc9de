"""Why the key file is used, in the user's language (the passphrase dialog's first line).

The English sentences are ``services/keys.py`` WHY's, word for word (a test keeps them
equal); they are repeated here so the first window can word them without importing the
storage layer (start-up imports only what the first window needs).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "KeyReasons"

REASONS: dict[str, str] = {
    "no-secure-backend": QT_TRANSLATE_NOOP(
        "KeyReasons",
        "This computer has no secure keyring, so the key is kept in a file protected by a "
        "passphrase.",
    ),
    "keyring-failed": QT_TRANSLATE_NOOP(
        "KeyReasons", "The system keyring reported an error, so the key file is used instead."
    ),
    "locked": QT_TRANSLATE_NOOP(
        "KeyReasons", "The system keyring is locked, so the key file is used instead."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "KeyReasons",
        "The system keyring did not answer within a few seconds, so the key file is used "
        "instead.",
    ),
    "key-in-file": QT_TRANSLATE_NOOP(
        "KeyReasons", "This data folder keeps its key in a passphrase-protected file."
    ),
    "wrong-key": QT_TRANSLATE_NOOP(
        "KeyReasons", "The keyring holds a different key, so the key file is used instead."
    ),
    "invalid-key": QT_TRANSLATE_NOOP(
        "KeyReasons", "The keyring entry is damaged, so the key file is used instead."
    ),
}


def reason_text(reason: str | None) -> str:
    """The sentence for a key-resolution reason, translated; "" for none or an unknown one."""
    source = REASONS.get(reason or "")
    return QCoreApplication.translate(CONTEXT, source) if source else ""
