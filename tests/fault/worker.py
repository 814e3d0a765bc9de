"""The process the kill test kills: saves notes, drafts and call steps through the services.

Run as ``python tests/fault/worker.py DATA_DIR``. It imports everything once, then forks a
fresh worker for each ``run N SEED`` line on stdin, so a hundred restarts do not pay a
hundred interpreter start-ups; each fork opens the database and the vault from scratch,
exactly as the app does at start. Output lines, each one write(2) so a kill never splits one:

    <pid> START                    the worker process began
    <pid> READY                    the worker opened the database and unlocked the vault
    <pid> TRY <json>               a save is about to start
    <pid> ACK <json>               that save returned: it must survive from now on
    EXIT <pid> <status>            from the server, after the worker died
"""

from __future__ import annotations

import json
import os
import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import faultkit

from agentdesk.flows.state import Phase
from agentdesk.services.flow_library import FlowLibrary


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def work(root: Path, run: int, seed: int, library: FlowLibrary) -> None:
    rng = random.Random(seed)
    me = os.getpid()
    emit(f"{me} START")
    services = faultkit.open_services(root, library)
    setup = faultkit.load_setup(root)
    who, cid = setup.who, setup.customer_id
    unfinished = services.calls.unfinished(who)
    if unfinished and rng.random() < 0.5:
        call = services.calls.resume_call(who, unfinished[-1], faultkit.CONTEXT)
    else:
        call = services.calls.start_call(who, "inbound", faultkit.CONTEXT)
    engine, iid = call.engine, call.interaction_id
    if engine.phase is Phase.READY:
        # Killed inside start_call after the interaction row but before its first event
        # (two transactions): the stored call never started, so start it now.
        engine.start()
    # As in the app: from here each step is journaled at once and written to the database
    # by a worker thread, so a kill often lands between the acknowledgement and the write.
    writer = ThreadPoolExecutor(1)
    recorder = call.recorder
    recorder.on_pending = lambda: writer.submit(recorder.flush)
    emit(f"{me} READY")
    i = 0
    while True:
        i += 1
        roll = rng.random()
        if roll < 0.35:
            kind, ref, customer = rng.choice(
                [("note", cid, cid), ("call", iid, None)]
                + [("message", r, None) for r in faultkit.MESSAGE_REFS]
            )
            op = {"op": "draft", "kind": kind, "ref": ref, "run": run, "i": i}
            emit(f"{me} TRY {json.dumps(op)}")
            payload = faultkit.draft_payload(run, i)
            services.drafts.save_draft(who, kind, ref, payload, customer_id=customer)
        elif roll < 0.45:
            kind, ref = rng.choice([("note", cid), ("call", iid), ("message", "m0")])
            op = {"op": "clear", "kind": kind, "ref": ref}
            emit(f"{me} TRY {json.dumps(op)}")
            services.drafts.clear(who, kind, ref)
        elif roll < 0.65:
            op = {"op": "note", "run": run, "i": i}
            emit(f"{me} TRY {json.dumps(op)}")
            saved, _ = services.notes.add_note(
                who, cid, faultkit.note_text(run, i), permission_given=True, interaction_id=iid
            )
            op["id"] = saved.note_id
        else:
            op = {"op": "event", "iid": iid, "run": run, "i": i}
            emit(f"{me} TRY {json.dumps(op)}")
            if rng.random() < 0.5:
                event = engine.capture("reason", faultkit.capture_value(run, i))
            else:
                target = rng.choice([s for s in faultkit.STEPS if s != engine.step.id])
                event = engine.jump(target)
            op.update(seq=event.seq, kind=event.kind, step=event.step, data=event.to_dict()["data"])
        emit(f"{me} ACK {json.dumps(op)}")


def serve(root: Path) -> None:
    """Fork one worker per request; report how each ended."""
    library = FlowLibrary()  # bundled content, loaded once: not what a restart tests
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "run":
            continue
        run, seed = int(parts[1]), int(parts[2])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                work(root, run, seed, library)
            except BaseException as exc:  # a real failure: the checker reports it
                emit(f"{os.getpid()} ERROR {exc.__class__.__name__}: {exc}")
                code = 1
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        emit(f"EXIT {pid} {status}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
