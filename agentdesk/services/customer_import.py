"""Customer import from CSV: every row checked with its line number, then created encrypted.

UTF-8 (BOM or not), `,` `;` or tab separated, quoted values may span lines. Columns, in any order
and case (README, "Importing customers"): name or first_name + surname, phone, email,
form_of_address, type (codes), tags, lawful_basis, notes, notes_2, ... A row is identified by
its normalised name, phone and e-mail, so importing a file twice adds nothing. Messages never
quote a cell: they name the column and say what is expected.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from agentdesk.addressing import parse_form
from agentdesk.errors import KnownError, ValidationError
from agentdesk.problems import Problem
from agentdesk.services.customer_types import (
    CUSTOMER_TYPES,
    FORMS_OF_ADDRESS,
    LAWFUL_BASES,
    CustomerDraft,
    NoteSaved,
)
from agentdesk.services.customer_validation import validate_draft
from agentdesk.services.customers import CustomerService
from agentdesk.services.identity import SYSTEM, Identity
from agentdesk.services.notes import MAX_NOTE_LENGTH, NotesService
from agentdesk.vault.blind_index import normalise_email, normalise_phone, normalise_surname
from agentdesk.vault.pci import redact_text

IMPORTED_PREFIX = "[imported] "
_COLUMNS = {
    "name": ("name", "full_name"),
    "first_name": ("first_name", "firstname", "given_name", "forename"),
    "surname": ("surname", "last_name", "lastname", "family_name"),
    "phone": ("phone", "phone_number", "telephone"),
    "email": ("email", "e_mail", "email_address"),
    "form_of_address": ("form_of_address", "title"),
    "type": ("type", "types", "customer_type"),
    "tags": ("tags",),
    "lawful_basis": ("lawful_basis",),
}
_ALIASES = {alias: field for field, aliases in _COLUMNS.items() for alias in aliases}
_NOTES = re.compile(r"^notes?(?:_?\d+)?$")
_HEADER_JUNK = re.compile(r"[\s\-.]+")
_TYPE_SPLIT = re.compile(r"[;|,\s]+")
_TAG_SPLIT = re.compile(r"[;|]")
MAX_TAG_LENGTH = 100


class ImportFileError(KnownError):
    """The file as a whole cannot be read (encoding, header); nothing was imported.
    ``problems`` say what and where (no file name: the caller knows it)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(map(str, self.problems)))


class RowError(KnownError):
    """One row is not what is expected: ``problem`` says what, at the line where the row
    starts in the file."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))

    @property
    def line(self) -> int:
        return self.problem.line


@dataclass(frozen=True)
class ImportRow:
    line: int
    draft: CustomerDraft
    notes: tuple[str, ...]
    import_key: str


@dataclass(frozen=True)
class Header:
    """Which field each column holds; `notes` lists the note columns."""

    fields: dict[int, str]
    notes: tuple[int, ...]
    width: int


@dataclass(frozen=True)
class ParsedFile:
    rows: tuple[ImportRow, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class ImportReport:
    imported: int = 0
    already_imported: int = 0
    notes: int = 0
    notes_redacted: int = 0
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def decode(data: bytes) -> str:
    """UTF-8 text with any BOM removed; ImportFileError names the line of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError([Problem("import.not_utf8", line=line)]) from None


def sniff_delimiter(text: str) -> str:
    """`,`, `;` or tab, judged from the header line (cells below may hold any of them)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in ",;\t"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_records(text: str) -> Iterator[tuple[int, list[str] | Problem]]:
    """(line where the record starts, its cells or what is wrong) for each non-blank record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, _csv_problem(str(exc), start)
            continue
        if any(c.strip() for c in cells):
            yield start, cells


def _csv_problem(text: str, line: int) -> Problem:
    # The csv module's messages never quote the data, but ours say what to fix.
    if "end of data" in text:
        return Problem("csv.unclosed_quote", line=line)
    if "expected after" in text:
        return Problem("csv.text_after_quote", line=line)
    if "field larger" in text:
        return Problem("csv.value_too_long", {"limit": f"{csv.field_size_limit():,}"}, line=line)
    return Problem("csv.invalid", line=line)


