"""Retention: remove old submissions - their rows, raw messages and work folders - for good.

Rows go first, in one transaction per batch; the files they named are removed after the
commit. A run that dies in between leaves only files no row points to (the dashboard never
links to a removed copy), and the next run sweeps such orphans from ``messages/`` and
``work/``. Nothing outside the data folder is ever removed, and symbolic links are never
followed. Staff corrections are kept (they hold text only): they just lose their file link.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, and_, delete, exists, func, or_, select, update

import intake.store.schema as t
from intake.store.database import Database
from intake.store.helpers import forget_merges_into, utcnow

log = logging.getLogger(__name__)

BATCH = 200  # submissions per transaction
ORPHAN_MIN_AGE = timedelta(days=1)  # a file younger than this may be a row about to be written


@dataclass
class PurgeResult:
    """What a purge removed (or, in a dry run, would remove)."""

    submissions: int = 0
    messages: int = 0
    files: int = 0
    orphans: int = 0
    bytes: int = 0
    refused: list[str] = field(default_factory=list)

    @property
    def megabytes(self) -> float:
        """The bytes freed, in MB."""
        return self.bytes / 1_000_000


def _purgeable(cutoff: datetime, include_open: bool) -> list[ColumnElement[bool]]:
    """The where-clauses a submission must meet to be purged (checked inside the transaction)."""
    s, m, o = t.submissions.c, t.messages.c, t.outbox.c
    busy_message = exists().where(
        and_(
            m.submission_id == s.id,
            or_(
                m.state.in_([t.QUEUED, t.PROCESSING]),
                # not yet moved into its triage folder: the row is what files it
                and_(m.source == t.SOURCE_IMAP, m.state == t.DONE, m.filed.is_(False)),
            ),
        )
    )
    busy_reply = exists().where(
        and_(o.submission_id == s.id, o.state.in_([t.PENDING, t.SENDING, t.HELD]))
    )
    where: list[ColumnElement[bool]] = [s.updated_at < cutoff, ~busy_message, ~busy_reply]
    if not include_open:
        where.append(s.review_state != t.OPEN)
    return where


def _candidates(conn: Connection, cutoff: datetime, include_open: bool, limit: int) -> list[int]:
    s = t.submissions.c
    query = select(s.id).where(and_(*_purgeable(cutoff, include_open))).order_by(s.id).limit(limit)
    return [int(r[0]) for r in conn.execute(query)]


def _paths_of(conn: Connection, ids: Sequence[int]) -> tuple[list[int], list[Path]]:
    """The message rows of submissions IDS, and every file path they own on disk."""
    m, f = t.messages.c, t.files.c
    rows = conn.execute(select(m.id, m.raw_path).where(m.submission_id.in_(ids))).all()
    message_ids = [int(r[0]) for r in rows]
    paths = [Path(r[1]) for r in rows if r[1]]
    stored = conn.execute(
        select(f.stored_path).where(and_(f.submission_id.in_(ids), f.stored_path.is_not(None)))
    ).all()
    paths += [Path(r[0]) for r in stored]
    return message_ids, paths


def _delete_rows(conn: Connection, ids: Sequence[int]) -> int:
    """Delete the rows of submissions IDS (corrections kept, unlinked); returns files removed."""
    f = t.files.c
    file_ids = select(f.id).where(f.submission_id.in_(ids)).scalar_subquery()
    conn.execute(
        update(t.corrections).where(t.corrections.c.file_id.in_(file_ids)).values(file_id=None)
    )
    removed = conn.execute(delete(t.files).where(f.submission_id.in_(ids))).rowcount
    conn.execute(delete(t.outbox).where(t.outbox.c.submission_id.in_(ids)))
    conn.execute(delete(t.messages).where(t.messages.c.submission_id.in_(ids)))
    conn.execute(delete(t.submissions).where(t.submissions.c.id.in_(ids)))
    forget_merges_into(conn, ids)
    return int(removed or 0)


def _inside(path: Path, root: Path) -> bool:
    """Whether PATH, links resolved, lies strictly inside ROOT (an already resolved folder)."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return False
    return real != root and real.is_relative_to(root)


def _size(path: Path) -> int:
    """Bytes held by a file, or by every file under a folder (links not followed)."""
    try:
        if path.is_symlink() or not path.is_dir():
            return path.lstat().st_size
    except OSError:
        return 0
    total = 0
    for folder, _dirs, names in os.walk(path):
        for name in names:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                continue
    return total


def _remove(path: Path, root: Path, result: PurgeResult, *, dry_run: bool) -> bool:
    """Remove PATH (file or folder) when it lies inside ROOT; counts the bytes; False if refused."""
    if not os.path.lexists(path):
        return True
    if not _inside(path, root) or not _inside(path.parent, root):
        log.warning("not removing %s: it lies outside the data folder", path)
        result.refused.append(str(path))
        return False
    size = _size(path)
    if dry_run:
        result.bytes += size
        return True
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError as exc:
        log.warning("could not remove %s (%s); the next purge tries again", path, exc.strerror)
        return False
    result.bytes += size
    return True


