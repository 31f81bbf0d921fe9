"""The answering engine behind every channel: question in, answer with sources out.

``Engine.ask(question) -> Answer`` answers a chat message (every question in it);
``Engine.ask_email(text) -> EmailAnswer`` answers an email body in the COR
department's voice (see ``bot.email_answer``).

A question is read in parts (``bot.parts``): the intent model says what it asks
for, and the organisation, year type, documents, people and deadlines it names
add the facts that answer the combination (knowledge/data/bot_combos.toml).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from bot.abstain import Coverage, Decider, Evidence, abstention, thresholds, typed_only
from bot.answers import (
    MAX_ANSWER_CHARS,
    Answer,
    answer_intent,
    cannot_answer,
    course_holder_answer,
    cut_at_sentence,
    eligibility_answer,
    headcount_lead,
    left_out_answer,
    limit_answer,
    membership_answer,
    misstatement_refusal,
    names_size,
    none_happened_answer,
    outside_acsa,
    refusal,
    told_answer,
    wcb_account_answer,
    who_counts_answer,
)
from bot.asked_fact import (
    limit_asked,
    people_are_subject,
    points_back,
    spanning_answer,
    with_asked_facts,
)
from bot.asked_object import foreign_object, secor_object
from bot.asked_unit import lead_with_asked
from bot.asks_for import asked
from bot.bot_request import asks_of_bot
from bot.claim_check import claim_answer
from bot.compact import compact_lists
from bot.compose import composition, composition_refusal
from bot.counted_asked import asks_if_counted, counted_answer
from bot.counted_kind import asks_kind_counted, kind_counted_answer
from bot.deceive import deception, deception_refusal
from bot.element_answer import (
    asks_if_sent,
    element_answer,
    element_label,
    is_business,
    is_element_question,
    with_year_lead,
)
from bot.element_premise import premise_answer
from bot.email_answer import EmailAnswer, answer_email
from bot.envelope import without_envelope
from bot.esc_asked import (
    asking_sentences,
    count_in_story,
    esc_asked_answer,
    esc_message_answer,
    names_esc,
)
from bot.esc_rules import (
    ACSA_SIDE,
    esc_echo_answer,
    esc_first,
    esc_named_fallback,
    esc_rule_answer,
    numbers_in_figures_only,
)
from bot.first_timing import asks_time_to_certify
from bot.foreign_request import foreign_request, program_look_alike
from bot.foreign_subject import foreign_subject
from bot.goes_in import goes_in_answer, goes_in_document
from bot.groups import read_groups
from bot.guard import clean, is_manipulative
from bot.headcount import HeadCount
from bot.intent import CUE_WEIGHT, Ranked, rank, without
from bot.labeler import DocumentLabeler
from bot.language import english_only, language_of
from bot.legislation_list import (
    asks_ready_made_list,
    legislation_list_answer,
    legislation_message_answer,
)
from bot.lexicon import Combo, Intent, intents, lexicon
from bot.maintenance_docs import asks_what_to_send, documents_lead, records_first
from bot.management_course import asks_which_course, management_course_answer
from bot.mentions import LIMIT
from bot.mislead import told_people
from bot.misstate import asks_to_leave_out, misstates
from bot.model import load_or_train
from bot.nlp import NormalizerComponent
from bot.one_document import rejoined
from bot.own_subject import prevention_answer, program_subject
from bot.own_submission import asks_about_own_submission, own_submission_answer
from bot.parts import Parts, combines_parts, read_parts
from bot.passing_mention import asks_whether_counted
from bot.peak_rule import asks_window, window_answer, window_lead
from bot.placed_followup import maintenance_followup, rest_of_message
from bot.placement_asked import compared_with, placement_asked, with_comparison
from bot.process_compose import message_answer, process_answer
from bot.questions import (
    CONTEXT_WORDS,
    after_certification,
    asks_of_its_own,
    carry_context,
    courtesy,
    question_before_context,
    split_questions,
    with_context,
    without_premise,
)
from bot.refused_requests import refused_request
from bot.restated import claim_offsets
from bot.route import Router
from bot.silent import (
    NotStated,
    continues_silence,
    esc_unstated,
    silent_answer,
    silent_topic,
)
from bot.smalltalk_asked import asks_a_cued_topic
from bot.story import (
    Reading,
    Story,
    asked_over_told,
    counted_without_told_silence,
    told_certified,
    told_then_asked,
)
from bot.topic_frame import topic_frame
from bot.unstated_specifics import counting_silence
from bot.year_cycle import year_cycle_answer
from knowledge.facts import Citation, citation, fact, facts

log = logging.getLogger(__name__)

# Below this confidence the bot says it cannot answer and points to the COR department.
THRESHOLD = 0.22
# Intents whose questions get the head-count verdict when the question counts people.
HEADCOUNT_INTENTS = frozenset({"eligibility", "over_ten", "growth", "who_counts", "what_is_secor"})
# Intents of a part that asks about the limit itself ("are we still small enough?").
_LIMIT_ASKED = frozenset({"eligibility", "over_ten"})
# Words of a part that ask about the limit itself: "do we still qualify", "under the limit".
_NAMES_LIMIT = re.compile(
    r"\b(?:qualif\w*|eligib\w*|(?:the|secor'?s?|size|head ?count) (?:limit|cap)|small enough|"
    r"(?:under|over|within|above|below) (?:the )?(?:10|ten|limit|cap)|too (?:many|big)|"
    # "whats the total?" after the people are told: the count asked for
    r"(?:the|our|a) total\b(?!\s+(?:cost|price|fees?|amount|refund|premiums?|time|hours?|bill|"
    r"payroll|of\s+(?:the\s+)?(?:cost|fees?|premiums?)))|how many (?:is that|does that make|"
    r"in all|altogether)|"
    # "what number should I be using?" after the people are told: the head count asked for
    r"(?:what|which) (?:number|count|head ?count|total|figure) (?:should|do|would|must|am|are|"
    r"can) (?:i|we) (?:be )?(?:us\w*|go\w* by|put\w*|giv\w*|report\w*|count\w*|writ\w*))\b",
    re.IGNORECASE,
)
# A bare number ("eleven", "we're at 12") is read as a head count only for these.
BARE_NUMBER_INTENTS = frozenset({"eligibility", "over_ten"})
# Intents whose answer lists all the elements.
LIST_INTENTS = frozenset({"elements", "cor_elements"})
# A greeting that also scores this much as off-topic asks for off-topic help.
OFFTOPIC_SMALLTALK = 0.5
# People in a question are a side remark when another intent scores this much higher.
ASIDE_MARGIN = 1.5
# A question's other part must rank this sure for the people in it to be context.
ASIDE_CONFIDENCE = 0.3
SHORT_ASIDE_CONFIDENCE = 0.5
# How sure an answer about a named year of the cycle is (bot.year_cycle reads it by rule).
CYCLE_CONFIDENCE = 0.6
# Below this confidence an intent sharing no fact with the question's parts is left out.
UNSURE_BESIDE_PARTS = 0.6
# What a head-count verdict keeps when it shares a message's answer with others.
VERDICT_CHARS = 320
# A part of a question this long may ask something of its own.
MIN_PART_WORDS = 4
# Parts of a question: clauses between punctuation and "but" / "so".
_PARTS = re.compile(r"[,.;?!]+|\s(?:but|so)\s")
# The other part must say this much to be a question of its own ("can we get secor" is not).
ASIDE_WORDS = 6
# Intents whose facts name a fee or an amount; for the others a price question is unanswered.
PRICED_INTENTS = frozenset({"pir", "benefits", "membership", "esc_submission"})
_SAYS_SILENT = re.compile(r"\b(?:do not|don't) say\b")
_SILENT_SENTENCE = re.compile(
    r"ACSA's pages do not say [^;]*; the COR department can tell you: call \S+ or email "
    r"\S+?\.(?=\s|$)"
)
# Topics whose answers already fit a maintenance-year question about documents.
_MAINTENANCE_TOPICS = frozenset({"maintenance_year", "sample_amount", "directive_docs"})
# A question that names an element or a folder asks where a document goes before anything
# it says about people ("one of my guys ... where does that go, which element").
_NAMES_ELEMENT = re.compile(r"\b(?:element|folder)\b|\bwhere\s+(?:do|does|should)\b", re.I)
_EVERY = re.compile(r"\b(?:every single|every one of|each and every|all of (?:the|our|my))\b", re.I)
# Kinds of intent whose answers the abstention judges (bot.abstain).
_JUDGED = frozenset({"answer", "eligibility", "who_counts"})
# A price asked: off-topic when the model says so ("a fair price for a used truck").
_PRICE = re.compile(r"\b(?:price|pay|cost|worth|\$|dollars?|buy|sell)\b", re.IGNORECASE)
# The topics a question about ACSA membership may be ranked as (then membership is answered).
_MEMBERSHIP_ASKED = ("membership", "eligibility", "steps", "who_counts", "wcb")
_WHERE = re.compile(r"\b(?:which|what|where|folder)\b", re.IGNORECASE)


# How many parsed texts the engine keeps (a message, its parts, its story and its question).
PARSED_CACHE = 32


class Engine:
    """Answers free-text questions from the knowledge base with a spaCy pipeline."""

    def __init__(self, nlp: Language, labeler: DocumentLabeler | None = None) -> None:
        self.nlp = nlp
        normalizer = cast(NormalizerComponent, nlp.get_pipe("secor_normalizer"))
        self.domain = normalizer.domain
        self.smalltalk = normalizer.smalltalk
        self.intents = intents()
        self.labeler = labeler
        self.thresholds: Decider = thresholds()
        self._coverage = Coverage(nlp)
        self._router = Router(self._coverage)
        self._parsed: dict[str, Doc] = {}

    def parse(self, text: str) -> Doc:
        """TEXT through the pipeline, the last few kept: one question's answer reads its
        message, its parts and its story again and again (the pipeline sets every attribute
        it reads; nothing changes a Doc afterwards)."""
        doc = self._parsed.get(text)
        if doc is None:
            if len(self._parsed) >= PARSED_CACHE:
                self._parsed.pop(next(iter(self._parsed)))
            doc = self._parsed[text] = self.nlp(text)
        return doc

    @classmethod
    def load(cls, cache_root: Path | None = None, labeler: DocumentLabeler | None = None) -> Engine:
        """The engine with its intent model loaded from CACHE_ROOT (trained there if missing).

        LABELER, when given, is the document classifier that answers "which element
        does X go in" (the intake's, passed in by the composition roots).
        """
        started = time.perf_counter()
        engine = cls(load_or_train(cache_root), labeler)
        log.debug("engine ready in %.2f s", time.perf_counter() - started)
        return engine

    def ask(self, question: str) -> Answer:
        """The answer to a message, every question in it answered (never raises on odd input)."""
        text = clean(without_envelope(question))  # a forward's headers ask nothing
        if not text:
            return answer_intent(self.intents["greeting"], 1.0)
        declined = refused_request(text)
        if declined is not None:
            return declined  # the evaluation done for them, a course not held, legal strategy
        if misstates(text):
            return misstatement_refusal(text=text)
        deceit = deception(text)
        if deceit is not None:
            return deception_refusal(deceit)  # someone else's name, "on paper", a claim kept back
        written = composition(text)
        if written is not None and written.kind != "plain":
            return composition_refusal(written, text)  # a document untrue: the reason said
        left_out = self._left_out(text)
        if left_out is not None:
            return left_out  # "can I leave my summer guys off the count?": no, they count
        if is_manipulative(text):
            return refusal(manipulative=True)
        if written is not None:
            return composition_refusal(written, text)  # the bot writes no documents
        language = language_of(text)
        if language != "english":
            return english_only(language)  # one line, not a guess from the word "SECOR"
        prevention = prevention_answer(text)
        if prevention is not None:
            return prevention  # "two guys got hurt the same way. how do we prevent it?"
        placed = self._placement_asked(text)
        if placed is not None:
            # "a spreadsheet of injuries and claim costs. which of the elements?", and the
            # message's other parts ("... and do they need to be scanned") beside it
            return self._with_rest(text, placed)
        framed = self._framed(text)
        if framed is not None:
            return framed  # "About the continuing education rule: does it have to be ...?"
        questions = rejoined(text, split_questions(text))  # one described document, one piece
        if len(questions) == 1:
            return self._with_context_set_aside(questions[0])
        counted_silence = _counting_silence_across(text, questions)
        if counted_silence is not None and not _leave_counted(self.parse(text)):
            return counted_silence  # "do we count our welder? he's been on leave since May"
        listed = legislation_message_answer(text, questions)
        if listed is not None:
            return listed  # "a sample list for my trade? if I copy it, enough?": one question
        composed = self._composed_message(text, questions)
        if composed is not None:
            return composed
        if names_esc(text):  # every part asks one of Energy Safety Canada's rules: composed
            esc = esc_message_answer(questions, _total(self.parse(text)))
            if esc is not None:
                return esc
        if not any(asks_of_its_own(q) for q in questions[1:]) and all(
            self.parse(q)._.headcount is not None
            or (i > 0 and self.parse(q)._.mentioned is not None)
            for i, q in enumerate(questions)
        ):  # (a later part's person named in passing is one more of the people counted)
            # "we're 10, right?? oh and the wife's cousin is on our wcb too, still good?":
            # every part counts people, so the people of all of them are one head count
            return self.ask_one(text)
        first: Answer | None = None
        if not any(asks_of_its_own(q) for q in questions[1:]):
            first = self.ask_one(questions[0], checked=True)
            if first.topic == "offtopic" and asks_window(text) and _people(self.parse(text)):
                return self.ask_one(text)  # "what does at any given time mean? we had 13"
            if first.topic == "offtopic":
                return first  # "best welding rod for stainless? 309 or 316?": one request
        asked = [questions[0]] + [with_context(prev, q) for prev, q in pairwise(questions)]
        # the whole message was read for a request to falsify above, with all its context
        # ("... never finished, do i leave it out?" is honest): its parts are not read again;
        # the first part is carried as it is, so its answer above is not computed again
        answers = [
            lead_with_asked(
                q,
                first
                if i == 0 and first is not None
                else self._limit_part(text, q)
                or (_continued_silence(questions[i - 1], questions[i]) if i else None)
                or self.ask_one(q, checked=True),
            )
            for i, q in enumerate(carry_context(asked))
        ]  # the number a part asks for ("how many months") leads its answer, never cut
        answers = (
            [answers[0]]
            + [  # "where does that go? and resend it every maintenance year?"
                maintenance_followup(prev, q, a) if prev.topic == "which_element" else a
                for prev, q, a in zip(answers, asked[1:], answers[1:], strict=False)
            ]
        )
        # a short follow-up ("and how long does it take") the pages seem silent on is
        # read as part of the question before it, not answered "do not say" on its own
        kept = [
            a
            for i, (q, a) in enumerate(zip(asked, answers, strict=True))
            if i == 0
            or a.topic != "not_stated"
            or len(q.split()) >= CONTEXT_WORDS
            or continues_silence(questions[i - 1], questions[i])  # "..., when is it paid?"
            if i == 0 or not _same_silence(questions[i - 1], questions[i], answers[i - 1])
        ]
        # what the whole message asks, its parts read together ("we used two subcontractors.
        # do I include anything about them?"), is answered too when no part's answer says it
        spanning = spanning_answer(text, carry_context(asked), kept)  # (each part as read)
        return combine([kept[0], spanning, *kept[1:]] if spanning is not None else kept)

    def _with_rest(self, text: str, placed: Answer) -> Answer:
        """PLACED, the placement answer of TEXT, with the answers to TEXT's other parts
        (bot.placed_followup): a second question after a "which element" is not dropped."""
        rest = [
            q for q in rest_of_message(text) if not (is_element_question(q) or compared_with(q))
        ]
        answers = [maintenance_followup(placed, q, self.ask_one(q, checked=True)) for q in rest]
        return combine([placed, *answers]) if answers else placed

    def _limit_part(self, text: str, part: str) -> Answer | None:
        """The verdict on the people TEXT, the whole message, counts, when PART asks about
        the limit with no count of its own ("... 9 of us. When is maintenance due, and are
        we still small enough?"); None otherwise."""
        doc = self.parse(part)
        if doc._.headcount is not None:
            return None
        sized = names_size(part)  # "how small do u have to be": the limit, no count needed
        if not sized and not _NAMES_LIMIT.search(part) and rank(doc).best not in _LIMIT_ASKED:
            return None  # (the part's own words name the limit, whatever topic ranks first)
        whole = self.parse(text)  # (parsed once, only for a part that asks the limit)
        count = whole._.headcount
        if count is None:
            return limit_answer(part, 0.6) if sized else None
        parts = read_parts(whole)
        return eligibility_answer(
            count,
            whole._.categories,
            0.6,
            about_esc=parts.about_esc,
            esc_maintenance=parts.about_esc and "maintenance" in parts.tags,
        )

    def _composed_message(self, text: str, questions: list[str]) -> Answer | None:
        """A message whose questions together compare two sides, ask for the whole process or
        say a role's holder left (bot.process_compose), answered as one; a part that counts
        people is answered beside it."""
        composed = message_answer(text, questions)
        if composed is None:
            return None
        counted = [q for q in questions if self.parse(q)._.headcount is not None]
        if not counted or composed.topic.startswith("role_"):
            return composed
        return combine([composed, *(self.ask_one(q, checked=True) for q in counted)])

    def _with_context_set_aside(self, text: str) -> Answer:
        """The answer to TEXT; when nothing answers it whole, the answer to the question it
        opens with, without the statement of context after it (a refusal stays)."""
        answer = self.ask_one(text)
        if answer.topic == "not_stated" and counting_silence(text) is not None:
            return answer  # "do we count him? he's been on leave a year": the context asks it
        first = question_before_context(text) if answer.kind == "unknown" else None
        if first is None:
            return answer
        alone = self.ask_one(first)
        return alone if alone.sources else answer

    def ask_email(self, text: str) -> EmailAnswer:
        """An email body's questions, each answered in the COR department's voice.

        See ``bot.email_answer.EmailAnswer`` for the shape of ``as_dict()``.
        """
        return answer_email(self, text)

    def ask_one(self, text: str, *, checked: bool = False) -> Answer:
        """The answer to one question (already cleaned, not split further; CHECKED: the
        message it is part of was already read for a request to falsify), with the fact of
        what it asks said first (bot.asked_fact); a question after statements is routed by
        what it asks (bot.story)."""
        whole = with_asked_facts(text, self._ask_one(text, checked=checked))
        story = told_then_asked(text)
        rest = (
            None
            if story is None or whole.topic != "not_stated"
            else (counted_without_told_silence(story, silent_topic))
        )  # "before I pay for the courses I want to be sure: are we eligible?": the verdict
        if rest is not None and self.parse(rest)._.headcount is not None:
            return self.ask_one(rest, checked=True)
        if story is not None and (
            _asked_whole(text, whole) or points_back(story.told, story.asked)
        ):
            return whole  # "there are samples for our code. can we attach that?": of the list
        if story is None or names_esc(text) or is_element_question(text):
            return whole  # (Energy Safety Canada's stories and element questions: their own)
        if whole.topic == "not_stated" and counting_silence(text) is not None:
            return whole  # "she has been on leave since May. is she counted?": the story asks
        return asked_over_told(self._story_reading(text, story, whole), counts=HEADCOUNT_INTENTS)

    def _story_reading(self, text: str, story: Story, whole: Answer) -> Reading:
        """How TEXT, statements then a question (STORY), reads whole (WHOLE) and asked alone."""
        asked = story.question()
        alone = with_asked_facts(asked, self._ask_one(asked, checked=True))
        doc = self.parse(text)
        count = doc._.headcount
        verdict, rule = headcount_lead(count) if count is not None else ("", "")
        cues = self.parse(story.asked)._.cues or {}
        return Reading(
            asked,
            whole,
            alone,
            named=alone.topic in cues,
            whole_named=whole.topic in cues,
            told_certified=told_certified(story.told),
            told_topic=rank(self.parse(story.told)).best if story.told else "",
            verdict=verdict,
            rule=citation(fact(rule)) if rule else None,
            over_limit=count is not None and count.total > LIMIT,
            claims_count=any(at >= text.rfind(story.asked) for at in claim_offsets(doc)),
            typed_silence=silent_topic(text) is not None,
        )

    def _ask_one(self, text: str, *, checked: bool = False) -> Answer:
        """The answer to one question, by whichever route reads it (see ``ask_one``)."""
        declined = None if checked else refused_request(text)
        if declined is not None:
            return declined
        if not checked and misstates(text):
            return misstatement_refusal(text=text)  # hiding workers, misstating count or records
        deceit = None if checked else deception(text)
        if deceit is not None:
            return deception_refusal(deceit)
        written = None if checked else composition(text)
        if written is not None:
            return composition_refusal(written, text)
        left_out = self._left_out(text)
        if left_out is not None:
            return left_out
        language = language_of(text)
        if language != "english":
            return english_only(language)
        if asks_about_own_submission(text):
            return own_submission_answer()  # "what is missing for SECOR-2026-000006?"
        unstated = esc_unstated(text)
        if unstated is not None:
            return silent_answer(unstated)  # "how many people for MECOR": before ESC's rules
        claimed = claim_answer(text)
        if claimed is not None:
            return claimed  # "SECOR's good for five years, right?": no, three (bot.claim_check)
        listed = legislation_list_answer(text)
        if listed is not None:
            return listed  # "a ready-made list of OHS Code sections I can use as is?"
        course = management_course_answer(text)
        if course is not None:
            return course  # "does PHSM still count, or must it be the small employer course?"
        composed = process_answer(text)
        if composed is not None and (
            composed.topic.startswith("role_") or self.parse(text)._.headcount is None
        ):  # (people counted in a comparison or an overview get the verdict below instead)
            return composed  # a comparison, the whole process, a role whose holder left
        asked_only = without_premise(text) or after_certification(text)
        if asked_only is not None:
            return self.ask_one(asked_only)  # "how many elements? I thought it was 10"
        premise = premise_answer(text)
        if premise is not None:
            return premise  # "element 2 is the visitor one right?": as the element guide gives it
        placed = self._placement_asked(text)
        if placed is not None:
            return placed  # where the document it describes goes, whatever topic ranks first
        if foreign_object(self._coverage, text) is not None:
            # "which phone plan is better for my crew": what is asked for is no SECOR thing
            return refusal(manipulative=False, confidence=1.0)
        if foreign_request(text) or foreign_subject(self._coverage, text) is not None:
            # "charge per sq ft", "the prime rate at the banks", "my work permit": no SECOR
            return refusal(manipulative=False, confidence=1.0)
        doc = self.parse(text)
        esc = esc_asked_answer(text, _total(doc)) or esc_rule_answer(text)
        if esc is not None:
            return esc  # one of Energy Safety Canada's rules: labelled, then ACSA's side
        count = doc._.headcount  # people told in the story only are context of the cycle's
        told = count is not None and count.total <= LIMIT and count_in_story(text)
        told = told and not limit_asked(asking_sentences(text))  # ("... do we qualify?")
        cycle = year_cycle_answer(text, CYCLE_CONFIDENCE) if count is None or told else None
        if cycle is not None:
            return cycle  # "year 2 and 3", "maintenance in 2025 and 2026, then 2027?"
        about_esc = read_parts(doc).about_esc
        esc_fact = self._router.esc_rule(doc) if about_esc else None
        if esc_fact in ACSA_SIDE and doc._.headcount is None:
            return esc_first(esc_fact)  # asked about ESC: the ESC fact its words name
        echo = esc_echo_answer(text)  # "36 days once registered, same for us?"
        if echo is not None:
            if doc._.headcount is None or numbers_in_figures_only(text):
                return echo
            # the people counted are a question of their own: both are answered
            return combine([self._answer_parsed(text, doc, rank(doc)), echo])
        counted_silence = counting_silence(text)
        if counted_silence is not None and not _leave_counted(doc):
            return silent_answer(NotStated(counted_silence, True))  # "is he counted on LTD?"
        if asks_kind_counted(doc):
            return kind_counted_answer(doc._.categories)  # "do part timers count?": yes
        if _names_people_only(text, doc):
            # "and volunteers?", "what about my wife": who counts, asked in a word or two
            return who_counts_answer(doc._.categories, 0.9)
        ranked = rank(doc)
        if ranked.best == "offtopic" and secor_object(self._coverage, text):
            ranked = without(ranked, "offtopic")  # "how do I write a hazard assessment": SECOR's
        if ranked.best == "manipulation" and not asks_of_bot(text):
            ranked = without(ranked, "manipulation")  # no request of the bot (bot.bot_request)
        if self.intents[ranked.best].kind == "smalltalk" and asks_a_cued_topic(
            doc, self.intents, self.smalltalk, self.domain
        ):
            ranked = without(ranked, ranked.best)  # "can you explain the evaluation questions?"
        answer = self._answer_parsed(text, doc, ranked)
        if (answer.kind in ("smalltalk", "answer") and self._coverage.off_topic(doc)) or (
            answer.kind == "smalltalk" and self._coverage.mostly_off_topic(doc)
        ):
            if asks_if_counted(text):
                return counted_answer(text, doc._.categories)  # "does he count himself in the 10"
            return refusal(manipulative=False, confidence=ranked.confidence)  # no word of SECOR
        if self.abstains(doc, ranked, answer):
            evidence = self.evidence(doc, ranked, answer.topic)
            found = self._router.retrieve(
                doc, evidence, answer.confidence, about_esc=about_esc
            )  # the topic misses the question, but one fact clearly names its words
            return found or abstention(evidence, answer.topic)
        if not answer.sources and answer.kind == "unknown":
            named = esc_named_fallback(text, answer.confidence)  # "our ESC assessor is leaving"
            if named is not None:
                return named
            silence = self._typed_silence(doc, ranked, answer)
            if silence is not None:
                return silence  # "what month is the PIR refund mailed": no topic, no date held
        # the facts that answer the parts the answer leaves out (bot.route)
        evidence = self.evidence(doc, ranked, answer.topic)
        done = self._router.complete(
            doc, answer, evidence, judged=self._judged(doc, answer), about_esc=about_esc
        )
        topical = self.intents[ranked.best].kind not in ("unknown", "refuse", "smalltalk")
        if topical and done.kind == "unknown" and done.topic == "unknown" and evidence.uncovered:
            # a topic named, too unsure to answer it, and words no fact uses: say which the
            # pages never mention ("can we put the secor badge on our vans": nothing on "badge")
            return abstention(replace(evidence, asks=""))
        return done

    def _records_first(self) -> Intent:
        """The maintenance year's intent with the records to sample first ("what do we send
        in?" asks what, before how)."""
        intent = self.intents["maintenance_year"]
        return replace(intent, facts=records_first(intent.facts))

    def _left_out(self, text: str) -> Answer | None:
        """The answer to whether people may be left out of the count, when TEXT asks it."""
        told = told_people(text)  # "do I need to mention the students?": they count
        if told is not None:
            return told_answer(self.parse(told)._.categories)
        if not asks_to_leave_out(text):
            return None
        doc = self.parse(text)
        people = doc._.categories or any(t.norm_ in lexicon().person_nouns for t in doc)
        count = doc._.headcount  # "counting me it's eleven. leave me off?": still eleven
        total = count.total if count is not None and count.bound == "exact" else None
        return left_out_answer(doc._.categories, total=total) if people else None

    def evidence(self, doc: Doc, ranked: Ranked, topic: str) -> Evidence:
        """What the decision to abstain rests on for DOC answered as TOPIC (bot.abstain)."""
        return self._coverage.evidence(doc, ranked, topic)

    def abstains(self, doc: Doc, ranked: Ranked, answer: Answer) -> bool:
        """Whether ANSWER, a topic's answer to DOC, is to be replaced by "the pages do not say"."""
        intent = self.intents.get(answer.topic)
        placement = intent is not None and intent.kind == "element"
        typed_placement = placement and not is_element_question(doc.text)
        if (answer.kind == "smalltalk" or typed_placement) and asked(doc.text) is not None:
            # "hi, is the course given in Vietnamese?", "excel files ok for the inspection
            # logs?" (not where they go): a question, judged on what it asks for
            return self.thresholds.abstains(typed_only(self.evidence(doc, ranked, answer.topic)))
        if not self._judged(doc, answer) or combines_parts(read_parts(doc)):
            return False  # (two or more parts named, and facts that answer them: bot_combos)
        return self.thresholds.abstains(self.evidence(doc, ranked, answer.topic))

    def _typed_silence(self, doc: Doc, ranked: Ranked, answer: Answer) -> Answer | None:
        """When no topic was sure enough to answer DOC (ANSWER is the bare "can't answer")
        but DOC asks for a type of answer (a date, a duration, a code ...) that no fact holds
        for its words: the abstention that says which, instead of a bare "can't answer"."""
        if answer.topic != "unknown" or asked(doc.text) is None:
            return None
        evidence = self.evidence(doc, ranked, ranked.best)
        if not self.thresholds.abstains(typed_only(evidence)):
            return None
        return abstention(replace(evidence, typed_fact=""))  # no topic: no closest fact either

    def _judged(self, doc: Doc, answer: Answer) -> bool:
        """Whether ANSWER to DOC may be judged by the abstention: only an answer drawn from a
        topic's facts is; head counts, element placement, Energy Safety Canada's rules and
        answers that already say the pages are silent are left as they are."""
        intent = self.intents.get(answer.topic)
        if intent is None or intent.kind not in _JUDGED or answer.kind != "answer":
            return False
        if doc._.headcount is not None:
            return False  # people counted: the question is about the limit, answered as such
        if is_element_question(doc.text):
            return False  # where a document goes: the classifier's question, not the pages'
        if documents_lead(doc.text):
            return False  # the documents named, each said to be a record or a program document
        return bool(answer.sources) and not _SAYS_SILENT.search(answer.answer)

    def _answer_parsed(self, text: str, doc: Doc, ranked: Ranked) -> Answer:
        """The answer to TEXT, already parsed into DOC and ranked (before abstention)."""
        answer = self._decide(text, doc, ranked)
        if answer.topic == "which_element" and _NAMES_ELEMENT.search(text):
            # where a document goes, asked by name: its words are the document's; in a
            # maintenance year, what that year asks of it is said after its place
            return with_year_lead(answer, documents_lead(text))
        not_stated = silent_topic(text)
        if (
            not_stated is not None
            and _silence_wins(text, answer, not_stated)
            and any(t.norm_ in self.domain for t in doc)
        ):
            # a pass mark, a deadline, an extension: say the pages are silent
            return silent_answer(not_stated, answer.confidence)
        if not_stated is not None:
            return _silent_first(answer)
        if answer.topic == "maintenance_year" and _EVERY.search(text):
            # "do we send every single FLHA from the year?": how much to send
            answer = answer_intent(self.intents["sample_amount"], answer.confidence)
        if (
            answer.topic == "maintenance_year"
            and answer.kind == "answer"
            and doc._.headcount is None
            and asks_what_to_send(text)
        ):
            # "maintenance year ... what do we send in?": the records to sample come first
            answer = answer_intent(self._records_first(), answer.confidence)
        lead = documents_lead(text)  # "drill records and the contact list, for maintenance?"
        if lead and answer.topic not in _MAINTENANCE_TOPICS and not _WHERE.search(text):
            # "do those go in for maintenance?" asks what to send, not where to file it
            answer = answer_intent(self.intents["maintenance_year"], answer.confidence)
        if lead and answer.sources and answer.topic != "which_element":
            rest = _shorten(answer.answer, MAX_ANSWER_CHARS - len(lead) - 1)
            return replace(answer, answer=f"{lead} {rest}".strip())
        return answer

    def _decide(self, text: str, doc: Doc, ranked: Ranked) -> Answer:
        best, confidence = ranked.best, ranked.confidence
        intent = self.intents[best]
        in_domain = any(t.norm_ in self.domain for t in doc) or (
            # "how long is it good for": no word of its own; "it" is what the bot is about,
            # however sure the intent model is (its confidence moves with every harvest)
            intent.kind == "answer" and not self._coverage.content(doc)
        )
        count = doc._.headcount
        cues = doc._.cues or {}
        parts = read_parts(doc)
        combos = parts.matching()
        if intent.kind == "refuse" and in_domain and confidence < 0.5 and is_element_question(text):
            placed = self._placed(text, THRESHOLD)  # "general safe practices - element 3?"
            if placed is not None:
                return placed
        if intent.kind == "refuse" and in_domain and best != "manipulation":
            stated = silent_topic(text)
            if stated is not None and stated.direct and not _PRICE.search(text):
                return silent_answer(stated, confidence)  # "documents in Punjabi?": no refusal
        if intent.kind == "refuse" and in_domain and combines_parts(parts):
            # "whos responsible for keeping our training current": the parts name the facts;
            # the rules for manipulation (bot.guard, bot.misstate) have already passed it
            return self._combined_answer(best, parts, combos, max(confidence, THRESHOLD))
        # people counted, and a refusal the model is unsure of: the count is what was said
        counted = count is not None and not count.bare and in_domain and confidence < 0.5
        counted = counted or (_people(doc) and asks_window(text))  # the rule's window, applied
        if intent.kind == "refuse" and not counted:
            if best == "manipulation" and confidence >= 0.5:
                return refusal(manipulative=True, confidence=confidence)
            subject = program_subject(text) if best != "manipulation" else None
            if subject == "unknown":  # an injury not to happen again: no method on the pages
                return cannot_answer(confidence)
            if subject is not None:  # SECOR's limit named by its own words ("over ten")
                return answer_intent(self.intents[subject], max(confidence, THRESHOLD))
            # "canucks or leafs"; "the safety meeting at the crew barbecue?" names the program
            sure = confidence >= 0.5 and not (best == "offtopic" and program_look_alike(text))
            if not in_domain or sure or best in cues:
                return refusal(manipulative=best == "manipulation", confidence=confidence)
            return cannot_answer(confidence)
        names_element = bool(_NAMES_ELEMENT.search(text)) and is_element_question(text)
        placed = self._placed(text, max(confidence, THRESHOLD)) if names_element else None
        if placed is not None:  # "... extension cords. those go in which element": placement
            return placed  # (before the silent topics: the words describe the document)
        not_stated = silent_topic(text) if in_domain else None
        member = membership_answer(text, max(confidence, 0.6), count) if in_domain else None
        wcb = wcb_account_answer(text, max(confidence, THRESHOLD), count) if in_domain else None
        if member is not None and (best in _MEMBERSHIP_ASKED or outside_acsa(text)) and wcb is None:
            if not_stated is not None and not_stated.direct:
                # "how do we join, and is there a cost": the yearly fee; no amount is given
                return combine([member, silent_answer(not_stated, confidence)])
            return member  # "do we have to be ACSA members?": a prerequisite, said first
        if not_stated is not None and not_stated.direct:
            if count is not None and _limit_beside_silence(text, count, not_stated):
                # "we changed our name ... we had 11 in June. does that count still matter?":
                # the verdict the pages give, and what they do not say, said as such
                return eligibility_answer(
                    count, doc._.categories, max(confidence, 0.6), silent=not_stated.what
                )
            return silent_answer(not_stated, confidence)  # fees, named staff, French, ...
        if wcb is not None:
            return wcb  # "we only have a BC WorkSafe account": an active Alberta WCB account
        window = window_answer(text, max(confidence, 0.6)) if count is None and in_domain else None
        if window is not None:
            return window  # "is the 10 the average or the highest we hit": the rule's window
        held = course_holder_answer(text, doc._.categories, max(confidence, THRESHOLD))
        if held is not None and in_domain and count is None:
            return held  # "can my part time girl do the first aid course for our secor"
        if "none_happened" in parts.tags and in_domain:
            return none_happened_answer(confidence)
        if "cost" in parts.tags and best not in PRICED_INTENTS:
            return cannot_answer(confidence)  # the pages state no price
        if (
            count is not None
            and (
                self._counts_people(ranked, count.bare, cues, len(doc))
                or asks_window(text)
                or program_subject(text) == "over_ten"  # "more than 10 ... the COR department"
            )
            and not people_are_subject(text)  # "my foreman has emergency first aid"
        ):
            extra, silent, understood = _combined(combos, intent.about)
            over = count.total > LIMIT and "over_limit" in parts.tags and bool(combos)
            # "grew to 12 in a maintenance year, do we lose it?": the limit is what is asked;
            # "average or at one time? we go 6 to 11": the window, whatever topic ranks first
            limit_asked = count.asks_room or over or asks_window(text)
            beside = (None,) if limit_asked else self._asked_beside(text)
            asked = (
                self._people_aside(ranked, bool(doc._.people_cue)) if beside is None else beside[0]
            )
            if asks_time_to_certify(text):  # read from its own words, whatever ranks first
                # "we're 9, GC wants SECOR by June 1. doable?": the records' time, no due date
                asked, extra, silent, understood = "documentation", [], "", ""
            to_send = asked is not None and asks_what_to_send(text)
            if to_send:
                asked = "maintenance_year"  # "what do we submit" in a maintenance year: what
            if asked is not None and in_domain:
                # "we're 4 people. how long is secor valid for?": answer it, verdict first
                lead, rule = headcount_lead(
                    count, esc_maintenance=parts.about_esc and "maintenance" in parts.tags
                )
                # "we're 7 in our maintenance year, what do we submit": the records first
                asked_intent = self._records_first() if to_send else self.intents[asked]
                with_rule = replace(asked_intent, facts=(*asked_intent.facts, rule))
                return answer_intent(
                    with_rule,
                    confidence,
                    lead=_join_lead(understood, lead),
                    about_esc=parts.about_esc,
                    extra=extra,
                    silent=silent,
                )
            topic = best if best in ("over_ten", "growth") else "eligibility"
            return eligibility_answer(
                count,
                doc._.categories,
                max(confidence, 0.6),
                topic,
                extra=extra,
                silent=silent,
                about_esc=parts.about_esc,
                understood=_join_lead(
                    window_lead(text, count.total), understood if combos else ""
                ),  # "what does 'at any given time' mean, like if we were 11 for a week"
                esc_maintenance=parts.about_esc and "maintenance" in parts.tags,
            )
        if not in_domain and (
            intent.kind != "smalltalk" or any(t.norm_ not in self.smalltalk for t in doc)
        ):
            return refusal(manipulative=False, confidence=confidence)
        if intent.kind == "smalltalk" and ranked.score("offtopic") >= OFFTOPIC_SMALLTALK:
            return refusal(manipulative=False, confidence=confidence)  # "help me with my taxes"
        placing = not combos or is_element_question(text)  # (else the parts' words decide)
        placing = placing and not asks_if_sent(text)  # "send a person over to inspect": no
        if intent.kind == "element" and confidence >= THRESHOLD and placing:
            return element_answer(text, confidence, self.labeler)
        if not names_element and is_element_question(text):  # (else placed above already)
            placed = self._placed(text, max(confidence, THRESHOLD))  # "where to put the LOTO"
            if placed is not None:
                return placed
            if best in LIST_INTENTS:  # the list of elements does not say where a thing goes
                return element_answer(text, max(confidence, THRESHOLD), self.labeler)
        if count is None and doc._.categories and asks_whether_counted(text):
            return who_counts_answer(doc._.categories, max(confidence, THRESHOLD))  # "am I counted"
        limit = limit_answer(text, max(confidence, THRESHOLD)) if count is None else None
        if limit is not None and (best in HEADCOUNT_INTENTS or names_size(text)):
            return limit  # "is ESC's SECOR the same size rule as ACSA, how many staff max"
        if combos and intent.kind not in ("smalltalk",):
            return self._combined_answer(intent.id, parts, combos, max(confidence, THRESHOLD))
        if intent.kind == "unknown" or confidence < THRESHOLD:
            return cannot_answer(confidence)
        if intent.kind == "who_counts":
            return who_counts_answer(doc._.categories, confidence)
        return answer_intent(intent, confidence, about_esc=parts.about_esc)

    def _placed(self, text: str, confidence: float) -> Answer | None:
        """Where the document TEXT asks about goes, when it is one we can place (the
        classifier runs once: its decision is handed to the answer)."""
        decided = element_label(text, self.labeler)
        if decided[1] == "other" and not is_business(decided[0], text):
            return None  # (business paperwork is answered: "leave it out")
        return element_answer(text, confidence, self.labeler, decided)

    def _framed(self, text: str) -> Answer | None:
        """The answer of the topic TEXT names first and then asks about by a pronoun
        (bot.topic_frame), when the intent model's cues find that topic in the words."""
        frame = topic_frame(text)
        if frame is None:
            return None
        doc = self.parse(frame.topic)
        ranked = rank(doc)
        intent = self.intents[ranked.best]
        if intent.kind != "answer" or ranked.best not in (doc._.cues or {}):
            return None
        return answer_intent(intent, max(ranked.confidence, THRESHOLD))

    def _placement_asked(self, text: str) -> Answer | None:
        """Where the document TEXT describes goes, when all TEXT asks is that (bot.placement_asked),
        by the classifier on the description; None when it is no document we can place."""
        asked = placement_asked(text)
        if asked is None:  # "does the pre-trip sheet go in SECOR?": its element (bot.goes_in)
            if goes_in_document(text) is None:
                return None
            confidence = max(rank(self.parse(text)).confidence, THRESHOLD)
            goes = goes_in_answer(text, confidence, self.labeler)
            return with_year_lead(goes, documents_lead(text)) if goes is not None else None
        decided = element_label(asked.question, self.labeler)
        if decided[1] == "other" and not is_business(decided[0], asked.question):
            return None
        confidence = max(rank(self.parse(text)).confidence, THRESHOLD)
        answer = with_year_lead(
            element_answer(asked.question, confidence, self.labeler, decided), documents_lead(text)
        )
        if asked.compared is None:
            return answer
        return with_comparison(answer, decided[1], asked.compared, self.labeler)

    def _combined_answer(
        self, best: str, parts: Parts, combos: tuple[Combo, ...], confidence: float
    ) -> Answer:
        """The facts of each part the question combines, then those of its intent."""
        intent = self.intents[best]
        extra, silent, understood = _combined(combos, intent.about)
        if intent.kind in ("unknown", "eligibility", "who_counts", "element", "refuse") or (
            extra and confidence < UNSURE_BESIDE_PARTS and not set(intent.facts) & set(extra)
        ):  # an unsure intent that shares no fact with the parts' facts adds nothing asked
            intent = replace(intent, facts=(), note="")
        topic = best if intent.kind not in ("unknown", "refuse") else combos[0].id
        answer = answer_intent(
            replace(intent, id=topic, silent=""),
            confidence,
            lead=understood,
            about_esc=parts.about_esc,
            extra=extra,
            silent=silent,
        )
        return answer

    def _asked_beside(self, text: str) -> tuple[str | None] | None:
        """What the question asks once the parts that count people are set aside, if other.

        "can i just mail a usb stick, we're only 4 guys": without "we're only 4 guys" it asks
        how to submit; the head count is then said first, as context.
        """
        parts = [p for p in _PARTS.split(text) if p and p.strip()]
        docs = {p: self.parse(p) for p in parts if not courtesy(p)}  # not "Hello"
        rest = [p for p in parts if p in docs and _no_people(docs[p])]
        if len(rest) == len(parts) or not rest:
            return None  # nothing to set aside: the ranking of the whole question decides
        short = len(" ".join(rest).split()) < ASIDE_WORDS
        rest_doc = self.parse(" ".join(rest))
        ranked = rank(rest_doc)
        best = ranked.best
        log.debug("beside the people: %s %.2f", best, ranked.confidence)
        if best in HEADCOUNT_INTENTS and len(rest) > 1:
            # "how do we sign up, 9 people here, thats under the max right": one part may
            # ask something else; the verdict comes first anyway
            for part in rest:
                part_doc = docs[part]
                one = rank(part_doc)
                kind = self.intents[one.best].kind
                if (
                    one.best not in HEADCOUNT_INTENTS
                    and kind == "answer"
                    and one.best in (part_doc._.cues or {})
                    and len(part.split()) >= MIN_PART_WORDS
                    and one.confidence >= SHORT_ASIDE_CONFIDENCE
                ):
                    return (one.best,)
        if best in HEADCOUNT_INTENTS:
            return (None,)  # the rest asks about the count too
        intent = self.intents[best]
        # the rest names what it asks ("how long is it valid"); "can we do secor" does not,
        # and then only a sure reading of a longer rest sets the count aside
        named = best in (rest_doc._.cues or {})
        threshold = SHORT_ASIDE_CONFIDENCE if short else ASIDE_CONFIDENCE
        if intent.kind == "answer" and named and ranked.confidence >= threshold:
            return (best,)
        return (None,) if short else None  # "secor ok?", "can we get secor": the count is asked

    def _people_aside(self, ranked: Ranked, people_cue: bool) -> str | None:
        """The people are context: the question clearly asks about something else.

        PEOPLE_CUE: the eligibility score includes the cue a head count itself adds,
        which says nothing about what is asked. Returns the intent asked about, if any.
        """
        best = ranked.best
        intent = self.intents[best]
        if people_cue and best == "eligibility":
            best, _ = ranked.ranking[1] if len(ranked.ranking) > 1 else ranked.ranking[0]
            intent = self.intents[best]
        eligibility = ranked.score("eligibility") - (CUE_WEIGHT if people_cue else 0.0)
        aside = (
            intent.kind == "answer"
            and best not in HEADCOUNT_INTENTS
            and ranked.score(best) >= ASIDE_MARGIN * eligibility
        )
        return best if aside else None

    @staticmethod
    def _counts_people(ranked: Ranked, bare: bool, cues: dict[str, int], length: int) -> bool:
        """Whether the people read from the question are its point (not a side remark)."""
        best = ranked.best
        eligibility_cue = "eligibility" in cues or "over_ten" in cues
        if bare:
            return best in BARE_NUMBER_INTENTS or length <= 3 or eligibility_cue
        close = ranked.score("eligibility") >= 0.5 * ranked.ranking[0][1]
        return best in HEADCOUNT_INTENTS or eligibility_cue or close

    def read_headcount(self, text: str) -> int | None:
        """The peak head count in a free-text reply ("9 plus my wife", "eleven"), if any."""
        count = self.parse(clean(text))._.headcount
        return count.total if count is not None else None


_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|plus|what about|how about|do|does|are|is|incl(?:uding)?|even)?\s*"
    r"(?:the|my|our|a|an|any)?\s*",
    re.IGNORECASE,
)


