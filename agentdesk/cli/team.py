"""`agentdesk team init|join|upgrade|status|sync|rotate-key|audit-verify|audit-quarantine|
audit-reset|conflicts|refusals|user`: the team database."""

from __future__ import annotations

import argparse

from agentdesk.cli.common import data_paths, database, read_secret
from agentdesk.cli.vault_access import add_vault_options

# Cost of deriving an account's team secrets (tests lower it).
TEAM_PARAMS = None  # None: the password hashing default (agentdesk.accounts.passwords)


def _server_words(handler):
    """A refused login or an unreachable server said as such, not as a driver traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except Exception as exc:
            from sqlalchemy.exc import OperationalError

            if not isinstance(exc, OperationalError):
                raise
            from agentdesk.services.team import connection_error

            raise connection_error(exc) from None

    return run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "team",
        help="the shared team database (PostgreSQL)",
        description="Join this data folder to a team database shared by every workstation.",
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = cmds.add_parser("init", help="start a team database from this data folder (once)")
    init.add_argument(
        "--url",
        required=True,
        help="postgresql://OWNER@HOST/DATABASE; the "
        "owner's password from the URL or $PGPASSWORD, used once, never stored",
    )
    _user_options(init, "a team leader of this data folder")
    add_vault_options(init)
    init.set_defaults(handler=_server_words(_init))

    upgrade = cmds.add_parser(
        "upgrade", help="after installing a new version: the team database's schema and grants"
    )
    upgrade.add_argument(
        "--url",
        required=True,
        help="postgresql://OWNER@HOST/DATABASE; the owner's password from the URL or "
        "$PGPASSWORD, used once, never stored",
    )
    upgrade.set_defaults(handler=_server_words(_upgrade))

    join = cmds.add_parser("join", help="join an empty data folder to a team database")
    join.add_argument("--url", required=True, help="postgresql://HOST/DATABASE[?sslmode=...]")
    _user_options(join, "any account of the team")
    add_vault_options(join)
    join.set_defaults(handler=_server_words(_join))

    status = cmds.add_parser("status", help="what is waiting, and (with --user) the server")
    status.add_argument("--user", help="ask the server as this account (password asked)")
    status.add_argument("--password-stdin", action="store_true")
    status.set_defaults(handler=_server_words(_status))

    sync = cmds.add_parser("sync", help="push and pull now, once")
    _user_options(sync, "the account to sync as")
    add_vault_options(sync)
    sync.set_defaults(handler=_server_words(_sync))

    rotate = cmds.add_parser(
        "rotate-key",
        help="a new team key for every workstation (a team leader)",
        description="Re-wrap every data key and recompute every blind index under a new team "
        "key, sealed to each member; notes are not re-encrypted. Other workstations adopt it "
        "at their next sync. A removed account's copy of the old key opens nothing new.",
    )
    _user_options(rotate, "a team leader")
    add_vault_options(rotate)
    rotate.set_defaults(handler=_server_words(_rotate))

    audit = cmds.add_parser(
        "audit-verify",
        help="check every workstation's audit chain on the team database (a team leader)",
    )
    _user_options(audit, "a team leader")
    add_vault_options(audit)
    audit.set_defaults(handler=_server_words(_audit_verify))

    quarantine = cmds.add_parser(
        "audit-quarantine",
        help="move a forged entry out of a workstation's audit chain (the owner)",
        description="The entries at the given seqs of that workstation's chain on the team "
        "database move to a quarantine table, kept as evidence with who moved them, when and "
        "why (team leaders see them in audit-verify); the workstation then sends its own "
        "entries at those seqs at its next sync.",
    )
    quarantine.add_argument(
        "--url",
        required=True,
        help="postgresql://OWNER@HOST/DATABASE; the owner's password from the URL or "
        "$PGPASSWORD, used once, never stored",
    )
    quarantine.add_argument("--workstation", required=True, help="the workstation's id")
    quarantine.add_argument(
        "--seq", required=True, type=int, action="append", help="an entry's seq (repeatable)"
    )
    quarantine.add_argument("--reason", default="", help="why, kept with the entries")
    quarantine.set_defaults(handler=_server_words(_audit_quarantine))

    reset = cmds.add_parser(
        "audit-reset",
        help="let a workstation register its audit secret again (the owner)",
        description="For a workstation whose audit entries are refused because it lost the "
        "secret it registered (or someone else registered its id): the registration is "
        "forgotten; the workstation's next sync registers again, proving it holds its chain.",
    )
    reset.add_argument(
        "--url",
        required=True,
        help="postgresql://OWNER@HOST/DATABASE; the owner's password from the URL or "
        "$PGPASSWORD, used once, never stored",
    )
    reset.add_argument("--workstation", required=True, help="the workstation's id")
    reset.set_defaults(handler=_server_words(_audit_reset))

    conflicts = cmds.add_parser(
        "conflicts",
        help="fields edited on two workstations while apart (team leaders, --as)",
        description="The value each conflict replaced beside the value kept; --confirm ID "
        "closes one on every workstation (edit the record to put the other value back).",
    )
    conflicts.add_argument("--confirm", metavar="ID", help="confirm this conflict")
    add_vault_options(conflicts)
    conflicts.set_defaults(handler=_server_words(_conflicts))

    refusals = cmds.add_parser(
        "refusals", help="this workstation's changes the team database refused"
    )
    refusals.add_argument("--acknowledge", action="store_true", help="mark them all as seen")
    add_vault_options(refusals)
    refusals.set_defaults(handler=_server_words(_refusals))

    user = cmds.add_parser("user", help="team accounts").add_subparsers(
        dest="user_command", metavar="COMMAND", required=True
    )
    add = user.add_parser("add", help="add an account to the whole team")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["representative", "team-leader"])
    add.add_argument("--display-name")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the leader's password, then the new password, one a line",
    )
    add_vault_options(add)
    add.set_defaults(handler=_server_words(_user_add))
    remove = user.add_parser("remove", help="remove an account from every workstation")
    remove.add_argument("name")
    remove.add_argument("--password-stdin", action="store_true")
    add_vault_options(remove)
    remove.set_defaults(handler=_server_words(_user_remove))


def _user_options(parser: argparse.ArgumentParser, who: str) -> None:
    parser.add_argument("--user", required=True, help=who)
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def _params():
    from agentdesk.accounts.passwords import DEFAULT_PARAMS

    return TEAM_PARAMS or DEFAULT_PARAMS


def _team(d):
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.team import TeamService

    accounts = AccountService(d.db, params=_params())
    return TeamService(
        d.paths,
        d.db,
        d.vault,
        accounts,
        params=_params(),
        keyring_store=d.keyring_store,
        key_file=d.key_file,
        pending_store=d.pending_store,
        passphrase=d.passphrase,
        audits=(d.audit,),
    )


def _report(report) -> None:
    print(f"Sent {report.pushed} changes, received {report.pulled}.")
    for refusal in report.refused:
        print(
            f"Refused by the team database: {refusal.table_name} {refusal.row_id} "
            f"({refusal.reason})."
        )


def _init(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    password = read_secret("Your password: ", from_stdin=args.password_stdin)
    with open_data(args) as d:
        report = _team(d).init(args.url, args.user, password)
    print("Team database ready; this data folder is its first workstation.")
    _report(report)
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from agentdesk.services.team_setup import upgrade_server

    upgrade_server(args.url)
    print("Team database upgraded: schema, grants and row-level policies are current.")
    return 0


def _join(args: argparse.Namespace) -> int:
    from agentdesk.cli import vault_access
    from agentdesk.services.team_setup import join

    password = read_secret("Password: ", from_stdin=args.password_stdin)
    paths = data_paths(args)
    db = database(args, paths)
    join(
        paths,
        db,
        args.url,
        args.user,
        password,
        vault_access.KeyringOrKeyFile(paths, args),
        params=_params(),
    )
    with vault_access.open_data(args) as d:
        engine = _team(d).sync_engine(args.user.strip().casefold(), password)
        try:
            engine.register()  # this workstation's audit chain is claimed before anything else
            report = engine.pull()
        finally:
            engine.dispose_server()
    print(f"Joined the team database; received {report.pulled} changes.")
    return 0


def _status(args: argparse.Namespace) -> int:
    from agentdesk.services.team import NotJoinedError, TeamService
    from agentdesk.team import config

    paths = data_paths(args)
    if config.load(paths.root) is None:
        raise NotJoinedError("This data folder is not joined to a team database.")
    db = database(args, paths)
    password = read_secret("Password: ", from_stdin=args.password_stdin) if args.user else None
    # Status needs no keys: nothing is decrypted.
    status = TeamService(paths, db, None, None, params=_params()).status(args.user, password)
    print(f"Team database: {status.url}")
    print(f"This workstation: {status.workstation_id}")
    print(f"Changes waiting to be sent: {status.pending}")
    if status.reachable is False:
        print("Server: cannot be reached (working offline).")
    elif status.reachable:
        print(f"Server: reachable; {len(status.members)} members")
        for m in status.members:
            print(f"  {m.username:<20} {m.team_role}")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    password = read_secret("Password: ", from_stdin=args.password_stdin)
    with open_data(args) as d:
        engine = _team(d).sync_engine(args.user.strip().casefold(), password)
        try:
            _report(engine.sync())
        finally:
            engine.dispose_server()
    return 0


def _rotate(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    password = read_secret("Your password: ", from_stdin=args.password_stdin)
    with open_data(args) as d:
        done = _team(d).rotate_key(args.user, password)
    print(
        f"New team key: {done.keys_rewrapped} data keys re-wrapped, "
        f"{done.customers_reindexed} customers re-indexed, sealed to {done.members_resealed} "
        "members. Other workstations switch at their next sync."
    )
    if done.unreadable:
        print(
            f"{done.unreadable} wrapped key(s) or customer(s) that no team key opens were left "
            "as they were (not made by agentdesk, or damaged)."
        )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    password = read_secret("Your password: ", from_stdin=args.password_stdin)
    with open_data(args) as d:
        checks = _team(d).verify_server_audit(args.user, password)
    for c in checks:
        state = "intact" if c.ok else f"BROKEN at entry {c.first_broken}"
        print(f"workstation {c.workstation}: {c.entries} entries, {state}")
        for q in c.quarantined:
            print(
                f"    quarantined: entry {q.seq} ({q.action} by {q.actor}), moved by {q.by} "
                f"at {q.at:%Y-%m-%d %H:%M}: {q.reason}"
            )
    print(f"{len(checks)} audit chain(s) on the team database.")
    return 0 if all(c.ok for c in checks) else 1


def _audit_quarantine(args: argparse.Namespace) -> int:
    from agentdesk.services.team_audit import quarantine_audit_entries

    moved = quarantine_audit_entries(args.url, args.workstation, args.seq, args.reason)
    print(
        f"Moved {moved} entr{'y' if moved == 1 else 'ies'} of workstation {args.workstation} "
        "to quarantine; it sends its own at its next sync."
    )
    return 0


def _audit_reset(args: argparse.Namespace) -> int:
    from agentdesk.services.team_audit import reset_audit_credential

    reset_audit_credential(args.url, args.workstation)
    print(f"Workstation {args.workstation} registers its audit secret again at its next sync.")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data
    from agentdesk.services.team_review import TeamReviewService

    with open_data(args) as d:
        review = TeamReviewService(d.db, d.vault, d.audit)
        if args.confirm:
            review.confirm(d.who, args.confirm)
            print("Confirmed; the record keeps its current value on every workstation.")
            return 0
        found = review.conflicts(d.who)
        for c in found:
            print(f"{c.id}  {c.at:%Y-%m-%d %H:%M}  {c.table_name} {c.record!r}: {c.field}")
            print(f"    now:      {c.current}")
            print(f"    replaced: {c.kept}")
        print(f"{len(found)} open conflict(s).")
    return 0


def _refusals(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data
    from agentdesk.services.team_review import TeamReviewService

    with open_data(args) as d:
        review = TeamReviewService(d.db, d.vault, d.audit)
        if args.acknowledge:
            review.acknowledge_refusals(d.who)
            print("Acknowledged.")
            return 0
        found = review.refusals(d.who)
        for r in found:
            print(f"{r.at:%Y-%m-%d %H:%M}  {r.op} {r.table_name} {r.row_id}: {r.reason}")
        print(f"{len(found)} refused change(s) not yet acknowledged.")
    return 0


def _leader(args: argparse.Namespace) -> str:
    from agentdesk.cli.vault_access import VaultAccessError

    if not args.actor:
        raise VaultAccessError("Name the team leader doing this with --as USER.")
    return args.actor


def _user_add(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data
    from agentdesk.services.identity import Role

    leader = _leader(args)
    leader_password = read_secret("Team leader's password: ", from_stdin=args.password_stdin)
    password = read_secret(
        "New account's password: ", from_stdin=args.password_stdin, confirm=not args.password_stdin
    )
    with open_data(args) as d:
        name = _team(d).add_member(
            leader,
            leader_password,
            args.name,
            args.display_name or args.name,
            password,
            Role(args.role),
        )
    print(f"Added {name} ({args.role}) to the team: they can log in at any workstation.")
    return 0


def _user_remove(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    leader = _leader(args)
    leader_password = read_secret("Team leader's password: ", from_stdin=args.password_stdin)
    with open_data(args) as d:
        _team(d).remove_member(leader, leader_password, args.name)
    print(f"Removed {args.name}: they can no longer log in at any workstation.")
    return 0
