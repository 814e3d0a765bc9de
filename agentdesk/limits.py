"""How long a typed value may be: one table for services (which refuse longer values with a
code and the limit) and widgets (which stop typing at the same length)."""

from __future__ import annotations

NAME = 100  # a first name or a surname (the longest real ones are well under this)
DISPLAY_NAME = 120  # how a representative is named to callers ("This is …")
PHONE = 40  # as typed, with spaces, +, brackets and an extension
EMAIL = 254  # RFC 5321's longest path
TAG = 50  # one free tag on a customer
TAGS = 20  # free tags on one customer
USERNAME = 32  # accounts.USERNAME_RE
PASSWORD = 256  # long passphrases welcome; a megabyte typed into scrypt is not
SEARCH = 200  # what a search box takes
FIELD_TEXT = 500  # a one-line call field (reason, resolution, ...) unless the flow says
FIELD_TEXT_MOST = 100_000  # the most a flow may allow for one field


def too_long(value: str, limit: int) -> bool:
    return len(value) > limit
