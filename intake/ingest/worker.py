"""The extraction worker: a child process that reads files under memory limits.

Run as ``python -m intake.ingest.worker --memory-mb N``; it reads one JSON request
per line on standard input and answers one JSON line on standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import warnings
from pathlib import Path
from typing import Any

EXIT_AFTER_MEMORY_ERROR = 3
_ADDRESS_SPACE_MARGIN_MB = 1024
_READ_CPU_SECONDS = 600  # reading one file; the pool's wall timeout is the tighter bound


def _limit_memory(memory_mb: int) -> None:
    """Bound the heap at MEMORY_MB and the address space a fixed margin above it.

    RLIMIT_DATA counts the heap and private anonymous mappings (what a hostile file
    makes grow); RLIMIT_AS additionally counts the shared libraries and thread stacks
    that the OCR runtime maps, hence the margin.
    """
    mb = 1024 * 1024
    for which, limit in (
        (resource.RLIMIT_DATA, memory_mb * mb),
        (resource.RLIMIT_AS, (memory_mb + _ADDRESS_SPACE_MARGIN_MB) * mb),
    ):
        _soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(which, (limit, hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _refuse_network() -> None:
    """No reader may reach the network (models ship in the wheels; nothing is fetched)."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> Any:
        raise OSError("network access is disabled in the extraction worker")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse
    socket.create_connection = refuse


def _answer(out: Any, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload).encode("utf-8") + b"\n")
    out.flush()


def _limit_cpu(seconds: int) -> None:
    """Let the next job use at most SECONDS more CPU time (SIGXCPU ends the worker after)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    limit = used + max(1, seconds)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))


def _unpack(request: dict[str, Any]) -> dict[str, Any]:
    """Open an archive or an attached message (nested ones too) into ``out``."""
    from intake.ingest.collect import unpack_in_worker

    try:
        return unpack_in_worker(Path(request["path"]), Path(request["out"]), request["opts"])
    except MemoryError:
        return {"error": "needs more memory to open than is allowed", "restart": True}
    except RecursionError:
        return {"error": "is nested too deeply to open", "restart": True}
    except Exception as exc:  # a damaged file an unpacker did not expect: one problem, go on
        return {"error": f"could not be opened ({type(exc).__name__})", "code": "corrupt_archive"}


def main(argv: list[str] | None = None) -> int:
    """Serve extraction requests until standard input closes."""
    parser = argparse.ArgumentParser(description="SECOR text extraction worker (internal)")
    parser.add_argument("--memory-mb", type=int, required=True)
    args = parser.parse_args(argv)
    # keep the protocol channel private: anything a library prints goes to stderr
    protocol = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    warnings.simplefilter("ignore")
    _limit_memory(args.memory_mb)
    _refuse_network()

    from intake.ingest.readers import ReadOptions, ReadResult, read_file
    from intake.problems import ProblemCode

    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        request = json.loads(line)
        restart = False
        if request.get("op") == "unpack":
            opts = request.get("opts") or {}
            _limit_cpu(int((opts.get("limits") or {}).get("unpack_cpu_seconds") or 60))
            answer = _unpack(request)
            _answer(protocol, answer)
            if answer.get("restart"):
                return EXIT_AFTER_MEMORY_ERROR
            continue
        _limit_cpu(_READ_CPU_SECONDS)
        try:
            result = read_file(
                Path(request["path"]), ReadOptions(**request["opts"]), request.get("name")
            )
        except MemoryError:
            result = ReadResult(
                code=ProblemCode.UNREADABLE_FILE,
                message="needs more memory to read than is allowed; please send a smaller file",
            )
            restart = True
        _answer(
            protocol,
            {
                "text": result.text,
                "ocr": result.ocr,
                "code": result.code.value if result.code else None,
                "message": result.message,
                "restart": restart,
            },
        )
        if restart:
            return EXIT_AFTER_MEMORY_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
