"""Desktop integration: can a window open here, the application icon, the XDG menu entry (no Qt)."""
