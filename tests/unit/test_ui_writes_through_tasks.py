"""Widgets never write storage on the GUI thread: every service mutation called from a module
under agentdesk/ui is inside a function handed to the task runner (run_query, run_mutation,
run_bulk, run_cpu), so a slow disk or a busy database can never freeze the window.

Read from the source (ast), in the style of the "no Qt outside ui" test. A mutation is a public
method of a class in agentdesk/services that returns Changes or whose name starts with a
writing verb; it counts when called on a service (an attribute or name the composition root
fills with a service), not on a widget's own method of the same name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import agentdesk

PACKAGE = Path(agentdesk.__file__).parent
RUNNERS = {"run_query", "run_mutation", "run_bulk", "run_cpu"}
VERBS = {
    "add", "save", "create", "update", "delete", "remove", "erase", "import", "link", "record",
    "purge", "set", "start", "resume", "login", "clear", "change", "rotate", "store", "mark",
    "backup", "restore", "score", "submit", "send", "rename", "unlock", "write", "move", "edit",
    "publish", "archive", "acknowledge", "reset", "apply", "assign", "complete", "give",
    "grant", "revoke", "disable", "enable", "replay", "flush", "verify",
}  # fmt: skip
# Where widgets keep services: the fields of ui/services.py's Services and DataServices, as
# attributes (self._notes) or plain names (notes, data.notes).
SERVICE_HANDLES = {
    "accounts", "settings", "playbook", "kb", "snippets", "vault", "audit", "customers",
    "notes", "gdpr", "interactions", "review", "feedback", "kpi", "drafts", "messages",
    "directory", "forecast", "calls", "backups", "recorder", "data", "services",
}  # fmt: skip
# Functions that run on the worker although they are not handed to run_* where they are
# written ("module:function"), with the reason.
ALLOWED: dict[str, str] = {
    "ui/notes/dock.py:submit": "CustomerForm runs it through run_mutation (customer_form.py)",
    "ui/login.py:_login": "the login dialog hands it to run_mutation",
}


def service_mutations() -> set[str]:
    names = set()
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for cls in ast.parse(path.read_text()).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for fn in cls.body:
                if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
                    continue
                returns = ast.unparse(fn.returns) if fn.returns else ""
                if "Changes" in returns or fn.name.split("_")[0] in VERBS:
                    names.add(fn.name)
    return names


def handle_of(receiver: ast.expr) -> str | None:
    """The last name in ``self._data.notes`` / ``notes`` / ``drafts``, without underscores.
    A public attribute of ``self`` (``self.notes``) is one of the widget's own children."""
    if isinstance(receiver, ast.Attribute):
        own = isinstance(receiver.value, ast.Name) and receiver.value.id == "self"
        if own and not receiver.attr.startswith("_"):
            return None
        return receiver.attr.lstrip("_")
    if isinstance(receiver, ast.Name):
        return receiver.id.lstrip("_")
    return None


def handed_to_runner(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """True when ``node`` sits in a lambda or function that is passed to a run_* call."""
    passed: set[str] = set()
    child = node
    while child in parents:
        parent = parents[child]
        if isinstance(parent, ast.Call) and _is_runner(parent) and child in parent.args:
            return True
        if isinstance(parent, ast.FunctionDef | ast.Lambda):
            name = (
                parent.name
                if isinstance(parent, ast.FunctionDef)
                else _assigned_name(parent, parents)
            )
            if name is not None:
                passed.add(name)
        if isinstance(parent, ast.FunctionDef):
            # A nested function (or a lambda assigned to a name) handed over by name.
            for call in ast.walk(parent):
                if isinstance(call, ast.Call) and _is_runner(call):
                    for arg in call.args:
                        if isinstance(arg, ast.Name) and arg.id in passed:
                            return True
        child = parent
    return False


def _enclosing(node: ast.AST, parents: dict[ast.AST, ast.AST], path: Path) -> str:
    while node in parents and not isinstance(node, ast.FunctionDef):
        node = parents[node]
    name = node.name if isinstance(node, ast.FunctionDef) else "<module>"
    return f"{path.relative_to(PACKAGE).as_posix()}:{name}"


def _assigned_name(fn: ast.Lambda, parents: dict[ast.AST, ast.AST]) -> str | None:
    parent = parents.get(fn)
    if isinstance(parent, ast.Assign) and isinstance(parent.targets[0], ast.Name):
        return parent.targets[0].id
    if isinstance(parent, ast.IfExp):
        return _assigned_name(parent, parents)  # type: ignore[arg-type]
    return None


def _is_runner(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr in RUNNERS


def offences() -> list[str]:
    mutations = service_mutations()
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text())
        parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in mutations:
                continue
            if handle_of(node.func.value) not in SERVICE_HANDLES:
                continue
            where = f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}"
            if handed_to_runner(node, parents) or _enclosing(node, parents, path) in ALLOWED:
                continue
            found.append(f"{where}: {ast.unparse(node.func)}")
    return found


def test_every_service_write_from_a_widget_goes_through_the_task_runner():
    assert offences() == []


def test_the_check_sees_a_write_on_the_gui_thread(tmp_path, monkeypatch):
    """The check itself: a synchronous save is caught; the same save in a lambda is not."""
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "bad.py").write_text(
        "class Panel:\n"
        "    def save(self):\n"
        "        self._drafts.save_draft(self.who, 'note', 'x', {})\n"
        "    def fine(self):\n"
        "        who = self.who\n"
        "        self._tasks.run_mutation(lambda: self._drafts.save_draft(who, 'n', 'x'), print)\n"
        "        def work():\n"
        "            return self._data.notes.add_note(who, 'c', 't')\n"
        "        self._tasks.run_mutation(work, print)\n"
    )
    (tmp_path / "services").symlink_to(PACKAGE / "services")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", tmp_path)
    assert offences() == ["ui/bad.py:3: self._drafts.save_draft"]
