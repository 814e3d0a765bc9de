"""Plans that meet the target but are unsafe to run: codes and figures; the caller words them.

O2: cheap staffing is expensive.  A plan above 90% occupancy burns agents out, and one that
"meets" the service level because more than 5% of callers hang up is not meeting it at all.
More than half of paid time off the phones is more likely a typo than a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

OCCUPANCY_LIMIT = 0.90
ABANDON_LIMIT = 0.05
SHRINKAGE_LIMIT = 0.50

# What the CLI and the queue panel plan with unless told otherwise.
DEFAULT_MAX_OCCUPANCY = 0.85
DEFAULT_MAX_ABANDON = 0.05


class Caution(StrEnum):
    OCCUPANCY = "occupancy"  # value: the occupancy, above OCCUPANCY_LIMIT
    ABANDON = "abandon"  # value: the abandonment, above ABANDON_LIMIT
    SHRINKAGE = "shrinkage"  # value: the shrinkage, above SHRINKAGE_LIMIT


@dataclass(frozen=True, slots=True)
class Finding:
    caution: Caution
    value: float
    limit: float


def cautions(occupancy: float, abandon_rate: float, shrinkage: float) -> list[Finding]:
    """What is unsafe about a plan (or a what-if) with these figures; empty when nothing."""
    found = []
    if occupancy > OCCUPANCY_LIMIT:
        found.append(Finding(Caution.OCCUPANCY, occupancy, OCCUPANCY_LIMIT))
    if abandon_rate > ABANDON_LIMIT:
        found.append(Finding(Caution.ABANDON, abandon_rate, ABANDON_LIMIT))
    if shrinkage > SHRINKAGE_LIMIT:
        found.append(Finding(Caution.SHRINKAGE, shrinkage, SHRINKAGE_LIMIT))
    return found


def share_text(share: float, decimals: int = 1) -> str:
    """A share as a percentage that never claims 100% (or 0%) it has not reached.

    99.99% at one decimal would round to "100.0%": more decimals are shown until the
    figure differs from 100 (up to six), so a 99.99% target never reads as a guarantee.
    """
    value = share * 100.0
    text = f"{value:.{decimals}f}"
    while decimals < 6 and (
        (share < 1.0 and float(text) >= 100.0) or (share > 0.0 and float(text) <= 0.0)
    ):
        decimals += 1
        text = f"{value:.{decimals}f}"
    return text + "%"
