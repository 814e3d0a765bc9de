"""Alembic migrations, shipped inside the package as agentdesk.migrations."""
