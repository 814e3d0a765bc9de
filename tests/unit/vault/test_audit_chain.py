"""Audit MAC chain: canonical entries, chaining, and finding the first broken link."""

from __future__ import annotations

import math

import pytest

from agentdesk.vault.audit_chain import GENESIS_MAC, audit_key, canonical, chain_mac, verify_chain
from agentdesk.vault.blind_index import INDEX_INFO
from agentdesk.vault.derive import derive_key

MASTER = bytes(range(32))
KEY = audit_key(MASTER)


def _chain(entries: list[bytes], start: bytes = GENESIS_MAC) -> list[tuple[bytes, bytes]]:
    links, prev = [], start
    for entry in entries:
        prev = chain_mac(KEY, prev, entry)
        links.append((entry, prev))
    return links


ENTRIES = [canonical({"seq": n, "action": "view", "who": "rep1"}) for n in range(5)]


def test_audit_key_is_derived_and_distinct() -> None:
    assert len(KEY) == 32
    assert audit_key(bytes(MASTER)) == KEY
    assert KEY not in (MASTER, derive_key(MASTER, INDEX_INFO))


def test_canonical_is_sorted_compact_utf8() -> None:
    assert canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()
    assert canonical({"a": 1, "b": 2}) == canonical({"b": 2, "a": 1})
    with pytest.raises(ValueError):
        canonical({"x": math.nan})
    with pytest.raises(TypeError):
        canonical({"x": object()})


def test_intact_chain_verifies() -> None:
    assert verify_chain(KEY, _chain(ENTRIES)) is None
    assert verify_chain(KEY, []) is None


def test_chain_can_be_verified_from_a_checkpoint() -> None:
    links = _chain(ENTRIES)
    assert verify_chain(KEY, links[2:], start_mac=links[1][1]) is None
    assert verify_chain(KEY, links[2:]) == 0


@pytest.mark.parametrize("index", range(5))
def test_edited_entry_is_the_first_broken_one(index: int) -> None:
    links = _chain(ENTRIES)
    links[index] = (links[index][0] + b" ", links[index][1])
    assert verify_chain(KEY, links) == index


def test_removed_entry_breaks_the_next_one() -> None:
    links = _chain(ENTRIES)
    del links[2]
    assert verify_chain(KEY, links) == 2


def test_swapped_entries_are_detected() -> None:
    links = _chain(ENTRIES)
    links[1], links[2] = links[2], links[1]
    assert verify_chain(KEY, links) == 1


def test_wrong_key_breaks_at_the_start() -> None:
    assert verify_chain(audit_key(bytes(32)), _chain(ENTRIES)) == 0


def test_mac_depends_on_the_previous_mac() -> None:
    assert chain_mac(KEY, GENESIS_MAC, b"x") != chain_mac(KEY, b"\x01" * 32, b"x")
    with pytest.raises(ValueError):
        chain_mac(KEY, b"short", b"x")
