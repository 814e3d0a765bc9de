"""Playbook widgets: the dock, the difficult-moment picker, the assertiveness builder."""
