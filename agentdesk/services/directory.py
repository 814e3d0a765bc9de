"""The transfer directory (T5): departments and people, their numbers, the topics they handle and
when they are there. Everyone searches it; only team leaders change it, by hand or from CSV."""

from __future__ import annotations

import csv
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.models.base import utcnow
from agentdesk.models.directory import DirectoryEntry
from agentdesk.problems import Problem
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.storage.session import Database
from agentdesk.vault.blind_index import format_phone_display, normalise_phone

KINDS = ("department", "person")
CSV_COLUMNS = ("kind", "name", "department", "number", "extension", "topics", "availability")
MAX_IMPORT_CHARS = 2_000_000
MAX_TOPICS = 20


@dataclass(frozen=True)
class DirectoryDraft:
    """An entry as typed; ``topics`` are short phrases ("meter readings", "refunds")."""

    kind: str = "department"
    name: str = ""
    department: str = ""
    number: str = ""
    extension: str = ""
    topics: tuple[str, ...] = ()
    availability: str = ""


@dataclass(frozen=True)
class DirectoryItem:
    id: str
    kind: str
    name: str
    department: str
    number: str  # formatted for reading
    extension: str
    topics: tuple[str, ...]
    availability: str

    @property
    def label(self) -> str:
        """ "Priya Shah (Billing)" for a person in a department, else the name."""
        if self.kind == "person" and self.department:
            return f"{self.name} ({self.department})"
        return self.name


@dataclass(frozen=True)
class ImportReport:
    """Good rows are kept even when others are bad; ``problems`` say what and at which line."""

    added: int
    updated: int
    problems: tuple[Problem, ...]


# What each problem of an entry says (the form shows "Directory: <it>."; error_texts
# words the same codes as "directory.<code>").
ENTRY_TEXTS = {
    "kind": "kind must be department or person",
    "name_too_long": "name: at most {limit} characters",
    "department_too_long": "department: at most {limit} characters",
    "availability_too_long": "availability: at most {limit} characters",
    "name_missing": "name is missing",
    "number_invalid": "number '{number}' is not a phone number",
    "extension_invalid": "extension: up to 8 digits",
    "number_or_extension": "give a number or an extension",
    "topics_too_many": "topics: at most {limit}, each up to 80 characters",
}


@dataclass(frozen=True)
class EntryProblem:
    """One thing to fix in an entry: which field, the rule (a key of ENTRY_TEXTS) and its
    parameters; ``text`` is the English for logs, the command line and import reports."""

    field: str
    code: str
    params: dict

    @property
    def text(self) -> str:
        return ENTRY_TEXTS[self.code].format(**self.params)

    def problem(self, line: int) -> Problem:
        """The same as a problem of an imported row (worded as "Directory: <text>.")."""
        english = f"Directory: {self.text}."
        return Problem(f"directory.{self.code}", self.params, line=line, english=english)


def entry_problems(draft: DirectoryDraft, region: str) -> list[EntryProblem]:
    """Each thing to fix; empty when the entry can be stored."""
    found: list[EntryProblem] = []
    if draft.kind not in KINDS:
        found.append(EntryProblem("kind", "kind", {}))
    for name, limit in (("name", 200), ("department", 200), ("availability", 500)):
        if len(getattr(draft, name)) > limit:
            found.append(EntryProblem(name, f"{name}_too_long", {"limit": limit}))
    if not draft.name.strip():
        found.append(EntryProblem("name", "name_missing", {}))
    if draft.number.strip() and normalise_phone(draft.number, region) is None:
        found.append(EntryProblem("number", "number_invalid", {"number": draft.number.strip()}))
    ext = draft.extension.strip()
    if ext and not (ext.isdigit() and len(ext) <= 8):
        found.append(EntryProblem("extension", "extension_invalid", {}))
    if not draft.number.strip() and not ext:
        found.append(EntryProblem("number", "number_or_extension", {}))
    if len(draft.topics) > MAX_TOPICS or any(len(t) > 80 for t in draft.topics):
        found.append(EntryProblem("topics", "topics_too_many", {"limit": MAX_TOPICS}))
    return found


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def split_topics(text: str) -> tuple[str, ...]:
    """ "refunds; meter readings | tariffs" -> three topics (order kept, repeats dropped)."""
    parts = [p.strip() for p in text.replace("|", ";").split(";")]
    return tuple(dict.fromkeys(p for p in parts if p))


