"""Difficult-customer playbook: entries, checklists and phrasings loaded from YAML (no Qt)."""

from agentdesk.playbook.loader import BASE_LANGUAGE, LANGUAGES, build_playbook, load_playbook
from agentdesk.playbook.model import (
    PICKER_KINDS,
    Cause,
    ChecklistItem,
    Entry,
    Example,
    Kind,
    Playbook,
    Reframe,
)
from agentdesk.playbook.phrases import fill_phrase

__all__ = [
    "BASE_LANGUAGE",
    "LANGUAGES",
    "PICKER_KINDS",
    "Cause",
    "ChecklistItem",
    "Entry",
    "Example",
    "Kind",
    "Playbook",
    "Reframe",
    "build_playbook",
    "fill_phrase",
    "load_playbook",
]
