"""The bot's spaCy pipeline: ``spacy.blank("en")`` plus the project's own components.

Order: ``secor_normalizer`` (slang, spelling, lemma into NORM) -> ``secor_concepts``
(abbreviations and synonyms merged into one token whose NORM is the concept) ->
``secor_headcount`` (people and numbers read into ``doc._.headcount``) ->
``secor_cues`` (cue words per intent into ``doc._.cues``) -> ``textcat``
(a bag-of-words intent model over NORM unigrams and bigrams, trained on the
paraphrases in ``knowledge/data/bot_paraphrases.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.ml.extract_ngrams import extract_ngrams
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, softmax_activation, with_cpu

from bot.accounting import cross_check
from bot.counted_things import people_only
from bot.headcount import HeadCount, read_categories, read_headcount
from bot.headcount_shapes import (
    read_shape,
    with_group_cap,
    with_leaving_note,
    with_young_helper,
    without_ownership_split,
    without_pronoun_one,
)
from bot.kin_list import with_kin_commas
from bot.lexicon import Lexicon, cues, intents, lexicon, paraphrases
from bot.normalize import Normalizer
from bot.ordinal_count import with_ordinal
from bot.others_firm import without_others_people
from bot.passing_mention import with_writer_once, without_passing_mention
from bot.restated import without_restated
from bot.stated_total import with_listed_titles, with_stated_total
from knowledge.facts import facts

if not Doc.has_extension("concepts"):
    Doc.set_extension("concepts", default=())
if not Doc.has_extension("mentioned"):
    Doc.set_extension("mentioned", default=None)
if not Doc.has_extension("headcount"):
    Doc.set_extension("headcount", default=None)
if not Doc.has_extension("categories"):
    Doc.set_extension("categories", default=())
if not Doc.has_extension("cues"):
    Doc.set_extension("cues", default=None)
if not Doc.has_extension("people_cue"):
    Doc.set_extension("people_cue", default=False)


@registry.architectures("secor.NormBOW.v1")  # type: ignore[untyped-decorator]
def build_norm_bow(
    exclusive_classes: bool, ngram_size: int, length: int = 2**18, nO: int | None = None
) -> Model[list[Doc], Any]:
    """A sparse bag-of-ngrams classifier over the NORM attribute (spaCy's BOW reads ORTH)."""
    with Model.define_operators({">>": chain}):
        linear = SparseLinear_v2(nO=nO, length=length)
        model = with_cpu(extract_ngrams(ngram_size, attr=NORM) >> linear, linear.ops)
        output = softmax_activation() if exclusive_classes else Logistic()
        model = model >> with_cpu(output, output.ops)
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", linear)
    model.attrs["multi_label"] = not exclusive_classes
    return cast(Model[list[Doc], Any], model)


SMALLTALK = frozenset({"greeting", "thanks"})
OUT_OF_DOMAIN = frozenset({"offtopic", "manipulation"}) | SMALLTALK


def corpus_texts(domain_only: bool = False) -> Iterator[str]:
    """Every text the normaliser's vocabulary is built from (paraphrases, facts, notes).

    With DOMAIN_ONLY, the texts about SECOR only (no off-topic or small-talk paraphrases).
    """
    for intent_id, examples in paraphrases().items():
        if not domain_only or intent_id not in OUT_OF_DOMAIN:
            yield from examples
    for item in facts().values():
        yield item.statement
    if not domain_only:
        for intent in intents().values():
            yield intent.note


class NormalizerComponent:
    """Sets each token's NORM: slang, spelling correction and lemma."""

    def __init__(self, nlp: Language, lex: Lexicon) -> None:
        words = (t.lower_ for text in corpus_texts() for t in nlp.tokenizer(text.lower()))
        self.normalizer = Normalizer(lex, words)
        norm = self.normalizer.norm
        domain = {
            norm(t.lower_) for text in corpus_texts(True) for t in nlp.tokenizer(text.lower())
        }
        domain.update(lex.concepts)
        stop = lex.stopwords | {norm(w) for w in lex.stopwords}
        self.domain = frozenset(domain - stop)
        chat = {
            norm(t.lower_)
            for intent_id in SMALLTALK
            for text in paraphrases()[intent_id]
            for t in nlp.tokenizer(text.lower())
        }
        self.smalltalk = frozenset(chat | stop)

    def __call__(self, doc: Doc) -> Doc:
        """Normalise every token of DOC."""
        norm = self.normalizer.norm
        for token in doc:
            token.norm_ = norm(token.lower_)
        return doc


class ConceptsComponent:
    """Merges abbreviations and synonyms into one token per concept."""

    def __init__(self, nlp: Language, lex: Lexicon, normalizer: Normalizer) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        for concept, phrases in lex.concepts.items():
            patterns = []
            for phrase in phrases:
                pattern = nlp.make_doc(phrase)
                for token in pattern:
                    token.norm_ = normalizer.norm(token.lower_)
                patterns.append(pattern)
            self.matcher.add(concept, patterns)

    def __call__(self, doc: Doc) -> Doc:
        """Merge the concept phrases of DOC and list the concepts in ``doc._.concepts``."""
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"NORM": span.label_})
        doc._.concepts = tuple(dict.fromkeys(span.label_ for span in spans))
        return doc


