"""Hold, transfer and message taking (T4–T6, T8): panels hosted by step kind, inbox, directory."""
