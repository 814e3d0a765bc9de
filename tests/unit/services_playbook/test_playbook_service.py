"""Playbook service: assertive statements, calmer wording, personal snippets on disk."""

from __future__ import annotations

import json
import uuid

import pytest

from agentdesk.errors import ValidationError
from agentdesk.paths import resources_dir
from agentdesk.services.identity import Identity, Role
from agentdesk.services.playbook import MAX_SNIPPETS, PlaybookService

RITA = Identity(uuid.UUID(int=1), "rita", "Rita Rep", Role.REPRESENTATIVE)
MARCO = Identity(uuid.UUID(int=2), "marco", "Marco Rep", Role.REPRESENTATIVE)


@pytest.fixture
def content(tmp_path):
    return tmp_path / "content"


@pytest.fixture
def service(content) -> PlaybookService:
    return PlaybookService(resources_dir(), content)


def test_content_loads_in_the_settings_language(content) -> None:
    italian = PlaybookService(resources_dir(), content, "it")
    assert italian.playbook.language == "it"
    assert italian.rules.language == "it"
    assert PlaybookService(resources_dir(), content, "xx").language == "en"


def test_aggressive_statement_gets_calmer_wording_field_by_field(service) -> None:
    parts = ("you always interrupt me, you idiot", "upset", "let me finish")
    statement = service.statement(parts)
    assert {f.rule_id for f in statement.aggressive} == {
        "aggressive.you-always",
        "aggressive.insult-person",
    }
    for finding in statement.aggressive:
        fixed = service.calmer(parts, finding)
        assert fixed is not None and fixed[1:] == parts[1:]
        assert finding.rule_id not in {f.rule_id for f in service.statement(fixed).findings}
    both = parts
    while service.statement(both).aggressive:
        both = service.calmer(both, service.statement(both).aggressive[0])
    assert service.statement(both).text.startswith("When you interrupt me, I think")


def test_a_finding_that_starts_in_the_template_is_fixed_in_the_field(service) -> None:
    # "When you" comes from the template; "always" was typed.
    parts = ("always interrupt me", "upset", "wait")
    (finding,) = service.statement(parts).aggressive
    assert finding.matched == "you always"
    assert service.calmer(parts, finding) == ("interrupt me", "upset", "wait")


def test_snippets_round_trip_per_account_newest_first(service, content) -> None:
    assert service.snippets(RITA).items == ()
    service.add_snippet(RITA, ("raise your voice", "uneasy", "could speak calmly"))
    saved = service.add_snippet(RITA, ("talk over me", "unheard", "let me finish"))
    assert [s.parts[0] for s in saved.items] == ["talk over me", "raise your voice"]
    assert saved.items[0].text == (
        "When you talk over me, I feel unheard. I would appreciate it if you let me finish."
    )
    assert service.snippets(RITA) == saved
    assert service.snippets(MARCO).items == ()
    path = content / "snippets" / f"{RITA.account_id}.json"
    assert json.loads(path.read_text())["version"] == 1
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left over
    again = service.add_snippet(RITA, ("raise your voice", "uneasy", "could speak calmly"))
    assert [s.parts[0] for s in again.items] == ["raise your voice", "talk over me"]
    left = service.remove_snippet(RITA, again.items[0].id)
    assert [s.parts[0] for s in left.items] == ["talk over me"]


def test_snippets_never_store_card_numbers_and_stay_short(service, content) -> None:
    saved = service.add_snippet(RITA, ("read out 4111 1111 1111 1111", "uneasy", "stop"))
    assert "4111 1111 1111 1111" not in saved.items[0].parts[0]
    assert (
        "4111 1111 1111 1111"
        not in (content / "snippets").joinpath(f"{RITA.account_id}.json").read_text()
    )
    with pytest.raises(ValidationError):
        service.add_snippet(RITA, ("", " ", ""))
    with pytest.raises(ValidationError):
        service.add_snippet(RITA, ("x" * 201, "", ""))


def test_snippet_list_is_capped(service) -> None:
    for n in range(MAX_SNIPPETS):
        service.add_snippet(RITA, (f"do thing {n}", "", ""))
    with pytest.raises(ValidationError):
        service.add_snippet(RITA, ("one too many", "", ""))


def test_unreadable_snippet_file_is_set_aside_not_overwritten(service, content) -> None:
    folder = content / "snippets"
    folder.mkdir(parents=True)
    (folder / f"{RITA.account_id}.json").write_text("{not json", encoding="utf-8")
    listed = service.snippets(RITA)
    assert listed.items == () and "could not be read" in listed.problem
    kept = folder / f"{RITA.account_id}.json.unreadable-1"
    assert kept.read_text() == "{not json"
    assert service.add_snippet(RITA, ("shout", "uneasy", "stop")).items


def test_broken_team_rules_fall_back_to_bundled_and_say_why(content) -> None:
    team = content / "coach"
    team.mkdir(parents=True)
    (team / "en-team.yaml").write_text("language: en\nrules: [oops\n", encoding="utf-8")
    service = PlaybookService(resources_dir(), content)
    assert service.problems and "en-team.yaml" in service.problems[0]
    assert service.rules.rules  # the coach still works
