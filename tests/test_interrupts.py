"""A Ctrl-C whose KeyboardInterrupt Python drops (inside its own callbacks) is still noted."""

from __future__ import annotations

import signal

import pytest

from core import interrupts


def test_a_ctrl_c_whose_interrupt_was_swallowed_is_still_received(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(interrupts, "_received", False)
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        interrupts.watch()
        handler = signal.getsignal(signal.SIGINT)
        assert callable(handler)
        with pytest.raises(KeyboardInterrupt):
            handler(signal.SIGINT, None)  # as a callback would, before it prints "ignored"
        assert interrupts.received()
    finally:
        signal.signal(signal.SIGINT, previous)


def test_an_ignored_sigint_stays_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interrupts, "_received", False)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        interrupts.watch()  # started under `nohup ... &`: Ctrl-C is not this command's
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert not interrupts.received()
    finally:
        signal.signal(signal.SIGINT, previous)
