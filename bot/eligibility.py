"""The guided eligibility check: one prerequisite at a time, then a verdict.

A channel-independent state machine. ``start()`` gives the first prompt;
``advance(check, reply)`` takes the employer's reply (a button value or free
text) and gives the next state and prompt. The terminal chat and Telegram only
render prompts and pass replies back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot.mentions import LIMIT
from knowledge.facts import Citation, citation, contacts, fact

# States, in the order they are asked.
HEADCOUNT = "headcount"
WCB = "wcb"
MEMBERSHIP = "membership"
COURSE_MANAGEMENT = "course_management"
COURSE_FIRST_AID = "course_first_aid"
COURSE_INDUSTRY = "course_industry"
DOCUMENTATION = "documentation"
DONE = "done"
ORDER: tuple[str, ...] = (
    HEADCOUNT,
    WCB,
    MEMBERSHIP,
    COURSE_MANAGEMENT,
    COURSE_FIRST_AID,
    COURSE_INDUSTRY,
    DOCUMENTATION,
)

# Reply values (button payloads; free text is read into one of these).
YES = "yes"
NO = "no"
UNSURE = "unsure"
AT_MOST_TEN = "le10"
OVER_TEN = "gt10"

YES_NO: tuple[tuple[str, str], ...] = (("Yes", YES), ("No", NO), ("Not sure", UNSURE))
HEADCOUNT_CHOICES: tuple[tuple[str, str], ...] = (
    (f"{LIMIT} or fewer", AT_MOST_TEN),
    (f"More than {LIMIT}", OVER_TEN),
)


@dataclass(frozen=True)
class Requirement:
    """One prerequisite: the question asked, what to do when it is missing, and its facts."""

    state: str
    question: str
    todo: str
    facts: tuple[str, ...]


REQUIREMENTS: dict[str, Requirement] = {
    r.state: r
    for r in (
        Requirement(
            HEADCOUNT,
            "How many people were covered by your WCB account at your busiest time in the past "
            "12 months? Count owners, managers, office staff, part-time and temporary workers, "
            "family members and volunteers. Type a number or pick one.",
            f"Stay at {LIMIT} people or fewer at all times.",
            ("headcount-limit", "headcount-who-counts"),
        ),
        Requirement(
            WCB,
            "Does your company have an active Alberta WCB account?",
            "Get an active Alberta WCB account.",
            ("step-wcb",),
        ),
        Requirement(
            MEMBERSHIP,
            "Is your company an ACSA member?",
            "Become an ACSA member (the earlier version of ACSA's page adds that a company "
            "that is not an automatic member can join as an Associate Member for a yearly fee).",
            ("step-membership", "membership-associate"),
        ),
        Requirement(
            COURSE_MANAGEMENT,
            "Does a full-time employee hold the Small Employer Health & Safety Management "
            "(SECOR) course or PHSM?",
            "A full-time employee completes the SECOR course or PHSM.",
            ("course-phsm-or-secor",),
        ),
        Requirement(
            COURSE_FIRST_AID,
            "Does a full-time employee hold Standard First Aid (SFA)?",
            "A full-time employee completes Standard First Aid.",
            ("course-first-aid",),
        ),
        Requirement(
            COURSE_INDUSTRY,
            "Does a full-time employee hold one industry course: CSTS, RSTS, ESTS or PCST?",
            "A full-time employee completes one of CSTS, RSTS, ESTS or PCST.",
            ("course-industry",),
        ),
        Requirement(
            DOCUMENTATION,
            "Has your health and safety management system been running long enough to give "
            "at least three months of records?",
            "Keep your health and safety management system running until you have at least "
            "three months of records.",
            ("step-documentation",),
        ),
    )
}


# Every verdict that lets an employer go ahead names the assessor's own certificate.
ASSESSOR = (
    "Also needed: the assessor, the person who completes the Evaluation Tool (from inside or "
    "outside the company), must hold their own certificate in Small Employer (or Principles "
    "of) Health & Safety Management, even if someone else in the company holds that course."
)
ASSESSOR_FACTS = ("assessor-who", "assessor-external-payroll")


@dataclass(frozen=True)
class Check:
    """Where a guided check stands: the current state and the replies so far."""

    state: str = HEADCOUNT
    headcount: int | None = None
    replies: tuple[tuple[str, str], ...] = ()

    @property
    def done(self) -> bool:
        """True once the verdict was given."""
        return self.state == DONE

    def reply(self, state: str) -> str | None:
        """The reply given for STATE, if any."""
        return dict(self.replies).get(state)


@dataclass(frozen=True)
class Prompt:
    """What to show: text, the choices (label, value), and the sources once there is a verdict."""

    text: str
    state: str
    choices: tuple[tuple[str, str], ...] = ()
    sources: tuple[Citation, ...] = field(default=())


def start() -> tuple[Check, Prompt]:
    """A new check and its first question."""
    check = Check()
    return check, _ask(check, intro=True)


def advance(
    check: Check, reply: str, read_count: Callable[[str], int | None] | None = None
) -> tuple[Check, Prompt]:
    """Apply one reply; READ_COUNT reads a head count from free text (a number by default)."""
    if check.done:
        return check, Prompt("The check is finished. Type /eligibility to start again.", DONE)
    text = reply.strip().lower()
    if check.state == HEADCOUNT:
        return _headcount(check, text, read_count or _read_number)
    value = _yes_no(text)
    if value is None:
        return check, _ask(check, hint="Please answer yes, no or not sure.")
    check = replace(check, replies=(*check.replies, (check.state, value)))
    following = ORDER.index(check.state) + 1
    if following >= len(ORDER):
        return _finish(replace(check, state=DONE))
    check = replace(check, state=ORDER[following])
    return check, _ask(check)


# Words that steer the check itself, typed at any step: stop it, go back a step, start over.
STOP = "stop"
BACK = "back"
RESTART = "restart"
_STEER = (
    (STOP, re.compile(r"^(?:stop|cancel|quit|exit|end|enough|never ?mind|forget it|no thanks|"
                      r"(?:please )?stop (?:it|this|the check)|cancel (?:it|this|the check))$")),
    (RESTART, re.compile(r"^(?:start (?:over|again|from the (?:top|beginning))|restart|reset|"
                         r"begin again|from the (?:top|beginning)|redo|do it again)$")),
    (BACK, re.compile(r"^(?:back|go back|previous|undo|oops|wrong answer|change (?:my |that |the )?"
                      r"(?:last )?answer|back (?:one|a step|up)|go back (?:one|a step))$")),
)  # fmt: skip


def steering(reply: str) -> str | None:
    """STOP, BACK or RESTART when REPLY steers the check itself ("stop", "go back", "start
    over"; a slash, trailing punctuation and "please" are ignored), else None."""
    text = re.sub(r"[\s.!?]+$", "", reply.strip().lower().lstrip("/"))
    text = re.sub(r"^(?:please|pls|ok|okay|um|uh|wait)[ ,]+|[ ,]+please$", "", text)
    return next((name for name, words in _STEER if words.match(text)), None)


def back(check: Check) -> tuple[Check, Prompt]:
    """The step before CHECK's, with its answer taken back, asked again."""
    if check.done:
        return check, Prompt("The check is finished. Type /eligibility to start again.", DONE)
    at = ORDER.index(check.state)
    if at == 0:
        return check, _ask(check, hint="This is the first question.")
    previous = ORDER[at - 1]
    replies = tuple((s, v) for s, v in check.replies if s not in (previous, check.state))
    earlier = replace(check, state=previous, replies=replies)
    if previous == HEADCOUNT:
        earlier = replace(earlier, headcount=None)
    return earlier, _ask(earlier, hint="Back one step.")


def repeat(check: Check) -> Prompt:
    """The pending question again, after the bot answered something else in between."""
    if check.done:
        return Prompt("The check is finished. Type /eligibility to start again.", DONE)
    return _ask(check, hint="Back to the check (type /cancel to stop it):")


def _headcount(
    check: Check, text: str, read_count: Callable[[str], int | None]
) -> tuple[Check, Prompt]:
    if text == AT_MOST_TEN:
        count: int | None = LIMIT
    elif text == OVER_TEN:
        count = LIMIT + 1
    else:
        count = read_count(text)
    if count is None:
        return check, _ask(check, hint="I didn't catch a number: how many people, at most?")
    exact = text not in (AT_MOST_TEN, OVER_TEN)
    check = replace(check, headcount=count if exact else None)
    check = replace(check, replies=(*check.replies, (HEADCOUNT, NO if count > LIMIT else YES)))
    if count > LIMIT:
        return _finish(replace(check, state=DONE), over=count if exact else None)
    check = replace(check, state=WCB)
    people = "1 person" if count == 1 else f"{count} people"
    noted = f"Noted: {people}, within" if exact else "Noted: within"
    return check, _ask(check, hint=f"{noted} the limit of {LIMIT}.")


def _ask(check: Check, intro: bool = False, hint: str = "") -> Prompt:
    step = ORDER.index(check.state) + 1
    parts = []
    if intro:
        parts.append(
            "Let's check whether your company can apply for SECOR, one prerequisite at a time. "
            "Type back to change your last answer, start over to begin again, or stop to end "
            "the check."
        )
    if hint:
        parts.append(hint)
    parts.append(f"({step} of {len(ORDER)}) {REQUIREMENTS[check.state].question}")
    choices = HEADCOUNT_CHOICES if check.state == HEADCOUNT else YES_NO
    return Prompt("\n".join(parts), check.state, choices)


def _finish(check: Check, over: int | None = None) -> tuple[Check, Prompt]:
    c = contacts()
    if check.reply(HEADCOUNT) == NO:
        many = f"With {over} people you are" if over else "You are"
        text = (
            f"Verdict: not eligible. {many} over the limit of {LIMIT} people at any time "
            "in the past 12 months, so ACSA cannot accept a SECOR application: apply for a "
            f"full COR instead. Questions: {c.phone} or {c.email}."
        )
        cited: tuple[str, ...] = (
            "headcount-limit",
            "headcount-who-counts",
            "headcount-over-ten-cor",
        )
        return check, Prompt(text, DONE, (), _cite(cited))
    missing = [REQUIREMENTS[s] for s in ORDER if check.reply(s) == NO]
    unsure = [REQUIREMENTS[s] for s in ORDER if check.reply(s) == UNSURE]
    if not missing and not unsure:
        text = (
            "Verdict: you appear to meet the SECOR prerequisites. Next: complete the SECOR "
            f"Evaluation Tool and send your submission to {c.email}. {ASSESSOR}"
        )
    else:
        lines = ["Verdict: not yet." if missing else "Verdict: almost, a few things to confirm."]
        if missing:
            lines.append("Still needed:")
            lines += [f"- {r.todo}" for r in missing]
        if unsure:
            lines.append("To confirm:")
            lines += [f"- {r.todo}" for r in unsure]
        lines.append(ASSESSOR)
        lines.append(f"Questions: the COR department, {c.phone} or {c.email}.")
        text = "\n".join(lines)
    cited = (*(f for r in REQUIREMENTS.values() for f in r.facts), *ASSESSOR_FACTS)
    return check, Prompt(text, DONE, (), _cite(cited))


def _cite(fact_ids: tuple[str, ...]) -> tuple[Citation, ...]:
    seen: dict[tuple[str, str], Citation] = {}
    for fact_id in fact_ids:
        cite = citation(fact(fact_id))
        seen.setdefault((cite.id, cite.section), cite)
    return tuple(seen.values())


_YES = re.compile(
    r"^(?:y|ya|yes+|yeah|yep|yup|sure|of course|correct|we do|we are|we have|it is|it has|"
    r"absolutely|definitely|affirmative|true|ok|okay|👍)\b"
)
_NO = re.compile(
    r"^(?:n|no+|nope|nah|not yet|we don't|we do not|we aren't|we are not|"
    r"we haven't|negative|false|never)\b"
)
_UNSURE = re.compile(
    r"^(?:not sure|unsure|maybe|idk|i don't know|dont know|don't know|"
    r"no idea|\?|possibly|perhaps|dunno)"
)
_NUMBER = re.compile(r"\b(\d{1,4})\b")


def _yes_no(text: str) -> str | None:
    if text in (YES, NO, UNSURE):
        return text
    if _UNSURE.match(text):
        return UNSURE
    if _NO.match(text):
        return NO
    if _YES.match(text):
        return YES
    return None


def _read_number(text: str) -> int | None:
    found = _NUMBER.search(text)
    return int(found.group(1)) if found else None
