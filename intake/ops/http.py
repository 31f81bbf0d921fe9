"""The service's small HTTP port: ``/metrics`` (Prometheus) and ``/healthz``."""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from core.config import Settings
from intake.ops import health, metrics
from intake.store import Store

log = logging.getLogger(__name__)


class OpsServer:
    """A threaded HTTP server on loopback (or the configured host) until ``close()``."""

    def __init__(self, settings: Settings, store: Store, live: health.LiveState | None) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    payload, ctype = metrics.render(outer.store)
                    status = 200
                elif path in ("/healthz", "/health"):
                    status, payload = health.body(outer.store, outer.settings, outer.live)
                    ctype = "application/json"
                else:
                    status, payload, ctype = 404, b"not found\n", "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                log.debug("ops http: %s", format % args)

        self.settings = settings
        self.store = store
        self.live = live
        self.server = ThreadingHTTPServer((settings.ops.http_host, settings.ops.http_port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, name="ops-http", daemon=True
        )

    @property
    def port(self) -> int:
        """The port actually listened on."""
        return int(self.server.server_address[1])

    def start(self) -> OpsServer:
        """Serve in a background thread."""
        self.thread.start()
        log.info("metrics and health on http://%s:%d/", self.settings.ops.http_host, self.port)
        return self

    def close(self) -> None:
        """Stop serving and free the port."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
