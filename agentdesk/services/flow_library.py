"""The loaded call flows: bundled ones, overridden by valid custom files; last good kept."""

from __future__ import annotations

import logging
from pathlib import Path

from agentdesk.errors import DataFileError
from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.flows.schema import Flow
from agentdesk.flows.wording import load_wording

log = logging.getLogger(__name__)


class FlowLibrary:
    """Reload on demand; a broken custom flow is reported and the last good one stays.

    In a language other than English each flow takes its words from
    ``<language>/<flow id>.yaml`` (the team's folder first, then the bundled one); a flow
    without a wording file, or with a broken one (reported), stays in English.
    """

    def __init__(self, custom_dir: Path | None = None, language: str = "en") -> None:
        self._custom = custom_dir
        self.language = language
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
        problems = list(loaded.problems)
        self._flows = {fid: self._worded(flow, problems) for fid, flow in loaded.flows.items()}
        self.problems = tuple(problems)
        for problem in self.problems:
            log.warning("flow problem: %s", problem)
        return self.problems

    def use_language(self, language: str) -> tuple[str, ...]:
        """Flows in ``language`` from now on (the next call started uses them)."""
        if language != self.language:
            self.language = language
            self._flows = {}
            return self.reload()
        return self.problems

    def _worded(self, flow: Flow, problems: list[str]) -> Flow:
        if self.language == "en":
            return flow
        folders = [d / self.language for d in (self._custom, bundled_flows_dir()) if d]
        path = next(
            (f / f"{flow.id}.yaml" for f in folders if (f / f"{flow.id}.yaml").is_file()), None
        )
        if path is None:
            return flow
        try:
            return load_wording(flow, path, self.language, set(self.alphabets))
        except DataFileError as exc:
            problems.extend(exc.problems)
            return flow

    def flows(self) -> dict[str, Flow]:
        return dict(self._flows)