def _names_people_only(text: str, doc: Doc) -> bool:
    """A few words that name a kind of person and nothing else ("and temps?", "volunteers?",
    "what about my wife"): the question is whether they count."""
    if doc._.headcount is not None or not doc._.categories or len(text.split()) > 5:
        return False
    rest = _FOLLOW_UP.sub("", text.strip(" ?!.")).strip()
    return 0 < len(rest.split()) <= 3 and not any(ch.isdigit() for ch in rest)


def _asked_whole(text: str, answer: Answer) -> bool:
    """Whether ANSWER to all of TEXT answers a class read from its own words, which the
    story's question alone ("can we just attach that?", "does it still count?") points to
    without naming: a ready-made legislation list, which management course counts."""
    return (
        (answer.topic == "legislation" and asks_ready_made_list(text))
        or (answer.topic == "phsm" and asks_which_course(text))
        or (answer.topic == "membership" and outside_acsa(text))  # "not members. how do we get in"
    )


def _limit_beside_silence(text: str, count: HeadCount, stated: NotStated) -> bool:
    """TEXT counts people exactly, with a number said, and its question asks about that
    count or the limit, beside something else the pages are silent on (STATED: a name
    change, a price): the verdict is given, with the silence said. A silence on how people
    are counted ("are separate companies counted together?") is the question itself."""
    if count.bare or count.bound != "exact" or "count" in stated.what:
        return False
    if not any(g.role != "single" for g in count.groups):
        return False
    return limit_asked(asking_sentences(text))


