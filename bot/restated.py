"""Numbers that restate people already counted, never more people (issue 11, round 17).

After a list of people, an employer often restates or argues the total: "Me and 6 guys.
That's only 6 employees, right?", "... so we're really 4 workers, yeah?", "so 5 in all".
The readers count such a number as one more group. Three shapes say the same people again:

- a claimed total after the list ("that's (only) N", "we're (really/only/at) N", "so N
  total", "N employees in all"): the list is counted, and when the claim differs the
  answer says so in plain words ("you say 5; counting everyone you named, I count 10");
- a negated person noun ("I'm the owner, not an employee", "she isn't staff"): no person;
- the same group said again as a state over time ("down to 8 and we've stayed at 8
  since", "still at 8", "normally 8 ... now back to 8"): one group.

The rule counts everyone on the WCB account at the busiest moment of the past 12 months
(facts.toml headcount-limit, headcount-who-counts), so the verdict follows the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from bot.headcount import Group, HeadCount, _total
from bot.held_size import with_held_size
from bot.roster import NUMBER_WORDS, singular_person

# Words that say the number after them is the employer's own summing up of the people.
_HEDGES = frozenset(
    {"only", "just", "really", "basically", "technically", "actually", "at", "so", "all",
     "realistically", "truly", "officially", "effectively"}
)  # fmt: skip
# A restating lead right before the number: "that's only", "so we're really", "we are at".
_LEAD = re.compile(
    r"(?:^|\s)(?:(?:so|and|but|which|really|basically|technically|actually|realistically)\s+)*"
    r"(?:that\s*'?s|that is|thats|that makes(?: us)?|which makes(?: us)?|which is|makes(?: us)?|"
    r"we\s*'?re|we are|we r|were|we have|we got|we\s*'?ve got|it\s*'?s|its|so)"
    r"(?:\s+(?:really|only|just|basically|technically|actually|at|still|all|realistically|"
    r"truly|officially|effectively|about|like|roughly))*\s*$"
)
# After the number: an optional person word, then a tag question or "in all", "total".
_TAIL_CLAIM = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:in all|in total|total|altogether|all told|all in|"
    r"(?:,\s*)?(?:right|yeah|yes|correct|ok|okay|eh|no|yep|true|isn t it|is nt it|isn't it|"
    r"aren't we|are nt we|yea|ya)\s*[?.!,])"
)
# Time words that make the number a count at another time, not a claim about the list.
_TIMES = frozenset(
    {"now", "currently", "today", "summer", "winter", "spring", "fall", "season", "seasons",
     "busy", "busiest", "peak", "last", "next", "ago", "since", "when", "during", "before",
     "after", "until", "used", "year", "month", "months", "years", "week", "weeks", "then",
     "later", "soon", "by", "hire", "hiring", "hired", "more", "extra", "another", "additional"}
)  # fmt: skip
_NEGATIONS = frozenset({"not", "n't", "nt", "never", "isnt", "arent", "wasnt", "aint"})
_ARTICLES = frozenset({"a", "an", "the", "one", "of", "our", "my", "your", "really", "even",
                       "technically", "actually", "officially", "counted", "as"})  # fmt: skip
# A state kept over time: "stayed at 8", "still at 8", "remained at 8", "been at 8 since".
_KEPT = re.compile(
    r"(?:(?:stayed|stay|stays|staying|remained|remain|remains|held|holding|steady|stuck|been|"
    r"still|kept it|kept|sitting|sat|hovering)(?:\s+(?:at|on|around|about|with))?|"
    # the usual size come back after a busy spell: "now back to 8", "went back down to 8"
    r"back(?:\s+(?:down|up))?\s+(?:to|at)|returned\s+to|dropped\s+back\s+to)\s*$"
)


def without_restated(doc: Doc, count: HeadCount | None) -> HeadCount | None:
    """COUNT without the numbers DOC says again of people already counted: a claimed total
    after the list, a negated person noun and a group restated over time."""
    if count is None:
        return None
    lowers = [t.lower_ for t in doc]
    changed = _after_old_change(doc.text, count)
    changed = with_held_size(doc.text, changed) or changed
    changed = _without_negated(lowers, changed)
    changed = _without_kept(lowers, changed)
    changed = _without_claims(lowers, changed)
    changed = _without_referred_back(lowers, changed)
    if changed.total == count.total:
        return changed
    # the other reading said before may now agree: "read another way it is 9" when 9 is read
    same = f"read another way it is {changed.total}"
    return replace(changed, unsure=tuple(u for u in changed.unsure if u != same))


# A change of size and the state kept since: "went from 13 down to 7 two years ago and
# we've been at 7 ever since", "cut from 14 to 8 ... stayed at 8 since".
_CHANGE = re.compile(
    r"\bfrom (?P<old>\d{1,3}|[a-z]+) (?:\w+ ){0,2}?(?:down |up )?to (?P<new>\d{1,3}|[a-z]+)\b"
    r"(?P<rest>[^.?!]*)",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"\b(?:stayed|remained|been|held|kept it|sat|stuck|steady)(?: (?:at|around|on))? "
    r"(?P<n>\d{1,3}|[a-z]+)\b(?: (?:\w+ ){0,2}?)(?:ever )?since\b|\bsince (?:then|that)\b",
    re.IGNORECASE,
)


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _after_old_change(text: str, count: HeadCount) -> HeadCount:
    """COUNT for a change of size more than 12 months ago, the new size kept since: the new
    size is the one counted, the old one is not ("from 13 down to 7 two years ago and we've
    been at 7 since" is 7). The readers age one of the two numbers; the change is that old."""
    change = _CHANGE.search(text)
    if change is None or _SINCE.search(change.group("rest") + text[change.end() :]) is None:
        return count
    old, new = _number(change.group("old")), _number(change.group("new"))
    stale = [n for n in count.notes if "from more than 12 months ago" in n]
    if old is None or new is None or old == new:
        return count
    aged = any(f"the {old} " in n or f"the {new} " in n for n in stale)
    if not aged and not _older_than_a_year(_sentence_of(text, change.start(), change.end())):
        return count
    note = (
        f"not counted: the {old} before the change more than 12 months ago (the rule looks at "
        "the past 12 months only)"
    )
    others = tuple(n for n in count.notes if n not in stale)
    group = Group(new, "people since the change", "fixed")
    unsure = tuple(u for u in count.unsure if not u.startswith("read another way"))
    return replace(
        count, total=new, groups=(group,), peak=False, notes=(*others, note), unsure=unsure
    )


# An age said in months or years: "about 14 months ago", "two years back", "in 2023".
_AGE = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+) (?P<unit>months?|years?|yrs?) (?:ago|back|before)\b",
    re.IGNORECASE,
)


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of TEXT around the span START..END."""
    lo = max(text.rfind(stop, 0, start) for stop in ".?!") + 1
    his = [i for i in (text.find(stop, end) for stop in ".?!") if i >= 0]
    return text[lo : min(his, default=len(text))]


def _older_than_a_year(sentence: str) -> bool:
    """SENTENCE dates its change more than 12 months back ("14 months ago", "2 years ago")."""
    for age in _AGE.finditer(sentence):
        n = 1 if age.group("n").lower() in ("a", "one") else _number(age.group("n"))
        if n is None:
            continue
        months = n if age.group("unit").lower().startswith("month") else 12 * n
        if months > 12:
            return True
    return False


def _clause_before(lowers: list[str], at: int, width: int = 6) -> str:
    """The words of AT's clause right before AT (up to WIDTH of them), joined."""
    words: list[str] = []
    for j in range(at - 1, max(at - width, 0) - 1, -1):
        if lowers[j] in (".", "?", "!", ";", ",", ":"):
            break
        words.insert(0, lowers[j])
    return " ".join(words)


