"""Render a call with a customer who needs extra support offscreen into docs/extra-support.png
at 1600×1000: the card's framed box with the needs, what was agreed and the playbook guidance
(run: python docs/make_extra_support_screenshot.py). Demo data only."""

from __future__ import annotations

from call_screenshot import shoot_call

from agentdesk.support import SupportProfile


def with_support(data, leader, cid: str) -> None:
    data.support.set_support(
        leader,
        cid,
        SupportProfile(
            needs=("older-caller", "hearing"),
            adjustments=("slower-pace", "check-understanding", "written-confirmation"),
            confirm_by="letter",
            note="Prefers calls in the morning",
        ),
    )


if __name__ == "__main__":
    shoot_call(
        "extra-support.png",
        "020 7946 0777",
        ("mrs", "Edna", "Okafor"),
        "Meter reading letter she could not read",
        lambda workspace, engine: workspace.view.refresh(),
        prepare=with_support,
    )
