"""`agentdesk coach check FILE…` and `agentdesk coach rules`: the phrase coach from a shell."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agentdesk.coach import RuleSet, analyse, load_rules
from agentdesk.errors import DataFileError
from agentdesk.paths import resolve_data_dir

EXIT_CLEAN, EXIT_FINDINGS, EXIT_BROKEN = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "coach",
        help="check texts with the phrase coach",
        description="Phrase coach: find unhelpful phrases, jargon and aggressive wording.",
    )
    commands = parser.add_subparsers(dest="coach_command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check text files (e-mail templates, macros) and print every finding",
        description='Print one line per finding: FILE:LINE:COL: category: "matched" → '
        "suggestion (why). Exit status: 0 nothing found, 1 findings, 2 broken rule files "
        "or unreadable input.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="text file; - reads standard input")
    _add_rule_options(check)
    rules = commands.add_parser(
        "rules",
        help="check rule files and count the rules per category",
        description="Load the bundled rules and any extra folders, report every problem as "
        "FILE:LINE: message (exit 2), or print the rule counts (exit 0).",
    )
    _add_rule_options(rules)
    # On the commands, so a bare `agentdesk coach` shows the group's help.
    check.set_defaults(handler=run)
    rules.set_defaults(handler=run)


def _add_rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", default="en", metavar="CODE", help="rule language: en, it or id (default: en)"
    )
    parser.add_argument(
        "--rules-dir",
        action="append",
        default=[],
        type=Path,
        metavar="DIR",
        help="folder of extra rule files (<language>.yaml, <language>-*.yaml) that extend or "
        "override the bundled ones; may be repeated",
    )


def run(args: argparse.Namespace) -> int:
    extra = list(args.rules_dir)
    team_rules = resolve_data_dir(getattr(args, "data_dir", None)).custom_content / "coach"
    if team_rules.is_dir():
        extra.insert(0, team_rules)  # the team's own rules, then any --rules-dir
    try:
        rules = load_rules(args.language, extra)
    except DataFileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_BROKEN
    if args.coach_command == "rules":
        return _print_counts(rules)
    return _check(args.files, rules)


def _print_counts(rules: RuleSet) -> int:
    print(f"{rules.language}: {len(rules.rules)} rules, {rules.phrase_count} phrases")
    for category, count in rules.counts().items():
        print(f"  {category}: {count}")
    for path in rules.files:
        print(f"  from {path}")
    return EXIT_CLEAN


def _check(names: list[str], rules: RuleSet) -> int:
    status = EXIT_CLEAN
    for name in names:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            print(f"{name}: cannot read ({reason})", file=sys.stderr)
            status = EXIT_BROKEN
            continue
        shown = "<stdin>" if name == "-" else name
        for finding in analyse(text, rules):
            line = text.count("\n", 0, finding.start) + 1
            column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
            matched = " ".join(finding.matched.split())
            print(
                f'{shown}:{line}:{column}: {finding.category}: "{matched}" → '
                f"{finding.suggestion} ({finding.why})"
            )
            status = max(status, EXIT_FINDINGS)
    return status
