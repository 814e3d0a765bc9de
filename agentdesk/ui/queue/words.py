"""Queue codes in words and colours: verdicts, feed problems, source states, durations."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from agentdesk.callqueue.feed import FeedProblem
from agentdesk.callqueue.verdict import Verdict
from agentdesk.staffing.cautions import Caution, Finding, share_text
from agentdesk.staffing.interval import IntervalInputs

# The app's status colours (audit indicator, badges); each verdict is also said in words.
COLOURS = {
    Verdict.MEETS: QColor("#1b6e20"),
    Verdict.CLOSE: QColor("#8a5300"),
    Verdict.SHORT: QColor("#b00020"),
}
STALE_COLOUR = QColor("#8a5300")


def clock_text(seconds: float | None) -> str:
    """ "4:05" for 245 s, "1:02:03" past an hour, "–" for nothing or for ever."""
    if seconds is None or not math.isfinite(seconds):
        return "–"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def percent_text(share: float | None) -> str:
    """Whole percent, with decimals only where rounding would claim 100% (or 0%)."""
    return "–" if share is None else share_text(share, 0)


def time_text(moment: datetime) -> str:
    """Local wall-clock time, to the second."""
    return moment.astimezone().strftime("%H:%M:%S")


def minute_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


class QueueWords(QObject):
    """One translator for the queue screens (context "QueueWords")."""

    def verdict(self, verdict: Verdict) -> str:
        return {
            Verdict.MEETS: self.tr("Meets the target"),
            Verdict.CLOSE: self.tr("Just below the target"),
            Verdict.SHORT: self.tr("Well below the target"),
        }[verdict]

    def staffing(self, verdict: Verdict, short_by: int) -> str:
        if verdict is Verdict.MEETS:
            return self.tr("enough to meet the target")
        if verdict is Verdict.CLOSE:
            return self.tr("just below the target, needs %1 more").replace("%1", str(short_by))
        return self.tr("well below the target, needs %1 more").replace("%1", str(short_by))

    def caution(self, finding: Finding) -> str:
        """Why a plan or what-if is unsafe although it may meet the target."""
        text = {
            Caution.OCCUPANCY: self.tr(
                "⚠ Occupancy %1 is above %2: agents this busy burn out; add agents or "
                "lower the occupancy cap in the queue settings."
            ),
            Caution.ABANDON: self.tr(
                "⚠ %1 of callers would hang up before an answer, above %2: a target met "
                "that way is not met; add agents or lower the abandonment cap."
            ),
            Caution.SHRINKAGE: self.tr(
                "⚠ Shrinkage %1 is above %2: more than half of paid time off the phones; "
                "check the queue settings."
            ),
        }[finding.caution]
        return text.replace("%1", share_text(finding.value)).replace(
            "%2", share_text(finding.limit, 0)
        )

    def basis(self, what: str, label: str, inputs: IntervalInputs) -> str:
        """Where the interval's calls and handle time came from, and what they are."""
        return (
            self.tr("%1: %2 calls, handle time %3")
            .replace("%1", what.replace("%1", label))
            .replace("%2", f"{inputs.calls:g}")
            .replace("%3", clock_text(inputs.aht_s))
        )

    def target(self, share: float, seconds: float) -> str:
        return (
            self.tr("target %1 in %2 s")
            .replace("%1", percent_text(share))
            .replace("%2", f"{seconds:g}")
        )

    def problem(self, problem: FeedProblem) -> str:
        what = {
            "not_utf8": self.tr("not UTF-8 text"),
            "not_json": self.tr("not JSON"),
            "not_object": self.tr("not a JSON object"),
            "unknown_type": self.tr("unknown type"),
            "missing": self.tr("missing %1"),
            "bad_value": self.tr("bad value for %1"),
            "too_long": self.tr("line too long"),
        }.get(problem.code, problem.code)
        what = what.replace("%1", problem.field or "")
        if problem.line is not None:
            return self.tr("line %1: %2").replace("%1", str(problem.line)).replace("%2", what)
        if problem.offset is not None:
            return self.tr("byte %1: %2").replace("%1", str(problem.offset)).replace("%2", what)
        return what

    def skipped(self, count: int, problem: FeedProblem | None) -> str:
        text = self.tr("%n malformed line(s) skipped", "", count)
        if problem is None:
            return text
        return self.tr("%1 (last: %2)").replace("%1", text).replace("%2", self.problem(problem))

    def source(self, kind: str, where: str, status: str) -> str:
        if kind == "simulator":
            return self.tr("Simulated queue (training and demos)")
        if kind == "none":
            return self.tr(
                "Not connected to the phone system's queue. A team leader or IT can connect it "
                "(README, “Queue and staffing”); until then the estimate uses the forecast."
            )
        state = {
            "missing": self.tr("waiting for the file"),
            "unreadable": self.tr("cannot read the file"),
            "reading": self.tr("reading"),
            "listening": self.tr("listening"),
            "unavailable": self.tr("cannot listen"),
        }.get(status, status)
        label = self.tr("Feed file %1: %2") if kind == "file" else self.tr("Feed socket %1: %2")
        return label.replace("%1", where).replace("%2", state)

    def stale(self, since: datetime | None, age_s: float | None) -> str:
        if since is None or age_s is None:
            return self.tr("No queue data yet: figures are not live")
        return (
            self.tr("Stale: no queue data since %1 (%2 ago); figures are not live")
            .replace("%1", time_text(since))
            .replace("%2", clock_text(age_s))
        )
