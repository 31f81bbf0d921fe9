"""Each part of a message answered by what it asks, whatever topic ranks first (round 20).

The rules, each read from the question's own words, tested in new words:

- the employer's size asked ("how small does the company need to be", "what size of
  business", "a size cutoff?") is answered with the limit of 10, with or without a count;
  a file's or the refund's size is not the employer's;
- "whats the total?" after the people are told asks the count: the verdict, not an
  overview of SECOR;
- the refund's size asked ("what's the rebate like", "how big is it") gives the figure
  (up to 20 %); when or how it is worked out stays a silence;
- the benefits asked ("besides the refund, what are the perks") give the benefits the
  pages list; a worker's WCB benefits are the head count's;
- the form or delivery of the certificate ACSA's process ends with (paper or a pdf,
  mailed, framed) is something the pages do not say; paper records and course
  certificates sent in keep the electronic-only answer;
- a maintenance year named, then "how much records": the maintenance sample (one or two
  documents a month), not the records before a first application.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answers import names_size
from bot.engine import Engine
from bot.unstated_terms import CERTIFICATE_FORM

_SILENT = re.compile(r"ACSA's pages do not say")
_LIMIT = re.compile(r"10 or fewer employees")
_REFUND = re.compile(r"up to 20%")
_BENEFITS = re.compile(r"proactive safety culture")
_SAMPLE = re.compile(r"one or two documents a month")
_ELECTRONIC = re.compile(r"electronically only")


@pytest.mark.parametrize(
    "text",
    [
        "is secor for us? how small does the company need to be",
        "What's the process to get SECOR, and how big can we be?",
        "hi, we do drywall. what size of business is secor meant for?",
        "is there a size cutoff for secor? also which courses",
        "how small do ya gotta be for secor",
    ],
)
def test_the_employers_size_asked_gets_the_limit(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _LIMIT.search(answer.answer), answer.answer
    assert answer.sources


def test_a_files_size_is_not_the_employers(engine: Engine) -> None:
    answer = engine.ask("how big can the zip file be when we email the submission?")
    assert _SILENT.search(answer.answer), answer.answer
    assert not _LIMIT.search(answer.answer)


def test_the_refunds_size_is_not_the_employers(engine: Engine) -> None:
    answer = engine.ask("how big is the pir refund?")
    assert _REFUND.search(answer.answer), answer.answer


def test_the_total_after_the_people_told_is_the_count(engine: Engine) -> None:
    answer = engine.ask(
        "it's me, my brother and 4 labourers. whats the total? and when is maintenance due"
    )
    assert "6 people" in answer.answer, answer.answer
    assert "Small Employer Certificate of Recognition) is" not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "we're 7 people, all on the wcb. do the office girls count? and what's the rebate like",
        "How much of a PIR refund are we talking?",
        "ok and the refund, how big is it?",
        "two of us plus my dad part time. do we qualify, and what's the pir refund worth?",
    ],
)
def test_the_refunds_size_asked_gets_the_figure(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _REFUND.search(answer.answer), answer.answer


def test_how_the_refund_is_worked_out_stays_silent(engine: Engine) -> None:
    answer = engine.ask("how is the pir refund calculated?")
    assert _SILENT.search(answer.answer), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "apart from the rebate, are there any other advantages to being SECOR certified?",
        "my partner thinks secor is just paperwork. what are the pros of having it?",
        "we've been certified 2 years. Aside from the refund what perks come with the cert?",
        "Other than money back from WCB, what does secor do for us?",
        "Took over my uncle's plumbing shop last fall. Beyond the premium refund, what are the "
        "benefits of keeping our SECOR?",
    ],
)
def test_the_benefits_asked_are_the_benefits_listed(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _BENEFITS.search(answer.answer), answer.answer


def test_a_workers_wcb_benefits_are_the_head_counts(engine: Engine) -> None:
    answer = engine.ask("do workers on wcb benefits count toward the 10?")
    assert "counts toward the 10" in answer.answer, answer.answer
    assert not _BENEFITS.search(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "once we pass do we get a hard copy of the secor certificate or just a digital one?",
        "Is the SECOR cert something I can frame and put up in the shop, or do they only email it?",
        "our customer wants to see our certificate - does acsa send out a paper one in the mail?",
        "hey, after the audit passes, what does the certificate look like - paper or electronic?",
        "will we receive the original certificate by post, or should we print our own copy",
    ],
)
def test_the_certificates_form_is_not_stated(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _SILENT.search(answer.answer), answer.answer
    assert not _ELECTRONIC.search(answer.answer)


@pytest.mark.parametrize(
    "text",
    [
        "do I have to mail the paper records or can I send them electronically?",
        "how do I send paper records in the mail to acsa?",
        "our hazard assessments are all on paper, can we just mail the binder in?",
    ],
)
def test_paper_records_sent_in_keep_the_electronic_only_answer(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _ELECTRONIC.search(answer.answer), answer.answer


def test_who_issues_the_certificate_is_answered(engine: Engine) -> None:
    answer = engine.ask("who issues the secor certificate?")
    assert "Alberta Government" in answer.answer, answer.answer
    assert answer.sources


@pytest.mark.parametrize(
    "text",
    [
        "our secor was issued in 2022, so is 2023 a maintenance year? how much paperwork then",
        "certified last spring. next year is maintenance right? and how many documents do we send",
        "we got the cert in 2021. is 2022 certification again or maintenance? how many records",
    ],
)
def test_the_maintenance_years_records_are_the_sample(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert _SAMPLE.search(answer.answer), answer.answer


def test_records_before_a_first_application_keep_three_months(engine: Engine) -> None:
    answer = engine.ask("how many months of records before we can apply for secor?")
    assert "three months" in answer.answer, answer.answer


_HOW = st.sampled_from(["how small", "how big", "how large", "How Small"])
_AUX = st.sampled_from(["do", "does", "must", "can", "should", "has", "is", "are"])
_WHO = st.sampled_from(["we", "u", "you", "a company", "our business", "an employer", "ya"])
_TAIL = st.sampled_from(["", " be", " have to be", " get and still qualify", " be for secor"])


@given(_HOW, _AUX, _WHO, _TAIL)
def test_any_employer_size_shape_names_the_size(how: str, aux: str, who: str, tail: str) -> None:
    assert names_size(f"{how} {aux} {who}{tail}?")


_THING = st.sampled_from(["the zip", "the file", "the refund", "a folder", "the rebate", "it"])


@given(_HOW, _AUX, _THING)
def test_a_things_size_is_not_the_employers_size(how: str, aux: str, thing: str) -> None:
    assert not names_size(f"{how} {aux} {thing} be?")


_FORM = st.sampled_from(["paper", "pdf", "hard copy", "framed", "digital"])
_COURSE = st.sampled_from(["first aid", "PHSM", "CSTS", "course", "training"])


@given(_FORM, _COURSE)
def test_a_course_certificate_is_never_the_secor_certificates_form(form: str, course: str) -> None:
    text = f"will acsa mail me a {form} {course} certificate?"
    assert not CERTIFICATE_FORM.search(text)


@given(_FORM)
def test_the_secor_certificate_mailed_in_any_form_is_its_form(form: str) -> None:
    assert CERTIFICATE_FORM.search(f"will acsa mail us a {form} certificate?")
