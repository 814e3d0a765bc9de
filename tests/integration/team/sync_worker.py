"""A workstation in its own process, for the multi-process and SIGKILL tests.

python tests/integration/team/sync_worker.py DATA_DIR SERVER_URL TEAM_KEY_HEX MODE [N]
MODE "write": save notes on the first customer and sync after each, printing "saved ID"
after each commit and "synced" after each sync round; "sync": one sync round, then print
"synced". Stdout lines are flushed at once: the parent reads them while killing us.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.storage.engine import make_engine
from tests.helpers.team import close, workstation


def main() -> int:
    root, url, key_hex, mode = sys.argv[1:5]
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    server = make_engine(url)
    ws = workstation(Path(root), bytes.fromhex(key_hex), server)
    try:
        ws.sync.sync()
        if not ws.accounts.has_accounts():
            ws.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        who = ws.accounts.login("lead", "leader-pass")
        print("ready", flush=True)
        if mode == "write":
            cards = ws.customers.lookup(who, "Quinn")
            if cards:
                cid = cards[0].id
            else:
                cid, _ = ws.customers.create_customer(
                    who, CustomerDraft(first_name="Ada", surname="Quinn")
                )
            for i in range(count):
                saved, _ = ws.notes.add_note(who, cid, f"note {i}", permission_given=True)
                print(f"saved {saved.note_id}", flush=True)
                ws.sync.sync()
                print("synced", flush=True)
        else:
            ws.sync.sync()
            print("synced", flush=True)
    finally:
        close(ws)
        server.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
