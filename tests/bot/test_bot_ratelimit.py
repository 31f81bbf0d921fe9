"""The per-user rate limit."""

from __future__ import annotations

from bot.ratelimit import RateLimiter


def test_allows_the_limit_then_refuses_until_the_window_passes() -> None:
    now = [0.0]
    limiter = RateLimiter(3, clock=lambda: now[0])
    assert [limiter.allow(1) for _ in range(4)] == [True, True, True, False]
    assert limiter.allow(2)
    now[0] = 61.0
    assert limiter.allow(1)


def test_warns_once_per_burst() -> None:
    limiter = RateLimiter(1, clock=lambda: 0.0)
    limiter.allow(1)
    assert not limiter.allow(1)
    assert limiter.first_refusal(1)
    assert not limiter.first_refusal(1)


def test_memory_is_bounded() -> None:
    from bot import ratelimit

    limiter = RateLimiter(1, clock=lambda: 0.0)
    for user in range(ratelimit.MAX_USERS + 50):
        limiter.allow(user)
    assert len(limiter._hits) == ratelimit.MAX_USERS
