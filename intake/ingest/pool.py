"""A small pool of extraction workers, each a child process with a memory limit and a timeout.

A worker that times out, runs out of memory or dies is killed and replaced; the
parent only ever holds the (capped) text a worker sends back.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import queue
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import intake
from intake.ingest.worker_env import scrubbed

log = logging.getLogger(__name__)

_TASKS_PER_WORKER = 250
_READ_CHUNK = 256 * 1024
_PROJECT_ROOT = Path(intake.__file__).resolve().parent.parent


@dataclass(frozen=True)
class Job:
    """One file to work on: where it is, its original name, the options, the operation.

    ``op`` is "read" (extract text) or "unpack" (open an archive or attached message
    into ``out``, see intake/ingest/collect.py).
    """

    path: Path
    name: str | None
    opts: dict[str, Any]
    op: str = "read"
    out: Path | None = None


@dataclass(frozen=True)
class Outcome:
    """A worker's answer, or why there is none (``failure``: "timeout" or "crashed")."""

    answer: dict[str, Any] | None
    failure: str | None = None


class _Worker:
    """One child process speaking JSON lines over its standard input and output."""

    def __init__(self, memory_mb: int) -> None:
        env = scrubbed(os.environ)  # no secrets for a process that opens hostile files
        env.update(
            {
                "OMP_NUM_THREADS": "1",
                "OPENBLAS_NUM_THREADS": "1",
                "MKL_NUM_THREADS": "1",
                "MALLOC_ARENA_MAX": "2",
                # hand freed image buffers back to the system at once, not at exit
                "MALLOC_MMAP_THRESHOLD_": "65536",
                "MALLOC_TRIM_THRESHOLD_": "65536",
                "PYTHONPATH": os.pathsep.join(
                    p for p in (str(_PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
                ),
                "PYTHONWARNINGS": "ignore",
            }
        )
        self.process = subprocess.Popen(  # noqa: S603  (our own interpreter and module)
            [sys.executable, "-m", "intake.ingest.worker", "--memory-mb", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
            start_new_session=True,
        )
        self.tasks = 0
        self.retire = False
        self._buffer = b""

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def run(self, job: Job, timeout: float) -> Outcome:
        """Send JOB and wait at most TIMEOUT seconds for the answer."""
        request = {
            "op": job.op,
            "path": str(job.path),
            "name": job.name,
            "opts": job.opts,
            "out": str(job.out) if job.out else None,
        }
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            self.kill()
            return Outcome(None, "crashed")
        self.tasks += 1
        line, failure = self._read_line(timeout)
        if line is None:
            self.kill()
            return Outcome(None, failure)
        answer = json.loads(line)
        if answer.get("restart"):
            self.retire = True
        return Outcome(answer)

    def _read_line(self, timeout: float) -> tuple[bytes | None, str]:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(remaining):
                    return None, "timeout"
                chunk = os.read(fd, _READ_CHUNK)
                if not chunk:
                    return None, "crashed"
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line, ""

    def kill(self) -> None:
        """Stop the child, and the tesseract it may be running, at once; reap it."""
        if self.alive:
            try:  # the worker leads its own process group (start_new_session)
                os.killpg(self.process.pid, signal.SIGKILL)
            except OSError:
                self.process.kill()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - the kernel did not reap it
            log.warning("extraction worker %s did not exit", self.process.pid)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def close(self) -> None:
        """Ask the child to finish, then make sure it has."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class WorkerPool:
    """Up to ``size`` workers; each job borrows one and gives it back (or a replacement)."""

    def __init__(self, size: int, memory_mb: int) -> None:
        self.size = max(1, size)
        self.memory_mb = memory_mb
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._slots = threading.Semaphore(self.size)
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._closed = False

    def run(self, job: Job, timeout: float) -> Outcome:
        """Run one job on a worker, replacing the worker if it fails."""
        with self._slots:
            worker = self._take()
            outcome = worker.run(job, timeout)
            healthy = worker.alive and not worker.retire and worker.tasks < _TASKS_PER_WORKER
            if outcome.failure is None and healthy:
                self._idle.put(worker)
            else:
                if outcome.failure:
                    log.warning("extraction worker %s: %s", worker.process.pid, outcome.failure)
                self._retire(worker)
            return outcome

    def map(
        self,
        jobs: Sequence[Job],
        timeout: float,
        on_done: Callable[[int], None] | None = None,
    ) -> list[Outcome]:
        """Run all JOBS, ``size`` at a time, started in the order given; answers in that order.

        ON_DONE is called with the number of jobs finished so far after each one.
        """
        if not jobs:
            return []
        done = 0
        lock = threading.Lock()

        def one(job: Job) -> Outcome:
            nonlocal done
            outcome = self.run(job, timeout)
            if on_done is not None:
                with lock:
                    done += 1
                    on_done(done)
            return outcome

        if len(jobs) == 1 or self.size == 1:
            return [one(job) for job in jobs]
        with ThreadPoolExecutor(self.size, thread_name_prefix="extract") as executor:
            return list(executor.map(one, jobs))

    def _take(self) -> _Worker:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                worker = _Worker(self.memory_mb)
                with self._lock:
                    self._all.add(worker)
                return worker
            if worker.alive:
                return worker
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.close()
        with self._lock:
            self._all.discard(worker)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for the benchmark's memory figures)."""
        with self._lock:
            return [w.process.pid for w in self._all if w.alive]

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.close()
        self._closed = True


_POOLS: dict[tuple[int, int], WorkerPool] = {}
_POOLS_LOCK = threading.Lock()


def default_size(configured: int) -> int:
    """The configured worker count; when 0, one per CPU (1 to 4).

    A worker reading a photo runs tesseract on one thread, and the two together hold
    about 150 MB at their peak (bench/bench_ingest.py), so one per core keeps every
    core busy on a photo-heavy submission within a few hundred megabytes.
    """
    return configured if configured > 0 else max(1, min(os.cpu_count() or 1, 4))


def shared_pool(size: int, memory_mb: int) -> WorkerPool:
    """The process-wide pool for these settings (created on first use)."""
    key = (default_size(size), memory_mb)
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None:
            pool = _POOLS[key] = WorkerPool(*key)
        return pool


def worker_pids() -> list[int]:
    """Process ids of every live extraction worker (for memory figures)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
    return [pid for pool in pools for pid in pool.pids()]


@atexit.register
def close_pools() -> None:
    """Stop every worker of every pool (at exit, and for tests)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close()
