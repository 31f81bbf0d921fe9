"""People another company sends, on that company's own WCB account: not on the asker's.

Only people covered by the employer's WCB account count toward the limit (facts.toml
headcount-who-counts). A message often names a company of its own, says it has its own
WCB account and then the people it sends, in one of three shapes:

- the company, then its people: "we sub out to another company that has its own WCB
  account, and they send 3 electricians";
- the people, then their company: "3 electricians from an outfit with its own WCB";
- the people, then their own account or another party's: "the drywall sub brings 4 guys,
  they're on their own WCB", "the 3 guys the GC sends are on the GC's WCB".

``of_own_firm`` reads the words of one sentence part around a group of people and says
whether they are such a company's people. The people of the asker's company ("we have 6
guys and our sub has its own WCB") are never read so: first-person words between the
company and the people, or another person, stop the reading.
"""

from __future__ import annotations

import re

# Another company: "another company", "a separate outfit", "the electrical sub", "a subtrade".
_FIRM = (
    r"\b(?:(?:another|other|a different|an outside|outside|separate|a separate|the|a|an|that|"
    r"this|their|an? (?:[\w-]+ ){0,2})\s*)?(?:[\w-]+ )?(?:company|companies|outfit|outfits|"
    r"firm|firms|business|contractor|contractors|subcontractor|subcontractors|sub|subs|"
    r"subtrade|subtrades|trade|shop|crew)\b"
)
# Its own account, said of it: "that has its own WCB account", "with their own WCB".
_OWN_ACCOUNT = (
    r"\b(?:its|their|it 's|they 're|his|her) (?:very )?own (?:wcb|account|coverage|"
    r"workers ' comp|workers comp)\b"
)
_FIRM_THEN_OWN = re.compile(_FIRM + r"(?: [\w',-]+){0,6}? ?" + _OWN_ACCOUNT)
# First-person words that make the people the asker's own ("we have", "our 6 guys").
_OURS = re.compile(r"\b(?:we|our|my|i|me|myself|we 've|ours)\b")
# The people, then the company they come from: "3 electricians from another outfit".
_FROM_FIRM = re.compile(r"^(?:[\w'-]+ ){0,2}?(?:from|of|with|through|by|at) " + _FIRM)
# The people, then their own account: "..., they're on their own WCB".
_THEY_OWN = re.compile(
    r"^(?:[\w'-]+ ){0,4}?(?:, )?(?:and |but |who |that )?(?:they|who|that|which|those|"
    r"these)\b(?: [\w'-]+){0,4}? " + _OWN_ACCOUNT
)

# The people, then another party's account: "... are on the GC's WCB".
_ON_THEIRS = re.compile(
    r"^(?:[\w'-]+ ){0,5}?(?:are|is|'re|'s|re|stay|go) (?:all |still |also )?(?:on|under|"
    r"covered by) (?:the|their|that|a) (?:[\w-]+ ){0,2}?(?:(?P<party>[\w-]+) 's) (?:wcb|account)\b"
)
# The company counted is the one asking's client: "head count check for a client", "my
# client runs 4 guys". Then the client's WCB account is the account counted, not another's.
_CLIENT_COUNTED = re.compile(
    r"\b(?:for|of|on behalf of) (?:a|my|our|one of my|one of our|this|the) (?:new )?"
    r"(?:client|customer)\b|\b(?:my|our) (?:client|customer)\b"
)
_WE = re.compile(r"\b(?:we|our|us|we 're|we 've|ours)\b")


def _client_counted(party: str | None, message: str) -> bool:
    """PARTY, whose account the people are said to be on, is the client the message counts
    for ("for a client: 4 field guys ... 2 temps on the client's WCB"), and the one asking
    names no team of their own."""
    return (
        party in ("client", "customer")
        and bool(_CLIENT_COUNTED.search(message))
        and not _WE.search(message)
    )


def of_own_firm(before: str, after: str, message: str = "") -> bool:
    """The people between BEFORE and AFTER (the words of their sentence part before and
    after them, lower case, space-joined tokens) belong to another company on its own WCB
    account; MESSAGE, the whole message so read, may say it of their company elsewhere
    ("the 4 drywallers our sub brings ... the sub carries its own wcb")."""
    found = list(_FIRM_THEN_OWN.finditer(before))
    last = found[-1] if found else None  # the last company named before the people
    if last is not None and not _OURS.search(before[last.end() :]):
        return True  # "another company that has its own WCB ... they send 3 electricians"
    if _FROM_FIRM.match(after) and re.search(_OWN_ACCOUNT, after):
        return True  # "3 electricians from an outfit with its own WCB"
    theirs = _ON_THEIRS.match(after)
    if theirs is not None and not _client_counted(theirs.group("party"), message):
        return True  # "the 3 guys the GC sends are on the GC's WCB"
    if _THEY_OWN.match(after) and not _OURS.search(after.split(" own ", 1)[0]):
        return True  # "the drywall sub brings 4 guys, they're on their own wcb"
    return _firm_said_elsewhere(before, after, message)


