"""Small hostile inputs built in the tests (never stored): tar headers, nested mail."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from email.message import EmailMessage


def tar_header(name: bytes, size: int, kind: bytes) -> bytes:
    """One 512-byte ustar header declaring SIZE bytes of type KIND, checksum filled in."""
    block = bytearray(512)
    block[0 : len(name)] = name
    block[100:108] = b"0000644\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = f"{size:011o}\0".encode()
    block[136:148] = b"00000000000\0"
    block[148:156] = b" " * 8
    block[156:157] = kind
    block[257:263] = b"ustar\0"
    block[263:265] = b"00"
    block[148:156] = f"{sum(block):06o}\0 ".encode()
    return bytes(block)


def pad(data: bytes) -> bytes:
    return data + bytes(-len(data) % 512)


def long_name_tar_gz(declared: int, present: int) -> bytes:
    """A .tar.gz whose GNU long-name header declares DECLARED bytes (PRESENT of them there)."""
    body = tar_header(b"././@LongLink", declared, b"L") + pad(b"a" * present)
    body += tar_header(b"policy.txt", 6, b"0") + pad(b"policy") + bytes(1024)
    return gzip.compress(body)


def pax_digits_tar_gz(digits: int) -> bytes:
    """CVE-2024-6232: a pax header of one long run of digits (quadratic to parse before 3.11.10)."""
    payload = b"1" * digits + b" path=x\n"
    body = tar_header(b"././@PaxHeader", len(payload), b"x") + pad(payload)
    body += tar_header(b"policy.txt", 6, b"0") + pad(b"policy") + bytes(1024)
    return gzip.compress(body)


def plain_tar_gz(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def email_with(files: dict[str, bytes], subject: str = "SECOR") -> bytes:
    msg = EmailMessage()
    msg["From"] = "dana@birch-roofing.ca"
    msg["To"] = "cor@acsa.local"
    msg["Subject"] = subject
    msg.set_content("Attached.")
    for name, data in files.items():
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()
