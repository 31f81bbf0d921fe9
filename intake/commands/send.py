"""``secor-intake send PATH --from ADDRESS``: email a submission to the COR mailbox."""

from __future__ import annotations

import argparse
import io
import mimetypes
import smtplib
import sys
import zipfile
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from intake.commands.common import existing_path
from intake.config import Settings, SmtpSettings
from intake.errors import OperationalError, UserError

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add the subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "send",
        help="email a submission (file, folder or zip) to the COR mailbox through the local hub",
        description=(
            "Build an email like an employer's, with PATH attached (a folder is zipped first), "
            "and send it to the COR address through the configured SMTP relay "
            "(the embedded hub of `make run` by default)."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files, folders or archives to attach"
    )
    parser.add_argument(
        "--from", dest="sender", required=True, metavar="ADDRESS", help="the employer's address"
    )
    parser.add_argument("--subject", default="SECOR submission", help="the subject line")
    parser.add_argument(
        "--body", default=None, help="the message text (links to downloads go here too)"
    )
    parser.add_argument(
        "--to", default=None, metavar="ADDRESS", help="recipient (default: the COR address)"
    )
    return parser


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


def deliver(msg: EmailMessage, smtp: SmtpSettings) -> None:
    """Hand MSG to the relay (OperationalError when it is not there)."""
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_seconds) as client:
            if smtp.security == "starttls":
                client.starttls()
            if smtp.username and smtp.password is not None:
                client.login(smtp.username, smtp.password.get_secret_value())
            client.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise OperationalError(
            f"cannot send through {smtp.host}:{smtp.port} ({exc}); is `make run` running?"
        ) from None


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Send the submission."""
    paths = [existing_path(p) for p in args.paths]
    if "@" not in args.sender:
        raise UserError(f"--from {args.sender!r} is not an email address")
    body = (
        "Hello, please find our SECOR submission attached.\n\nThank you"
        if args.body is None
        else args.body  # --body "" sends an empty body, as asked
    )
    msg = build_submission(
        paths, args.sender, args.to or settings.intake.cor_address, args.subject, body
    )
    try:
        deliver(msg, settings.effective_smtp)
    except OperationalError as exc:
        sys.stderr.write(f"secor-intake send: {exc}\n")
        return 1
    sys.stdout.write(f"sent {msg['Message-ID']} to {msg['To']}\n")
    return 0
