"""Who hears how far the reading of a submission's files has got (a terminal bar, the store).

The caller that knows where progress should go (the ``triage`` command, the
service's processor) wraps the intake in ``reporting(callback)``; the reading
stage calls the callback with (files read, files to read) as each file is done,
from the pool's threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Progress = Callable[[int, int], None]

_CURRENT: ContextVar[Progress | None] = ContextVar("intake_progress", default=None)


@contextmanager
def reporting(callback: Progress | None) -> Iterator[None]:
    """Send the progress of the intake run inside this block to CALLBACK."""
    token = _CURRENT.set(callback)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> Progress | None:
    """The callback of the innermost ``reporting`` block, if any."""
    return _CURRENT.get()
