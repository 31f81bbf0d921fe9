"""Reading Authentication-Results (RFC 8601) and judging From alignment, with real samples."""

from __future__ import annotations

import pytest

from intake.sender_auth import Verdict, aligned, judge, parse

# As Gmail writes it (folded lines unfolded), for a message signed by the sender's domain.
GMAIL = (
    "mx.google.com; dkim=pass header.i=@birch-roofing.ca header.s=s1 header.b=Ab12Cd34; "
    "spf=pass (google.com: domain of dana@birch-roofing.ca designates 192.0.2.10 as permitted "
    "sender) smtp.mailfrom=dana@birch-roofing.ca; "
    "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=birch-roofing.ca"
)
# As Microsoft 365 writes it for a spoofed From.
M365_FORGED = (
    "spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=evil.example; dkim=none (message not "
    "signed) header.d=none;dmarc=fail action=quarantine header.from=birch-roofing.ca;compauth=fail "
    "reason=000"
)
# OpenDMARC / OpenDKIM on a Postfix border server, with a version and a quoted value.
POSTFIX = (
    'mx.acsa.ca 1; dkim=pass (2048-bit key; unprotected) header.d="mail.birch-roofing.ca" '
    "header.s=k1 header.a=rsa-sha256; dmarc=none (p=none dis=none) header.from=birch-roofing.ca"
)


def test_gmail_header_parses_into_methods_and_properties() -> None:
    parsed = parse(GMAIL)
    assert parsed is not None and parsed.authserv_id == "mx.google.com"
    methods = {r.method: r for r in parsed.results}
    assert methods["dkim"].result == "pass"
    assert methods["dkim"].properties["header.i"] == "@birch-roofing.ca"
    assert methods["spf"].properties["smtp.mailfrom"] == "dana@birch-roofing.ca"
    assert methods["dmarc"].properties["header.from"] == "birch-roofing.ca"


def test_a_quoted_value_a_version_and_comments_are_read() -> None:
    parsed = parse(POSTFIX)
    assert parsed is not None and parsed.authserv_id == "mx.acsa.ca"
    assert parsed.results[0].properties["header.d"] == "mail.birch-roofing.ca"
    assert parse("mx.acsa.ca; none") is not None
    assert parse("") is None and parse("   ; dkim=pass") is None


def test_only_a_header_from_our_own_server_counts() -> None:
    dana = "dana@birch-roofing.ca"
    assert judge([GMAIL], dana, ["mx.google.com"]) is Verdict.PASS
    # the same header, written by the sender itself, is ignored without a trusted id ...
    assert judge([GMAIL], dana, []) is Verdict.NONE
    assert judge([GMAIL], dana, ["mx.acsa.ca"]) is Verdict.NONE
    # ... and when it sits below our own server's header (our server adds its header on top)
    ours = "mx.acsa.ca; dkim=none; spf=none smtp.mailfrom=evil.example; dmarc=none"
    fake = GMAIL.replace("mx.google.com", "mx.acsa.ca")
    assert judge([ours, fake], dana, ["mx.acsa.ca"]) is Verdict.NONE


def test_dkim_passes_only_when_aligned_with_from() -> None:
    assert judge([POSTFIX], "dana@birch-roofing.ca", ["mx.acsa.ca"]) is Verdict.PASS
    assert judge([POSTFIX], "dana@other.example", ["mx.acsa.ca"]) is Verdict.NONE
    signed_elsewhere = (
        "mx.acsa.ca; dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=evil.example"
    )
    assert judge([signed_elsewhere], "dana@birch-roofing.ca", ["mx.acsa.ca"]) is Verdict.NONE


def test_dmarc_fail_means_forged() -> None:
    forged = "mx.acsa.ca; " + M365_FORGED
    assert judge([forged], "dana@birch-roofing.ca", ["mx.acsa.ca"]) is Verdict.FAIL


@pytest.mark.parametrize(
    ("domain", "from_domain", "expected"),
    [
        ("birch-roofing.ca", "birch-roofing.ca", True),
        ("mail.birch-roofing.ca", "birch-roofing.ca", True),
        ("birch-roofing.ca", "ab.birch-roofing.ca", True),
        ("evil-birch-roofing.ca", "birch-roofing.ca", False),
        ("ca", "birch-roofing.ca", False),
        ("", "birch-roofing.ca", False),
    ],
)
def test_relaxed_alignment(domain: str, from_domain: str, expected: bool) -> None:
    assert aligned(domain, from_domain) is expected
