"""The head-count verdict that opens an eligibility answer, and what follows it."""

from __future__ import annotations

import re

# "Yes — with 6 people you are within the limit of 10, so by head count you qualify for SECOR." /
# "No — with 11 people you are over the limit of 10 and not eligible for SECOR."
# (issue 11: the direction first, in the words employers use)
VERDICT = re.compile(
    r"^(?:Understood: [^.]*\.\s*)?(?:If (?:I|we) read you right: )?"
    r"(?:(?:Yes|yes) \u2014 with [^.]* you are within the limit of 10, so by head count you "
    r"qualify for SECOR\."
    r"|No \u2014 with [^.]* you are over the limit of 10 and not eligible for SECOR\."
    r"|It depends on the exact number: [^.]*\.)\s*"
)


def whom(text: str) -> str:
    """TEXT after its opening verdict (which must be there): whom it counted, then the rest."""
    found = VERDICT.search(text)
    assert found is not None, f"no verdict first: {text[:160]}"
    understood = re.match(r"Understood: [^.]*\.\s*", text)
    return (understood.group(0) if understood else "") + text[found.end() :]