def _old(path: Path, before: datetime) -> bool:
    try:
        return path.lstat().st_mtime < before.timestamp()
    except OSError:
        return False


def _orphans(store: Database, before: datetime) -> Iterator[Path]:
    """Raw messages and work folders no row points to, last changed before BEFORE."""
    data = store.data_dir
    with store.tx() as conn:
        raw_paths = {
            os.path.abspath(r[0]) for r in conn.execute(select(t.messages.c.raw_path)) if r[0]
        }
        message_ids = {int(r[0]) for r in conn.execute(select(t.messages.c.id))}
    messages = data / "messages"
    if messages.is_dir():
        for folder in sorted(messages.iterdir()):
            if not folder.is_dir() or folder.is_symlink():
                continue
            for item in sorted(folder.iterdir()):
                kept = item.suffix == ".eml" and os.path.abspath(item) in raw_paths
                if item.suffix in (".eml", ".tmp") and not kept and _old(item, before):
                    yield item
    work = data / "work"
    if work.is_dir():
        for item in sorted(work.iterdir()):
            if item.name.isdigit() and int(item.name) not in message_ids and _old(item, before):
                yield item


def _batches(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def purge(
    store: Database, older_than: timedelta, *, include_open: bool = False, dry_run: bool = False
) -> PurgeResult:
    """Remove submissions whose last activity is older than OLDER_THAN, then sweep orphans.

    Submissions still open in review are kept unless INCLUDE_OPEN; so is any submission
    with a message queued, being processed or not yet filed, or a reply still to send.
    With DRY_RUN nothing changes: the result says what would go.
    """
    now = utcnow()
    cutoff = now - older_than
    root = store.data_dir.resolve()
    result = PurgeResult()
    if dry_run:
        with store.tx() as conn:
            ids = _candidates(conn, cutoff, include_open, limit=2**31 - 1)
            for batch in _batches(ids, BATCH):
                message_ids, paths = _paths_of(conn, batch)
                result.submissions += len(batch)
                result.messages += len(message_ids)
                result.files += int(
                    conn.execute(
                        select(func.count()).where(t.files.c.submission_id.in_(batch))
                    ).scalar()
                    or 0
                )
                for path in _owned(store, message_ids, paths):
                    _remove(path, root, result, dry_run=True)
    else:
        while True:
            with store.tx() as conn:
                batch = _candidates(conn, cutoff, include_open, limit=BATCH)
                if not batch:
                    break
                message_ids, paths = _paths_of(conn, batch)
                result.files += _delete_rows(conn, batch)
            # committed: from here on no row names these files
            result.submissions += len(batch)
            result.messages += len(message_ids)
            for path in _owned(store, *_unnamed(store, message_ids, paths)):
                _remove(path, root, result, dry_run=False)
            log.info("purged %d submission(s) so far", result.submissions)
    for path in _orphans(store, min(cutoff, now - ORPHAN_MIN_AGE)):
        if _remove(path, root, result, dry_run=dry_run):
            result.orphans += 1
    log.info(
        "%s %d submission(s), %d message(s), %d file(s), %d orphan(s), %d bytes",
        "would purge" if dry_run else "purged",
        result.submissions,
        result.messages,
        result.files,
        result.orphans,
        result.bytes,
    )
    return result


def _unnamed(
    store: Database, message_ids: Sequence[int], paths: Sequence[Path]
) -> tuple[list[int], list[Path]]:
    """MESSAGE_IDS and PATHS no row names now (a new message may have reused an id or a file)."""
    m, f = t.messages.c, t.files.c
    names = [str(p) for p in paths]
    with store.tx() as conn:
        ids = {int(r[0]) for r in conn.execute(select(m.id).where(m.id.in_(message_ids)))}
        named = {r[0] for r in conn.execute(select(m.raw_path).where(m.raw_path.in_(names)))}
        named |= {r[0] for r in conn.execute(select(f.stored_path).where(f.stored_path.in_(names)))}
    return [i for i in message_ids if i not in ids], [p for p in paths if str(p) not in named]


def _owned(store: Database, message_ids: Sequence[int], paths: Sequence[Path]) -> list[Path]:
    """The work folders of MESSAGE_IDS, then the PATHS not inside one of them."""
    folders = [store.data_dir / "work" / str(i) for i in message_ids]
    within = {os.path.abspath(f) for f in folders}
    rest = [p for p in paths if within.isdisjoint(str(d) for d in Path(os.path.abspath(p)).parents)]
    return [*folders, *rest]
