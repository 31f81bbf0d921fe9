"""Swap everyday words for the other words people use for them: no template's wording is learnt."""

from __future__ import annotations

import re
from random import Random

from tools.corpus.banks import pick

# Words and their equivalents in workplace writing. Only words that do not name an
# element: "inspection" or "incident" stay as they are.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "worker": ("employee", "crew member", "staff member", "tradesperson", "labourer", "person"),
    "workers": ("employees", "crew members", "staff", "personnel", "the crew", "everyone"),
    "supervisor": ("foreman", "lead hand", "site lead", "crew lead", "superintendent", "boss"),
    "supervisors": ("foremen", "lead hands", "site leads", "crew leads"),
    "owner": ("president", "manager", "principal", "general manager", "employer"),
    "company": ("business", "firm", "employer", "organization", "outfit"),
    "ensure": ("make sure", "see that", "verify that", "check that"),
    "must": ("shall", "are required to", "need to", "have to"),
    "should": ("ought to", "are expected to", "need to"),
    "use": ("utilize", "work with", "employ"),
    "immediately": ("right away", "at once", "without delay", "asap"),
    "job": ("project", "work", "contract", "site"),
    "site": ("job site", "worksite", "location", "project"),
    "equipment": ("gear", "machinery", "tools", "units"),
    "tools": ("hand tools", "power tools", "equipment"),
    "truck": ("pickup", "vehicle", "unit", "service truck"),
    "report": ("notify", "tell", "inform"),
    "reviewed": ("went over", "discussed", "covered", "checked"),
    "completed": ("done", "finished", "filled out", "carried out"),
    "date": ("day", "dated", "on"),
    "safe": ("safely", "without risk"),
    "safety": ("H&S", "health and safety", "OHS", "HSE"),
    "hazards": ("dangers", "risks", "exposures"),
    "controls": ("safeguards", "measures", "precautions"),
    "training": ("instruction", "coaching", "education"),
    "area": ("zone", "space", "spot"),
    "check": ("look at", "verify", "confirm"),
    "required": ("needed", "mandatory", "necessary"),
    "before": ("prior to", "ahead of"),
    "after": ("following", "once done with"),
    "all": ("every", "each", "the whole"),
    "signature": ("sign", "signed", "initials"),
    "notes": ("comments", "remarks", "details"),
    "name": ("print name", "full name", "employee name"),
}
_WORD = re.compile(
    r"\b(" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def paraphrase(r: Random, text: str, rate: float) -> str:
    """TEXT with about RATE of the listed everyday words replaced by an equivalent."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if r.random() >= rate:
            return word
        other = pick(r, SYNONYMS[word.lower()])
        if word.isupper():
            return other.upper()
        if word[:1].isupper():
            return other[:1].upper() + other[1:]
        return other

    return _WORD.sub(swap, text)
