"""Qt Linguist catalogues (``.ts``) read without Qt: their translations and their problems.

The user interface reads them into a translator (``agentdesk/ui/translation.py``); the
translation tests and ``agentdesk translations check`` list what is missing or broken.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from agentdesk.errors import DataFileError

# What a translation must carry over from its source: Qt's %1..%99 and %n (also %L1), and the
# {name} fields error texts and content fill in with str.format-like replacement.
_PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[a-z_][a-z0-9_]*\}")


def placeholders(text: str) -> Counter[str]:
    return Counter(m.replace("%L", "%") for m in _PLACEHOLDER.findall(text))


@dataclass
class CatalogueData:
    """Finished translations of one language: by (context, source, comment) and by source."""

    language: str
    exact: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)
    by_source: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, comment: str) -> tuple[str, ...] | None:
        found = self.exact.get((context, source, comment))
        return found if found is not None else self.by_source.get(source)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # empty when not translated
    finished: bool


def messages(path: Path) -> list[Message]:
    """Every current message of a ``.ts`` file (vanished and obsolete ones left out)."""
    root = _parse(path)
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            kind = element.get("type") if element is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if element is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in element.iter("numerusform"))
            else:
                forms = (element.text or "",)
            if not any(forms):
                forms = ()
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    kind != "unfinished" and bool(forms),
                )
            )
    return found


def _parse(path: Path) -> ET.Element:
    """The file's root element; a damaged file is refused naming file and line."""
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, column = exc.position
        raise DataFileError([f"{path}:{line}:{column}: not a valid translation file"]) from None
    except OSError as exc:
        raise DataFileError([f"{path}: cannot be read ({exc.strerror})"]) from None


def language_of(path: Path) -> str:
    root = _parse(path)
    return (root.get("language") or "").split("_")[0] or path.stem.rsplit("_", 1)[-1]


def read_ts(path: Path, data: CatalogueData | None = None) -> CatalogueData:
    """Every finished translation in a ``.ts`` file, as lrelease would compile it."""
    data = data or CatalogueData(language_of(path))
    for m in messages(path):
        if m.finished:
            data.exact[(m.context, m.source, m.comment)] = m.forms
            data.by_source.setdefault(m.source, m.forms)
    return data


@dataclass(frozen=True)
class CatalogueProblem:
    path: Path
    context: str
    source: str
    kind: str  # "missing" or "placeholders"
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.path.name}: [{self.context}] {self.source!r}"
        if self.kind == "missing":
            return f"{where}: no finished translation"
        return f"{where}: {self.detail}"


def check_catalogue(path: Path) -> list[CatalogueProblem]:
    """Untranslated messages, and translations whose placeholders differ from the source's
    (one dropped or invented: a filled-in text would lose a number or show "%1")."""
    problems = []
    for m in messages(path):
        if not m.finished:
            problems.append(CatalogueProblem(path, m.context, m.source, "missing"))
            continue
        wanted = placeholders(m.source)
        if m.numerus:
            wanted.pop("%n", None)  # a one-form language may write the number in words
        for form in m.forms:
            got = placeholders(form)
            if m.numerus:
                got.pop("%n", None)
            if got != wanted:
                detail = (
                    f"placeholders {sorted(got.elements())} in {form!r}, "
                    f"the source has {sorted(wanted.elements())}"
                )
                problems.append(CatalogueProblem(path, m.context, m.source, "placeholders", detail))
                break
    return problems
