"""Customer import from CSV: formats, line-numbered problems, no duplicates, encrypted notes."""

from __future__ import annotations

import sqlite3

import keyring
import keyring.core
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import fail

from agentdesk.__main__ import main
from agentdesk.cli import vault_access
from agentdesk.errors import ValidationError
from agentdesk.problems import UNTRANSLATED
from agentdesk.services.customer_import import (
    CustomerImporter,
    Header,
    ImportFileError,
    RowError,
    parse_csv,
    parse_header,
    parse_row,
    split_name,
)
from agentdesk.services.identity import SYSTEM
from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams
from agentdesk.vault.keystore import MemoryKeyStore

GOOD = (
    "name;phone;email;form_of_address;type;tags;notes\n"
    "Núñez, María;020 7946 0958;maria@example.com;ms;returning;prefers mornings|vip;"
    '"Called about billing.\n'
    'Card 4111 1111 1111 1111, asked for a refund."\n'
    "Luis Okafor;+44 20 7946 0111;;Mr;;;\n"
)


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())


def importer(people):
    return CustomerImporter(people.customers, people.notes)


def test_bom_semicolons_and_a_multi_line_note(people):
    parsed = parse_csv(("\ufeff" + GOOD).encode("utf-8"), "GB")
    assert parsed.problems == ()
    maria, luis = parsed.rows
    assert (maria.line, luis.line) == (2, 4)  # the quoted note spans lines 2-3
    assert maria.draft.first_name == "María" and maria.draft.surname == "Núñez"
    assert maria.draft.form_of_address == "Ms" and maria.draft.type_tags == ("returning",)
    assert maria.draft.free_tags == ("prefers mornings", "vip")
    assert luis.draft.first_name == "Luis" and luis.draft.form_of_address == "Mr"
    report = importer(people).import_rows(people.leader, parsed)
    assert (report.imported, report.notes, report.notes_redacted) == (2, 1, 1)
    card = people.customers.open_card(
        people.leader, people.customers.resolve(SYSTEM, "02079460958")
    )
    assert card.email == "maria@example.com"
    note = card.notes[0]
    assert note.text.startswith("[imported] Called about billing.\nCard ••••")
    assert "4111 1111 1111 1111" not in note.text and note.permission_given


def test_importing_the_same_file_twice_adds_nothing(people):
    data = GOOD.encode("utf-8")
    first = importer(people).import_rows(people.leader, parse_csv(data, "GB"))
    # Re-exported by another tool: commas, other phone formats, other case and spacing.
    again = (
        "Name,Phone,E-mail,Notes\n"
        '"NÚÑEZ,  maría",+442079460958,MARIA@example.com,"Called about billing."\n'
        "luis okafor,02079460111,,\n"
    ).encode()
    second = importer(people).import_rows(people.leader, parse_csv(again, "GB"))
    assert (first.imported, second.imported, second.already_imported) == (2, 0, 2)
    with people.db.read() as s:
        from sqlalchemy import func, select

        from agentdesk.models.customer import Customer, Note

        assert s.scalar(select(func.count()).select_from(Customer)) == 2
        assert s.scalar(select(func.count()).select_from(Note)) == 1


def test_bad_rows_are_reported_by_line_and_good_ones_kept(people):
    data = (
        b"first_name,surname,phone,email,type,lawful_basis,notes\n"
        b'Ada,Lovelace,020 7946 0222,,,consent,"two\nlines"\n'
        b"Bad,Phone,12,,,,\n"
        b"Bad,Email,,not-an-address,,,\n"
        b",,,,,,\n"
        b"Bad,Type,,,premium,,\n"
        b"Bad,Basis,,,,because,\n"
        b",,020 7946 0333,,,,\n"
        b"Alan,Turing,,alan@example.org,business new,contract,\n"
        b"Too,Many,,,,,,surplus\n"
    )
    parsed = parse_csv(data, "GB")
    report = importer(people).import_rows(people.leader, parsed)
    assert report.imported == 2 and not report.ok
    problems = {p.line: p.message for p in report.problems}
    assert sorted(problems) == [4, 5, 7, 8, 9, 11]  # line 6 is blank and skipped
    assert problems[4].startswith("Phone:") and problems[5].startswith("E-mail:")
    assert "type: codes from new, returning" in problems[7]
    assert problems[8].startswith("lawful_basis: one of consent")
    assert problems[9].startswith("Name:") and "8 values" in problems[11]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("name,mobile", "Column 2: unknown column name"),
        ("name,first_name", "either name or first_name"),
        ("phone,email", "A name column is needed"),
        ("name,phone,Phone", "'phone' given twice"),
    ],
)
def test_header_problems_stop_the_import(header, expected):
    with pytest.raises(ImportFileError, match=expected) as err:
        parse_csv(f"{header}\nx,y,z\n".encode(), "GB")
    assert str(err.value).startswith("1: ")


def test_file_level_problems():
    with pytest.raises(ImportFileError, match="not UTF-8"):
        parse_csv("name\nJosé\n".encode("latin-1"), "GB")
    with pytest.raises(ImportFileError, match="empty"):
        parse_csv(b"\n\n", "GB")
    parsed = parse_csv(b'name,notes\nAda,"never closed\nBob,x\n', "GB")
    assert [p.line for p in parsed.problems] == [2]
    assert "never closed" in parsed.problems[0].message


def test_names_split_either_way():
    assert split_name("Núñez, María José") == ("María José", "Núñez")
    assert split_name("  Ada   King  Lovelace ") == ("Ada King", "Lovelace")
    assert split_name("Cher") == ("", "Cher")


