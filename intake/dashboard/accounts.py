"""Staff accounts: names, argon2 password hashes, and checking a login."""

from __future__ import annotations

import re
import secrets
import threading
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from core.errors import UserError
from intake.store import Store, review
from intake.store.sessions import end_sessions_of

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")

_hasher = PasswordHasher()  # argon2id, 64 MiB, 3 passes (RFC 9106 second choice)
# Each hash takes 64 MiB: at most two at once, however many logins arrive.
_gate = threading.BoundedSemaphore(2)


@cache
def _decoy_hash() -> str:
    """A hash to verify against when the name is unknown, so both cases take as long."""
    return _hasher.hash(secrets.token_urlsafe(16))


def check_username(name: str) -> str:
    """The name if it is a valid account name (UserError saying what is allowed otherwise)."""
    if not _NAME.fullmatch(name):
        raise UserError(
            f"account name {name[:40]!r} is not allowed: use 1-100 letters, digits or . _ @ - "
            "(starting with a letter or digit)"
        )
    return name


def check_password(password: str) -> str:
    """The password if it is long enough (UserError otherwise)."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise UserError(f"the password is too long: use at most {MAX_PASSWORD} characters")
    return password


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    with _gate:
        return _hasher.hash(password)


def create_user(store: Store, username: str, password: str) -> bool:
    """Add an account; False if the name is taken. UserError for a bad name or password."""
    check_username(username)
    check_password(password)
    return review.add_user(store, username, hash_password(password))


def set_password(store: Store, username: str, password: str) -> bool:
    """Give an account a new password; False if there is no such account."""
    check_password(password)
    changed = review.set_password_hash(store, username, hash_password(password))
    if changed:  # every session of the account ends, wherever its cookie was copied
        end_sessions_of(store, username)
    return changed


def ensure_user(store: Store, username: str, password: str) -> bool:
    """Create the account unless it exists (the demo account); True if it was created."""
    if review.password_hash(store, username) is not None:
        return False
    return create_user(store, username, password)


def verify_login(store: Store, username: str, password: str) -> bool:
    """True when the name and password match an account; as slow when the name is unknown."""
    if not username or len(username) > 100 or len(password) > MAX_PASSWORD:
        return False
    stored = review.password_hash(store, username)
    with _gate:
        try:
            _hasher.verify(stored or _decoy_hash(), password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if stored is None:
            return False
        if _hasher.check_needs_rehash(stored):
            review.set_password_hash(store, username, _hasher.hash(password))
    return True


def user_exists(store: Store, username: str) -> bool:
    """Whether the account still exists (a removed account's sessions end)."""
    return review.password_hash(store, username) is not None
