"""Copying customer text to the clipboard: card numbers and security codes never leave."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from agentdesk.vault.pci import redact_text


def copy_redacted(text: str) -> str:
    """Put ``text`` on the clipboard with card data masked; returns what was copied."""
    clean = redact_text(text)
    QGuiApplication.clipboard().setText(clean)
    return clean