def _clause_after(lowers: list[str], at: int, width: int = 8) -> list[str]:
    """The words after AT up to the next sentence end (at most WIDTH), punctuation kept."""
    out: list[str] = []
    for w in lowers[at + 1 : at + 1 + width]:
        out.append(w)
        if w in (".", "?", "!", ";"):
            break
    return out


def _claim_at(lowers: list[str], g: Group, earlier: list[Group]) -> bool:
    """G, a number of people said after EARLIER groups, is the employer's claimed total of
    them: a restating lead before it and a hedge, a tag question or "in all" with it."""
    if g.role == "single" or not 0 <= g.at < len(lowers) or not earlier:
        return False
    before = _clause_before(lowers, g.at)
    after = _clause_after(lowers, g.at)
    if _LEAD.search(before) is None and not before.endswith(("so", "that s", "so that s")):
        return False
    if any(w in _TIMES for w in before.split()) or any(w in _TIMES for w in after):
        return False  # "we're 8 now", "we're 12 in summer": a count at another time
    hedged = any(w in _HEDGES for w in before.split()) or before.startswith("that")
    tagged = _TAIL_CLAIM.match(" ".join(after)) is not None
    return hedged or tagged


def _without_claims(lowers: list[str], count: HeadCount) -> HeadCount:
    """COUNT with each claimed total after its list taken out, and the claim answered."""
    if count.peak or any(g.role in ("alternative", "extra") for g in count.groups):
        return count  # counts at several times: the busiest one is the reading
    claims = [
        g for g in count.groups if _claim_at(lowers, g, [h for h in count.groups if h.at < g.at])
    ]
    kept = [g for g in count.groups if g not in claims]
    listed, _ = _total(kept)
    claims += [g for g in _bare_claims(lowers, kept) if g.count <= listed]
    if not claims or not kept:
        return count
    claimed = max(c.count for c in claims)
    if claimed > listed:
        return count  # more than the list names: a total holding people not named
    notes = count.notes
    if claimed != listed:
        notes = (
            *notes,
            f"you say {claimed}, but counting everyone you named I count {listed} (everyone "
            "on your WCB account counts, owners and family included)",
        )
    return replace(count, groups=tuple(kept), total=listed, notes=notes)


