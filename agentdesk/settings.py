"""App settings: one typed model stored as JSON in the data folder; unknown keys reported."""

from __future__ import annotations

import json
import os
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from agentdesk.errors import KnownError, ValidationError


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
    language: str = _setting("en", "Language", "Interface language.", choices=("en", "it", "id"))
    hold_progress_seconds: int = _setting(
        45,
        "Hold progress report every (s)",
        "Prompt to check back on a held caller.",
        minimum=15,
        maximum=300,
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
        for f in fields(self):
            value = getattr(self, f.name)
            meta = f.metadata
            if meta.get("min") is not None and value < meta["min"]:
                raise ValidationError(f"{meta['label']}: at least {meta['min']}.", f.name)
            if meta.get("max") is not None and value > meta["max"]:
                raise ValidationError(f"{meta['label']}: at most {meta['max']}.", f.name)
            if meta.get("choices") and value not in meta["choices"]:
                allowed = ", ".join(meta["choices"])
                raise ValidationError(f"{meta['label']}: one of {allowed}.", f.name)
            if f.name == "phone_region" and not (len(value) == 2 and value.isalpha()):
                raise ValidationError("Default phone region: a two-letter country code.", f.name)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()


def load_settings(path: Path) -> LoadedSettings:
    """Read settings; a missing file gives defaults, bad values are reported and defaulted."""
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        reason = exc.__class__.__name__
        raise KnownError(f"{path}: settings file is not readable JSON ({reason}).") from None
    if not isinstance(raw, dict):
        raise KnownError(f"{path}: settings file must hold a JSON object.")
    known = {f.name: f for f in fields(Settings)}
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        f = known.get(key)
        if f is None:
            problems.append(f"{path}: unknown setting '{key}' ignored")
            continue
        default = f.default if f.default is not MISSING else None
        if not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(
            default, bool
        ):
            problems.append(f"{path}: setting '{key}' must be {type(default).__name__}")
            continue
        values[key] = value
    settings = Settings(**values)
    try:
        settings.validate()
    except ValidationError as exc:
        problems.append(f"{path}: {exc}")
        settings = replace(settings, **{exc.field: getattr(Settings(), exc.field)})
    return LoadedSettings(settings, tuple(problems))


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-save leaves the old file, never half a file."""
    settings.validate()
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