# The people's company, named next to them: "our sub brings", "from the sub".
_SENDS = re.compile(
    r"\b(?P<firm>sub|subcontractor|subtrade|outfit|company|firm|contractor|shop)s? (?:\w+ )?"
    r"(?:brings?|sends?|supplies|provides?|puts?|lends?)$"
)
_FROM = re.compile(r"^(?:from|of) (?:the|our|that|their|a|an) (?:[\w-]+ )?(?P<firm>[\w-]+)\b")

# The people, then the company that brings them: "the 4 drywallers our sub brings".
_BROUGHT = re.compile(
    r"^(?:that |who |which )?(?:our|the|their|that|this) (?:[\w-]+ )?(?P<firm>sub|"
    r"subcontractor|subtrade|outfit|company|firm|contractor|shop)s? "
    r"(?:brings?|sends?|supplies|provides?|puts? on|lends?)\b"
)


def _firm_said_elsewhere(before: str, after: str, message: str) -> bool:
    """The people's company, named at them, is said elsewhere in MESSAGE to have its own
    WCB account."""
    named = _SENDS.search(before.strip()) or _FROM.match(after) or _BROUGHT.match(after)
    if named is None:
        return False
    firm = named.group("firm").rstrip("s")
    return any(
        re.search(rf"\b{re.escape(firm)}s?\b", m.group(0)) for m in _FIRM_THEN_OWN.finditer(message)
    )


# Why someone else's company's people are not counted, said after them.
REASON = ", which is another employer: the pages count the people covered by your own WCB account"
# Someone else's company that has the people: "my buddy's company has 12 guys", "my
# brother-in-law's outfit runs about 8", "the shop next door employs 15".
_OTHERS_FIRM = re.compile(
    r"(?:\b(?!(?:my|our|we|i|me)\b)[\w-]+ 's|\b(?:another|other|a different|the other|"
    r"(?:a|my|our) (?:buddy|friend|neighbou?r|cousin|brother|sister|dad|father|uncle|"
    r"competitor|client|customer) 's)) (?:[\w-]+ )?(?:company|companies|outfit|"
    r"business|firm|shop|crew|operation|place)\b(?: [\w-]+){0,2}? (?:has|have|had|runs|ran|"
    r"employs|employed|is|'s|was|carries|keeps)(?: (?:got|about|around|like|over|maybe|only|"
    r"just|almost|nearly))*$"
)
# Someone else has a company with the people: "a friend has a company with 12 guys".
_HAS_FIRM = re.compile(
    # (one subject only: "me and my brother own a company with 8 guys" is the asker's)
    r"(?<!\band )(?<!& )\b(?!(?:i|we|me|my|our|us|and)\b)[\w-]+(?: of (?:mine|ours))?"
    r"(?: [\w-]+){0,1}? (?:has|had|runs|owns|ran|owned) (?:a|an|his|her|their) (?:own )?"
    r"(?:[\w-]+ )?(?:company|outfit|business|firm|shop|operation) (?:with|of|that has|"
    r"that employs)(?: (?:about|around|like|over|maybe|only|just))*$"
)


def of_others_firm(before: str) -> bool:
    """The people right after BEFORE (the words of their sentence part before them, lower
    case, space-joined tokens) are someone else's company's: "my buddy's company has 12
    guys", "a friend of mine runs a shop with 15 guys". First-person words between the
    company and the people ("my buddy's company and we have 4") stop the reading."""
    return bool(_OTHERS_FIRM.search(before) or _HAS_FIRM.search(before))


# Someone who has a company of their own, said after them: "a friend of mine runs a shop".
_OWNS_FIRM = re.compile(
    r"^(?:of (?:mine|ours) )?(?:[\w-]+ )?(?:has|had|runs|owns|ran|owned) (?:a|an|his|her|their) "
    r"(?:own )?(?:[\w-]+ )?(?:company|outfit|business|firm|shop|operation)\b"
)


def owns_others_firm(after: str) -> bool:
    """The person right before AFTER (the words after them in their sentence part, lower
    case, space-joined tokens) has a company of their own: "a friend of mine runs a shop
    with 15 guys"."""
    return _OWNS_FIRM.match(after) is not None
