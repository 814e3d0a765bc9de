"""Killed on purpose: erases a customer (or imports a file) and SIGKILLs itself at one step.

``python tests/fault/erase_worker.py DATA_DIR erase STEP CUSTOMER_ID`` or
``… import STEP CSV_FILE``. STEP names the instant of death (see ``STEPS`` in
test_erase_kill.py); the parent then opens the folder as the app does and checks.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import faultkit

from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_import import CustomerImporter, parse_csv
from agentdesk.services.gdpr import GdprService
from agentdesk.storage import datakeys


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(root: Path, job: str, step: str, arg: str) -> None:
    services = faultkit.open_services(root)
    setup = faultkit.load_setup(root)
    audit = AuditLog(services.vault.audit_key)
    gdpr = GdprService(services.db, services.vault, audit, services.customers)
    if job == "erase":
        checkpoints = {"n": 0}
        real_checkpoint = datakeys.checkpoint

        def checkpoint(engine) -> None:
            real_checkpoint(engine)
            checkpoints["n"] += 1
            if step == "keys-one-copy" and checkpoints["n"] == 1:
                die()  # the primary copy lost the keys; the mirror still has them
            if step == "keys-both-copies" and checkpoints["n"] == 2:
                die()

        datakeys.checkpoint = checkpoint
        if step == "rows-uncommitted":
            real_append = AuditLog.append

            def append(self, session, who, action, *args, **kwargs):
                real_append(self, session, who, action, *args, **kwargs)
                if action == "customer.erased":
                    session.flush()
                    die()  # inside the transaction that deletes the rows

            AuditLog.append = append
        if step == "rows-committed":
            GdprService.anchor_audit = lambda self: die()
        gdpr.erase_customer(setup.who, arg)
    else:
        parsed = parse_csv(Path(arg).read_bytes(), "GB")
        importer = CustomerImporter(services.customers, services.notes)
        seen = {"n": 0}
        real = type(services.notes).add_note_in

        def add_note_in(self, *args, **kwargs):
            seen["n"] += 1
            if seen["n"] == int(step):
                die()
            return real(self, *args, **kwargs)

        type(services.notes).add_note_in = add_note_in
        importer.import_rows(setup.who, parsed)
    faultkit.close_services(services)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4])