def _silence_wins(text: str, answer: Answer, stated: NotStated) -> bool:
    """Whether what the pages do not say (STATED) replaces ANSWER to TEXT: no answer, a
    topic's answer that does not say it, or a head-count verdict for people named only as
    context ("we're 5, what's the pass mark?"; a deadline is often context itself: "it's due
    next month, ok or not?")."""
    if answer.kind == "unknown":
        return True
    if _SAYS_SILENT.search(answer.answer):
        return False  # said already ("how do we join, is there a price": both answered)
    return answer.kind == "answer" or (
        answer.kind == "eligibility" and stated.asked and not limit_asked(text)
    )


def _leave_counted(doc: Doc) -> bool:
    """DOC counts people with someone on leave among them: the head count's verdict says the
    pages are silent on leave beside the number (bot.groups), which answers both parts."""
    count = doc._.headcount
    return count is not None and any("on leave" in note for note in count.notes)


def _counting_silence_across(text: str, questions: list[str]) -> Answer | None:
    """The silence on how people are counted that TEXT asks only read whole, its QUESTIONS
    apart naming it in none ("do we count him? he has been on disability for a year")."""
    what = counting_silence(text)
    if what is None or any(counting_silence(q) for q in questions):
        return None
    return silent_answer(NotStated(what, True))


