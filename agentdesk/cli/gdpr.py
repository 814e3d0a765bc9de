"""`agentdesk gdpr export|erase|purge|audit-verify|rotate-key`: data-subject rights and upkeep."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

from agentdesk.cli.vault_access import add_vault_options

WHO_HELP = "the customer's id, phone number (any common format) or e-mail address"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "gdpr",
        help="export, erase, purge, audit and key rotation",
        description="Data-subject requests and data-protection upkeep. Every command needs the "
        "vault: the system keyring, or the key file's passphrase from --passphrase-file or "
        "--passphrase-stdin.",
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    export = cmds.add_parser(
        "export", help="everything held about one customer, decrypted, as JSON"
    )
    export.add_argument("--customer", required=True, metavar="WHO", help=WHO_HELP)
    export.add_argument("--out", required=True, metavar="FILE.json", type=Path)
    export.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    export.set_defaults(handler=_export)

    erase = cmds.add_parser(
        "erase", help="erase one customer: rows deleted, data keys destroyed (no undo)"
    )
    erase.add_argument("--customer", required=True, metavar="WHO", help=WHO_HELP)
    erase.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (needed without a terminal)"
    )
    erase.set_defaults(handler=_erase)

    purge = cmds.add_parser(
        "purge", help="remove what is past the retention periods in the settings; prints counts"
    )
    purge.add_argument(
        "--allow-large",
        action="store_true",
        help="remove even when that is more than half of all customers or notes",
    )
    purge.set_defaults(handler=_purge)

    verify = cmds.add_parser(
        "audit-verify", help="check the audit chain (exit 1 if an entry was changed or removed)"
    )
    verify.set_defaults(handler=_audit_verify)

    rotate = cmds.add_parser(
        "rotate-key",
        help="new master key: data keys re-wrapped, lookup indexes rebuilt, audit chain re-signed",
    )
    new_source = rotate.add_mutually_exclusive_group()
    new_source.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help="new passphrase for the key file (default: keep the current one)",
    )
    new_source.add_argument(
        "--new-passphrase-stdin",
        action="store_true",
        help="read the new key-file passphrase from the first line of standard input",
    )
    rotate.set_defaults(handler=_rotate_key)

    for command in (export, erase, purge, verify, rotate):
        add_vault_options(command)


def _export(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    out: Path = args.out
    if out.exists() and not args.force:
        print(f"agentdesk: {out} exists; pass --force to replace it.", file=sys.stderr)
        return 2
    with open_data(args) as d:
        cid = d.customers.resolve(d.who, args.customer)
        data = d.gdpr.export_customer(d.who, cid)
    _write_private(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    print(
        f"Exported customer {cid}: {len(data['notes'])} notes, "
        f"{len(data['interactions'])} interactions, {len(data['audit'])} audit entries "
        f"to {out}. It holds personal data in clear: hand it over securely, then delete it."
    )
    return 0


def _write_private(path: Path, text: str) -> None:
    """Owner-only file, written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _erase(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    interactive = not args.yes
    if interactive and not (sys.stdin is not None and sys.stdin.isatty()):
        print(
            "agentdesk: erasing cannot be undone; without a terminal to confirm on, pass --yes.",
            file=sys.stderr,
        )
        return 2
    with open_data(args) as d:
        cid = d.customers.resolve(d.who, args.customer)
        if interactive:
            card = d.customers.open_card(d.who, cid)
            print(f"Customer {cid}: {card.display_name}, {len(card.notes)} notes.")
            answer = input("Erase everything held about this customer? Type 'erase' to confirm: ")
            if answer.strip().casefold() != "erase":
                print("Nothing was erased.")
                return 1
        d.gdpr.erase_customer(d.who, cid)
    print(f"Erased customer {cid}: their records are deleted and their data keys destroyed.")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data
    from agentdesk.services.gdpr import PurgeTooLargeError, retention_from

    with open_data(args) as d:
        policy = retention_from(d.settings)
        try:
            report = d.gdpr.purge(d.who, policy, allow_large=args.allow_large)
        except PurgeTooLargeError as exc:
            print(str(exc), file=sys.stderr)
            return 1
    print(
        f"Retention (days; 0 keeps): notes {policy.notes_days}, call details "
        f"{policy.interactions_days}, inactive customers {policy.inactive_customers_days}."
    )
    print(
        f"Purged {report.notes} notes, call details of {report.interactions} interactions, "
        f"{report.customers} inactive customers."
    )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import open_data

    with open_data(args) as d:
        check = d.gdpr.verify_audit()
    print(f"Audit log: {check.entries} entries checked.")
    if check.first_broken is not None:
        print(f"BROKEN: entry {check.first_broken} was changed, or an entry before it was removed.")
        return 1
    if check.truncated:
        print("BROKEN: entries were removed from the end of the log.")
        return 1
    if check.rolled_back:
        print(
            f"BROKEN: the key store recorded {check.anchored or 'an unknown number of'} "
            "entries; the log has been cut back or replaced by an older copy."
        )
        return 1
    if check.cut_backs:
        where = ", ".join(str(seq) for seq in check.cut_backs)
        print(
            "BROKEN: entries were removed (the log cut back, or the database replaced by an "
            f"older copy) and found at a later start; recorded at entry {where}."
        )
        return 1
    print("OK: no entry was changed or removed.")
    return 0


def _rotate_key(args: argparse.Namespace) -> int:
    from agentdesk.cli.vault_access import (
        VaultAccessError,
        open_data,
        read_first_line,
        read_passphrase_file,
    )

    if args.new_passphrase_stdin and args.passphrase_stdin:
        raise VaultAccessError(
            "Standard input can carry one passphrase: give the current or the new one in a file."
        )
    new_passphrase = None
    if args.new_passphrase_file is not None:
        new_passphrase = read_passphrase_file(args.new_passphrase_file)
    elif args.new_passphrase_stdin:
        new_passphrase = read_first_line(sys.stdin)
    with open_data(args) as d:
        from agentdesk.cli.vault_access import pending_key_file_for
        from agentdesk.services.rotation import rotate_master_key

        report = rotate_master_key(
            d.paths,
            d.db,
            d.vault,
            keyring_store=d.keyring_store,
            key_file=d.key_file,
            pending_store=d.pending_store,
            pending_file=pending_key_file_for(d.paths),
            # A key kept in the key file keeps its passphrase unless a new one is given.
            new_passphrase=new_passphrase or d.passphrase,
            current_passphrase=d.passphrase,
        )
    print(
        f"New master key in use: {report.keys_rewrapped} data keys re-wrapped, "
        f"{report.customers_reindexed} customers re-indexed, "
        f"{report.audit_entries} audit entries re-signed."
    )
    return 0
