"""`agentdesk kb import|export|search|reindex`: the knowledge base from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from agentdesk.cli.common import data_paths, database
from agentdesk.i18n import bundled_languages


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "kb",
        help="knowledge base import, export and search",
        description="Knowledge base articles (*.md) and canned responses (*.yaml).",
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    imp = cmds.add_parser(
        "import",
        help="import articles (*.md) and canned responses (*.yaml) from a folder "
        "(exit 1 if a file had problems; the good ones are imported)",
    )
    imp.add_argument(
        "folder", type=Path, nargs="?", help="default: the bundled starter articles and responses"
    )
    imp.add_argument(
        "--language",
        choices=bundled_languages(),
        help="language of files that do not say (default: en)",
    )
    imp.add_argument(
        "--strict",
        action="store_true",
        help="derive nothing: every file needs id, title, category, language and updated",
    )
    imp.set_defaults(handler=_import)
    exp = cmds.add_parser("export", help="write every article to a folder, one .md each")
    exp.add_argument("folder", type=Path)
    exp.set_defaults(handler=_export)
    find = cmds.add_parser("search", help="search articles and print ranked titles")
    find.add_argument("query", nargs="+", help="words to search for (the last may be partial)")
    find.add_argument("--limit", type=int, default=10, help="at most this many (default 10)")
    find.add_argument("--category", help="only this category")
    find.add_argument("--tag", action="append", default=[], help="only with this tag (repeat)")
    find.add_argument("--language", choices=bundled_languages(), help="only this language")
    find.add_argument("--snippets", action="store_true", help="print a snippet under each title")
    find.set_defaults(handler=_search)
    cmds.add_parser("reindex", help="rebuild the full-text search index").set_defaults(
        handler=_reindex
    )


def _import(args: argparse.Namespace) -> int:
    from agentdesk.cli.words import say
    from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP
    from agentdesk.services.identity import SYSTEM
    from agentdesk.services.kb import KnowledgeService, SnippetService

    if args.folder is None:
        from agentdesk.paths import resources_dir

        args.folder = resources_dir() / "kb"
    paths = data_paths(args)
    db = database(args, paths)
    if not args.folder.is_dir():
        text = say(QT_TRANSLATE_NOOP("CommandLine", "{path} is not a folder."), path=args.folder)
        print(f"agentdesk: {text}", file=sys.stderr)
        return 2
    language = None if args.strict else (args.language or "en")
    articles = KnowledgeService(db).import_dir(SYSTEM, args.folder, language=language)
    for note in articles.derived:
        print(note)
    snippets = None
    if any(args.folder.rglob("*.yaml")):
        snippets = SnippetService(db).import_dir(SYSTEM, args.folder)
    for problem in articles.problems + (snippets.problems if snippets else ()):
        print(problem, file=sys.stderr)
    counts = {"added": articles.added, "updated": articles.updated}
    text = QT_TRANSLATE_NOOP(
        "CommandLine", "Articles: {added} added, {updated} updated, {unchanged} unchanged."
    )
    print(say(text, **counts, unchanged=articles.unchanged))
    if snippets is not None:
        text = QT_TRANSLATE_NOOP(
            "CommandLine",
            "Canned responses: {added} added, {updated} updated, {unchanged} unchanged.",
        )
        print(say(text, added=snippets.added, updated=snippets.updated,
                  unchanged=snippets.unchanged))  # fmt: skip
    problems = len(articles.problems) + (len(snippets.problems) if snippets else 0)
    if problems:
        text = QT_TRANSLATE_NOOP(
            "CommandLine",
            "{count} problem(s) found; those files or entries were not imported.",
        )
        print(say(text, count=problems))
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    from agentdesk.services.kb import KnowledgeService

    written = KnowledgeService(database(args)).export_dir(args.folder)
    print(f"Exported {written} article(s) to {args.folder}.")
    return 0


def _search(args: argparse.Namespace) -> int:
    from agentdesk.kb.records import HIGHLIGHT_END, HIGHLIGHT_START
    from agentdesk.services.kb import KnowledgeService

    service = KnowledgeService(database(args))
    query = " ".join(args.query)
    hits = service.search(
        query,
        tags=args.tag,
        category=args.category,
        language=args.language,
        limit=max(1, args.limit),
    )
    if not hits:
        print("No articles found.")
        for suggestion in service.suggest(query):
            print(f"Did you mean: {suggestion}")
        return 0
    for rank, hit in enumerate(hits, start=1):
        print(f"{rank:>3}. {hit.title}  [{hit.id}]")
        if args.snippets and hit.snippet:
            print("     " + hit.snippet.replace(HIGHLIGHT_START, "*").replace(HIGHLIGHT_END, "*"))
    return 0


def _reindex(args: argparse.Namespace) -> int:
    from agentdesk.services.identity import SYSTEM
    from agentdesk.services.kb import KnowledgeService

    KnowledgeService(database(args)).rebuild_index(SYSTEM)
    print("Search index rebuilt.")
    return 0
