"""Reads playbook YAML files into a Playbook: per-file schema, then cross-file checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentdesk.datafiles.loader import Problems, load_yaml, load_yaml_text
from agentdesk.datafiles.schema import check_mapping, line_of
from agentdesk.errors import DataFileError
from agentdesk.i18n import bundled_languages
from agentdesk.playbook.model import Cause, Entry, Playbook
from agentdesk.playbook.schema import items, parse_cause, parse_entry

# Every language the app has an interface catalogue for: a team adds one with files only.
LANGUAGES: frozenset[str] = frozenset(bundled_languages())
BASE_LANGUAGE = "en"


@dataclass
class _Parsed:
    """What one file contributed, before cross-file checks."""

    path: str
    language: str
    entries: list[Entry] = field(default_factory=list)
    causes: list[Cause] = field(default_factory=list)


def load_playbook(directory: str | Path, language: str = BASE_LANGUAGE) -> Playbook:
    """Load every ``*.yaml`` under ``directory``; one DataFileError lists every problem.

    Each file names its ``language``; the result holds ``language`` entries, falling back to
    the English entry where a translation is missing.
    """
    _check_language_argument(language)
    directory = Path(directory)
    if not directory.is_dir():
        raise DataFileError([f"{directory}:0: playbook folder not found"])
    paths = sorted(directory.rglob("*.yaml"))
    if not paths:
        raise DataFileError([f"{directory}:0: no playbook files (*.yaml) found"])
    problems = Problems()
    parsed = [_parse_file(str(p), lambda p=p: load_yaml(p), problems) for p in paths]
    return _assemble(parsed, language, problems)


def build_playbook(texts: Mapping[str, str], language: str = BASE_LANGUAGE) -> Playbook:
    """Like load_playbook, from ``{path: yaml text}`` (tests, previews of edited content)."""
    _check_language_argument(language)
    problems = Problems()
    parsed = [
        _parse_file(path, lambda p=path, t=text: load_yaml_text(t, p), problems)
        for path, text in texts.items()
    ]
    return _assemble(parsed, language, problems)


def _check_language_argument(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported playbook language {language!r}")


def _parse_file(path: str, read: Callable[[], Any], problems: Problems) -> _Parsed | None:
    try:
        data = read()
    except DataFileError as exc:
        problems.items.extend(exc.problems)
        return None
    except RecursionError:
        problems.add(path, 1, "nested too deeply to read")
        return None
    if not check_mapping(
        data,
        path=path,
        what="playbook file",
        required={"language"},
        optional={"entries", "causes"},
        problems=problems,
    ):
        return None
    language = data.get("language")
    if not isinstance(language, str):
        language = None if language is None else ""
    if language is not None and language not in LANGUAGES:
        expected = ", ".join(sorted(LANGUAGES))
        problems.add(path, line_of(data, "language"), f"language must be one of {expected}")
    parsed = _Parsed(path, language if language in LANGUAGES else BASE_LANGUAGE)
    for node, line in items(data, "causes", path, "playbook file", problems):
        cause = parse_cause(node, path, line, problems)
        if cause:
            parsed.causes.append(cause)
    for node, line in items(data, "entries", path, "playbook file", problems):
        entry = parse_entry(node, path, line, parsed.language, problems)
        if entry:
            parsed.entries.append(entry)
    return parsed if language in LANGUAGES else None


def _report(source: str, message: str, problems: Problems) -> None:
    path, _, line = source.rpartition(":")
    problems.add(path, int(line), message)


def _assemble(parsed: list[_Parsed | None], language: str, problems: Problems) -> Playbook:
    entries: dict[str, dict[str, Entry]] = {lang: {} for lang in LANGUAGES}
    causes: dict[str, dict[str, Cause]] = {lang: {} for lang in LANGUAGES}
    for f in filter(None, parsed):
        for table, kind, found in (
            (entries[f.language], "entry", f.entries),
            (causes[f.language], "cause", f.causes),
        ):
            for item in found:
                first = table.setdefault(item.id, item)
                if first is not item:
                    message = f"duplicate {kind} id '{item.id}' (first at {first.source})"
                    _report(item.source, message, problems)
    base, base_causes = entries[BASE_LANGUAGE], causes[BASE_LANGUAGE]
    for lang in sorted(LANGUAGES - {BASE_LANGUAGE}):
        _check_translation(entries[lang], base, causes[lang], base_causes, problems)
    for lang_entries in entries.values():
        for entry in lang_entries.values():
            for target in entry.see_also:
                if target not in base and target not in lang_entries:
                    _report(
                        entry.source, f"entry '{entry.id}': see_also '{target}' unknown", problems
                    )
    problems.raise_if_any()
    chosen, chosen_causes = entries[language], causes[language]
    return Playbook(
        language=language,
        entries=tuple(chosen.get(i, e) for i, e in base.items()),
        causes=tuple(chosen_causes.get(i, c) for i, c in base_causes.items()),
    )


def _check_translation(
    entries: dict[str, Entry],
    base: dict[str, Entry],
    causes: dict[str, Cause],
    base_causes: dict[str, Cause],
    problems: Problems,
) -> None:
    """A translation may only translate: same ids, kinds, practices and checklist item ids."""
    for entry in entries.values():
        original = base.get(entry.id)
        if original is None:
            _report(entry.source, f"entry '{entry.id}' has no English original", problems)
            continue
        for key in ("kind", "practice"):
            if getattr(entry, key) != getattr(original, key):
                _report(entry.source, f"entry '{entry.id}': {key} differs from English", problems)
        if [c.id for c in entry.checklist] != [c.id for c in original.checklist]:
            message = f"entry '{entry.id}': checklist ids differ from English"
            _report(entry.source, message, problems)
    for cause in causes.values():
        if cause.id not in base_causes:
            _report(cause.source, f"cause '{cause.id}' has no English original", problems)
