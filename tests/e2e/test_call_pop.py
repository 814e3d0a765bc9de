"""The call pop: `agentdesk call` hands a ringing call to the running app over its socket."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from agentdesk.__main__ import main
from agentdesk.callpop.client import send_message
from agentdesk.callpop.protocol import ACTIVATE, PROTOCOL, CallRequest, server_address
from agentdesk.cli import build_parser
from agentdesk.cli import call as call_cli
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.call.pop import CallPopRouter
from agentdesk.ui.single_instance import Claim, InstanceServer
from tests.helpers.app import make_services, open_data

NUMBER = "+441632960123"


@pytest.fixture
def running(qtbot, data_paths):
    """What `agentdesk` runs after login, on a temporary data folder: window and server."""
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    window = build_workstation(services, rep, data).window
    qtbot.addWidget(window)
    window.show()
    server = InstanceServer(server_address(data_paths.root))
    assert server.claim(ACTIVATE) is Claim.LISTENING
    router = CallPopRouter(front=lambda: window, ready=lambda: True)
    server.call_requested.connect(router.receive)
    router.attach(window.centralWidget())
    yield window, server
    server.close()
    services.db.dispose()


def agentdesk(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "--data-dir", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_agentdesk_call_starts_a_call_in_the_running_app(qtbot, running, data_paths):
    window, _server = running
    ws = window.centralWidget()
    proc = agentdesk(data_paths.root, "call", "--number", NUMBER)
    qtbot.waitUntil(lambda: ws.phase == "in_call", timeout=20_000)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "handed to the running app" in out
    assert ws.call.caller_number == NUMBER
    assert NUMBER in ws.view.header.detail.text()

    # A second call while this one is on: a notice, not a second call.
    busy = agentdesk(data_paths.root, "call", "--number", "+441632960999", "--channel", "chat")
    qtbot.waitUntil(ws.notice.isVisible, timeout=20_000)
    assert busy.wait(timeout=20) == 0
    assert "Incoming call from +441632960999" in ws.notice.text.text()
    assert ws.call.caller_number == NUMBER and ws.waiting == CallRequest("+441632960999", "chat")


def test_a_second_start_on_the_same_data_folder_hands_over_and_exits(qtbot, running, data_paths):
    _window, server = running
    with qtbot.waitSignal(server.activate_requested, timeout=20_000):
        proc = agentdesk(data_paths.root)
    assert proc.wait(timeout=20) == 0  # no second window


def test_the_server_refuses_what_is_not_a_call(qtbot, running, data_paths):
    _window, server = running
    address = server_address(data_paths.root)
    with ThreadPoolExecutor(1) as pool, qtbot.assertNotEmitted(server.call_requested):
        sent = pool.submit(
            send_message, address, {"v": PROTOCOL, "cmd": "call", "number": "$(reboot)"}
        )
        qtbot.waitUntil(sent.done, timeout=10_000)
        assert sent.result()[1] == {"ok": False, "error": "not a phone number"}
        other = pool.submit(send_message, address, {"v": 99, "cmd": "activate"})
        qtbot.waitUntil(other.done, timeout=10_000)
        assert other.result()[1]["ok"] is False


def test_with_no_app_running_it_reports_or_starts_one(tmp_path, capsys):
    root = tmp_path / "data"
    argv = ["--data-dir", str(root), "call", "--number", NUMBER]
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", *argv, "--no-start"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == call_cli.EXIT_NOT_RUNNING
    assert "not running" in done.stderr

    launched = []
    argv = [*argv, "--channel", "chat"]
    args = build_parser(argv).parse_args(argv)
    code = call_cli.run(
        args, launch=lambda folder, request: launched.append((folder, request)) or 4242
    )
    assert code == 0
    assert launched == [(root.resolve(), CallRequest(NUMBER, "chat"))]
    assert "started it (process 4242)" in capsys.readouterr().out


def test_a_number_that_is_not_one_is_refused_before_anything_runs(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path), "call", "--number", "; rm -rf ~"]) == 2
    assert "caller number must be digits" in capsys.readouterr().err


@pytest.mark.skipif(os.name == "nt", reason="POSIX sockets; Windows uses named pipes")
def test_a_socket_left_by_a_crash_is_replaced(qapp, tmp_path):
    address = server_address(tmp_path / "crashed")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(address)  # bound, never listening, file left behind: what a crash leaves
    stale.close()
    server = InstanceServer(address)
    try:
        assert server.claim(ACTIVATE, timeout=1) is Claim.LISTENING
    finally:
        server.close()
    assert not Path(address).exists()
