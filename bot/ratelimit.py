"""A per-user sliding-window rate limit, bounded in memory."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0
MAX_USERS = 10_000


class RateLimiter:
    """Allows each user at most LIMIT messages in any 60-second window."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._hits: OrderedDict[int, deque[float]] = OrderedDict()
        self._warned: set[int] = set()

    def allow(self, user: int) -> bool:
        """Record one message from USER; False when it is over the limit."""
        now = self.clock()
        hits = self._hits.pop(user, None) or deque()
        while hits and now - hits[0] >= WINDOW_SECONDS:
            hits.popleft()
        allowed = len(hits) < self.limit
        if allowed:
            hits.append(now)
            self._warned.discard(user)
        self._hits[user] = hits
        while len(self._hits) > MAX_USERS:
            oldest, _ = self._hits.popitem(last=False)
            self._warned.discard(oldest)
        return allowed

    def first_refusal(self, user: int) -> bool:
        """True the first time USER is refused in a row (so the bot warns once, not every time)."""
        if user in self._warned:
            return False
        self._warned.add(user)
        return True
