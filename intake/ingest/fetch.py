"""Fetching shared files: https only, allow-listed hosts, public addresses, every hop checked.

The fetcher resolves each host itself, refuses any non-public address, and then
connects to the very address it checked (Host header and TLS name kept), so DNS
cannot be switched between the check and the connection. Redirects are followed
by hand and checked like the first request.

Tests stand a local HTTPS server in for the providers through ``testing_network``:
a resolver mapping provider names to loopback ports and a CA to trust. Only that
context manager (never configuration) lets loopback addresses through.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from email.message import Message
from html.parser import HTMLParser
from typing import Protocol
from urllib.parse import unquote, urlencode, urljoin, urlsplit

import httpx

from core.config import LinksSettings
from intake.ingest.links import host_matches, is_ip_literal, rewrite_redirect
from intake.ingest.workspace import Stored, Workspace

_USER_AGENT = "SECOR-intake/1.0 (+ACSA COR department)"
_HTML_SNIFF_BYTES = 512 * 1024
_DEFAULT_PORTS = {"https": 443, "http": 80}


class LinkNotAllowed(Exception):
    """The link may not be fetched (scheme, host or address); no request was made to it."""


class LinkFailed(Exception):
    """The link was fetched but gave no file; the message says why, for a person."""


# the provider did not answer us: likely our side or theirs, not the employer's link
_UNREACHABLE = (
    "could not be reached from here just now ({host} did not answer); please send the link "
    "again in a little while, or attach the files as a zip"
)


@dataclass(frozen=True)
class Endpoint:
    """An address to connect to for a host name."""

    address: str
    port: int


class Resolver(Protocol):
    """Turns a host name and port into addresses to connect to."""

    def resolve(self, host: str, port: int) -> list[Endpoint]:
        """Every address HOST:PORT resolves to."""


class SystemResolver:
    """The operating system's resolver."""

    def resolve(self, host: str, port: int) -> list[Endpoint]:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        endpoints: list[Endpoint] = []
        for _family, _type, _proto, _name, sockaddr in infos:
            endpoint = Endpoint(str(sockaddr[0]), int(sockaddr[1]))
            if endpoint not in endpoints:
                endpoints.append(endpoint)
        return endpoints


@dataclass(frozen=True)
class Network:
    """How links are fetched: the resolver, the TLS trust, and whether loopback is allowed."""

    resolver: Resolver
    verify: ssl.SSLContext | bool = True
    allow_loopback: bool = False


_PRODUCTION = Network(resolver=SystemResolver())
_CURRENT: ContextVar[Network] = ContextVar("intake_ingest_network", default=_PRODUCTION)


@contextlib.contextmanager
def testing_network(resolver: Resolver, verify: ssl.SSLContext) -> Iterator[Network]:
    """For tests only: resolve through RESOLVER, trust VERIFY, and allow loopback addresses."""
    network = Network(resolver=resolver, verify=verify, allow_loopback=True)
    token = _CURRENT.set(network)
    try:
        yield network
    finally:
        _CURRENT.reset(token)


def current_network() -> Network:
    """The network in force (production unless a test set one)."""
    return _CURRENT.get()


