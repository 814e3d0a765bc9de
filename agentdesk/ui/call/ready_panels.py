"""Step panels built ahead, one per turn of the event loop, for the steps a call can go to
next: a step change then swaps a ready panel in instead of building one."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.phonetic import Alphabet
from agentdesk.flows.schema import Flow, Step
from agentdesk.flows.state import Phase
from agentdesk.ui.call.step_panel import StepPanel
from agentdesk.ui.call.wrap_up import WrapUpForm

# After a step change, its own layout and paint go first: building ahead waits this long.
SLICE_DELAY_MS = 10


def _no_procedure(_engine: CallEngine, _step: Step) -> None:
    return None


class ReadyPanels(QObject):
    """Keeps a hidden, polished ``StepPanel`` for each step the call's current step leads to.

    Building a panel costs 1-10 ms of the GUI thread and a step change used to build one,
    lay it out and paint it in the same turn of the event loop: on a loaded machine that
    one turn was a 50-100 ms freeze. Here each panel is one slice of its own, run when the
    event loop has nothing else to do. ``traits(flow, step)`` names the step's procedure
    panel class (what it takes over from the step's fields); the procedure itself is built
    when the call gets there, since most read or record the call's state as they open, unless
    ``procedure_ahead(engine, step)`` builds it now (the hold panel).
    """

    def __init__(self, alphabets: Mapping[str, Alphabet], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alphabets = alphabets
        self.traits: Callable[[Flow, Step], object | None] = lambda _flow, _step: None
        # The step's procedure panel when it can be built ahead too (ui/procedures).
        self.procedure_ahead: Callable[[CallEngine, Step], QWidget | None] = _no_procedure
        self._engine: CallEngine | None = None
        self._ready: dict[str, StepPanel] = {}
        self._queue: list[Step] = []
        self._chores: list[Callable[[], None]] = []
        self._wrap_up: WrapUpForm | None = None  # any step can end the call (Ctrl+E)
        self.hits = 0  # step changes that found their panel ready (tests, the benchmark)
        self._timer = QTimer(self, singleShot=True, interval=SLICE_DELAY_MS)
        self._timer.timeout.connect(self._next_slice)

    @property
    def ready(self) -> tuple[str, ...]:
        """The steps with a panel waiting (for tests and the benchmark)."""
        return tuple(self._ready)

    def built(self, step_id: str) -> StepPanel | None:
        """The panel waiting for ``step_id``, if it is built."""
        return self._ready.get(step_id)

    @property
    def wrap_up_form(self) -> WrapUpForm | None:
        """The wrap-up form waiting for the end of the call, if it is built."""
        return self._wrap_up

    @property
    def idle(self) -> bool:
        """Nothing left to build."""
        return not self._queue and not self._chores

    def plan(self, engine: CallEngine) -> None:
        """The call moved (or started): build the panels of the steps it can go to next,
        keep those already built that are still wanted, drop the others."""
        if engine is not self._engine:
            self.discard()
            self._engine = engine
        flow, here = engine.flow, engine.step
        wanted: list[Step] = []
        for transition in here.transitions:
            target = flow.step_map.get(transition.to)
            wrap_up = target is not None and target.kind == "wrap_up"  # built its own way
            if target is not None and target is not here and not wrap_up and target not in wanted:
                wanted.append(target)
        ids = {step.id for step in wanted}
        for step_id in [s for s in self._ready if s not in ids]:
            self._drop(self._ready.pop(step_id))
        self._queue = [step for step in wanted if step.id not in self._ready]
        if self._wrap_up is None:  # a flow has exactly one wrap-up step (flows/checks.py)
            self._queue.append(engine.flow.wrap_up)
        self._kick()

    def add_chore(self, chore: Callable[[], None]) -> None:
        """Another small piece of work for an idle moment (the transition bar's buttons)."""
        self._chores.append(chore)
        self._kick()

    def take(self, engine: CallEngine) -> StepPanel | None:
        """The ready panel for the engine's current step, made current, or None."""
        if engine is not self._engine:
            return None
        panel = self._ready.pop(engine.step.id, None)
        if panel is not None and panel.step is not engine.step:
            self._drop(panel)
            return None
        if panel is not None:
            panel.sync()
            self.hits += 1
        return panel

    def take_wrap_up(self, engine: CallEngine) -> WrapUpForm | None:
        """The wrap-up form built ahead for this call, made current, or None."""
        form, self._wrap_up = self._wrap_up, None
        if form is not None and engine is not self._engine:
            self._drop(form.panel)
            form.deleteLater()
            return None
        if form is not None:
            form.panel.sync()
            self.hits += 1
        return form

    def discard(self) -> None:
        """The call is over or another one is shown: nothing built for it is kept."""
        for panel in self._ready.values():
            self._drop(panel)
        self._ready.clear()
        if self._wrap_up is not None:
            self._drop(self._wrap_up.panel)
            self._wrap_up.deleteLater()
            self._wrap_up = None
        self._queue.clear()
        self._engine = None

    def _kick(self) -> None:
        if not self.idle and not self._timer.isActive():
            self._timer.start()

    def _next_slice(self) -> None:
        """One piece of work: the next steps' panels first (needed soonest), then the
        chores, then the wrap-up form (needed last)."""
        engine = self._engine
        if engine is None or engine.phase != Phase.IN_CALL:
            self._queue.clear()
        steps = [s for s in self._queue if s.kind != "wrap_up"]
        if steps:
            step = steps[0]
            self._queue.remove(step)
            procedure = self.procedure_ahead(engine, step)
            panel = StepPanel(
                engine,
                self._alphabets,
                procedure=procedure,
                step=step,
                traits=self.traits(engine.flow, step),
            )
            panel.ensurePolished()
            self._ready[step.id] = panel
        elif self._chores:
            self._chores.pop(0)()
        elif self._queue:
            self._queue.clear()  # only the wrap-up is left
            if self._wrap_up is None:
                self._wrap_up = WrapUpForm(engine, self._alphabets, ahead=True)
                self._wrap_up.ensurePolished()
        self._kick()

    @staticmethod
    def _drop(panel: StepPanel) -> None:
        panel.detach()
        panel.deleteLater()
