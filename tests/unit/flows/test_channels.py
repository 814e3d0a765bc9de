"""Flows say "phone", interactions and call pops "voice": one mapping, used everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import agentdesk
from agentdesk.callpop.protocol import CHANNELS as POP_CHANNELS
from agentdesk.flows.schema import CHANNELS, flow_channel, interaction_channel

PACKAGE = Path(agentdesk.__file__).parent


def test_each_call_pop_channel_finds_a_flow_channel_and_comes_back():
    for channel in POP_CHANNELS:
        assert flow_channel(channel) in CHANNELS
        assert interaction_channel(flow_channel(channel)) == channel
    assert interaction_channel("phone") == "voice"
    assert flow_channel("voice") == "phone"


def test_no_module_translates_the_channel_by_hand():
    by_hand = re.compile(r"""["']chat["'] if .* else ["'](voice|phone)["']""")
    places = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if by_hand.search(path.read_text())
    ]
    assert places == ["flows/schema.py"]
