"""Reviewing calls and coaching: checks, KPIs, surveys and feedback (services/review.py,
services/kpi.py, services/surveys.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "feedback.empty": QT_TRANSLATE_NOOP("Errors", "Feedback: write something first."),
    "feedback.too_long": QT_TRANSLATE_NOOP("Errors", "Feedback: at most {limit} characters."),
    "surveys.range_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The end of the period is before its start."
    ),
    "review.no_such_check": QT_TRANSLATE_NOOP("Errors", "No such check in this call."),
    "review.check_not_ticked": QT_TRANSLATE_NOOP(
        "Errors", "Only a check the representative ticked can be reviewed."
    ),
    "kpi.range_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The end of the date range must be after its start."
    ),
    "survey.unknown_kind": QT_TRANSLATE_NOOP("Errors", "Survey: one of {choices}."),
    "survey.score_range": QT_TRANSLATE_NOOP(
        "Errors", "{kind} score: a whole number from {low} to {high}."
    ),
}
