"""`agentdesk flows check|check-alphabet|spell`: validate call flows and spelling alphabets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "flows",
        help="validate call-flow files",
        description="Check call-flow and phonetic-alphabet files before the team uses them.",
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    check = cmds.add_parser(
        "check",
        help="validate flow files (exit 1 on any problem)",
        description="Report every problem as FILE:LINE: step 'id': message: unknown or "
        "unreachable steps, steps with no way to a closing, unknown placeholders, duplicate "
        "or reserved shortcuts, unknown keys, bad YAML.",
    )
    check.add_argument(
        "files", nargs="*", metavar="FILE", type=Path, help="flow files (default: the bundled ones)"
    )
    check.add_argument(
        "--alphabets",
        metavar="DIR",
        type=Path,
        help="folder of phonetic alphabets the flows may name (default: the bundled ones)",
    )
    alphabet = cmds.add_parser(
        "check-alphabet", help="validate phonetic alphabet files (exit 1 on any problem)"
    )
    alphabet.add_argument("files", nargs="+", metavar="FILE", type=Path)
    spell = cmds.add_parser("spell", help="spell a name letter by letter, as read to a caller")
    spell.add_argument("name")
    spell.add_argument("--alphabet", default="nato", help="alphabet id (default: nato)")
    spell.add_argument("--alphabets", metavar="DIR", type=Path, help="folder of alphabets")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args.files, args.alphabets)
    if args.command == "check-alphabet":
        return _check_alphabets(args.files)
    return _spell(args.name, args.alphabet, args.alphabets)


def _alphabet_dir(folder: Path | None) -> Path:
    from agentdesk.flows import bundled_alphabets_dir

    return folder if folder is not None else bundled_alphabets_dir()


def _check(files: list[Path], alphabets: Path | None) -> int:
    from agentdesk.errors import DataFileError
    from agentdesk.flows.loader import load_flow_file
    from agentdesk.flows.phonetic import load_alphabets

    if not files:
        from agentdesk.flows import bundled_flows_dir

        files = sorted(bundled_flows_dir().glob("*.yaml"))
    failed = False
    known: set[str] | None
    try:
        known = set(load_alphabets(_alphabet_dir(alphabets)))
    except DataFileError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        known, failed = None, True
    for path in files:
        try:
            flow = load_flow_file(path, known_alphabets=known)
        except DataFileError as exc:
            print("\n".join(exc.problems), file=sys.stderr)
            failed = True
        else:
            print(f"{path}: ok (flow '{flow.id}', {len(flow.steps)} steps)")
    return 1 if failed else 0


def _check_alphabets(files: list[Path]) -> int:
    from agentdesk.errors import DataFileError
    from agentdesk.flows.phonetic import load_alphabet

    failed = False
    for path in files:
        try:
            alphabet = load_alphabet(path)
        except DataFileError as exc:
            print("\n".join(exc.problems), file=sys.stderr)
            failed = True
        else:
            print(f"{path}: ok (alphabet '{alphabet.id}', {len(alphabet.letters)} letters)")
    return 1 if failed else 0


def _spell(name: str, alphabet_id: str, alphabets: Path | None) -> int:
    from agentdesk.errors import DataFileError
    from agentdesk.flows.phonetic import load_alphabets, read_back, spell

    try:
        found = load_alphabets(_alphabet_dir(alphabets))
    except DataFileError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return 1
    if alphabet_id not in found:
        print(
            f"agentdesk: no alphabet '{alphabet_id}' (have: {', '.join(sorted(found))})",
            file=sys.stderr,
        )
        return 1
    print(read_back(spell(name, found[alphabet_id]), found[alphabet_id]))
    return 0
