"""An employer's submission email: files and folders attached as employers attach them.

Used by ``secor-intake send`` and by the example seeding of ``make run``.
"""

from __future__ import annotations

import io
import mimetypes
import zipfile
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from core.errors import UserError

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024


def zip_folder(folder: Path) -> bytes:
    """A zip of FOLDER with its own name as the top folder, as Windows' "Send to zip" makes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in sorted(folder.rglob("*")):
            if item.is_file() and not item.is_symlink():
                archive.write(item, Path(folder.name) / item.relative_to(folder))
    return buffer.getvalue()


def build_submission(
    paths: list[Path],
    sender: str,
    to: str,
    subject: str,
    body: str,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """The employer's email with each path attached (and any extra headers)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "example.com")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for path in paths:
        if path.is_dir():
            data, name = zip_folder(path), f"{path.name}.zip"
        else:
            data, name = path.read_bytes(), path.name
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise UserError(
                f"{path}: larger than {MAX_ATTACHMENT_BYTES // 2**20} MB; "
                "send a download link instead"
            )
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg
