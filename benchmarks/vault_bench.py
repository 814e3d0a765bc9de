"""Micro-benchmark of the vault hot paths: field encrypt/decrypt, blind index, card redaction."""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable

from agentdesk.vault.blind_index import BlindIndexer
from agentdesk.vault.envelope import (
    CustomerCipher,
    FieldContext,
    decrypt_field,
    encrypt_field,
    new_data_key,
    unwrap_data_key,
    wrap_data_key,
)
from agentdesk.vault.pci import redact_payment_data

NOTE = ("Customer called about a late delivery; agreed a refund of £12.50. " * 32)[:2048]
NOTE_WITH_CARD = NOTE[:1000] + " card 4111 1111 1111 1111 cvv 123 " + NOTE[1000:2000]


def _cases() -> dict[str, Callable[[], object]]:
    master, data_key = new_data_key(), new_data_key()
    wrapped = wrap_data_key(master, data_key, 42)
    cipher = CustomerCipher(data_key, 42)
    context = FieldContext("notes", 7, 42, "body")
    blob = encrypt_field(data_key, NOTE, context)
    indexer = BlindIndexer(master)
    return {
        "encrypt+decrypt 2 KB (CustomerCipher)": lambda: cipher.decrypt(
            "notes", 7, "body", cipher.encrypt("notes", 7, "body", NOTE)
        ),
        "encrypt 2 KB (encrypt_field)": lambda: encrypt_field(data_key, NOTE, context),
        "decrypt 2 KB (decrypt_field)": lambda: decrypt_field(data_key, blob, context),
        "unwrap data key": lambda: unwrap_data_key(master, wrapped, 42),
        "blind index phone": lambda: indexer.phone("01632 960123"),
        "blind index email": lambda: indexer.email("Jane.Doe@Example.com"),
        "blind index surname": lambda: indexer.surname("Ó Briain"),
        "redact 2 KB, no card": lambda: redact_payment_data(NOTE),
        "redact 2 KB, one card": lambda: redact_payment_data(NOTE_WITH_CARD),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--number", type=int, default=2000, help="calls per measurement")
    args = parser.parse_args()
    for name, call in _cases().items():
        best = min(timeit.repeat(call, number=args.number, repeat=5)) / args.number
        print(f"{name:40s} {best * 1e6:9.1f} µs")


if __name__ == "__main__":
    main()
