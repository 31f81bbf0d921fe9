"""Paths: relative to the config file; with no config, found from any working folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import locations
from core.config import load_settings
from tests.conftest import MODEL_DIR, REPO

EXAMPLE_DOC = REPO / "examples" / "worked" / "03-missing-items" / "message.eml"


def test_relative_paths_are_relative_to_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf_dir = tmp_path / "etc"
    conf_dir.mkdir()
    conf = conf_dir / "secor.toml"
    conf.write_text(
        '[paths]\ndata_dir = "state"\n[classifier]\nmodel_dir = "../models/current"\n'
        '[mailbox]\ntls_ca_file = "/etc/ssl/ca.pem"\n',
        "utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    settings = load_settings(conf)
    assert settings.data_dir == conf_dir / "state"
    assert settings.classifier.model_dir == conf_dir / "../models/current"
    assert settings.mailbox.tls_ca_file == Path("/etc/ssl/ca.pem")


def test_an_environment_path_stays_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = tmp_path / "secor.toml"
    conf.write_text('[paths]\ndata_dir = "state"\n', "utf-8")
    monkeypatch.setenv("SECOR_PATHS__DATA_DIR", "from-env")
    assert load_settings(conf).data_dir == Path("from-env")


def test_no_config_finds_the_checkout_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SECOR_CONFIG", raising=False)
    settings = load_settings()
    assert locations.checkout_root() == REPO
    assert settings.data_dir == REPO / "var"
    assert settings.embedded.examples_dir == REPO / "examples" / "inbox"


def test_no_checkout_means_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(locations, "checkout_root", lambda: None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert load_settings().data_dir == tmp_path / "xdg" / "secor-intake"


@pytest.mark.skipif(not (MODEL_DIR / "secor.json").is_file(), reason="no trained model")
def test_classify_from_an_empty_folder_elsewhere(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECOR_")}
    done = subprocess.run(
        [sys.executable, "-m", "intake.cli", "classify", str(EXAMPLE_DOC), "--json"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows and {"path", "label", "kind", "confidence"} <= set(rows[0])
    assert list(empty.iterdir()) == []  # nothing written where it was run


def test_a_missing_model_says_how_to_point_to_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECOR_")}
    env["SECOR_PATHS__DATA_DIR"] = str(tmp_path / "nothing")
    done = subprocess.run(
        [sys.executable, "-m", "intake.cli", "classify", str(EXAMPLE_DOC), "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert "secor-intake train" in line and "SECOR_CLASSIFIER__MODEL_DIR" in line, line
