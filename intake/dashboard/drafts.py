"""Which checks a reply draft was written from, so a draft never outlives them unnoticed.

A draft carries two keys in its form: ``checks`` (a digest of what the checks found when it
was drafted) and ``drafted`` (a digest of the text as drafted). When the checks change (a
relabel), a draft nobody edited is drafted again; an edited one is kept and marked stale,
and queueing a reply drafted from older checks is refused once, with a notice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence


def checks_key(
    status: str, missing: Sequence[str], over: Sequence[str], unplaced: Sequence[str]
) -> str:
    """A short digest of everything a draft is written from."""
    basis = json.dumps([status, sorted(missing), sorted(over), sorted(unplaced)])
    return hashlib.sha256(basis.encode()).hexdigest()[:20]


def text_key(text: str) -> str:
    """A short digest of a draft's text (line endings as a browser sends them do not count)."""
    normal = text.replace("\r\n", "\n").strip()
    return hashlib.sha256(normal.encode()).hexdigest()[:20]


def edited(body: str, drafted: str) -> bool:
    """Whether staff changed the text since it was drafted."""
    return text_key(body) != drafted
