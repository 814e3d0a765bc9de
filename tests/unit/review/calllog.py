"""Hand-built call event logs for adherence tests (shared with the integration and UI tests)."""

from __future__ import annotations

import datetime as dt

from agentdesk.flows.events import CallEvent, wall_text

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class CallLog:
    """Append events with a clock that moves only when told to (``wait``)."""

    def __init__(
        self, flow: str = "inbound", start: str = "greeting", channel: str = "phone"
    ) -> None:
        self.events: list[CallEvent] = []
        self.now = 0.0
        self.step = start
        self.add("call_started", flow=flow, flow_digest="x", channel=channel, step=start)

    def add(self, kind: str, **data) -> CallLog:
        wall = wall_text(T0 + dt.timedelta(seconds=self.now))
        seq = len(self.events) + 1
        self.events.append(CallEvent(seq, kind, self.now, wall, self.step, data))
        return self

    @property
    def last(self) -> int:
        return self.events[-1].seq

    def wait(self, seconds: float) -> CallLog:
        self.now += seconds
        return self

    def go(self, step: str, **sets) -> CallLog:
        self.add("step_entered", **{"from": self.step, "to": step, "via": "transition"}, sets=sets)
        self.step = step
        return self

    def tick(self, *checks: str) -> CallLog:
        for check in checks:
            self.add("check_ticked", check=check)
        return self

    def untick(self, check: str) -> CallLog:
        return self.add("check_unticked", check=check)

    def capture(self, **values) -> CallLog:
        for name, value in values.items():
            self.add("field_captured", field=name, value=value)
        return self

    def end(self, **sets) -> CallLog:
        self.add(
            "call_ended", reason="completed", **{"from": self.step, "to": "wrap_up"}, sets=sets
        )
        self.step = "wrap_up"
        return self

    def wrap(self, **fields) -> CallLog:
        return self.add("wrap_up_saved", fields=fields)


def model_call() -> CallLog:
    """A call that follows the inbound script by the book: greeting, name, notes, close."""
    log = CallLog()
    log.tick("said_organisation", "gave_own_name", "offered_help").wait(5).go("name")
    log.capture(title="mr", first_name="Jayson", surname="Okafor").tick("spelling_confirmed")
    log.go("notes").capture(notes_permission=True).go("need").capture(reason="bill")
    log.tick("repeated_specifics").wait(60).go("resolve").tick("confirmed_solution")
    log.go("closing", outcome="resolved", first_contact_resolution=True)
    log.tick("summarised_next_steps", "asked_anything_else", "thanked_by_name").end().wait(20)
    return log.wrap(outcome="resolved", first_contact_resolution=True, notes_permission=True)


def model_chat() -> CallLog:
    """A chat handled by the book: the customer types their own name, so nobody spells it."""
    log = CallLog(flow="chat", channel="chat")
    log.tick("said_organisation", "gave_own_name", "offered_help").wait(5).go("name")
    log.capture(title="ms", first_name="Ada", surname="Rossi")
    log.go("notes").capture(notes_permission=True).go("need").capture(reason="order")
    log.tick("repeated_specifics").go("resolve").tick("confirmed_solution")
    log.go("closing", outcome="resolved", first_contact_resolution=True)
    log.tick("summarised_next_steps", "asked_anything_else", "thanked_by_name").end().wait(20)
    return log.wrap(outcome="resolved", first_contact_resolution=True, notes_permission=True)
