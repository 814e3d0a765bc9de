"""Interface languages: which exist, which one an account gets, plural forms (no Qt).

A language is available when ``resources/i18n/agentdesk_<code>.ts`` exists (English is the
source language and needs no file), so a team adds one by adding files, not code. The user
interface turns the chosen code into translators (``agentdesk/ui/translation.py``); the core
only picks the code.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

SOURCE_LANGUAGE = "en"
# Names shown in the language menu, each in its own language (a user who cannot read the
# current one can still find theirs).
NATIVE_NAMES: dict[str, str] = {"en": "English", "it": "Italiano", "id": "Bahasa Indonesia"}
# Locale territory used for dates and numbers when only a language is known.
DEFAULT_TERRITORY: dict[str, str] = {"en": "GB", "it": "IT", "id": "ID"}
# Old and alternative codes a system locale may carry (glibc still knows "in" for Indonesian).
_ALIASES = {"in": "id"}
_CODE = re.compile(r"^[a-z]{2,3}$")


def is_language_code(code: str) -> bool:
    """Two or three lower-case letters (ISO 639): the shape of a catalogue's code."""
    return bool(_CODE.match(code))


def available_languages(i18n_dir: Path) -> tuple[str, ...]:
    """English first, then every language with a catalogue in ``i18n_dir``, by code."""
    found = sorted(
        p.stem.split("_", 1)[1]
        for p in i18n_dir.glob("agentdesk_*.ts")
        if is_language_code(p.stem.split("_", 1)[1])
    )
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


@functools.cache  # the installed catalogues do not change while the process runs
def bundled_languages() -> tuple[str, ...]:
    """The languages the installed application has catalogues for."""
    from agentdesk.paths import resources_dir

    return available_languages(resources_dir() / "i18n")


def language_of_locale(name: str | None) -> str:
    """The language part of a locale name: "it_IT.UTF-8" → "it", "in_ID" → "id", "C" → ""."""
    if not name:
        return ""
    code = re.split(r"[_.@-]", name.strip(), maxsplit=1)[0].casefold()
    code = _ALIASES.get(code, code)
    return code if is_language_code(code) else ""


def choose_language(
    account: str | None, system_locale: str | None, available: tuple[str, ...]
) -> str:
    """The account's own choice; else the system's language if there is a catalogue for it;
    else English."""
    if account and account in available:
        return account
    system = language_of_locale(system_locale)
    return system if system in available else SOURCE_LANGUAGE


def locale_name(language: str) -> str:
    """A full locale name for formatting ("it" → "it_IT"); unknown languages keep their code."""
    territory = DEFAULT_TERRITORY.get(language)
    return f"{language}_{territory}" if territory else language


# CLDR plural rules for the forms Qt Linguist keeps (numerusform order): a language with no
# entry has one form for every number (Indonesian, Japanese, ...).
_PLURALS = {
    "en": lambda n: 0 if n == 1 else 1,
    "it": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "nl": lambda n: 0 if n == 1 else 1,
    "pt": lambda n: 0 if n in (0, 1) else 1,
    "fr": lambda n: 0 if n in (0, 1) else 1,
}


def plural_index(language: str, n: int) -> int:
    """Which of a translation's numerus forms to use for ``n``."""
    rule = _PLURALS.get(language)
    return rule(abs(n)) if rule else 0
