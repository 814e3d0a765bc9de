"""The installed PySide6 must not leak or drop references on everyday calls.

PySide6 6.12.0 on Python 3.11 decrements None's refcount on each setObjectName call; a long
session then aborts with "none_dealloc". This test fails on such a binding.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, QTimer
o = QObject()
t = QTimer()
before = sys.getrefcount(None)
for _ in range(20000):
    o.setObjectName("x")
    t.start(1000)
    t.stop()
print(sys.getrefcount(None) - before)
"""


def test_none_refcount_is_stable_across_qt_calls():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100, "PySide6 drops references to None"
