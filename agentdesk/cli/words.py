"""The command line's words about the user's data: import problems and known errors, in the
system's language (LC_ALL, LC_MESSAGES or LANG), from the same catalogues as the window.

The commands and their help stay English (issue #20); what they report about a file or a
refused change is worded from its code, as the window words it. The catalogue is read without
Qt (agentdesk/i18n_catalogue.py), so a command stays light.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from agentdesk.error_texts import fill
from agentdesk.error_texts.wording import (
    ENGLISH,
    Wording,
    catalogue_translate,
    catalogue_wording,
)
from agentdesk.problems import Problem


def system_locale() -> str:
    """The locale a POSIX program uses for its messages (the first of these that is set)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return value
    return ""


# The context of what the commands say about an import in their own words (a summary).
CONTEXT = "CommandLine"


def language() -> str:
    """The system's language if there is a catalogue for it, else English."""
    from agentdesk.i18n import bundled_languages, choose_language

    return choose_language(None, system_locale(), bundled_languages())


def wording() -> Wording:
    """How this command words codes and problems."""
    from agentdesk.i18n import SOURCE_LANGUAGE
    from agentdesk.paths import resources_dir

    chosen = language()
    if chosen == SOURCE_LANGUAGE:
        return ENGLISH
    return catalogue_wording(resources_dir() / "i18n", chosen)


def say(text: str, **params: object) -> str:
    """A command's own sentence about the user's data (``text`` marked with
    QT_TRANSLATE_NOOP("CommandLine", ...)), in the system's language, parameters filled."""
    from agentdesk.i18n import SOURCE_LANGUAGE
    from agentdesk.paths import resources_dir

    chosen = language()
    translate = None
    if chosen != SOURCE_LANGUAGE:
        translate = catalogue_translate(resources_dir() / "i18n", chosen)
    return fill(translate(CONTEXT, text) if translate else text, params)


def error_words(exc: BaseException) -> str:
    return wording().error(exc)


def print_problems(problems: Iterable[Problem], file: str | Path | None = None) -> None:
    """Each problem on its own line of standard error, "FILE:LINE: what is wrong"."""
    words = wording()
    for problem in problems:
        placed = problem.at(file=str(file)) if file is not None else problem
        print(words.problem(placed), file=sys.stderr)
