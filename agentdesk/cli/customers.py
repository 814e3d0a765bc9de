"""`agentdesk customers import`: customer records from a CSV file, encrypted as they arrive."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agentdesk.cli.vault_access import add_vault_options


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("customers", help="import customer records", description="Customer records.")
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    imp = cmds.add_parser(
        "import",
        help="import customers and their notes from a CSV file (exit 1 if any row is bad)",
        description="Columns: name (or first_name and surname), phone, email, "
        "form_of_address, type (codes separated by ;), tags (separated by ;), lawful_basis, "
        "notes (notes_2, notes_3, ... for more). UTF-8, comma or semicolon separated. "
        "Bad rows are reported as FILE:LINE: what is expected; the good rows are imported. "
        "Importing the same file again adds nothing.",
    )
    imp.add_argument("file", metavar="FILE.csv", type=Path)
    imp.add_argument(
        "--check", action="store_true", help="only check the file; import nothing (no key needed)"
    )
    add_vault_options(imp)
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    from agentdesk.cli.common import data_paths
    from agentdesk.cli.words import print_problems, say
    from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP
    from agentdesk.services.customer_import import CustomerImporter, ImportFileError, parse_csv
    from agentdesk.settings import load_settings

    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or "error"
        text = say(QT_TRANSLATE_NOOP("CommandLine", "{path}: cannot be read ({reason})."),
                   path=path, reason=reason)  # fmt: skip
        print(f"agentdesk: {text}", file=sys.stderr)
        return 2
    region = load_settings(data_paths(args).settings_file).settings.phone_region
    try:
        parsed = parse_csv(data, region)
    except ImportFileError as exc:
        print_problems(exc.problems, path)
        return 1
    if args.check:
        print_problems(parsed.problems, path)
        ready, bad = len(parsed.rows), len(parsed.problems)
        print(say(QT_TRANSLATE_NOOP("CommandLine", "{path}: {ready} rows ready, {bad} bad."),
                  path=path, ready=ready, bad=bad))  # fmt: skip
        return 1 if parsed.problems else 0
    if any(row.notes for row in parsed.rows) and not args.actor:
        text = QT_TRANSLATE_NOOP(
            "CommandLine",
            "{path} has notes, and every note needs an author: pass --as USER "
            "(see `agentdesk user list`).",
        )
        print(f"agentdesk: {say(text, path=path)}", file=sys.stderr)
        return 2
    from agentdesk.cli.vault_access import open_data

    with open_data(args) as data_access:
        report = CustomerImporter(data_access.customers, data_access.notes).import_rows(
            data_access.who, parsed
        )
    print_problems(report.problems, path)
    counts = {
        "path": path, "imported": report.imported, "notes": report.notes,
        "masked": report.notes_redacted, "already": report.already_imported,
        "bad": len(report.problems),
    }  # fmt: skip
    if report.notes_redacted:
        text = QT_TRANSLATE_NOOP(
            "CommandLine",
            "{path}: {imported} imported with {notes} notes, card details masked in {masked}; "
            "{already} already imported; {bad} bad.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "CommandLine",
            "{path}: {imported} imported with {notes} notes; {already} already imported; "
            "{bad} bad.",
        )
    print(say(text, **counts))
    return 0 if report.ok else 1
