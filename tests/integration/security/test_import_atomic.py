"""An interrupted bulk import loses nothing (#15 item 9): a row is stored whole or not at all,
and importing the file again completes it, including rows an older version left half-done."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from agentdesk.models.customer import Customer, Note
from agentdesk.services.customer_import import CustomerImporter, parse_csv
from agentdesk.services.notes import NotesService

ROWS = 6
CSV = "name,phone,notes,notes_2\n" + "".join(
    f"Person{i} Doe,020 7946 {i:04d},first note {i},second note {i}\n" for i in range(ROWS)
)


class Crash(BaseException):
    """The process dies here: nothing after it runs."""


def _counts(people) -> tuple[int, int]:
    with people.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Customer)),
            s.scalar(select(func.count()).select_from(Note)),
        )


def _notes_per_customer(people) -> list[int]:
    with people.db.read() as s:
        rows = s.execute(
            select(func.count(Note.id)).select_from(Customer).outerjoin(Note).group_by(Customer.id)
        ).all()
    return sorted(r[0] for r in rows)


def test_a_crash_between_a_row_s_notes_leaves_no_half_row(people, monkeypatch):
    parsed = parse_csv(CSV.encode(), "GB")
    calls = {"n": 0}
    real = NotesService.add_note_in

    def dying(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 6:  # the second note of the third row
            raise Crash
        return real(self, *args, **kwargs)

    monkeypatch.setattr(NotesService, "add_note_in", dying)
    with pytest.raises(Crash):
        CustomerImporter(people.customers, people.notes).import_rows(people.leader, parsed)
    monkeypatch.undo()
    assert _counts(people) == (2, 4)  # two whole rows; the third not at all
    report = CustomerImporter(people.customers, people.notes).import_rows(people.leader, parsed)
    assert (report.imported, report.already_imported) == (ROWS - 2, 2)
    assert _notes_per_customer(people) == [2] * ROWS


def test_re_import_completes_a_row_an_older_version_left_half_done(people):
    parsed = parse_csv(CSV.encode(), "GB")
    row = parsed.rows[0]
    # As the old importer left it when killed: the customer committed, one note of two.
    cid, _ = people.customers.create_customer(people.leader, row.draft, import_key=row.import_key)
    people.notes.add_note(people.leader, cid, "[imported] first note 0", permission_given=True)
    report = CustomerImporter(people.customers, people.notes).import_rows(people.leader, parsed)
    assert (report.imported, report.already_imported) == (ROWS - 1, 1)
    assert _notes_per_customer(people) == [2] * ROWS
    texts = sorted(n.text for n in people.customers.open_card(people.leader, cid).notes)
    assert texts == ["[imported] first note 0", "[imported] second note 0"]
