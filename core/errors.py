"""Exception classes: a user's mistake versus an operational failure."""

from __future__ import annotations


class UserError(Exception):
    """Something the person running the command can fix (a wrong path, a missing model).

    The CLI prints its message as one line and exits non-zero.
    """


class OperationalError(Exception):
    """A failure of the environment (a mail server down, a disk full): retried, then kept."""
