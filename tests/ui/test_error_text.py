"""Known errors reach the user in their language: codes and parameters, never str(exc)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import agentdesk
from agentdesk.errors import KnownError, NotFoundError, PermissionDeniedError
from agentdesk.services.accounts import LoginThrottledError
from agentdesk.ui import errors as errors_module
from agentdesk.ui.errors import CONTEXT, TEXTS, error_text

PACKAGE = Path(agentdesk.__file__).parent


class Shouting:
    """A stand-in language: every text of the error table in capitals, placeholders kept.

    Swapped in for QCoreApplication in the errors module rather than installed as a
    QTranslator: installing one sends LanguageChange to every live QObject of the test run.
    """

    @staticmethod
    def translate(context, source, disambiguation=None, n=-1):
        assert context == CONTEXT
        return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group(0).upper(), source)


@pytest.fixture
def shouting(monkeypatch):
    monkeypatch.setattr(errors_module, "QCoreApplication", Shouting)


def test_a_coded_error_is_shown_in_the_users_language_with_its_parameters(shouting):
    exc = NotFoundError("There is no article 'x'.", code="not_found.article", article="hold-1")
    assert error_text(exc) == "THERE IS NO ARTICLE 'hold-1'."  # parameters go in after
    assert error_text(LoginThrottledError(4.2)) == "TOO MANY FAILED ATTEMPTS. TRY AGAIN IN 5 S."


def test_without_a_known_code_the_english_sentence_is_shown(qapp):
    assert error_text(KnownError("Disk full.")) == "Disk full."
    assert error_text(KnownError("Odd.", code="no.such.code")) == "Odd."
    # Nobody expected it: its text may quote SQL and its parameters, so only its kind shows.
    shown = error_text(ValueError("INSERT ... VALUES ('Ada Quinn', '4111 1111 1111 1111')"))
    assert "ValueError" in shown and "Ada" not in shown and "4111" not in shown


def test_the_english_default_stays_for_logs_and_the_command_line():
    from agentdesk.services.identity import Identity, Role, require_team_leader

    rep = Identity(__import__("uuid").uuid4(), "rep", "Rita Rep", Role.REPRESENTATIVE)
    with pytest.raises(PermissionDeniedError) as refused:
        require_team_leader(rep, "erase_customer")
    exc = refused.value
    assert str(exc) == "Only a team leader can erase a customer."
    assert exc.code == "denied.team_leader.erase_customer"
    assert error_text(exc) == "Only a team leader can erase a customer."


def test_every_team_leader_refusal_is_one_whole_translatable_sentence(shouting):
    """No English phrase slotted into a translated frame: one sentence per action."""
    from agentdesk.services.identity import LEADER_ACTIONS, Identity, Role, require_team_leader

    rep = Identity(__import__("uuid").uuid4(), "rep", "Rita Rep", Role.REPRESENTATIVE)
    used = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and ast.unparse(node.func).endswith("require_team_leader")
                and len(node.args) == 2
            ):
                used.add(ast.literal_eval(node.args[1]))
    assert used == set(LEADER_ACTIONS)  # every call names a known action, none unused
    for action, words in LEADER_ACTIONS.items():
        with pytest.raises(PermissionDeniedError) as refused:
            require_team_leader(rep, action)
        assert error_text(refused.value) == f"ONLY A TEAM LEADER CAN {words.upper()}."


def test_the_english_texts_are_the_services_sentences(qapp):
    """Untranslated, the table says exactly what the service said (no drift between them)."""
    exc = NotFoundError("No such interaction.", code="not_found.interaction")
    assert error_text(exc) == str(exc)
    assert error_text(LoginThrottledError(4.2)) == str(LoginThrottledError(4.2))


def test_placeholders_in_texts_are_parameters_the_services_give():
    for code, text in TEXTS.items():
        if "{" in text:
            assert text.count("{") == text.count("}"), code


def test_coded_refusals_read_exactly_as_the_services_say_them(qapp, people):
    """Untranslated, each code's text with its parameters is the service's own sentence."""
    from agentdesk.errors import ValidationError
    from agentdesk.services.customer_types import CustomerDraft
    from agentdesk.services.gdpr import Retention
    from agentdesk.services.identity import Role
    from agentdesk.services.notes import MAX_NOTE_LENGTH

    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Doe"))
    attempts = [
        lambda: people.notes.add_note(people.leader, cid, "  ", permission_given=True),
        lambda: people.notes.add_note(
            people.leader, cid, "x" * (MAX_NOTE_LENGTH + 1), permission_given=True
        ),
        lambda: people.customers.create_customer(people.leader, CustomerDraft()),
        lambda: people.customers.create_customer(
            people.leader, CustomerDraft(surname="Roe", phone="12")
        ),
        lambda: people.customers.create_customer(
            people.leader, CustomerDraft(surname="Roe", email="not-an-address")
        ),
        lambda: people.customers.create_customer(
            people.leader, CustomerDraft(surname="Roe", type_tags=("no-such-type",))
        ),
        lambda: Retention(notes_days=-1, interactions_days=1, inactive_customers_days=1),
        lambda: people.accounts.identity_of("nobody-here"),
        lambda: people.gdpr.erase_customer(people.rep, cid),
        lambda: people.accounts.add_user(
            people.leader, "x", "X", "pass-word-1", Role.REPRESENTATIVE
        ),
        lambda: people.accounts.add_user(
            people.leader, "rep", "Rita Again", "pass-word-1", Role.REPRESENTATIVE
        ),
    ]
    for attempt in attempts:
        with pytest.raises((ValidationError, NotFoundError, PermissionDeniedError)) as refused:
            attempt()
        exc = refused.value
        assert exc.code in TEXTS, (exc.code, str(exc))
        assert error_text(exc) == str(exc)


def test_storage_and_vault_failures_read_in_the_users_language(shouting):
    """The failures a start or a save can meet (disk, database, keys) carry codes the table
    knows, codes built from a reason included (the scan above sees only literal codes)."""
    from agentdesk.storage.session import STORAGE_TEXTS, storage_error
    from agentdesk.vault.errors import (
        DecryptionError,
        DecryptReason,
        KeyFileError,
        KeyFileReason,
        KeyUnavailableError,
        UnavailableReason,
        WrongPassphraseError,
    )

    errors = [storage_error(code, reason="No such device") for code in STORAGE_TEXTS]
    errors += [KeyUnavailableError(r) for r in UnavailableReason]
    errors += [KeyFileError(r) for r in KeyFileReason]
    errors += [DecryptionError(r) for r in DecryptReason]
    errors += [WrongPassphraseError()]
    for exc in errors:
        assert exc.code in TEXTS, exc.code
        assert error_text(exc) != str(exc)  # the translation, not the English sentence
    disk = storage_error("storage.folder_unusable", reason="No such device")
    assert error_text(disk) == "THE DATA FOLDER COULD NOT BE USED (No such device)."


def test_storage_and_vault_texts_are_the_services_sentences(qapp):
    from agentdesk.storage.session import STORAGE_TEXTS, storage_error
    from agentdesk.vault.errors import (
        KeyFileError,
        KeyFileReason,
        KeyUnavailableError,
        UnavailableReason,
    )

    errors = [storage_error(code, reason="EIO") for code in STORAGE_TEXTS]
    errors += [KeyUnavailableError(r) for r in UnavailableReason]
    errors += [KeyFileError(r) for r in KeyFileReason]
    for exc in errors:
        assert error_text(exc) == str(exc)


def test_a_full_disk_and_a_damaged_database_are_worded_from_their_codes(
    qapp, tmp_path, monkeypatch
):
    """Real failures, not hand-made errors: the driver's and the file check's codes."""
    import errno
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from agentdesk.paths import DataPaths
    from agentdesk.storage import open as opening
    from agentdesk.storage.migrate import DatabaseCorruptError, inspect_sqlite
    from agentdesk.storage.session import StorageError, _translated

    with pytest.raises(StorageError) as full, _translated():
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
    assert full.value.code == "storage.disk_full"
    with pytest.raises(StorageError) as os_full, _translated():
        raise OSError(errno.ENOSPC, "No space left on device")
    assert os_full.value.code == "storage.disk_full"

    bad = tmp_path / "agentdesk.sqlite3"
    bad.write_bytes(b"not a database at all, just text" * 4)
    with pytest.raises(DatabaseCorruptError) as corrupt:
        inspect_sqlite(bad)
    assert corrupt.value.code == "database.not_agentdesk"
    monkeypatch.setattr(opening, "stored_key_count", lambda paths: 3)  # keys, no database
    lost = []
    for state in ("missing", "empty"):
        with pytest.raises(opening.LostDatabaseError) as refused:
            opening.refuse_lost_database(DataPaths(tmp_path / state))
        lost.append(refused.value)
        (tmp_path / "empty").mkdir(exist_ok=True)
        (tmp_path / "empty" / "agentdesk.sqlite3").touch()
    assert [exc.code for exc in lost] == ["database.lost_missing", "database.lost_empty"]
    for exc in (full.value, os_full.value, corrupt.value, *lost):
        assert exc.code in TEXTS
        assert error_text(exc) == str(exc)


def test_a_refused_directory_entry_reads_in_the_users_language(qapp, people, monkeypatch):
    """Each rule of the directory form has a code the table words exactly as the service."""
    from agentdesk.errors import ValidationError
    from agentdesk.services.directory import ENTRY_TEXTS, DirectoryDraft, DirectoryService

    for code, sentence in ENTRY_TEXTS.items():
        assert TEXTS[f"directory.{code}"] == f"Directory: {sentence}."
    directory = DirectoryService(people.db, people.audit)
    drafts = {
        "directory.name_missing": DirectoryDraft(name=" ", number="020 7946 0199"),
        "directory.number_invalid": DirectoryDraft(name="Billing", number="12"),
        "directory.number_or_extension": DirectoryDraft(name="Billing"),
        "directory.name_too_long": DirectoryDraft(name="B" * 201, extension="12"),
        "directory.kind": DirectoryDraft(kind="robot", name="Billing", extension="12"),
    }
    for code, draft in drafts.items():
        with pytest.raises(ValidationError) as refused:
            directory.save_entry(people.leader, draft)
        assert refused.value.code == code
        assert error_text(refused.value) == str(refused.value)
    monkeypatch.setattr(errors_module, "QCoreApplication", Shouting)
    assert error_text(refused.value) == "DIRECTORY: KIND MUST BE DEPARTMENT OR PERSON."


def test_a_refused_forecast_day_reads_in_the_users_language(qapp, db, people):
    from agentdesk.errors import ValidationError
    from agentdesk.services.forecast import SLOT_TEXTS, ForecastService, ForecastSlotItem

    for code, sentence in SLOT_TEXTS.items():
        assert TEXTS[f"forecast.{code}"] == f"Forecast: {sentence}."
    forecast = ForecastService(db, people.audit)
    day = __import__("datetime").date(2026, 12, 7)
    attempts = {
        "forecast.slot_start": ((ForecastSlotItem(490, 10, 180),), 30),
        "forecast.slot_calls": ((ForecastSlotItem(480, -1, 180),), 30),
        "forecast.slot_aht": ((ForecastSlotItem(480, 10, 0),), 30),
        "forecast.interval_length": ((), 7),
    }
    for code, (slots, interval) in attempts.items():
        with pytest.raises(ValidationError) as refused:
            forecast.save_day(people.leader, day, interval, slots)
        assert refused.value.code == code
        assert error_text(refused.value) == str(refused.value)


def test_backup_and_restore_failures_read_in_the_users_language(qapp, tmp_path, monkeypatch):
    from agentdesk.storage.backup import BACKUP_TEXTS, BackupError, backup_error, inspect_backup
    from agentdesk.storage.restore import RestoreError

    for code in BACKUP_TEXTS:
        exc = backup_error(code, reason="EIO")
        assert exc.code in TEXTS and error_text(exc) == str(exc)
    not_a_backup = tmp_path / "photo.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff" + b"\0" * 200)
    with pytest.raises(BackupError) as refused:
        inspect_backup(not_a_backup)
    assert refused.value.code == "backup.not_sqlite"
    assert error_text(refused.value) == str(refused.value)
    # A cause given as a parameter is worded in the user's language as well.
    cause = backup_error("backup.damaged")
    unsound = RestoreError(
        f"The copy of the backup is not sound: {cause}", code="restore.copy_unsound", problem=cause
    )
    assert error_text(unsound) == str(unsound)
    monkeypatch.setattr(errors_module, "QCoreApplication", Shouting)
    assert error_text(unsound) == (
        "THE COPY OF THE BACKUP IS NOT SOUND: THE BACKUP FILE IS DAMAGED; IT CANNOT BE RESTORED."
    )


def test_a_parameter_that_looks_like_a_placeholder_is_shown_as_typed(shouting):
    # A value such as a file name "{reason}.db" must not be filled in by a later parameter.
    exc = KnownError("x", code="database.unreadable", path="/data/{reason}.db", reason="locked")
    text = error_text(exc)
    assert "/data/{reason}.db" in text and "(locked)" in text


def test_team_database_failures_read_as_the_services_say_them(qapp, tmp_path):
    from sqlalchemy.exc import OperationalError

    from agentdesk.paths import DataPaths
    from agentdesk.services import team

    failures = [
        team.connection_error(OperationalError("connect", {}, Exception(reason)))
        for reason in ("password authentication failed for user", "could not connect to server")
    ]
    assert [exc.code for exc in failures] == ["team.refused_login", "team.unreachable"]
    service = team.TeamService.__new__(team.TeamService)
    service._paths = DataPaths(tmp_path)
    with pytest.raises(team.NotJoinedError) as not_joined:
        _ = service.config
    for exc in (*failures, not_joined.value):
        assert exc.code in TEXTS
        assert error_text(exc) == str(exc)


def test_a_mistyped_team_database_address_reads_in_the_users_language(qapp):
    from agentdesk.errors import ValidationError
    from agentdesk.team.config import server_url

    for typed, code in (
        ("mysql://host/db", "team.url_missing_database"),
        ("::", "team.url_invalid"),
    ):
        with pytest.raises(ValidationError) as refused:
            server_url(typed)
        assert refused.value.code == code
        assert error_text(refused.value) == str(refused.value)


def test_a_problem_in_an_imported_file_reads_in_the_users_language(shouting):
    """The place first, as typed; the rest in the language (an import error too)."""
    from agentdesk.errors import DataFileError
    from agentdesk.problems import Problem
    from agentdesk.ui.errors import problem_message, problem_text

    problem = Problem("csv.column_twice", {"column": 2, "name": "phone"}, "Clienti.csv", 1)
    assert problem_text(problem) == "Clienti.csv:1: COLUMN 2: 'phone' GIVEN TWICE."
    assert problem_message(problem) == "COLUMN 2: 'phone' GIVEN TWICE."
    exc = DataFileError([problem, Problem("import.empty", file="b.csv", line=1)])
    assert error_text(exc).splitlines() == [
        "Clienti.csv:1: COLUMN 2: 'phone' GIVEN TWICE.",
        "b.csv:1: THE FILE IS EMPTY; THE FIRST LINE MUST NAME THE COLUMNS.",
    ]
