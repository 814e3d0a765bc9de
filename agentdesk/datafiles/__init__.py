"""Content files (YAML) loaded with line numbers, and problem collection."""

from agentdesk.datafiles.loader import Located, Problems, load_yaml, load_yaml_text

__all__ = ["Located", "Problems", "load_yaml", "load_yaml_text"]
