"""Counters that stop an archive when it unpacks to more than the limits allow."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.config import LimitsSettings


class LimitHit(Exception):
    """An archive went over a limit; ``scope`` is the archive that must stop."""

    def __init__(self, scope: Scope, message: str) -> None:
        super().__init__(message)
        self.scope = scope
        self.message = message


@dataclass
class Budget:
    """What the whole submission may still unpack or download."""

    limits: LimitsSettings
    total: int = 0

    def spend(self, n: int, scope: Scope | None) -> None:
        """Count N more bytes; over the total limit stops SCOPE (the innermost archive)."""
        self.total += n
        if self.total > self.limits.max_total_bytes and scope is not None:
            raise LimitHit(
                scope,
                f"unpacks to more than {_mb(self.limits.max_total_bytes)} in all",
            )


@dataclass
class Scope:
    """One archive being unpacked, inside its parent archives (if any)."""

    display: str
    size: int
    depth: int
    limits: LimitsSettings
    budget: Budget
    parent: Scope | None = None
    entries: int = 0
    unpacked: int = 0
    children: list[Scope] = field(default_factory=list)

    def chain(self) -> list[Scope]:
        """This archive and every archive it sits in, innermost first."""
        scopes: list[Scope] = []
        scope: Scope | None = self
        while scope is not None:
            scopes.append(scope)
            scope = scope.parent
        return scopes

    def declared(self, entries: int, total: int, largest: int) -> None:
        """Check what the archive's own directory says, before unpacking anything."""
        if entries > self.limits.max_entries:
            raise LimitHit(self, f"has {entries} entries (the limit is {self.limits.max_entries})")
        if largest > self.limits.max_file_bytes:
            raise LimitHit(
                self,
                f"holds a file of {_mb(largest)} (the limit is {_mb(self.limits.max_file_bytes)})",
            )
        if total > self.limits.max_total_bytes:
            raise LimitHit(
                self, f"unpacks to {_mb(total)} (the limit is {_mb(self.limits.max_total_bytes)})"
            )

    def entry(self) -> None:
        """Count one more entry here and in every enclosing archive."""
        for scope in self.chain():
            scope.entries += 1
            if scope.entries > self.limits.max_entries:
                raise LimitHit(
                    scope, f"has more than {self.limits.max_entries} entries (counting nested ones)"
                )

    def unpack(self, n: int) -> None:
        """Count N real bytes unpacked here; checks size, ratio and the submission total."""
        for scope in self.chain():
            scope.unpacked += n
            if (
                scope.unpacked > self.limits.ratio_floor_bytes
                and scope.unpacked > self.limits.max_ratio * max(scope.size, 1)
            ):
                raise LimitHit(
                    scope,
                    f"unpacks to more than {self.limits.max_ratio:g} times its size "
                    "(a possible zip bomb)",
                )
        self.budget.spend(n, self)


@dataclass
class MemberCounter:
    """Real bytes of one member: per-file size and the member's own compression ratio."""

    scope: Scope
    name: str
    compressed: int | None
    written: int = 0

    def __call__(self, n: int) -> None:
        self.written += n
        limits = self.scope.limits
        if self.written > limits.max_file_bytes:
            raise LimitHit(
                self.scope,
                f"holds {self.name}, larger than {_mb(limits.max_file_bytes)} once unpacked",
            )
        if (
            self.compressed is not None
            and self.written > limits.ratio_floor_bytes
            and self.written > limits.max_ratio * max(self.compressed, 1)
        ):
            raise LimitHit(
                self.scope,
                f"holds {self.name}, compressed more than {limits.max_ratio:g} times "
                "(a possible zip bomb)",
            )
        self.scope.unpack(n)


def _mb(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    if n >= 1024**2:
        return f"{n / 1024**2:.0f} MB"
    return f"{n} bytes"
