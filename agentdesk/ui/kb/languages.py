"""Which language the knowledge dock reads in, and how it marks an article in another one."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from agentdesk.i18n import NATIVE_NAMES, language_of_locale
from agentdesk.kb.records import ArticleHit


def interface_language() -> str:
    """The language the interface speaks (its locale, set from the account's language)."""
    return language_of_locale(QLocale().name()) or "en"


def language_note(hit: ArticleHit, language: str) -> str:
    """The article's language named in itself ("English") when it is not ``language``."""
    if not hit.language or hit.language == language:
        return ""
    return NATIVE_NAMES.get(hit.language, hit.language)
