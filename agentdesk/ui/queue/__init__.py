"""The queue dock: live figures, the staffing estimate, charts and the forecast window."""
