"""Templates: staff overrides, a broken override, and employer text that stays data."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from core.config import IntakeSettings
from intake.reply.render import environment
from tests.checks.builders import Sub, email, flat


def test_an_override_in_templates_dir_wins(tmp_path: Path) -> None:
    (tmp_path / "signature.txt.j2").write_text("Cheers,\nThe COR team at {{ cor_address }}\n")
    _, reply = (
        Sub()
        .full()
        .triage(email("SECOR certification"), settings=IntakeSettings(templates_dir=tmp_path))
    )
    assert reply is not None
    assert reply.body.endswith("Cheers,\nThe COR team at cor@acsa.local\n")
    assert "Everything we check for" in flat(reply.body)


@pytest.mark.parametrize(
    "broken",
    [
        "{% if %}",  # syntax error
        "{{ no_such_variable }}",  # undefined
        "{{ ''.__class__.__mro__ }}",  # blocked by the sandbox
        "{{ missing.append(1) }}",  # immutable data
    ],
)
def test_a_broken_override_falls_back_to_the_packaged_templates(
    tmp_path: Path, broken: str, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "reply.txt.j2").write_text(broken)
    environment.cache_clear()
    with caplog.at_level(logging.WARNING):
        _, reply = (
            Sub()
            .full()
            .triage(email("SECOR certification"), settings=IntakeSettings(templates_dir=tmp_path))
        )
    assert reply is not None
    assert "Everything we check for" in flat(reply.body)
    assert "reply template override" in caplog.text


def test_employer_text_is_printed_never_run() -> None:
    sub = Sub().full().add("{{ 7*7 }} {% include 'x' %}.docx", "hazard_assessment")
    sub.add("Scan_0001\r\nBcc: evil@example.com.pdf", "hazard_assessment")
    envelope = email("SECOR certification {{ cor_address }}", sender_name="{{ 6*7 }}\nEvil")
    _, reply = sub.triage(envelope)
    assert reply is not None
    assert "- {{ 7*7 }} {% include 'x' %}.docx" in flat(reply.body)
    assert "Hello {{ 6*7 }} Evil," in reply.body
    assert "49" not in reply.body and "42," not in reply.body
    assert "\r" not in reply.body and "Scan_0001 Bcc: evil@example.com.pdf" in flat(reply.body)
    assert reply.subject == "Re: SECOR certification {{ cor_address }}"


def test_long_lines_are_wrapped_and_lists_are_cut() -> None:
    sub = Sub().full()
    for n in range(20):
        sub.add(f"loose file {n}.docx", "hazard_assessment")
    _, reply = sub.triage(email("SECOR certification"))
    assert reply is not None
    assert max(len(line) for line in reply.body.splitlines()) <= 76
    assert "  - loose file 11.docx\n  - and 8 more" in reply.body


def test_without_reference_the_reply_shows_a_stable_stand_in() -> None:
    _, first = Sub().full().triage(email("SECOR certification"), reference=None)
    _, second = Sub().full().triage(email("SECOR certification"), reference=None)
    assert first is not None and second is not None
    assert "SECOR-" in first.body and first.body == second.body
