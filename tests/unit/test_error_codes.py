"""A known error the core or a service raises carries a code, not only an English sentence.

The window shows ``error_text(exc)``: the code's text in the user's language. An error raised
with a sentence and no code can only be shown in English, so this check reads the source
(ast) for ``raise SomeKnownError("a sentence ...")`` without a code. The command line's own
errors about its options (agentdesk/cli, the desktop-entry installer) may stay English
(issue #20); everything else is listed here until it has codes, and the list may only shrink.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections import Counter
from pathlib import Path

import agentdesk
from agentdesk.errors import KnownError

PACKAGE = Path(agentdesk.__file__).parent
ENGLISH_ALLOWED = ("cli", "desktop", "ui")

# Raises with an English sentence and no code yet, by module (TODO #16: none left; a new one
# must come with a code).
NOT_YET_CODED: dict[str, int] = {}


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def known_error_classes() -> dict[str, type]:
    """Every KnownError subclass of the package, by name (modules imported to find them)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[1:2] == ("ui",) or parts[-1] == "__main__":
            continue
        importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return {c.__name__: c for c in (KnownError, *_subclasses(KnownError))}


def codes_itself(cls: type) -> bool:
    """The class gives every instance a code: a class-level code, or its own __init__ passes
    one on (DataFileError, LoginThrottledError, the vault's reason-coded errors)."""
    if any(c.__dict__.get("code") for c in cls.__mro__ if c is not KnownError):
        return True
    init = cls.__dict__.get("__init__")
    if init is None:
        return any(codes_itself(base) for base in cls.__bases__ if base is not KnownError)
    params = inspect.signature(init).parameters
    return "code" not in params and "code=" in inspect.getsource(init)


def _is_sentence(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_sentence(node.left) or _is_sentence(node.right))


def _gives_code(call: ast.Call, cls: type) -> bool:
    if any(k.arg == "code" for k in call.keywords):
        return True
    names = list(inspect.signature(cls.__init__).parameters)[1:]
    return "code" in names and names.index("code") < len(call.args)  # ProcedureError(code, ...)


def uncoded_sentences() -> Counter[str]:
    classes = known_error_classes()
    found: Counter[str] = Counter()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.split("/")[0] in ENGLISH_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(), rel)):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            cls = classes.get(ast.unparse(node.exc.func).rsplit(".", 1)[-1])
            if cls is None or _gives_code(node.exc, cls) or codes_itself(cls):
                continue
            if any(_is_sentence(arg) for arg in node.exc.args):
                found[rel] += 1
    return found


def test_no_new_known_error_is_only_an_english_sentence():
    found = uncoded_sentences()
    new = {m: n for m, n in found.items() if n > NOT_YET_CODED.get(m, 0)}
    assert new == {}, "raise these with code= and a text in agentdesk/error_texts"
    fixed = {m: n for m, n in NOT_YET_CODED.items() if found.get(m, 0) < n}
    assert fixed == {}, "fewer uncoded raises than listed: lower NOT_YET_CODED"


def test_the_call_engine_and_its_procedures_raise_only_coded_errors():
    found = uncoded_sentences()
    assert not [m for m in found if m.startswith("flows/")]


def test_the_check_sees_an_uncoded_sentence():
    """The scanner itself: a sentence without a code is found, a coded one is not."""
    tree = ast.parse(
        "raise ValidationError(f'Hold: at most {n} characters.')\n"
        "raise ValidationError('Hold: say why.', code='hold.reason_missing')\n"
        "raise ProcedureError('hold.not_asked', 'Hold: ask first.')\n"
    )
    classes = known_error_classes()
    calls = [n.exc for n in tree.body]
    verdicts = [_gives_code(c, classes[ast.unparse(c.func)]) for c in calls]
    assert verdicts == [False, True, True]
    assert _is_sentence(calls[0].args[0])
