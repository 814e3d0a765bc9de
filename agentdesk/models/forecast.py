"""The forecast: calls offered and average handle time per interval of a day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin


class ForecastSlot(SyncedMixin, Base):
    """One interval of one day's forecast, by its local start time (minutes after midnight).

    A day's forecast is replaced as a whole; slots left out are tombstoned, so the unique
    key stays (day, start) and a removal can sync.
    """

    __tablename__ = "forecast_slot"
    __table_args__ = (UniqueConstraint("day", "start_minute"),)

    day: Mapped[date] = mapped_column(Date, nullable=False)
    start_minute: Mapped[int] = mapped_column(Integer, nullable=False)
    interval_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    calls: Mapped[float] = mapped_column(Float, nullable=False)
    aht_s: Mapped[float] = mapped_column(Float, nullable=False)
