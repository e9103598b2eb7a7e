"""The package's shape: which folder may import which, and no import cycles.

Every ``import`` in ``mcrgen/`` (top-level, lazy inside functions, and under ``TYPE_CHECKING`` alike) is read with
``ast``. A folder may import only folders on a lower floor (or its own folder); the floors are the layout that
``docs/architecture.md`` describes. A new arrow that points up or sideways fails here, with the file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mcrgen"

# Lower number = lower floor. A module may import its own folder and any folder on a strictly lower floor.
FLOORS: dict[str, int] = {
    "errors": 0,
    "accounting": 0,
    "redact": 0,
    # The package root re-exports the plug-in API (``from mcrgen import validator, Fail, CheckContext``) from
    # validators/, so it sits above it; nothing below floor 3 imports the root (it only holds __version__ besides).
    "__init__": 2,
    "validators": 1,
    "recipe": 2,
    "wire": 3,
    "rundir": 3,
    "local": 3,
    "engine": 4,
    "analysis": 5,
    "publish": 5,
    "render": 6,
    "commands": 7,
    "cli": 8,
    "__main__": 9,
}


def _room(module: str) -> str:
    """``mcrgen.engine.stages`` -> ``engine``; ``mcrgen`` -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported mcrgen module) for every import in the file, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("mcrgen")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mcrgen"):
            if node.module == "mcrgen":  # ``from mcrgen import x``: x may be a subpackage or a name
                found += [(node.lineno, f"mcrgen.{a.name}") for a in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def _graph() -> dict[str, list[tuple[int, str]]]:
    return {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_room_has_a_floor() -> None:
    rooms = {_room(m) for m in _graph()}
    assert rooms <= set(FLOORS), f"add these folders to FLOORS and docs/architecture.md: {rooms - set(FLOORS)}"


def test_imports_point_down() -> None:
    wrong = []
    for module, imports in _graph().items():
        here = _room(module)
        for line, target in imports:
            there = _room(target)
            if there == here or there not in FLOORS:  # ``from mcrgen import __version__`` lands on __init__
                continue
            if FLOORS[there] >= FLOORS[here]:
                wrong.append(f"{module.replace('.', '/')}.py:{line} imports {target} ({here} -> {there})")
    assert not wrong, "imports that point up or sideways:\n" + "\n".join(wrong)


def test_no_import_cycles_between_modules() -> None:
    graph = _graph()
    edges = {m: {t for _, t in imps if t in graph and t != m} for m, imps in graph.items()}
    # A package's __init__ re-exporting its own modules is not a cycle worth failing on.
    for m in edges:
        edges[m] = {t for t in edges[m] if not (m.startswith(t + ".") or t.startswith(m + "."))}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_over_400_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE.parent)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, f"split these modules: {long}"
