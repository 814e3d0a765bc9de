"""Every error code raised anywhere has an English text in agentdesk/error_texts, in exactly
one area, with a translation in each catalogue (the window and the command line both word
them; a code without a text would show a bare English sentence or the code itself)."""

from __future__ import annotations

import ast
from pathlib import Path

import agentdesk
from agentdesk import error_texts
from agentdesk.error_texts import CONTEXT, TEXTS
from agentdesk.i18n_catalogue import read_ts
from agentdesk.paths import resources_dir

PACKAGE = Path(agentdesk.__file__).parent
# Constructors whose first argument is a code: ProcedureError("hold.not_asked", ...) and a
# problem in a user's file, Problem("csv.invalid", ...).
CODE_FIRST = {"ProcedureError", "MessageIncompleteError", "Problem"}


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def codes_in_source() -> tuple[set[str], set[str]]:
    """(codes written out, literal prefixes of codes built with an f-string) outside ui/."""
    codes: set[str] = set()
    prefixes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            keyword = isinstance(node, ast.keyword) and node.arg == "code"
            assigned = isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [
                "code"
            ]
            code_first = (
                isinstance(node, ast.Call)
                and bool(node.args)
                and ast.unparse(node.func).rsplit(".", 1)[-1] in CODE_FIRST
            )
            given = [node.value] if keyword or assigned else [node.args[0]] if code_first else []
            for value in given:
                if (text := _literal(value)) is not None:
                    codes.add(text)
                elif isinstance(value, ast.JoinedStr) and (head := _literal(value.values[0])):
                    prefixes.add(head)
    return codes, prefixes


def test_every_code_raised_anywhere_has_a_text():
    """Error codes are ``area.what``; a field check's bare code (``too_long`` beside a
    settings field) is worded by the form that shows it."""
    codes, prefixes = codes_in_source()
    area_codes = {code for code in codes if "." in code}
    assert {"not_found.interaction", "hold.not_asked", "csv.invalid", "staffing.load"} <= area_codes
    assert area_codes - set(TEXTS) == set()
    # A code built from a rule or a field ("call.not_now.{phase}") has texts under its prefix.
    assert {"call.not_now.", "staffing.", "callback."} <= prefixes
    assert [p for p in prefixes if not any(code.startswith(p) for code in TEXTS)] == []


def test_each_code_has_its_text_in_one_area_only():
    seen: dict[str, str] = {}
    for area in error_texts.AREAS:
        for code in area.TEXTS:
            assert code not in seen, (code, seen.get(code), area.__name__)
            seen[code] = area.__name__
    assert seen.keys() == TEXTS.keys()


def test_every_text_is_translated_in_every_catalogue():
    for path in sorted((resources_dir() / "i18n").glob("agentdesk_*.ts")):
        catalogue = read_ts(path)
        missing = [code for code, text in TEXTS.items() if not catalogue.lookup(CONTEXT, text, "")]
        assert missing == [], path.name


def test_the_texts_are_plain_python():
    """The command line words them without Qt (the catalogue reader is Qt-free too)."""
    for path in (PACKAGE / "error_texts").glob("*.py"):
        assert "PySide6" not in path.read_text(), path.name


def test_a_code_raised_with_a_plain_sentence_has_that_sentence_as_its_text():
    """The command line prints the code's text, not the sentence given with it: the two must
    not drift apart (a site that says it differently needs a code of its own)."""
    drift = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            code = next((_literal(k.value) for k in node.keywords if k.arg == "code"), None)
            sentence = _literal(node.args[0])
            plain = code in TEXTS and sentence is not None and "{" not in TEXTS[code]
            if plain and sentence != TEXTS[code]:
                drift.append((path.name, node.lineno, code, sentence))
    assert drift == []
