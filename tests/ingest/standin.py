"""A local HTTPS server standing in for the file-sharing providers' download endpoints."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import trustme

from intake.ingest.fetch import Endpoint, testing_network

Reply = tuple[int, dict[str, str], bytes]
Route = Callable[[str], Reply]  # gets the path with its query

PROVIDER_HOSTS = [
    "www.dropbox.com",
    "uc1a2b.dl.dropboxusercontent.com",
    "dl.dropboxusercontent.com",
    "1drv.ms",
    "onedrive.live.com",
    "api.onedrive.com",
    "public.bn1.files.1drv.com",
    "acme.sharepoint.com",
    "drive.google.com",
    "drive.usercontent.google.com",
    "docs.google.com",
    "app.box.com",
    "public.boxcloud.com",
    "localhost",
]


@dataclass
class StandIn:
    """Routes by (host, path); records every request it receives."""

    port: int = 0
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)

    def route(self, url: str, reply: Route | Reply) -> None:
        parts = urlsplit(url)
        if callable(reply):
            handler = reply
        else:
            fixed: Reply = reply

            def handler(_path: str) -> Reply:
                return fixed

        self.routes[(parts.hostname or "", parts.path)] = handler

    def handle(self, host: str, path: str) -> Reply:
        host = host.split(":", 1)[0].lower()
        self.requests.append((host, path))
        handler = self.routes.get((host, urlsplit(path).path))
        if handler is None:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        return handler(path)

    def hosts_requested(self) -> set[str]:
        return {host for host, _ in self.requests}


class FixedResolver:
    """Provider names to the stand-in on loopback; OVERRIDES give chosen addresses instead."""

    def __init__(self, port: int, overrides: dict[str, list[str]] | None = None) -> None:
        self.port = port
        self.overrides = overrides or {}

    def resolve(self, host: str, port: int) -> list[Endpoint]:
        if host in self.overrides:
            return [Endpoint(address, port) for address in self.overrides[host]]
        if host in PROVIDER_HOSTS:
            return [Endpoint("127.0.0.1", self.port)]
        raise OSError("name not known")


def _handler(standin: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = standin.handle(self.headers.get("Host", ""), self.path)
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if headers.get("Transfer-Encoding") == "chunked":
                for start in range(0, len(body), 65536):
                    piece = body[start : start + 65536]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            elif "X-Test-Drip" in headers:  # one byte at a time, this many seconds apart
                pause = float(headers["X-Test-Drip"])
                try:
                    for i in range(len(body)):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(pause)
                except OSError:
                    return  # the client gave up
            else:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Handler


@contextmanager
def provider_standin(
    overrides: dict[str, list[str]] | None = None,
) -> Iterator[tuple[StandIn, FixedResolver]]:
    """Start the stand-in, and route the fetcher to it for the duration."""
    ca = trustme.CA()
    cert = ca.issue_cert(*PROVIDER_HOSTS)
    standin = StandIn()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(standin))
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(server_context)
    server.socket = server_context.wrap_socket(server.socket, server_side=True)
    standin.port = int(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    resolver = FixedResolver(standin.port, overrides)
    try:
        with testing_network(resolver, client_context):
            yield standin, resolver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
