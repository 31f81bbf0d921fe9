"""Outlook .msg files: their attachments written out (runs inside the extraction worker)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intake.ingest.names import safe_file_name


class TooLarge(Exception):
    """The message's attachments add up to more than allowed."""


def unpack_msg(path: Path, out: Path, max_bytes: int) -> list[dict[str, str]]:
    """Write every attachment of the .msg at PATH under OUT; embedded messages as .msg files.

    Returns one {"name": original name, "file": path relative to OUT} per attachment.
    """
    import extract_msg

    root = out.resolve()
    items: list[dict[str, str]] = []
    written = 0
    message: Any = extract_msg.openMsg(str(path), delayAttachments=False)
    try:
        attached: list[Any] = list(getattr(message, "attachments", []))
        for index, attachment in enumerate(attached, start=1):
            name = (
                getattr(attachment, "longFilename", None)
                or getattr(attachment, "shortFilename", None)
                or getattr(attachment, "name", None)
                or f"attachment-{index}"
            )
            name = str(name).replace("\\", "/").rsplit("/", 1)[-1].strip() or f"attachment-{index}"
            data = attachment.data
            if data is not None and not isinstance(data, bytes) and hasattr(data, "exportBytes"):
                data = data.exportBytes()
                if not name.lower().endswith(".msg"):
                    name = f"{name}.msg"
            if not isinstance(data, bytes):
                continue
            written += len(data)
            if written > max_bytes:
                raise TooLarge
            folder = root / f"{index:04d}"
            folder.mkdir()
            target = (folder / safe_file_name(name, f"attachment-{index}")).resolve()
            if root not in target.parents:
                continue
            target.write_bytes(data)
            items.append({"name": name, "file": str(target.relative_to(root))})
    finally:
        message.close()
    return items
