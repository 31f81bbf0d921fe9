"""The text of a Word (.docx) file, read as a stream from its zip.

python-docx loads every part of the package and keeps an object tree of the whole
document; reading 75 ordinary documents grew an extraction worker by 57 MB
(issue 15). Here the main document part and its headers and footers are parsed
with lxml's ``iterparse``, and each paragraph is freed once its text is taken, so
a document costs what its largest paragraph costs. The caller has already run
``guard_office_zip`` (sizes, ratios, password, no DTD or entity declarations).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TAGS = (f"{_W}p", f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}tc")
_MAIN = "/officeDocument"
_EXTRA = ("/header", "/footer")


def _parse(
    stream: IO[bytes], tag: str | tuple[str, ...], events: tuple[str, ...] = ("end",)
) -> Iterator[tuple[str, etree._Element]]:
    """EVENTS of TAG, with no entity resolution, no network and lxml's size limits."""
    yield from etree.iterparse(
        stream,
        events=events,
        tag=tag,
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
    )


def _targets(zf: zipfile.ZipFile, rels: str, suffixes: tuple[str, ...]) -> list[str]:
    """Part names that the relationships file RELS points to with a type ending in SUFFIXES."""
    if rels not in zf.NameToInfo:
        return []
    base = posixpath.dirname(posixpath.dirname(rels))
    found: list[str] = []
    with zf.open(rels) as stream:
        for _event, rel in _parse(stream, _REL):
            if rel.get("TargetMode") == "External":
                continue
            if str(rel.get("Type", "")).endswith(suffixes):
                target = str(rel.get("Target", ""))
                if target.startswith("/"):
                    found.append(posixpath.normpath(target.lstrip("/")))
                else:
                    found.append(posixpath.normpath(posixpath.join(base, target)))
    return found


def _part_text(stream: IO[bytes], add: Callable[[str], bool]) -> bool:
    """Lines of one part through ADD, a paragraph at a time; False once ADD wants no more.

    Document order as python-docx's tree walk gives it: a paragraph's start ends the
    line before it, a cell's start and a tab add a tab, a break a newline.
    """
    line: list[str] = []
    for event, element in _parse(stream, _TAGS, ("start", "end")):
        tag = element.tag
        if event == "end":
            if tag == f"{_W}t":
                line.append(element.text or "")
            elif tag in (f"{_W}p", f"{_W}tc"):
                _free(element)
        elif tag == f"{_W}p":
            if line and not add("".join(line)):
                return False
            line = []
        elif tag in (f"{_W}tab", f"{_W}tc"):
            line.append("\t")
        elif tag == f"{_W}br":
            line.append("\n")
    return not line or add("".join(line))


def _free(element: etree._Element) -> None:
    """Drop a finished paragraph or cell and the siblings read before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def word_text(path: Path, add: Callable[[str], bool]) -> None:
    """Every paragraph of the document at PATH through ADD, then its headers and footers."""
    with zipfile.ZipFile(path) as zf:
        main = _targets(zf, "_rels/.rels", (_MAIN,)) or ["word/document.xml"]
        document = main[0]
        if document not in zf.NameToInfo:
            raise KeyError(document)
        folder, name = posixpath.split(document)
        extra = _targets(zf, posixpath.join(folder, "_rels", f"{name}.rels"), _EXTRA)
        for part in [document, *dict.fromkeys(extra)]:
            if part not in zf.NameToInfo:
                continue
            with zf.open(part) as stream:
                if not _part_text(stream, add):
                    return
