"""Small stop-word lists (English, Italian, Indonesian) for search and context suggestions."""

from __future__ import annotations

from agentdesk.kb.text import fold

_EN = """
a about after again all also am an and any are as at be because been before being both but by
can could did do does doing done for from had has have having he her here hers him his how i if
in into is it its just me more most my no nor not now of off on once only or other our ours out
over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will
with would yes you your yours hello hi please thanks thank ok okay call caller customer calling
called calls speaking want wants like
"""

_IT = """
a ad al alla alle allo ai agli anche avere che chi ci come con cosa da dal dalla dai dagli del
della delle dello dei degli di dove e ed è era erano essere fa fare gli ha hanno ho i il in io
la le lei lo loro lui ma mi mia mio ne nei negli nel nella no noi non o per perché più poi può
quale quando quanto quella quello questa questo se sei si sia siamo sono su sua suo sul sulla
ti tra tu tua tuo un una uno vi voi buongiorno grazie prego salve cliente
"""

_ID = """
ada adalah agar akan aku anda apa atau bagaimana bahwa banyak belum bisa boleh bukan dalam dan
dari dengan di dia ini itu jadi jika juga kalau kami kamu kapan karena ke kenapa kepada ketika
kita lagi lain mau mereka pada para saja sama sampai sangat saya sebagai sedang sekarang sepertinya
seperti setelah siapa sudah supaya tapi telah tentang tetapi tidak untuk yang halo terima kasih
tolong pelanggan bapak ibu
"""

STOP_WORDS: frozenset[str] = frozenset(fold(w) for w in (_EN + _IT + _ID).split())
"""Folded (lower-case, no accents) words that say nothing about what an article is about."""
