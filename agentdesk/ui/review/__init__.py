"""Team-leader review, coaching feedback and the KPI dashboard."""
