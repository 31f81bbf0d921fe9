"""knowledge/README.md, the table of every fact and rule with its page, is current."""

from __future__ import annotations

from knowledge import table
from knowledge.facts import facts


def test_readme_is_generated_from_the_current_data() -> None:
    assert table.README.read_text("utf-8") == table.render(), (
        "knowledge/README.md is out of date: run `python -m knowledge.table`"
    )


def test_every_fact_and_rule_has_a_row() -> None:
    text = table.render()
    for fact_id in facts():
        assert f"| `{fact_id}` |" in text
    assert "| `years.maintenance` |" in text
    assert "unknown source" not in text


def test_check_mode_exits_zero_when_current() -> None:
    assert table.main(["--check"]) == 0
