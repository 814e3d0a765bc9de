"""How the staffing looks against the target: meets, close or short (the UI words and
colours it: green, amber, red)."""

from __future__ import annotations

from enum import StrEnum

# Within this many points below the target is "close" (amber), further is "short" (red).
CLOSE_BAND = 0.10


class Verdict(StrEnum):
    MEETS = "meets"
    CLOSE = "close"
    SHORT = "short"


def judge_level(service_level: float, target: float) -> Verdict:
    """A service level (achieved or predicted) against the target."""
    if service_level >= target:
        return Verdict.MEETS
    if service_level >= target - CLOSE_BAND:
        return Verdict.CLOSE
    return Verdict.SHORT


def judge_staffing(agents: int, required: int, service_level: float, target: float) -> Verdict:
    """Agents against the agents required.  Enough agents meet the target; fewer are close
    while the predicted service level stays within the band (or meets the target but breaks
    the occupancy cap), short otherwise."""
    if agents >= required:
        return Verdict.MEETS
    if judge_level(service_level, target) is Verdict.SHORT:
        return Verdict.SHORT
    return Verdict.CLOSE
