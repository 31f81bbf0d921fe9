"""Render the reply templates: Jinja2, sandboxed, staff overrides first, plain text out."""

from __future__ import annotations

import logging
import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    TemplateError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

log = logging.getLogger(__name__)

MAIN_TEMPLATE = "reply.txt.j2"
WIDTH = 76
_BULLET = re.compile(r"^(\s*)([-*] |\d+\. )")


@lru_cache(maxsize=8)
def environment(templates_dir: Path | None) -> ImmutableSandboxedEnvironment:
    """The template environment: TEMPLATES_DIR (COR staff's copies) before the packaged ones.

    Sandboxed and immutable, so a template can neither reach Python internals
    nor change the data it is given; employer text is only ever a variable's
    value, never template source.
    """
    loaders: list[BaseLoader] = []
    if templates_dir is not None:
        loaders.append(FileSystemLoader(str(templates_dir)))
    loaders.append(PackageLoader("intake.reply", "templates"))
    return ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(
    context: dict[str, Any], templates_dir: Path | None, template: str = MAIN_TEMPLATE
) -> str:
    """The reply body; a broken override falls back to the packaged templates (logged)."""
    try:
        text = environment(templates_dir).get_template(template).render(context)
    except TemplateError as exc:
        if templates_dir is None:
            raise
        log.warning(
            "reply template override in %s failed (%s: %s); using the packaged templates",
            templates_dir,
            type(exc).__name__,
            exc,
        )
        text = environment(None).get_template(template).render(context)
    return tidy(text)


def tidy(text: str) -> str:
    """Wrap long lines (bullets with a hanging indent), at most one blank line in a row."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        bullet = _BULLET.match(line)
        indent = " " * len(bullet.group(0)) if bullet else line[: len(line) - len(line.lstrip())]
        lines.extend(
            textwrap.wrap(
                line,
                width=WIDTH,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [line]
        )
    while lines and lines[-1] == "":
        lines.pop()
    while lines and lines[0] == "":
        lines.pop(0)
    return "\n".join(lines) + "\n"
