"""Step kinds: which panel a step gets, the options it accepts and the events its panel records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class OptionSpec:
    """An extra setting a step kind accepts under ``options:`` in the flow file."""

    type: type
    default: object
    help: str = ""


@dataclass(frozen=True)
class KindSpec:
    """What a step kind is: terminal or not, its options, fields it must capture, its events."""

    name: str
    help: str
    terminal: bool = False
    options: Mapping[str, OptionSpec] = field(default_factory=lambda: MappingProxyType({}))
    required_fields: tuple[str, ...] = ()
    events: tuple[str, ...] = ()


def _options(**specs: OptionSpec) -> Mapping[str, OptionSpec]:
    return MappingProxyType(specs)


KINDS: Mapping[str, KindSpec] = MappingProxyType(
    {
        k.name: k
        for k in (
            KindSpec("script", "a prompt to say, checks to tick and fields to fill"),
            KindSpec(
                "name_capture",
                "caller's name as heard, with a letter-by-letter spelling to read back",
                options=_options(alphabet=OptionSpec(str, "nato", "phonetic alphabet id")),
                required_fields=("surname", "title"),
            ),
            KindSpec(
                "hold",
                "put the caller on hold with permission, an estimate and check-backs",
                options=_options(
                    max_wait_minutes=OptionSpec(int, 3, "offer a call-back beyond this"),
                    check_back_seconds=OptionSpec(
                        int, 0, "progress report interval; 0 uses the app setting"
                    ),
                ),
                # data keys: docs/event-contract.md; the rules: agentdesk/flows/hold.py
                events=(
                    "hold_requested",
                    "callback_offered",
                    "hold_permission",
                    "hold_started",
                    "hold_checked_back",
                    "hold_ended",
                ),
            ),
            KindSpec(
                "transfer",
                "hand the call on, announcing it with everything captured",
                options=_options(warm=OptionSpec(bool, True, "announce the call to the receiver")),
                events=(
                    "transfer_started",
                    "transfer_announced",
                    "transfer_completed",
                    "transfer_failed",
                ),
            ),
            KindSpec("message", "take a message for someone away", events=("message_taken",)),
            KindSpec(
                "complaint",
                "log a complaint: a reference for the customer, the response date promised, "
                "escalation to a team leader",
                events=("complaint_logged",),
            ),
            KindSpec(
                "verify",
                "check the caller's identity before account details (its checks are the "
                "questions); until it passes only the caller's name is shown",
                options=_options(
                    required=OptionSpec(int, 2, "how many of the step's checks must match")
                ),
                events=("identity_verified", "identity_failed"),
            ),
            KindSpec("callback", "book a call-back or follow-up", events=("callback_booked",)),
            KindSpec(
                "wrap_up",
                "after-call work: outcome code and follow-up; ends the flow",
                terminal=True,
                required_fields=("outcome",),
            ),
        )
    }
)

# Events allowed on every step: the playbook sits beside the whole call, so its checklist
# ticks (data: entry, item) and opened entries (data: entry) are logged wherever the call is.
ANY_STEP_EVENTS: tuple[str, ...] = (
    "playbook_opened",
    "playbook_item_ticked",
    "playbook_item_unticked",
    # The knowledge-base dock logs each article opened during a call (data: article, title);
    # the warm-transfer announcement lists them so the colleague knows what was looked up.
    "kb_article_opened",
    # A reply to the customer (chat or e-mail) copied from the reply draft, with what the
    # phrase coach found in it (data: findings [{rule, category, replaced?}], characters);
    # rule codes only, never the text. Reviewers see T8/D11/D12 in practice.
    "reply_coached",
)

# Procedure events a panel may record with CallEngine.record(); a typo fails at once.
PROCEDURE_EVENTS: frozenset[str] = frozenset(
    [*(e for k in KINDS.values() for e in k.events), *ANY_STEP_EVENTS]
)
