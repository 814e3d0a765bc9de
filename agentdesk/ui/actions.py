"""Every user action declared once: id, label, shortcut, tip. Menus and help read this table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    label: str  # English source text; translated through CONTEXT
    shortcut: str
    tip: str


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "lock",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Lock"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Lock the screen; log in again to continue"),
    ),
    ActionSpec(
        "settings",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Organisation, locking and retention (team leaders)"),
    ),
    ActionSpec(
        "display_names",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Display names…"),
        "",
        QT_TRANSLATE_NOOP("Actions", "How each person is named to callers (team leaders)"),
    ),
    ActionSpec(
        "add_user",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Add a &user…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "A new account on this workstation (team leaders, standalone workstations)"
        ),
    ),
    ActionSpec(
        "team",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Team database…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Sync state, members, conflicts to confirm and refused changes"
        ),
    ),
    ActionSpec(
        "team_init",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Start a team data&base…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Share this workstation's data with the team on PostgreSQL (team leaders)"
        ),
    ),
    ActionSpec(
        "team_join",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Join a team database…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Make this workstation one of the team's: team accounts log in here (team leaders)",
        ),
    ),
    ActionSpec(
        "password",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Change &password…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Your own password; on a team database, for every workstation"
        ),
    ),
    ActionSpec(
        "language",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Lan&guage…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "The language agentdesk speaks to you: at once, or at your next login"
        ),
    ),
    ActionSpec(
        "quit",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Actions", "Close agentdesk"),
    ),
    ActionSpec(
        "new_call",
        "call",
        QT_TRANSLATE_NOOP("Actions", "&New call"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Actions", "Answer a call with the flow chosen in the workspace"),
    ),
    ActionSpec(
        "end_call",
        "call",
        QT_TRANSLATE_NOOP("Actions", "&End call"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "The conversation is over: go to the wrap-up"),
    ),
    ActionSpec(
        "last_call_verdict",
        "call",
        QT_TRANSLATE_NOOP("Actions", "Customer's &verdict on the last call…"),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Record the CSAT, CES or NPS answer the customer gave after the call"
        ),
    ),
    ActionSpec(
        "difficult_moment",
        "call",
        QT_TRANSLATE_NOOP("Actions", "&Difficult moment…"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "What to do and say when a call gets hard (playbook)"),
    ),
    ActionSpec(
        "assertiveness",
        "call",
        QT_TRANSLATE_NOOP("Actions", "&Assertiveness builder"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Actions", "Build a calm, assertive “I” statement to say"),
    ),
    ActionSpec(
        "hold",
        "call",
        QT_TRANSLATE_NOOP("Actions", "&Hold…"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Ask the caller's permission, then put them on hold"),
    ),
    ActionSpec(
        "transfer",
        "call",
        QT_TRANSLATE_NOOP("Actions", "&Transfer…"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Actions", "Hand the call to a colleague with everything captured"),
    ),
    ActionSpec(
        "take_message",
        "call",
        QT_TRANSLATE_NOOP("Actions", "Take a &message…"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("Actions", "Take a message for a colleague, read back before saving"),
    ),
    ActionSpec(
        "show_notes",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Customer &notes"),
        "F2",
        QT_TRANSLATE_NOOP("Actions", "Find a caller, write a note (again: back to the call)"),
    ),
    ActionSpec(
        "show_kb",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Knowledge base"),
        "F3",
        QT_TRANSLATE_NOOP("Actions", "Knowledge base: search articles (again: back to the call)"),
    ),
    ActionSpec(
        "show_playbook",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Playbook"),
        "F4",
        QT_TRANSLATE_NOOP("Actions", "Search the playbook (again: back to the call)"),
    ),
    ActionSpec(
        "show_queue",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Queue"),
        "F6",
        QT_TRANSLATE_NOOP("Actions", "Queue and staffing panel (again: back to the call)"),
    ),
    ActionSpec(
        "forecast",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Forec&ast…"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Calls and handle time per interval (team leaders edit)"),
    ),
    ActionSpec(
        "review_queue",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Re&view queue"),
        "F7",
        QT_TRANSLATE_NOOP("Actions", "Team leaders: review calls, adherence and give feedback"),
    ),
    ActionSpec(
        "kpi_dashboard",
        "view",
        QT_TRANSLATE_NOOP("Actions", "KPI &dashboard"),
        "F8",
        QT_TRANSLATE_NOOP("Actions", "Handle times, resolution, transfers and adherence"),
    ),
    ActionSpec(
        "my_feedback",
        "view",
        QT_TRANSLATE_NOOP("Actions", "My feed&back"),
        "F9",
        QT_TRANSLATE_NOOP("Actions", "Coaching feedback on your calls; acknowledge it"),
    ),
    ActionSpec(
        "followups",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Follow-ups"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("Actions", "Call-backs and follow-ups: due, overdue, done, moved"),
    ),
    ActionSpec(
        "message_inbox",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Messa&ges"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Messages taken for colleagues: pass them on, mark done"),
    ),
    ActionSpec(
        "directory",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Transfer director&y"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Departments and people to transfer to (team leaders edit)"),
    ),
    ActionSpec(
        "reset_layout",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Reset layout"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Put every panel back where it started"),
    ),
    ActionSpec(
        "kb_search",
        "kb",
        QT_TRANSLATE_NOOP("Actions", "&Search articles"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Find an article in the knowledge base, even mid-sentence"),
    ),
    ActionSpec(
        "kb_insert",
        "kb",
        QT_TRANSLATE_NOOP("Actions", "&Insert into reply"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP(
            "Actions", "Put the selected passage (or the whole article) into the reply or note"
        ),
    ),
    ActionSpec(
        "kb_new_article",
        "kb",
        QT_TRANSLATE_NOOP("Actions", "&New article…"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Team leaders: write a new knowledge base article"),
    ),
    ActionSpec(
        "kb_edit_article",
        "kb",
        QT_TRANSLATE_NOOP("Actions", "&Edit article…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Team leaders: edit the article on screen, see its versions"),
    ),
    ActionSpec(
        "kb_feedback",
        "kb",
        QT_TRANSLATE_NOOP("Actions", "Article &feedback"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Team leaders: articles marked helpful or out of date"),
    ),
    ActionSpec(
        "shortcuts",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "F1",
        QT_TRANSLATE_NOOP("Actions", "List every shortcut"),
    ),
    ActionSpec(
        "about",
        "help",
        QT_TRANSLATE_NOOP("Actions", "&About agentdesk"),
        "",
        QT_TRANSLATE_NOOP("Actions", "Version and data folder"),
    ),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("call", QT_TRANSLATE_NOOP("Actions", "&Call")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("kb", QT_TRANSLATE_NOOP("Actions", "&Knowledge")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def make_action(spec: ActionSpec, parent: QObject, handler: Callable[[], None] | None) -> QAction:
    """A QAction whose tooltip shows its shortcut, as menus do."""
    action = QAction(tr(spec.label), parent)
    action.setObjectName(f"action_{spec.id}")
    tip = tr(spec.tip)
    if spec.shortcut:
        seq = QKeySequence(spec.shortcut)
        action.setShortcut(seq)
        tip = f"{tip} ({seq.toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if handler is not None:
        action.triggered.connect(handler)
    return action
