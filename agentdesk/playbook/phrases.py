"""Placeholders in playbook phrasings ({name}, {agent}) and filling them for display."""

from __future__ import annotations

import re

PLACEHOLDERS: frozenset[str] = frozenset({"name", "agent"})

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# Ways a missing name is dropped without leaving stray punctuation.
_NAME_LEADING = re.compile(r"^(?:\{name\}[,.…!]*\s*)+")
_NAME_AFTER_COMMA = re.compile(r",\s*\{name\}")
_NAME_ANYWHERE = re.compile(r"\s*\{name\}")


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in ``text`` that the app cannot fill (typos such as ``{nmae}``)."""
    return [p for p in _PLACEHOLDER.findall(text) if p not in PLACEHOLDERS]


def fill_phrase(text: str, *, name: str | None = None, agent: str | None = None) -> str:
    """``text`` with the caller's name and the agent's name put in.

    Without a caller name the placeholder and its comma are dropped ("Thanks, {name}." ->
    "Thanks."), so a phrase still reads naturally before the name is known.
    """
    if name:
        text = text.replace("{name}", name)
    else:
        leading = _NAME_LEADING.match(text)
        text = _NAME_LEADING.sub("", text)
        if leading and text:
            text = text[0].upper() + text[1:]
        text = _NAME_ANYWHERE.sub("", _NAME_AFTER_COMMA.sub("", text))
    return text.replace("{agent}", agent or "")
