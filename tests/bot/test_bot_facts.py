"""The knowledge base: facts, sources, conflicts and the bot's data files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.lexicon import cues, examples, intents, lexicon, paraphrases
from knowledge.facts import (
    citation,
    cited_sources,
    contacts,
    fact,
    facts,
    facts_for_topic,
    own_sources,
)
from knowledge.labels import all_labels
from knowledge.sources import sources

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
# Proper names are allowed to match the seeds word for word.
NAMES = [
    "construction safety training system",
    "roadbuilders safety training system",
    "electrical safety training system",
    "pipeline construction safety training",
    "small employer health safety management",
    "principles of health safety management",
    "small employer certificate of recognition",
    "hazard management",
    "incident and accident investigation",
    "supervisor leadership for health safety in the workplace",
    "oilfield driver awareness",
    "safety program development",
    *[info.name.lower() for info in all_labels()],
    "management commitment",
    "public visitor and contractor employees",
    "health and safety committees hse rep",
    "hazard control",
    "inspection and maintenance",
    "emergency response",
    "program administration",
]


def _words(text: str) -> list[str]:
    """Lower-case words without numbers and without the proper names above."""
    text = " " + re.sub(r"[^a-z]+", " ", text.lower()) + " "
    for name in NAMES:
        text = text.replace(" " + re.sub(r"[^a-z]+", " ", name).strip() + " ", " | ")
    return text.split()


def test_every_fact_cites_a_known_source_section_and_date() -> None:
    known = cited_sources()
    for item in facts().values():
        assert item.source in known
        assert item.section
        assert item.effective == "undated" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.effective)
        if item.is_own_process:
            assert item.authority == "SECOR intake assistant", item.id
        else:
            assert item.authority in ("ACSA", "Energy Safety Canada"), item.id


def test_every_seed_page_is_used() -> None:
    used = {item.source for item in facts().values()}
    assert used == set(sources()) | set(own_sources())


def test_own_process_sources_are_no_seed_pages() -> None:
    own = own_sources()
    assert set(own) == {"secor-intake-process"}
    assert not set(own) & set(sources())
    for src in own.values():
        assert src.seed == "" and src.authority == "SECOR intake assistant"
    item = fact("submission-auto-reply")
    assert item.is_own_process and "reference number" in item.statement
    assert citation(item).authority == "SECOR intake assistant"
    assert not fact("contact-email").is_own_process


def test_energy_safety_canada_facts_say_whose_rule_it_is() -> None:
    for item in facts().values():
        if item.authority == "Energy Safety Canada":
            assert "Energy Safety Canada" in item.statement, item.id


def test_superseded_wording_points_to_the_newer_fact_and_says_which_applies() -> None:
    earlier = [f for f in facts().values() if f.is_superseded]
    assert {f.id for f in earlier} >= {
        "headcount-earlier-wording",
        "course-phsm-earlier",
        "continuing-education-earlier",
    }
    for item in earlier:
        newer = fact(item.replaced_by or "")
        assert item.source == "acsa-secor-process-earlier"
        assert newer.origin.newer_than(item.origin)
        assert "applies" in item.statement


def test_application_form_step_is_from_the_earlier_page_only() -> None:
    (item,) = facts_for_topic("application_form")
    assert item.source == "acsa-secor-process-earlier"
    assert "no longer" in item.statement


def test_contacts_are_stated_as_facts_with_sources() -> None:
    c = contacts()
    assert c.phone == "1-800-661-2272" and c.email == "cor@youracsa.ca"
    assert citation(c.phone_fact).source and citation(c.email_fact).source


def test_element_list_matches_the_labels() -> None:
    statement = fact("elements-secor").statement
    for info in all_labels():
        if info.element is not None:
            assert f"{info.element} {info.name}" in statement


def test_citation_has_the_contract_fields() -> None:
    dated = citation(fact("maintenance-operational")).as_dict()  # the SECOR Updates page
    assert set(dated) >= {"title", "source", "section", "effective"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(dated["effective"])) and dated["dated"] is True
    cite = citation(fact("headcount-limit")).as_dict()
    assert set(cite) >= {"title", "source", "section", "effective"}
    # the SECOR Process page prints no date of its own: none is borrowed from another page;
    # a script that parses dates reads effective_date, null here (round six)
    assert cite["effective"] == "undated"
    assert cite["dated"] is False and cite["effective_date"] is None
    assert dated["effective_date"] == dated["effective"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed pages not available")
def test_no_fact_pastes_a_seed_sentence() -> None:
    size = 8
    seen: set[tuple[str, ...]] = set()
    for path in SEEDS.iterdir():
        words = _words(path.read_text("utf-8"))
        seen.update(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
    texts = [f.statement for f in facts().values()] + [i.note for i in intents().values()]
    # the training questions too: the team's paraphrases and the strangers' examples
    texts += [t for source in (paraphrases(), examples()) for ts in source.values() for t in ts]
    for text in texts:
        words = _words(text)
        windows = [tuple(words[i : i + size]) for i in range(len(words) - size + 1)]
        copied = [" ".join(w) for w in windows if w in seen and "|" not in w]
        assert not copied, copied


def test_bot_data_files_are_consistent() -> None:
    assert set(paraphrases()) == set(intents())
    assert set(cues()) <= set(intents())
    assert sum(len(v) for v in paraphrases().values()) >= 1000
    lex = lexicon()
    for key in (
        "phsm",
        "sfa",
        "csts",
        "rsts",
        "ests",
        "pcst",
        "wcb",
        "erp",
        "cor",
        "secor",
        "pir",
        "qa",
        "hsms",
    ):
        assert key in lex.concepts


def test_training_paraphrases_and_benchmark_questions_do_not_overlap() -> None:
    import tomllib

    bench = Path(__file__).resolve().parents[2] / "bench"
    files = [bench / "questions.toml", bench / "questions_holdout.toml"]
    if not any(f.is_file() for f in files):
        pytest.skip("no benchmark questions")
    asked = {
        q["text"].lower().strip()
        for f in files
        if f.is_file()
        for q in tomllib.loads(f.read_text("utf-8"))["q"]
    }
    trained = {p.lower().strip() for group in paraphrases().values() for p in group}
    assert not asked & trained
