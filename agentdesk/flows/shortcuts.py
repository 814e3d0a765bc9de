"""Keyboard shortcuts of flow transitions: canonical spelling and the app's reserved keys."""

from __future__ import annotations

# Shortcuts the main window owns (ui/actions.py must agree; a UI test compares the two).
APP_SHORTCUTS: dict[str, str] = {
    "Ctrl+L": "lock screen",
    "Ctrl+K": "knowledge search",
    "Ctrl+Shift+H": "hold",
    "Ctrl+Shift+T": "transfer",
    "Ctrl+Shift+M": "message",
    "Ctrl+Shift+D": "difficult moment",
    "F1": "help",
    "Ctrl+Q": "quit",
    "Ctrl+N": "new call",
    "Ctrl+E": "end call",
    "Ctrl+Shift+I": "assertiveness builder",
    "Ctrl+Shift+K": "insert article passage",
    "Ctrl+Shift+E": "edit article",
    "Ctrl+Shift+O": "messages",
    "Ctrl+,": "settings",
    "F2": "customer notes",
    "F3": "knowledge base",
    "F4": "playbook",
    "F6": "queue",
    "F7": "review queue",
    "F8": "KPI dashboard",
    "F9": "my feedback",
    "Ctrl+Shift+F": "follow-ups",
    # Menu-bar mnemonics: a flow key equal to one makes Qt fire neither.
    "Alt+F": "File menu",
    "Alt+C": "Call menu",
    "Alt+V": "View menu",
    "Alt+K": "Knowledge menu",
    "Alt+H": "Help menu",
}

# Keys that text fields and the desktop already use; a flow must not steal them mid-typing.
SYSTEM_SHORTCUTS: dict[str, str] = {
    "Ctrl+A": "select all",
    "Ctrl+C": "copy",
    "Ctrl+V": "paste",
    "Ctrl+X": "cut",
    "Ctrl+Z": "undo",
    "Ctrl+Y": "redo",
    "Ctrl+Shift+Z": "redo",
    "Ctrl+Backspace": "delete word",
    "Ctrl+Del": "delete word",
    "Alt+F4": "close window",
    "Alt+Tab": "switch window",
    "Ctrl+Tab": "next field group",
}

_MODIFIERS = {"ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta"}
_MODIFIER_ORDER = ("Ctrl", "Alt", "Shift", "Meta")
# Spellings accepted for named keys -> the portable name Qt's QKeySequence reads.
_NAMED_KEYS = {
    "return": "Return",
    "enter": "Enter",
    "esc": "Esc",
    "escape": "Esc",
    "space": "Space",
    "tab": "Tab",
    "backspace": "Backspace",
    "del": "Del",
    "delete": "Del",
    "ins": "Ins",
    "insert": "Ins",
    "home": "Home",
    "end": "End",
    "pgup": "PgUp",
    "pageup": "PgUp",
    "pgdown": "PgDown",
    "pagedown": "PgDown",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
}
_NAMED_KEYS.update({f"f{n}": f"F{n}" for n in range(1, 13)})


def normalise_shortcut(text: str) -> str:
    """Canonical form ("alt+n" -> "Alt+N", "shift+ctrl+h" -> "Ctrl+Shift+H").

    Raises ValueError with a short reason when the text is not a shortcut.
    """
    parts = [p.strip() for p in text.split("+")]
    if len(parts) < 1 or any(not p for p in parts):
        raise ValueError("write it as modifiers and a key joined by '+', e.g. 'Alt+N'")
    *mods, key = parts
    canon_mods = set()
    for mod in mods:
        name = _MODIFIERS.get(mod.lower())
        if name is None:
            raise ValueError(f"unknown modifier '{mod}' (use Ctrl, Alt, Shift or Meta)")
        if name in canon_mods:
            raise ValueError(f"modifier '{name}' appears twice")
        canon_mods.add(name)
    if len(key) == 1 and key.isascii() and key.isalnum():
        canon_key = key.upper()
    elif key.lower() in _NAMED_KEYS:
        canon_key = _NAMED_KEYS[key.lower()]
    else:
        raise ValueError(f"unknown key '{key}'")
    ordered = [m for m in _MODIFIER_ORDER if m in canon_mods]
    return "+".join([*ordered, canon_key])


def shortcut_problem(text: str) -> tuple[str, str]:
    """(canonical, problem); problem is "" when the shortcut may be used by a transition."""
    try:
        canon = normalise_shortcut(text)
    except ValueError as exc:
        return text, f"shortcut '{text}': {exc}"
    if canon in APP_SHORTCUTS:
        return canon, f"shortcut '{canon}' is the app's '{APP_SHORTCUTS[canon]}' shortcut"
    if canon in SYSTEM_SHORTCUTS:
        return canon, f"shortcut '{canon}' is needed for '{SYSTEM_SHORTCUTS[canon]}'"
    mods, key = canon.split("+")[:-1], canon.split("+")[-1]
    function_key = key.startswith("F") and key[1:].isdigit()
    if not ({"Ctrl", "Alt", "Meta"} & set(mods)) and not function_key:
        return canon, (
            f"shortcut '{canon}' would fire while typing; add Alt or Ctrl (e.g. 'Alt+{key}')"
        )
    return canon, ""
