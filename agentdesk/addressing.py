"""Forms of address: the ones offered (Mr, Mrs, Ms, Miss, Mx, Dr, or first name only), and
the spellings people type or import ("Mrs.", "mister", "Doctor", "first name")."""

from __future__ import annotations

FIRST_NAME = "first-name"
# Stored values, in the order offered by default.
FORMS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", FIRST_NAME)
DEFAULT_OFFERED = "Mr, Mrs, Ms, Miss, Mx, Dr, first name"
_ALIASES = {
    "mr": "Mr",
    "mister": "Mr",
    "mrs": "Mrs",
    "missus": "Mrs",
    "ms": "Ms",
    "miz": "Ms",
    "miss": "Miss",
    "mx": "Mx",
    "dr": "Dr",
    "doctor": "Dr",
    "first name": FIRST_NAME,
    "first-name": FIRST_NAME,
    "first_name": FIRST_NAME,
    "firstname": FIRST_NAME,
    "first name only": FIRST_NAME,
    "given name": FIRST_NAME,
}


def parse_form(text: str | None) -> str | None:
    """The stored form for a typed or imported spelling; None when it is not one.

    Case, a trailing full stop and extra spaces do not matter ("MRS.", " Dr ", "Mr.").
    """
    if text is None:
        return None
    key = " ".join(str(text).replace(".", " ").split()).casefold()
    return _ALIASES.get(key)


def parse_offered(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(forms offered, in order and once each; the items that are not a form of address)
    from a comma-separated list such as the ``forms_of_address`` setting."""
    offered: list[str] = []
    unknown: list[str] = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        form = parse_form(item)
        if form is None:
            unknown.append(item)
        elif form not in offered:
            offered.append(form)
    return tuple(offered), tuple(unknown)


def spoken(form: str | None) -> str:
    """What goes before the surname ("Mrs"), or nothing for first name only or unknown."""
    found = parse_form(form) if form else None
    return "" if found in (None, FIRST_NAME) else found
