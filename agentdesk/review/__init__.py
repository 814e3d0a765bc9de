"""Team-leader review: adherence rules over call event logs, KPI figures (no Qt, no ORM)."""

from __future__ import annotations

from pathlib import Path

from agentdesk.paths import resources_dir


def bundled_rules_dir() -> Path:
    """Folder of the adherence rules shipped with the app (a team may add its own)."""
    return resources_dir() / "adherence"