def _bare_claims(lowers: list[str], groups: list[Group]) -> list[Group]:
    """Claimed totals the readers did not count ("so we're at 10 and good to go, right?"):
    a number after the GROUPS with a restating lead and a hedge or a tag question."""
    taken = {g.at for g in groups}
    out: list[Group] = []
    for i, word in enumerate(lowers):
        value = int(word) if word.isdigit() and len(word) <= 3 else NUMBER_WORDS.get(word)
        if value is None or i in taken or not _people_after(lowers, i):
            continue
        candidate = Group(value, "in all", "fixed", i)
        if _claim_at(lowers, candidate, [g for g in groups if g.at < i]):
            out.append(candidate)
    return out


def _people_after(lowers: list[str], i: int) -> bool:
    """The word after the number at I leaves it a number of people: a person word, a tag,
    "in all", or the end of the clause ("we're at 10, right?"), not "3 sites" or "10 %"."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else "."
    if nxt in _NOT_PEOPLE:
        return False
    return not nxt.isalpha() or nxt in _CLAIM_WORDS or singular_person(nxt) is not None


# Words after a claimed number that keep it a number of people.
_CLAIM_WORDS = frozenset(
    {"in", "total", "altogether", "all", "and", "right", "yeah", "yes", "ok", "okay", "so",
     "or", "max", "tops", "people", "of", "correct", "eh", "then", "employees", "workers"}
)  # fmt: skip
# Words after a number that make it no number of people: "that's 10 %", "10 am", "it's 5 pm".
_NOT_PEOPLE = frozenset(
    {"%", "percent", "am", "pm", "o'clock", "dollars", "bucks", "k", "grand", "$", "hours",
     "hrs", "days", "minutes", "mins", "elements", "courses", "documents", "docs", "files",
     "pages", "times", "st", "nd", "rd", "th", "-"}
)  # fmt: skip


def _negated(lowers: list[str], g: Group) -> bool:
    """G is a person noun said with a negation: "not an employee", "isn't staff"."""
    if g.role != "single" or g.who.startswith("you") or not 0 <= g.at < len(lowers):
        return False  # "not me": the one asking is on the account whatever they say
    j = g.at - 1
    while j >= 0 and lowers[j] in _ARTICLES and g.at - j <= 3:
        j -= 1
    return j >= 0 and lowers[j] in _NEGATIONS


def _without_negated(lowers: list[str], count: HeadCount) -> HeadCount:
    """COUNT without the people said not to be ("I'm the owner, not an employee")."""
    kept = [g for g in count.groups if not _negated(lowers, g)]
    if len(kept) == len(count.groups) or not kept:
        return count
    total, peak = _total(kept)
    return replace(count, groups=tuple(kept), total=total, peak=count.peak and peak)


def _without_kept(lowers: list[str], count: HeadCount) -> HeadCount:
    """COUNT with a group said again as a state kept over time read once: "took us down to 8
    and we've stayed at 8 since" is 8 people, not 16."""
    kept: list[Group] = []
    for g in count.groups:
        if g.role != "single" and 0 <= g.at < len(lowers):
            before = _clause_before(lowers, g.at, 5)
            same = any(k.count == g.count and k.role != "single" for k in kept)
            if same and _KEPT.search(before) is not None:
                continue
        kept.append(g)
    if len(kept) == len(count.groups):
        return count
    total, peak = _total(kept)
    return replace(count, groups=tuple(kept), total=total, peak=count.peak and peak)