def _continued_silence(previous: str, question: str) -> Answer | None:
    """The silence QUESTION asks when read after PREVIOUS ("how big is the PIR refund, and is
    it prorated": the refund's proration), or None: a part too short to name its subject."""
    if not continues_silence(previous, question):
        return None
    stated = silent_topic(f"{previous.rstrip(' ?!.')}, {question}")
    return silent_answer(stated) if stated is not None else None


def _same_silence(previous: str, question: str, answered: Answer) -> bool:
    """QUESTION asks more of what PREVIOUS was ANSWERED the pages are silent on ("... when
    is the refund paid out? how is the amount worked out?"): one silence."""
    return answered.topic == "not_stated" and continues_silence(previous, question)


def _total(doc: Doc) -> int | None:
    """The head count read from DOC, if any."""
    return doc._.headcount.total if doc._.headcount is not None else None


def _people(doc: Doc) -> bool:
    """DOC counts people by a person word or a time, not a bare number alone."""
    return doc._.headcount is not None and not doc._.headcount.bare


def _no_people(doc: Doc) -> bool:
    """DOC names no people by the grammar of groups ("the one who takes it" is not people)."""
    return read_groups(doc, lexicon()) is None


def _combined(combos: tuple[Combo, ...], about: str) -> tuple[list[str], str, str]:
    """The facts, the 'pages do not say' part and the 'understood' line of COMBOS."""
    extra = [f for combo in combos for f in combo.facts]
    silent = next((c.silent for c in combos if c.silent), "")
    names = list(dict.fromkeys(c.understood for c in combos))  # each said once
    understood = f"Understood: {_and(names)}." if names else ""
    return extra, silent, understood


