"""Turning files, archives, forwarded mail and downloads into documents and problems."""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import intake.ingest.archives as archives
from core.config import LimitsSettings, LinksSettings
from intake.documents import Document, IngestResult
from intake.ingest.archives import ArchiveProblem, Sink
from intake.ingest.extract import ExtractedText, display_name, extract_many
from intake.ingest.fetch import LinkFailed, LinkNotAllowed, fetch
from intake.ingest.limits import Budget, LimitHit, MemberCounter, Scope
from intake.ingest.links import host_of, is_download_candidate, plan_download
from intake.ingest.mail import Attachment, attachments, parse_message
from intake.ingest.names import (
    archive_stem,
    is_junk,
    member_parts,
    nested_member_path,
    normalise,
    unsafe_reason,
)
from intake.ingest.pool import Job, Outcome, default_size, shared_pool
from intake.ingest.sniff import Kind, sniff
from intake.ingest.workspace import EscapeError, FileWriter, Stored, Workspace
from intake.problems import Problem, ProblemCode

log = logging.getLogger(__name__)

_NOT_READ = (ProblemCode.UNSUPPORTED_TYPE, ProblemCode.UNREADABLE_FILE)
_ASK_ZIP = "please send the files again as a zip without a password"


@dataclass
class _ArchiveSink:
    """Receives one archive's members into the workspace and remembers what it skipped."""

    collector: Collector
    scope: Scope
    display: str
    finished: list[tuple[Stored, str]] = field(default_factory=list)
    encrypted_count: int = 0
    opened: int = 0  # members that were files (junk and unsafe names included)

    def open_member(self, name: str, compressed: int | None) -> FileWriter | None:
        self.opened += 1
        reason = unsafe_reason(name)
        if reason:
            self.unsafe(name, reason)
            return None
        if is_junk(name):
            return None
        parts = member_parts(name)
        counter = MemberCounter(self.scope, parts[-1], compressed)
        return FileWriter(self.collector.workspace, parts[-1], counter)

    def finish_member(self, writer: FileWriter, name: str) -> None:
        self.finished.append((writer.finish(), name))

    def unsafe(self, name: str, reason: str) -> None:
        shown = f"{self.display}!{normalise(name)}"
        self.collector.problem(
            ProblemCode.UNSAFE_PATH,
            shown,
            f"{normalise(name)} in {display_name(self.display)} was skipped: it {reason}",
        )

    def encrypted(self, name: str) -> None:
        self.encrypted_count += 1


_UNPACKERS: dict[Kind, Callable[[Path, Sink], None]] = {
    Kind.ZIP: archives.unpack_zip,
    Kind.SEVEN_Z: archives.unpack_7z,
    Kind.TAR: archives.unpack_tar,
    Kind.RAR: archives.unpack_rar,
}


_CONTAINERS = (*_UNPACKERS, Kind.GZIP, Kind.BZIP2, Kind.XZ, Kind.EML, Kind.MSG)
# names that promise an archive: with other bytes inside, the archive is damaged (cut short)
_ARCHIVE_SUFFIXES = (".zip", ".7z", ".rar", ".tar", ".tgz", ".gz", ".bz2", ".xz")


