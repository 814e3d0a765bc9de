"""The follow-up list, its reminders and its place in the main window (O7)."""
