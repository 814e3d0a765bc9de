"""Team database sync: outbox, push and pull between a SQLite replica and PostgreSQL (no Qt)."""
