"""YAML loading that keeps the line of every mapping and item, so errors name file:line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from agentdesk.errors import DataFileError


class LineDict(dict):
    """A mapping from YAML that remembers where it and each of its keys start (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML; ``item_lines[i]`` is the line of item i."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml's C parser when PyYAML has it (4x faster on big rule files); marks are the same.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Base):
    """SafeLoader whose mappings and sequences carry node marks."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "mapping keys must be plain text", key_node.start_mark
            )
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> int:
    # Python refuses to turn more than 4,300 digits into an int (ValueError, a traceback that
    # aborted a whole import): a content-file problem with its line instead (#15 item 11).
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, "a number with too many digits", node.start_mark
        ) from None


_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
# Dates stay text: content authors write "2026-01-05" and mean a string.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Located:
    """A value and where it came from, for messages."""

    value: Any
    path: str
    line: int


@dataclass
class Problems:
    """Collects every problem in a file set, then raises them together."""

    items: list[str] = field(default_factory=list)

    def add(self, path: str | Path, line: int, message: str) -> None:
        self.items.append(f"{path}:{line}: {message}")

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise DataFileError(self.items)


def load_yaml_text(text: str, path: str | Path = "<text>") -> Any:
    """Parse YAML text; a syntax error becomes a DataFileError naming path:line:column."""
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}:1"
        what = exc.problem or exc.context or "not valid YAML"
        raise DataFileError([f"{where}: {what}"]) from None
    except yaml.YAMLError as exc:
        raise DataFileError([f"{path}:1: not valid YAML ({exc.__class__.__name__})"]) from None
    except RecursionError:
        raise DataFileError([f"{path}:1: nested too deeply to be a content file"]) from None


def load_yaml(path: str | Path) -> Any:
    """Read and parse one YAML file; unreadable or non-UTF-8 files are DataFileErrors too."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError([f"{path}:0: file not found"]) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataFileError([f"{path}:{line}: not UTF-8 text"]) from None
    except OSError as exc:
        raise DataFileError([f"{path}:0: cannot read ({exc.strerror})"]) from None
    return load_yaml_text(text, path)
