"""Every table with UUID keys and tombstones (SyncedMixin) reaches the team database, unless
it is named here as local on purpose: a table added later cannot be left out by mistake."""

from __future__ import annotations

import agentdesk.models  # noqa: F401  (registers every model)
from agentdesk.models.base import Base, SyncedMixin
from agentdesk.sync.tables import CHANGES, SYNCED, SYNCED_TABLES

# Stay on the workstation: unsent drafts belong to one person at one desk.
LOCAL_ON_PURPOSE = frozenset({"draft"})


def test_every_synced_mixin_table_syncs_or_is_local_on_purpose():
    synced_kind = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, SyncedMixin)
    }
    assert synced_kind - LOCAL_ON_PURPOSE - SYNCED == set()


def test_every_synced_table_says_what_it_changes_and_comes_after_its_parents():
    assert set(CHANGES) == SYNCED
    position = {name: i for i, name in enumerate(SYNCED_TABLES)}
    for name in SYNCED_TABLES:
        for fk in Base.metadata.tables[name].foreign_keys:
            parent = fk.column.table.name
            if parent in position and parent != name:
                assert position[parent] < position[name], (name, parent)
