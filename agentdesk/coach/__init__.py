"""Phrase coach: rule files per language, the analyser, and the assertiveness builder."""

from agentdesk.coach.analyser import analyse, apply, apply_all
from agentdesk.coach.assertive import Statement, build_statement
from agentdesk.coach.model import CATEGORIES, Finding, Rule
from agentdesk.coach.rules import RuleSet, available_languages, load_rules, parse_rules_text

__all__ = [
    "CATEGORIES",
    "Finding",
    "Rule",
    "RuleSet",
    "Statement",
    "analyse",
    "apply",
    "apply_all",
    "available_languages",
    "build_statement",
    "load_rules",
    "parse_rules_text",
]
