"""Logging to a rotating file in the data folder. Log lines never carry personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_agentdesk", False):
            root.removeHandler(handler)
    if log_dir is None:
        return
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "agentdesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._agentdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
