"""Settings as a service: loaded once, saved atomically, changes announced."""

from __future__ import annotations

from pathlib import Path

from agentdesk.changes import Changes
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.settings import Settings, load_settings, save_settings


class SettingsService:
    def __init__(self, path: Path) -> None:
        self._path = path
        loaded = load_settings(path)
        self._current = loaded.settings
        self.problems = loaded.problems

    def current(self) -> Settings:
        return self._current

    def save(self, settings: Settings, who: Identity | None = None) -> Changes:
        """Save; once accounts exist only a team leader may (``who`` None: first run, CLI)."""
        if who is not None:
            require_team_leader(who, "change_settings")
        save_settings(self._path, settings)
        self._current = settings
        return Changes.SETTINGS
