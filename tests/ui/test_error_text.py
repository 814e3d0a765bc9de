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
    assert error_text(ValueError("not known")) == "not known"


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


def codes_raised() -> set[str]:
    """Every code= given to an error, and every class-level code, outside agentdesk/ui."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            keyword = isinstance(node, ast.keyword) and node.arg == "code"
            attribute = isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [
                "code"
            ]
            value = getattr(node, "value", None)
            text = value.value if isinstance(value, ast.Constant) else None
            if (keyword or attribute) and isinstance(text, str):
                found.add(text)
    return found


def test_every_code_a_service_raises_has_a_translatable_text():
    """Error codes (``area.what``) all have a text; a field check's code (``too_long``,
    ``required``) is worded by the form that shows it beside the field."""
    raised = {code for code in codes_raised() if "." in code or code in TEXTS}
    assert {"not_found.interaction", "login.failed", "journal.write"} <= raised
    assert raised - set(TEXTS) == set()


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
