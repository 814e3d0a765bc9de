"""The review screens' table models: queue, adherence items, timeline, KPI rows, feedback."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agentdesk.flows.schema import Flow
from agentdesk.review.adherence import ItemResult
from agentdesk.review.kpi import Figures
from agentdesk.services.feedback import FeedbackItem
from agentdesk.services.review import QueueItem, TimelineEntry
from agentdesk.ui.common.locale_text import datetime_text, short_datetime_text
from agentdesk.ui.review.table import Column, RowTableModel
from agentdesk.ui.review.words import ReviewWords, clock_text, percent_text

GOOD, BAD, MUTED = "#1b6e20", "#b00020", "#5f6368"
STATUS_COLOUR = {"pass": GOOD, "fail": BAD, "not_applicable": MUTED}


def _when(item) -> str:
    return datetime_text(item)


class ReviewQueueTableModel(RowTableModel[QueueItem]):
    UPSET_COLUMN = 5  # the one that stretches in the queue view

    def __init__(self, words: ReviewWords, parent: QObject | None = None) -> None:
        def upset_text(i: QueueItem) -> str:
            return ", ".join(words.upset(u) for u in i.upset)

        def state_colour(i: QueueItem) -> str | None:
            return BAD if i.overdue else (GOOD if i.reviewed else None)

        super().__init__(
            [
                Column(
                    self.tr("Started"),
                    lambda i: short_datetime_text(i.started_at),
                    lambda i: i.started_at.timestamp(),
                    tip=lambda i: f"{_when(i.started_at)} · {words.channel(i.channel)}",
                ),
                Column(self.tr("Representative"), lambda i: i.agent_name),
                Column(self.tr("Outcome"), lambda i: words.outcome(i.outcome)),
                Column(
                    self.tr("Handle"),
                    lambda i: clock_text(i.handle_seconds),
                    lambda i: i.handle_seconds,
                    numeric=True,
                ),
                Column(
                    self.tr("Adherence"),
                    lambda i: percent_text(i.score),
                    lambda i: i.score,
                    numeric=True,
                ),
                Column(
                    self.tr("Upset"),
                    upset_text,
                    tip=upset_text,
                ),
                Column(self.tr("Notes"), lambda i: str(i.notes), lambda i: i.notes, numeric=True),
                Column(
                    self.tr("Review"),
                    lambda i: (
                        f"{words.review_state(i.reviewed, i.overdue)} · {words.age_short(i.age)}"
                    ),
                    lambda i: (1e12 if i.reviewed else 0.0) - i.age.total_seconds(),
                    colour=state_colour,
                    tip=lambda i: words.age(i.age),
                ),
            ],
            parent,
        )


class AdherenceTableModel(RowTableModel[ItemResult]):
    def __init__(self, words: ReviewWords, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Practice"), lambda r: r.practice),
                Column(self.tr("Item"), lambda r: r.title, tip=lambda r: r.title),
                Column(
                    self.tr("Result"),
                    lambda r: words.status(r.status, r.reason),
                    colour=lambda r: STATUS_COLOUR.get(r.status),
                ),
                Column(
                    self.tr("Evidence"),
                    lambda r: ", ".join(f"#{s}" for s in r.evidence),
                    lambda r: r.evidence[0] if r.evidence else 0,
                ),
            ],
            parent,
        )


class TimelineTableModel(RowTableModel[TimelineEntry]):
    def __init__(self, words: ReviewWords, parent: QObject | None = None) -> None:
        self.flow: Flow | None = None
        super().__init__(
            [
                Column("#", lambda e: str(e.seq), lambda e: e.seq, numeric=True),
                Column(
                    self.tr("Time"),
                    lambda e: clock_text(e.offset),
                    lambda e: e.offset,
                    numeric=True,
                    tip=lambda e: _when(e.at),
                ),
                Column(self.tr("Step"), lambda e: self._step(e.step)),
                Column(
                    self.tr("What happened"),
                    lambda e: words.event_line(e.kind, e.data, self.flow),
                ),
            ],
            parent,
        )

    def _step(self, step_id: str) -> str:
        if self.flow is not None and step_id in self.flow.step_map:
            return self.flow.step(step_id).title
        return step_id


class KpiTableModel(RowTableModel[Figures]):
    def __init__(self, parent: QObject | None = None) -> None:
        def rate(get):
            return lambda f: percent_text(get(f)), get

        super().__init__(
            [
                Column(self.tr("Representative"), lambda f: f.name or self.tr("Team")),
                Column(
                    self.tr("Handled"), lambda f: str(f.handled), lambda f: f.handled, numeric=True
                ),
                Column(self.tr("AHT"), lambda f: clock_text(f.aht), lambda f: f.aht, numeric=True),
                Column(
                    self.tr("AHT p90"), lambda f: clock_text(f.p90), lambda f: f.p90, numeric=True
                ),
                Column(
                    self.tr("Talk"), lambda f: clock_text(f.talk), lambda f: f.talk, numeric=True
                ),
                Column(
                    self.tr("Hold"), lambda f: clock_text(f.hold), lambda f: f.hold, numeric=True
                ),
                Column(
                    self.tr("Wrap-up"), lambda f: clock_text(f.wrap), lambda f: f.wrap, numeric=True
                ),
                Column(self.tr("Hold rate"), *rate(lambda f: f.hold_rate), numeric=True),
                Column(
                    self.tr("Hold length"),
                    lambda f: clock_text(f.hold_length),
                    lambda f: f.hold_length,
                    numeric=True,
                ),
                Column(self.tr("Transfers"), *rate(lambda f: f.transfer_rate), numeric=True),
                Column(self.tr("Warm"), *rate(lambda f: f.warm_share), numeric=True),
                Column(self.tr("FCR"), *rate(lambda f: f.fcr), numeric=True),
                Column(
                    self.tr("Messages"),
                    lambda f: str(f.messages),
                    lambda f: f.messages,
                    numeric=True,
                ),
                Column(
                    self.tr("Follow-ups open"),
                    lambda f: str(f.callbacks_open),
                    lambda f: f.callbacks_open,
                    numeric=True,
                ),
                Column(
                    self.tr("Overdue"),
                    lambda f: str(f.callbacks_overdue),
                    lambda f: f.callbacks_overdue,
                    numeric=True,
                    colour=lambda f: BAD if f.callbacks_overdue else None,
                ),
                Column(self.tr("Adherence"), *rate(lambda f: f.adherence), numeric=True),
            ],
            parent,
        )


class FeedbackTableModel(RowTableModel[FeedbackItem]):
    def __init__(self, words: ReviewWords, parent: QObject | None = None) -> None:
        def given(f: FeedbackItem) -> str:
            return self.tr("%1 after the call").replace("%1", words.age(f.given_after))

        super().__init__(
            [
                Column(
                    self.tr("Given"), lambda f: _when(f.given_at), lambda f: f.given_at.timestamp()
                ),
                Column(self.tr("From"), lambda f: f.author),
                Column(
                    self.tr("Call"),
                    lambda f: f"{_when(f.call_at)} · {words.outcome(f.call_outcome)}",
                    lambda f: f.call_at.timestamp(),
                ),
                Column(
                    self.tr("Timing"),
                    given,
                    lambda f: f.given_after.total_seconds(),
                    colour=lambda f: GOOD if f.on_time else BAD,
                ),
                Column(
                    self.tr("Status"),
                    lambda f: self.tr("Acknowledged") if f.acknowledged_at else self.tr("New"),
                    lambda f: f.acknowledged_at is not None,
                ),
            ],
            parent,
        )
