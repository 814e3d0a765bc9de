"""Render the identity check offscreen into docs/verification.png at 1600×1000: a call at the
verify step, one answer matched, and the customer card showing the name only
(run: python docs/make_verification_screenshot.py). Demo data only."""

from __future__ import annotations

from call_screenshot import go, shoot_call


def at_verify(workspace, engine) -> None:
    go(engine, "verify")
    workspace.view.refresh()
    workspace.view.step_panel.checks["verify_postcode"].click()


if __name__ == "__main__":
    shoot_call(
        "verification.png",
        "020 7946 0666",
        ("mr", "Jayson", "Okafor"),
        "Asks why the bill went up",
        at_verify,
        note="Disputed the March bill",
    )