class HeadcountComponent:
    """Reads the people a question counts and the kinds of people it names."""

    def __init__(self, lex: Lexicon, nlp: Language | None = None) -> None:
        self.lex = lex
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.headcount`` (None when no people are counted) and ``doc._.categories``."""
        # a cap at one time or a running total first: the pages settle those (bot.headcount_shapes)
        text = doc.text  # spaCy joins the tokens on each access: read it once
        count = read_shape(text) or self._counted(self._without_split(doc))
        count = without_pronoun_one(text, count)  # "can one replace the other?"
        count = with_group_cap(text, count)  # "a temp now and then, max one at a time"
        doc._.headcount = with_young_helper(text, count)  # "my 16 yr old helps out"
        doc._.headcount = people_only(doc, doc._.headcount, self.lex.person_nouns)  # "jan 15"
        doc._.headcount = with_leaving_note(text, doc._.headcount)  # "2 leave next week"
        doc._.headcount = with_ordinal(text, doc._.headcount)  # "I'm employee number 11"
        doc._.headcount = with_listed_titles(text, doc._.headcount)  # "office manager, ..."
        doc._.headcount = with_stated_total(text, doc._.headcount)  # "like 9 total": 9
        doc._.mentioned = doc._.headcount  # (with the people named in passing)
        doc._.headcount = without_passing_mention(text, doc._.headcount)  # "my son, does he count"
        doc._.headcount = with_writer_once(doc._.headcount)  # "only me, I'm a one-man show": 1
        doc._.categories = read_categories(doc, self.lex)
        return doc

    def _counted(self, doc: Doc) -> HeadCount | None:
        """The readers' head count of DOC, every person it names accounted for."""
        counted = cross_check(doc, self.lex, read_headcount(doc, self.lex))
        counted = without_restated(doc, counted)  # "that's only 6 employees": the same people
        return without_others_people(doc, counted)  # "my buddy's company has 12 guys"

    def _without_split(self, doc: Doc) -> Doc:
        """DOC, or a copy without its ownership split ("50 50" is no 50 people)."""
        text = without_ownership_split(doc.text)
        text = with_kin_commas(text or doc.text) or text  # "me wife brother and sister"
        if text is None or self.nlp is None:
            return doc
        copy = self.nlp.make_doc(text)
        for name in ("secor_normalizer", "secor_concepts"):
            copy = self.nlp.get_pipe(name)(copy)
        return copy


class CuesComponent:
    """Scores each intent by the cue words of bot_cues.toml found in the question.

    Runs after ``secor_headcount``: a question that counts people is an eligibility cue.
    """

    def __init__(self, nlp: Language) -> None:
        normalize = nlp.get_pipe("secor_normalizer")
        merge = nlp.get_pipe("secor_concepts")
        self.cues: dict[str, list[frozenset[str]]] = {}
        for intent_id, phrases in cues().items():
            sets = []
            for phrase in phrases:
                doc = merge(normalize(nlp.make_doc(phrase)))
                sets.append(frozenset(t.norm_ for t in doc))
            self.cues[intent_id] = sets

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.cues``: intent id to the size of its largest matched cue."""
        present = {t.norm_ for t in doc}
        found: dict[str, int] = {}
        for intent_id, sets in self.cues.items():
            size = max((len(s) for s in sets if s <= present), default=0)
            if size:
                found[intent_id] = size
        count = doc._.headcount
        if count is not None and not count.bare:
            # saying how many people you have is itself a cue for eligibility
            doc._.people_cue = "eligibility" not in found
            found["eligibility"] = max(found.get("eligibility", 0), 1)
        doc._.cues = found
        return doc


@Language.factory("secor_normalizer")
def make_normalizer(nlp: Language, name: str) -> NormalizerComponent:
    """Factory of the normaliser component."""
    return NormalizerComponent(nlp, lexicon())


@Language.factory("secor_concepts")
def make_concepts(nlp: Language, name: str) -> ConceptsComponent:
    """Factory of the concepts component (needs the normaliser in the pipeline)."""
    normalizer = cast(NormalizerComponent, nlp.get_pipe("secor_normalizer")).normalizer
    return ConceptsComponent(nlp, lexicon(), normalizer)


@Language.factory("secor_headcount")
def make_headcount(nlp: Language, name: str) -> HeadcountComponent:
    """Factory of the head-count reader."""
    return HeadcountComponent(lexicon(), nlp)


@Language.factory("secor_cues")
def make_cues(nlp: Language, name: str) -> CuesComponent:
    """Factory of the cue matcher (needs the normaliser and concepts in the pipeline)."""
    return CuesComponent(nlp)


NGRAM_SIZE = 2
TEXTCAT_CONFIG: dict[str, Any] = {
    "threshold": 0.0,
    "model": {
        "@architectures": "secor.NormBOW.v1",
        "exclusive_classes": True,
        "ngram_size": NGRAM_SIZE,
        "length": 2**13,
    },
}


def build_pipeline(with_textcat: bool = True) -> Language:
    """A fresh pipeline; the textcat is untrained until trained or loaded (see bot.model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("secor_normalizer")
    nlp.add_pipe("secor_concepts")
    nlp.add_pipe("secor_headcount")
    nlp.add_pipe("secor_cues")
    if with_textcat:
        textcat = cast(TextCategorizer, nlp.add_pipe("textcat", config=TEXTCAT_CONFIG))
        for intent_id in intents():
            textcat.add_label(intent_id)
    return nlp
