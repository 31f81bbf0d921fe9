"""People of someone else's company, named beside the asker's own: not in their count.

"my buddy's company has 12 guys, we have 4. can we get secor?" counts 4: the pages count
everyone covered by the employer's own WCB account (facts.toml headcount-who-counts), and a
friend's, a relative's or a competitor's company is another employer. The words before a
group of people, in its sentence part, say whose they are (``bot.firm_people``
``of_others_firm``); the one who owns that company ("my buddy") is not counted either.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from bot.firm_people import REASON, of_others_firm, owns_others_firm
from bot.headcount import Group, HeadCount, _total

# The words of the note on such people (said by bot.groups too, when its grammar reads them).
_NOTED = "of the other company you name"
# Tokens that end a sentence part: the people of another clause are read on their own.
_PART_END = frozenset({".", "!", "?", ";", ",", ":", "but", "and"})


def _part_start(lowers: list[str], at: int) -> int:
    """Where the sentence part of the token at AT starts."""
    lo = at
    while lo > 0 and lowers[lo - 1] not in _PART_END:
        lo -= 1
    return lo


def without_others_people(doc: Doc, count: HeadCount | None) -> HeadCount | None:
    """COUNT without the people DOC says are someone else's company's, and without that
    company's owner named with it; a note says whom and why."""
    if count is None or count.bound != "exact":
        return count
    lowers = [t.lower_ for t in doc]
    dropped: list[Group] = []
    spans: list[tuple[int, int]] = []
    for g in count.groups:
        if g.role == "single" or not 0 < g.at < len(lowers):
            continue
        lo = _part_start(lowers, g.at)
        if of_others_firm(" ".join(lowers[lo : g.at])):
            dropped.append(g)
            spans.append((lo, g.at))
    if not dropped and not any(_NOTED in n for n in count.notes):
        return count
    owners = [
        g
        for g in count.groups
        if g.role == "single"
        and g.who != "you"
        and (
            any(lo <= g.at < hi for lo, hi in spans)
            or owns_others_firm(" ".join(lowers[g.at + len(g.who.split()) : g.at + 12]))
        )
    ]
    kept = [g for g in count.groups if g not in dropped and g not in owners]
    if not kept:
        return count  # only another company's people: nothing of the asker's to count
    total, peak = _total(kept)
    named = ", ".join(f"the {g.count} {g.who or 'people'}" for g in dropped)
    notes = (*count.notes, f"not counted: {named} {_NOTED}{REASON}") if dropped else count.notes
    return replace(count, groups=tuple(kept), total=total, peak=count.peak and peak, notes=notes)
