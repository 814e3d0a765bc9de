"""The team database in the window: the status-bar label and the sync that feeds it."""
