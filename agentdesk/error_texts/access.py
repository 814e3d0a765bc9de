"""Who may do what, and what cannot be found: refusals by role or ownership
(services/identity.py and every service's lookups)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "not_found.interaction": QT_TRANSLATE_NOOP("Errors", "No such interaction."),
    "not_found.customer": QT_TRANSLATE_NOOP("Errors", "No such customer."),
    "not_found.customer_contact": QT_TRANSLATE_NOOP(
        "Errors", "No customer has that phone number or e-mail address."
    ),
    "not_found.note": QT_TRANSLATE_NOOP("Errors", "No such note."),
    "not_found.account": QT_TRANSLATE_NOOP(
        "Errors", "No account named '{account}' (see `agentdesk user list`)."
    ),
    "not_found.followup": QT_TRANSLATE_NOOP("Errors", "No such follow-up."),
    "denied.followup_owner": QT_TRANSLATE_NOOP(
        "Errors", "Only its owner or a team leader can change a follow-up."
    ),
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
        "Only the person a message is for, whoever took it or a team leader can change its status.",
    ),
    "denied.call_linked_other": QT_TRANSLATE_NOOP(
        "Errors",
        "This call is already linked to another customer; you can open customers you have served.",
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
    "denied.team_leader.add_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can add accounts."
    ),
    "denied.team_leader.rename_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change display names."
    ),
    "denied.team_leader.set_others_language": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change another account's language."
    ),
    "denied.team_leader.list_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can list accounts."
    ),
    "denied.team_leader.calibrate_checks": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can calibrate checks."
    ),
    "denied.team_leader.review_queue": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can open the review queue."
    ),
    "denied.team_leader.review_interactions": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can review interactions."
    ),
    "denied.team_leader.edit_snippets": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can edit canned responses."
    ),
    "denied.team_leader.delete_snippets": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can delete canned responses."
    ),
    "denied.team_leader.import_snippets": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import canned responses."
    ),
    "denied.team_leader.read_article_feedback": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can read article feedback."
    ),
    "denied.team_leader.edit_articles": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can edit knowledge base articles."
    ),
    "denied.team_leader.delete_articles": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can delete knowledge base articles."
    ),
    "denied.team_leader.import_articles": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import knowledge base articles."
    ),
    "denied.team_leader.rebuild_search_index": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can rebuild the search index."
    ),
    "denied.team_leader.team_figures": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can see the team's figures."
    ),
    "denied.team_leader.others_figures": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can see another representative's figures."
    ),
    "denied.team_leader.change_settings": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change settings."
    ),
    "denied.team_leader.export_customer": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can export a customer's data."
    ),
    "denied.team_leader.erase_customer": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can erase a customer."
    ),
    "denied.team_leader.give_feedback": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can give coaching feedback."
    ),
    "denied.team_leader.read_audit_log": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can read the audit log."
    ),
    "denied.team_leader.change_forecast": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change the forecast."
    ),
    "denied.team_leader.import_forecast": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import the forecast."
    ),
    "denied.team_leader.team_followups": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can see the team's follow-ups."
    ),
    "denied.team_leader.change_directory": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change the transfer directory."
    ),
    "denied.team_leader.import_directory": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import the transfer directory."
    ),
    "denied.team_leader.import_surveys": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import survey results."
    ),
    "denied.team_leader.review_sync_conflicts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can review sync conflicts."
    ),
    "denied.team_leader.confirm_sync_conflicts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can confirm sync conflicts."
    ),
    "denied.team_leader.rotate_team_key": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can rotate the team key."
    ),
    "denied.team_leader.check_team_audit": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can check the team's audit chains."
    ),
    "denied.team_leader.start_team_database": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can start a team database."
    ),
    "denied.team_leader.join_team_database": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can join this workstation to a team database."
    ),
    "denied.team_leader.remove_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can remove accounts."
    ),
    "denied.survey_imported": QT_TRANSLATE_NOOP(
        "Errors",
        "The customer's answer came from the survey import; only a team leader can change it.",
    ),
}
