"""App settings: one typed model stored as JSON in the data folder; unknown keys reported."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import phonenumbers

from agentdesk.addressing import DEFAULT_OFFERED, parse_offered
from agentdesk.errors import ValidationError
from agentdesk.jsonfile import read_json_object, write_json_atomic


def _setting(
    default: Any,
    label: str,
    help: str,
    minimum: int | None = None,
    maximum: int | None = None,
    choices: tuple[str, ...] = (),
) -> Any:
    """A field with the metadata the settings screen is built from."""
    meta = {"label": label, "help": help, "min": minimum, "max": maximum, "choices": choices}
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """Every user-changeable setting, with its default and how to present it."""

    organisation: str = _setting("", "Organisation", "Name said in the greeting.")
    department: str = _setting("", "Department", "Department said in the greeting.")
    idle_lock_minutes: int = _setting(
        10, "Lock after idle (minutes)", "0 never locks.", minimum=0, maximum=240
    )
    phone_region: str = _setting(
        "GB", "Default phone region", "Two-letter country code for numbers without +."
    )
    forms_of_address: str = _setting(
        DEFAULT_OFFERED,
        "Forms of address",
        "Offered for customers, in this order: any of Mr, Mrs, Ms, Miss, Mx, Dr, first name.",
    )
    hold_progress_seconds: int = _setting(
        45,
        "Hold progress report every (s)",
        "Prompt to check back on a held caller.",
        minimum=15,
        maximum=300,
    )
    complaint_response_days: int = _setting(
        56,
        "Complaint answered within (days)",
        "The timescale promised to a customer who complains.",
        minimum=1,
        maximum=365,
    )
    backup_count: int = _setting(7, "Backups kept", "Older backups are removed.", 1, 100)
    retention_notes_days: int = _setting(
        730, "Keep notes (days)", "Notes older than this are deleted; 0 keeps them.", 0, 36500
    )
    retention_interactions_days: int = _setting(
        730,
        "Keep call details (days)",
        "After this the caller's details in a call are destroyed; figures stay.",
        0,
        36500,
    )
    retention_customers_days: int = _setting(
        1095,
        "Keep inactive customers (days)",
        "Customers with no contact for this long are erased; 0 keeps them.",
        0,
        36500,
    )

    def validate(self) -> None:
        """Raise ValidationError naming every invalid field (the first one as ``field``)."""
        problems = validate_settings(asdict(self))
        if problems:
            raise ValidationError(" ".join(p.message() for p in problems), problems[0].field)


MAX_TEXT = 80  # organisation and department are said in the greeting


@dataclass(frozen=True)
class SettingProblem:
    """One invalid value: the field, a code the UI translates, and the code's parameters.

    Codes: ``unknown`` (no such setting), ``type`` (params: expected), ``min``/``max``
    (params: limit), ``choice`` (params: choices), ``required``, ``too_long`` (params: limit),
    ``control`` (control characters), ``region`` (not a phone region code), ``forms`` (params:
    unknown, the items that are not a form of address).
    """

    field: str
    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)

    def message(self) -> str:
        """English fallback (logs, command line); the settings screen words it with tr()."""
        label = _label(self.field)
        p = dict(self.params)
        words = {
            "unknown": "unknown setting, ignored.",
            "type": f"must be {p.get('expected')}.",
            "min": f"at least {p.get('limit')}.",
            "max": f"at most {p.get('limit')}.",
            "choice": f"one of {', '.join(p.get('choices', ()))}.",
            "required": "must not be empty.",
            "too_long": f"at most {p.get('limit')} characters.",
            "control": "must not contain control characters.",
            "region": "a two-letter country code such as GB, IT or ID.",
            "forms": "a comma-separated list of Mr, Mrs, Ms, Miss, Mx, Dr and first name.",
        }
        return f"{label}: {words.get(self.code, self.code)}"


def _label(name: str) -> str:
    for f in fields(Settings):
        if f.name == name:
            return f.metadata.get("label", name)
    return f"'{name}'"


_REQUIRED = ("organisation",)
# Settings that moved elsewhere: dropped without a report. "language" is each account's own
# choice since #20 (`agentdesk user language`, the Language dialog).
_RETIRED = frozenset({"language"})


def validate_settings(values: Mapping[str, Any]) -> list[SettingProblem]:
    """Every problem in ``values`` (a mapping of setting name to value), field by field.

    Checks each value given; a name that is not a setting is reported as ``unknown``. The
    settings screen and ``load_settings`` share this, so a value refused in one is refused in
    the other.
    """
    known = {f.name: f for f in fields(Settings)}
    problems: list[SettingProblem] = []
    for name, value in values.items():
        if name in _RETIRED:
            continue
        f = known.get(name)
        if f is None:
            problems.append(SettingProblem(str(name), "unknown"))
            continue
        problem = _check(f, value)
        if problem is not None:
            problems.append(problem)
    return problems


def _check(f: Any, value: Any) -> SettingProblem | None:
    meta = f.metadata
    default = f.default
    expected = type(default)
    if not isinstance(value, expected) or isinstance(value, bool) != isinstance(default, bool):
        return SettingProblem(f.name, "type", (("expected", expected.__name__),))
    if isinstance(value, str):
        if f.name in _REQUIRED and not value.strip():
            return SettingProblem(f.name, "required")
        if len(value) > MAX_TEXT:
            return SettingProblem(f.name, "too_long", (("limit", MAX_TEXT),))
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
            return SettingProblem(f.name, "control")
    if meta.get("min") is not None and value < meta["min"]:
        return SettingProblem(f.name, "min", (("limit", meta["min"]),))
    if meta.get("max") is not None and value > meta["max"]:
        return SettingProblem(f.name, "max", (("limit", meta["max"]),))
    if meta.get("choices") and value not in meta["choices"]:
        return SettingProblem(f.name, "choice", (("choices", tuple(meta["choices"])),))
    if f.name == "phone_region" and value not in phonenumbers.SUPPORTED_REGIONS:
        return SettingProblem(f.name, "region")
    if f.name == "forms_of_address":
        offered, unknown = parse_offered(value)
        if unknown or not offered:
            return SettingProblem(f.name, "forms", (("unknown", unknown),))
    return None


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()
    invalid: tuple[SettingProblem, ...] = ()


def load_settings(path: Path) -> LoadedSettings:
    """Read settings; a missing file gives defaults.

    Every invalid value (not only the first) is reset to its default and reported; unknown
    keys are reported and ignored.
    """
    raw = read_json_object(path, "settings file")
    if raw is None:
        return LoadedSettings(Settings())
    invalid = validate_settings(raw)
    rejected = {p.field for p in invalid}
    values = {k: v for k, v in raw.items() if k not in rejected and k not in _RETIRED}
    problems = [
        f"{path}: {p.message()}" + ("" if p.code == "unknown" else " The default is used.")
        for p in invalid
    ]
    return LoadedSettings(Settings(**values), tuple(problems), tuple(invalid))


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-save leaves the old file, never half a file."""
    settings.validate()
    write_json_atomic(path, asdict(settings))
