"""The first window loads only what it needs: the main window's features wait for login."""

from __future__ import annotations

import json
import subprocess
import sys

# Imported when the main window is built, never before the first dialog.
DEFERRED = (
    "PySide6.QtCharts",
    "agentdesk.ui.main_window",
    "agentdesk.ui.queue",
    "agentdesk.ui.review",
    "agentdesk.ui.call.workspace",
    "agentdesk.ui.notes",
    "agentdesk.ui.procedures",
    "agentdesk.ui.kb",
    "agentdesk.ui.playbook",
)


def test_the_app_module_imports_no_main_window_feature():
    code = "import json, sys\nimport agentdesk.ui.app\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    early = [m for m in loaded if any(m == d or m.startswith(d + ".") for d in DEFERRED)]
    assert early == []


# Loaded behind the first window, on the database worker (ui/launch.py), never before it.
BEHIND_THE_FIRST_WINDOW = ("sqlalchemy", "alembic", "keyring", "cryptography", "agentdesk.models")

AT_FIRST_WINDOW = """
import json, sys
from PySide6.QtCore import QEvent
from agentdesk.ui import probe

seen = []
original = probe.FirstWindowProbe.eventFilter

def watching(self, watched, event):
    if not seen and event.type() == QEvent.Type.Show and watched.isWidgetType():
        if watched.isWindow():
            seen.append(type(watched).__name__)
            print(json.dumps([seen[0], sorted(sys.modules)]), flush=True)
    return original(self, watched, event)

probe.FirstWindowProbe.eventFilter = watching
from agentdesk.__main__ import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_first_window_of_a_folder_in_use_comes_before_the_storage_layer(tmp_path):
    """The usual start: the passphrase dialog is on screen before SQLAlchemy, keyring or
    cryptography are imported (benchmarks/startup_bench.py measures the time)."""
    import os

    from agentdesk.paths import DataPaths
    from tests.helpers.app import make_services
    from tests.ui.vault.test_unlock import NoKeyring

    paths = DataPaths(tmp_path / "data").ensure()
    services = make_services(paths, keyring_store=NoKeyring())
    services.key_file.create("correct horse")
    services.accounts.create_first_team_leader("lead", "Lead", "leader-pass")
    services.db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENTDESK_QUIT_AT_FIRST_WINDOW="1")
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_WINDOW, str(paths.root)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    first, loaded = json.loads(result.stdout.splitlines()[0])
    assert first == "PassphraseDialog"
    early = [
        m for m in loaded if any(m == b or m.startswith(b + ".") for b in BEHIND_THE_FIRST_WINDOW)
    ]
    assert early == []
    assert "first window: PassphraseDialog" in result.stdout
