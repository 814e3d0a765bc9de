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
