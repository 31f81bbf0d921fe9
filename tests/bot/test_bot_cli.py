"""``secor-bot``: the ask contract (single and streaming), help, and one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main, read_lines

CONTRACT_KEYS = {"answer", "topic", "confidence", "sources"}
SOURCE_KEYS = {"title", "source", "section", "effective"}


def _check_shape(obj: dict[str, object]) -> None:
    assert set(obj) >= CONTRACT_KEYS
    assert isinstance(obj["answer"], str) and obj["answer"]
    assert isinstance(obj["topic"], str)
    assert isinstance(obj["confidence"], float | int) and 0 <= obj["confidence"] <= 1
    assert isinstance(obj["sources"], list)
    for source in obj["sources"]:
        assert set(source) >= SOURCE_KEYS
        assert all(isinstance(source[k], str) and source[k] for k in SOURCE_KEYS)


def test_ask_json_prints_one_contract_object(
    bot_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "do part-timers count toward the 10?", "--json"]) == 0
    out = capsys.readouterr().out
    obj = json.loads(out)
    _check_shape(obj)
    assert obj["topic"] == "who_counts" and obj["sources"]
    assert out.count("\n") == 1


def test_ask_json_unanswerable_has_empty_sources(
    bot_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--json", "how much does secor cost?"]) == 0
    obj = json.loads(capsys.readouterr().out)
    _check_shape(obj)
    assert obj["sources"] == [] and "COR department" in obj["answer"]


def test_ask_stream_answers_each_line_in_order(
    bot_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = ["how long is secor valid", "approve my secor", "", "eleven", "what's the weather"]
    data = ("\n".join(questions) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["ask", "--json", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(questions)
    objs = [json.loads(line) for line in lines]
    for obj in objs:
        _check_shape(obj)
    assert objs[0]["topic"] == "validity" and objs[0]["sources"]
    assert objs[1]["sources"] == [] and objs[1]["answer"].startswith("Sorry")
    assert "11" in objs[3]["answer"] and "COR" in objs[3]["answer"]
    assert objs[4]["sources"] == []


def test_a_dash_with_words_after_it_is_a_usage_error(
    bot_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "-", "hello"]) == 2
    err = capsys.readouterr().err
    assert err == "secor-bot: '-' reads the questions from standard input: give it alone\n"


def test_ask_plain_text_lists_sources(bot_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "what", "is", "pir"]) == 0
    out = capsys.readouterr().out
    assert "Partnerships in Injury Reduction" in out and "Sources:" in out


def test_read_lines_cuts_overlong_lines_and_bad_bytes() -> None:
    data = b"short\n" + b"x" * 100 + b"\n\xff\xfebad\nlast"
    assert [line[:5] for line in read_lines(io.BytesIO(data), limit=10)] == [
        "short",
        "xxxxx",
        "\ufffd\ufffdbad",
        "last",
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["ask", "--help"],
        ["chat", "--help"],
        ["telegram", "--help"],
        ["train", "--help"],
    ],
)
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    assert "usage: secor-bot" in capsys.readouterr().out


def test_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ask"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--help" in err


def test_missing_config_is_one_line(bot_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", "nope.toml", "ask", "hi"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.toml" in err


def test_telegram_without_token_says_how_to_set_it(bot_env: Path) -> None:
    env = dict(os.environ)
    env.pop("SECOR_TELEGRAM__TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "telegram"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "SECOR_TELEGRAM__TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_webhook_mode_without_a_secret_refuses_to_start(bot_env: Path) -> None:
    env = dict(os.environ)
    env.update(
        SECOR_TELEGRAM__TOKEN="123:abc",
        SECOR_TELEGRAM__MODE="webhook",
        SECOR_TELEGRAM__WEBHOOK_URL="https://example.invalid/hook",
    )
    env.pop("SECOR_TELEGRAM__WEBHOOK_SECRET", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "telegram"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "webhook mode needs a secret token" in done.stderr
