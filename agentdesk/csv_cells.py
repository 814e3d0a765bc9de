"""The one way agentdesk writes a CSV cell: spreadsheet formulas neutralised (#15 item 12)."""

from __future__ import annotations

import math

# A cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice and
# Google Sheets: "=1+2", "=HYPERLINK(…)", "@SUM(A1)", "+…", "-…", and a tab or CR before them.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text for a CSV cell; spreadsheet formulas are neutralised with a leading apostrophe.

    Numbers (int, float) are written as numbers, so a negative figure stays a number.
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        return "'" + text if text.startswith(FORMULA_START) else text
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if math.isfinite(value) else ""
    return str(value)
