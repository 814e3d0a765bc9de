"""Account rules that need no database: password hashing, roles, login throttling."""
