"""Emails: envelope, attachments (RFC 2231/2047 names), forwarded mail, signature images."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path, PurePosixPath

from core.config import LimitsSettings, LinksSettings
from intake.ingest import ingest_email, parse_envelope
from intake.ingest.names import NAME_SLASH
from intake.problems import ProblemCode
from tests.ingest import builders as b

POLICY = b.pdf_bytes(["Health and Safety Policy"])
FLHA = b.pdf_bytes(["Field Level Hazard Assessment"])


def base_message(subject: str = "SECOR 2026 submission") -> EmailMessage:
    message = EmailMessage()
    message["From"] = '"Pat Owner" <Pat.Owner@Example.COM>'
    message["To"] = "cor@acsa.local"
    message["Subject"] = subject
    message["Message-ID"] = "<abc@example.com>"
    message["In-Reply-To"] = "<prev@acsa.local>"
    message["References"] = "<first@acsa.local> <prev@acsa.local>"
    message["Date"] = "Mon, 12 Jan 2026 09:30:00 -0700"
    message["Auto-Submitted"] = "no"
    message["List-Id"] = "<safety.example.com>"
    return message


def test_envelope_fields() -> None:
    message = base_message()
    message.set_content("Hello, our files: https://www.dropbox.com/s/abc/SECOR.zip?dl=0.\nThanks")
    message.add_alternative(
        '<p>Hello, <a href="https://drive.google.com/file/d/XYZ/view">our files</a></p>',
        subtype="html",
    )
    envelope = parse_envelope(message.as_bytes())
    assert envelope.sender == "pat.owner@example.com"
    assert envelope.sender_name == "Pat Owner"
    assert envelope.subject == "SECOR 2026 submission"
    assert envelope.message_id == "<abc@example.com>"
    assert envelope.in_reply_to == "<prev@acsa.local>"
    assert envelope.references == ["<first@acsa.local>", "<prev@acsa.local>"]
    assert isinstance(envelope.date, datetime) and envelope.date.year == 2026
    assert envelope.headers["auto-submitted"] == "no"
    assert envelope.headers["list-id"] == "<safety.example.com>"
    assert envelope.body.startswith("Hello, our files")
    assert envelope.links == [
        "https://www.dropbox.com/s/abc/SECOR.zip?dl=0",
        "https://drive.google.com/file/d/XYZ/view",
    ]


def test_html_only_body_and_odd_charset() -> None:
    raw = (
        b"From: =?iso-8859-1?q?Ren=E9?= <rene@example.com>\r\n"
        b"Subject: =?utf-8?b?w4lsw6ltZW50IDI=?=\r\n"
        b"Content-Type: text/html; charset=x-unknown-charset\r\n\r\n"
        b"<html><body><p>Voici les fichiers \xe9l\xe9ment 2</p>"
        b"<script>x()</script></body></html>\r\n"
    )
    envelope = parse_envelope(raw)
    assert envelope.sender == "rene@example.com"
    assert envelope.subject == "Élément 2"
    assert "Voici les fichiers" in envelope.body and "x()" not in envelope.body


def test_broken_mime_is_tolerated(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    raw = (
        b"From: a@example.com\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'
        b"--XX\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=p.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").b64encode(POLICY)
        + b"\r\n"
    )  # no closing boundary
    envelope, result = ingest_email(raw, workdir, limits, links)
    assert envelope.body == "see attached"
    assert [d.path for d in result.documents] == ["p.pdf"]


def test_rfc2231_and_rfc2047_file_names(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    raw = (
        b"From: a@example.com\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'
        b"--XX\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment;"
        b" filename*=utf-8''%C3%89l%C3%A9ment%202%20-%20FLHA.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").b64encode(FLHA)
        + b"\r\n"
        b"--XX\r\nContent-Type: application/pdf;\r\n"
        b' name="=?utf-8?q?Politique_s=C3=A9curit=C3=A9.pdf?="\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").b64encode(POLICY)
        + b"\r\n"
        b"--XX--\r\n"
    )
    _, result = ingest_email(raw, workdir, limits, links)
    assert [d.path for d in result.documents] == ["Élément 2 - FLHA.pdf", "Politique sécurité.pdf"]
    assert result.documents[0].member_path == PurePosixPath("Élément 2 - FLHA.pdf")


def test_forwarded_eml_and_rfc822_part(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    forwarded = base_message("FW: element 2")
    forwarded.set_content("see attached")
    forwarded.add_attachment(FLHA, maintype="application", subtype="pdf", filename="att.pdf")
    inner = base_message("element 1")
    inner.set_content("policy attached")
    inner.add_attachment(POLICY, maintype="application", subtype="pdf", filename="policy.pdf")

    outer = base_message()
    outer.set_content("Two forwarded messages")
    outer.add_attachment(
        forwarded.as_bytes(), maintype="application", subtype="octet-stream", filename="fwd.eml"
    )
    outer.add_attachment(inner)  # message/rfc822
    zipped = b.zip_bytes({"Element 2/x.pdf": b.pdf_bytes(["Hazard assessment form"])})
    outer.add_attachment(zipped, maintype="application", subtype="zip", filename="sub.zip")
    _, result = ingest_email(outer.as_bytes(), workdir, limits, links)
    paths = [d.path for d in result.documents]
    assert paths == ["fwd.eml!att.pdf", "element 1.eml!policy.pdf", "sub.zip!Element 2/x.pdf"]
    assert result.documents[0].member_path == PurePosixPath("att.pdf")
    assert result.documents[2].member_path == PurePosixPath("sub/Element 2/x.pdf")
    assert result.problems == []


def test_signature_images_are_left_out(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    from PIL import Image

    logo = b.image_bytes(Image.new("RGB", (120, 40), "navy"), "PNG")
    photo = b.image_bytes(b.text_image(["SITE INSPECTION"], size=(900, 700)), "JPEG")
    photo += b"\x00" * max(0, limits.signature_image_bytes + 1 - len(photo))  # a real-sized photo
    message = base_message()
    message.set_content("see photo")
    message.add_alternative('<p>see photo</p><img src="cid:logo001">', subtype="html")
    html = message.get_payload()[1]  # type: ignore[index]
    assert isinstance(html, EmailMessage)
    html.add_related(
        logo, maintype="image", subtype="png", cid="<logo001>", filename="image001.png"
    )
    message.add_attachment(photo, maintype="image", subtype="jpeg", filename="IMG_1001.jpg")
    _, result = ingest_email(message.as_bytes(), workdir, limits, links)
    assert [d.path for d in result.documents] == ["IMG_1001.jpg"]


def test_duplicate_attachments_count_once(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    message = base_message()
    message.set_content("twice")
    message.add_attachment(POLICY, maintype="application", subtype="pdf", filename="policy.pdf")
    message.add_attachment(POLICY, maintype="application", subtype="pdf", filename="policy (1).pdf")
    _, result = ingest_email(message.as_bytes(), workdir, limits, links)
    assert [d.path for d in result.documents] == ["policy.pdf"]
    assert [(p.code, p.path) for p in result.problems] == [
        (ProblemCode.DUPLICATE_FILE, "policy (1).pdf")
    ]


def test_attachments_are_stored_byte_for_byte(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    message = base_message()
    message.set_content("one file")
    message.add_attachment(
        POLICY, maintype="application", subtype="pdf", filename="../../policy.pdf"
    )
    _, result = ingest_email(message.as_bytes(), workdir, limits, links)
    (doc,) = result.documents
    assert doc.path == "policy.pdf"
    assert [p.code for p in result.problems] == [ProblemCode.UNSAFE_PATH]  # not silently
    assert doc.stored_path is not None and doc.stored_path.read_bytes() == POLICY
    assert workdir.resolve() in doc.stored_path.resolve().parents


def test_damaged_outlook_message_is_unreadable_not_fatal(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    message = base_message()
    message.set_content("forwarded from Outlook")
    broken = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    message.add_attachment(
        broken, maintype="application", subtype="vnd.ms-outlook", filename="FW.msg"
    )
    message.add_attachment(POLICY, maintype="application", subtype="pdf", filename="policy.pdf")
    _, result = ingest_email(message.as_bytes(), workdir, limits, links)
    assert [d.path for d in result.documents] == ["policy.pdf"]
    assert [(p.code, p.path) for p in result.problems] == [(ProblemCode.UNREADABLE_FILE, "FW.msg")]


def test_a_raw_8bit_subject_mixing_utf8_and_windows_1252_reads_right() -> None:
    """QA: a Norwegian subject came back with replacement characters in the reply's subject."""
    raw = (
        b"From: Ola <ola@nordbygg.example>\r\nTo: cor@acsa.local\r\n"
        b"Subject: SECOR 2026 \xe2\x80\x93 Nordbygg s\xf8knad\r\n\r\nHei\r\n"
    )
    assert parse_envelope(raw).subject == "SECOR 2026 \u2013 Nordbygg s\u00f8knad"


def test_a_slash_in_an_attachments_name_is_part_of_the_name_not_a_folder(
    workdir: Path, limits: LimitsSettings, links: LinksSettings
) -> None:
    """QA: "Policy <b>2026</b>.txt" came out as "b>.txt". A path as sent (Windows' full
    path, "../") still keeps only its file name, reported when it could escape."""
    message = base_message()
    message.set_content("three files")
    for name in ("Policy 2025/2026.pdf", "C:\\Users\\pat\\FLHA.pdf", "../../ERP.pdf"):
        message.add_attachment(b"%PDF " + name.encode(), "application", "pdf", filename=name)
    _, result = ingest_email(message.as_bytes(), workdir, limits, links)
    assert [d.path for d in result.documents] == [
        f"Policy 2025{NAME_SLASH}2026.pdf",
        "FLHA.pdf",
        "ERP.pdf",
    ]
    renamed = [p.path for p in result.problems if p.code == ProblemCode.UNSAFE_PATH]
    assert renamed == ["FLHA.pdf", "ERP.pdf"]
    assert all("/" not in str(d.stored_path.name) for d in result.documents if d.stored_path)
