"""Fixtures for the receive stage: small limits, a work folder, and worker clean-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.config import LimitsSettings, LinksSettings
from intake.ingest.pool import close_pools


@pytest.fixture(scope="session", autouse=True)
def _stop_workers() -> Iterator[None]:
    yield
    close_pools()


@pytest.fixture
def limits() -> LimitsSettings:
    """Limits small enough that hostile inputs are built in milliseconds."""
    return LimitsSettings(
        max_total_bytes=64 * 1024**2,
        max_file_bytes=16 * 1024**2,
        max_ratio=100.0,
        max_entries=1000,
        max_depth=4,
        ratio_floor_bytes=1024**2,
        extract_workers=2,
        ocr=False,
    )


@pytest.fixture
def links() -> LinksSettings:
    return LinksSettings()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path
