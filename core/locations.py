"""Where the product's files are when no configuration file says so.

With no config file, ``secor-intake`` and ``secor-bot`` work from any working
folder: the data folder is ``./var`` when the current folder has one (a
checkout), else the ``var/`` of the checkout the package is installed from
(``pip install -e``), else the user's data folder
(``$XDG_DATA_HOME/secor-intake``, by default ``~/.local/share/secor-intake``).
The example inbox is found the same way. ``SECOR_PATHS__DATA_DIR`` or a config
file always wins.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA_DIR = Path("var")
DEFAULT_EXAMPLES_DIR = Path("examples/inbox")


def checkout_root() -> Path | None:
    """The source checkout this package runs from (an editable install), if any."""
    root = Path(__file__).resolve().parents[1]
    if (root / "pyproject.toml").is_file() and (root / "intake").is_dir():
        return root
    return None


def user_data_dir() -> Path:
    """The per-user data folder (XDG)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "secor-intake"


def default_data_dir() -> Path:
    """``./var`` if present, else the checkout's ``var/``, else the user data folder."""
    if DEFAULT_DATA_DIR.is_dir():
        return DEFAULT_DATA_DIR
    root = checkout_root()
    if root is not None:
        return root / DEFAULT_DATA_DIR
    return user_data_dir()


def default_examples_dir() -> Path:
    """``./examples/inbox`` if present, else the checkout's."""
    if DEFAULT_EXAMPLES_DIR.is_dir():
        return DEFAULT_EXAMPLES_DIR
    root = checkout_root()
    if root is not None and (root / DEFAULT_EXAMPLES_DIR).is_dir():
        return root / DEFAULT_EXAMPLES_DIR
    return DEFAULT_EXAMPLES_DIR
