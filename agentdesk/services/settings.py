"""Settings as a service: loaded once, saved atomically, changes announced."""

from __future__ import annotations

from pathlib import Path

from agentdesk.changes import Changes
from agentdesk.settings import Settings, load_settings, save_settings


class SettingsService:
    def __init__(self, path: Path) -> None:
        self._path = path
        loaded = load_settings(path)
        self._current = loaded.settings
        self.problems = loaded.problems

    def current(self) -> Settings:
        return self._current

    def save(self, settings: Settings) -> Changes:
        save_settings(self._path, settings)
        self._current = settings
        return Changes.SETTINGS
