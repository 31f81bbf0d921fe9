"""The year rule: certification or maintenance, given or read from the submission."""

from __future__ import annotations

import re

from intake.checks.context import CheckContext
from knowledge.labels import Year
from knowledge.rules import CHECKED_YEARS, YearCues

# Where a reply quotes the message it answers: that text is not the employer's own.
_QUOTE_START = re.compile(
    r"^\s*(on\b.{0,200}\bwrote:|-{2,}\s*original message\s*-{2,}|from:\s.+|_{10,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
MAX_TEXT = 100_000


def own_words(body: str) -> str:
    """The body without the quoted message it answers (quoted lines, "On ... wrote:")."""
    match = _QUOTE_START.search(body)
    if match:
        body = body[: match.start()]
    return "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(">"))


def year_from_text(text: str, cues: YearCues) -> Year:
    """The year a text points to, or unknown when it points nowhere or both ways."""
    text = text[:MAX_TEXT]
    for pattern in cues.neutral:
        text = pattern.sub(" ", text)
    scores = {
        year: sum(cue.weight * len(cue.pattern.findall(text)) for cue in cues.by_year[year])
        for year in CHECKED_YEARS
    }
    certification, maintenance = scores["certification"], scores["maintenance"]
    if certification > maintenance:
        return "certification"
    if maintenance > certification:
        return "maintenance"
    return "unknown"


class YearRule:
    """Settle the year: the one given wins; else the subject, the body, the evaluation tool."""

    name = "year"
    description = "Tell a certification year from a maintenance year."

    def check(self, ctx: CheckContext) -> bool:
        """Hit when the year is known (given or read)."""
        if ctx.given_year is not None:
            ctx.year, ctx.year_source = ctx.given_year, "argument"
            return ctx.year != "unknown"
        cues = ctx.program.year_cues
        sources: list[tuple[str, str]] = []
        if ctx.envelope is not None:
            sources += [("subject", ctx.envelope.subject), ("body", own_words(ctx.envelope.body))]
        tool = [f"{f.name}\n{f.document.text}" for f in ctx.labelled("evaluation_tool")]
        sources.append(("evaluation_tool", "\n".join(tool)))
        for source, text in sources:
            year = year_from_text(text, cues)
            if year != "unknown":
                ctx.year, ctx.year_source = year, source
                return True
        return False
