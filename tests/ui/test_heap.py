"""The objects alive after login are left out of full garbage collections (ui/heap.py)."""

from __future__ import annotations

import gc

import pytest

from agentdesk.ui.heap import freeze_startup_heap


@pytest.fixture
def thawed():
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def test_objects_alive_at_login_are_not_walked_by_full_collections(thawed):
    kept = [[i] for i in range(1000)]  # containers: tracked by the collector
    assert gc.is_tracked(kept)
    frozen = freeze_startup_heap()
    assert frozen >= len(kept) and gc.get_freeze_count() == frozen
    walked = {id(o) for o in gc.get_objects()}
    assert id(kept) not in walked and id(kept[0]) not in walked
    after = [[1]]  # made after login: collected as usual
    assert id(after) in {id(o) for o in gc.get_objects()}
    gc.collect()
    assert kept[999] == [999]  # still alive, only not walked
