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
    KB = auto()  # articles or snippets themselves
    KB_VIEWS = auto()  # who read what, recently (the recent list)
    KB_FEEDBACK = auto()  # helpful / out-of-date reports
    DIRECTORY = auto()
    FEEDBACK = auto()
    FORECAST = auto()
    AUDIT = auto()
    TEAM = auto()  # the team database's conflicts and refused changes
