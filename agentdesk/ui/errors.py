"""Known errors and problems in a user's file, in the user's language (Qt's translators).

Services raise KnownError with a ``code`` and parameters, and import readers report
Problems; the English text of every code lives in ``agentdesk/error_texts`` (one module per
area, no Qt, so the command line words the same codes). Widgets show ``error_text(exc)`` or
``problem_text(problem)``: the code's text translated under the ``Errors`` context, then
filled with the parameters in one pass. An error without a known code shows its own
sentence, so nothing is ever blank.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.error_texts import CONTEXT, TEXTS
from agentdesk.error_texts.wording import Wording
from agentdesk.problems import Problem

__all__ = ["CONTEXT", "TEXTS", "error_text", "problem_message", "problem_text"]


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


_WORDING = Wording(_translate, TEXTS)


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: its code's text in the user's language, parameters filled
    (a cause given as a parameter worded too); its own sentence when it has no known code."""
    return _WORDING.error(exc)


def problem_text(problem: Problem) -> str:
    """A problem in a user's file: "file:line: what is wrong" in the user's language."""
    return _WORDING.problem(problem)


def problem_message(problem: Problem) -> str:
    """What is wrong, without the place (a list that shows "Line 4: ..." itself)."""
    return _WORDING.message(problem)
