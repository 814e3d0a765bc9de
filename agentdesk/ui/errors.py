"""Known errors in the user's language: one translatable text per error code.

Services raise KnownError with an English default, a ``code`` and parameters; widgets show
``error_text(exc)``, which looks the code up here and fills ``{name}`` parameters in the
translated text. An error without a code (or with one this table does not know) falls back
to its English sentence, so nothing is ever shown blank. The English texts here are the
services' sentences word for word: only the translations differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.errors import KnownError

CONTEXT = "Errors"

TEXTS: dict[str, str] = {
    "not_found.interaction": QT_TRANSLATE_NOOP("Errors", "No such interaction."),
    "not_found.customer": QT_TRANSLATE_NOOP("Errors", "No such customer."),
    "purge.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "Retention would remove {count} of {total} {kind}: more than half, so nothing was "
        "removed. Check the retention settings and the computer's clock.",
    ),
    "not_found.customer_contact": QT_TRANSLATE_NOOP(
        "Errors", "No customer has that phone number or e-mail address."
    ),
    "not_found.note": QT_TRANSLATE_NOOP("Errors", "No such note."),
    "not_found.message": QT_TRANSLATE_NOOP("Errors", "No such message."),
    "not_found.feedback": QT_TRANSLATE_NOOP("Errors", "No such feedback."),
    "not_found.directory_entry": QT_TRANSLATE_NOOP("Errors", "No such directory entry."),
    "not_found.article": QT_TRANSLATE_NOOP("Errors", "There is no article '{article}'."),
    "not_found.article_version": QT_TRANSLATE_NOOP(
        "Errors", "That version of the article does not exist."
    ),
    "not_found.snippet": QT_TRANSLATE_NOOP("Errors", "There is no canned response '{snippet}'."),
    "not_found.flow": QT_TRANSLATE_NOOP("Errors", "No call flow '{flow}' is loaded."),
    "denied.own_interactions": QT_TRANSLATE_NOOP(
        "Errors", "You can only open your own interactions."
    ),
    "denied.notes_own_customers": QT_TRANSLATE_NOOP(
        "Errors", "You can add notes to customers you serve."
    ),
    "denied.customers_served": QT_TRANSLATE_NOOP(
        "Errors", "You can open customers you have served; ask a team leader for others."
    ),
    "denied.edit_note": QT_TRANSLATE_NOOP(
        "Errors", "Only the author or a team leader can edit a note."
    ),
    "denied.note_versions": QT_TRANSLATE_NOOP(
        "Errors", "Only the author or a team leader can read versions."
    ),
    "denied.message_notes": QT_TRANSLATE_NOOP(
        "Errors", "Only the taker or a team leader can add notes."
    ),
    "denied.message_status": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person a message is for, whoever took it or a team leader can change its "
        "status.",
    ),
    "invalid.message_status": QT_TRANSLATE_NOOP("Errors", "Message status: one of {choices}."),
    "denied.call_linked_other": QT_TRANSLATE_NOOP(
        "Errors",
        "This call is already linked to another customer; you can open customers you have "
        "served.",
    ),
    "denied.link_reason": QT_TRANSLATE_NOOP(
        "Errors",
        "This record's phone number is not the number calling: link it to the call only once "
        "the caller has answered the security questions, and say so.",
    ),
    "denied.link_outside_call": QT_TRANSLATE_NOOP(
        "Errors", "Outside a live call you can link only customers you have served."
    ),
    "denied.acknowledge_feedback": QT_TRANSLATE_NOOP(
        "Errors", "Only the representative it is for can acknowledge it."
    ),
    # TODO(#16): ``action`` is still an English phrase from the service; give actions codes.
    "denied.team_leader_only": QT_TRANSLATE_NOOP("Errors", "Only a team leader can {action}."),
    "data_file": QT_TRANSLATE_NOOP("Errors", "{problems}"),  # file:line: problem, one a line
    "survey.unknown_kind": QT_TRANSLATE_NOOP("Errors", "Survey: one of {choices}."),
    "survey.score_range": QT_TRANSLATE_NOOP(
        "Errors", "{kind} score: a whole number from {low} to {high}."
    ),
    "support.unknown_needs": QT_TRANSLATE_NOOP("Errors", "Unknown needs: {values}."),
    "support.unknown_adjustments": QT_TRANSLATE_NOOP("Errors", "Unknown adjustments: {values}."),
    "support.unknown_channel": QT_TRANSLATE_NOOP("Errors", "Confirm by: one of {choices}."),
    "login.failed": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "login.throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts. Try again in {seconds} s."
    ),
    "journal.write": QT_TRANSLATE_NOOP(
        "Errors",
        "The call step could not be kept on disk; check the free space of the data folder.",
    ),
}


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: its code's text in the user's language, parameters filled."""
    code = getattr(exc, "code", None) if isinstance(exc, KnownError) else None
    template = TEXTS.get(code or "")
    if template is None:
        return str(exc)
    text = QCoreApplication.translate(CONTEXT, template)
    for name, value in getattr(exc, "params", {}).items():
        text = text.replace("{" + name + "}", str(value))
    return text
