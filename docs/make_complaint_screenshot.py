"""Render the complaint path offscreen into docs/complaint.png at 1600×1000: a call at the
complaint step with its reference and promised date, escalation ticked
(run: python docs/make_complaint_screenshot.py). Demo data only."""

from __future__ import annotations

from call_screenshot import go, shoot_call


def at_complaint(workspace, engine) -> None:
    go(engine, "complaint")
    engine.capture("complaint_category", "delay")
    engine.capture("complaint_wants", "A fixed appointment and compensation")
    engine.capture("complaint_escalate", True)
    workspace.view.refresh()


if __name__ == "__main__":
    shoot_call(
        "complaint.png",
        "020 7946 0777",
        ("ms", "Anna", "Rossi"),
        "Engineer missed two appointments",
        at_complaint,
    )
