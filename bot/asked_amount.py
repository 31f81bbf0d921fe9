"""A figure the pages give, asked of in a message's own words (concepts for bot.asked_fact).

A message of two questions often loses its second figure: "how long is it good for, and
how much of a refund are we talking", "... and what's the max refund % from WCB",
"earliest when I can send the first one, and who can be the assessor?". The part that asks
the figure is short and the intent model reads it as the other part's topic, or as nothing.
The general rule: when a question names a thing whose size or time the pages state (the PIR
refund, the first submission) and asks how much, how big or how soon, that fact is said
first, whatever route answered it.
"""

from __future__ import annotations

from bot.concept import Concept, pattern

AMOUNT_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "refund_size",  # "how much of a refund", "max refund %", "how big is the rebate"
        pattern(r"\b(?:refunds?|rebates?|money back|premiums? back|pir)\b"),
        pattern(
            r"\b(?:how much|how big|how large|what (?:size|kind of money|amount|percent\w*)|"
            r"max(?:imum)?|most|up to|amount|percent\w*|per ?cent)\b|%"
        ),
        ("pir-refund-amount",),
        "pir",
        over_silence=True,
        unless=pattern(r"\b(?:when|how long (?:until|till|before|does it take)|how do (?:i|we))\b"),
    ),
    Concept(
        "first_submission_when",  # "earliest when I can send the first SECOR", "how soon"
        pattern(
            r"\b(?:send|submit\w*|apply\w*|application|hand (?:it|in)|evaluation tool|"
            r"fill (?:in|out) the (?:tool|evaluation))\b"
        ),
        pattern(
            r"\b(?:earliest|soonest|how soon|how early|as soon as|when is the earliest|"
            r"how long (?:do|must|should) (?:we|i) (?:wait|run|have)|"
            r"when (?:can|could|may) (?:i|we) (?:first |start |even )?(?:send|submit|apply|"
            r"fill))\b"
        ),
        ("step-documentation",),
        "documentation",
        over_silence=True,
        unless=pattern(
            r"\b(?:maintenance|renew\w*|due|deadline|anniversary|expir\w*|recertif\w*|"
            r"audit date|each year|every year)\b"
        ),
    ),
)
