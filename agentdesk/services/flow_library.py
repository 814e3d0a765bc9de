"""The loaded call flows: bundled ones, overridden by valid custom files; last good kept."""

from __future__ import annotations

import logging
from pathlib import Path

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.flows.schema import Flow

log = logging.getLogger(__name__)


class FlowLibrary:
    """Reload on demand; a broken custom flow is reported and the last good one stays."""

    def __init__(self, custom_dir: Path | None = None) -> None:
        self._custom = custom_dir
        self._flows: dict[str, Flow] = {}
        self.problems: tuple[str, ...] = ()
        self.alphabets = load_alphabets(bundled_alphabets_dir())
        self.reload()

    def reload(self) -> tuple[str, ...]:
        loaded = load_flows(
            bundled_flows_dir(),
            self._custom,
            previous=self._flows,
            known_alphabets=set(self.alphabets),
        )
        self._flows = dict(loaded.flows)
        self.problems = loaded.problems
        for problem in self.problems:
            log.warning("flow problem: %s", problem)
        return self.problems

    def flows(self) -> dict[str, Flow]:
        return dict(self._flows)
