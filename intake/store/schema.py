"""Tables of the store, defined once with SQLAlchemy Core."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

# Message states: the receive -> process -> file flow of one IMAP message.
QUEUED = "queued"
PROCESSING = "processing"
DONE = "done"
QUARANTINED = "quarantined"
MESSAGE_STATES = (QUEUED, PROCESSING, DONE, QUARANTINED)

# Where a stored message came from: the watched IMAP folder, or the SMTP/LMTP listener.
SOURCE_IMAP = "imap"
SOURCE_INBOUND = "inbound"

# Outbox states: recorded before sending, sent at most once.
PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
# A reply held for staff to approve ([intake] replies = "approve" / "auto_when_confident"):
# not sent until a person sends it from the dashboard (then it is pending).
HELD = "held"
# A held reply that will never go out: discarded by staff, or out of date once the checks
# changed (a relabel, a merge) or staff wrote their own reply. Not a failure.
DISCARDED = "discarded"
OUTBOX_STATES = (PENDING, SENDING, SENT, FAILED, HELD, DISCARDED)

# outbox.kind: a reply the service composed, or one staff wrote on the dashboard.
REPLY_AUTO = "auto"
REPLY_MANUAL = "manual"

# A submission's review state, set by COR staff (submissions.review_state).
OPEN = "open"
REVIEWED = "reviewed"
ACCEPTED = "accepted"
REVIEW_STATES = (OPEN, REVIEWED, ACCEPTED)

# submissions.kind of a real submission (the other kinds: intake.report.SUBMISSION_KINDS)
KIND_SUBMISSION = "submission"

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("mailbox", String(200), nullable=False),
    # IMAP UIDVALIDITY and UID are unsigned 32-bit numbers: BigInteger on PostgreSQL
    Column("uidvalidity", BigInteger, nullable=False),
    Column("uid", BigInteger, nullable=False),
    Column("message_id", String(500)),
    Column("sender", String(320)),
    Column("subject", Text, nullable=False, default=""),
    Column("size", Integer, nullable=False, default=0),
    Column("raw_path", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("state", String(20), nullable=False, default=QUEUED),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("claimed_by", String(100)),
    Column("claimed_at", DateTime(timezone=True)),
    Column("submission_id", Integer, ForeignKey("submissions.id")),
    Column("triage_folder", String(200)),
    Column("filed", Boolean, nullable=False, default=False),
    # added by the service (issue 7): the message's origin and its content hash
    Column("source", String(20), nullable=False, default=SOURCE_IMAP, server_default=SOURCE_IMAP),
    Column("sha256", String(64)),
    Column("filing_at", DateTime(timezone=True)),  # a non-atomic filing (copy) was begun then
    # added for latency (issue 14): when the mailbox got it (IMAP INTERNALDATE)
    Column("arrived_at", DateTime(timezone=True)),
    # added for the Failed page: why processing failed, as a code (intake/failures.py)
    Column("failure", String(40)),
    UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_message_uid"),
)
Index("ix_messages_state", messages.c.state)
Index("ix_messages_message_id", messages.c.message_id)
Index("ix_messages_sha256", messages.c.sha256)

# The receive checkpoint of each watched IMAP folder: its generation and the last UID stored.
checkpoints = Table(
    "checkpoints",
    metadata,
    Column("mailbox", String(200), primary_key=True),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

submissions = Table(
    "submissions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(40), unique=True),
    Column("sender", String(320)),
    Column("company", String(300)),
    Column("subject", Text, nullable=False, default=""),
    Column("year", String(20), nullable=False, default="unknown"),
    Column("status", String(20), nullable=False),
    Column("report_json", Text, nullable=False),
    Column("thread_ids", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("review_state", String(20), nullable=False, default=OPEN),
    # issue 13: an unauthenticated same-sender follow-up, kept apart until staff merge it
    Column("linked_to", Integer, ForeignKey("submissions.id")),
    # added for issue 11: what the message is (submission.kind of the contract)
    Column(
        "kind", String(20), nullable=False, default=KIND_SUBMISSION, server_default=KIND_SUBMISSION
    ),
)
Index("ix_submissions_sender", submissions.c.sender)

files = Table(
    "files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=False),
    Column("message_row", Integer, ForeignKey("messages.id")),
    Column("path", Text, nullable=False),
    Column("member_path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False, default=0),
    Column("stored_path", Text),
    Column("label", String(40), nullable=False),
    Column("kind", String(20)),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("needs_review", Boolean, nullable=False, default=False),
    Column("corrected", Boolean, nullable=False, default=False),
    Column("text", Text, nullable=False, default=""),
    # added for manuals in one file: the elements it holds, space-separated labels
    Column("covers", String(400), nullable=False, default="", server_default=""),
)
Index("ix_files_submission", files.c.submission_id)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("dedupe_key", String(200), nullable=False, unique=True),
    Column("submission_id", Integer, ForeignKey("submissions.id")),
    Column("recipient", String(320), nullable=False),
    Column("subject", Text, nullable=False),
    Column("message_id", String(500), nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("state", String(20), nullable=False, default=PENDING),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Column("kind", String(20), nullable=False, default=REPLY_AUTO),
    # added by the service (issue 7): who is sending it since when, and the Sent-folder copy
    Column("sending_at", DateTime(timezone=True)),
    Column("worker", String(100)),
    Column("copied", Boolean, nullable=False, default=False, server_default=false()),
    Column("copy_started_at", DateTime(timezone=True)),  # an append to Sent was begun then
    # added: when staff released a held reply; [smtp] give_up_hours counts from then
    Column("released_at", DateTime(timezone=True)),
)
Index("ix_outbox_state", outbox.c.state)
Index("ix_outbox_message_id", outbox.c.message_id)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", Integer, ForeignKey("files.id")),
    Column("member_path", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(40), nullable=False),
    Column("kind", String(20)),
    Column("by_user", String(100)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

# Dashboard sessions (issue 13): the cookie names a row; deleting the row ends every copy.
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # SHA-256 of the cookie's token
    Column("username", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_sessions_username", sessions.c.username)

# Login attempts, reserved before the password is hashed (shared by every dashboard process).
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False),  # "u:<account>" or "a:<client address>"
    Column("at", DateTime(timezone=True), nullable=False),
)
Index("ix_login_attempts_key", login_attempts.c.key)

# A linked submission merged into another (its row is gone): where its old address leads.
merged_submissions = Table(
    "merged_submissions",
    metadata,
    Column("submission_id", Integer, primary_key=True),  # the merged submission's old id
    Column("reference", String(40)),
    Column("into_id", Integer, nullable=False),  # no foreign key: it may be merged or purged too
    Column("into_reference", String(40)),
    Column("merged_at", DateTime(timezone=True), nullable=False),
    Column("merged_by", String(100)),
)
Index("ix_merged_submissions_into", merged_submissions.c.into_id)
