"""The streaming Word reader: python-docx's text, headers and footers, odd packages, damage."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from intake.ingest.readers import ReadOptions, read_file
from intake.ingest.word_text import word_text
from intake.problems import ProblemCode
from tests.ingest import builders as b


def _lines(path: Path) -> list[str]:
    lines: list[str] = []

    def add(text: str) -> bool:
        lines.append(text)
        return True

    word_text(path, add)
    return lines


def test_paragraphs_table_cells_header_and_footer_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Northfork Roofing - toolbox talk"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_paragraph("Topic: ladders")
    grid = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["Name", "Signature"], ["D. Klassen", "DK"]]):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    document.add_paragraph("Next talk: fall arrest")
    path = tmp_path / "talk.docx"
    document.save(str(path))

    lines = [line.strip() for line in _lines(path)]

    assert lines.index("Topic: ladders") < lines.index("Name") < lines.index("D. Klassen")
    assert lines.index("D. Klassen") < lines.index("Next talk: fall arrest")
    assert lines[-2:] == ["Northfork Roofing - toolbox talk", "Page 1"]


def test_the_main_part_is_found_through_the_package_relationships(tmp_path: Path) -> None:
    original = zipfile.ZipFile(io.BytesIO(b.docx_bytes(["Emergency muster point: gate 2"])))
    moved = tmp_path / "moved.docx"
    with zipfile.ZipFile(moved, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            name = info.filename
            if name == "word/document.xml":
                name = "word/body.xml"
            elif name == "_rels/.rels":
                data = data.replace(b"word/document.xml", b"word/body.xml")
            elif name == "word/_rels/document.xml.rels":
                name = "word/_rels/body.xml.rels"
            out.writestr(name, data)

    assert _lines(moved) == ["Emergency muster point: gate 2"]


def test_the_cap_stops_reading(tmp_path: Path) -> None:
    path = b.write(tmp_path / "long.docx", b.docx_bytes([f"line {n}" for n in range(500)]))

    result = read_file(path, ReadOptions(max_chars=60))

    assert result.text.startswith("line 0") and len(result.text) <= 60


def test_damaged_xml_is_a_problem_code_not_a_traceback(tmp_path: Path) -> None:
    original = zipfile.ZipFile(io.BytesIO(b.docx_bytes(["Safe work practice"])))
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            out.writestr(info.filename, data)

    result = read_file(broken, ReadOptions())

    assert result.code is ProblemCode.UNREADABLE_FILE
    assert "damaged" in result.message
