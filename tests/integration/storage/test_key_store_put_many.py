"""Keys pulled from the team database (DataKeyStore.put_many): a key pulled again replaces
the one there, in both copies of the key store; the others are added."""

from __future__ import annotations

import uuid

from agentdesk.storage.datakeys import DataKeyStore, WrappedKey


def test_put_many_adds_new_keys_and_replaces_pulled_again_ones_in_both_copies(tmp_path):
    store = DataKeyStore(tmp_path / "keys.sqlite3", tmp_path / "keys-mirror.sqlite3")
    owners = [str(uuid.uuid4()) for _ in range(3)]
    customer = str(uuid.uuid4())
    store.put_many([WrappedKey(o, "customer", None, b"old-" + o.encode()) for o in owners[:2]])
    again = WrappedKey(owners[1], "interaction", customer, b"new")
    added = WrappedKey(owners[2], "customer", None, b"added")
    store.put_many([again, added])
    for owner, expected in (
        (owners[0], WrappedKey(owners[0], "customer", None, b"old-" + owners[0].encode())),
        (owners[1], again),
        (owners[2], added),
    ):
        assert store.candidates(uuid.UUID(owner)) == [expected, expected]  # primary, mirror
    assert store.count() == 3
    assert store.destroy_customer(uuid.UUID(customer)) == 1  # the new customer link is kept
    store.dispose()