class Collector:
    """Everything taken in for one submission (one message), written under one work folder.

    Archives and attached messages are opened in the limited extraction worker
    (``in_worker`` is the worker's own collector, which opens nested ones inline);
    the limits on documents, bytes and time hold for the whole message.
    """

    def __init__(
        self,
        workdir: Path,
        limits: LimitsSettings,
        links: LinksSettings | None = None,
        *,
        in_worker: bool = False,
    ) -> None:
        self.workspace = Workspace(workdir)
        self.limits = limits
        self.links = links
        self.budget = Budget(limits)
        self.seen: dict[str, str] = {}
        self.documents: list[Document] = []
        self.problems: list[Problem] = []
        self.in_worker = in_worker
        self.documents_before = 0  # documents the message had before this worker job
        self.deadline = time.monotonic() + limits.max_message_seconds
        self._documents_full = False

    # recording ---------------------------------------------------------------

    def problem(self, code: ProblemCode, path: str, message: str) -> None:
        """Record one problem."""
        self.problems.append(Problem(code=code, path=path, message=message))

    # inputs ------------------------------------------------------------------

    def take_path(self, path: Path) -> None:
        """A file or a folder given on the command line."""
        if path.is_dir():
            root_name = path.name or path.resolve().name
            for file in _walk_files(path):
                relative = file.relative_to(path)
                member = PurePosixPath(root_name, *relative.parts)
                self.take_local(file, str(path / relative), member)
        else:  # a file named on the command line: a link to it is followed
            self.take_local(path.resolve(), str(path), PurePosixPath(path.name))

    def take_local(self, source: Path, display: str, member: PurePosixPath) -> None:
        """Copy one local file into the work folder and take it in (links are refused)."""
        if is_junk(member.as_posix()):
            return
        try:
            info = os.lstat(source)
        except OSError as exc:
            self.problem(
                ProblemCode.UNREADABLE_FILE,
                display,
                f"{member.name} cannot be read ({exc.strerror})",
            )
            return
        if not stat.S_ISREG(info.st_mode):
            self.problem(
                ProblemCode.UNSAFE_PATH,
                display,
                f"{member.name} was skipped: it is a link or special file",
            )
            return
        if info.st_size > self.limits.max_file_bytes:
            self.problem(
                ProblemCode.UNREADABLE_FILE,
                display,
                f"{member.name} is too large to take in; please split it",
            )
            return
        try:
            fd = os.open(source, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as fh:
                stored = self.workspace.write(fh, member.name)
        except OSError as exc:
            self.problem(
                ProblemCode.UNREADABLE_FILE,
                display,
                f"{member.name} cannot be read ({exc.strerror})",
            )
            return
        self.take_stored(stored, display, member, depth=0, scope=None)

    def take_attachment(
        self, attachment: Attachment, display: str, member: PurePosixPath, depth: int
    ) -> None:
        """Keep one email attachment and take it in."""
        if is_junk(attachment.name):
            return
        if attachment.unsafe:  # kept under its plain file name, never as a path; reported
            self.problem(
                ProblemCode.UNSAFE_PATH,
                display,
                f"{attachment.name} was renamed: its name as sent {attachment.unsafe}",
            )
        if len(attachment.data) > self.limits.max_file_bytes:
            self.problem(
                ProblemCode.UNREADABLE_FILE, display, f"{attachment.name} is too large to take in"
            )
            return
        if self.budget.total + len(attachment.data) > self.limits.max_total_bytes:
            self.problem(
                ProblemCode.ARCHIVE_LIMIT,
                display,
                f"{attachment.name} was not taken in: the email holds more than we take in "
                "at once. Please send the rest in a second email",
            )
            return
        self.budget.total += len(attachment.data)
        stored = self.workspace.write_bytes(attachment.data, attachment.name)
        self.take_stored(stored, display, member, depth=depth, scope=None)

    def take_links(self, urls: list[str]) -> None:
        """Download the share links of an email body (allow-listed providers only)."""
        if self.links is None or not self.links.enabled:
            return
        candidates = [u for u in urls if is_download_candidate(u, self.links.allowed_hosts)]
        deadline = time.monotonic() + self.links.total_timeout_seconds
        for index, url in enumerate(candidates):
            if index >= self.links.max_links or time.monotonic() > deadline:
                self.problem(
                    ProblemCode.LINK_FAILED,
                    url,
                    "The link was not downloaded: the message has more links than we fetch "
                    "at once; please put the files in one zip or one shared folder zip",
                )
                continue
            self._take_link(url, self.links)

    def _take_link(self, url: str, links: LinksSettings) -> None:
        plan = plan_download(url)
        if plan.url is None:
            self.problem(ProblemCode.LINK_FAILED, url, f"The {plan.provider} link {plan.failure}.")
            return
        remaining = self.limits.max_total_bytes - self.budget.total
        max_bytes = max(0, min(links.max_download_bytes, self.limits.max_file_bytes, remaining))
        failure: LinkFailed | None = None
        download = None
        for candidate in (plan.url, *plan.fallbacks):
            try:
                download = fetch(
                    candidate,
                    provider=plan.provider,
                    links=links,
                    workspace=self.workspace,
                    max_bytes=max_bytes,
                    on_chunk=lambda n: self.budget.spend(n, None),
                )
                break
            except LinkNotAllowed as exc:
                log.info("link to %s not allowed: %s", host_of(url), exc)
                self.problem(
                    ProblemCode.LINK_NOT_ALLOWED,
                    url,
                    f"The link {exc}; we only download from Dropbox, OneDrive, SharePoint, "
                    "Google Drive and Box, so please attach the files as a zip.",
                )
                return
            except LinkFailed as exc:
                log.info("link to %s failed: %s", host_of(url), exc)
                failure = failure or exc
        if download is None:
            self.problem(ProblemCode.LINK_FAILED, url, f"The {plan.provider} link {failure}.")
            return
        name = download.name
        self.take_stored(download.stored, name, PurePosixPath(name), depth=0, scope=None)

    # the recursion -------------------------------------------------------------

    def _counted_before(self, sha256: str, path: Path, display: str, name: str) -> bool:
        """True, with duplicate_file and the copy dropped, when this content came in already."""
        first = self.seen.get(sha256)
        if first is None:
            self.seen[sha256] = display
            return False
        self.workspace.discard(path)
        self.problem(
            ProblemCode.DUPLICATE_FILE,
            display,
            f"{name} is the same file as {first}; it is counted once",
        )
        return True

    def take_stored(
        self,
        stored: Stored,
        display: str,
        member: PurePosixPath,
        *,
        depth: int,
        scope: Scope | None,
    ) -> None:
        """Decide what a kept file is and take it in: document, archive or message."""
        if self._counted_before(stored.sha256, stored.path, display, member.name):
            return
        kind, media = sniff(stored.path, member.name)
        if kind in (Kind.TEXT, Kind.UNKNOWN) and member.name.lower().endswith(_ARCHIVE_SUFFIXES):
            self.problem(
                ProblemCode.CORRUPT_ARCHIVE,
                display,
                f"{member.name} is damaged (it is named as an archive but is not one inside; "
                "it may have been cut short)",
            )
            self.workspace.discard(stored.path)
        elif kind in _CONTAINERS and not self.in_worker:
            self._in_worker(stored, display, member, kind, depth)
        elif kind in _CONTAINERS:
            self.open_container(stored, display, member, kind, depth, scope)
        elif self._room_for_document(display):
            self.documents.append(
                Document(
                    path=display,
                    member_path=member,
                    sha256=stored.sha256,
                    size=stored.size,
                    stored_path=stored.path,
                    media_type=media,
                )
            )
        else:
            self.workspace.discard(stored.path)

    def open_container(
        self,
        stored: Stored,
        display: str,
        member: PurePosixPath,
        kind: Kind,
        depth: int,
        scope: Scope | None,
    ) -> None:
        """Open an archive or an attached message here (in the worker: nested ones inline)."""
        if kind is Kind.EML:
            self._email(stored, display, member, depth)
        elif kind is Kind.MSG:
            self._outlook(stored, display, member, depth)
        else:
            self._archive(stored, display, member, kind, depth, scope)

    def _room_for_document(self, display: str) -> bool:
        """Whether the message may hold one more document (``max_documents``, all archives)."""
        if self.documents_before + len(self.documents) < self.limits.max_documents:
            return True
        if not self._documents_full:
            self._documents_full = True
            self.problem(
                ProblemCode.ARCHIVE_LIMIT,
                display,
                f"The email holds more than {self.limits.max_documents} files; the rest were "
                "not taken in. Please send the submission in parts",
            )
        return False

    def _in_worker(
        self, stored: Stored, display: str, member: PurePosixPath, kind: Kind, depth: int
    ) -> None:
        """Open an archive or attached message in the extraction worker, under its limits."""
        if self._documents_full:
            self.problem(
                ProblemCode.ARCHIVE_LIMIT,
                display,
                f"{member.name} was not opened: the email already holds "
                f"{self.limits.max_documents} files",
            )
            return
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            self.problem(
                ProblemCode.ARCHIVE_LIMIT,
                display,
                f"{member.name} was not opened: the email took too long to unpack. Please "
                "send the files in smaller parts",
            )
            return
        out = self.workspace.allocate_folder()
        job = Job(
            path=stored.path,
            name=member.name,
            op="unpack",
            out=out,
            opts={
                "limits": self.limits.model_dump(mode="json"),
                "display": display,
                "member": member.as_posix(),
                "kind": kind.value,
                "depth": depth,
                "sha256": stored.sha256,
                "spent": self.budget.total,
                "documents": len(self.documents),
            },
        )
        pool = shared_pool(self.limits.extract_workers, self.limits.extract_memory_mb)
        wall = min(
            remaining,
            max(self.limits.extract_timeout_seconds, 3.0 * self.limits.unpack_cpu_seconds),
        )
        outcome = pool.run(job, wall)
        answer = outcome.answer
        if answer is None or answer.get("error"):
            log.warning("opening a container in the worker failed: %s", outcome.failure or "error")
            reason = (answer or {}).get("error") or (
                "took too long to open"
                if outcome.failure == "timeout"
                else "needs more memory or time to open than we allow"
            )
            code = ProblemCode.CORRUPT_ARCHIVE
            if (answer or {}).get("code") != code.value:
                code = ProblemCode.ARCHIVE_LIMIT
            self.problem(
                code,
                display,
                f"{member.name} {reason}; it was not unpacked. Please send the files again "
                "in smaller zips",
            )
            return
        self.budget.total += int(answer.get("written") or 0)
        self._documents_full = self._documents_full or bool(answer.get("documents_full"))
        for item in answer.get("problems") or []:
            self.problems.append(Problem.model_validate(item))
        self._adopt(out, answer.get("documents") or [])

    def _adopt(self, out: Path, items: list[dict[str, Any]]) -> None:
        """Take in the documents a worker wrote under OUT (checked: inside OUT, not a link)."""
        root = out.resolve()
        for item in items:
            display = str(item.get("display") or "")
            candidate = out / str(item.get("file") or "")
            try:
                if not candidate.resolve().is_relative_to(root):
                    raise EscapeError(str(candidate))
                kept = self.workspace.adopt(candidate)
            except (OSError, EscapeError):
                continue
            member = PurePosixPath(str(item.get("member") or kept.path.name))
            if self._counted_before(kept.sha256, kept.path, display, member.name):
                continue
            if not self._room_for_document(display):
                self.workspace.discard(kept.path)
                continue
            self.documents.append(
                Document(
                    path=display,
                    member_path=member,
                    sha256=kept.sha256,
                    size=kept.size,
                    stored_path=kept.path,
                    media_type=str(item.get("media_type") or "application/octet-stream"),
                )
            )

    def _too_deep(self, display: str, member: PurePosixPath, depth: int) -> bool:
        if depth < self.limits.max_depth:
            return False
        self.problem(
            ProblemCode.ARCHIVE_LIMIT,
            display,
            f"{member.name} is nested more than {self.limits.max_depth} levels deep and was "
            "not opened; please send the files in one zip",
        )
        return True

    def _archive(
        self,
        stored: Stored,
        display: str,
        member: PurePosixPath,
        kind: Kind,
        depth: int,
        parent: Scope | None,
    ) -> None:
        if self._too_deep(display, member, depth):
            return
        scope = Scope(display, stored.size, depth, self.limits, self.budget, parent)
        sink = _ArchiveSink(self, scope, display)
        try:
            self._unpack(stored.path, sink, kind, member)
        except LimitHit as hit:
            if hit.scope is not scope:
                self._members(sink, display, member, depth, scope)
                raise
            self._limit(display, member, hit)
        except ArchiveProblem as problem:
            message = f"{member.name} {problem.message}"
            if problem.code is ProblemCode.ENCRYPTED_ARCHIVE:
                message += f"; {_ASK_ZIP}"
            self.problem(problem.code, display, message)
        else:
            if not sink.finished and not sink.encrypted_count and not sink.opened:
                self.problem(
                    ProblemCode.EMPTY_ARCHIVE,
                    display,
                    f"{member.name} holds no file (empty folders at most); please put the "
                    "documents in the folder before zipping it, and send it again",
                )
        if sink.encrypted_count:
            self.problem(
                ProblemCode.ENCRYPTED_ARCHIVE,
                display,
                f"{member.name} is protected by a password ({sink.encrypted_count} "
                f"file{'s' if sink.encrypted_count != 1 else ''} could not be opened); {_ASK_ZIP}",
            )
        try:
            self._members(sink, display, member, depth, scope)
        except LimitHit as hit:
            if hit.scope is not scope:
                raise
            self._limit(display, member, hit)

    def _unpack(self, path: Path, sink: _ArchiveSink, kind: Kind, member: PurePosixPath) -> None:
        if kind in _UNPACKERS:
            _UNPACKERS[kind](path, sink)
        else:
            inner = archive_stem(member.name)
            if inner == member.name:
                inner = f"{member.name}.out"
            archives.tar_or_single(path, sink, kind.value, inner)

    def _limit(self, display: str, member: PurePosixPath, hit: LimitHit) -> None:
        self.problem(
            ProblemCode.ARCHIVE_LIMIT,
            display,
            f"{member.name} {hit.message}; it was not unpacked further. Please send the "
            "files in smaller zips",
        )

    def _members(
        self,
        sink: _ArchiveSink,
        display: str,
        member: PurePosixPath,
        depth: int,
        scope: Scope,
    ) -> None:
        finished, sink.finished = sink.finished, []
        for index, (stored, name) in enumerate(finished):
            try:
                self.take_stored(
                    stored,
                    f"{display}!{normalise(name)}",
                    nested_member_path(member, member_parts(name)),
                    depth=depth + 1,
                    scope=scope,
                )
            except LimitHit:
                for rest, _ in finished[index + 1 :]:
                    self.workspace.discard(rest.path)
                raise

    def _email(self, stored: Stored, display: str, member: PurePosixPath, depth: int) -> None:
        if self._too_deep(display, member, depth):
            return
        try:
            message = parse_message(stored.path.read_bytes())
            items = list(attachments(message, self.limits.signature_image_bytes))
        except Exception as exc:  # the parser is tolerant; this is a last resort
            log.warning("forwarded message could not be parsed: %s", type(exc).__name__)
            self.problem(
                ProblemCode.UNREADABLE_FILE, display, f"{member.name} is not a readable email"
            )
            return
        for item in items:
            self.take_attachment(
                item, f"{display}!{item.name}", member.parent / item.name, depth + 1
            )

    def _outlook(self, stored: Stored, display: str, member: PurePosixPath, depth: int) -> None:
        """Open an Outlook message (we are in the worker: see ``_in_worker``); take its
        attachments in."""
        if self._too_deep(display, member, depth):
            return
        out = self.workspace.allocate_folder()
        outcome = Outcome(_open_msg(stored.path, out, self.limits.max_file_bytes))
        answer = outcome.answer or {}
        if outcome.answer is None or answer.get("error"):
            reason = answer.get("error") or "could not be opened safely"
            self.problem(ProblemCode.UNREADABLE_FILE, display, f"{member.name} {reason}")
            return
        for item in answer.get("items", []):
            name = str(item.get("name") or "attachment")
            try:
                kept = self.workspace.adopt(out / str(item.get("file", "")))
            except (OSError, EscapeError):
                continue
            self.take_stored(
                kept, f"{display}!{name}", member.parent / name, depth=depth + 1, scope=None
            )

    # text ----------------------------------------------------------------------

    def finish(self) -> IngestResult:
        """Read every document's text (in parallel, bounded) and return the result.

        Reading stops when the message's time (``max_message_seconds``) is spent: the
        documents left get ``unreadable_file``.
        """
        files = [
            (doc.stored_path, doc.name, doc.path)
            for doc in self.documents
            if doc.stored_path is not None
        ]
        texts: list[ExtractedText] = []
        batch = 2 * default_size(self.limits.extract_workers)
        for start in range(0, len(files), batch):
            chunk = files[start : start + batch]
            if time.monotonic() >= self.deadline:
                texts += [_out_of_time(display) for _, _, display in chunk]
            else:
                texts += extract_many(chunk, self.limits)
        for doc, extracted in zip(self.documents, texts, strict=True):
            doc.text = extracted.text
            doc.ocr = extracted.ocr
            if extracted.problem is not None:
                self.problems.append(extracted.problem)
                doc.readable = extracted.problem.code not in _NOT_READ
        return IngestResult(documents=list(self.documents), problems=list(self.problems))


def _walk_files(folder: Path) -> list[Path]:
    """Files under FOLDER in a stable order; links are listed (and refused later), not followed."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        found.extend(Path(root) / name for name in sorted(files))
        found.extend(Path(root) / name for name in dirs if os.path.islink(Path(root) / name))
    return found


def _out_of_time(display: str) -> ExtractedText:
    problem = Problem(
        code=ProblemCode.UNREADABLE_FILE,
        path=display,
        message=f"{display_name(display)} was not read: the email took too long to read in "
        "all. Please send the files in smaller parts",
    )
    return ExtractedText(text="", ocr=False, problem=problem)


def _open_msg(path: Path, out: Path, max_bytes: int) -> dict[str, Any]:
    """Unpack an Outlook message here (we are the limited worker); the worker's answer shape."""
    from intake.ingest.outlook import unpack_msg

    try:
        return {"items": unpack_msg(path, out, max_bytes), "error": None}
    except MemoryError:
        raise
    except Exception as exc:  # extract-msg raises many types on damaged files
        return {"items": [], "error": f"is not a readable Outlook message ({type(exc).__name__})"}


def unpack_in_worker(path: Path, out: Path, opts: dict[str, Any]) -> dict[str, Any]:
    """The worker's side of ``Collector._in_worker``: open one container under OUT.

    Returns the documents written (paths relative to OUT), the problems found and
    the bytes written; a MemoryError is left to the worker, which restarts.
    """
    limits = LimitsSettings.model_validate(opts["limits"])
    collector = Collector(out, limits, None, in_worker=True)
    collector.budget.total = start = int(opts.get("spent") or 0)
    collector.documents_before = int(opts.get("documents") or 0)
    sha = str(opts.get("sha256") or "")
    collector.seen[sha] = str(opts["display"])
    stored = Stored(path, sha, path.stat().st_size)
    try:
        collector.open_container(
            stored,
            str(opts["display"]),
            PurePosixPath(str(opts["member"])),
            Kind(str(opts["kind"])),
            int(opts.get("depth") or 0),
            None,
        )
    except LimitHit as hit:  # a limit of the whole message
        collector.problem(ProblemCode.ARCHIVE_LIMIT, str(opts["display"]), hit.message)
    root = out.resolve()
    documents = [
        {
            "file": doc.stored_path.resolve().relative_to(root).as_posix(),
            "display": doc.path,
            "member": doc.member_path.as_posix(),
            "media_type": doc.media_type,
        }
        for doc in collector.documents
        if doc.stored_path is not None
    ]
    return {
        "documents": documents,
        "problems": [p.model_dump(mode="json") for p in collector.problems],
        "written": collector.budget.total - start,
        "documents_full": collector._documents_full,
        "error": None,
    }
