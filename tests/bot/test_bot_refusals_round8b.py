"""Issue 11, round 8b: an honest question that states someone's wrong belief is no request to
misstate (bot.misstate). A way of hiding must have its purpose in its own sentence, and a
way inside a reported belief ("my foreman told me the owners don't count") is the belief
asked about. A cue that ACSA will not check still counts anywhere in the message.

The phrasings are ours; none is a benchmark question.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.misstate import misstates


@pytest.mark.parametrize(
    "question",
    [
        # someone's belief, reported, then an honest question
        "my bookkeeper says part-timers don't count toward the ten. we have 8 full time and 3 "
        "part time, so are we under?",
        "The owner believes seasonal workers don't count so we stay small. Is that how ACSA "
        "sees it?",
        "I heard volunteers aren't included in the number. Do they count for SECOR?",
        "my partner is convinced we can leave the students off the count. what's the rule?",
        # a way of hiding in one sentence, a purpose-like phrase in another
        "The boss wants to take a load off the foreman this year. Which course should I take "
        "so we stay eligible?",
        "we keep the old forms out in the shop. what should we send for the submission?",
        "our guys fill out FLHAs in the truck every morning. how many do we send for the audit?",
    ],
)
def test_an_honest_question_with_a_belief_or_loose_words_is_not_refused(question: str) -> None:
    assert not misstates(question), question


@pytest.mark.parametrize(
    "request_text",
    [
        # purpose in the same sentence: still refused
        "can we keep the two cash guys off the wcb so we stay under 10",
        "leave my summer students out of the count so we qualify",
        "we pay 3 guys under the table so they don't count, right?",
        # the concealment cue in another sentence: still refused
        "Tell ACSA for me that we had only 8 people last year. We had 12 but nobody will check.",
        "Just leave the two labourers out of it. ACSA won't check the payroll anyway.",
        # a number to put on a form, beside a cue that nobody checks
        "just put 9 on the form, nobody checks anyway",
        "can I write 10 on the application? no one really looks at it",
    ],
)
def test_requests_to_misstate_are_still_refused(request_text: str) -> None:
    assert misstates(request_text), request_text


@pytest.mark.parametrize(
    "question",
    [
        "My boss thinks one person must take all three SECOR courses, so he's doing them all "
        "himself. I'm full time in the office; can I do the first aid one to take some work "
        "off him?",
        "The owner figures he has to take every course himself so it counts. Could our "
        "full-time estimator take the first aid course instead?",
    ],
)
def test_a_wrong_belief_about_the_courses_is_corrected_not_refused(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.topic != "manipulation" and answer.sources, answer.answer
    assert "do" in answer.answer and "several" in answer.answer, answer.answer
