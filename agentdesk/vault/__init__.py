"""Crypto vault core: key storage, envelope cipher, blind indexes, card redaction, audit MACs."""
