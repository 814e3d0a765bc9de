"""Queue settings: the feed, the service-level target and the staffing assumptions.

Stored as queue.json in the data folder (a missing file gives the defaults); unknown keys
and bad values are reported and defaulted, as for the app settings.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from agentdesk.callqueue.simulator import SimulationParams
from agentdesk.errors import ValidationError
from agentdesk.jsonfile import read_json_object, write_json_atomic
from agentdesk.staffing.interval import IntervalInputs
from agentdesk.staffing.plan import PlanDefaults

INTERVALS = (5, 10, 15, 20, 30, 60)
FILE_NAME = "queue.json"


def _setting(default: Any, help: str, minimum: int | None = None, maximum: int | None = None):
    return field(default=default, metadata={"help": help, "min": minimum, "max": maximum})


@dataclass(frozen=True)
class QueueSettings:
    """Every queue setting with its default; see docs/queue-feed.md."""

    feed_path: str = _setting("", "JSON-lines file the phone system appends to ('' = none).")
    feed_socket: str = _setting("", "Local socket (named pipe) name agentdesk listens on.")
    target_percent: int = _setting(80, "Service-level target: this share of calls…", 1, 99)
    answer_seconds: int = _setting(20, "…answered within this many seconds.", 0, 3600)
    interval_minutes: int = _setting(30, "Interval length; one of 5, 10, 15, 20, 30, 60.")
    shrinkage_percent: int = _setting(30, "Share of paid time off the phones.", 0, 90)
    patience_seconds: int = _setting(120, "Average caller patience; 0 = Erlang C.", 0, 3600)
    max_occupancy_percent: int = _setting(85, "Cap on agent occupancy; 0 = no cap.", 0, 100)
    max_abandon_percent: int = _setting(
        5, "Cap on callers hanging up (with patience); 0 = no cap.", 0, 100
    )
    default_aht_seconds: int = _setting(180, "Handle time when the forecast gives none.", 1, 7200)
    stale_after_seconds: int = _setting(30, "Figures are stale after this long.", 5, 3600)
    simulator_calls: int = _setting(120, "Simulator: calls per interval.", 1, 100_000)
    simulator_agents: int = _setting(14, "Simulator: agents logged in.", 0, 10_000)
    simulator_seed: int = _setting(1, "Simulator: random seed (same seed, same calls).")

    def validate(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            low, high = f.metadata.get("min"), f.metadata.get("max")
            if low is not None and value < low:
                raise ValidationError(
                    f"{f.name}: at least {low}.",
                    f.name,
                    code="queue_settings.too_low",
                    params={"setting": f.name, "limit": low},
                )
            if high is not None and value > high:
                raise ValidationError(
                    f"{f.name}: at most {high}.",
                    f.name,
                    code="queue_settings.too_high",
                    params={"setting": f.name, "limit": high},
                )
        if self.interval_minutes not in INTERVALS:
            choices = ", ".join(map(str, INTERVALS))
            raise ValidationError(
                f"interval_minutes: one of {choices}.",
                "interval_minutes",
                code="queue_settings.interval",
                choices=choices,
            )

    @property
    def interval_s(self) -> float:
        return self.interval_minutes * 60.0

    @property
    def patience_s(self) -> float | None:
        return float(self.patience_seconds) if self.patience_seconds else None

    @property
    def max_occupancy(self) -> float | None:
        return self.max_occupancy_percent / 100.0 if self.max_occupancy_percent else None

    @property
    def max_abandon(self) -> float | None:
        return self.max_abandon_percent / 100.0 if self.max_abandon_percent else None

    def inputs(self, calls: float, aht_s: float | None = None) -> IntervalInputs:
        """The staffing inputs for one interval with this many calls (> 0)."""
        return IntervalInputs(
            calls=calls,
            interval_s=self.interval_s,
            aht_s=aht_s or float(self.default_aht_seconds),
            target_service_level=self.target_percent / 100.0,
            answer_time_s=float(self.answer_seconds),
            max_occupancy=self.max_occupancy,
            shrinkage=self.shrinkage_percent / 100.0,
            patience_s=self.patience_s,
            max_abandon=self.max_abandon,
        )

    def plan_defaults(self) -> PlanDefaults:
        return PlanDefaults(
            interval_s=self.interval_s,
            aht_s=float(self.default_aht_seconds),
            target=(self.target_percent / 100.0, float(self.answer_seconds)),
            shrinkage=self.shrinkage_percent / 100.0,
            max_occupancy=self.max_occupancy,
            patience_s=self.patience_s,
            max_abandon=self.max_abandon,
        )

    def simulation(self) -> SimulationParams:
        return SimulationParams(
            calls_per_interval=float(self.simulator_calls),
            interval_s=self.interval_s,
            aht_s=float(self.default_aht_seconds),
            agents=self.simulator_agents,
            patience_s=self.patience_s,
        )


def load_queue_settings(path: Path) -> tuple[QueueSettings, tuple[str, ...]]:
    """Settings and the problems found; a missing file gives the defaults."""
    raw = read_json_object(path, "queue settings file")
    if raw is None:
        return QueueSettings(), ()
    known = {f.name: f for f in fields(QueueSettings)}
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        f = known.get(key)
        if f is None:
            problems.append(f"{path}: unknown setting '{key}' ignored")
            continue
        default = f.default if f.default is not MISSING else None
        if not isinstance(value, type(default)) or isinstance(value, bool):
            problems.append(f"{path}: setting '{key}' must be {type(default).__name__}")
            continue
        values[key] = value
    settings = QueueSettings(**values)
    while True:
        try:
            settings.validate()
            break
        except ValidationError as exc:
            problems.append(f"{path}: {exc}")
            settings = replace(settings, **{exc.field: getattr(QueueSettings(), exc.field)})
    return settings, tuple(problems)


def save_queue_settings(path: Path, settings: QueueSettings) -> None:
    """Write atomically and durably (see jsonfile.write_json_atomic)."""
    settings.validate()
    write_json_atomic(path, asdict(settings))
