"""A call in progress: the call engine, its event log, and the hold, transfer, verification,
message and call-back procedures (agentdesk/flows)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # The engine (flows/engine.py).
    "call.no_transition": QT_TRANSLATE_NOOP("Errors", "Step '{step}' has no transition {index}."),
    "call.blocked": QT_TRANSLATE_NOOP("Errors", "'{label}' is not possible yet."),
    "call.wrap_up_incomplete": QT_TRANSLATE_NOOP("Errors", "The wrap-up is not complete."),
    "call.no_step": QT_TRANSLATE_NOOP("Errors", "Flow '{flow}' has no step '{step}'."),
    "call.no_field": QT_TRANSLATE_NOOP("Errors", "Flow '{flow}' has no field '{field}'."),
    "call.no_check": QT_TRANSLATE_NOOP("Errors", "Flow '{flow}' has no check '{check}'."),
    "call.end_reason": QT_TRANSLATE_NOOP(
        "Errors", "The end reason '{reason}' must be lower-case letters, digits or _."
    ),
    "call.unknown_event": QT_TRANSLATE_NOOP("Errors", "Unknown procedure event '{kind}'."),
    "call.event_data": QT_TRANSLATE_NOOP(
        "Errors", "The event '{kind}' holds data that cannot be stored."
    ),
    "call.already_on_hold": QT_TRANSLATE_NOOP("Errors", "The caller is already on hold."),
    "call.not_on_hold": QT_TRANSLATE_NOOP("Errors", "The caller is not on hold."),
    "call.not_now.ready": QT_TRANSLATE_NOOP("Errors", "Not possible before the call starts."),
    "call.not_now.in_call": QT_TRANSLATE_NOOP("Errors", "Not possible while the call goes on."),
    "call.not_now.wrap_up": QT_TRANSLATE_NOOP("Errors", "Not possible during the wrap-up."),
    "call.not_now.done": QT_TRANSLATE_NOOP("Errors", "Not possible: the call is finished."),
    # A field of the flow (flows/schema.py coerce_value).
    "call.field.not_yes_no": QT_TRANSLATE_NOOP("Errors", "{label}: expected yes or no."),
    "call.field.not_tags": QT_TRANSLATE_NOOP("Errors", "{label}: expected a list of tags."),
    "call.field.unknown_tags": QT_TRANSLATE_NOOP(
        "Errors", "{label}: expected tags among {choices}."
    ),
    "call.field.not_text": QT_TRANSLATE_NOOP("Errors", "{label}: expected text."),
    "call.field.too_long": QT_TRANSLATE_NOOP("Errors", "{label}: at most {limit} characters."),
    "call.field.unknown_choice": QT_TRANSLATE_NOOP("Errors", "{label}: expected one of {choices}."),
    "call.field.date": QT_TRANSLATE_NOOP("Errors", "{label}: expected a date as YYYY-MM-DD."),
    "call.field.datetime": QT_TRANSLATE_NOOP(
        "Errors", "{label}: expected a date and time as YYYY-MM-DDTHH:MM."
    ),
    # A stored call's event log read back (flows/events.py, flows/state.py).
    "call_log.keys": QT_TRANSLATE_NOOP(
        "Errors", "An event log entry does not have the expected keys."
    ),
    "call_log.types": QT_TRANSLATE_NOOP(
        "Errors", "Event log entry {seq} has a value of the wrong type."
    ),
    "call_log.unreadable": QT_TRANSLATE_NOOP("Errors", "Event log entry {seq} cannot be read."),
    "call_log.unknown_step": QT_TRANSLATE_NOOP(
        "Errors", "The event log names step '{step}', which flow '{flow}' does not have."
    ),
    "call_log.gap": QT_TRANSLATE_NOOP(
        "Errors", "Event {seq} follows event {previous}: the log has a gap."
    ),
    "call_log.no_start": QT_TRANSLATE_NOOP(
        "Errors", "The event log does not begin with the start of a call."
    ),
    "call_log.other_flow": QT_TRANSLATE_NOOP(
        "Errors", "The event log is not a call of flow '{flow}'."
    ),
    # A screen pop from the softphone (callpop/protocol.py).
    "callpop.number_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The caller number must be digits, optionally with a leading + and spaces, "
        "brackets, dots or dashes (3 to 32 characters).",
    ),
    # Verification (flows/verify.py).
    "verify.no_verify_step": QT_TRANSLATE_NOOP(
        "Errors", "Verification: this flow has no verify step."
    ),
    "verify.not_enough_matched": QT_TRANSLATE_NOOP(
        "Errors", "Verification: {matched} of {required} needed answers match."
    ),
    # Hold (flows/hold.py).
    "hold.reason_missing": QT_TRANSLATE_NOOP("Errors", "Hold: say why first."),
    "hold.reason_too_long": QT_TRANSLATE_NOOP("Errors", "Hold: at most {limit} characters."),
    "hold.estimate_invalid": QT_TRANSLATE_NOOP("Errors", "Hold: the estimate is 1 s to 60 min."),
    "hold.new_estimate_type": QT_TRANSLATE_NOOP("Errors", "Hold: the new estimate is in seconds."),
    "hold.new_estimate_range": QT_TRANSLATE_NOOP(
        "Errors", "Hold: the new estimate is 0 s to 60 min."
    ),
    "hold.answer_invalid": QT_TRANSLATE_NOOP("Errors", "Hold: answer one of {choices}."),
    "hold.callback_offer_needed": QT_TRANSLATE_NOOP(
        "Errors", "Hold: the wait may pass the limit; offer a call-back before holding."
    ),
    "hold.permission_missing": QT_TRANSLATE_NOOP(
        "Errors", "Hold: ask the caller and record their yes first."
    ),
    "hold.on_hold": QT_TRANSLATE_NOOP("Errors", "Hold: the caller is on hold already."),
    "hold.not_on_hold": QT_TRANSLATE_NOOP("Errors", "Hold: the caller is not on hold."),
    "hold.not_asked": QT_TRANSLATE_NOOP("Errors", "Hold: ask the caller first (why and how long)."),
    # Transfer (flows/transfer.py).
    "transfer.already_started": QT_TRANSLATE_NOOP("Errors", "Transfer: one is under way already."),
    "transfer.self_help_unconfirmed": QT_TRANSLATE_NOOP(
        "Errors", "Transfer: only when you cannot help yourself."
    ),
    "transfer.target_missing": QT_TRANSLATE_NOOP("Errors", "Transfer: pick who to transfer to."),
    "transfer.reason_missing": QT_TRANSLATE_NOOP("Errors", "Transfer: say why they can help."),
    "transfer.too_long": QT_TRANSLATE_NOOP("Errors", "Transfer: at most {limit} characters."),
    "transfer.not_explained": QT_TRANSLATE_NOOP(
        "Errors", "Transfer: tell the caller why and to whom first."
    ),
    "transfer.not_started": QT_TRANSLATE_NOOP(
        "Errors", "Transfer: start it (tell the caller) first."
    ),
    "transfer.failure_reason_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Transfer: the reason is one of {choices}."
    ),
    # Taking a message (flows/message.py).
    "message.incomplete": QT_TRANSLATE_NOOP("Errors", "Message: some parts are missing or wrong."),
    "message.read_back_missing": QT_TRANSLATE_NOOP(
        "Errors", "Message: read it back and have the caller confirm it first."
    ),
    # Booking a call-back (flows/callback.py).
    "callback.number_missing": QT_TRANSLATE_NOOP("Errors", "Call-back: give the number to call."),
    "callback.number_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Call-back: that is not a phone number; check the digits."
    ),
    "callback.due_missing": QT_TRANSLATE_NOOP("Errors", "Call-back: pick when to call back."),
    "callback.window_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Call-back: the end of the window must be after its start."
    ),
    "callback.reason_missing": QT_TRANSLATE_NOOP("Errors", "Call-back: say what it is about."),
    "callback.reason_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Call-back: the reason is at most {limit} characters."
    ),
    # Messages taken and the transfer directory (services/messages.py, services/directory.py).
    "invalid.message_status": QT_TRANSLATE_NOOP("Errors", "Message status: one of {choices}."),
    "directory.kind": QT_TRANSLATE_NOOP("Errors", "Directory: kind must be department or person."),
    "directory.name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Directory: name: at most {limit} characters."
    ),
    "directory.department_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Directory: department: at most {limit} characters."
    ),
    "directory.availability_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Directory: availability: at most {limit} characters."
    ),
    "directory.name_missing": QT_TRANSLATE_NOOP("Errors", "Directory: name is missing."),
    "directory.number_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Directory: number '{number}' is not a phone number."
    ),
    "directory.extension_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Directory: extension: up to 8 digits."
    ),
    "directory.number_or_extension": QT_TRANSLATE_NOOP(
        "Errors", "Directory: give a number or an extension."
    ),
    "directory.topics_too_many": QT_TRANSLATE_NOOP(
        "Errors", "Directory: topics: at most {limit}, each up to 80 characters."
    ),
    "directory.too_large": QT_TRANSLATE_NOOP(
        "Errors", "Directory: the file is too large to be a directory."
    ),
}
