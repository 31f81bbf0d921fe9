"""The receive stage: emails, archives, folders and links become documents with text.

``ingest_path`` takes a file, an archive or a folder; ``ingest_email`` takes a raw
email (attachments, forwarded messages, download links). Everything written goes
under the submission's work folder; every limit hit, unsafe member, damaged or
unreadable file becomes a problem in the result rather than an exception.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

# Imported on first use, not here: the extraction worker runs as a module of this
# package and should not carry the archive, mail and download code (about 60 MB).
if TYPE_CHECKING:
    from core.config import LimitsSettings, LinksSettings
    from intake.documents import IngestResult
    from intake.envelope import Envelope
    from intake.ingest.extract import ExtractedText, extract_text
    from intake.ingest.mail import parse_envelope

__all__ = ["ExtractedText", "extract_text", "ingest_email", "ingest_path", "parse_envelope"]

_LAZY = {
    "ExtractedText": "intake.ingest.extract",
    "extract_text": "intake.ingest.extract",
    "parse_envelope": "intake.ingest.mail",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def ingest_path(
    path: Path, workdir: Path, limits: LimitsSettings, links: LinksSettings | None = None
) -> IngestResult:
    """Take in a file, an archive (nested ones too) or a folder (walked recursively)."""
    from intake.ingest.collect import Collector

    collector = Collector(workdir, limits, links)
    collector.take_path(path)
    return collector.finish()


def ingest_email(
    raw: bytes, workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> tuple[Envelope, IngestResult]:
    """Take in an email: its envelope, every attachment, and the files its links share.

    At most ``limits.max_entries`` attachments are taken in (``archive_limit`` past
    that); a message whose MIME structure is nested too deeply to walk gives
    ``malformed_message`` with only its headers read.
    """
    from intake.ingest.collect import Collector
    from intake.ingest.mail import attachments, envelope_of, headers_only_envelope, parse_message
    from intake.problems import ProblemCode

    collector = Collector(workdir, limits, links)
    try:
        message = parse_message(raw)
        envelope = envelope_of(message)
        for count, item in enumerate(attachments(message, limits.signature_image_bytes), 1):
            if count > limits.max_entries:
                collector.problem(
                    ProblemCode.ARCHIVE_LIMIT,
                    "",
                    f"The email has more than {limits.max_entries} attachments; the rest were "
                    "not taken in. Please send the submission as one zipped folder.",
                )
                break
            collector.take_attachment(item, item.name, PurePosixPath(item.name), 0)
    except RecursionError:
        envelope = headers_only_envelope(raw)
        collector.problem(
            ProblemCode.MALFORMED_MESSAGE,
            "",
            "The email's structure is nested too deeply to read. Please send the files again "
            "as a zipped folder attached to a new email.",
        )
        return envelope, collector.finish()
    collector.take_links(envelope.links)
    return envelope, collector.finish()
