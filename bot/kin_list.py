"""A list of family members written without commas, read as a list of people.

Chat lines often drop the commas of a list of relatives: "me wife brother and sister and 7
guys" is me, my wife, my brother, my sister and 7 guys (11 people), and "me wife son and 4
guys" is 7. Read as written, two family words side by side look like one person ("wife
son") and "me wife" like the dialect "my wife" without the one who writes. Family members
count toward the limit like everyone on the WCB account (facts.toml headcount-who-counts),
so each is one person.

The rule puts back the commas: between two family words side by side (never after a
possessive, "my wife's brother"), and after a "me" that opens the list right before a
family word ("me wife ..." -> "me, my wife ...").
"""

from __future__ import annotations

import re

# Family words of one person each ("wife", "son"), singular.
KIN = (
    r"(?:wife|husband|hubby|missus|missis|wifey|spouse|son|daughter|brother|sister|mom|mum|"
    r"dad|mother|father|cousin|nephew|niece|uncle|aunt|girlfriend|boyfriend|fiance|fiancee|"
    r"grandson|granddaughter|stepson|stepdaughter|brother-in-law|sister-in-law|son-in-law|"
    r"daughter-in-law|father-in-law|mother-in-law)"
)
# "me" opening a list: at the start of a sentence or after "it's", "just", "only".
_ME_KIN = re.compile(
    rf"(?P<lead>^|[.!?;:]\s*|\b(?:it'?s|its|it is|just|only|there'?s)\s+)me\s+(?={KIN}\b)",
    re.IGNORECASE,
)
# Two family words side by side, the first no possessive: "wife brother", "son daughter".
_KIN_KIN = re.compile(rf"\b(?P<first>{KIN})\s+(?={KIN}s?\b(?!'))", re.IGNORECASE)


def with_kin_commas(text: str) -> str | None:
    """TEXT with the commas of a list of family members put back, or None when it has no
    such list ("me wife brother and sister" -> "me, my wife, brother and sister")."""
    changed = _ME_KIN.sub(lambda m: f"{m.group('lead')}me, my ", text)
    changed = _KIN_KIN.sub(lambda m: f"{m.group('first')}, ", changed)
    return changed if changed != text else None
