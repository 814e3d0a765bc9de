"""`agentdesk desktop-entry install|remove`: the per-user menu entry and icon (XDG)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "desktop-entry",
        help="add agentdesk to the desktop's application menu (this user)",
        description="Write or remove agentdesk.desktop and its icon under $XDG_DATA_HOME "
        "(default ~/.local/share), following the freedesktop.org Desktop Entry and Icon "
        "Theme specifications. The entry starts this installation of agentdesk; with "
        "--data-dir before the command, it starts it on that data folder.",
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    cmds.add_parser("install", help="write the menu entry and the icon")
    cmds.add_parser("remove", help="delete what install wrote")
    cmds.add_parser("show", help="print the entry install would write")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from agentdesk.desktop.entry import (
        Locations,
        desktop_entry_text,
        install,
        launcher_command,
        remove,
    )

    command = launcher_command(getattr(args, "data_dir", None))
    if args.command == "show":
        sys.stdout.write(desktop_entry_text(command))
        return 0
    locations = Locations.for_user()
    if args.command == "install":
        install(locations, command)
        print(f"agentdesk is in the application menu: {locations.desktop_file}")
        return 0
    removed = remove(locations)
    if removed:
        print(f"removed {len(removed)} files (the menu entry and its icons)")
    else:
        print("agentdesk had no menu entry for this user; nothing to remove")
    return 0
