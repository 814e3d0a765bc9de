"""The knowledge base: articles, canned responses and article feedback (services/kb)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "snippet.title_length": QT_TRANSLATE_NOOP("Errors", "Title: 1 to 200 characters."),
    "snippet.language": QT_TRANSLATE_NOOP("Errors", "Language: one of {choices}."),
    "kb_feedback.kind": QT_TRANSLATE_NOOP("Errors", "Feedback is 'helpful' or 'out_of_date'."),
    "kb_feedback.comment_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Comment: at most {limit} characters."
    ),
    "article.title_too_long": QT_TRANSLATE_NOOP("Errors", "Title: at most {limit} characters."),
    "article.category_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Category: at most {limit} characters."
    ),
    "kb.folder_unusable": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} cannot be created ({reason})."
    ),
    "kb.file_unwritable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({reason})."),
    "kb.search_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "Knowledge base search is not available on a {dialect} database yet."
    ),
}
