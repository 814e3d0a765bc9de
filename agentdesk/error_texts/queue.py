"""The queue widget's settings and its practice simulator (agentdesk/callqueue)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "queue_settings.too_low": QT_TRANSLATE_NOOP("Errors", "{setting}: at least {limit}."),
    "queue_settings.too_high": QT_TRANSLATE_NOOP("Errors", "{setting}: at most {limit}."),
    "queue_settings.interval": QT_TRANSLATE_NOOP("Errors", "interval_minutes: one of {choices}."),
    "simulator.not_positive": QT_TRANSLATE_NOOP("Errors", "Simulator: {name} must be above 0."),
    "simulator.agents": QT_TRANSLATE_NOOP("Errors", "Simulator: agents must be 0 or more."),
    "simulator.patience": QT_TRANSLATE_NOOP("Errors", "Simulator: patience must be above 0."),
}
