"""Canned-response files (``resources/kb/snippets/*.yaml``): a list of code/title/body entries.

```yaml
- code: "::refund"          # what the representative types; "::" then a slug
  title: Refund confirmed
  language: en              # en, it or id (default en)
  body: |
    {{caller_name}}, your refund of {{field:amount}} is on its way.
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from agentdesk.datafiles.loader import Problems, load_yaml
from agentdesk.datafiles.schema import check_mapping, expect_str, line_of
from agentdesk.errors import DataFileError
from agentdesk.kb.article_file import LANGUAGES
from agentdesk.kb.snippets import template_problems

CODE = re.compile(r"::[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_CODE = 40


@dataclass(frozen=True)
class SnippetFile:
    code: str
    title: str
    language: str
    body: str
    line: int = field(default=1, compare=False)


def code_problem(code: str) -> str | None:
    if CODE.fullmatch(code) and len(code) <= MAX_CODE:
        return None
    return f"'code' must be '::' then lower-case letters, digits and hyphens (at most {MAX_CODE})"


def load_snippet_file(path: Path, problems: Problems) -> list[SnippetFile]:
    """The good entries of one file; every problem is added as ``path:line: message``."""
    try:
        data = load_yaml(path)
    except DataFileError as exc:
        problems.items.extend(exc.problems)
        return []
    if not isinstance(data, list):
        problems.add(path, line_of(data), "expected a list of canned responses")
        return []
    good = []
    for index, entry in enumerate(data):
        what = f"canned response {index + 1}"
        line = line_of(data, index)
        before = len(problems.items)
        if not check_mapping(
            entry,
            path=path,
            what=what,
            required={"code", "title", "body"},
            optional={"language"},
            problems=problems,
            line=line,
        ):
            continue
        fields = {
            key: expect_str(entry, key, path=path, what=what, problems=problems).strip()
            for key in ("code", "title", "language")
        }
        body = expect_str(entry, "body", path=path, what=what, problems=problems)
        language = fields["language"] or "en"
        if (problem := code_problem(fields["code"])) is not None:
            problems.add(path, line_of(entry, "code"), f"{what}: {problem}")
        if not fields["title"]:
            problems.add(path, line_of(entry, "title"), f"{what}: 'title' must not be empty")
        if language not in LANGUAGES:
            languages = ", ".join(LANGUAGES)
            problems.add(path, line_of(entry, "language"), f"{what}: 'language' is {languages}")
        if not body.strip():
            problems.add(path, line_of(entry, "body"), f"{what}: 'body' must not be empty")
        body_line = line_of(entry, "body") + 1  # a block scalar starts on the next line
        for offset, message in template_problems(body):
            problems.add(path, body_line + offset, f"{what}: {message}")
        if len(problems.items) == before:
            good.append(SnippetFile(fields["code"], fields["title"], language, body, line))
    return good


def load_snippet_dir(directory: str | Path) -> tuple[list[SnippetFile], list[str]]:
    """Every ``*.yaml`` under ``directory``: (good entries, problems). First code wins."""
    directory = Path(directory)
    if not directory.is_dir():
        return [], [f"{directory}:0: canned responses folder not found"]
    problems = Problems()
    found: dict[str, tuple[SnippetFile, Path]] = {}
    for path in sorted(directory.rglob("*.yaml")):
        for snippet in load_snippet_file(path, problems):
            if snippet.code in found:
                problems.add(
                    path,
                    snippet.line,
                    f"duplicate code '{snippet.code}' (first in {found[snippet.code][1]})",
                )
                continue
            found[snippet.code] = (snippet, path)
    return [s for s, _ in found.values()], problems.items
