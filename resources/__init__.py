"""Bundled content (flows, playbook, knowledge base, rules, icons), read via importlib.resources."""
