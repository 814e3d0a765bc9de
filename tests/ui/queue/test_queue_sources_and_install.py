"""The local-socket feed, the redraw throttle, and the dock in the main window (the source
chosen from queue.json or --simulate-queue, the Forecast… action)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, replace

import pytest
from PySide6.QtNetwork import QLocalSocket

from agentdesk.callqueue.feed import AgentsLine
from agentdesk.callqueue.settings import QueueSettings
from agentdesk.callqueue.sources import FileFeedSource, NoSource, SimulatorSource
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.queue.install import ForecastWindows, install_queue, make_source, queue_settings
from agentdesk.ui.queue.socket_source import LocalSocketSource
from agentdesk.ui.queue.throttle import Throttle
from tests.helpers.app import inline_tasks
from tests.ui.queue.conftest import LEADER, NOW, REP

LINE = b'{"ts": "2026-05-04T08:00:00Z", "type": "agents", "available": %d, "busy": 1}\n'


@pytest.fixture
def socket_name(tmp_path) -> str:
    # A path keeps parallel runs apart on Unix; Windows wants a plain pipe name.
    return "agentdesk-test-feed" if sys.platform == "win32" else str(tmp_path / "feed.sock")


def test_lines_written_to_the_local_socket_arrive_without_blocking(qtbot, socket_name) -> None:
    source = LocalSocketSource(socket_name)
    assert source.status == "listening"
    writer = QLocalSocket()
    writer.connectToServer(socket_name)
    assert writer.waitForConnected(2000)
    line = LINE % 3
    writer.write(LINE % 1 + b"garbage\n" + line[:15])
    writer.flush()
    received: list = []
    qtbot.waitUntil(lambda: bool(received.extend(source.poll()) or received))
    writer.write(line[15:] + (LINE % 4).rstrip(b"\n"))  # the last line lacks its newline
    writer.flush()
    qtbot.waitUntil(lambda: bool(received.extend(source.poll())) or len(received) == 2)
    writer.disconnectFromServer()
    qtbot.waitUntil(lambda: bool(received.extend(source.poll())) or len(received) == 3)
    assert [r.available for r in received if isinstance(r, AgentsLine)] == [1, 3, 4]
    assert source.parser.malformed == 1 and source.parser.last_problem.line == 2
    source.close()


def test_the_throttle_folds_a_burst_into_two_redraws(qtbot) -> None:
    calls: list[int] = []
    throttle = Throttle(lambda: calls.append(1), interval_ms=100)
    for _ in range(50):
        throttle.request()
    assert len(calls) == 1  # the first at once, the rest wait for the interval to end
    qtbot.waitUntil(lambda: len(calls) == 2)
    with qtbot.waitSignal(throttle._timer.timeout):
        pass  # the interval after the trailing call ends without another call
    assert len(calls) == 2
    throttle.flush()
    assert len(calls) == 3


def test_the_source_follows_the_settings(tmp_path, socket_name) -> None:
    def source(settings: QueueSettings, simulate: bool = False):
        return make_source(settings, tmp_path, simulate=simulate, clock=lambda: None)

    s = QueueSettings()
    assert isinstance(source(s), NoSource)
    assert source(replace(s, feed_path="feed.jsonl")).path == tmp_path / "feed.jsonl"
    assert isinstance(source(replace(s, feed_path=str(tmp_path / "x"))), FileFeedSource)
    sock = source(replace(s, feed_socket=socket_name, feed_path="f"))
    assert isinstance(sock, LocalSocketSource)
    sock.close()
    simulator = make_source(s, tmp_path, simulate=True, clock=lambda: NOW)
    assert isinstance(simulator, SimulatorSource)


def test_queue_json_is_read_and_problems_do_not_stop_the_dock(tmp_path, caplog) -> None:
    (tmp_path / "queue.json").write_text(json.dumps({**asdict(QueueSettings()), "x": 1}))
    assert queue_settings(tmp_path) == QueueSettings()
    assert "unknown setting 'x'" in caplog.text
    (tmp_path / "queue.json").write_text("{")
    assert queue_settings(tmp_path) == QueueSettings()


def test_the_dock_in_the_main_window_with_the_simulator(qtbot, tmp_path, forecast, clock):
    window = MainWindow(REP, str(tmp_path))
    qtbot.addWidget(window)
    dock, windows = install_queue(
        window, forecast, inline_tasks(), tmp_path, simulate=True, clock=clock
    )
    assert window.docks["queue"].widget() is dock and dock.source.kind == "simulator"
    qtbot.waitUntil(lambda: dock.figures.busy.text() not in ("–", ""))
    window.actions_by_id["forecast"].trigger()
    editor = windows.editor
    assert editor is not None and not editor.model.editable  # a representative reads
    assert editor.model.rowCount() == 8
    window.set_identity(LEADER)  # someone else logs in: the window closes
    assert window.findChild(ForecastWindows).editor is None
    dock.forecast_button.click()
    editor = windows.editor
    assert editor.model.editable
    editor.model.set_rows(editor.model.rows()[:2])
    editor.save()
    qtbot.waitUntil(lambda: dock.estimate.basis.text().startswith("Simulator rates"))
    editor.close()
    dock.shutdown()
