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
from bot.unstated_terms import CERTIFICATE_FORM

AMOUNT_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "refund_size",  # "how much of a refund", "max refund %", "how big is the rebate"
        pattern(
            r"\b(?:refunds?|rebates?|money back|premiums? back|pir)\b|"
            # a share of the premiums got back: "what percentage back from WCB"
            r"(?:\b(?:percent\w*|how much|cash)|%)\s+back\b|"
            r"\bback (?:from|on|off|out of) (?:the |our |your |my )?(?:wcb|premiums?)\b"
        ),
        pattern(
            r"\b(?:how much|how big|how large|what (?:size|kind of money|amount|percent\w*)|"
            r"max(?:imum)?|most|up to|amount|percent\w*|per ?cent)\b|%"
        ),
        ("pir-refund-amount",),
        "pir",
        unless=pattern(
            r"\b(?:when|how long (?:until|till|before|does it take)|how do (?:i|we)|calculat\w*|"
            r"worked out|work(?:ed)? out|formula|cheques?|checks?|dollars?|bucks|exactly|budget|"
            r"first year|will (?:my|our|we|i)|for us|our size)\b|\$|\d{3,}|\d+k\b|grand"
        ),
    ),
    Concept(
        "first_submission_when",  # "earliest when I can send the first SECOR", "how soon"
        pattern(
            r"\b(?:send|submit\w*|apply\w*|application|hand (?:it|in)|evaluation tool|"
            r"fill (?:in|out) the (?:secor )?(?:tool|evaluation))\b"
        ),
        pattern(
            r"\b(?:earliest|soonest|how soon|how early|as soon as|when is the earliest|"
            r"how long (?:do|must|should) (?:we|i) (?:wait|run|have)|"
            r"when (?:can|could|may) (?:i|we) (?:first |start |even )?(?:send|submit|apply|"
            r"fill)|"
            # whether the records kept so far are enough to start: "is that enough
            # documentation to fill in the evaluation now?", "ready to submit yet?"
            r"(?:is|are|was) (?:that|this|it|these|those|we|i) (?:long )?enough\b"
            r"(?! (?:people|staff|workers))|"
            r"enough (?:records|documentation|paperwork|history|time|months?)|"
            r"ready to (?:send|submit|apply|fill))\b"
        ),
        ("step-documentation",),
        "documentation",
        over_silence=True,
        unless=pattern(
            r"\b(?:maintenance|renew\w*|due|deadline|anniversary|expir\w*|recertif\w*|"
            r"audit date|each year|every year|"
            # the wait for ACSA's result, not the first sending (bot.unstated_specifics)
            r"decision|results?|verdict|passed|approved|hear back)\b"
        ),
    ),
)

# The detail a process question asks of one thing, read from its words (round 17): where the
# evaluation tool is had, whether paper records must be typed, what the legislation item
# wants attached, how membership works for a trade outside construction.
DETAIL_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "tool_where_got",  # "where do I get hold of the evaluation tool", "can I download it"
        pattern(r"\b(?:evaluation tool|eval tool|the tool|evaluation form|secor tool)\b"),
        pattern(
            r"\b(?:where (?:do|can|would|should) (?:i|we) (?:\w+ )?(?:get|find|download|"
            r"obtain|pick up)|get (?:a )?hold of|download\w*|obtain|a copy of|(?:get|find) "
            r"(?:a copy|it|the tool|the evaluation tool) (?:from|at|online))\b"
        ),
        ("step-documentation",),
        "documentation",
        over_silence=True,
    ),
    Concept(
        "paper_records_typed",  # "our records are paper in a binder: do I type everything?"
        pattern(
            r"\b(?:paper|binders?|hard ?cop(?:y|ies)|print ?outs?|handwritten|hand[- ]written|"
            r"written by hand|notebooks?|carbon copies)\b"
        ),
        pattern(
            r"\b(?:type|typed|typing|retype\w*|re-type\w*|key (?:it|them|everything) in|"
            r"digiti[sz]\w*|computeri[sz]\w*|convert\w*|electronic\w*|digital|pdfs?|"
            r"on (?:the|a) computer)\b|"
            # scanning asked of, not told ("do we have to scan it all?", not "the scanned paper")
            r"\b(?:have|has|need|needs|got|must|should)\s+(?:to\s+)?(?:\w+\s+)?scan\b|"
            r"\bscan(?:ning)?\s+(?:it|them|those|these|everything|all|every)\b|"
            r"\bscan\w*\b[^.?!]{0,40}\b(?:required|necessary|needed|mandatory|a must)\b"
        ),
        ("submit-electronic-only",),
        "electronic_only",
        over_silence=True,
        # (not the certificate ACSA gives: "mailed on paper or a pdf?" is its form, unstated)
        unless=CERTIFICATE_FORM,
    ),
    Concept(
        "legislation_attached",  # "the tool asks about legislation, what do we attach?"
        pattern(r"\b(?:legislation|ohs (?:act|code|regulations?)|regs|regulations?)\b"),
        pattern(
            r"\b(?:attach\w*|include|supposed to|what (?:do|does) (?:it|they|the tool) "
            r"(?:want|need|mean)|wants?|what goes|what (?:do|should) (?:i|we) (?:send|put|add|"
            r"give))\b"
        ),
        ("legislation-list",),
        "legislation",
        over_silence=True,
    ),
    Concept(
        "membership_outside_trade",  # "I do pressure washing, how does membership work for me?"
        pattern(r"\b(?:members?|membership)\b"),
        pattern(
            r"\bhow (?:does|do|would|will) (?:the )?(?:membership|it|that|joining) work\w*|"
            r"\bmembership works?\b|\bnot (?:really )?(?:in )?construction\b|"
            r"\b(?:non|not a)[- ]construction\b"
        ),
        ("step-membership", "membership-associate"),
        "membership",
        unless=pattern(r"\b(?:fee|fees|cost\w*|price|how much|dollars?|pay)\b"),
    ),
)
