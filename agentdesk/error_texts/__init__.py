"""Known errors in words: one English text per error code, filled in one pass (no Qt).

Services and core packages raise KnownError with a ``code`` and parameters; the texts for
the codes live here, one module per area, so the window (``agentdesk/ui/errors.py``, through
Qt's translators) and the command line (``agentdesk/cli/words.py``, through the same ``.ts``
catalogues read without Qt) say the same thing in the user's language. Each text is filed
under the context ``Errors`` in the catalogues.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from agentdesk.error_texts import (
    access,
    accounts,
    call,
    callqueue,
    customers,
    followups,
    imports,
    kb,
    playbook,
    review,
    staffing,
    storage,
    team,
    vault,
)

CONTEXT = "Errors"
AREAS = (
    access,
    accounts,
    call,
    callqueue,
    customers,
    followups,
    imports,
    kb,
    playbook,
    review,
    staffing,
    storage,
    team,
    vault,
)
# Every code's English text (a code belongs to one area: tests/unit/test_error_texts.py).
TEXTS: dict[str, str] = {code: text for area in AREAS for code, text in area.TEXTS.items()}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, params: Mapping[str, object], word: Callable[[object], str] = str) -> str:
    """``text`` with each ``{name}`` replaced by ``word(params[name])`` in one pass, so a value
    that itself contains "{other}" (a typed name) is shown as typed; unknown names stay."""

    def one(match: re.Match) -> str:
        name = match.group(1)
        return word(params[name]) if name in params else match.group(0)

    return _PLACEHOLDER.sub(one, text)
