"""Dates and times in the user's locale (QLocale), never in a fixed pattern."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
# The C (POSIX) locale's own date pattern, "d MM yyyy", reads "6 12 2026": ISO 8601 instead.
ISO_DATE, ISO_TIME = "yyyy-MM-dd", "HH:mm"


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _qdatetime(moment: dt.datetime) -> QDateTime:
    local = moment.astimezone() if moment.tzinfo else moment
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


def full_year(pattern: str) -> str:
    """A locale's short pattern with a four-digit year ("M/d/yy" → "M/d/yyyy"): a two-digit
    year is ambiguous in reports and date fields."""
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def date_format(locale: QLocale | None = None) -> str:
    """The display format for QDateEdit and date labels: the locale's short date, full year."""
    locale = locale or QLocale()
    return ISO_DATE if _is_c(locale) else full_year(locale.dateFormat(SHORT))


def date_text(day: dt.date | dt.datetime, locale: QLocale | None = None) -> str:
    """A date as the locale writes it ("06/12/2026" in the UK, "12/6/2026" in the US)."""
    if isinstance(day, dt.datetime):
        day = day.astimezone().date() if day.tzinfo else day.date()
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def time_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """Hours and minutes as the locale writes them ("17:05", "5:05 PM")."""
    locale = locale or QLocale()
    pattern = ISO_TIME if _is_c(locale) else locale.timeFormat(SHORT)
    return locale.toString(_qdatetime(moment).time(), pattern)


def datetime_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """Date and time of day, both in the locale's short forms with a four-digit year."""
    return f"{date_text(moment, locale)} {time_text(moment, locale)}"


def day_month_format(locale: QLocale | None = None) -> str:
    """The locale's short date without the year ("dd/MM", "M/d"), for crowded chart axes."""
    locale = locale or QLocale()
    if _is_c(locale):
        return "d MMM"
    pattern = locale.dateFormat(SHORT)
    for cut in ("/yyyy", "/yy", ".yyyy", ".yy", "-yyyy", "-yy", " yyyy", " yy"):
        pattern = pattern.replace(cut, "")
    for cut in ("yyyy/", "yy/", "yyyy-", "yy-", "yyyy.", "yy.", "yyyy ", "yy "):
        pattern = pattern.replace(cut, "")
    return pattern.strip(" ./-") or "d MMM"


def datetime_format(locale: QLocale | None = None) -> str:
    """The display format for QDateTimeEdit: the locale's short date and time."""
    locale = locale or QLocale()
    clock = ISO_TIME if _is_c(locale) else locale.timeFormat(SHORT)
    return f"{date_format(locale)} {clock}"


def short_datetime_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """Day, month and time without the year ("6 Dec 17:05", "06/12 17:05"), for a table
    column whose tooltip has the full date."""
    locale = locale or QLocale()
    local = _qdatetime(moment)
    return f"{locale.toString(local.date(), day_month_format(locale))} {time_text(moment, locale)}"