def parse_header(cells: list[str], line: int = 1) -> Header:
    fields: dict[int, str] = {}
    notes: list[int] = []
    problems: list[Problem] = []
    for i, raw in enumerate(cells):
        key = _HEADER_JUNK.sub("_", raw.strip().casefold()).strip("_")
        if not key:
            if raw or i < len(cells) - 1:
                problems.append(Problem("csv.column_unnamed", {"column": i + 1}, line=line))
            continue
        if _NOTES.match(key):
            notes.append(i)
        elif key in _ALIASES:
            field = _ALIASES[key]
            if field in fields.values():
                params = {"column": i + 1, "name": field}
                problems.append(Problem("csv.column_twice", params, line=line))
            fields[i] = field
        else:
            params = {"column": i + 1}
            problems.append(Problem("customers_import.column_unknown", params, line=line))
    named = set(fields.values())
    if "name" in named and named & {"first_name", "surname"}:
        problems.append(Problem("customers_import.name_both", line=line))
    if not named & {"name", "first_name", "surname"}:
        problems.append(Problem("customers_import.name_missing", line=line))
    if problems:
        raise ImportFileError(problems)
    return Header(fields, tuple(notes), len(cells))


def parse_row(header: Header, cells: list[str], line: int, region: str) -> ImportRow:
    """One checked row, or RowError saying what is expected (never quoting the cell)."""
    if len(cells) > header.width and any(c.strip() for c in cells[header.width :]):
        raise RowError(
            Problem("csv.too_many_values", {"count": len(cells), "width": header.width}, line=line)
        )
    values = {f: _cell(cells, i) for i, f in header.fields.items()}
    first, surname = values.get("first_name", ""), values.get("surname", "")
    if "name" in values:
        first, surname = split_name(values["name"])
    draft = CustomerDraft(
        first_name=first,
        surname=surname,
        phone=values.get("phone", ""),
        email=values.get("email", ""),
        form_of_address=_form(values.get("form_of_address", ""), line),
        type_tags=_types(values.get("type", ""), line),
        free_tags=_tags(values.get("tags", ""), line),
        lawful_basis=_choice(values.get("lawful_basis", ""), LAWFUL_BASES, "lawful_basis", line),
    )
    try:
        validate_draft(draft, region)
    except ValidationError as exc:
        raise RowError(Problem.of(exc, line=line)) from None
    notes = tuple(n for n in (_cell(cells, i) for i in header.notes) if n)
    for note in notes:
        if len(note) + len(IMPORTED_PREFIX) > MAX_NOTE_LENGTH:
            limit = f"{MAX_NOTE_LENGTH:,}"
            raise RowError(Problem("customers_import.note_too_long", {"limit": limit}, line=line))
    return ImportRow(line, draft, notes, import_key(draft, region))


def parse_csv(data: bytes, region: str) -> ParsedFile:
    """Every good row and every problem; ImportFileError when the file as a whole is unusable."""
    records = read_records(decode(data))
    first = next(records, None)
    if first is None:
        raise ImportFileError([Problem("import.empty", line=1)])
    line, cells = first
    if isinstance(cells, Problem):
        raise ImportFileError([cells])
    header = parse_header(cells, line)
    rows: list[ImportRow] = []
    problems: list[Problem] = []
    for line, cells in records:
        if isinstance(cells, Problem):
            problems.append(cells)
            continue
        try:
            rows.append(parse_row(header, cells, line, region))
        except RowError as exc:
            problems.append(exc.problem)
    return ParsedFile(tuple(rows), tuple(problems))


def split_name(full: str) -> tuple[str, str]:
    """("First names", "Surname") from "Surname, First names" or "First names Surname"."""
    full = " ".join(full.split())
    if "," in full:
        surname, _, first = full.partition(",")
        return first.strip(), surname.strip()
    first, _, surname = full.rpartition(" ")
    return first, surname


