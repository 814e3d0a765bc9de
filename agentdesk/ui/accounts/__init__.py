"""Team accounts in the app: team leaders set the display names callers hear."""
