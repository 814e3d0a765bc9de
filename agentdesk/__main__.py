"""Entry point: parse arguments, then run a command or start the desktop app."""

from __future__ import annotations

import os
import sys

from agentdesk.cli import build_parser
from agentdesk.errors import KnownError


def private_files() -> None:
    """Everything this process creates (database, key stores, backups, logs, exports) is for
    this user only: folders 0700, files 0600, whatever the umask was (#15 item 16)."""
    if os.name == "posix":
        os.umask(os.umask(0o077) | 0o077)


def main(argv: list[str] | None = None) -> int:
    private_files()
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if args.group and handler is None:
        # A group chosen without its sub-command: show the group's help.
        parser.parse_args([*argv, "--help"])
    if handler is None:
        from agentdesk.desktop.display import display_problem

        if problem := display_problem():
            # Said before Qt is imported: without a display Qt would abort (status 134).
            print(problem, file=sys.stderr)
            return 1
        from agentdesk.ui.launch import run

        return run(args)
    try:
        return int(handler(args) or 0)
    except KnownError as exc:
        from agentdesk.cli.words import error_words

        print(f"agentdesk: {error_words(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `agentdesk ... | head`: the reader left; no traceback, and none at exit either.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if getattr(args, "opened_databases", None):
            # Only commands that opened a database pay for importing the storage layer.
            from agentdesk.cli.common import close_databases

            close_databases(args)


if __name__ == "__main__":
    sys.exit(main())
