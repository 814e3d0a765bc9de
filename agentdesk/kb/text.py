"""Word splitting and accent folding shared by the query builder, suggestions and vocabulary."""

from __future__ import annotations

import re
import unicodedata

# Letters and digits, as SQLite's unicode61 tokenizer sees them (underscore separates words).
_WORD = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """Lower-case without accents ("Café" -> "cafe"), like `remove_diacritics 2`."""
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).lower()


def words(text: str) -> list[str]:
    """The words of ``text`` as typed (accents and case kept), in order."""
    return _WORD.findall(unicodedata.normalize("NFC", text))
