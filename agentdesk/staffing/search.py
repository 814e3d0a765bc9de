"""Smallest agent count passing a monotone test, in few evaluations (secant plus bracketing)."""

from __future__ import annotations

from collections.abc import Callable
from math import ceil

from agentdesk.errors import BugError

# A margin function: >= 0 when the agent count meets every target, increasing in agents.
Margin = Callable[[int], float]

# No real staffing question needs this many probes; reaching it means the margin is broken.
_MAX_PROBES = 200


def smallest_passing(margin: Margin, lowest: int, guess: int, other: int | None = None) -> int:
    """The least n >= lowest with margin(n) >= 0, given that margin increases with n.

    Each probe is an exact, comparatively costly evaluation, so the search first brackets
    the answer with steps predicted by the secant, then interpolates linearly on the margin
    (Illinois-modified regula falsi on integers).  With a guess at or near the answer it
    certifies the answer in two or three probes.  `other`, a second estimate from the other
    side of the answer, is probed next and usually brackets it at once.
    """
    probes = _Probes(margin)
    n = max(lowest, guess)
    value = probes(n)
    if other is not None and max(lowest, other) != n:
        m = max(lowest, other)
        value_m = probes(m)
        if (value >= 0.0) != (value_m >= 0.0):
            (lo, f_lo), (hi, f_hi) = sorted(((n, value), (m, value_m)), key=lambda p: p[1])
            return _interpolate(probes, lo, f_lo, hi, f_hi)
        if (value >= 0.0) == (m < n):
            # Both pass (or both fail); continue from the one nearer the answer.
            n, value = m, value_m
    if value >= 0.0:
        hi, f_hi = n, value
        step = 1
        while True:
            if hi == lowest:
                return hi
            n = max(lowest, hi - step)
            value = probes(n)
            if value < 0.0:
                lo, f_lo = n, value
                break
            step = _next_step(step, f_hi, value, hi - n)
            hi, f_hi = n, value
    else:
        lo, f_lo = n, value
        step = 1
        while True:
            n = lo + step
            value = probes(n)
            if value >= 0.0:
                hi, f_hi = n, value
                break
            step = _next_step(step, f_lo, value, n - lo)
            lo, f_lo = n, value
    return _interpolate(probes, lo, f_lo, hi, f_hi)


def _interpolate(probes: _Probes, lo: int, f_lo: float, hi: int, f_hi: float) -> int:
    """Shrink a bracket (margin(lo) < 0 <= margin(hi)) to neighbours; return hi."""
    last_side = 0
    widths = [hi - lo]
    while hi - lo > 1:
        if len(widths) >= 3 and 2 * widths[-1] > widths[-3]:
            # Two probes did not halve the bracket (a margin flat near zero on one side):
            # bisect, so the worst case stays logarithmic.
            n = (lo + hi) // 2
        else:
            root = lo + (hi - lo) * (-f_lo) / (f_hi - f_lo)
            n = min(hi - 1, max(lo + 1, ceil(root)))
        value = probes(n)
        if value >= 0.0:
            hi, f_hi = n, value
            if last_side == 1:
                # Illinois: the other end has stuck twice; halve its weight so the
                # interpolation stops creeping towards it one count at a time.
                f_lo *= 0.5
            last_side = 1
        else:
            lo, f_lo = n, value
            if last_side == -1:
                f_hi *= 0.5
            last_side = -1
        widths.append(hi - lo)
    return hi


class _Probes:
    """Counts margin evaluations so a broken (non-monotone) margin cannot loop forever."""

    def __init__(self, margin: Margin) -> None:
        self._margin = margin
        self.count = 0

    def __call__(self, n: int) -> float:
        self.count += 1
        if self.count > _MAX_PROBES:
            raise BugError("staffing search did not converge: the margin is not monotone")
        return self._margin(n)


def _next_step(step: int, f_far: float, f_near: float, distance: int) -> int:
    """Next bracketing step: the secant's predicted distance to the root, at least doubled."""
    slope = abs(f_far - f_near) / distance
    if slope > 0.0:
        # 10% more than predicted, so the jump usually lands just past the root.
        return max(step * 2, int(abs(f_near) / slope * 1.1) + 1)
    return step * 2
