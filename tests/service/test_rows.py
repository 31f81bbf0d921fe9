"""The typed rows say what the tables hold: a full row has every column, a partial one a subset."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError, fields
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Table

import intake
import intake.store.schema as t
from intake.store import rows


def _names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def _columns(table: Table) -> set[str]:
    return {c.name for c in table.c}


@pytest.mark.parametrize(
    ("cls", "table"),
    [
        (rows.MessageRow, t.messages),
        (rows.SubmissionRow, t.submissions),
        (rows.FileRow, t.files),
        (rows.OutboxRow, t.outbox),
    ],
)
def test_a_full_row_has_exactly_the_columns_of_its_table(cls: type, table: Table) -> None:
    assert _names(cls) == _columns(table)


@pytest.mark.parametrize(
    ("cls", "table", "extra"),
    [
        (rows.UnfiledMessage, t.messages, set()),
        (rows.QuarantinedMessage, t.messages, set()),
        (rows.FileHead, t.files, {"text_chars"}),
        (rows.OutboxLine, t.outbox, {"reference"}),
        (rows.NewFile, t.files, set()),
        (rows.NewReply, t.outbox, set()),
    ],
)
def test_a_partial_row_names_only_columns_of_its_table(
    cls: type, table: Table, extra: set[str]
) -> None:
    assert _names(cls) - extra <= _columns(table)
    assert _names(cls) & extra == extra


def test_file_head_is_the_file_row_without_its_text() -> None:
    assert _names(rows.FileHead) == _names(rows.FileRow) - {"text"} | {"text_chars"}
    assert _names(rows.OutboxLine) == _names(rows.OutboxRow) - {"raw"} | {"reference"}


def test_a_row_reads_sqlite_times_as_utc_and_cannot_be_changed() -> None:
    naive = datetime(2026, 3, 1, 9, 30)  # as SQLite hands it back
    row = rows.UnfiledMessage.of(
        {
            "id": 7,
            "mailbox": "INBOX",
            "uidvalidity": 1,
            "uid": 3,
            "triage_folder": None,
            "message_id": "<a@b>",
            "filing_at": naive,
            "ignored": "a column the row does not name",
        }
    )
    assert row.filing_at == naive.replace(tzinfo=UTC)
    with pytest.raises(FrozenInstanceError):
        row.uid = 4  # type: ignore[misc]


def test_a_stored_kind_is_read_only_for_labels_with_kinds() -> None:
    assert rows.kind_of("policy", "directive") == "directive"
    assert rows.kind_of("policy", "operational") == "operational"
    assert rows.kind_of("policy", "bogus") is None
    assert rows.kind_of("other", "operational") is None


_STATES = (*t.MESSAGE_STATES, *t.OUTBOX_STATES, *t.REVIEW_STATES)
_COMPARED = re.compile(r"""[=!]=\s*["'](""" + "|".join(_STATES) + r""")["']""")


def test_states_are_compared_through_their_constants_only() -> None:
    """A state is written out once, in schema.py; code and templates compare with the name."""
    root = Path(intake.__file__).resolve().parent
    found = [
        f"{path.relative_to(root)}:{n}: {line.strip()}"
        for path in sorted(root.rglob("*"))
        if path.suffix in (".py", ".html", ".j2") and path != root / "store" / "schema.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _COMPARED.search(line)
    ]
    assert not found, "\n".join(found)
