"""The demo account (cor / cor-review) exists for the embedded set-up only (issue 13)."""

from __future__ import annotations

from core.config import Settings
from core.errors import UserError
from intake.dashboard.accounts import verify_login
from intake.store import Store


def refuse_demo_account(settings: Settings, store: Store) -> None:
    """UserError when the embedded set-up is off and the demo account still logs in."""
    dash = settings.dashboard
    if settings.embedded.enabled or not dash.demo_user or dash.demo_password is None:
        return
    if verify_login(store, dash.demo_user, dash.demo_password.get_secret_value()):
        raise UserError(
            f"the dashboard will not start: the demo account {dash.demo_user!r} still has its "
            "published password and the embedded set-up is off. Remove it with "
            f"`secor-intake user remove {dash.demo_user}` (or give it a new password with "
            f"`secor-intake user add {dash.demo_user} --reset`), then start the dashboard again"
        )
