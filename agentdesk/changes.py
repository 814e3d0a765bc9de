"""What a write changed, so each screen refreshes only what it shows."""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    ACCOUNTS = auto()
    SETTINGS = auto()
    CUSTOMERS = auto()
    NOTES = auto()
    INTERACTIONS = auto()
    MESSAGES = auto()
    TASKS = auto()
    KB = auto()
    DIRECTORY = auto()
    FEEDBACK = auto()
    FORECAST = auto()
    AUDIT = auto()
