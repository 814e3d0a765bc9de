"""Transfer (T5), enforced: only when the representative cannot help, with the caller told why
and to whom; a warm transfer announces the call with everything captured (the handover), a
cold one is allowed but recorded as cold; a failed one goes back to the caller."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.phonetic import Alphabet, letters, read_back, spell
from agentdesk.flows.procedures import ProcedureError, capture_if_declared, tick_if_declared
from agentdesk.vault.pci import redact_text

TRANSFER_STARTED = "transfer_started"
TRANSFER_ANNOUNCED = "transfer_announced"
TRANSFER_COMPLETED = "transfer_completed"
TRANSFER_FAILED = "transfer_failed"
KB_ARTICLE_OPENED = "kb_article_opened"
FAILURE_REASONS = ("no_answer", "busy", "unavailable", "declined")
MAX_TEXT = 500


class TransferStage(StrEnum):
    READY = "ready"  # no transfer under way (none yet, or the last one finished)
    STARTED = "started"  # the caller was told; not connected yet
    ANNOUNCED = "announced"  # the receiver was told who is calling and why


@dataclass(frozen=True)
class TransferState:
    stage: TransferStage = TransferStage.READY
    target: str = ""
    reason: str = ""
    warm: bool = True
    last_outcome: str | None = None  # "completed" or "failed" for the transfer before
    last_failure: str | None = None


def transfer_state(events: Iterable[CallEvent]) -> TransferState:
    state = TransferState()
    for e in events:
        if e.kind == TRANSFER_STARTED:
            state = TransferState(
                TransferStage.STARTED,
                str(e.data.get("target") or ""),
                str(e.data.get("reason") or ""),
                bool(e.data.get("warm")),
                state.last_outcome,
                state.last_failure,
            )
        elif e.kind == TRANSFER_ANNOUNCED and state.stage == TransferStage.STARTED:
            state = TransferState(
                TransferStage.ANNOUNCED, state.target, state.reason, True, state.last_outcome
            )
        elif e.kind == TRANSFER_COMPLETED:
            state = TransferState(last_outcome="completed")
        elif e.kind == TRANSFER_FAILED:
            state = TransferState(last_outcome="failed", last_failure=e.data.get("reason"))
    return state


class TransferProcedure:
    """Each action records one event or raises ProcedureError (nothing recorded)."""

    def __init__(self, engine: CallEngine) -> None:
        self.engine = engine

    def state(self) -> TransferState:
        return transfer_state(self.engine.events)

    def start(
        self, target: str, reason: str, *, cannot_help: bool, explained: bool, warm: bool
    ) -> CallEvent:
        """Hand the call on. ``cannot_help``: the representative checked they cannot resolve
        it themself; ``explained``: the caller was told why and to whom."""
        if self.state().stage != TransferStage.READY:
            raise ProcedureError("transfer.already_started", "Transfer: one is under way already.")
        if not cannot_help:
            raise ProcedureError(
                "transfer.self_help_unconfirmed", "Transfer: only when you cannot help yourself."
            )
        target, reason = str(target or "").strip(), str(reason or "").strip()
        if not target:
            raise ProcedureError(
                "transfer.target_missing", "Transfer: pick who to transfer to.", "target"
            )
        if not reason:
            raise ProcedureError(
                "transfer.reason_missing", "Transfer: say why they can help.", "reason"
            )
        if len(target) > MAX_TEXT or len(reason) > MAX_TEXT:
            raise ProcedureError(
                "transfer.too_long", f"Transfer: at most {MAX_TEXT} characters.", limit=MAX_TEXT
            )
        if not explained:
            raise ProcedureError(
                "transfer.not_explained", "Transfer: tell the caller why and to whom first."
            )
        capture_if_declared(self.engine, "transfer_target", target)
        tick_if_declared(self.engine, "explained_transfer")
        data = {"target": target, "reason": reason, "explained": True, "warm": bool(warm)}
        return self.engine.record(TRANSFER_STARTED, data)

    def announce(self, *, summary_sent: bool = True) -> CallEvent:
        """The receiving colleague was told who is calling, why, and what was captured."""
        if self.state().stage != TransferStage.STARTED:
            raise ProcedureError(
                "transfer.not_started", "Transfer: start it (tell the caller) first."
            )
        event = self.engine.record(TRANSFER_ANNOUNCED, {"summary_sent": bool(summary_sent)})
        tick_if_declared(self.engine, "announced_transfer")
        return event

    def complete(self) -> CallEvent:
        """Connected. Warm when announced first; a cold transfer is recorded as cold."""
        stage = self.state().stage
        if stage == TransferStage.READY:
            raise ProcedureError(
                "transfer.not_started", "Transfer: start it (tell the caller) first."
            )
        data = {"warm": stage == TransferStage.ANNOUNCED}
        return self.engine.record(TRANSFER_COMPLETED, data)

    def fail(self, reason: str) -> CallEvent:
        """The target cannot take the call: back to the caller (message or call-back)."""
        if self.state().stage == TransferStage.READY:
            raise ProcedureError(
                "transfer.not_started", "Transfer: start it (tell the caller) first."
            )
        if reason not in FAILURE_REASONS:
            choices = ", ".join(FAILURE_REASONS)
            raise ProcedureError(
                "transfer.failure_reason_invalid",
                f"Transfer: the reason is one of {choices}.",
                choices=choices,
            )
        return self.engine.record(TRANSFER_FAILED, {"reason": reason})


@dataclass(frozen=True)
class Handover:
    """What the receiving colleague needs, so the caller never repeats themself (USERS.md)."""

    caller_name: str  # as the caller likes to be called ("Ms. Okafor"), or the name given
    full_name: str  # first name and surname as given
    letters: str  # the name letter by letter: "O-K-A-F-O-R"
    spelled: str  # the phonetic read-back ("O for Oscar, K for Kilo, …"), "" without alphabet
    number: str
    issue: str
    tried: str
    articles: tuple[str, ...]
    target: str


def handover(
    engine: CallEngine, *, number: str = "", alphabet: Alphabet | None = None, target: str = ""
) -> Handover:
    """The warm-transfer announcement's contents, taken from the call so far."""
    fields = engine.fields
    parts = [str(fields.get(p) or "").strip() for p in ("first_name", "surname")]
    full = " ".join(p for p in parts if p)
    caller = engine.render("{caller_name}") or full
    by_letter = letters(" ".join(p for p in parts if p))
    spelled = ""
    if alphabet is not None:
        spelled = " / ".join(read_back(spell(p, alphabet), alphabet) for p in parts if p)
    articles: list[str] = []
    for e in engine.events:
        if e.kind == KB_ARTICLE_OPENED:
            title = str(e.data.get("title") or e.data.get("article") or "").strip()
            if title and title not in articles:
                articles.append(title)
    return Handover(
        caller_name=caller,
        full_name=full,
        letters=by_letter,
        spelled=spelled,
        number=number,
        # Said aloud and copied to the clipboard: never a card number or security code.
        issue=redact_text(str(fields.get("reason") or "")),
        tried=redact_text(str(fields.get("resolution") or "")),
        articles=tuple(articles),
        target=target or str(fields.get("transfer_target") or ""),
    )
