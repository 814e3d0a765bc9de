"""Playbook and phrase-coach content for the UI, and each representative's own snippets (D6)."""

from __future__ import annotations

import json
import logging
import os
import string
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from agentdesk.coach import Finding, RuleSet, Statement, analyse, apply, build_statement, load_rules
from agentdesk.coach.rulefile import STATEMENT_FIELDS
from agentdesk.errors import DataFileError, ValidationError
from agentdesk.playbook import BASE_LANGUAGE, LANGUAGES, Playbook, load_playbook
from agentdesk.services.identity import Identity
from agentdesk.vault.pci import redact_payment_data

log = logging.getLogger(__name__)

MAX_SNIPPETS = 50  # a personal shortlist, not a library
MAX_PART_CHARS = 200  # one clause of the formula
SNIPPET_FILE_VERSION = 1

Parts = tuple[str, str, str]  # when you …, I feel …, I would appreciate it if you …


@dataclass(frozen=True)
class Snippet:
    """A saved assertive statement: its three parts and the sentence they make."""

    id: str
    parts: Parts
    text: str


@dataclass(frozen=True)
class SnippetList:
    """A representative's snippets, newest first; ``problem`` says why older ones are missing."""

    items: tuple[Snippet, ...]
    problem: str | None = None


class PlaybookService:
    """The playbook, the coach rules and the snippet folder; content loads on first use.

    Team rules under ``content/coach`` extend the bundled ones; a broken team file is listed
    in ``problems`` (and the log) and the bundled rules are used, so the coach never goes
    silent in a live call. The bundled playbook must load: a broken one is a DataFileError.
    """

    def __init__(self, resources: Path, content: Path, language: str = BASE_LANGUAGE) -> None:
        self.language = language if language in LANGUAGES else BASE_LANGUAGE
        self._resources = resources
        self._team_rules = content / "coach"
        self._snippets_dir = content / "snippets"

    def use_language(self, language: str) -> None:
        """Content in ``language`` from now on (falls back to English when there is none)."""
        language = language if language in LANGUAGES else BASE_LANGUAGE
        if language != self.language:
            self.language = language
            for cached in ("playbook", "_rules_and_problems"):
                self.__dict__.pop(cached, None)

    @cached_property
    def playbook(self) -> Playbook:
        return _bundled_playbook(self._resources / "playbook", self.language)

    @cached_property
    def _rules_and_problems(self) -> tuple[RuleSet, tuple[str, ...]]:
        return _load_rules(self.language, self._resources / "coach", self._team_rules)

    @property
    def rules(self) -> RuleSet:
        return self._rules_and_problems[0]

    @property
    def problems(self) -> tuple[str, ...]:
        """Why team rule files were not used (empty when all is well)."""
        return self._rules_and_problems[1]

    # -- assertiveness builder ---------------------------------------------------------------
    def statement(self, parts: Sequence[str]) -> Statement:
        when_you, i_feel, i_would_appreciate = parts
        return build_statement(when_you, i_feel, i_would_appreciate, rules=self.rules)

    def calmer(self, parts: Sequence[str], finding: Finding) -> Parts | None:
        """``parts`` with the statement's ``finding`` replaced by its suggestion in the field
        that holds it, or None when no single field holds it.

        Each field is read with the words the template puts before it ("When you …"), so a
        finding such as "you always" that starts in the template is still found.
        """
        leads = _lead_ins(self.rules.statement)
        wanted = _plain(finding.matched)
        for index, (name, raw) in enumerate(zip(STATEMENT_FIELDS, parts, strict=True)):
            prefix = f"{leads.get(name, '')} ".lstrip()
            combined = prefix + raw
            for found in analyse(combined, self.rules):
                if found.rule_id != finding.rule_id or _plain(found.matched) != wanted:
                    continue
                if found.end <= len(prefix):
                    continue  # all of it is template text
                if not found.replaceable:
                    return None  # advice for a new sentence: nothing to put in its place
                fixed = apply(combined, found)
                if not fixed.startswith(prefix):
                    return None  # the suggestion rewrites the template's own words
                new = list(parts)
                new[index] = fixed[len(prefix) :]
                return (new[0], new[1], new[2])
        return None

    # -- personal snippets -------------------------------------------------------------------
    def snippets(self, who: Identity) -> SnippetList:
        """The account's snippets; an unreadable file is set aside (never overwritten)."""
        path = self._snippet_path(who)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return SnippetList(())
        try:
            return SnippetList(tuple(self._parse(raw)))
        except (ValueError, TypeError, KeyError):
            kept = _set_aside(path)
            log.warning("snippet file unreadable; kept as %s", kept.name)
            return SnippetList((), f"Your saved snippets could not be read; kept as {kept.name}.")

    def add_snippet(self, who: Identity, parts: Sequence[str]) -> SnippetList:
        """Save a statement first in the list (an identical one moves up); card data removed."""
        clean = tuple(_clean_part(p) for p in parts)
        if len(clean) != len(STATEMENT_FIELDS) or not any(clean):
            raise ValidationError(
                "Fill in at least one part of the statement.",
                code="assertive.empty",
            )  # fmt: skip
        current = self.snippets(who)
        kept = [s for s in current.items if s.parts != clean]
        if len(kept) >= MAX_SNIPPETS:
            raise ValidationError(
                f"You can keep up to {MAX_SNIPPETS} snippets; remove one first.",
                code="assertive.too_many", limit=MAX_SNIPPETS,
            )  # fmt: skip
        snippet = self._snippet(uuid.uuid4().hex, clean)  # type: ignore[arg-type]
        items = (snippet, *kept)
        self._write(who, items)
        return SnippetList(items, current.problem)

    def remove_snippet(self, who: Identity, snippet_id: str) -> SnippetList:
        current = self.snippets(who)
        items = tuple(s for s in current.items if s.id != snippet_id)
        if len(items) != len(current.items):
            self._write(who, items)
        return SnippetList(items, current.problem)

    def _snippet(self, snippet_id: str, parts: Parts) -> Snippet:
        return Snippet(snippet_id, parts, self.statement(parts).text)

    def _parse(self, raw: str) -> list[Snippet]:
        data = json.loads(raw)
        if data.get("version") != SNIPPET_FILE_VERSION:
            raise ValueError("unknown snippet file version")
        found = []
        for item in data["snippets"][:MAX_SNIPPETS]:
            parts = tuple(_clean_part(str(item[name])) for name in STATEMENT_FIELDS)
            found.append(self._snippet(str(item["id"]), parts))  # type: ignore[arg-type]
        return found

    def _snippet_path(self, who: Identity) -> Path:
        return self._snippets_dir / f"{who.account_id}.json"

    def _write(self, who: Identity, items: Sequence[Snippet]) -> None:
        """Atomic: a crash leaves the old file or the new one, never half of one."""
        data = {
            "version": SNIPPET_FILE_VERSION,
            "snippets": [
                {"id": s.id, **dict(zip(STATEMENT_FIELDS, s.parts, strict=True))} for s in items
            ],
        }
        path = self._snippet_path(who)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _load_rules(language: str, bundled: Path, team: Path) -> tuple[RuleSet, tuple[str, ...]]:
    """The language's rules with the team's; on a problem the bundled rules (English last)."""
    if not team.is_dir():
        return _bundled_rules(bundled, language), ()
    try:
        return load_rules(language, [team], bundled=bundled), ()
    except DataFileError as exc:
        problems = tuple(exc.problems)
    for problem in problems:
        log.warning("coach rules: %s", problem)
    for fallback in dict.fromkeys((language, BASE_LANGUAGE)):
        try:
            return _bundled_rules(bundled, fallback), problems
        except DataFileError:
            continue
    raise DataFileError(list(problems))


# Bundled content never changes while the app runs; parse it once per process.
@lru_cache(maxsize=4)
def _bundled_playbook(directory: Path, language: str) -> Playbook:
    return load_playbook(directory, language)


@lru_cache(maxsize=4)
def _bundled_rules(directory: Path, language: str) -> RuleSet:
    return load_rules(language, bundled=directory)


def _lead_ins(template: str) -> dict[str, str]:
    """For each field, the words of its clause before it ("I would appreciate it if you")."""
    leads = {}
    for literal, name, _, _ in string.Formatter().parse(template):
        if name:
            clause = literal
            for mark in ".,;:!?":
                clause = clause.rpartition(mark)[2]
            leads[name] = clause.strip()
    return leads


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clean_part(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_PART_CHARS:
        raise ValidationError(
            f"Keep each part under {MAX_PART_CHARS} characters.",
            code="assertive.part_too_long", limit=MAX_PART_CHARS,
        )  # fmt: skip
    return redact_payment_data(text).text


def _set_aside(path: Path) -> Path:
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.unreadable-{n}")
        if not target.exists():
            path.replace(target)
            return target
    raise OSError("too many unreadable snippet files")
