"""The procedures' codes in words: refusals, message problems, estimates, the plain-text message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from agentdesk.flows.hold import spoken_seconds
from agentdesk.flows.message import MessageDraft, Problem
from agentdesk.flows.procedures import ProcedureError
from agentdesk.flows.transfer import Handover
from agentdesk.ui.call.words import clock_text
from agentdesk.ui.common.locale_text import datetime_text
from agentdesk.ui.errors import error_text


class ProcedureWords(QObject):
    """One place for the sentences the hold, transfer and message panels show."""

    def refusal(self, code: str) -> str:
        """A ProcedureError rule as an instruction."""
        return self._refusals().get(code, self.tr("That is not possible right now."))

    def refusal_of(self, exc: ProcedureError) -> str:
        """What to show for a refused procedure step: its rule as an instruction beside the
        input, else the error's own text in the user's language."""
        return self._refusals().get(exc.rule) or error_text(exc)

    def _refusals(self) -> dict[str, str]:
        return {
            "reason_missing": self.tr("Say why first."),
            "reason_too_long": self.tr("Keep the reason short (500 characters at most)."),
            "estimate_invalid": self.tr("Give an estimate between a few seconds and 60 minutes."),
            "not_asked": self.tr("Ask the caller first: say why and how long."),
            "answer_invalid": self.tr("Record what the caller answered."),
            "callback_offer_needed": self.tr(
                "The wait may pass three minutes: offer a call-back before holding."
            ),
            "permission_missing": self.tr("Ask the caller and record their yes first."),
            "on_hold": self.tr("The caller is on hold already."),
            "not_on_hold": self.tr("The caller is not on hold."),
            "self_help_unconfirmed": self.tr("Transfer only when you cannot help yourself."),
            "target_missing": self.tr("Pick who to transfer to."),
            "not_explained": self.tr("Tell the caller why and to whom first."),
            "not_started": self.tr("Start the transfer first."),
            "already_started": self.tr("A transfer is under way already."),
            "read_back_missing": self.tr(
                "Read the message back and tick that the caller confirmed it."
            ),
            "incomplete": self.tr("Some parts of the message are missing or wrong."),
            "number_missing": self.tr("Give the number to call."),
            "number_invalid": self.tr("That is not a phone number: check the digits."),
            "due_missing": self.tr("Pick when to call back."),
            "window_invalid": self.tr("“Call back by” must be after “Call back from”."),
        }

    def part(self, code: str) -> str:
        """One of the seven parts of a message (T6)."""
        return {
            "to_whom": self.tr("to whom"),
            "from_whom": self.tr("from whom"),
            "where": self.tr("where to call back"),
            "what": self.tr("what"),
            "why": self.tr("why"),
            "by_whom": self.tr("taken by"),
            "when": self.tr("when"),
        }.get(code, self.tr("another part"))

    def problem(self, problem: Problem) -> str:
        """A message part's problem, said next to its input."""
        if problem.code == "too_long":
            return self.tr("Too long: at most %1 characters. Shorten it; nothing was cut.").replace(
                "%1", f"{problem.limit:,}"
            )
        return {
            "phone_invalid": self.tr(
                "Not a phone number: give the area code, or + and the country code."
            ),
            "extension_invalid": self.tr("An extension is digits only (up to 8)."),
            "when_invalid": self.tr("Date and time as YYYY-MM-DD HH:MM."),
        }.get(problem.code, self.tr("Required: fill this in."))

    def estimate(self, seconds: float) -> str:
        seconds = round(seconds)
        minutes, rest = divmod(seconds, 60)
        if minutes == 0:
            return self.tr("%1 seconds").replace("%1", str(seconds))
        if rest:
            return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))
        if minutes == 1:
            return self.tr("1 minute")
        return self.tr("%1 minutes").replace("%1", str(minutes))

    def spoken(self, seconds: float) -> str:
        """A wait as a person says it: "30 seconds", "a minute", "9 minutes", "15 minutes"
        (never "8 min 53 s"); see flows.hold.spoken_seconds for the rounding."""
        value = spoken_seconds(seconds)
        if value < 60:
            return self.tr("%1 seconds").replace("%1", str(value))
        minutes = value // 60
        if minutes == 1:
            return self.tr("a minute")
        return self.tr("%1 minutes").replace("%1", str(minutes))

    def hold_ask(self, how_long: str, why: str, offer_after: str) -> str:
        """The permission script (a template: the call engine fills in the caller's name)."""
        text = (
            self.tr("May I put you on hold for about %1[, {caller_name}]? I need to %2.")
            .replace("%1", how_long)
            .replace("%2", why)
        )
        if offer_after:
            text += " " + self.tr(
                "It could take more than %1, so I can call you back instead if you prefer. "
                "Would you rather hold, or have me call you back?"
            ).replace("%1", offer_after)
        return text

    def hold_progress(self, more: str) -> str:
        return self.tr(
            "Thank you for holding[, {caller_name}]. I'm still on it; it should be about %1 "
            "more. Are you all right to keep holding?"
        ).replace("%1", more)

    def clock(self, seconds: float) -> str:
        return clock_text(seconds)

    def when(self, text: str) -> str:
        try:
            return datetime_text(dt.datetime.fromisoformat(text))
        except ValueError:
            return text

    def status(self, status: str) -> str:
        return {
            "new": self.tr("New"),
            "passed_on": self.tr("Passed on"),
            "done": self.tr("Done"),
        }.get(status, status)

    def message_text(self, draft: MessageDraft, number: str, memory: str = "") -> str:
        """The message as plain text, to paste into an e-mail or print."""
        who = draft.from_name + (f" ({draft.from_connection})" if draft.from_connection else "")
        phone = number + (
            self.tr(" ext. %1").replace("%1", draft.extension) if draft.extension else ""
        )
        lines = [
            self.tr("Message for: %1").replace("%1", draft.to_whom),
            self.tr("From: %1").replace("%1", who),
            self.tr("Phone: %1").replace("%1", phone),
            self.tr("When: %1").replace("%1", self.when(draft.when)),
            self.tr("Taken by: %1").replace("%1", draft.by_whom),
            "",
            self.tr("Message:"),
            draft.what,
            "",
            self.tr("Caller asks: %1").replace("%1", draft.action_requested),
            self.tr("We promised: %1").replace("%1", draft.action_promised),
        ]
        if memory:
            lines += ["", self.tr("Notes added after the call:"), memory]
        return "\n".join(lines)

    def handover_text(self, h: Handover) -> str:
        """The warm-transfer announcement, to say or paste to the receiving colleague."""
        name = h.caller_name or self.tr("(name not given)")
        if h.full_name and h.full_name != h.caller_name:
            name += f" — {h.full_name}"
        lines = [
            self.tr("Transfer for %1").replace("%1", h.target) if h.target else "",
            self.tr("Caller: %1").replace("%1", name),
            self.tr("Spelling: %1").replace("%1", h.letters) if h.letters else "",
            self.tr("Say it: %1").replace("%1", h.spelled) if h.spelled else "",
            self.tr("Number: %1").replace("%1", h.number) if h.number else "",
            self.tr("Issue: %1").replace("%1", h.issue or self.tr("(not recorded)")),
            self.tr("Tried so far: %1").replace("%1", h.tried or self.tr("nothing yet")),
        ]
        if h.articles:
            opened = "; ".join(h.articles)
            lines.append(self.tr("Knowledge articles opened: %1").replace("%1", opened))
        return "\n".join(line for line in lines if line)
