"""Rule sets: the bundled file of a language, extended and overridden by custom rule folders."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from agentdesk.coach.matcher import Matcher
from agentdesk.coach.model import CATEGORIES, Rule
from agentdesk.coach.normalise import Contractions, Normaliser
from agentdesk.coach.rulefile import RuleFile, parse_rule_file
from agentdesk.datafiles.loader import Problems, load_yaml, load_yaml_text
from agentdesk.errors import DataFileError
from agentdesk.paths import resources_dir

ALLOW = -1  # matcher target of an allowed phrase: it hides overlapping findings
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


@dataclass(frozen=True)
class RuleSet:
    """Every rule of one language, ready to match; build with ``load_rules``."""

    language: str
    rules: tuple[Rule, ...]
    allow: tuple[str, ...]
    statement: str  # assertiveness template with {when_you}, {i_feel}, {i_would_appreciate}
    negations: frozenset[str]  # a phrase followed by one of these is not reported
    files: tuple[str, ...]
    normaliser: Normaliser = field(repr=False, compare=False)
    matcher: Matcher = field(repr=False, compare=False)

    @property
    def phrase_count(self) -> int:
        """Distinct phrases after expanding patterns, allowed phrases included."""
        return self.matcher.phrase_count

    def counts(self) -> dict[str, int]:
        """Rules per category, in ``CATEGORIES`` order."""
        counts = dict.fromkeys(CATEGORIES, 0)
        for rule in self.rules:
            counts[rule.category] += 1
        return counts

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id; KeyError when there is none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def bundled_dir() -> Path:
    """Folder of the rule files shipped with agentdesk."""
    return resources_dir() / "coach"


def available_languages(directory: Path | None = None) -> list[str]:
    """Languages with a bundled rule file (``<language>.yaml``)."""
    folder = directory or bundled_dir()
    return sorted(p.stem for p in folder.glob("*.yaml") if _LANGUAGE.fullmatch(p.stem))


def rule_files(
    language: str, extra_dirs: Iterable[str | Path] = (), *, bundled: Path | None = None
) -> list[Path]:
    """The files that make up a language, in the order they apply (later ones win).

    The bundled ``<language>.yaml`` first, then in each extra folder ``<language>.yaml`` and
    ``<language>-*.yaml`` (for example ``en-jargon.yaml``) in name order.
    """
    files = [(bundled or bundled_dir()) / f"{language}.yaml"]
    for folder in map(Path, extra_dirs):
        files.extend(sorted(folder.glob(f"{language}.yaml")))
        files.extend(sorted(folder.glob(f"{language}-*.yaml")))
    return files


def load_rules(
    language: str = "en", extra_dirs: Iterable[str | Path] = (), *, bundled: Path | None = None
) -> RuleSet:
    """Load a language's rules; DataFileError lists every problem as ``path:line: message``."""
    extra_dirs = [Path(folder) for folder in extra_dirs]
    problems = Problems()
    if not _LANGUAGE.fullmatch(language):
        problems.add("<language>", 0, f"'{language}' is not a language code such as 'en'")
        problems.raise_if_any()
    for folder in extra_dirs:
        if not folder.is_dir():
            problems.add(folder, 0, "rules folder not found")
    files = rule_files(language, extra_dirs, bundled=bundled)
    if not files[0].is_file():
        known = ", ".join(available_languages(files[0].parent)) or "none"
        problems.add(files[0], 0, f"no bundled rules for '{language}' (available: {known})")
    problems.raise_if_any()
    return load_rule_files(files, language)


def load_rule_files(paths: Sequence[str | Path], language: str) -> RuleSet:
    """Load and merge the given files in order (no folder lookup)."""
    problems = Problems()
    parsed = []
    for path in paths:
        try:
            data = load_yaml(path)
        except DataFileError as exc:
            problems.items.extend(exc.problems)
            continue
        parsed.append(parse_rule_file(data, path, problems))
    return _merge(parsed, language, problems)


def parse_rules_text(text: str, path: str = "<text>", language: str | None = None) -> RuleSet:
    """A rule set from one file's text (tests, editors); same checks as ``load_rules``."""
    problems = Problems()
    parsed = parse_rule_file(load_yaml_text(text, path), path, problems)
    return _merge([parsed], language or parsed.language, problems)


def _merge(files: list[RuleFile], language: str, problems: Problems) -> RuleSet:
    rules: dict[str, Rule] = {}
    allow: list[str] = []
    words: dict[str, str] = {}
    endings: dict[str, str] = {}
    negations: set[str] = set()
    statement = ""
    for part in files:
        if part.language and part.language != language:
            problems.add(
                part.path,
                part.language_line,
                f"language is '{part.language}' but the file is loaded for '{language}'",
            )
        for rule in part.rules:
            rules[rule.id] = rule  # same id in a later file: the later one replaces it
        for rule_id, line in part.disable:
            if rules.pop(rule_id, None) is None:
                problems.add(part.path, line, f"disable: no rule with id '{rule_id}'")
        allow.extend(part.allow)
        words.update(part.words)
        endings.update(part.endings)
        negations.update(part.negations)
        statement = part.statement or statement
    if files and all(f.readable and not f.has_statement for f in files):
        problems.add(files[0].path, 1, f"no 'statement' template for '{language}'")
    problems.raise_if_any()
    normaliser = Normaliser(Contractions(words, endings))
    ordered = tuple(rules.values())
    entries = [(normaliser.phrase(p), i) for i, rule in enumerate(ordered) for p in rule.phrases]
    entries += [(normaliser.phrase(p), ALLOW) for p in allow]
    return RuleSet(
        language=language,
        rules=ordered,
        allow=tuple(allow),
        statement=statement,
        negations=frozenset(negations),
        files=tuple(part.path for part in files),
        normaliser=normaliser,
        matcher=Matcher(entries),
    )
