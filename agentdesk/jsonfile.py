"""Small JSON files the app owns (settings, queue settings): read whole, written atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from agentdesk.errors import KnownError


def read_json_object(path: Path, what: str) -> dict[str, Any] | None:
    """The JSON object in ``path`` (None when there is no file); a file that is not one is
    a KnownError naming ``what`` it should be (e.g. "settings file"), never a traceback."""
    if not path.exists():
        return None
    # The code names the file (settings_file.*, queue_settings_file.*): "what" stays English.
    area = what.replace(" ", "_")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise KnownError(
            f"{path}: {what} is nested too deeply to be settings.",
            code=f"{area}.too_deep",
            path=path,
        ) from None
    except (OSError, ValueError) as exc:
        reason = exc.__class__.__name__
        raise KnownError(
            f"{path}: {what} is not readable JSON ({reason}).",
            code=f"{area}.not_json",
            path=path,
            reason=reason,
        ) from None
    if not isinstance(raw, dict):
        raise KnownError(
            f"{path}: {what} must hold a JSON object.", code=f"{area}.not_object", path=path
        )
    return raw


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write atomically and durably: a crash or power cut mid-save leaves the old file,
    never half a file or an empty one."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
