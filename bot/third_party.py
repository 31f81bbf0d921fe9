"""Questions about what someone other than ACSA decides: a general contractor, a client,
a prequalification system, the law.

ACSA's pages speak for ACSA (and Energy Safety Canada's for Energy Safety Canada): what a
SECOR is, who may apply, what to send. They never say what a general or prime contractor,
a client, an oil company, a municipality or a prequalification service accepts, requires
or recognises, nor whether a law obliges anyone to hold a SECOR. Such a question asks for
a third party's decision; the bot says the pages do not say it instead of answering the
neighbouring topic (eligibility, SECOR versus COR).

The rule reads a third party as the one who decides: the subject of a verb of accepting
or requiring ("will general contractors accept SECOR", "the GC can require it?", "is that
up to the client"), or the agent of a passive one ("is SECOR recognised by prime
contractors"). A third party named as the employer's context ("a GC told me I need SECOR,
can we get it?", "my client has 14 staff") asks the pages' own question and is left alone.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Who decides, other than ACSA and ESC (and not WCB, whose refund the pages state).
PARTY = (
    r"(?:(?:big |large |major |the |a |an |our |my |some |most |any |these |those )*"
    r"(?:(?:general|prime|main|head) contractors?|gcs?|primes?|"
    r"(?:oil(?:field)?|energy|pipeline|gas|big|large|major) (?:compan(?:y|ies)|clients?|"
    r"operators?|customers?)|clients?|customers?|project owners?|municipalit(?:y|ies)|"
    r"(?:the )?(?:city|county|town)|prequal\w*(?: (?:system|service|site|platform|"
    r"compan(?:y|ies)|program))?s?|isn(?:etworld)?|avetta|complyworks|cognibox|"
    # the buyers of work and those who vet contractors: a school board, a hospital, an insurer
    r"(?:school|hospital|health|condo|strata) (?:boards?|districts?|divisions?|authorit(?:y|ies))|"
    r"hospitals?|universit(?:y|ies)|colleges?|insurers?|insurance (?:compan(?:y|ies)|carriers?|"
    r"brokers?|providers?)|underwriters?|bonding compan(?:y|ies)|(?:property|facility|"
    r"facilities) (?:managers?|management)|developers?|builders?|homebuilders?|landlords?|"
    r"(?:the )?(?:government|province|crown|ministry|department of \w+)|"
    r"purchasing (?:departments?|agents?)|procurement|buyers?|tender(?:ing)? (?:board|"
    r"committee)s?))"
)
# Deciding whether a certificate will do.
_DECIDE = (
    r"(?:accept|take|recogni[sz]e|honou?r|count|credit|tick|check off|satisfy|meet|want|"
    r"require|demand|insist on|ask for|allow|prefer|treat|consider|see|look at|care about|"
    r"go for|be ok with|be okay with|be fine with|be happy with)"
)
_AUX = r"(?:will|would|do|does|did|can|could|should|must|might|may|are|is)"
_ADV = r"(?:(?:still|even|actually|usually|generally|normally|typically|really|legally|"
_ADV += r"automatically|always|also|just) )*"

THIRD_PARTY = re.compile(
    # "will general contractors accept secor", "do most GCs take SECOR instead of COR"
    rf"\b{_AUX} {PARTY}(?: (?:or|and) {PARTY})? {_ADV}"
    r"(?:(?:be )?(?:allowed|able|going|obliged|required) to |(?:have|has|need|needs) to )?"
    rf"{_DECIDE}s?\b|"
    # "the GC will take my SECOR instead?", "They will accept it?" after a party is named
    rf"\b{PARTY} {_ADV}(?:will|would|going to|gonna) {_ADV}{_DECIDE}\b[^.?!]*\?|"
    rf"\b{PARTY}\b[^?]{{0,120}}[.!,;] *(?:will|would|do|does|can) they {_ADV}{_DECIDE}\b|"
    rf"\b{PARTY}\b[^?]{{0,120}}[.!,;] *they {_ADV}(?:will|would|going to) {_ADV}{_DECIDE}\b|"
    # whoever asks for a certificate decides what else will do: "the board wants COR. will
    # they take a SECOR instead?" (not "we", "I", ACSA, ESC or WCB)
    r"\b(?!(?:we|i|acsa|esc|wcb|you)\b)\w+(?:'s)? (?:specifically |only |really )?(?:asks? for|"
    r"wants?|requires?|insists? on|demands?|needs?) (?:a |an |the |full |proper |real )*"
    r"(?:cor|secor)\b[^?]{0,80}[.!,;] *(?:will|would|do|does|can|could) they "
    rf"{_ADV}(?:(?:be )?(?:ok|okay|fine|happy) with|{_DECIDE})\b|"
    # "is SECOR accepted by primes", "will my secor be recognised by the city"
    r"\b(?:accepted|recogni[sz]ed|honou?red|taken|good enough|enough|valid|ok|okay)\b"
    rf"(?: \w+){{0,2}} (?:by|for|with) {PARTY}\b|"
    # "does having secor tick their safety box", "or is that up to them"
    r"\bup to (?:them|the (?:client|customer|gc|general contractor|prime|company|"
    r"operator))\b|\b(?:their|the client'?s|the gc'?s) (?:call|decision|choice)\b|"
    r"\b(?:tick|check|satisf\w*|meet)s? (?:their|the client'?s|the gc'?s) (?:\w+ )?"
    r"(?:box|requirement|prequal\w*|criteria)\b",
    _I,
)
THIRD_PARTY_WHAT = (
    "what a general contractor, a client or a prequalification system will accept or "
    "require (that is their decision; the pages speak for ACSA)"
)

LAW = re.compile(
    # "is it the law to have SECOR", "legally allowed to require SECOR", "required by law"
    r"\b(?:is|it'?s) (?:it |there )?(?:the |a )?law\b|\blegally\b|\b(?:by|under the) law\b|"
    r"\b(?:the |a )?laws? (?:say|says|require|requires|make|makes|force|forces)\b|"
    r"\b(?:legal (?:requirement|obligation)|against the law|illegal)\b",
    _I,
)
LAW_WHAT = (
    "whether any law requires a SECOR or lets anyone demand one (they describe ACSA's "
    "program, not what the law obliges)"
)
