"""Codes to words: a known error or a file problem in one language, parameters filled in.

``Wording`` takes the function that translates a text of the ``Errors`` context: Qt's
translators in the window (agentdesk/ui/errors.py), the ``.ts`` catalogue read without Qt on
the command line (``catalogue_wording``), or none for English.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path

from agentdesk.error_texts import CONTEXT, TEXTS, fill
from agentdesk.errors import KnownError
from agentdesk.problems import Problem


class Wording:
    def __init__(
        self, translate: Callable[[str], str] = str, texts: Mapping[str, str] | None = None
    ) -> None:
        self._translate = translate
        self._texts = TEXTS if texts is None else texts

    def error(self, exc: BaseException) -> str:
        """``exc``'s code in words; its own sentence when it has no known code. An error
        about a file (DataFileError, an import's) is its problems, one per line."""
        if not isinstance(exc, KnownError):
            # Nobody expected it: its own text may quote a statement and its parameters (a
            # note's ciphertext, a customer's name), so only its kind is shown.
            template = self._texts.get("unexpected", "Something unexpected went wrong ({kind}).")
            return fill(self._translate(template), {"kind": type(exc).__name__}, self._value)
        problems = getattr(exc, "found", None) or getattr(exc, "problems", None)
        if problems and all(isinstance(p, Problem) for p in problems):
            return "\n".join(self.problem(p) for p in problems)
        if isinstance(problem := getattr(exc, "problem", None), Problem):
            return self.problem(problem)
        code = getattr(exc, "code", None)
        template = self._texts.get(code or "")
        if template is None:
            return str(exc)
        return fill(self._translate(template), getattr(exc, "params", {}), self._value)

    def problem(self, problem: Problem) -> str:
        """The problem as the place, then what is wrong: "file:line: text"."""
        text = self.message(problem)
        return f"{problem.where}: {text}" if problem.where else text

    def message(self, problem: Problem) -> str:
        """What is wrong, without the place (for a list that shows the line itself)."""
        template = self._texts.get(problem.code)
        if template is None:  # an unknown code: never blank, never a crash
            return problem.english or str(problem.params.get("text", problem.code))
        return fill(self._translate(template), problem.params, self._value)

    def _value(self, value: object) -> str:
        # A cause given as a parameter (a known error, a problem) is worded in the language too.
        if isinstance(value, KnownError):
            return self.error(value)
        if isinstance(value, Problem):
            return self.problem(value)
        return str(value)


ENGLISH = Wording()


@functools.cache
def catalogue_translate(i18n_dir: Path, language: str) -> Callable[[str, str], str] | None:
    """(context, text) -> the text in ``language`` from its ``.ts`` catalogue, the text itself
    when it has no translation; None when there is no catalogue or it cannot be read (a
    message is never lost to a broken translation)."""
    from agentdesk.errors import DataFileError
    from agentdesk.i18n_catalogue import read_ts

    path = i18n_dir / f"agentdesk_{language}.ts"
    if not path.exists():
        return None
    try:
        data = read_ts(path)
    except DataFileError:
        return None

    def translate(context: str, text: str) -> str:
        forms = data.lookup(context, text, "")
        return forms[0] if forms else text

    return translate


@functools.cache
def catalogue_wording(i18n_dir: Path, language: str) -> Wording:
    """The wording of ``language`` from its ``.ts`` catalogue (English without one)."""
    translate = catalogue_translate(i18n_dir, language)
    if translate is None:
        return ENGLISH
    return Wording(functools.partial(translate, CONTEXT))
