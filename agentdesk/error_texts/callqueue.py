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
    # A day's forecast (services/forecast.py SLOT_TEXTS).
    "forecast.interval_length": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: intervals must be {choices} minutes long."
    ),
    "forecast.slot_start": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: {where}: intervals start every {minutes} minutes."
    ),
    "forecast.slot_twice": QT_TRANSLATE_NOOP("Errors", "Forecast: {where}: appears twice."),
    "forecast.slot_calls": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: {where}: calls must be between 0 and {limit}."
    ),
    "forecast.slot_aht": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: {where}: the handle time must be above 0 and at most a day."
    ),
}