def claim_offsets(doc: Doc) -> tuple[int, ...]:
    """Where in DOC's text the employer restates the total of the people it lists ("It's me
    and 3 guys. So we're at 3, right?"): the character offsets of those numbers. A question
    that is such a claim asks about the head count, whatever its words' topic."""
    count = doc._.headcount
    if count is None:
        return ()
    lowers = [t.lower_ for t in doc]
    groups = list(count.groups)
    claimed = [g for g in groups if _claim_at(lowers, g, [h for h in groups if h.at < g.at])]
    claimed += _bare_claims(lowers, groups)
    return tuple(sorted(doc[g.at].idx for g in claimed if 0 <= g.at < len(doc)))


# Words before a number that point back at people already named: "the two part-timers".
_POINTING = frozenset({"the", "those", "these", "both", "our", "my", "all"})


def _kind(words: str) -> str:
    """The kind a person word names, as a stem to find in other people's words: "part-timers"
    -> "parttim", "seasonals" -> "seasonal"."""
    key = re.sub(r"[\s'-]", "", words.lower())
    key = key.removesuffix("s")
    return key.removesuffix("er") if len(key) > 6 else key


def _referred_back(lowers: list[str], g: Group, earlier: list[Group]) -> bool:
    """G, "the two part-timers", names again the people of EARLIER whose words hold its kind
    and who are as many as it says."""
    if g.role not in ("fixed", "extra") or not g.who or not 0 < g.at < len(lowers):
        return False
    if lowers[g.at - 1] not in _POINTING:
        return False
    if g.who.startswith("of you"):  # "on top of the two of us": the people named before
        singles = [h for h in earlier if h.role == "single"]
        return any(h.who.startswith("you") for h in singles) and len(singles) == g.count
    kind = _kind(g.who.split()[-1])
    if len(kind) < 4:
        return False
    same = [h for h in earlier if kind in re.sub(r"[\s'-]", "", h.who.lower())]
    return bool(same) and sum(h.count for h in same) == g.count


def _without_referred_back(lowers: list[str], count: HeadCount) -> HeadCount:
    """COUNT without a group that names again, as "the N <kind>", the people of that kind
    counted before it: "a part-time receptionist, a part-time estimator ... the two
    part-timers work 20 hours a week" is two people, not four."""
    kept = [
        g
        for g in count.groups
        if not _referred_back(lowers, g, [h for h in count.groups if h.at < g.at])
    ]
    if len(kept) == len(count.groups) or not kept:
        return count
    total, peak = _total(kept)
    return replace(count, groups=tuple(kept), total=total, peak=count.peak and peak)
