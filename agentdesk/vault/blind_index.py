"""Normalisers for phone, e-mail and surname, and keyed HMAC blind indexes over them."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from agentdesk.errors import KnownError
from agentdesk.vault.derive import derive_key

INDEX_INFO = b"agentdesk blind index v1"
DIGEST_HEX_LENGTH = 32
DEFAULT_REGION = "GB"
_MAX_INPUT = 1000  # longer input is not a phone, address or name; skip the work

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "´": "'"})
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))


def _parse_phone(raw: str, region: str) -> phonenumbers.PhoneNumber | None:
    if not isinstance(raw, str) or len(raw) > _MAX_INPUT:
        return None
    try:
        number = phonenumbers.parse(raw, region.upper())
    except NumberParseException:
        return None
    # "Possible" (right length for the country) rather than "valid" (an allocated range):
    # numbering plans change, and reserved ranges used in training and tests must still match.
    return number if phonenumbers.is_possible_number(number) else None


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 form ("+441632960123"), reading national numbers in `region`; None if not a number."""
    number = _parse_phone(raw, region)
    if number is None:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def format_phone_display(raw: str, region: str = DEFAULT_REGION) -> str:
    """National format for numbers in `region`, international otherwise; other text unchanged."""
    number = _parse_phone(raw, region)
    if number is None:
        return raw.strip() if isinstance(raw, str) else ""
    home = phonenumbers.country_code_for_region(region.upper())
    style = (
        PhoneNumberFormat.NATIONAL
        if number.country_code == home
        else PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def normalise_email(raw: str) -> str | None:
    """Trimmed, NFKC, case-folded address; None unless it looks like local@domain."""
    if not isinstance(raw, str) or len(raw) > _MAX_INPUT:
        return None
    text = unicodedata.normalize("NFKC", raw).strip().casefold()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or _SPACES.search(text) or "@" in local:
        return None
    if domain.startswith(".") or domain.endswith(".") or ".." in domain:
        return None
    return f"{local}@{domain}"


def normalise_surname(raw: str) -> str | None:
    """Case-folded, accent-free, single-spaced surname ("Ó  Briain" → "o briain"); None if empty."""
    if not isinstance(raw, str) or len(raw) > _MAX_INPUT:
        return None
    # Case-fold before stripping marks: folding can itself produce combining marks ("İ").
    text = raw.translate(_APOSTROPHES).translate(_HYPHENS).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return text or None


class BlindIndexer:
    """Keyed digests that let the database find equal values without storing them."""

    __slots__ = ("_key", "default_region")

    def __init__(self, master_key: bytes, default_region: str = DEFAULT_REGION) -> None:
        self._key = derive_key(master_key, INDEX_INFO)
        self.default_region = default_region

    def __repr__(self) -> str:
        return f"BlindIndexer(default_region={self.default_region!r})"

    def digest(self, kind: str, normalised: str) -> str:
        """HMAC-SHA256 over kind and value (so a phone never matches an e-mail), 32 hex digits."""
        message = kind.encode("utf-8") + b"\x00" + normalised.encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:DIGEST_HEX_LENGTH]

    def phone(self, raw: str, region: str | None = None) -> str | None:
        value = normalise_phone(raw, region or self.default_region)
        return None if value is None else self.digest("phone", value)

    def email(self, raw: str) -> str | None:
        value = normalise_email(raw)
        return None if value is None else self.digest("email", value)

    def surname(self, raw: str) -> str | None:
        value = normalise_surname(raw)
        return None if value is None else self.digest("surname", value)


def customer_blind_indexes(cipher, indexer: BlindIndexer, row) -> dict[str, str | None]:
    """A customer's blind indexes under ``indexer``'s key, from its ciphertexts (``row``: an
    ORM customer or any row with id, name_ct, phone_ct, email_ct and import_bidx)."""
    name = json.loads(cipher.decrypt("customer", row.id, "name", row.name_ct))
    found: dict[str, str | None] = {
        "surname_bidx": indexer.surname(name["surname"]) if name["surname"] else None
    }
    if row.phone_ct:
        found["phone_bidx"] = indexer.phone(
            cipher.decrypt("customer", row.id, "phone", row.phone_ct)
        )
    if row.email_ct:
        found["email_bidx"] = indexer.email(
            cipher.decrypt("customer", row.id, "email", row.email_ct)
        )
    if row.import_bidx:
        found["import_bidx"] = None  # cannot be recomputed: the source key is not stored
    return found


def readable_blind_indexes(cipher_of, indexer: BlindIndexer, row) -> dict[str, str | None] | None:
    """``customer_blind_indexes``, or None for a customer nobody can read: no data key, a
    ciphertext that does not open, a name that is not the JSON agentdesk writes. A member's
    role may add such a row to the team database (every workstation pulls it); it must not
    stop a team-key rotation, here or on the server, and it had no indexes worth keeping.
    ``cipher_of`` makes the row's cipher (it may raise too)."""
    try:
        return customer_blind_indexes(cipher_of(), indexer, row)
    except (KnownError, ValueError, TypeError, KeyError, AttributeError):
        return None
