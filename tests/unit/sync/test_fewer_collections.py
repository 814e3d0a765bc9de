"""During a pull the cyclic garbage collector runs less often, and as before afterwards, even
when pulls overlap or one fails."""

from __future__ import annotations

import gc
import threading

import pytest

from agentdesk.storage import bulk


def test_thresholds_are_raised_for_the_block_and_restored_after_overlapping_blocks():
    before = gc.get_threshold()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with bulk.fewer_collections():
            seen["first"] = gc.get_threshold()
            first_in.set()
            second_in.wait(5)
        first_out.set()

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with bulk.fewer_collections():
        second_in.set()
        first_out.wait(5)
        seen["second, first ended"] = gc.get_threshold()  # still raised: one block runs
    thread.join(5)
    assert seen["first"][0] >= 100_000 and seen["first"][1:] == before[1:]
    assert seen["second, first ended"] == seen["first"]
    assert gc.get_threshold() == before


def test_thresholds_are_restored_when_the_block_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), bulk.fewer_collections():
        raise RuntimeError("pull failed")
    assert gc.get_threshold() == before
