"""Hold with permission (T4), enforced: ask why and how long, offer a call-back past the limit,
hold only after a yes, prompt progress reports on time, return with thanks.

Every step is an engine event (docs/event-contract.md), and the state is read back from the
event log each time, so several holds per call, a resumed call and a raw log agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import HOLD_ENDED, HOLD_STARTED, CallEvent
from agentdesk.flows.procedures import ProcedureError, tick_if_declared
from agentdesk.flows.schema import Step

HOLD_REQUESTED = "hold_requested"
CALLBACK_OFFERED = "callback_offered"
HOLD_PERMISSION = "hold_permission"
HOLD_CHECKED_BACK = "hold_checked_back"
AGREED, DECLINED, CALLBACK = "agreed", "declined", "callback"
ANSWERS = (AGREED, DECLINED, CALLBACK)
MAX_ESTIMATE_SECONDS = 3600
MAX_REASON_LENGTH = 500
DEFAULT_PROGRESS_SECONDS = 45
DEFAULT_CALLBACK_AFTER_SECONDS = 180


def spoken_seconds(seconds: float) -> int:
    """A wait rounded to what a person would say: up to 50 s to the 10 s ("about 40
    seconds"), then whole minutes, from 10 minutes on to 5 minutes. Half-way rounds up:
    a caller told too little waits longer than promised."""
    seconds = max(0.0, float(seconds))
    if seconds < 55:
        return max(10, int(seconds / 10 + 0.5) * 10)
    if seconds < 570:
        return max(1, int(seconds / 60 + 0.5)) * 60
    return int(seconds / 300 + 0.5) * 300


class Stage(StrEnum):
    READY = "ready"  # nothing asked yet (or the last hold conversation is over)
    ASKED = "asked"  # the caller was asked; waiting for their answer
    AGREED = "agreed"  # permission recorded: the hold may start
    DECLINED = "declined"
    CALLBACK = "callback"  # the caller chose a call-back instead
    ON_HOLD = "on_hold"
    RETURNED = "returned"  # back on the line after a hold


@dataclass(frozen=True)
class HoldSegment:
    """One hold conversation: asked, offered, answered, started, reports, ended."""

    reason: str = ""
    estimate_seconds: int = 0
    asked_at: float | None = None
    offered: bool = False
    answer: str | None = None
    started_at: float | None = None
    reports: tuple[tuple[float, int | None], ...] = ()  # (at, remaining seconds)
    ended_at: float | None = None
    thanked: bool | None = None

    @property
    def stage(self) -> Stage:
        if self.ended_at is not None:
            return Stage.RETURNED
        if self.started_at is not None:
            return Stage.ON_HOLD
        if self.answer is not None:
            return Stage(self.answer)
        return Stage.ASKED if self.asked_at is not None else Stage.READY

    def estimate_at(self) -> float:
        """The estimate measured from the start, moved on by each progress report."""
        estimate = float(self.estimate_seconds)
        for at, remaining in self.reports:
            if remaining is not None and self.started_at is not None:
                estimate = (at - self.started_at) + remaining
        return estimate


def segments(events: Iterable[CallEvent]) -> list[HoldSegment]:
    """Every hold conversation in the log, oldest first."""
    found: list[HoldSegment] = []

    def current() -> HoldSegment | None:
        return found[-1] if found else None

    for e in events:
        seg, data = current(), e.data
        if e.kind == HOLD_REQUESTED:
            fresh = HoldSegment(
                reason=str(data.get("reason") or ""),
                estimate_seconds=_int(data.get("estimate_seconds")),
                asked_at=e.at,
            )
            if seg is not None and seg.stage == Stage.ASKED:
                found[-1] = replace(fresh, offered=seg.offered)  # a corrected estimate
            else:
                found.append(fresh)
        elif e.kind == CALLBACK_OFFERED and seg is not None and seg.stage == Stage.ASKED:
            found[-1] = replace(seg, offered=True)
        elif e.kind == HOLD_PERMISSION and seg is not None and seg.stage == Stage.ASKED:
            answer = data.get("answer")
            found[-1] = replace(seg, answer=answer if answer in ANSWERS else DECLINED)
        elif e.kind == HOLD_STARTED:
            if seg is None or seg.stage != Stage.AGREED:  # a hold the panel did not ask for
                seg = HoldSegment(estimate_seconds=_int(data.get("estimate_seconds")))
                found.append(seg)
            found[-1] = replace(seg, started_at=e.at)
        elif e.kind == HOLD_CHECKED_BACK and seg is not None and seg.stage == Stage.ON_HOLD:
            remaining = data.get("remaining_seconds")
            report = (e.at, _int(remaining) if remaining is not None else None)
            found[-1] = replace(seg, reports=(*seg.reports, report))
        elif e.kind == HOLD_ENDED and seg is not None and seg.stage == Stage.ON_HOLD:
            found[-1] = replace(seg, ended_at=e.at, thanked=bool(data.get("thanked")))
    return found


@dataclass(frozen=True)
class HoldStatus:
    """What the hold panel shows at ``now``."""

    stage: Stage
    segment: HoldSegment
    needs_offer: bool  # the estimate is over the limit: the call-back offer is in the script
    elapsed: float  # seconds on hold (this or the hold just ended)
    estimate: float  # current estimate of the whole hold, in seconds from its start
    overrun: float  # seconds past the estimate while on hold (0 when within it)
    next_report_at: float | None  # engine-clock time the next progress report is due
    report_due: bool
    holds_done: int  # holds ended in this call


class HoldProcedure:
    """The rules of T4 over one call's engine. Each action records one event or raises
    ProcedureError with a code; nothing is recorded when it raises."""

    def __init__(
        self,
        engine: CallEngine,
        *,
        progress_seconds: int = DEFAULT_PROGRESS_SECONDS,
        callback_after_seconds: int = DEFAULT_CALLBACK_AFTER_SECONDS,
    ) -> None:
        self.engine = engine
        self.progress_seconds = max(1, int(progress_seconds))
        self.callback_after_seconds = int(callback_after_seconds)

    @classmethod
    def for_step(cls, engine: CallEngine, step: Step | None, app_progress: int) -> HoldProcedure:
        """Limits from the hold step's options; the app setting when the step gives none."""
        options = step.options if step is not None else {}
        progress = int(options.get("check_back_seconds") or 0) or app_progress
        minutes = int(options.get("max_wait_minutes") or 3)
        return cls(engine, progress_seconds=progress, callback_after_seconds=minutes * 60)

    # -- reading -----------------------------------------------------------------------
    def segment(self) -> HoldSegment:
        found = segments(self.engine.events)
        return found[-1] if found else HoldSegment()

    def needs_offer(self, estimate_seconds: int) -> bool:
        return estimate_seconds > self.callback_after_seconds

    def status(self, now: float) -> HoldStatus:
        found = segments(self.engine.events)
        seg = found[-1] if found else HoldSegment()
        stage = seg.stage
        elapsed = estimate = overrun = 0.0
        next_at: float | None = None
        if seg.started_at is not None:
            end = seg.ended_at if seg.ended_at is not None else now
            elapsed = max(0.0, end - seg.started_at)
            estimate = seg.estimate_at()
        if stage == Stage.ON_HOLD and seg.started_at is not None:
            overrun = max(0.0, elapsed - estimate) if estimate > 0 else 0.0
            last = seg.reports[-1][0] if seg.reports else seg.started_at
            next_at = last + self.progress_seconds
        return HoldStatus(
            stage=stage,
            segment=seg,
            needs_offer=stage in (Stage.ASKED, Stage.AGREED)
            and self.needs_offer(seg.estimate_seconds),
            elapsed=elapsed,
            estimate=estimate,
            overrun=overrun,
            next_report_at=next_at,
            report_due=next_at is not None and now >= next_at,
            holds_done=sum(1 for s in found if s.ended_at is not None),
        )

    # -- acting ------------------------------------------------------------------------
    def ask(self, reason: str, estimate_seconds: int) -> CallEvent:
        """The representative asks: why, and the best estimate of the wait."""
        self._not_on_hold()
        reason = str(reason or "").strip()
        if not reason:
            raise ProcedureError("hold.reason_missing", "Hold: say why first.", "reason")
        if len(reason) > MAX_REASON_LENGTH:
            raise ProcedureError(
                "hold.reason_too_long",
                f"Hold: at most {MAX_REASON_LENGTH} characters.",
                "reason",
                limit=MAX_REASON_LENGTH,
            )
        if (
            isinstance(estimate_seconds, bool)
            or not isinstance(estimate_seconds, int)
            or not 0 < estimate_seconds <= MAX_ESTIMATE_SECONDS
        ):
            raise ProcedureError(
                "hold.estimate_invalid", "Hold: the estimate is 1 s to 60 min.", "estimate"
            )
        data = {"reason": reason, "estimate_seconds": estimate_seconds}
        return self.engine.record(HOLD_REQUESTED, data)

    def offer_callback(self) -> CallEvent:
        seg = self._expect(Stage.ASKED)
        return self.engine.record(CALLBACK_OFFERED, {"estimate_seconds": seg.estimate_seconds})

    def answer(self, answer: str) -> CallEvent:
        """The caller's answer. Past the limit, "agreed" needs the call-back offer first."""
        seg = self._expect(Stage.ASKED)
        if answer not in ANSWERS:
            choices = ", ".join(ANSWERS)
            raise ProcedureError(
                "hold.answer_invalid", f"Hold: answer one of {choices}.", choices=choices
            )
        if answer == AGREED and self.needs_offer(seg.estimate_seconds) and not seg.offered:
            raise ProcedureError(
                "hold.callback_offer_needed",
                "Hold: the wait may pass the limit; offer a call-back before holding.",
            )
        event = self.engine.record(HOLD_PERMISSION, {"answer": answer})
        if answer == AGREED:
            tick_if_declared(self.engine, "hold_permission")
        return event

    def start(self) -> CallEvent:
        """Put the caller on hold: only after "agreed" for this hold."""
        seg = self.segment()
        if seg.stage != Stage.AGREED:
            raise ProcedureError(
                "hold.permission_missing", "Hold: ask the caller and record their yes first."
            )
        # The check-back interval in force is recorded, so adherence judges the call by the
        # setting the representative had, not by a fixed figure.
        data = {
            "estimate_seconds": seg.estimate_seconds,
            "check_back_seconds": self.progress_seconds,
        }
        return self.engine.record(HOLD_STARTED, data)

    def check_back(self, remaining_seconds: int | None = None) -> CallEvent:
        """A progress report to the waiting caller, with a new estimate if there is one."""
        self._expect(Stage.ON_HOLD)
        data: dict[str, int] = {}
        if remaining_seconds is not None:
            if isinstance(remaining_seconds, bool) or not isinstance(remaining_seconds, int):
                raise ProcedureError(
                    "hold.new_estimate_type",
                    "Hold: the new estimate is in seconds.",
                    rule="estimate_invalid",
                )
            if not 0 <= remaining_seconds <= MAX_ESTIMATE_SECONDS:
                raise ProcedureError(
                    "hold.new_estimate_range",
                    "Hold: the new estimate is 0 s to 60 min.",
                    rule="estimate_invalid",
                )
            data["remaining_seconds"] = remaining_seconds
        return self.engine.record(HOLD_CHECKED_BACK, data)

    def end(self, *, thanked: bool, used_name: bool = False) -> CallEvent:
        """Back on the line; ``thanked``: the caller was thanked for waiting."""
        self._expect(Stage.ON_HOLD)
        event = self.engine.record(HOLD_ENDED, {"thanked": bool(thanked), "used_name": used_name})
        if thanked:
            tick_if_declared(self.engine, "thanked_for_waiting")
        return event

    def _not_on_hold(self) -> None:
        if self.engine.on_hold:
            raise ProcedureError("hold.on_hold", "Hold: the caller is on hold already.")

    def _expect(self, stage: Stage) -> HoldSegment:
        seg = self.segment()
        if seg.stage == stage:
            return seg
        if stage == Stage.ON_HOLD:
            raise ProcedureError("hold.not_on_hold", "Hold: the caller is not on hold.")
        if seg.stage == Stage.ON_HOLD:
            raise ProcedureError("hold.on_hold", "Hold: the caller is on hold already.")
        raise ProcedureError("hold.not_asked", "Hold: ask the caller first (why and how long).")


def parse_estimate(text: str) -> int | None:
    """Seconds from what the representative types: "2" (minutes), "1:30", "90s", "2m"."""
    t = "".join(str(text).split()).lower().replace(",", ".")
    if m := re.fullmatch(r"(\d{1,3}):([0-5]\d)", t):
        seconds = int(m[1]) * 60 + int(m[2])
    elif m := re.fullmatch(r"(\d{1,4})s(ec|econds?)?", t):
        seconds = int(m[1])
    elif m := re.fullmatch(r"(\d{1,3}(\.\d+)?)(m|min|mins|minutes?)?", t):
        seconds = round(float(m[1]) * 60)
    else:
        return None
    return seconds if 0 < seconds <= MAX_ESTIMATE_SECONDS else None


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
