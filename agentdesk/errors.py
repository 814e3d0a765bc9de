"""The two kinds of failure: ones we can explain to a user, and bugs."""

from __future__ import annotations

from collections.abc import Sequence

from agentdesk.problems import Problem


class KnownError(Exception):
    """A failure with a sentence for the user (disk full, locked, corrupt, bad input).

    The message must never contain personal data: it may reach logs and dialogs. It is the
    English default (logs); ``code`` and ``params`` let the window and the command line say
    the same in the user's language (``agentdesk/error_texts`` holds one text per code).
    """

    code: str | None = None  # a class may set a default code for all its raises

    def __init__(self, message: str = "", *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params


class DataFileError(KnownError):
    """A user's file (an import, a flow, rules, playbook, article) is broken; lists every
    problem. ``found`` holds them as Problems (code, parameters, file, line), which the window
    and the command line word in the user's language; ``problems`` is their English text,
    "file:line: message" each. A problem given as text (a content check with no code yet) is
    kept as it is."""

    def __init__(self, problems: Sequence[str | Problem]) -> None:
        self.found = tuple(
            p if isinstance(p, Problem) else Problem.untranslated(str(p)) for p in problems
        )
        self.problems = [str(p) for p in self.found]
        text = "\n".join(self.problems)
        super().__init__(text, code="data_file", problems=text)


class PermissionDeniedError(KnownError):
    """The logged-in account's role does not allow this operation."""


class NotFoundError(KnownError):
    """The thing asked for does not exist (or is not visible to this account)."""


class ValidationError(KnownError):
    """A field holds a value that is not what is expected; says what is expected."""

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        code: str | None = None,
        params: dict | None = None,
        **more: object,
    ) -> None:
        self.field = field
        # For the UI to word it: e.g. code "too_long" with params {"limit": 100}.
        super().__init__(message, code=code, **{**(params or {}), **more})


class BugError(Exception):
    """Something that should never happen; shown with a log reference, never personal data."""
