"""Staff accounts: ``secor-intake user`` and the argon2 hashes behind it."""

from __future__ import annotations

import argparse
import io

import pytest
from argon2 import PasswordHasher

from core.config import Settings
from core.errors import UserError
from intake.commands import user as user_command
from intake.dashboard import accounts
from intake.store import Store, open_store
from intake.store import review as store_review


def _run(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = ""
) -> int:
    parser = argparse.ArgumentParser(prog="secor-intake")
    sub = parser.add_subparsers(dest="command")
    user_command.register(sub)
    args = parser.parse_args(argv)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return user_command.run(args, settings)


def test_add_list_reset_and_remove(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(settings, monkeypatch, ["user", "add", "alice", "--password-stdin"], "s3cret-enough\n")
        == 0
    )
    assert "account alice created" in capsys.readouterr().out
    with pytest.raises(UserError, match="exists already; add --reset"):
        _run(settings, monkeypatch, ["user", "add", "alice", "--password-stdin"], "another-one\n")
    _run(
        settings,
        monkeypatch,
        ["user", "add", "alice", "--reset", "--password-stdin"],
        "another-one\n",
    )
    assert "password changed" in capsys.readouterr().out
    store = open_store(settings)
    try:
        assert accounts.verify_login(store, "alice", "another-one")
        assert not accounts.verify_login(store, "alice", "s3cret-enough")
    finally:
        store.close()
    _run(settings, monkeypatch, ["user", "list"])
    out = capsys.readouterr().out
    assert out.startswith("alice") and "another-one" not in out
    _run(settings, monkeypatch, ["user", "remove", "alice"])
    with pytest.raises(UserError, match="there is no account alice"):
        _run(settings, monkeypatch, ["user", "remove", "alice"])
    _run(settings, monkeypatch, ["user", "list"])
    assert "no accounts yet" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["user", "add", "bob", "--password-stdin"], "short\n", "too short"),
        (["user", "add", "bob", "--password-stdin"], "", "no password on standard input"),
        (["user", "add", "bob"], "", "use --password-stdin"),
        (["user", "add", "bob;drop", "--password-stdin"], "long-enough-pw\n", "is not allowed"),
    ],
)
def test_bad_input_is_one_line(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str, message: str
) -> None:
    with pytest.raises(UserError, match=message) as err:
        _run(settings, monkeypatch, argv, stdin)
    assert "\n" not in str(err.value)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_prompt_asks_twice(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first-password", "second-password", "same-password", "same-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    parser = argparse.ArgumentParser(prog="secor-intake")
    user_command.register(parser.add_subparsers())
    args = parser.parse_args(["user", "add", "carol"])
    monkeypatch.setattr("sys.stdin", _Terminal())
    with pytest.raises(UserError, match="the two passwords differ"):
        user_command.run(args, settings)
    assert user_command.run(args, settings) == 0


def test_help_names_the_actions() -> None:
    parser = argparse.ArgumentParser(prog="secor-intake")
    sub = parser.add_subparsers()
    text = user_command.register(sub).format_help()
    assert "add" in text and "list" in text and "remove" in text


def test_ensure_user_creates_the_demo_account_once(store: Store) -> None:
    assert accounts.ensure_user(store, "cor", "cor-review")
    assert not accounts.ensure_user(store, "cor", "a different password")
    assert accounts.verify_login(store, "cor", "cor-review")
    assert [name for name, _ in store_review.list_users(store)] == ["cor"]


def test_passwords_are_stored_as_memory_hard_hashes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher())  # the real parameters
    assert accounts.create_user(store, "dana", "a long passphrase")
    stored = store_review.password_hash(store, "dana")
    assert stored is not None and stored.startswith("$argon2id$") and "m=65536" in stored
    assert "a long passphrase" not in stored
    assert accounts.verify_login(store, "dana", "a long passphrase")


def test_only_the_right_password_logs_in(store: Store) -> None:
    assert accounts.create_user(store, "dana", "a long passphrase")
    assert accounts.verify_login(store, "dana", "a long passphrase")
    assert not accounts.verify_login(store, "dana", "A long passphrase")
    assert not accounts.verify_login(store, "nobody", "a long passphrase")
    assert not accounts.verify_login(store, "dana", "x" * 5000)
    assert not accounts.verify_login(store, "", "")


def test_a_weaker_old_hash_is_upgraded_on_login(store: Store) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1)
    assert store_review.add_user(store, "erin", weak.hash("old but fine"))
    assert accounts.verify_login(store, "erin", "old but fine")
    assert store_review.password_hash(store, "erin") != weak.hash("old but fine")
    assert "m=1024" in (store_review.password_hash(store, "erin") or "")
