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
    "snippet.code": QT_TRANSLATE_NOOP(
        "Errors", "Code: '::' then lower-case letters, digits and hyphens (at most {limit})."
    ),
    "snippet.body_empty": QT_TRANSLATE_NOOP("Errors", "Text: the text must not be empty."),
    "snippet.not_placeholder": QT_TRANSLATE_NOOP(
        "Errors",
        "Text: '{text}' is not a placeholder: use {{caller_name}} or {{field:label}} "
        "(label up to {limit} characters).",
    ),
    "snippet.unknown_value": QT_TRANSLATE_NOOP(
        "Errors",
        "Text: unknown value '{name}' (known: {known}; use {{field:label}} for a blank the "
        "representative fills).",
    ),
    "article.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The article cannot be saved: check its id, title, category, language and tags."
    ),
    "article.id": QT_TRANSLATE_NOOP(
        "Errors",
        "The id must be a slug: lower-case letters, digits and single hyphens ('hold-etiquette').",
    ),
    "article.title": QT_TRANSLATE_NOOP("Errors", "The title must be one line of text, not empty."),
    "article.category": QT_TRANSLATE_NOOP(
        "Errors", "The category must be one line of text, not empty."
    ),
    "article.language": QT_TRANSLATE_NOOP("Errors", "The language must be one of {choices}."),
    "article.tags": QT_TRANSLATE_NOOP("Errors", "Each tag must be one line of text, given once."),
}
