"""Load flow files: one file, text, or the bundled set overridden by custom flows by id."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import NamedTuple

from agentdesk.datafiles.loader import Problems, load_yaml, load_yaml_text
from agentdesk.datafiles.schema import line_of
from agentdesk.errors import DataFileError
from agentdesk.flows.checks import check_flow
from agentdesk.flows.parse import Reporter, parse_flow
from agentdesk.flows.schema import Flow

FLOW_SUFFIXES = (".yaml", ".yml")


class LoadedFlows(NamedTuple):
    """Usable flows by id, and the problems of files that were refused (for the UI to show)."""

    flows: dict[str, Flow]
    problems: tuple[str, ...]


def _build(
    data: object,
    path: str,
    digest: str,
    expected_id: str | None,
    known_alphabets: Collection[str] | None,
) -> Flow:
    problems = Problems()
    rep = Reporter(path, problems)
    flow, nodes = parse_flow(data, rep, digest)
    if flow is not None:
        check_flow(flow, rep, nodes, known_alphabets)
        if expected_id is not None and flow.id and flow.id != expected_id:
            rep.add(
                line_of(data, "id"),
                f"flow: id '{flow.id}' must match the file name ('{expected_id}')",
            )
    elif not problems:
        rep.add(1, "flow: nothing usable in this file")
    problems.raise_if_any()
    assert flow is not None  # no problems means parse_flow returned a flow
    return flow


def parse_flow_text(
    text: str, path: str | Path = "<text>", *, known_alphabets: Collection[str] | None = None
) -> Flow:
    """A checked Flow from YAML text; DataFileError lists every problem as path:line: ..."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _build(load_yaml_text(text, path), str(path), digest, None, known_alphabets)


def load_flow_file(path: str | Path, *, known_alphabets: Collection[str] | None = None) -> Flow:
    """A checked Flow from a file whose name (without .yaml) is the flow id."""
    path = Path(path)
    data = load_yaml(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return _build(data, str(path), digest, path.stem, known_alphabets)


def flow_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in FLOW_SUFFIXES and p.is_file())


def load_flows(
    bundled_dir: str | Path,
    custom_dir: str | Path | None = None,
    *,
    previous: Mapping[str, Flow] | None = None,
    known_alphabets: Collection[str] | None = None,
) -> LoadedFlows:
    """Bundled flows, each replaced by a custom flow with the same id when that one is valid.

    A broken custom file is reported and the flow it would replace stays: the one from
    ``previous`` (the last good load) if given, else the bundled one. Never raises for
    broken content; a missing bundled folder is reported as a problem too.
    """
    flows: dict[str, Flow] = {}
    problems: list[str] = []
    bundled = Path(bundled_dir)
    if not bundled.is_dir():
        problems.append(f"{bundled}:0: folder of bundled flows not found")
    else:
        for path in flow_files(bundled):
            try:
                flow = load_flow_file(path, known_alphabets=known_alphabets)
            except DataFileError as exc:
                problems.extend(exc.problems)
            else:
                flows[flow.id] = flow
    if custom_dir is not None and Path(custom_dir).is_dir():
        for path in flow_files(Path(custom_dir)):
            try:
                flow = load_flow_file(path, known_alphabets=known_alphabets)
            except DataFileError as exc:
                problems.extend(exc.problems)
                if previous is not None and path.stem in previous:
                    flows[path.stem] = previous[path.stem]
            else:
                flows[flow.id] = flow
    return LoadedFlows(flows, tuple(problems))
