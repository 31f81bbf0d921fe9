"""Before ``run`` starts anything: is every port free and the store not in use?

All that is in the way is named in one message, so a second ``make run`` says
at once what to stop instead of failing on one port after another.
"""

from __future__ import annotations

import socket
from pathlib import Path

from core.config import Settings
from core.errors import UserError
from intake.service.lock import LOCK_NAME, ServiceLock


def port_free(host: str, port: int) -> bool:
    """Whether a listener could bind HOST:PORT now (0: any port, always free)."""
    if port == 0:
        return True
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _holder(data_dir: Path) -> str:
    try:
        pid = (data_dir / LOCK_NAME).read_text("ascii").strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def check_run(settings: Settings) -> None:
    """UserError naming every taken port and a held store lock, in one message."""
    emb, dash, inbound = settings.embedded, settings.dashboard, settings.inbound
    wanted: list[tuple[str, str, int, str]] = []
    if emb.enabled:
        wanted.append(("IMAP", emb.host, emb.imap_port, "[embedded] imap_port"))
        wanted.append(("SMTP", emb.host, emb.smtp_port, "[embedded] smtp_port"))
    wanted.append(("dashboard", dash.host, dash.port, "[dashboard] port"))
    if inbound.enabled:
        wanted.append(("inbound", inbound.host, inbound.port, "[inbound] port"))
    taken = [
        f"{name} {host}:{port} ({key})"
        for name, host, port, key in wanted
        if not port_free(host, port)
    ]
    locked = ""
    if settings.store.url is None or settings.store.url.startswith("sqlite"):
        try:
            ServiceLock(settings.data_dir).acquire().release()
        except UserError:
            locked = f"the store in {settings.data_dir} is in use{_holder(settings.data_dir)}"
    if not taken and not locked:
        return
    parts = []
    if taken:
        parts.append("in use: " + ", ".join(taken))
    if locked:
        parts.append(locked)
    raise UserError(
        "cannot start: "
        + "; ".join(parts)
        + ". Another `secor-intake run` is probably running: stop it (Ctrl-C in its terminal)"
        + ", or start this one with its own config (--config FILE) naming other ports"
        + (" and another [paths] data_dir" if locked else "")
    )
