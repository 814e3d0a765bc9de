"""`agentdesk coach check` and `agentdesk coach rules`: output lines and exit codes."""

from __future__ import annotations

import io

import pytest

from agentdesk.__main__ import main
from agentdesk.cli import build_parser


@pytest.fixture(autouse=True)
def no_team_folder(monkeypatch, tmp_path):
    """The data folder must not leak in from the machine running the tests."""
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(tmp_path / "data"))


def run(*argv: str) -> int:
    argv = ["coach", *argv]
    args = build_parser(argv).parse_args(argv)
    return args.handler(args)


def test_findings_are_printed_one_per_line_and_exit_1(tmp_path, capsys):
    macro = tmp_path / "macro.txt"
    macro.write_text("Hello,\n  I'll  have to check.\nYour AHT is fine.\n", encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("Thank you for waiting.\n", encoding="utf-8")
    assert run("check", str(macro), str(clean)) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f'{macro}:2:3: reframe: "I\'ll have to" → I will be glad to '
        "('I will be glad to' tells the caller you want to help, not that you are forced to "
        "(D12).)",
        f'{macro}:3:6: jargon: "AHT" → call length '
        "('AHT' is our shorthand; the caller may not know it. Say it in plain words.)",
    ]


def test_clean_files_exit_0(tmp_path, capsys):
    clean = tmp_path / "clean.txt"
    clean.write_text("Thank you for waiting.", encoding="utf-8")
    assert run("check", str(clean)) == 0
    assert capsys.readouterr().out == ""


def test_standard_input(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Calm\ndown!"))
    assert run("check", "-") == 1
    assert capsys.readouterr().out.startswith('<stdin>:1:1: aggressive: "Calm down" → ')


def test_language_option(tmp_path, capsys):
    text = tmp_path / "it.txt"
    text.write_text("Mi ascolti, per favore.", encoding="utf-8")
    assert run("check", "--language", "it", str(text)) == 1
    assert ': aggressive: "Mi ascolti" → Provo' in capsys.readouterr().out


def test_broken_rules_exit_2_with_file_and_line(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "en-team.yaml").write_text(
        "language: en\nrules:\n"
        "  - {id: x, category: reframe, phrase: [a], suggestion: b, why: c}\n",
        encoding="utf-8",
    )
    text = tmp_path / "t.txt"
    text.write_text("I'll have to", encoding="utf-8")
    assert run("check", "--rules-dir", str(rules), str(text)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{rules / 'en-team.yaml'}:3: rule 'x': unknown key 'phrase'" in captured.err


def test_extra_rules_apply(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "en.yaml").write_text(
        "language: en\nglossary:\n  - {term: Zendesk, plain: our case system}\n", encoding="utf-8"
    )
    text = tmp_path / "t.txt"
    text.write_text("Logged in Zendesk.", encoding="utf-8")
    assert run("check", "--rules-dir", str(rules), str(text)) == 1
    assert '"Zendesk" → our case system' in capsys.readouterr().out


def test_team_rules_in_the_data_folder_apply(tmp_path, monkeypatch, capsys):
    team = tmp_path / "data" / "content" / "coach"
    team.mkdir(parents=True)
    (team / "en-team.yaml").write_text("language: en\ndisable: [jargon.aht]\n", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Your AHT.", encoding="utf-8")
    assert run("check", str(text)) == 0


def test_unreadable_input_exit_2_but_other_files_are_checked(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("I'll have to", encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert run("check", str(tmp_path / "missing.txt"), str(binary), str(good)) == 2
    captured = capsys.readouterr()
    assert "missing.txt: cannot read" in captured.err
    assert "bad.txt: cannot read (not UTF-8 text)" in captured.err
    assert "good.txt:1:1: reframe" in captured.out


def test_rules_command_counts_and_validates(tmp_path, capsys):
    assert run("rules", "--language", "id") == 0
    out = capsys.readouterr().out
    assert out.startswith("id: ") and "  jargon: " in out
    assert run("rules", "--rules-dir", str(tmp_path / "nowhere")) == 2
    assert "rules folder not found" in capsys.readouterr().err


def test_through_main_with_data_dir_and_bare_group(tmp_path, capsys):
    data = tmp_path / "elsewhere"
    (data / "content" / "coach").mkdir(parents=True)
    (data / "content" / "coach" / "en.yaml").write_text(
        "language: en\ndisable: [reframe.have-to]\n", encoding="utf-8"
    )
    text = tmp_path / "t.txt"
    text.write_text("I'll have to check.", encoding="utf-8")
    assert main(["coach", "check", str(text)]) == 1
    assert main(["--data-dir", str(data), "coach", "check", str(text)]) == 0
    with pytest.raises(SystemExit) as done:
        main(["coach"])
    assert done.value.code == 0
    assert "check" in capsys.readouterr().out
