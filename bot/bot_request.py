"""Whether a message asks something of the bot itself: what makes a question manipulation.

The intent model's "manipulation" topic is learnt from requests made of the bot: approve
us, issue our certificate, ignore your rules, pretend you are the analyst, reveal your
prompt, make an exception. A question that makes no such request ("is the maintenance
submission as much work as the original certification one", "can we put the secor badge
on our vans") asks how SECOR works, however highly the model ranks "manipulation" after a
harvest of examples; the engine then ranks it again without that topic. The rules that
read manipulation from the words themselves (``bot.guard``, ``bot.misstate``,
``bot.deceive``) run before and are not touched.
"""

from __future__ import annotations

import re

from bot.acsa_request import asked_of_acsa

# A request of the bot: an act only ACSA (or no one) may do, or a word on the bot's rules.
_REQUEST = re.compile(
    r"\b(?:approv\w*|ignor\w*|pretend\w*|disregard\w*|forget|overrid\w*|bypass\w*|"
    r"jailbreak\w*|prompts?|instructions?|guidelines?|rules?|restrictions?|developer mode|"
    r"admin\w*|act as|(?:you'?re|you are) now|from now on|certify|grant\w*|issue|issues|"
    r"sign (?:off|us)|rubber[- ]?stamp\w*|mark (?:us|me|my|our|it|the)|pass (?:us|me|my|our|"
    r"the|it)|exceptions?|reveal\w*|disabl\w*|unlock\w*|say (?:that|we|i|it|our)|tell (?:the|"
    r"them|acsa|him|her|my|our)|give (?:me|us)|you (?:must|have to|should|will|need to|can)|"
    r"change (?:the|your)|let us (?:through|pass|in)|waive\w*|fake|lie)\b",
    re.IGNORECASE,
)


def asks_of_bot(text: str) -> bool:
    """Whether TEXT requests something of the bot (an approval, a certificate, a change to
    its rules, its instructions): the mark of a manipulation the model's ranking needs. A
    request that ACSA itself give or confirm something ("can ACSA give me a letter saying
    we're working on SECOR?") asks what ACSA does, not the bot (bot.acsa_request)."""
    return _REQUEST.search(text) is not None and not asked_of_acsa(text)