def address_allowed(address: str, allow_loopback: bool = False) -> bool:
    """Whether an address is a public one (loopback only inside ``testing_network``)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return address_allowed(str(embedded), allow_loopback)
    if allow_loopback and ip.is_loopback:
        return True
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


@dataclass(frozen=True)
class Download:
    """A file fetched from a link and kept in the work folder."""

    stored: Stored
    name: str
    content_type: str


def _check_url(url: str, hosts: list[str], links: LinksSettings, network: Network) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise LinkNotAllowed("is not a valid web address") from None
    schemes = ("https",) if links.https_only else ("https", "http")
    if parsed.scheme not in schemes:
        raise LinkNotAllowed("is not an https link")
    if parsed.userinfo:
        raise LinkNotAllowed("carries a user name or password")
    host = parsed.host.rstrip(".").lower()
    if not host or is_ip_literal(host):
        raise LinkNotAllowed("points at a bare network address, not a file-sharing service")
    if not host_matches(host, hosts):
        raise LinkNotAllowed(f"points at {host}, which is not a file-sharing service we accept")
    if parsed.port is not None and parsed.port != _DEFAULT_PORTS[parsed.scheme]:
        raise LinkNotAllowed("uses an unusual port")
    return parsed


def _endpoint(parsed: httpx.URL, network: Network) -> Endpoint:
    host = parsed.host.rstrip(".").lower()
    port = parsed.port or _DEFAULT_PORTS[parsed.scheme]
    try:
        endpoints = network.resolver.resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise LinkFailed(_UNREACHABLE.format(host=host)) from exc
    if not endpoints:
        raise LinkFailed(_UNREACHABLE.format(host=host))
    for endpoint in endpoints:
        if not address_allowed(endpoint.address, network.allow_loopback):
            raise LinkNotAllowed(f"points at {host}, which resolves to a private network address")
    return endpoints[0]


def _pinned(parsed: httpx.URL, endpoint: Endpoint) -> httpx.URL:
    address = endpoint.address
    host = f"[{address}]" if ":" in address else address
    return parsed.copy_with(host=host.strip("[]"), port=endpoint.port)


def content_disposition_name(value: str | None) -> str | None:
    """The file name of a Content-Disposition header (RFC 6266: filename* wins, RFC 5987)."""
    if not value:
        return None
    name: str | None = None
    extended = _EXTENDED_NAME.search(value)
    if extended:
        charset, _, encoded = extended.group(1).strip().strip('"').partition("'")
        _language, _, encoded = encoded.partition("'")
        try:
            name = unquote(encoded, encoding=charset or "utf-8", errors="strict")
        except (LookupError, UnicodeDecodeError):
            name = None
    if not name:
        message = Message()
        message["content-disposition"] = value
        try:
            name = message.get_filename()
        except Exception:  # a header too broken for the email package
            name = None
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or None


_EXTENDED_NAME = re.compile(r"filename\*\s*=\s*([^;]+)", re.IGNORECASE)


def _name_from_url(url: str) -> str | None:
    last = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return last if "." in last else None


def _status_failure(status: int, provider: str) -> str:
    if status in (401, 403):
        return (
            f"needs a sign-in or permission on {provider}; please share it so that anyone "
            "with the link can view it, or attach the files as a zip"
        )
    if status in (404, 410):
        return "no longer works (expired or removed); please send a new link or attach a zip"
    if status == 429:
        return f"was refused by {provider} for now (too many downloads); please attach a zip"
    return f"failed on {provider}'s side (error {status}); please send a new link or attach a zip"


class _Form(HTMLParser):
    """The confirm form Google Drive shows before large files."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "form" and values.get("id") == "download-form":
            self.action = values.get("action")
            self._inside = True
        elif tag == "input" and self._inside and values.get("name"):
            self.fields[values["name"]] = values.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._inside = False


def _confirm_url(html: bytes, base: str) -> str | None:
    form = _Form()
    try:
        form.feed(html.decode("utf-8", "replace"))
    except Exception:
        return None
    if not form.action:
        return None
    return urljoin(base, form.action) + "?" + urlencode(form.fields)


