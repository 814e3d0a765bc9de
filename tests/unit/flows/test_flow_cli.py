"""`agentdesk flows check|check-alphabet|spell` exit codes and messages."""

from __future__ import annotations

import pytest

from agentdesk.cli import build_parser
from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.shortcuts import normalise_shortcut, shortcut_problem
from tests.unit.flows.flowkit import MINI


def run(*argv: str) -> int:
    args = build_parser(list(argv)).parse_args(list(argv))
    return args.handler(args)


def test_check_bundled_flows_ok(capsys) -> None:
    files = [str(p) for p in sorted(bundled_flows_dir().glob("*.yaml"))]
    assert run("flows", "check", *files) == 0
    out = capsys.readouterr().out
    assert "inbound.yaml: ok (flow 'inbound'" in out


def test_check_broken_flow_names_file_line_step(tmp_path, capsys) -> None:
    good = tmp_path / "mini.yaml"
    good.write_text(MINI, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        MINI.replace("id: mini", "id: bad").replace("{organisation}", "{org}"), encoding="utf-8"
    )
    assert run("flows", "check", str(good), str(bad)) == 1
    captured = capsys.readouterr()
    assert "mini.yaml: ok" in captured.out
    assert f"{bad}:7: step 'greeting': script: unknown placeholder '{{org}}'" in captured.err


def test_check_unknown_alphabet(tmp_path, capsys) -> None:
    text = (bundled_flows_dir() / "inbound.yaml").read_text(encoding="utf-8")
    path = tmp_path / "inbound.yaml"
    path.write_text(text.replace("{alphabet: nato}", "{alphabet: klingon}"), encoding="utf-8")
    assert run("flows", "check", str(path)) == 1
    assert "unknown phonetic alphabet 'klingon'" in capsys.readouterr().err


def test_check_alphabet(tmp_path, capsys) -> None:
    assert run("flows", "check-alphabet", str(bundled_alphabets_dir() / "it.yaml")) == 0
    bad = tmp_path / "x.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    assert run("flows", "check-alphabet", str(bad)) == 1
    assert f"{bad}:1: alphabet: missing required key" in capsys.readouterr().err


def test_spell(capsys) -> None:
    assert run("flows", "spell", "Rò", "--alphabet", "it") == 0
    assert capsys.readouterr().out.strip() == "R come Roma, Ò come Otranto (accento grave)"
    assert run("flows", "spell", "x", "--alphabet", "klingon") == 1


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("alt+n", "Alt+N"),
        ("shift+ctrl+h", "Ctrl+Shift+H"),
        ("Ctrl+Enter", "Ctrl+Enter"),
        ("ctrl+return", "Ctrl+Return"),
        ("F5", "F5"),
        ("ctrl+1", "Ctrl+1"),
    ],
)
def test_shortcut_normalised(text: str, canonical: str) -> None:
    assert normalise_shortcut(text) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Ctrl+E",
        "ctrl+shift+h",
        "F1",
        "Ctrl+V",
        "N",
        "Shift+N",
        "Hyper+N",
        "Alt+",
        "Alt+Alt+N",
        "Ctrl+Banana",
    ],
)
def test_shortcut_refused(text: str) -> None:
    assert shortcut_problem(text)[1]
