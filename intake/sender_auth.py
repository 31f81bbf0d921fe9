"""Whether the From address of an email is authenticated: Authentication-Results (RFC 8601).

Only the department's own mail server can tell: it checks SPF, DKIM and DMARC
when the message arrives and records what it found in an
``Authentication-Results`` header that starts with its own name (the
authserv-id). Anyone can write such a header into a message they send, so a
header is believed only when its authserv-id is one we were told to trust, and
only the topmost one (the border server adds its header above everything the
sender wrote). From is authenticated when DMARC passed for its domain, or a
DKIM signature or the SPF check passed for a domain aligned with it.

Pure functions: no settings, no I/O.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MAX_HEADER_CHARS = 8192


class Verdict(enum.Enum):
    """What our mail server says about the From domain."""

    PASS = "pass"  # noqa: S105  (a result, not a password) DMARC, or an aligned DKIM or SPF result, passed
    FAIL = "fail"  # DMARC failed for the From domain: From is forged
    NONE = "none"  # nothing trusted says either way


@dataclass
class MethodResult:
    """One ``method=result`` of a header with its properties (``header.d`` -> value)."""

    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)


@dataclass
class AuthResults:
    """One parsed Authentication-Results header."""

    authserv_id: str
    results: list[MethodResult]


_TOKEN = re.compile(r'[^\s()<>@,;:\\"/\[\]?={}]+')


def _strip_comments(text: str) -> str:
    """The header without its (nested) comments; quoted strings are kept as they are."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in text:
        if escaped:
            if depth == 0:
                out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
            if depth == 0:
                out.append(char)
        elif quoted:
            out.append(char)
            if char == '"':
                quoted = False
        elif char == '"' and depth == 0:
            quoted = True
            out.append(char)
        elif char == "(":
            depth += 1
            if depth == 1:
                out.append(" ")
        elif char == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _value(text: str, pos: int) -> tuple[str, int]:
    """A token, a quoted string or an addr-spec-like value starting at POS."""
    if pos < len(text) and text[pos] == '"':
        end = pos + 1
        chars: list[str] = []
        while end < len(text) and text[end] != '"':
            if text[end] == "\\" and end + 1 < len(text):
                end += 1
            chars.append(text[end])
            end += 1
        return "".join(chars), end + 1
    match = re.compile(r'[^\s;"]+').match(text, pos)
    if match is None:
        return "", pos
    return match.group(), match.end()


def parse(header: str) -> AuthResults | None:
    """Parse one Authentication-Results value; None when it has no authserv-id.

    ``authserv-id [version] ; method[/version]=result [reason=...] ptype.property=value ...``
    (RFC 8601 section 2.2), comments and quoted strings allowed. Unknown parts are
    skipped; a damaged header yields what could be read.
    """
    text = " ".join(_strip_comments(header[:MAX_HEADER_CHARS]).split())
    head, _, rest = text.partition(";")
    words = head.split()
    if not words:
        return None
    authserv_id = words[0].strip().lower()
    if not _TOKEN.fullmatch(authserv_id.replace("@", "").replace("/", "")):
        return None
    results: list[MethodResult] = []
    for clause in rest.split(";"):
        clause = clause.strip()
        match = re.match(r"([A-Za-z0-9_.-]+)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z0-9_-]+)", clause)
        if not match:
            continue  # "none", or something we do not read
        found = MethodResult(match.group(1).lower(), match.group(2).lower())
        pos = match.end()
        while pos < len(clause):
            prop = re.compile(r"\s*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?)\s*=\s*").match(clause, pos)
            if prop is None:
                break
            value, pos = _value(clause, prop.end())
            found.properties.setdefault(prop.group(1).lower(), value)
        results.append(found)
    return AuthResults(authserv_id, results)


def domain_of(address: str | None) -> str | None:
    """The lower-cased domain of an address, or None."""
    if not address or "@" not in address:
        return None
    domain = address.rpartition("@")[2].strip().strip(".").lower()
    return domain or None


def aligned(domain: str | None, from_domain: str) -> bool:
    """Relaxed alignment (RFC 7489 3.1), judged without the public suffix list.

    The domains are equal, or one is a subdomain of the other. Two sibling
    subdomains (mail.example.com, news.example.com) are not counted as aligned:
    being strict here only makes a reply go without details, never to the wrong place.
    """
    if not domain:
        return False
    domain = domain.strip().strip(".").lower()
    if "@" in domain:
        domain = domain.rpartition("@")[2]
    if domain.count(".") < 1:
        return False
    return (
        domain == from_domain
        or from_domain.endswith("." + domain)
        or domain.endswith("." + from_domain)
    )


def trusted_results(headers: Sequence[str], trusted_ids: Iterable[str]) -> AuthResults | None:
    """The topmost header written by one of our own servers, or None."""
    ids = {i.strip().lower() for i in trusted_ids if i.strip()}
    if not ids:
        return None
    for header in headers:
        parsed = parse(header)
        if parsed is not None and parsed.authserv_id in ids:
            return parsed
    return None


def judge(headers: Sequence[str], from_address: str | None, trusted_ids: Iterable[str]) -> Verdict:
    """What our mail server's Authentication-Results say about FROM_ADDRESS's domain.

    HEADERS are the message's Authentication-Results values, topmost first.
    """
    from_domain = domain_of(from_address)
    found = trusted_results(headers, trusted_ids)
    if from_domain is None or found is None:
        return Verdict.NONE
    verdict = Verdict.NONE
    for result in found.results:
        props = result.properties
        if result.method == "dmarc":
            header_from = props.get("header.from")
            if header_from and not aligned(header_from, from_domain):
                continue
            if result.result == "pass":
                return Verdict.PASS
            if result.result == "fail":
                verdict = Verdict.FAIL
        elif result.method == "dkim" and result.result == "pass":
            signer = props.get("header.d") or domain_of(props.get("header.i"))
            if aligned(signer, from_domain):
                return Verdict.PASS
        elif result.method == "spf" and result.result == "pass":
            mail_from = props.get("smtp.mailfrom") or ""
            envelope_domain = domain_of(mail_from) or mail_from or None
            if aligned(envelope_domain, from_domain):
                return Verdict.PASS
    return verdict
