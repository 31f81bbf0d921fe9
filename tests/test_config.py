"""Configuration: defaults serve the embedded set-up; every key documented; wrong keys named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from core.config import ConfigError, Settings, load_settings
from tests.conftest import REPO

EXAMPLE = REPO / "config.example.toml"


def test_example_config_parses_and_matches_defaults() -> None:
    settings = load_settings(EXAMPLE)
    defaults = Settings()
    # relative paths in a config file are relative to that file's folder
    defaults.paths.data_dir = REPO / defaults.paths.data_dir
    defaults.embedded.examples_dir = REPO / defaults.embedded.examples_dir
    assert settings.model_dump() == defaults.model_dump() | {
        "telegram": settings.telegram.model_dump()
    }


def test_every_key_is_documented_in_the_example() -> None:
    text = EXAMPLE.read_text("utf-8")
    for section, field in Settings.model_fields.items():
        assert f"[{section}]" in text, section
        model = field.annotation
        assert isinstance(model, type) and issubclass(model, BaseModel)
        body = text.split(f"[{section}]", 1)[1].split("\n[", 1)[0]
        for key in model.model_fields:
            assert re.search(rf"^#?\s*{key} =", body, re.MULTILINE), f"{section}.{key} undocumented"


def test_unknown_key_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[mailbox]\nhots = 'x'\n")
    with pytest.raises(ConfigError, match=r"unknown configuration key 'mailbox\.hots'"):
        load_settings(bad)


def test_wrong_value_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[embedded]\nimap_port = 'many'\n")
    with pytest.raises(ConfigError, match=r"'embedded\.imap_port'"):
        load_settings(bad)


def test_broken_toml_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[mailbox\n")
    with pytest.raises(ConfigError) as err:
        load_settings(bad)
    assert "\n" not in str(err.value)


def test_secret_from_environment_is_not_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOR_MAILBOX__PASSWORD", "hunter2-secret")
    settings = load_settings(EXAMPLE)
    assert settings.mailbox.password.get_secret_value() == "hunter2-secret"
    assert "hunter2-secret" not in repr(settings)
    assert "hunter2-secret" not in str(settings.model_dump())


def test_embedded_mode_points_the_service_at_the_local_stack() -> None:
    settings = Settings()
    assert settings.effective_mailbox.port == settings.embedded.imap_port
    assert settings.effective_mailbox.security == "none"
    real = Settings(embedded={"enabled": False})  # type: ignore[arg-type]
    assert real.effective_mailbox.security == "tls"


def test_a_mistyped_environment_setting_is_named_with_the_right_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECOR_MAILBOX__PASWORD", "hunter2")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message == (
        "environment variable SECOR_MAILBOX__PASWORD names no setting "
        "(did you mean SECOR_MAILBOX__PASSWORD?)"
    )
    assert "hunter2" not in message


def test_switches_that_are_not_settings_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOR_REQUIRE_SERVERS", "1")
    monkeypatch.setenv("SECOR_MAILBOX__PASSWORD", "hunter2")
    assert load_settings().mailbox.password.get_secret_value() == "hunter2"
