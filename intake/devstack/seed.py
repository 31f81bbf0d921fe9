"""Put the example submissions into the embedded mailbox on first start.

Each folder under ``[embedded] examples_dir`` is one employer email:
``message.toml`` (from, subject, body) and the files or folders to attach
(a folder is zipped, as employers do). The committed text is first rendered into
PDFs, scans, photos, Word and Excel files (intake/devstack/render.py).
"""

from __future__ import annotations

import logging
import tempfile
import tomllib
from pathlib import Path

from core.config import Settings
from intake.devstack.render import render_tree
from intake.mailbox.smtp import deliver
from intake.mailbox.submission_email import build_submission
from intake.store import Store

log = logging.getLogger(__name__)

SEEDED_KEY = "examples_seeded"


def example_folders(root: Path) -> list[Path]:
    """The example emails, in name order."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "message.toml").is_file())


def seed_examples(settings: Settings, store: Store) -> int:
    """Send each example once (remembered in the store); returns how many were sent."""
    if store.ops.get_meta(SEEDED_KEY):
        return 0
    sent = 0
    for folder in example_folders(settings.embedded.examples_dir):
        spec = tomllib.loads((folder / "message.toml").read_text("utf-8"))
        with tempfile.TemporaryDirectory(prefix="secor-example-") as tmp:
            attachments = [
                render_tree(p, Path(tmp))
                for p in sorted(folder.iterdir())
                if p.name != "message.toml"
            ]
            msg = build_submission(
                attachments,
                spec["from"],
                settings.intake.cor_address,
                spec.get("subject", "SECOR submission"),
                spec.get("body", ""),
                headers={str(k): str(v) for k, v in spec.get("headers", {}).items()},
            )
        deliver(msg, settings.effective_smtp)
        sent += 1
    store.ops.set_meta(SEEDED_KEY, str(sent))
    if sent:
        log.info("put %d example submission(s) into the mailbox", sent)
    return sent
