"""Team-leader review: adherence rules over call event logs, KPI figures (no Qt, no ORM)."""

from __future__ import annotations

from pathlib import Path

_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def bundled_rules_dir() -> Path:
    """Folder of the adherence rules shipped with the app (a team may add its own)."""
    return _RESOURCES / "adherence"
