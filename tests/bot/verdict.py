"""The head-count verdict that opens an eligibility answer, and what follows it."""

from __future__ import annotations

import re

# "Yes — by head count you qualify: 6 people, within the SECOR limit of 10." /
# "No — 11 people is over the SECOR limit of 10." (issue 11: the direction first)
VERDICT = re.compile(
    r"^(?:Understood: [^.]*\.\s*)?(?:If (?:I|we) read you right: )?"
    r"(?:(?:Yes|yes) \u2014 by head count you qualify: [^.]*limit of 10\."
    r"|No \u2014 [^.]* is over the SECOR limit of 10\."
    r"|It depends on the exact number: [^.]*\.)\s*"
)


def whom(text: str) -> str:
    """TEXT after its opening verdict (which must be there): whom it counted, then the rest."""
    found = VERDICT.search(text)
    assert found is not None, f"no verdict first: {text[:160]}"
    understood = re.match(r"Understood: [^.]*\.\s*", text)
    return (understood.group(0) if understood else "") + text[found.end() :]
