"""The department's labelled files: training examples for ``secor-intake train`` and the retrain.

Every file of a submission staff marked reviewed or accepted counts with the label it has
now; a file staff relabelled counts wherever its submission stands (and weighs most). A
correction whose file was purged keeps counting, from the correction's text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import RowMapping, or_, select

import intake.store.schema as t
from intake.corrections import LabelledFile
from intake.store.database import Database
from intake.store.rows import kind_of
from intake.store.schema import ACCEPTED, REVIEWED
from knowledge.labels import labels


def _day(value: datetime | None) -> datetime:
    if value is None:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _labelled(row: RowMapping, *, relabelled: bool, key: str) -> LabelledFile:
    """One labelled example from a files or corrections row."""
    return LabelledFile(
        member_path=str(row["member_path"]),
        text=str(row["text"] or ""),
        label=str(row["label"]),
        kind=kind_of(str(row["label"]), row["kind"]),
        relabelled=relabelled,
        day=_day(row["created_at"]).date(),
        key=key,
    )


def labelled_files(store: Database) -> list[LabelledFile]:
    """Every labelled file in the store, in a stable order (files, then orphan corrections)."""
    known = set(labels())
    f, s, c = t.files.c, t.submissions.c, t.corrections.c
    out: list[LabelledFile] = []
    with store.tx() as conn:
        rows = conn.execute(
            select(f.id, f.member_path, f.text, f.label, f.kind, f.corrected, s.created_at)
            .select_from(t.files.join(t.submissions, t.submissions.c.id == f.submission_id))
            .where(or_(s.review_state.in_((REVIEWED, ACCEPTED)), f.corrected.is_(True)))
            .order_by(f.id)
        ).mappings()
        for r in rows:
            if r["label"] in known:
                out.append(_labelled(r, relabelled=bool(r["corrected"]), key=f"file:{r['id']}"))
        orphans = conn.execute(
            select(c.id, c.member_path, c.text, c.label, c.kind, c.created_at)
            .where(c.file_id.is_(None))
            .order_by(c.id)
        ).mappings()
        for r in orphans:
            if r["label"] in known:
                out.append(_labelled(r, relabelled=True, key=f"correction:{r['id']}"))
    return out


def fingerprint(files: Sequence[LabelledFile]) -> str:
    """A digest of the labelled set: it changes when a file is added, removed or relabelled."""
    h = hashlib.sha256()
    for x in sorted(files, key=lambda x: x.key):
        h.update(f"{x.key}\0{x.label}\0{x.kind}\0{x.relabelled}\0".encode())
    return h.hexdigest()
