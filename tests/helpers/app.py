"""Build the real services on a temporary data folder, with inline tasks and cheap scrypt."""

from __future__ import annotations

from agentdesk.accounts.passwords import ScryptParams
from agentdesk.paths import DataPaths
from agentdesk.ui.tasks import ImmediateExecutor, TaskRunner

FAST = ScryptParams(n=2**8, r=8, p=1)


def inline_tasks() -> TaskRunner:
    return TaskRunner(ImmediateExecutor(), ImmediateExecutor())


def make_services(paths: DataPaths, clock=None):
    from agentdesk.ui.app import build_services

    kw = {"params": FAST}
    if clock is not None:
        kw["clock"] = clock
    return build_services(paths, inline_tasks(), **kw)
