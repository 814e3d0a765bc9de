"""Guided call flows: schema and loader, placeholders, phonetic spelling, call engine (no Qt)."""

from __future__ import annotations

from pathlib import Path

from agentdesk.paths import resources_dir


def bundled_flows_dir() -> Path:
    """Folder of the flows shipped with the app (custom flows in the data folder override them)."""
    return resources_dir() / "flows"


def bundled_alphabets_dir() -> Path:
    """Folder of the phonetic spelling alphabets shipped with the app."""
    return resources_dir() / "phonetic"
