"""Login throttling: after repeated failures a name waits longer, known or not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

FREE_ATTEMPTS = 3
BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after this many consecutive failures (0 for the first few)."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS))


@dataclass
class LoginThrottle:
    """Per-name failure counts in memory, applied the same way to unknown names.

    Keeping unknown names here too means the wait never reveals whether an account exists.
    """

    clock: Callable[[], float]
    _failures: dict[str, int] = field(default_factory=dict)
    _until: dict[str, float] = field(default_factory=dict)

    def knows(self, name: str) -> bool:
        """Whether this process has seen failures for ``name`` (it then governs the wait)."""
        return name.casefold() in self._failures

    def wait_remaining(self, name: str) -> float:
        return max(0.0, self._until.get(name.casefold(), 0.0) - self.clock())

    def failed(self, name: str) -> None:
        key = name.casefold()
        count = self._failures.get(key, 0) + 1
        self._failures[key] = count
        self._until[key] = self.clock() + delay_after(count)

    def succeeded(self, name: str) -> None:
        key = name.casefold()
        self._failures.pop(key, None)
        self._until.pop(key, None)