def _silent_first(answer: Answer) -> Answer:
    """ANSWER with its 'ACSA's pages do not say' sentence first: that is what was asked."""
    match = _SILENT_SENTENCE.search(answer.answer)
    if match is None or match.start() == 0:
        return answer
    rest = (answer.answer[: match.start()] + answer.answer[match.end() :]).strip()
    understood = re.match(r"Understood: [^.]*\.\s*", rest)
    first = ""
    if understood is not None:  # what was understood stays first
        first, rest = understood.group(0), rest[understood.end() :]
    return replace(answer, answer=" ".join(f"{first}{match.group(0)} {rest}".split()))


def _join_lead(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def understood(answers: list[Answer]) -> str:
    """ "You asked about X and Y." for the answers of a message of several questions."""
    names: list[str] = []
    for answer in answers:
        intent = intents().get(answer.topic)
        name = intent.about if intent is not None and intent.kind != "unknown" else ""
        if answer.topic == "not_stated" or not name:
            said = _NOT_SAID.search(answer.answer)
            name = said.group(1) if said else "something ACSA's pages do not cover"
        if name not in names:
            names.append(name)
    return f"You asked about {_and(names)}." if len(names) > 1 else ""


def combine(answers: list[Answer]) -> Answer:
    """One answer from the answers to each question of a message, within the length limit.

    Every question the pages answer keeps its answer, and so does one they are known to
    be silent on ("ACSA's pages do not say ..."); a question nothing was found for is
    dropped when others were answered. A line first says what was understood ("You
    asked about X and Y.").
    """
    useful = [a for a in answers if a.sources or a.topic == "not_stated"] or answers[:1]
    if not any(a.sources for a in useful):
        useful = useful[:1]  # nothing the pages answer: one "do not say" is enough
    if len(useful) == 1:
        return useful[0]
    lead = understood(useful)
    room = MAX_ANSWER_CHARS - 2 * len(useful) - len(lead)
    whole = useful
    useful = _without_repeats(whole)
    texts = _shortened(useful, room)
    # a sentence said before only in a part that was cut is kept where it is asked again
    again = _without_repeats(whole, shown=texts)
    if again != useful:
        useful, texts = again, _shortened(again, room)
    texts = [t for t in texts if t.strip()] or texts[:1]  # an answer all said before: dropped
    sources = _still_cited(
        "\n\n".join(texts), tuple(dict.fromkeys(s for a in useful for s in a.sources))
    )
    first = next((a for a in useful if a.sources), useful[0])
    return Answer(
        "\n\n".join([lead, *texts] if lead else texts)[:MAX_ANSWER_CHARS],
        first.topic,
        min(a.confidence for a in useful),
        sources,
        first.kind,
    )


# What a "the pages do not say" answer is about ("what it costs", not the aside after it).
_NOT_SAID = re.compile(r"^ACSA's pages do not say (?!anything about that)([^(;,]+?)\s*(?:\(|;|,)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _shortened(answers: list[Answer], room: int) -> list[str]:
    """The ANSWERS' texts within ROOM: a head-count verdict keeps its first sentences; the
    other answers share the rest, their long lists shortened before a sentence is cut
    (``bot.compact``)."""
    brief = {i: min(len(a.answer), VERDICT_CHARS) for i, a in enumerate(answers)
             if a.kind == "eligibility"}  # fmt: skip
    budgets = _share([len(a.answer) for a in answers], room - sum(brief.values()), skip=set(brief))
    # each part's long lists are shortened first, so the sentences after them are kept
    return [
        _shorten(compact_lists(a.answer, brief.get(i, budgets[i])), brief.get(i, budgets[i]))
        for i, a in enumerate(answers)
    ]


def _without_repeats(answers: list[Answer], shown: Sequence[str] = ()) -> list[Answer]:
    """ANSWERS with each sentence said once: a later answer drops what an earlier one said
    (SHOWN: what is left of each answer once shortened; a sentence cut there is not said)."""
    said: set[str] = set()
    out = []
    for n, answer in enumerate(answers):
        kept = []
        dropped = False
        for sentence in _SENTENCE_END.split(answer.answer):
            key = sentence.strip().lower().removeprefix("for acsa's secor: ")
            if key and key in said and len(key) > MIN_REPEAT:
                dropped = True
                continue
            if not shown or sentence.strip() in shown[n]:
                said.add(key)
            kept.append(sentence)
        if dropped and all(len(s.strip()) <= MIN_REPEAT for s in kept):
            kept = []  # only its "No." was left: the answer it opened was said already
        out.append(replace(answer, answer=" ".join(kept)))
    return out


# A sentence this short ("Yes.") may be said twice.
MIN_REPEAT = 30


def _still_cited(text: str, sources: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """SOURCES whose facts TEXT still states once shortened (all of them if none is found:
    an answer from the pages always cites them)."""
    kept = tuple(
        source
        for source in sources
        if any(
            citation(item) == source and item.statement[:STATED_CHARS] in text
            for item in facts().values()
        )
    )
    return kept or sources


# A fact counts as stated when its first characters are in the text.
STATED_CHARS = 60


def _share(lengths: list[int], room: int, skip: set[int]) -> list[int]:
    """Each text's share of ROOM: a short one keeps its length, the rest is shared evenly
    among the longer ones (the texts at SKIP have their own budget)."""
    budgets = [0] * len(lengths)
    waiting = sorted((n, i) for i, n in enumerate(lengths) if i not in skip)
    while waiting:
        even = room // len(waiting)
        n, i = waiting.pop(0)
        budgets[i] = min(n, even)
        room -= budgets[i]
    return budgets


def _shorten(text: str, budget: int) -> str:
    """TEXT cut at a sentence end to at most BUDGET characters (past its first third, else
    mid-sentence with "...")."""
    cut = cut_at_sentence(text, budget, min_end=budget // 3 + 1)
    return cut if cut is not None else text[:budget].rstrip() + "..."
