"""What the text model reads: name words, content words, merged OCR words split."""

from __future__ import annotations

from intake.classify.text import (
    MAX_CHARS,
    NO_TEXT,
    Segmenter,
    content_words,
    kind_text,
    model_text,
    vocabulary,
)


def test_segmenter_splits_words_merged_by_ocr() -> None:
    seg = Segmenter.build(
        ["small engine check", "small engine check", "face shield", "face shield"], min_count=1
    )
    assert seg.split("smallengine") == "small engine"
    assert seg.split("faceshield") == "face shield"


def test_segmenter_leaves_known_and_unsplittable_words_alone() -> None:
    seg = Segmenter.build(["inspection inspection report report"], min_count=1)
    assert seg.split("inspection") == "inspection"
    assert seg.split("xqzvbnmwrt") == "xqzvbnmwrt"


def test_vocabulary_drops_rare_words_and_single_letters() -> None:
    vocab = vocabulary(["ladder ladder x y rope"], min_count=2)
    assert vocab == {"ladder": 2}


def test_content_words_keep_directive_function_words() -> None:
    words = content_words("Workers MUST always wear the items; done by the crew.").split()
    assert words == ["workers", "must", "always", "wear", "items", "done", "crew"]


def test_content_words_mark_the_shape_of_records() -> None:
    text = "Date: 2025-03-02 at 10:30 [x] Yes [ ] No ☐ Signed ____ 12,480 hrs Nov 18, 2025"
    assert content_words(text).split() == [
        "date",
        "xxdate",
        "xxtime",
        "xxbox",
        "yes",
        "xxbox",
        "no",
        "xxbox",
        "signed",
        "xxblank",
        "xxnum",
        "hrs",
        "xxdate",
    ]


def test_model_text_puts_the_name_first_and_skips_generic_names() -> None:
    seg = Segmenter({})
    assert model_text("Element 2/FLHA March.pdf", "Hazards: ice", seg).startswith("flha march")
    assert model_text("Scans/IMG_1203.jpg", "Hazards: ice", seg) == "hazards ice xshazar"


def test_model_text_adds_stems_and_layout_markers() -> None:
    text = "Inspection\n1. Check the guardrails\n2. Check the ladders\nSigned: ____"
    words = model_text("doc.pdf", text, None).split()
    assert "xsinspe" in words and "xsguard" in words
    assert words.count("xxstep") == 2 and "xxsign" in words


def test_model_text_of_an_empty_file_is_not_empty() -> None:
    assert model_text("IMG_0001.jpg", "", None) == f"{NO_TEXT} {NO_TEXT}"


def test_model_text_reads_only_the_first_pages() -> None:
    text = "ladder " * (MAX_CHARS // 7) + "zebra " * 1000
    assert "zebra" not in model_text("x.txt", text, None)


def test_the_kind_text_keeps_the_words_that_tell_a_record_from_a_rule() -> None:
    text = kind_text(
        "Element 9/Site walk March.docx", "The ladder WAS tagged out; 3 guards were missing."
    )
    assert text == "site walk march the ladder was tagged out 3 guards were missing"


def test_the_kind_text_of_an_empty_file_is_no_text() -> None:
    assert kind_text("scan0001.pdf", "") == "xxnotext xxnotext"
