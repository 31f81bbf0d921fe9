"""Links in an email body: finding them, and rewriting share links to direct downloads."""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_URL = re.compile(r"""(?i)\bhttps?://(?:\[[0-9a-f:.]+\]|[^\s/<>"'\[\]{}|^`]+)[^\s<>"'\[\]{}|^`]*""")
_TRAILING = ".,;:!?)]}>'\"*"
_SHARING_WORDS = (
    "dropbox",
    "1drv",
    "onedrive",
    "sharepoint",
    "drive.google",
    "docs.google",
    "box.com",
    "boxcloud",
    "wetransfer",
    "we.tl",
    "mega.nz",
    "icloud.com",
    "mediafire",
    "sendspace",
    "hightail",
    "filemail",
    "sync.com",
    "pcloud",
    "tresorit",
    "egnyte",
    "smash",
)
_FILE_SUFFIXES = (
    ".zip",
    ".7z",
    ".rar",
    ".tar",
    ".gz",
    ".tgz",
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".csv",
    ".ppt",
    ".pptx",
    ".jpg",
    ".jpeg",
    ".png",
    ".heic",
    ".txt",
    ".rtf",
    ".odt",
)


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            for key, value in attrs:
                if key == "href" and value:
                    self.hrefs.append(value.strip())


def find_links(text: str, html: str = "") -> list[str]:
    """Every http(s) link in the body text and in the HTML anchors, first seen first."""
    found: list[str] = []
    for match in _URL.finditer(text or ""):
        found.append(match.group().rstrip(_TRAILING))
    if html:
        parser = _Anchors()
        with contextlib.suppress(Exception):  # malformed HTML: keep what was parsed
            parser.feed(html)
            parser.close()
        found += [h for h in parser.hrefs if h.lower().startswith(("http://", "https://"))]
        found += [m.group().rstrip(_TRAILING) for m in _URL.finditer(html)]
    unique: list[str] = []
    for url in found:
        if url not in unique:
            unique.append(url)
    return unique


def host_of(url: str) -> str:
    """The lower-cased host name of URL, without a trailing dot ('' when there is none)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def is_ip_literal(host: str) -> bool:
    """Whether HOST is an IP address rather than a name."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def host_matches(host: str, patterns: list[str]) -> bool:
    """Whether HOST is on the list: exact names, or ``*.example.com`` for any subdomain."""
    host = host.rstrip(".").lower()
    if not host or is_ip_literal(host):
        return False
    for pattern in patterns:
        pattern = pattern.strip().rstrip(".").lower()
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]) and len(host) > len(pattern) - 1:
                return True
        elif host == pattern:
            return True
    return False


def is_download_candidate(url: str, allowed_hosts: list[str]) -> bool:
    """Whether a body link looks like files sent to us (not a signature's web site)."""
    host = host_of(url)
    if not host:
        return False
    if host_matches(host, allowed_hosts) or is_ip_literal(host):
        return True
    if any(word in host for word in _SHARING_WORDS):
        return True
    path = urlsplit(url).path.lower()
    return path.endswith(_FILE_SUFFIXES)


@dataclass(frozen=True)
class LinkPlan:
    """How to fetch one link: the direct-download URL, or why it cannot be fetched."""

    original: str
    provider: str
    url: str | None
    failure: str | None = None
    fallbacks: tuple[str, ...] = ()


_FOLDER_NEEDS_ZIP = (
    "is a shared folder, which we cannot download; please zip the folder and attach it, "
    "or share a link to the zip file"
)


def rewrite_redirect(url: str) -> str:
    """A provider's viewer redirect turned into its download form (OneDrive /redir)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host == "onedrive.live.com" and parts.path.lower() == "/redir":
        return urlunsplit((parts.scheme, parts.netloc, "/download", parts.query, ""))
    return url


def _with_query(url: str, **params: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query += list(params.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def plan_download(url: str) -> LinkPlan:
    """The provider's direct-download form of a share link (unknown links stay as they are)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".").lower()
    path = parts.path
    if host in ("dropbox.com", "www.dropbox.com"):
        direct = _with_query(url, dl="1")
        direct = direct.replace("://dropbox.com", "://www.dropbox.com", 1)
        return LinkPlan(url, "Dropbox", direct)
    if host.endswith("dropboxusercontent.com"):
        return LinkPlan(url, "Dropbox", url)
    if host == "1drv.ms" or host.endswith("onedrive.live.com"):
        if host == "1drv.ms" and re.match(r"^/f/", path):
            return LinkPlan(url, "OneDrive", None, _FOLDER_NEEDS_ZIP)
        token = base64.urlsafe_b64encode(url.encode("utf-8")).decode("ascii").rstrip("=")
        api = f"https://api.onedrive.com/v1.0/shares/u!{token}/root/content"
        # if the shares API refuses, the link itself may redirect to a /download address
        return LinkPlan(url, "OneDrive", api, fallbacks=(url,))
    if host.endswith(".sharepoint.com"):
        if re.match(r"^/:f:/", path):
            return LinkPlan(url, "SharePoint", None, _FOLDER_NEEDS_ZIP)
        return LinkPlan(url, "SharePoint", _with_query(url, download="1"))
    if host in ("drive.google.com", "docs.google.com", "drive.usercontent.google.com"):
        return _plan_google(url, host, path, parts.query)
    if host == "box.com" or host.endswith(".box.com"):
        match = re.match(r"^/s/([A-Za-z0-9]+)", path)
        if match:
            base = host if host != "box.com" else "app.box.com"
            return LinkPlan(url, "Box", f"https://{base}/shared/static/{match.group(1)}")
        if path.startswith("/shared/static/"):
            return LinkPlan(url, "Box", url)
        if path.startswith(("/folder/", "/s/")):
            return LinkPlan(url, "Box", None, _FOLDER_NEEDS_ZIP)
        return LinkPlan(url, "Box", url)
    return LinkPlan(url, host or "the link", url)


_GOOGLE_EXPORTS = {
    "document": "docx",
    "spreadsheets": "xlsx",
    "presentation": "pptx",
    "drawings": "pdf",
}


def _plan_google(url: str, host: str, path: str, query: str) -> LinkPlan:
    params = dict(parse_qsl(query))
    if host == "docs.google.com":
        match = re.match(r"^/(document|spreadsheets|presentation|drawings)/d/([\w-]+)", path)
        if match:
            kind, doc_id = match.groups()
            fmt = _GOOGLE_EXPORTS[kind]
            return LinkPlan(
                url, "Google Docs", f"https://docs.google.com/{kind}/d/{doc_id}/export?format={fmt}"
            )
        return LinkPlan(url, "Google Docs", url)
    if "/folders/" in path:
        return LinkPlan(url, "Google Drive", None, _FOLDER_NEEDS_ZIP)
    match = re.match(r"^/file/d/([\w-]+)", path)
    file_id = match.group(1) if match else params.get("id")
    if file_id and re.fullmatch(r"[\w-]+", file_id):
        return LinkPlan(
            url, "Google Drive", f"https://drive.google.com/uc?export=download&id={file_id}"
        )
    return LinkPlan(url, "Google Drive", url)
