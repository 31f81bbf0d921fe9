"""Run ``pip install ARGS`` with one updating progress line instead of pip's full output.

Used by ``make install``: a newcomer sees what is happening (which package, how
many so far) without pages of pip and build-backend messages. When pip fails,
its whole output is printed, so nothing needed to fix it is hidden.
Runs with the virtualenv's Python, before the project is installed: standard
library only.
"""

from __future__ import annotations

import re
import subprocess
import sys

_COLLECTING = re.compile(r"^Collecting (\S+)")
_INSTALLING = re.compile(r"^Installing collected packages: (.*)$")
_DONE = re.compile(r"^Successfully installed (.*)$")


def _packages(count: int) -> str:
    return f"{count} package{'s' if count != 1 else ''}"


def _status(text: str, tty: bool) -> None:
    if tty:
        sys.stdout.write("\r\033[K" + text[:100])
    else:
        sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(args: list[str]) -> int:
    """Install, showing progress; returns pip's exit status."""
    tty = sys.stdout.isatty()
    command = [sys.executable, "-m", "pip", "install", "--progress-bar", "off", *args]
    lines: list[str] = []
    collected = 0
    with subprocess.Popen(  # noqa: S603 - pip of this very interpreter
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    ) as proc:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.rstrip()
            lines.append(line)
            if found := _COLLECTING.match(line):
                collected += 1
                if tty or collected % 20 == 1:
                    _status(f"  resolving: {_packages(collected)} ({found.group(1)})", tty)
            elif found := _INSTALLING.match(line):
                count = len(found.group(1).split(", "))
                _status(f"  installing {_packages(count)} (the long part) ...", tty)
            elif found := _DONE.match(line):
                count = len(found.group(1).split())
                _status(f"  installed {_packages(count)}", tty)
        code = proc.wait()
    if tty:
        sys.stdout.write("\n")
    if code != 0:
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.write(f"pip install failed (exit {code}); its output is above\n")
    elif not any(_DONE.match(line) for line in lines):
        sys.stdout.write("  already up to date\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
