"""Message taking (T6, T8), enforced: the seven parts, a number that is a number, and a read-back
the caller confirmed before the message can be saved. No Qt: the form words the codes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.phonetic import Alphabet, letters, read_back, spell
from agentdesk.flows.procedures import ProcedureError, capture_if_declared, tick_if_declared
from agentdesk.vault.blind_index import format_phone_display, normalise_phone
from agentdesk.vault.pci import redact_tree

MESSAGE_TAKEN = "message_taken"
PARTS = ("to_whom", "from_whom", "where", "what", "why", "by_whom", "when")
MAX_MESSAGE_LENGTH = 100_000  # as long as the longest note
# Longest text per input; the message itself may be long, the rest are one-liners.
LIMITS = {
    "to_whom": 300,
    "from_name": 300,
    "from_connection": 300,
    "phone": 60,
    "extension": 12,
    "what": MAX_MESSAGE_LENGTH,
    "action_requested": 2000,
    "action_promised": 2000,
    "by_whom": 300,
    "when": 40,
}
REQUIRED = (
    "to_whom",
    "from_name",
    "phone",
    "what",
    "action_requested",
    "action_promised",
    "by_whom",
    "when",
)
# Which inputs make up each part (the business connection is asked for, not required:
# private callers have none).
PART_INPUTS = {
    "to_whom": ("to_whom",),
    "from_whom": ("from_name", "from_connection"),
    "where": ("phone", "extension"),
    "what": ("what",),
    "why": ("action_requested", "action_promised"),
    "by_whom": ("by_whom",),
    "when": ("when",),
}
_EXTENSION = re.compile(r"\d{1,8}\Z")
# Words that tell the caller why a colleague is away (T8: say when they are back, never why).
REASON_WORDS = (
    "sick", "ill", "doctor", "dentist", "hospital", "appointment", "coffee", "break", "lunch",
    "bank", "vacation", "holiday", "nap", "toilet", "restroom", "bathroom", "men's room",
    "left early", "not in yet", "not come in", "hasn't come in", "funeral", "hangover",
)  # fmt: skip


@dataclass(frozen=True)
class MessageDraft:
    """The form as typed. ``when`` is a local date-time ("YYYY-MM-DDTHH:MM"), filled in
    automatically; ``by_whom`` is the logged-in representative."""

    to_whom: str = ""
    to_entry_id: str | None = None  # the transfer-directory entry, when picked from it
    from_name: str = ""
    from_connection: str = ""
    phone: str = ""
    extension: str = ""
    what: str = ""
    action_requested: str = ""
    action_promised: str = ""
    by_whom: str = ""
    when: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MessageDraft:
        known = {f.name for f in fields(cls)}
        clean = {k: v for k, v in data.items() if k in known}
        for key, value in clean.items():
            if key != "to_entry_id":
                clean[key] = "" if value is None else str(value)
        return cls(**clean)


# The parts a caller words freely; the rest (names, number, time) are checked by format.
FREE_TEXT_PARTS = ("from_connection", "what", "action_requested", "action_promised")


def redact_message(draft: MessageDraft) -> tuple[MessageDraft, int, int]:
    """The draft with card numbers masked and security codes removed in every part;
    returns (draft, cards masked, codes removed in the free-text parts)."""
    data, _, _ = redact_tree({k: v for k, v in draft.to_dict().items() if k != "to_entry_id"})
    _, cards, cvvs = redact_tree([getattr(draft, name) for name in FREE_TEXT_PARTS])
    return replace(draft, **data), cards, cvvs


@dataclass(frozen=True)
class Problem:
    """``code``: missing, too_long (``limit``), phone_invalid, extension_invalid, when_invalid."""

    field: str
    code: str
    limit: int = 0


def message_problems(draft: MessageDraft, region: str) -> tuple[Problem, ...]:
    """Everything to fix before the message can be read back and saved, in form order."""
    found: list[Problem] = []
    for name, limit in LIMITS.items():
        value = getattr(draft, name)
        if len(value) > limit:
            found.append(Problem(name, "too_long", limit))
        elif name in REQUIRED and not value.strip():
            found.append(Problem(name, "missing"))
        elif name == "phone" and normalise_phone(value, region) is None:
            found.append(Problem(name, "phone_invalid"))
        elif name == "extension" and value.strip() and not _EXTENSION.match(_digits(value)):
            found.append(Problem(name, "extension_invalid"))
        elif name == "when" and _parse_when(value) is None:
            found.append(Problem(name, "when_invalid"))
    return tuple(found)


def filled_parts(draft: MessageDraft, region: str) -> tuple[str, ...]:
    """The seven parts that are present and valid (the `message_taken` event's ``parts``)."""
    bad = {p.field for p in message_problems(draft, region)}
    done = []
    for part, inputs in PART_INPUTS.items():
        required = [i for i in inputs if i in REQUIRED]
        if all(getattr(draft, i).strip() for i in required) and not bad & set(inputs):
            done.append(part)
    return tuple(done)


def number_groups(phone: str, region: str) -> tuple[str, ...]:
    """The number as it is written ("020 7946 0958"), in groups of digits to read one by one."""
    if normalise_phone(phone, region) is None:
        return ()
    return tuple(re.findall(r"\+?\d+", format_phone_display(phone, region)))


@dataclass(frozen=True)
class ReadBack:
    """What to read to the caller: the name spelled, the number digit by digit, the promise."""

    name: str
    letters: str
    spelled: str
    number_groups: tuple[str, ...]
    extension: str
    promised: str
    to_whom: str


def build_read_back(draft: MessageDraft, alphabet: Alphabet | None, region: str) -> ReadBack:
    """Never raises: the form shows it live while the message is typed."""
    name = " ".join(draft.from_name.split())
    spelled = ""
    if alphabet is not None and name:
        spelled = read_back(spell(name, alphabet), alphabet)
    return ReadBack(
        name=name,
        letters=letters(name),
        spelled=spelled,
        number_groups=number_groups(draft.phone, region),
        extension=_digits(draft.extension),
        promised=draft.action_promised.strip(),
        to_whom=draft.to_whom.strip(),
    )


def read_back_digest(draft: MessageDraft, region: str) -> str:
    """Identifies what was read back; editing any of it needs a new read-back."""
    said = [
        " ".join(draft.from_name.split()),
        normalise_phone(draft.phone, region) or draft.phone.strip(),
        _digits(draft.extension),
        draft.action_promised.strip(),
        draft.to_whom.strip(),
    ]
    return hashlib.sha256(json.dumps(said).encode("utf-8")).hexdigest()[:32]


class MessageIncompleteError(ProcedureError):
    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__(
            "message.incomplete", "Message: some parts are missing or wrong.", problems[0].field
        )


def check_ready(draft: MessageDraft, confirmed_digest: str | None, region: str) -> None:
    """Refuse a message with a part missing or wrong, or not read back as it stands now."""
    problems = message_problems(draft, region)
    if problems:
        raise MessageIncompleteError(problems)
    if confirmed_digest != read_back_digest(draft, region):
        raise ProcedureError(
            "message.read_back_missing",
            "Message: read it back and have the caller confirm it first.",
        )


class MessageTaking:
    """One message being taken, on a call (``engine``) or without one (None)."""

    def __init__(self, engine: CallEngine | None, region: str) -> None:
        self.engine = engine
        self.region = region
        self.confirmed: str | None = None

    def confirm_read_back(self, draft: MessageDraft) -> str:
        """The caller confirmed what was read back; only a complete message can be."""
        problems = message_problems(draft, self.region)
        if problems:
            raise MessageIncompleteError(problems)
        self.confirmed = read_back_digest(draft, self.region)
        return self.confirmed

    def withdraw(self) -> None:
        self.confirmed = None

    def is_confirmed(self, draft: MessageDraft) -> bool:
        return self.confirmed == read_back_digest(draft, self.region)

    def record_taken(self, draft: MessageDraft, message_id: str) -> CallEvent | None:
        """After the message is stored: its fields and `message_taken` go into the call."""
        check_ready(draft, self.confirmed, self.region)
        engine = self.engine
        if engine is None:
            return None
        # What goes into the call's log is what was stored: never a card number or code.
        draft, _, _ = redact_message(draft)
        number = format_phone_display(draft.phone, self.region)
        if draft.extension.strip():
            number += f" ext. {_digits(draft.extension)}"
        what = " ".join(draft.what.split())
        capture_if_declared(engine, "message_for", draft.to_whom.strip())
        capture_if_declared(engine, "message_text", what[:200] + ("…" if len(what) > 200 else ""))
        capture_if_declared(engine, "message_number", number)
        tick_if_declared(engine, "read_back_number")
        data = {
            "parts": list(filled_parts(draft, self.region)),
            "read_back": True,
            "message_id": message_id,
            "message": draft.to_dict(),
        }
        return engine.record(MESSAGE_TAKEN, data)


def reason_words(text: str) -> tuple[str, ...]:
    """Words in ``text`` that say why someone is away (to warn: say when, never why)."""
    lower = f" {text.casefold()} "
    return tuple(w for w in REASON_WORDS if re.search(rf"\b{re.escape(w)}\b", lower))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def _parse_when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
