"""Ctrl-C while a command starts is never lost.

Python turns SIGINT into KeyboardInterrupt wherever the main thread is. When that is inside a
callback the interpreter runs for itself (a module lock's cleanup during an import), the
exception is printed as "ignored" and the command starts as if nothing was pressed. So the
handler also notes the signal, and a long-running command asks ``received()`` once its own
handling of Ctrl-C is in place.
"""

from __future__ import annotations

import signal
from types import FrameType

_received = False


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    """Note Ctrl-C, then interrupt as Python would."""
    global _received
    _received = True
    raise KeyboardInterrupt


def watch() -> None:
    """Note every Ctrl-C from now on (unless SIGINT is ignored, as under ``nohup ... &``)."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)


def received() -> bool:
    """Whether Ctrl-C was pressed since ``watch()``, even if its KeyboardInterrupt was lost."""
    return _received
