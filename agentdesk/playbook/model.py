"""The difficult-customer playbook as frozen data: entries, checklist items, causes of upset."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from agentdesk.playbook.search import SearchIndex


class Kind(StrEnum):
    """What an entry is; behaviours, types and situations feed the "difficult moment" picker."""

    BEHAVIOUR = "behaviour"
    TYPE = "type"
    SITUATION = "situation"
    TECHNIQUE = "technique"
    CHECKLIST = "checklist"
    PHRASES = "phrases"


PICKER_KINDS: frozenset[Kind] = frozenset({Kind.BEHAVIOUR, Kind.TYPE, Kind.SITUATION})


@dataclass(frozen=True)
class ChecklistItem:
    """One tickable step; ``key`` ("entry-id/item-id") is what goes into the call's event log."""

    id: str
    text: str
    key: str


@dataclass(frozen=True)
class Reframe:
    """A phrasing to drop and the one to use instead."""

    instead_of: str
    say: str


@dataclass(frozen=True)
class Example:
    """A worked example: the situation and what the representative could say."""

    situation: str
    say: str


@dataclass(frozen=True)
class Cause:
    """A cause of upset; ``id`` doubles as a wrap-up tag."""

    id: str
    label: str
    source: str = field(default="", compare=False)


@dataclass(frozen=True)
class Entry:
    """One playbook entry, self-contained so a picker can show tactics and phrases at once."""

    id: str
    kind: Kind
    title: str
    practice: str
    summary: str = ""
    recognise: tuple[str, ...] = ()
    tactics: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    reframes: tuple[Reframe, ...] = ()
    examples: tuple[Example, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    tags: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    language: str = "en"
    source: str = field(default="", compare=False)

    def body_texts(self) -> list[str]:
        """Every searchable sentence other than the title and tags."""
        texts = [self.summary, *self.recognise, *self.tactics, *self.phrases, *self.avoid]
        texts += [t for r in self.reframes for t in (r.instead_of, r.say)]
        texts += [t for e in self.examples for t in (e.situation, e.say)]
        texts += [item.text for item in self.checklist]
        return [t for t in texts if t]


@dataclass(frozen=True)
class Playbook:
    """Entries of one language (untranslated ones fall back to English) and the causes of upset."""

    language: str
    entries: tuple[Entry, ...]
    causes: tuple[Cause, ...] = ()
    by_id: Mapping[str, Entry] = field(init=False, repr=False, compare=False)
    _index: SearchIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", MappingProxyType({e.id: e for e in self.entries}))
        docs = [(e.title, [*e.tags, e.id, e.practice], e.body_texts()) for e in self.entries]
        object.__setattr__(self, "_index", SearchIndex(docs))

    @property
    def causes_of_upset(self) -> list[tuple[str, str]]:
        """(id, label) pairs in file order, for the wrap-up tag list."""
        return [(c.id, c.label) for c in self.causes]

    def picker_entries(self) -> list[Entry]:
        """Behaviours, types and situations, in file order."""
        return [e for e in self.entries if e.kind in PICKER_KINDS]

    def by_practice(self, code: str) -> list[Entry]:
        """Entries for one practice code such as "D5"."""
        return [e for e in self.entries if e.practice == code]

    def search(self, query: str) -> list[Entry]:
        """Entries matching every word of ``query`` (prefixes, any case or accent), best first."""
        return [self.entries[i] for i in self._index.search(query)]
