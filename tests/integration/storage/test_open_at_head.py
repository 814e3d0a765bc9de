"""A database already at head opens without alembic; the quick head agrees with alembic's."""

from __future__ import annotations

import json
import subprocess
import sys

from agentdesk.storage.migrate import head_revision, quick_head_revision


def test_quick_head_is_alembics_head():
    assert quick_head_revision() == head_revision()


def test_opening_at_head_loads_no_alembic(tmp_path):
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from agentdesk.paths import DataPaths\n"
        "from agentdesk.storage.open import open_database\n"
        f"db = open_database(DataPaths(Path({str(tmp_path / 'data')!r})))\n"
        "db.dispose()\n"
        "print(json.dumps('alembic' in sys.modules))\n"
    )
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[-1]) is True  # created: migrated
    again = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout.splitlines()[-1]) is False  # at head: nothing to run
