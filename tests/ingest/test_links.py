"""Download links: rewriting, the allow-list, private addresses, and each provider end to end."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path, PurePosixPath

import pytest

from core.config import LimitsSettings, LinksSettings
from intake.documents import IngestResult
from intake.ingest import ingest_email
from intake.ingest.fetch import address_allowed, content_disposition_name
from intake.ingest.links import host_matches, is_download_candidate, plan_download
from intake.problems import ProblemCode
from tests.ingest import builders as b
from tests.ingest.standin import provider_standin

PDF = b.pdf_bytes(["Emergency Response Plan"])
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf_reply(name: str, data: bytes = PDF) -> tuple[int, dict[str, str], bytes]:
    return (
        200,
        {
            "Content-Type": "application/pdf",
            "Content-Disposition": f'attachment; filename="{name}"',
        },
        data,
    )


def redirect(location: str, status: int = 302) -> tuple[int, dict[str, str], bytes]:
    return status, {"Location": location}, b""


def email_with(*urls: str) -> bytes:
    message = EmailMessage()
    message["From"] = "owner@example.com"
    message["To"] = "cor@acsa.local"
    message["Subject"] = "SECOR links"
    message.set_content("Our files:\n" + "\n".join(urls) + "\n\nPat - https://www.acme-roofing.ca")
    return message.as_bytes()


def take(workdir: Path, limits: LimitsSettings, links: LinksSettings, *urls: str) -> IngestResult:
    _, result = ingest_email(email_with(*urls), workdir, limits, links)
    return result


# rewriting and the allow-list -------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "direct"),
    [
        ("https://www.dropbox.com/s/abc/F.pdf?dl=0", "https://www.dropbox.com/s/abc/F.pdf?dl=1"),
        (
            "https://www.dropbox.com/scl/fo/xyz/h?rlkey=k&dl=0",
            "https://www.dropbox.com/scl/fo/xyz/h?rlkey=k&dl=1",
        ),
        (
            "https://acme.sharepoint.com/:b:/g/personal/pat/EAbc?e=1",
            "https://acme.sharepoint.com/:b:/g/personal/pat/EAbc?e=1&download=1",
        ),
        (
            "https://drive.google.com/file/d/1AbC-d_e/view?usp=sharing",
            "https://drive.google.com/uc?export=download&id=1AbC-d_e",
        ),
        (
            "https://drive.google.com/open?id=1AbC",
            "https://drive.google.com/uc?export=download&id=1AbC",
        ),
        (
            "https://docs.google.com/document/d/DOC1/edit",
            "https://docs.google.com/document/d/DOC1/export?format=docx",
        ),
        (
            "https://docs.google.com/spreadsheets/d/S1/edit#gid=0",
            "https://docs.google.com/spreadsheets/d/S1/export?format=xlsx",
        ),
        ("https://app.box.com/s/h4sh", "https://app.box.com/shared/static/h4sh"),
        (
            "https://1drv.ms/b/s!AbCd",
            "https://api.onedrive.com/v1.0/shares/u!aHR0cHM6Ly8xZHJ2Lm1zL2IvcyFBYkNk/root/content",
        ),
    ],
)
def test_share_links_become_direct_downloads(url: str, direct: str) -> None:
    assert plan_download(url).url == direct


@pytest.mark.parametrize(
    "url",
    [
        "https://drive.google.com/drive/folders/1AbC",
        "https://1drv.ms/f/s!AbCd",
        "https://acme.sharepoint.com/:f:/g/personal/pat/EAbc",
    ],
)
def test_folder_links_need_a_zip(url: str) -> None:
    plan = plan_download(url)
    assert plan.url is None and plan.failure and "zip" in plan.failure


def test_allow_list_and_lookalikes() -> None:
    hosts = LinksSettings().allowed_hosts
    assert host_matches("www.dropbox.com", hosts)
    assert host_matches("acme.sharepoint.com", hosts)
    assert not host_matches("sharepoint.com.evil.example", hosts)
    assert not host_matches("dropbox.com.evil.example", hosts)
    assert not host_matches("evil-dropbox.com", hosts)
    assert not host_matches("evilsharepoint.com", hosts)
    assert not host_matches("127.0.0.1", ["127.0.0.1"])
    assert not is_download_candidate("https://www.acme-roofing.ca/about", hosts)
    assert is_download_candidate("https://evil-dropbox.com/s/x", hosts)
    assert is_download_candidate("https://10.0.0.1/x", hosts)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "2002:7f00:1::1",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not address_allowed(address)


def test_public_addresses_pass() -> None:
    assert address_allowed("162.125.1.18")
    assert address_allowed("2620:100:6016:18::a27d:112")
    assert address_allowed("127.0.0.1", allow_loopback=True)
    assert not address_allowed("10.0.0.1", allow_loopback=True)


def test_content_disposition_names() -> None:
    assert content_disposition_name('attachment; filename="a b.pdf"') == "a b.pdf"
    assert (
        content_disposition_name(
            "attachment; filename=\"x.pdf\"; filename*=UTF-8''%C3%89l%C3%A9ment%202.pdf"
        )
        == "Élément 2.pdf"
    )
    assert content_disposition_name('attachment; filename="../../etc/passwd"') == "passwd"
    assert content_disposition_name(None) is None


# refused without any request -------------------------------------------------------------


def test_private_and_lookalike_links_are_not_fetched(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    urls = [
        "https://127.0.0.1/files.zip",
        "https://10.0.0.1/s/abc?dl=0",
        "https://169.254.169.254/latest/meta-data/x.zip",
        "https://[::1]/x.pdf",
        "https://dropbox.com.evil.example/s/x/f.zip?dl=0",
        "https://evil-dropbox.com/s/x/f.zip",
        "http://www.dropbox.com/s/abc/f.pdf?dl=0",
        "https://www.dropbox.com:8443/s/abc/f.pdf?dl=0",
    ]
    with provider_standin() as (standin, _):
        result = take(workdir, limits, links, *urls)
        assert standin.requests == []
    assert result.documents == []
    assert [p.code for p in result.problems] == [ProblemCode.LINK_NOT_ALLOWED] * len(urls)
    assert [p.path for p in result.problems] == urls


def test_loopback_is_refused_outside_the_test_network(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    open_list = links.model_copy(update={"allowed_hosts": ["localhost"]})
    result = take(workdir, limits, open_list, "https://localhost/s/x.pdf")
    assert [p.code for p in result.problems] == [ProblemCode.LINK_NOT_ALLOWED]
    assert "private" in result.problems[0].message


@pytest.mark.slow
def test_host_resolving_to_a_private_address_is_not_fetched(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    with provider_standin({"www.dropbox.com": ["10.20.30.40"]}) as (standin, _):
        result = take(workdir, limits, links, "https://www.dropbox.com/s/abc/plan.pdf?dl=0")
        assert standin.requests == []
    assert [p.code for p in result.problems] == [ProblemCode.LINK_NOT_ALLOWED]


@pytest.mark.slow
def test_redirects_are_checked_again(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    with provider_standin({"dl.dropboxusercontent.com": ["169.254.169.254"]}) as (standin, _):
        standin.route(
            "https://www.dropbox.com/s/a/one.pdf", redirect("https://dl.dropboxusercontent.com/x")
        )
        standin.route(
            "https://www.dropbox.com/s/b/two.pdf", redirect(f"https://127.0.0.1:{standin.port}/x")
        )
        standin.route(
            "https://www.dropbox.com/s/c/three.pdf", redirect("https://evil.example/x.pdf")
        )
        standin.route(
            "https://www.dropbox.com/s/d/four.pdf", redirect("http://dl.dropboxusercontent.com/x")
        )
        result = take(
            workdir,
            limits,
            links,
            "https://www.dropbox.com/s/a/one.pdf?dl=0",
            "https://www.dropbox.com/s/b/two.pdf?dl=0",
            "https://www.dropbox.com/s/c/three.pdf?dl=0",
            "https://www.dropbox.com/s/d/four.pdf?dl=0",
        )
        assert standin.hosts_requested() == {"www.dropbox.com"}
    assert [p.code for p in result.problems] == [ProblemCode.LINK_NOT_ALLOWED] * 4


# each provider through the stand-in ------------------------------------------------------


@pytest.mark.slow
def test_every_provider_end_to_end(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    zipped = b.zip_bytes({"flha.pdf": b.pdf_bytes(["Field Level Hazard Assessment"])})
    docx = b.docx_bytes(["Company rules"])
    xlsx = b.xlsx_bytes([["Inspection", "2026-01-02"]])
    confirm_page = (
        b'<html><form id="download-form" method="get"'
        b' action="https://drive.usercontent.google.com/download">'
        b'<input type="hidden" name="id" value="GID">'
        b'<input type="hidden" name="export" value="download">'
        b'<input type="hidden" name="confirm" value="t"></form></html>'
    )

    def drive_download(path: str) -> tuple[int, dict[str, str], bytes]:
        if "confirm=t" in path:
            return pdf_reply("Training record.pdf", b.pdf_bytes(["Training record"]))
        return 200, {"Content-Type": "text/html; charset=utf-8"}, confirm_page

    with provider_standin() as (standin, _):
        standin.route(
            "https://www.dropbox.com/scl/fi/abc/Element%202.zip",
            redirect("https://uc1a2b.dl.dropboxusercontent.com/cd/0/get/XYZ/file"),
        )
        standin.route(
            "https://uc1a2b.dl.dropboxusercontent.com/cd/0/get/XYZ/file",
            (
                200,
                {
                    "Content-Type": "application/zip",
                    "Content-Disposition": (
                        "attachment; filename=\"Element 2.zip\"; filename*=UTF-8''Element%202.zip"
                    ),
                },
                zipped,
            ),
        )
        onedrive = plan_download("https://1drv.ms/b/s!AbCd").url
        assert onedrive is not None
        standin.route(onedrive, redirect("https://public.bn1.files.1drv.com/y4m/erp.pdf?download"))
        standin.route("https://public.bn1.files.1drv.com/y4m/erp.pdf", pdf_reply("ERP 2026.pdf"))
        standin.route(
            "https://acme.sharepoint.com/:b:/g/personal/pat/EAbc",
            lambda path: (
                pdf_reply("Inspections.pdf", b.pdf_bytes(["Inspection"]))
                if "download=1" in path
                else (200, {"Content-Type": "text/html"}, b"<html>viewer</html>")
            ),
        )
        standin.route(
            "https://drive.google.com/uc",
            redirect("https://drive.usercontent.google.com/download?id=GID&export=download", 303),
        )
        standin.route("https://drive.usercontent.google.com/download", drive_download)
        standin.route(
            "https://docs.google.com/document/d/DOC1/export",
            (
                200,
                {
                    "Content-Type": DOCX_TYPE,
                    "Content-Disposition": 'attachment; filename="Company rules.docx"',
                },
                docx,
            ),
        )
        standin.route(
            "https://app.box.com/shared/static/h4sh", redirect("https://public.boxcloud.com/d/1/dl")
        )
        standin.route(
            "https://public.boxcloud.com/d/1/dl",
            (
                200,
                {
                    "Content-Type": "application/octet-stream",
                    "Transfer-Encoding": "chunked",
                    "Content-Disposition": 'attachment; filename="Inspection log.xlsx"',
                },
                xlsx,
            ),
        )
        result = take(
            workdir,
            limits,
            links,
            "https://www.dropbox.com/scl/fi/abc/Element%202.zip?rlkey=k&dl=0",
            "https://1drv.ms/b/s!AbCd",
            "https://acme.sharepoint.com/:b:/g/personal/pat/EAbc?e=x1",
            "https://drive.google.com/file/d/GID/view?usp=sharing",
            "https://docs.google.com/document/d/DOC1/edit?usp=sharing",
            "https://app.box.com/s/h4sh",
        )
    assert result.problems == []
    assert [d.path for d in result.documents] == [
        "Element 2.zip!flha.pdf",
        "ERP 2026.pdf",
        "Inspections.pdf",
        "Training record.pdf",
        "Company rules.docx",
        "Inspection log.xlsx",
    ]
    assert result.documents[0].member_path == PurePosixPath("Element 2/flha.pdf")
    assert all(d.text for d in result.documents)
    assert all(
        d.stored_path and workdir.resolve() in d.stored_path.resolve().parents
        for d in result.documents
    )


@pytest.mark.slow
def test_links_that_fail_say_why(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    small = links.model_copy(update={"max_download_bytes": 100_000})
    with provider_standin() as (standin, _):
        standin.route(
            "https://www.dropbox.com/s/login/plan.pdf",
            (200, {"Content-Type": "text/html"}, b"<html><form>Sign in to Dropbox</form></html>"),
        )
        standin.route(
            "https://www.dropbox.com/s/gone/plan.pdf", (404, {"Content-Type": "text/html"}, b"")
        )
        standin.route("https://www.dropbox.com/s/private/plan.pdf", (403, {}, b""))
        standin.route(
            "https://www.dropbox.com/s/big/plan.pdf", pdf_reply("big.pdf", b"%PDF" + b"0" * 200_000)
        )
        standin.route(
            "https://www.dropbox.com/s/bigger/plan.pdf",
            (
                200,
                {"Content-Type": "application/pdf", "Transfer-Encoding": "chunked"},
                b"%PDF" + b"1" * 300_000,
            ),
        )
        result = take(
            workdir,
            limits,
            small,
            "https://www.dropbox.com/s/login/plan.pdf?dl=0",
            "https://www.dropbox.com/s/gone/plan.pdf?dl=0",
            "https://www.dropbox.com/s/private/plan.pdf?dl=0",
            "https://www.dropbox.com/s/big/plan.pdf?dl=0",
            "https://www.dropbox.com/s/bigger/plan.pdf?dl=0",
            "https://drive.google.com/drive/folders/FOLDER1",
        )
        assert ("drive.google.com", "/drive/folders/FOLDER1") not in standin.requests
    assert result.documents == []
    assert [p.code for p in result.problems] == [ProblemCode.LINK_FAILED] * 6
    messages = [p.message for p in result.problems]
    assert "sign-in" in messages[0]
    assert "expired" in messages[1]
    assert "permission" in messages[2]
    assert "larger" in messages[3] and "larger" in messages[4]
    assert "zip" in messages[5]
    assert all(m.endswith(".") for m in messages)  # each a sentence in the reply's list
    assert not any(p.is_file() for p in (workdir / "files").rglob("*"))


@pytest.mark.slow
def test_onedrive_falls_back_to_the_link_itself(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    api = plan_download("https://1drv.ms/w/s!Zz9").url
    assert api is not None
    with provider_standin() as (standin, _):
        standin.route(api, (401, {"Content-Type": "application/json"}, b"{}"))
        standin.route(
            "https://1drv.ms/w/s!Zz9",
            redirect("https://onedrive.live.com/redir?resid=R1&authkey=K1", 301),
        )
        standin.route(
            "https://onedrive.live.com/download",
            lambda path: pdf_reply("Orientation.pdf") if "resid=R1" in path else (404, {}, b""),
        )
        result = take(workdir, limits, links, "https://1drv.ms/w/s!Zz9")
    assert result.problems == []
    assert [d.path for d in result.documents] == ["Orientation.pdf"]


def test_links_beyond_the_cap_are_not_fetched(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    capped = links.model_copy(update={"max_links": 1})
    result = take(
        workdir,
        limits,
        capped,
        "https://drive.google.com/drive/folders/F1",
        "https://www.dropbox.com/s/abc/f.pdf?dl=0",
    )
    assert [p.code for p in result.problems] == [ProblemCode.LINK_FAILED] * 2
    assert "more links" in result.problems[1].message
