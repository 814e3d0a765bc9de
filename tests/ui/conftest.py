"""Widget tests see English as a representative does: "%n call(s)" reads "1 call", "3 calls"
(the app installs the source language's plurals at start: ui/translation.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from agentdesk.ui.translation import EnglishPlurals


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    plurals = EnglishPlurals()
    QCoreApplication.installTranslator(plurals)
    yield
    QCoreApplication.removeTranslator(plurals)
