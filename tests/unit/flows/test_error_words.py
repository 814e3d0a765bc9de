"""What the call engine and its procedures refuse is worded from a code, in every language.

Each refusal is provoked for real on the bundled inbound flow; its code must have a text
(agentdesk/error_texts), that text filled with the error's parameters must be the English
sentence the error carries (logs, command line), and the Italian and Indonesian catalogues
must word it with the same parameters filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from agentdesk.error_texts import CONTEXT, TEXTS, fill
from agentdesk.errors import KnownError
from agentdesk.flows import callback, verify
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent, MemorySink
from agentdesk.flows.hold import HoldProcedure
from agentdesk.flows.message import MessageDraft, check_ready
from agentdesk.flows.state import CallState, Phase, apply
from agentdesk.flows.transfer import TransferProcedure
from agentdesk.i18n_catalogue import read_ts
from agentdesk.paths import resources_dir
from tests.unit.flows.flowkit import new_engine
from tests.unit.flows.test_procedures_hold import on_hold_step


def refused(action: Callable[[], object]) -> KnownError:
    with pytest.raises(KnownError) as caught:
        action()
    return caught.value


@pytest.fixture
def refusals(bundled, clock) -> list[KnownError]:
    flow = bundled["inbound"]
    found = []
    fresh = new_engine(flow, clock, MemorySink())
    found.append(refused(lambda: fresh.take(0)))  # not started
    engine = new_engine(flow, clock, MemorySink())
    engine.start()
    found += [
        refused(lambda: engine.take(99)),
        refused(lambda: engine.jump("no_such_step")),
        refused(lambda: engine.capture("no_such_field", "x")),
        refused(lambda: engine.capture("surname", "x" * 5000)),
        refused(lambda: engine.capture("notes_permission", "yes")),
        refused(lambda: engine.tick("no_such_check")),
        refused(lambda: engine.end_call("Hung Up")),
        refused(lambda: engine.record("no_such_event")),
        refused(lambda: engine.record("hold_ended")),
        refused(lambda: engine.record("hold_requested", {"at": object()})),
        refused(lambda: verify.confirm(engine)),
    ]
    held = on_hold_step(flow, clock)
    hold = HoldProcedure.for_step(held, held.step, app_progress=45)
    found += [
        refused(hold.start),
        refused(lambda: hold.ask("", 60)),
        refused(lambda: hold.ask("x" * 600, 60)),
        refused(lambda: hold.ask("Checking", 0)),
        refused(hold.check_back),
    ]
    hold.ask("Checking the meter readings", 600)
    found += [refused(lambda: hold.answer("maybe")), refused(lambda: hold.answer("agreed"))]
    transfer = TransferProcedure(held)
    found += [
        refused(
            lambda: transfer.start("Billing", "why", cannot_help=False, explained=True, warm=True)
        ),
        refused(lambda: transfer.start("", "why", cannot_help=True, explained=True, warm=True)),
        refused(lambda: transfer.start("Billing", "", cannot_help=True, explained=True, warm=True)),
        refused(
            lambda: transfer.start("B" * 600, "why", cannot_help=True, explained=True, warm=True)
        ),
        refused(
            lambda: transfer.start("Billing", "why", cannot_help=True, explained=False, warm=True)
        ),
        refused(transfer.announce),
    ]
    transfer.start("Billing", "They own invoices", cannot_help=True, explained=True, warm=True)
    found += [
        refused(
            lambda: transfer.start("Billing", "why", cannot_help=True, explained=True, warm=True)
        ),
        refused(lambda: transfer.fail("bored")),
        refused(lambda: check_ready(MessageDraft(), None, "GB")),
        refused(
            lambda: callback.CallbackBooking(held, "GB").book(
                callback.CallbackRequest(), number_read_back=True
            )
        ),
    ]
    state = CallState(flow)
    event = CallEvent(2, "call_started", 1.0, "2026-12-06T10:00:00+00:00", "greeting", {})
    found.append(refused(lambda: apply(state, event)))
    found.append(refused(lambda: CallEvent.from_dict({"seq": 1})))
    return found


def test_every_refusal_has_a_code_whose_text_is_its_english_sentence(refusals):
    for exc in refusals:
        assert exc.code in TEXTS, (exc.code, str(exc))
        assert fill(TEXTS[exc.code], exc.params) == str(exc), exc.code
    assert len({exc.code for exc in refusals}) == len(refusals)  # each a different rule


@pytest.mark.parametrize("language", ["it", "id"])
def test_every_refusal_reads_in_italian_and_indonesian(refusals, language):
    catalogue = read_ts(resources_dir() / "i18n" / f"agentdesk_{language}.ts")
    for exc in refusals:
        forms = catalogue.lookup(CONTEXT, TEXTS[exc.code], "")
        assert forms, (language, exc.code)
        text = fill(forms[0], exc.params)
        assert text != str(exc) and "{" not in text, (language, exc.code, text)


def test_the_phase_refusals_have_a_text_for_every_phase():
    """Codes built from the phase (call.not_now.<phase>) are not seen by the source scan."""
    assert {f"call.not_now.{phase}" for phase in Phase} <= set(TEXTS)
    assert all(callback.REFUSALS[code] for code in callback.REFUSALS)
    assert {f"callback.{code}" for code in callback.REFUSALS} <= set(TEXTS)


def test_the_engine_module_is_plain_python():
    source = Path(CallEngine.__module__.replace(".", "/") + ".py")
    assert "PySide6" not in (Path(__file__).parents[3] / source).read_text()
