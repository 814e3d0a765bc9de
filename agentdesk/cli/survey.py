"""`agentdesk survey import`: the customer's verdict from a survey tool's CSV export (#19)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agentdesk.cli.vault_access import add_vault_options


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "survey", help="import survey results (CSAT, CES, NPS)", description="Survey results."
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    imp = cmds.add_parser(
        "import",
        help="import survey results from a CSV file (exit 1 if any row is bad or unmatched)",
        description="Columns, in any order: interaction_id, or caller_number and time (the "
        "call from that number in the hour before); then survey (csat, ces or nps) and "
        "score, or one column per scale (csat, ces, nps); comment is optional and stored "
        "encrypted. UTF-8, comma, semicolon or tab separated; a time without an offset is "
        "UTC. Bad rows are reported as FILE:LINE: what is expected; the good rows are "
        "imported. Importing the same file again adds nothing. Team leaders only.",
    )
    imp.add_argument("file", metavar="FILE.csv", type=Path)
    add_vault_options(imp)
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data
    from agentdesk.cli.words import print_problems, say
    from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP
    from agentdesk.services.surveys import SurveyService
    from agentdesk.surveys.csvfile import read_file

    path: Path = args.file
    try:
        data = read_file(path)
    except OSError as exc:
        reason = exc.strerror or "error"
        text = say(QT_TRANSLATE_NOOP("CommandLine", "{path}: cannot be read ({reason})."),
                   path=path, reason=reason)  # fmt: skip
        print(f"agentdesk: {text}", file=sys.stderr)
        return 2
    with open_data(args) as access:
        surveys = SurveyService(access.db, access.vault, access.audit, access.settings.phone_region)
        report = surveys.import_file(access.who, data, str(path))
    print_problems(report.problems)  # each names the file and line
    text = QT_TRANSLATE_NOOP(
        "CommandLine", "{path}: {added} answers added, {updated} updated; {bad} bad or unmatched."
    )
    print(say(text, path=path, added=report.added, updated=report.updated,
              bad=len(report.problems)))  # fmt: skip
    return 1 if report.problems else 0
