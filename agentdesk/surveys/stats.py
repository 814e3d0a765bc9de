"""Distributions of survey answers (O4: show the spread, not only an average)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from agentdesk.surveys.scales import KINDS, scores


@dataclass(frozen=True)
class ScoreSpread:
    """How many answers gave each score of one scale, and the headline figure."""

    kind: str
    counts: tuple[tuple[int, int], ...]  # (score, answers), every score of the scale

    @property
    def answers(self) -> int:
        return sum(n for _, n in self.counts)

    def share(self, low: int, high: int) -> float | None:
        total = self.answers
        if not total:
            return None
        return sum(n for s, n in self.counts if low <= s <= high) / total

    @property
    def headline(self) -> float | None:
        """CSAT: share satisfied (4-5); CES: mean score; NPS: % promoters - % detractors."""
        total = self.answers
        if not total:
            return None
        if self.kind == "csat":
            return self.share(4, 5)
        if self.kind == "ces":
            return sum(s * n for s, n in self.counts) / total
        promoters, detractors = self.share(9, 10) or 0.0, self.share(0, 6) or 0.0
        return round((promoters - detractors) * 100, 10)


@dataclass(frozen=True)
class Verdicts:
    """One scope's spreads (a representative, or the team), one per scale."""

    key: str | None  # account id, or None for the team
    name: str
    spreads: tuple[ScoreSpread, ...]

    def spread(self, kind: str) -> ScoreSpread:
        return next(s for s in self.spreads if s.kind == kind)


def verdicts(
    key: str | None, name: str, answers: Iterable[tuple[str, int]] | Mapping[tuple[str, int], int]
) -> Verdicts:
    """Spreads of (kind, score) answers, or of their counts; scores off a scale not counted."""
    seen = Counter(answers)
    spreads = tuple(
        ScoreSpread(kind, tuple((s, seen.get((kind, s), 0)) for s in scores(kind)))
        for kind in KINDS
    )
    return Verdicts(key, name, spreads)
