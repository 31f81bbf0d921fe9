"""Issue 11, round 7a: whom a head count counts, and the verdict in plain words.

- the verdict says "within the limit" / "over the limit" and "not eligible for SECOR";
- a count tied to a time or a peak says that the most people at any one time in the
  past 12 months is what counts.

The phrasings are ours.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.headcount import HeadCount


def assert_total(engine: Engine, question: str, total: int) -> HeadCount:
    """The head count read from QUESTION, which is TOTAL."""
    count = engine.nlp(question)._.headcount
    assert count is not None and count.total == total, (question, count)
    return count


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "me and 5 guys, can we do secor",
            "Yes \u2014 with 6 people you are within the limit of 10, so by head count you "
            "qualify for SECOR.",
        ),
        (
            "its me, my wife and 9 guys, are we ok for secor",
            "No \u2014 with 11 people you are over the limit of 10 and not eligible for SECOR.",
        ),
        (
            "just me, do i qualify",
            "Yes \u2014 with 1 person you are within the limit of 10",
        ),
    ],
)
def test_the_verdict_says_within_or_over_the_limit_in_plain_words(
    engine: Engine, question: str, opening: str
) -> None:
    assert engine.ask(question).answer.startswith(opening)


@pytest.mark.parametrize(
    "question",
    [
        "12 in the summer and 6 in the winter, secor?",
        "we had 13 guys in july but we're down to 5 now, can we apply",
        "peaked at 14 last fall, now its me and 3 guys. how long is secor valid for?",
        "we are 12 now, can we still do secor?",
    ],
)
def test_a_count_tied_to_a_time_says_the_past_12_months_count(
    engine: Engine, question: str
) -> None:
    text = engine.ask(question).answer
    assert "past 12 months" in text, text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("my son comes out saturdays as a volunteer, me and 4 guys", 6),
        ("me, my brother is a journeyman, and 4 guys", 6),
        ("my wife (a bookkeeper) and me and 3 guys", 5),
        ("4 guys and one is an apprentice, plus me", 5),
        ("I work as a foreman and have 4 guys", 5),
        ("me and 6 guys and my daughter, she's a summer student on our wcb", 8),
        ("me and 3 guys, and my nephew who is an apprentice helps out", 5),
        # the person named again is the same person
        ("me, my mom and 5 guys. my mom does the books, does my mom count?", 7),
        ("7 guys, me and my wife, and her sister does cleanup. does her sister count", 10),
        # a kind asked about is no one named
        ("me and 8 guys. i didnt think a volunteer would matter?", 9),
    ],
)
def test_a_person_described_or_named_again_is_counted_once(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("Last August we were 12 people for about 6 weeks. Now we are back to 7.", 12),
        ("we let 3 guys go back in feb, we were 11 before that, now we are 8", 11),
        ("this past summer we had 11 on the crew, now we have 5", 11),
        ("me and my wife. we were 12 last summer, now we're 7", 12),
        ("there were 12 of us in june, now there are 8 of us", 12),
        ("we were 9 in the spring and 12 over the summer, now we're 6", 12),
        ("in july we were 6, now we are 9", 9),
    ],
)
def test_the_team_at_different_times_is_its_most_not_the_sum(
    engine: Engine, question: str, total: int
) -> None:
    count = assert_total(engine, question, total)
    assert count.peak


def test_the_snapshots_are_said_with_their_times_and_the_rules_window(engine: Engine) -> None:
    text = engine.ask(
        "Last August we were 12 people for about 6 weeks. Now we are back to 7. can we apply?"
    ).answer
    assert text.startswith(
        "No \u2014 with 12 people you are over the limit of 10 and not eligible for SECOR."
    ), text
    assert "I count 12 at your busiest (12 last august; 7 now)" in text
    assert "in the past 12 months" in text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("5 permanent staff and I'm one of them. in spring we take on 6 temps", 11),
        ("8 full timers of which I am one", 8),
        ("there are 9 of us and i'm one of them", 9),
        ("6 employees, i am one of them, plus 2 summer students", 8),
        ("we have 6 guys, myself included, and my wife", 7),
        ("5 guys and im one of the 5", 5),
        ("me and 5 guys, i'm one of the owners", 6),
    ],
)
def test_the_one_asking_said_to_be_in_a_group_is_not_one_more(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("me and 4 guys, and we have a cleaner who comes once a week", 6),
        ("we also have a cleaner who comes once a week, me and 6 guys", 8),
        ("we've got a bookkeeper that comes in fridays, plus me and 3 guys", 5),
    ],
)
def test_a_person_had_who_comes_at_times_is_counted(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "Long story. My dad started the company, he's semi retired but still the owner and "
            "on the WCB account. I run things day to day (I'm on the account too). My sister "
            "does admin part time, and the crew is 6 carpenters and 2 labourers. Mom volunteers "
            "answering phones, she's covered on the account as well. can we do SECOR?",
            12,
        ),
        ("my dad is the owner, me and 3 guys", 5),
        ("my wife is also the bookkeeper, me and 2 guys", 4),
        ("I run the company with 4 guys", 5),
        ("my wife does the books and I work on the tools with 3 guys", 5),
        ("4 guys on the crew. Dad helps on weekends. I'm on the account too", 6),
        # a list names them, not an attribute
        ("there's the owner, me and 4 guys", 6),
    ],
)
def test_people_named_in_asides_and_sentence_openings_are_counted_once(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # a long list of six groups, one said without its noun ("and 2 on landscaping")
        (
            "right now its me, my 2 daughters, 4 guys on the framing side and 3 on finishing. "
            "every summer we add 2 students on our payroll and they overlap with everybody. "
            "the wife does the books.",
            13,
        ),
        ("me, 3 guys in the shop and 2 on the road, plus my wife", 7),
        # a person after "+" who comes at times
        ("5 full time + 2 part timers + a cleaner who comes once a week. im the owner", 9),
        # a plural said as one, as some employers write
        ("my worker now are 6 person plus my wife and me, ok?", 8),
    ],
)
def test_long_lists_and_people_who_come_at_times_are_all_counted(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total", "described"),
    [
        (
            "peaked at 14 last fall, now its me and 3 guys",
            14,
            "14 at your busiest (you and 3 guys now)",
        ),
        ("my uncle helps out, he's a retired electrician, and me and 2 guys", 4, ""),
        ("we're 4 full-time, I'm one of the 4, and my daughter comes in as a student", 5, ""),
        ("two of us own it, plus 5 employees, one of whom is my nephew", 7, ""),
        ("me and 4 guys, one of them is my brother", 5, ""),
    ],
)
def test_a_peak_beside_todays_people_and_people_said_to_be_among_others(
    engine: Engine, question: str, total: int, described: str
) -> None:
    count = assert_total(engine, question, total)
    assert not described or count.describe() == described, count.describe()


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("my daughter is our receptionist, my husband and I own it, and 5 labourers", 8),
        ("our office manager is also my wife. me, her and 6 guys", 8),
        ("me plus 7 guys. my brother-in-law helps out as a volunteer, he's on our wcb", 9),
        ("we had 11 in the spring, laid off 4 in june, and now we're 7", 11),
        # a list of people said with my / our is still a list
        ("me, my wife, my son and our 3 guys", 6),
    ],
)
def test_a_role_said_with_my_or_our_of_someone_named_is_that_person(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("we'll be 9 next month, right now we are 7", 9),
        ("my wife and I, plus 7 employees, and my son (he's 17) helps in summer", 10),
        ("we are 9. well, 9 plus me", 10),
        ("8 guys, sorry, 9 guys and me", 10),
        ("we have ten people and one of them is me", 10),
        ("7 employees (one is my wife) and me", 8),
    ],
)
def test_ages_corrections_and_people_said_among_others(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("its just me and 2 guys now but in august it was me and 11 guys", 12),
        ("in july we had 4 guys, 2 students and me, now it's me and 2 guys", 7),
        ("right now its me, my wife and 3 guys. in june it was me, my wife and 8 guys", 10),
        # counts of times inside one list are not one list
        ("we were 9 in the spring and 12 over the summer, now we're 6", 12),
    ],
)
def test_lists_of_the_team_at_different_times_are_snapshots(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "our peak was 11 ppl but that was two years back. for the last 18 months we've "
            "been steady at 6 counting me",
            6,
        ),
        (
            "Last christmas we had a rush job and we were 12 people for two weeks. rest of the "
            "year we are 8",
            12,
        ),
        ("we're a small outfit, me and 4 guys", 5),
        ("we're an estimator, a dispatcher, a shop foreman and six pipefitters", 9),
    ],
)
def test_times_said_after_a_count_and_the_company_described(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    "question",
    [
        "Does one person have to do all 3 secor courses or can we split them up between a "
        "couple of guys?",
        "We're an electrical contractor. Which of the industry safety training courses would "
        "we take?",
    ],
)
def test_a_case_asked_about_or_the_company_described_counts_no_one(
    engine: Engine, question: str
) -> None:
    assert engine.nlp(question)._.headcount is None
    assert "I count" not in engine.ask(question).answer


def test_a_count_said_with_counting_me_names_you_once(engine: Engine) -> None:
    text = engine.ask("there are eleven of us counting me. small employer cor possible?").answer
    assert "I count 11 of you (you included)." in text, text


@pytest.mark.parametrize(
    "question",
    [
        "we have like 200 toolbox talk sheets from the last year. do i scan every one?",
        "how many hazard assessments should i send in?? we have like 400 FLHAs from this year",
        "we did 35 inspections last spring, is that enough for secor?",
    ],
)
def test_numbers_of_documents_are_no_people(engine: Engine, question: str) -> None:
    assert engine.nlp(question)._.headcount is None, question


def test_one_person_named_in_two_ways_is_read_once(engine: Engine) -> None:
    count = engine.nlp("does my admin lady count toward the limit? she answers phones")._.headcount
    assert count is None or count.total == 1


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("owner (me), office manager (my wife), 4 carpenters, 1 labourer", 7),
        ("9 staff incl. me, plus a summer student in july", 10),
        ("we have 10 employees, my wife is one of them", 10),
        ("me + 9, my brother is one of the 9", 10),
        ("my sister helps out as our bookkeeper, plus me and 4 guys", 6),
        ("we have seven workers, two of whom are my sons, plus me", 8),
    ],
)
def test_more_ways_of_naming_someone_already_counted(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("we were 8 in january and took on 4 more in may", 12),
        ("we had 6 in the spring and hired 3 more in june, now we're back to 7", 9),
        ("last summer we were 9 and added 3 more guys in august, now we are 6", 12),
    ],
)
def test_people_added_with_more_join_the_team_of_their_time(
    engine: Engine, question: str, total: int
) -> None:
    assert_total(engine, question, total)
