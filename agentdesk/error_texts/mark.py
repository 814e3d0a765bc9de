"""The marker that lists an error text for ``pyside6-lupdate`` without importing Qt."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: lupdate finds the call by its name and files ``text`` under
    ``context`` in every catalogue; the words are looked up when shown."""
    return text
