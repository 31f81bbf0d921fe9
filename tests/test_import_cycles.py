"""No two modules of the product import each other, directly or around a longer loop.

The import-linter contracts (``make lint``) check the layers between packages; this checks
every module. ``from package import name`` counts as importing the package itself (its
``__init__`` runs first and may import back), as well as the submodule it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import grimp

PACKAGES = ("core", "intake", "bot", "knowledge")

# Cycles known and owned elsewhere: none (bot.engine <-> bot.email_answer went with issue 11).
ALLOWED: set[frozenset[str]] = set()

_FROM = re.compile(r"\s*from\s+([\w.]+)\s+import\b")

Graph = Mapping[str, set[str]]


def module_graph(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    """Each module's direct imports, with the package a ``from P import x`` line names."""
    modules = set(graph.modules)
    edges: dict[str, set[str]] = {}
    for module in modules:
        targets = set(graph.find_modules_directly_imported_by(module))
        for imported in list(targets):
            for detail in graph.get_import_details(importer=module, imported=imported):
                found = _FROM.match(str(detail["line_contents"]))
                if found and found.group(1) in modules and found.group(1) != module:
                    targets.add(found.group(1))
        edges[module] = targets & modules
    return edges


def cycles(edges: Graph) -> list[list[str]]:
    """Every group of modules that import each other (strongly connected, two or more)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(iter(children), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def loop(edges: Graph, group: list[str]) -> list[str]:
    """One import loop through the group, from its first module back to it (for the message)."""
    members = set(group)
    start = group[0]
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(edges.get(node, ())):
                if child == start:
                    return [*paths[node], start]
                if child in members and child not in paths:
                    paths[child] = [*paths[node], child]
                    following.append(child)
        frontier = following
    return group


def test_no_import_cycle_between_modules() -> None:
    edges = module_graph(grimp.build_graph(*PACKAGES))
    found = [g for g in cycles(edges) if frozenset(g) not in ALLOWED]
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(loop(edges, g)) for g in found)


def test_a_package_imported_by_its_own_submodule_is_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(
        importer="pkg", imported="pkg.a", line_number=1, line_contents="from pkg.a import A"
    )
    graph.add_import(
        importer="pkg.a", imported="pkg.b", line_number=1, line_contents="from pkg import b"
    )
    graph.add_import(
        importer="pkg.c", imported="pkg.b", line_number=1, line_contents="import pkg.b as b"
    )
    edges = module_graph(graph)
    assert edges["pkg.a"] == {"pkg", "pkg.b"}
    assert cycles(edges) == [["pkg", "pkg.a"]]
    assert loop(edges, ["pkg", "pkg.a"]) == ["pkg", "pkg.a", "pkg"]


def test_a_longer_loop_is_found_and_spelled_out() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set[str]()}
    assert cycles(edges) == [["a", "b", "c"]]
    assert loop(edges, ["a", "b", "c"]) == ["a", "b", "c", "a"]
