"""Real servers for the service tests: Dovecot and PostgreSQL from Debian's packages, in a temp dir.

Each runs as a child process in the foreground on a free loopback port with a
throwaway configuration, and is skipped cleanly when its binaries are absent.
Both refuse to run as root, so as root the files are handed to ``nobody``.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from tests.conftest import free_port

USER = "cor@acsa.local"
PASSWORD = "cor-local-secret"
GOOD_TOKEN = "ya29.test-token-accepted"


def _binary(name: str, *patterns: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for pattern in patterns:
        hits = sorted(glob.glob(pattern))
        if hits:
            return hits[-1]
    return None


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text(errors='replace')[-3000:]}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}:\n{log.read_text(errors='replace')[-3000:]}")


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _give_to(path: Path, uid: int, gid: int) -> None:
    for root, dirs, files in os.walk(path):
        os.chown(root, uid, gid)
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid)


# -- OAuth2 introspection (what Dovecot asks to validate an XOAUTH2 token) ------------------
class Introspection:
    """An RFC 7662-style token introspection endpoint accepting GOOD_TOKEN for USER."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                body = (
                    {"active": True, "username": USER} if token == GOOD_TOKEN else {"active": False}
                )
                payload = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/introspect"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- Dovecot ----------------------------------------------------------------------------------
DOVECOT = _binary("dovecot", "/usr/sbin/dovecot")


class Dovecot:
    """A throwaway Dovecot IMAP server: one user, password or XOAUTH2, optional TLS."""

    def __init__(
        self, *, cert: Path | None = None, key: Path | None = None, oauth_url: str | None = None
    ) -> None:
        assert DOVECOT is not None
        self.base = Path(tempfile.mkdtemp(prefix="secor-dovecot-"))
        self.port = free_port()
        self.tls_port = free_port() if cert else 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = self.base / "dovecot.log"
        root = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        self.mail_uid, self.mail_gid = (65534, 65534) if root else (os.getuid(), os.getgid())
        login_user = "dovenull" if root else me
        internal_user = "dovecot" if root else me
        self.base.chmod(0o755)  # the mail processes run as another user
        (self.base / "mail").mkdir()
        (self.base / "home").mkdir()
        if root:
            _give_to(self.base / "mail", self.mail_uid, self.mail_gid)
            _give_to(self.base / "home", self.mail_uid, self.mail_gid)
        passdbs = (
            f"passdb {{\n  driver = static\n  args = password={PASSWORD}\n"
            "  mechanisms = plain login\n}\n"
        )
        mechanisms = "plain login"
        if oauth_url:
            (self.base / "oauth2.conf").write_text(
                f"introspection_mode = post\nintrospection_url = {oauth_url}\n"
                "username_attribute = username\nactive_attribute = active\nactive_value = true\n"
                "force_introspection = yes\n"
            )
            passdbs += (
                "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {self.base}/oauth2.conf\n}}\n"
            )
            mechanisms += " xoauth2 oauthbearer"
        ssl = "no"
        if cert and key:
            ssl = f"yes\nssl_cert = <{cert}\nssl_key = <{key}\nssl_min_protocol = TLSv1.2"
        conf = f"""
base_dir = {self.base}/run
state_dir = {self.base}/state
log_path = {self.log}
info_log_path = {self.log}
protocols = imap
listen = 127.0.0.1
ssl = {ssl}
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = {mechanisms}
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {"dovecot" if root else me}
first_valid_uid = {min(self.mail_uid, 500)}
mail_location = maildir:{self.base}/mail/%u
mail_uid = {self.mail_uid}
mail_gid = {self.mail_gid}
{passdbs}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.base}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
protocol imap {{
  mail_max_userip_connections = 50
}}
"""
        self.conf = self.base / "dovecot.conf"
        self.conf.write_text(conf)

    @property
    def maildir(self) -> Path:
        return self.base / "mail" / USER

    def start(self) -> Dovecot:
        assert DOVECOT is not None
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.conf)], stdout=out, stderr=subprocess.STDOUT
            )
        _wait_port(self.port, self.proc, self.log)
        return self

    def stop(self) -> None:
        _stop(self.proc)
        self.proc = None

    def restart(self, down_seconds: float = 0.5) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()

    def renumber(self, folder: str = "INBOX") -> None:
        """Make the server give FOLDER a new UIDVALIDITY (stopped while its index is dropped)."""
        self.stop()
        box = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        for name in (
            "dovecot-uidlist",
            "dovecot.index",
            "dovecot.index.cache",
            "dovecot.index.log",
        ):
            with contextlib.suppress(FileNotFoundError):
                (box / name).unlink()
        time.sleep(1.1)  # UIDVALIDITY is a timestamp: make sure it changes
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)


# -- PostgreSQL -------------------------------------------------------------------------------
INITDB = _binary("initdb", "/usr/lib/postgresql/*/bin/initdb")
POSTGRES = _binary("postgres", "/usr/lib/postgresql/*/bin/postgres")


class Postgres:
    """A throwaway PostgreSQL cluster (trust auth on loopback) with a database per test."""

    def __init__(self) -> None:
        assert INITDB is not None and POSTGRES is not None
        self.base = Path(tempfile.mkdtemp(prefix="secor-pg-"))
        self.port = free_port()
        self.log = self.base / "postgres.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.user = "nobody" if os.geteuid() == 0 else None
        if self.user:
            os.chown(self.base, 65534, 65534)
        (self.base / "sock").mkdir()
        if self.user:
            os.chown(self.base / "sock", 65534, 65534)
        subprocess.run(
            [
                INITDB,
                "-D",
                str(self.base / "data"),
                "-U",
                "secor",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ],
            check=True,
            capture_output=True,
            user=self.user,
        )

    def start(self) -> Postgres:
        assert POSTGRES is not None
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [
                    POSTGRES,
                    "-D",
                    str(self.base / "data"),
                    "-p",
                    str(self.port),
                    "-k",
                    str(self.base / "sock"),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "max_connections=100",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                user=self.user,
            )
        _wait_port(self.port, self.proc, self.log)
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.admin_dsn, connect_timeout=2).close()
                return self
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    @property
    def admin_dsn(self) -> str:
        return f"postgresql://secor@127.0.0.1:{self.port}/postgres"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://secor@127.0.0.1:{self.port}/{name}"

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        _stop(self.proc)
        shutil.rmtree(self.base, ignore_errors=True)
