"""`agentdesk user add|list|rename|language|password`: local accounts from the command line."""

from __future__ import annotations

import argparse

from agentdesk.cli.common import data_paths, database, read_secret
from agentdesk.cli.vault_access import add_vault_options


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="local accounts", description="Manage local accounts.")
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add = cmds.add_parser("add", help="add an account")
    add.add_argument("name", help="user name (letters, digits, . _ -)")
    add.add_argument("--role", required=True, choices=["representative", "team-leader"])
    add.add_argument("--display-name", help="name shown in the app (default: the user name)")
    add.add_argument(
        "--language",
        metavar="CODE",
        help="interface language, e.g. it or id (default: the workstation's system language)",
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.set_defaults(handler=_add)
    language = cmds.add_parser(
        "language",
        help="set an account's interface language (used from its next login, unless a call "
        "is open in the window then)",
    )
    language.add_argument("name", help="user name")
    language.add_argument("code", help='e.g. it, id or en; "system" follows the system language')
    language.set_defaults(handler=_language)
    password = cmds.add_parser(
        "password",
        help="change your own password (on the team database too, if this folder is joined)",
    )
    password.add_argument("name", help="your user name")
    password.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the current password, then the new one, from standard input (one a line)",
    )
    add_vault_options(password)
    password.set_defaults(handler=_password)
    lst = cmds.add_parser("list", help="list accounts")
    lst.set_defaults(handler=_list)
    rename = cmds.add_parser("rename", help="change an account's display name (what callers hear)")
    rename.add_argument("name", help="user name")
    rename.add_argument("--display-name", required=True, help='e.g. "Sam Rossi"')
    rename.set_defaults(handler=_rename)


def _service(args: argparse.Namespace, paths=None):
    from agentdesk.services.accounts import AccountService

    return AccountService(database(args, paths))


def _add(args: argparse.Namespace) -> int:
    from agentdesk.services.identity import SYSTEM, Role
    from agentdesk.storage.restore import journal_audit

    paths = data_paths(args)
    service = _service(args, paths)
    password = read_secret("Password: ", from_stdin=args.password_stdin, confirm=True)
    summary, _ = service.add_user(
        SYSTEM,
        args.name,
        args.display_name or args.name,
        password,
        Role(args.role),
        language=args.language,
    )
    # Audited at the next unlock (the command does not open the vault) — #15 item 16.
    journal_audit(
        paths, "account.created", account=summary.username, role=summary.role.value, by="cli"
    )
    print(f"Added {summary.username} ({summary.role.value}), shown as “{summary.display_name}”.")
    if not args.display_name:
        print(
            f"Callers will hear “This is {summary.display_name}”: give a real name with "
            f'`agentdesk user rename {summary.username} --display-name "…"`.'
        )
    return 0


def _password(args: argparse.Namespace) -> int:
    from agentdesk.cli.team import _team
    from agentdesk.cli.vault_access import open_data
    from agentdesk.services.accounts import AccountService

    old = read_secret("Current password: ", from_stdin=args.password_stdin)
    new = read_secret("New password: ", from_stdin=args.password_stdin, confirm=True)
    with open_data(args) as d:
        team = _team(d)
        who = AccountService(d.db).identity_of(args.name)
        team.change_password(who, old, new)
    print(f"Password changed for {who.username}; the old one no longer works.")
    return 0


def _language(args: argparse.Namespace) -> int:
    from agentdesk.services.identity import SYSTEM

    code = "" if args.code.strip().casefold() == "system" else args.code
    _service(args).set_language(SYSTEM, args.name, code)
    chosen = code.strip().casefold() or "the system language"
    print(
        f"{args.name.strip().casefold()} will see agentdesk in {chosen} from the next login "
        "(a window with a call, a note or an unsaved article open keeps its language until the "
        "login after that)."
    )
    return 0


def _rename(args: argparse.Namespace) -> int:
    from agentdesk.services.identity import SYSTEM

    _service(args).rename(SYSTEM, args.name, args.display_name)
    print(
        f"{args.name.strip().casefold()} is now shown as “{' '.join(args.display_name.split())}”."
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from agentdesk.services.identity import SYSTEM

    users = _service(args).list_users(SYSTEM)
    if not users:
        print("No accounts yet. Start the app to create the first team leader.")
        return 0
    width = max(len(u.username) for u in users)
    for u in users:
        last = u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "never"
        language = u.language or "system"
        print(
            f"{u.username:<{width}}  {u.role.value:<14}  {language:<6}  {u.display_name}  "
            f"(last login {last})"
        )
    return 0
