"""The none-happened rule: an operational element the employer says had nothing to record."""

from __future__ import annotations

from intake.checks.context import CheckContext
from intake.checks.rules.year import own_words
from intake.problems import ProblemCode
from knowledge.labels import by_label

MAX_QUOTE = 80


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a match (bounded): the employer's words as they wrote them."""
    begin = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n")) + 1
    stops = [i for i in (text.find(mark, end) for mark in (".", "!", "?", "\n")) if i >= 0]
    finish = min(stops) + 1 if stops else len(text)
    sentence = " ".join(text[begin:finish].split()).rstrip("\n")
    if len(sentence) > MAX_QUOTE:
        sentence = " ".join(text[start:end].split())
    return sentence[:MAX_QUOTE]


class NoneHappened:
    """Missing operational elements the email says had no event (rules.toml [none_happened])."""

    name = "none-happened"
    description = "A missing operational element the employer says had nothing to record."

    def check(self, ctx: CheckContext) -> bool:
        """Hit (one none_reported problem per element, ``asked`` filled) when the email says so.

        The element stays in ``missing`` (the contract's list of required labels
        with no file); the reply asks about it instead of asking for it.
        """
        if ctx.envelope is None:
            return False
        words = f"{ctx.envelope.subject}\n{own_words(ctx.envelope.body)}"[:20_000]
        for label in ctx.missing:
            for pattern in ctx.program.none_happened.get(label, ()):
                match = pattern.search(words)
                if match is None:
                    continue
                quote = _sentence(words, match.start(), match.end())
                ctx.asked[label] = quote
                ctx.add(
                    ProblemCode.NONE_REPORTED,
                    "",
                    f"{by_label()[label].title}: no file, and the email says "
                    f"'{quote}'; asked about, not declared missing.",
                )
                break
        return bool(ctx.asked)