def import_key(draft: CustomerDraft, region: str) -> str:
    """The row's identity, normalised so spacing, case and phone format do not matter."""
    return json.dumps(
        [
            normalise_surname(draft.first_name) or "",
            normalise_surname(draft.surname) or "",
            normalise_phone(draft.phone, region) or "",
            normalise_email(draft.email) or "",
        ],
        ensure_ascii=False,
    )


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _form(value: str, line: int) -> str | None:
    if not value:
        return None
    found = parse_form(value)  # "Mrs", "mrs.", "Mister", "Doctor", "first name", ...
    if found is None:
        choices = ", ".join(FORMS_OF_ADDRESS)
        raise RowError(Problem("customers_import.form_of_address", {"choices": choices}, line=line))
    return found


def _types(value: str, line: int) -> tuple[str, ...]:
    codes = tuple(c for c in _TYPE_SPLIT.split(value.casefold()) if c)
    if set(codes) - set(CUSTOMER_TYPES):
        choices = ", ".join(CUSTOMER_TYPES)
        raise RowError(Problem("customers_import.type", {"choices": choices}, line=line))
    return codes


def _tags(value: str, line: int) -> tuple[str, ...]:
    tags = tuple(t.strip() for t in _TAG_SPLIT.split(value) if t.strip())
    if any(len(t) > MAX_TAG_LENGTH for t in tags):
        limit = MAX_TAG_LENGTH
        raise RowError(Problem("customers_import.tags", {"limit": limit}, line=line))
    return tags


def _choice(value: str, allowed: tuple[str, ...], column: str, line: int) -> str | None:
    if not value:
        return None
    if value.casefold() not in allowed:
        params = {"choices": ", ".join(allowed)}
        raise RowError(Problem(f"customers_import.{column}", params, line=line))
    return value.casefold()


class CustomerImporter:
    """Creates checked rows through the customer and notes services (so all is encrypted)."""

    def __init__(self, customers: CustomerService, notes: NotesService) -> None:
        self._customers = customers
        self._notes = notes

    def import_rows(self, who: Identity, parsed: ParsedFile) -> ImportReport:
        if who.account_id == SYSTEM.account_id and any(r.notes for r in parsed.rows):
            raise ValidationError(
                "Imported notes need an author: import as one of the accounts.",
                "author",
                code="customers_import.author",
            )
        imported = already = notes = redacted = 0
        problems = list(parsed.problems)
        for row in parsed.rows:
            added: list[NoteSaved] = []

            def with_notes(s, cid, row=row, added=added) -> None:
                for text in row.notes:
                    added.append(
                        self._notes.add_note_in(
                            s, who, cid, IMPORTED_PREFIX + text, permission_given=True
                        )
                    )

            try:
                # One transaction per row: the customer and all their notes, or nothing.
                self._customers.create_customer(
                    who, row.draft, import_key=row.import_key, then=with_notes
                )
            except ValidationError as exc:
                if exc.field == "import":
                    already += 1
                    added = self._complete(who, row)  # a row an older version left half-done
                else:
                    problems.append(Problem.of(exc, line=row.line))
                    continue
            else:
                imported += 1
            notes += len(added)
            redacted += sum(saved.redacted for saved in added)
        problems.sort(key=lambda p: p.line)
        return ImportReport(imported, already, notes, redacted, tuple(problems))

    def _complete(self, who: Identity, row) -> list[NoteSaved]:
        """Add the notes of an already imported row that its customer does not have yet."""
        if not row.notes or row.import_key is None:
            return []
        cid = self._customers.imported_customer(row.import_key)
        if cid is None:
            return []
        have = [
            n.text
            for n in self._customers.open_card(who, cid).notes
            if n.text.startswith(IMPORTED_PREFIX)
        ]
        missing = len(row.notes) - len(have)
        added = []
        for text in row.notes:
            if missing <= 0:
                break
            body = redact_text(IMPORTED_PREFIX + text)
            if body in have:
                have.remove(body)
                continue
            saved, _ = self._notes.add_note(who, cid, IMPORTED_PREFIX + text, permission_given=True)
            added.append(saved)
            missing -= 1
        return added
