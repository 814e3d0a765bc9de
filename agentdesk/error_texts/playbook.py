"""The playbook's assertiveness builder (services/playbook.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "assertive.empty": QT_TRANSLATE_NOOP("Errors", "Fill in at least one part of the statement."),
    "assertive.too_many": QT_TRANSLATE_NOOP(
        "Errors", "You can keep up to {limit} snippets; remove one first."
    ),
    "assertive.part_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Keep each part under {limit} characters."
    ),
}