def test_notes_need_an_author_account(people):
    parsed = parse_csv(GOOD.encode(), "GB")
    with pytest.raises(ValidationError, match="author"):
        importer(people).import_rows(SYSTEM, parsed)


def test_messages_never_quote_the_cell():
    secret = "Zq9secretvalue"
    data = f"name,phone,email,type\n{secret} X,{secret},{secret},{secret}\n".encode()
    (problem,) = parse_csv(data, "GB").problems
    assert secret.casefold() not in str(problem).casefold()


HEADER = parse_header(
    [
        "name",
        "phone",
        "email",
        "form_of_address",
        "type",
        "tags",
        "lawful_basis",
        "notes",
        "notes_2",
    ]
)
FIRST_SURNAME = parse_header(["first_name", "surname", "phone"])


@given(
    header=st.sampled_from([HEADER, FIRST_SURNAME]),
    cells=st.lists(st.text(max_size=40), max_size=12),
    line=st.integers(min_value=2, max_value=10**6),
)
def test_parse_row_gives_a_row_or_a_clear_error(header: Header, cells, line):
    try:
        row = parse_row(header, cells, line, "GB")
    except RowError as exc:
        assert exc.line == line and exc.problem.message.strip()
        assert exc.problem.code != UNTRANSLATED  # worded from a code in every language
        assert str(exc).startswith(f"{line}: ")
    else:
        assert row.line == line and row.import_key
        assert row.draft.first_name.strip() or row.draft.surname.strip()


@given(st.text(max_size=300))
def test_parse_csv_never_crashes(text):
    try:
        parsed = parse_csv(text.encode("utf-8", "surrogatepass"), "GB")
    except ImportFileError as exc:
        assert exc.problems and all(p.line for p in exc.problems)
        assert all(p.code != UNTRANSLATED for p in exc.problems)
    else:
        assert all(p.message and p.code != UNTRANSLATED for p in parsed.problems)


# The command line: the in-memory keyring, never the real one.


@pytest.fixture
def cli(tmp_path, monkeypatch, fast_params):
    store, pending = MemoryKeyStore(), MemoryKeyStore()
    monkeypatch.setattr(vault_access, "keyring_store_for", lambda paths: store)
    monkeypatch.setattr(vault_access, "pending_store_for", lambda paths: pending)
    monkeypatch.setattr(
        vault_access,
        "key_file_for",
        lambda paths: PassphraseKeyFile(paths.key_file, params=ScryptParams(n=2**4)),
    )
    data_dir = tmp_path / "data"
    from agentdesk.paths import DataPaths
    from agentdesk.services.accounts import AccountService
    from agentdesk.storage.open import open_database

    db = open_database(DataPaths(data_dir).ensure())
    AccountService(db, params=fast_params).create_first_team_leader("lead", "Lea", "leader-pass")
    db.dispose()

    def run(*args):
        return main(["--data-dir", str(data_dir), "customers", "import", *args])

    run.database = data_dir / "agentdesk.sqlite3"
    return run


def test_cli_import_reports_and_is_idempotent(cli, tmp_path, capsys):
    source = tmp_path / "people.csv"
    source.write_bytes(("\ufeff" + GOOD + "Bad Phone;12;;;;;\n").encode())
    assert cli(str(source), "--check") == 1
    assert "2 rows ready, 1 bad" in capsys.readouterr().out
    assert cli(str(source)) == 2  # notes need an author
    assert "--as USER" in capsys.readouterr().err
    assert cli(str(source), "--as", "lead") == 1
    captured = capsys.readouterr()
    assert f"{source}:5: Phone:" in captured.err
    assert "2 imported with 1 notes, card details masked in 1; 0 already imported" in captured.out
    assert cli(str(source), "--as", "lead") == 1
    assert "0 imported with 0 notes; 2 already imported; 1 bad" in capsys.readouterr().out
    with sqlite3.connect(cli.database) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM note").fetchone() == (1,)
        raw = b"".join(r[0] for r in conn.execute("SELECT name_ct FROM customer"))
    assert "Núñez".encode() not in raw


def test_cli_import_without_notes_needs_no_account(cli, tmp_path, capsys):
    source = tmp_path / "plain.csv"
    source.write_text("surname,phone\nLovelace,020 7946 0222\n", encoding="utf-8")
    assert cli(str(source)) == 0
    assert "1 imported" in capsys.readouterr().out
    assert cli(str(tmp_path / "missing.csv")) == 2


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Mrs", "Mrs"), ("mrs.", "Mrs"), ("MRS", "Mrs"), ("Missus", "Mrs"), ("Miss", "Miss"),
        ("Ms.", "Ms"), ("Mr.", "Mr"), ("Mister", "Mr"), ("Mx", "Mx"), ("Dr.", "Dr"),
        ("Doctor", "Dr"), ("first name", "first-name"), ("first-name", "first-name"),
    ],
)  # fmt: skip
def test_common_spellings_of_the_form_of_address_are_accepted(typed, stored):
    text = f"name;form_of_address\nAda Lovelace;{typed}\n"
    parsed = parse_csv(text.encode("utf-8"), "GB")
    assert parsed.problems == ()
    assert parsed.rows[0].draft.form_of_address == stored


def test_an_unknown_form_of_address_names_the_line():
    parsed = parse_csv(b"name;form_of_address\nAda Lovelace;Majesty\n", "GB")
    assert parsed.rows == () or not parsed.rows
    assert any(":2" in str(p) or "line 2" in str(p) or "2" in str(p) for p in parsed.problems)