class DirectoryService:
    def __init__(self, db: Database, audit: AuditLog, region: str = "GB") -> None:
        self._db = db
        self._audit = audit
        self.region = region

    # -- reading ---------------------------------------------------------------------------
    def entries(self) -> list[DirectoryItem]:
        with self._db.read() as s:
            rows = s.scalars(
                select(DirectoryEntry).where(
                    DirectoryEntry.active.is_(True), DirectoryEntry.deleted_at.is_(None)
                )
            )
            items = [self._item(r) for r in rows]
        return sorted(items, key=lambda i: (_fold(i.name), i.department))

    def search(self, query: str) -> list[DirectoryItem]:
        """Entries whose name, department or topics contain every word of ``query``."""
        words = _fold(query).split()
        items = self.entries()
        if not words:
            return items

        def text(i: DirectoryItem) -> str:
            return _fold(" ".join((i.name, i.department, *i.topics)))

        return [i for i in items if all(w in text(i) for w in words)]

    def _item(self, r: DirectoryEntry) -> DirectoryItem:
        number = format_phone_display(r.number, self.region) if r.number else ""
        return DirectoryItem(
            str(r.id),
            r.kind,
            r.name,
            r.department,
            number,
            r.extension,
            tuple(r.topics or ()),
            r.availability,
        )

    # -- writing (team leaders) ------------------------------------------------------------
    def save_entry(
        self, who: Identity, draft: DirectoryDraft, entry_id: str | None = None
    ) -> tuple[str, Changes]:
        """Add an entry, or replace entry ``entry_id``."""
        require_team_leader(who, "change_directory")
        problems = entry_problems(draft, self.region)
        if problems:
            first = problems[0]
            raise ValidationError(
                f"Directory: {first.text}.",
                first.field,
                code=f"directory.{first.code}",
                params=first.params,
            )
        with self._db.write() as s:
            if entry_id is None:
                row = DirectoryEntry(id=uuid.uuid4())
                s.add(row)
            else:
                row = self._require(s, entry_id)
            self._fill(row, draft)
            s.flush()
            self._audit.append(s, who, "directory.saved", None, entry=str(row.id))
            return str(row.id), Changes.DIRECTORY

    def remove_entry(self, who: Identity, entry_id: str) -> Changes:
        require_team_leader(who, "change_directory")
        with self._db.write() as s:
            row = self._require(s, entry_id)
            row.active = False
            row.deleted_at = utcnow()
            self._audit.append(s, who, "directory.removed", None, entry=entry_id)
        return Changes.DIRECTORY

    def import_csv(self, who: Identity, text: str) -> tuple[ImportReport, Changes]:
        """Rows with the columns of CSV_COLUMNS (a header line first; only 'name' is needed).
        An entry with the same kind and name is updated; bad rows are reported by line."""
        require_team_leader(who, "import_directory")
        if len(text) > MAX_IMPORT_CHARS:
            raise ValidationError(
                "Directory: the file is too large to be a directory.", code="directory.too_large"
            )
        drafts, problems = self._parse(text)
        added = updated = 0
        with self._db.write() as s:
            existing = {
                (r.kind, _fold(r.name)): r
                for r in s.scalars(
                    select(DirectoryEntry).where(DirectoryEntry.deleted_at.is_(None))
                )
            }
            for draft in drafts:
                row = existing.get((draft.kind, _fold(draft.name)))
                if row is None:
                    row = DirectoryEntry(id=uuid.uuid4())
                    s.add(row)
                    existing[(draft.kind, _fold(draft.name))] = row
                    added += 1
                else:
                    updated += 1
                self._fill(row, draft)
            self._audit.append(
                s, who, "directory.imported", None, added=added, updated=updated,
                rejected=len(problems),
            )  # fmt: skip
        changes = Changes.DIRECTORY if added or updated else Changes.NONE
        return ImportReport(added, updated, tuple(problems)), changes

    def _parse(self, text: str) -> tuple[list[DirectoryDraft], list[Problem]]:
        lines = text.lstrip("\ufeff").splitlines(keepends=True)
        read = 0

        def feed():
            nonlocal read
            for raw in lines:
                read += 1
                yield raw

        reader = csv.reader(feed())
        problems: list[Problem] = []
        drafts: list[DirectoryDraft] = []
        header: list[str] = []
        done = 0  # the last line of the row before
        try:
            for row in reader:
                first, done = done + 1, read
                if not any(cell.strip() for cell in row):
                    continue  # blank line
                if not header:
                    header = [h.strip().lower() for h in row]
                    if "name" not in header:
                        return [], [Problem("directory_import.no_name_column", line=first)]
                    unknown = [h for h in header if h not in CSV_COLUMNS]
                    if unknown:
                        names = {"names": ", ".join(unknown)}
                        problems.append(
                            Problem("directory_import.columns_ignored", names, line=first)
                        )
                    continue
                if len(row) > len(header):
                    sizes = {"count": len(row), "width": len(header)}
                    problems.append(Problem("csv.too_many_values", sizes, line=first))
                    continue
                cell = dict.fromkeys(CSV_COLUMNS, "")
                cell.update({h: v.strip() for h, v in zip(header, row, strict=False) if h in cell})
                draft = DirectoryDraft(
                    kind=cell["kind"].lower() or "department",
                    name=cell["name"],
                    department=cell["department"],
                    number=cell["number"],
                    extension=cell["extension"],
                    topics=split_topics(cell["topics"]),
                    availability=cell["availability"],
                )
                bad = entry_problems(draft, self.region)
                problems += [p.problem(first) for p in bad]
                if not bad:
                    drafts.append(draft)
        except csv.Error:
            problems.append(Problem("csv.invalid", line=done + 1))
        if not header:
            problems.append(Problem("import.empty", line=1))
        return drafts, problems

    def _fill(self, row: DirectoryEntry, d: DirectoryDraft) -> None:
        row.kind = d.kind
        row.name = d.name.strip()
        row.department = d.department.strip()
        row.number = (normalise_phone(d.number, self.region) or "") if d.number.strip() else ""
        row.extension = d.extension.strip()
        row.topics = [t.strip() for t in d.topics if t.strip()]
        row.availability = d.availability.strip()
        row.active = True
        row.deleted_at = None

    def _require(self, s: Session, entry_id: str) -> DirectoryEntry:
        row = s.get(DirectoryEntry, uuid.UUID(entry_id))
        if row is None or row.deleted_at is not None:
            raise NotFoundError("No such directory entry.", code="not_found.directory_entry")
        return row
