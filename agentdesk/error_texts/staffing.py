"""Staffing: interval inputs and the forecast a day plan reads (agentdesk/staffing)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # Interval inputs (staffing/interval.py).
    "staffing.calls_positive": QT_TRANSLATE_NOOP(
        "Errors", "Calls offered must be a number above 0, got {value}."
    ),
    "staffing.interval_positive": QT_TRANSLATE_NOOP(
        "Errors", "The interval length must be above 0 seconds, got {value}."
    ),
    "staffing.aht_positive": QT_TRANSLATE_NOOP(
        "Errors", "The average handle time must be above 0 seconds, got {value}."
    ),
    "staffing.patience_positive": QT_TRANSLATE_NOOP(
        "Errors", "The average patience must be above 0 seconds, got {value}."
    ),
    "staffing.target_certain": QT_TRANSLATE_NOOP(
        "Errors",
        "{percent}% within any time cannot be guaranteed by any number of agents: calls "
        "arrive at random, so some always wait; use a target below 100%, e.g. 95/20.",
    ),
    "staffing.target_range": QT_TRANSLATE_NOOP(
        "Errors", "The target service level must be above 0% and below 100%, got {value}."
    ),
    "staffing.max_occupancy_range": QT_TRANSLATE_NOOP(
        "Errors", "The maximum occupancy must be above 0% and at most 100%, got {value}."
    ),
    "staffing.max_abandon_range": QT_TRANSLATE_NOOP(
        "Errors", "The maximum abandonment must be above 0% and at most 100%, got {value}."
    ),
    "staffing.answer_time": QT_TRANSLATE_NOOP(
        "Errors", "The target answer time must be 0 seconds or more, got {value}."
    ),
    "staffing.shrinkage": QT_TRANSLATE_NOOP(
        "Errors", "Shrinkage must be at least 0% and below 100%, got {value}."
    ),
    "staffing.load": QT_TRANSLATE_NOOP(
        "Errors", "The load is {load} Erlangs; expected at most {limit}."
    ),
    "staffing.agents": QT_TRANSLATE_NOOP(
        "Errors", "Agents must be a whole number of at least 1, got {value}."
    ),
    # Values typed or read from a forecast (staffing/units.py).
    "staffing.duration": QT_TRANSLATE_NOOP(
        "Errors", "{name}: expected a duration like 180s, 30m or 1h."
    ),
    "staffing.duration_got": QT_TRANSLATE_NOOP(
        "Errors", "{name}: expected a duration like 180s, 30m, 1h or 1h30m, got '{value}'."
    ),
    "staffing.fraction": QT_TRANSLATE_NOOP(
        "Errors", "{name}: expected a percentage like 30% or a fraction like 0.3."
    ),
    "staffing.fraction_ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "{name}: {number} is ambiguous; write {number}% or a fraction like 0.3."
    ),
    "staffing.target": QT_TRANSLATE_NOOP(
        "Errors", "{name}: expected a service-level target like 80/20 (80% within 20 seconds)."
    ),
    "staffing.too_large": QT_TRANSLATE_NOOP("Errors", "{name}: '{value}' is too large."),
    # A forecast file (staffing/plan.py).
    "staffing.empty": QT_TRANSLATE_NOOP(
        "Errors", "The file is empty; expected a header row with 'calls'."
    ),
    "staffing.column_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown column '{name}'; expected some of {known}."
    ),
    "staffing.column_twice": QT_TRANSLATE_NOOP("Errors", "Column '{name}' appears twice."),
    "staffing.no_calls_column": QT_TRANSLATE_NOOP(
        "Errors", "No 'calls' column; it holds the calls offered in each interval."
    ),
    "staffing.no_column": QT_TRANSLATE_NOOP("Errors", "No '{name}' column and no {option} given."),
    "staffing.calls_empty": QT_TRANSLATE_NOOP(
        "Errors", "calls: empty; expected the calls offered, e.g. 120."
    ),
    "staffing.calls_number": QT_TRANSLATE_NOOP(
        "Errors", "calls: expected a number like 120, got '{value}'."
    ),
    "staffing.value_missing": QT_TRANSLATE_NOOP("Errors", "{name}: empty and no --{name} given."),
}
