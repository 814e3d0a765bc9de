"""Importing a user's files: CSV in general, customers, surveys, the transfer directory and
the forecast. Each text follows the file and line: "customers.csv:4: <text>"."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # Any CSV file (customer_import.read_records, surveys/csvfile.py, directory, forecast).
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "The file is not UTF-8 text; save it as CSV UTF-8 and import again."
    ),
    "import.empty": QT_TRANSLATE_NOOP(
        "Errors", "The file is empty; the first line must name the columns."
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Errors", "The file is larger than {limit} MB; split it and import the parts."
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "More than {limit} rows; split the file and import the parts."
    ),
    "import.nul": QT_TRANSLATE_NOOP("Errors", "A NUL character: this is not a CSV text file."),
    "csv.unclosed_quote": QT_TRANSLATE_NOOP(
        "Errors", 'A quoted value is never closed (a missing ").'
    ),
    "csv.text_after_quote": QT_TRANSLATE_NOOP(
        "Errors", 'Text after a closing quote; write a quote inside a quoted value as "".'
    ),
    "csv.value_too_long": QT_TRANSLATE_NOOP("Errors", "A value is longer than {limit} characters."),
    "csv.invalid": QT_TRANSLATE_NOOP(
        "Errors", 'Not valid CSV here; write a quote inside a quoted value as "".'
    ),
    "csv.too_many_values": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} values but the header names {width} columns; quote values that "
        "contain the delimiter.",
    ),
    "csv.column_unnamed": QT_TRANSLATE_NOOP("Errors", "Column {column} has no name."),
    "csv.column_twice": QT_TRANSLATE_NOOP("Errors", "Column {column}: '{name}' given twice."),
    # Customers (services/customer_import.py).
    "customers_import.column_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Column {column}: unknown column name; expected name (or first_name and surname), "
        "phone, email, form_of_address, type, tags, lawful_basis, notes.",
    ),
    "customers_import.name_both": QT_TRANSLATE_NOOP(
        "Errors", "Give either name or first_name and surname, not both."
    ),
    "customers_import.name_missing": QT_TRANSLATE_NOOP(
        "Errors", "A name column is needed (name, or first_name and surname)."
    ),
    "customers_import.form_of_address": QT_TRANSLATE_NOOP(
        "Errors", "form_of_address: one of {choices}."
    ),
    "customers_import.type": QT_TRANSLATE_NOOP("Errors", "type: codes from {choices}."),
    "customers_import.tags": QT_TRANSLATE_NOOP(
        "Errors", "tags: at most {limit} characters each, separated by ;."
    ),
    "customers_import.lawful_basis": QT_TRANSLATE_NOOP("Errors", "lawful_basis: one of {choices}."),
    "customers_import.note_too_long": QT_TRANSLATE_NOOP(
        "Errors", "notes: at most {limit} characters per note."
    ),
    "customers_import.author": QT_TRANSLATE_NOOP(
        "Errors", "Imported notes need an author: import as one of the accounts."
    ),
    # Survey results (surveys/csvfile.py, services/surveys.py).
    "surveys_import.column_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Column {column}: unknown column name; expected interaction_id or caller_number and "
        "time, survey and score (or csat, ces, nps), comment.",
    ),
    "surveys_import.no_call_column": QT_TRANSLATE_NOOP(
        "Errors", "A column to find the call is needed: interaction_id, or caller_number and time."
    ),
    "surveys_import.form": QT_TRANSLATE_NOOP(
        "Errors", "Either survey and score columns, or one column per scale (csat, ces, nps)."
    ),
    "surveys_import.no_call": QT_TRANSLATE_NOOP(
        "Errors", "No interaction_id, and no caller_number with a time."
    ),
    "surveys_import.survey": QT_TRANSLATE_NOOP("Errors", "survey: one of {choices}."),
    "surveys_import.no_score": QT_TRANSLATE_NOOP("Errors", "No score in csat, ces or nps."),
    "surveys_import.interaction_id": QT_TRANSLATE_NOOP(
        "Errors", "interaction_id: not an interaction id."
    ),
    "surveys_import.time": QT_TRANSLATE_NOOP(
        "Errors",
        "time: a date and time like 2026-12-06 14:05 or 2026-12-06T14:05:00+01:00.",
    ),
    "survey.comment_too_long": QT_TRANSLATE_NOOP("Errors", "Comment: at most {limit} characters."),
    "survey.comment_control": QT_TRANSLATE_NOOP("Errors", "Comment: no control characters."),
    "surveys_import.no_such_call": QT_TRANSLATE_NOOP(
        "Errors", "No interaction has that interaction_id."
    ),
    "surveys_import.number": QT_TRANSLATE_NOOP("Errors", "caller_number: not a phone number."),
    "surveys_import.no_call_then": QT_TRANSLATE_NOOP(
        "Errors", "No call from that number in the hour before that time."
    ),
    "surveys_import.several_calls": QT_TRANSLATE_NOOP(
        "Errors", "Several calls from that number around that time; give interaction_id."
    ),
    # The transfer directory (services/directory.py).
    "directory_import.no_name_column": QT_TRANSLATE_NOOP(
        "Errors", "The first line must name the columns, with 'name'."
    ),
    "directory_import.columns_ignored": QT_TRANSLATE_NOOP(
        "Errors", "Unknown column(s) ignored: {names}."
    ),
    # A day's forecast (services/forecast.py, staffing/plan.py).
    "forecast_import.too_large": QT_TRANSLATE_NOOP(
        "Errors", "The file is too large to be a forecast."
    ),
    "forecast_import.no_start": QT_TRANSLATE_NOOP(
        "Errors", "No 'start' column; it holds each interval's time."
    ),
    "forecast_import.setting_column": QT_TRANSLATE_NOOP(
        "Errors", "Column '{name}' is not kept with the forecast; the queue settings give it."
    ),
    "forecast_import.start": QT_TRANSLATE_NOOP(
        "Errors", "start: expected a time like 08:30, got '{value}'."
    ),
    "forecast_import.interval": QT_TRANSLATE_NOOP(
        "Errors", "interval: {minutes} min differs from the queue's {queue}-minute intervals."
    ),
}
