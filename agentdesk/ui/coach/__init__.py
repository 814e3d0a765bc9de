"""The live phrase coach on any text field the representative writes to or about a customer."""

from agentdesk.ui.coach.live import DEBOUNCE_MS, FIX_KEYS, LiveCoach, attach_coach

__all__ = ["DEBOUNCE_MS", "FIX_KEYS", "LiveCoach", "attach_coach"]
