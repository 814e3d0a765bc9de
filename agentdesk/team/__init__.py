"""The team database's administration: roles and grants, members and the team key (no Qt)."""
