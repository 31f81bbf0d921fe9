"""Problem codes reported for a submission, defined once (../shared/CONTRACT.md)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class ProblemCode(StrEnum):
    """Why a file, an archive or a link could not be taken in as it is."""

    ENCRYPTED_ARCHIVE = "encrypted_archive"
    CORRUPT_ARCHIVE = "corrupt_archive"
    ARCHIVE_LIMIT = "archive_limit"
    UNSAFE_PATH = "unsafe_path"
    UNREADABLE_FILE = "unreadable_file"
    DUPLICATE_FILE = "duplicate_file"
    UNSUPPORTED_TYPE = "unsupported_type"
    LINK_NOT_ALLOWED = "link_not_allowed"
    LINK_FAILED = "link_failed"
    # added beyond the contract's first list (the contract allows more)
    LOW_CONFIDENCE = "low_confidence"
    OUTSIDE_ELEMENT_FOLDER = "outside_element_folder"
    GENERIC_NAME = "generic_name"
    RECORDS_COVERAGE = "records_coverage"
    NOT_NEEDED_THIS_YEAR = "not_needed_this_year"
    NOT_SECOR_DOCUMENT = "not_secor_document"
    NO_ATTACHMENTS = "no_attachments"
    PROCESSING_FAILED = "processing_failed"
    NO_RECORDS = "no_records"
    MALFORMED_MESSAGE = "malformed_message"
    EVALUATION_TOOL_SPLIT = "evaluation_tool_split"
    NONE_REPORTED = "none_reported"
    RECORDS_SPAN = "records_span"
    OCR_UNAVAILABLE = "ocr_unavailable"  # a photo or scan, and no OCR engine is installed
    EMPTY_ARCHIVE = "empty_archive"  # an archive that holds no file (empty folders at most)
    COMBINED_DOCUMENT = "combined_document"  # one file holding several elements (a manual)


class Problem(BaseModel):
    """One problem found in a submission, in the contract's shape."""

    code: ProblemCode
    path: str
    message: str