def fetch(
    url: str,
    *,
    provider: str,
    links: LinksSettings,
    workspace: Workspace,
    max_bytes: int,
    on_chunk: Callable[[int], None] | None = None,
) -> Download:
    """Download URL into the work folder; raises LinkNotAllowed or LinkFailed."""
    network = current_network()
    deadline = time.monotonic() + links.timeout_seconds
    first_hosts = list(links.allowed_hosts)
    later_hosts = first_hosts + list(links.redirect_hosts)
    current = url
    confirmed = False
    with httpx.Client(
        verify=network.verify, follow_redirects=False, trust_env=False, http2=False
    ) as client:
        for hop in range(links.max_redirects + 2):
            parsed = _check_url(current, first_hosts if hop == 0 else later_hosts, links, network)
            endpoint = _endpoint(parsed, network)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LinkFailed("took too long to download; please attach the files as a zip")
            host_header = parsed.netloc.decode("ascii")
            request = client.build_request(
                "GET",
                _pinned(parsed, endpoint),
                headers={"Host": host_header, "User-Agent": _USER_AGENT, "Accept": "*/*"},
                extensions={
                    "sni_hostname": parsed.host,
                    "timeout": httpx.Timeout(min(remaining, 30.0)).as_dict(),
                },
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise LinkFailed(
                    "took too long to answer; please attach the files as a zip"
                ) from None
            except httpx.HTTPError:
                raise LinkFailed(_UNREACHABLE.format(host=parsed.host)) from None
            try:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise LinkFailed("was redirected nowhere; please attach a zip")
                    current = rewrite_redirect(urljoin(current, location))
                    continue
                if response.status_code >= 400:
                    raise LinkFailed(_status_failure(response.status_code, provider))
                content_type = (
                    response.headers.get("content-type", "").split(";")[0].strip().lower()
                )
                if content_type in ("text/html", "application/xhtml+xml"):
                    page = _read_some(response, _HTML_SNIFF_BYTES, deadline)
                    nxt = None if confirmed else _confirm_url(page, current)
                    if nxt is not None:
                        confirmed = True
                        current = nxt
                        continue
                    raise LinkFailed(
                        f"opens a {provider} web page (a sign-in page or a folder view) instead "
                        "of a file; please share the file itself so anyone with the link can "
                        "download it, or attach the files as a zip"
                    )
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise LinkFailed(
                        f"is larger than we can take ({int(declared) // 1024**2} MB); "
                        "please split it into smaller zips"
                    )
                name = (
                    content_disposition_name(response.headers.get("content-disposition"))
                    or _name_from_url(str(current))
                    or "download"
                )
                stored = _save(response, workspace, name, max_bytes, deadline, on_chunk)
                return Download(stored=stored, name=name, content_type=content_type)
            finally:
                response.close()
    raise LinkFailed("was redirected too many times; please attach the files as a zip")


def _read_some(response: httpx.Response, limit: int, deadline: float) -> bytes:
    data = b""
    try:
        for chunk in response.iter_bytes():
            data += chunk
            if len(data) >= limit or time.monotonic() > deadline:
                break
    except httpx.HTTPError:
        pass
    return data[:limit]


class _Stream:
    """A file-like reader over a streamed response body that enforces size and time."""

    def __init__(self, response: httpx.Response, max_bytes: int, deadline: float) -> None:
        # chunks as they arrive (not 1 MiB at a time): the deadline is checked on every read
        self._chunks = response.iter_bytes()
        self._max = max_bytes
        self._deadline = deadline
        self.total = 0

    def read(self, _size: int = -1) -> bytes:
        if time.monotonic() > self._deadline:
            raise LinkFailed("took too long to download; please attach the files as a zip")
        try:
            chunk = next(self._chunks, b"")
        except httpx.TimeoutException:
            raise LinkFailed(
                "stalled while downloading; please attach the files as a zip"
            ) from None
        except httpx.HTTPError:
            raise LinkFailed("broke off while downloading; please send the link again") from None
        if time.monotonic() > self._deadline:
            raise LinkFailed("took too long to download; please attach the files as a zip")
        self.total += len(chunk)
        if self.total > self._max:
            raise LinkFailed(
                f"is larger than we can take ({self._max // 1024**2} MB); "
                "please split it into smaller zips"
            )
        return chunk


def _save(
    response: httpx.Response,
    workspace: Workspace,
    name: str,
    max_bytes: int,
    deadline: float,
    on_chunk: Callable[[int], None] | None,
) -> Stored:
    stream = _Stream(response, max_bytes, deadline)
    return workspace.write(stream, name, on_chunk)  # type: ignore[arg-type]
