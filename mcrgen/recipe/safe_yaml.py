"""Reading a YAML file someone else wrote, with bounded work: a recipe is refused in one line, never a hang.

The limits, each met by a hostile file seen in the wild or in tests:

* only a regular file is read (``/dev/zero``, a FIFO or a directory is refused before a byte is read), and at most
  :data:`MAX_BYTES` of it;
* nesting deeper than :data:`MAX_DEPTH` is refused from the parser's event stream, before PyYAML's recursive
  composer could hit the interpreter's recursion limit;
* aliases may share a node, but the document as expanded (what ``json.dumps`` or ``deepcopy`` would walk: an alias
  bomb of ten nested aliases is 10^9 nodes) may hold at most :data:`MAX_NODES` nodes;
* NaN and infinities are refused anywhere (a ``.nan`` temperature or timeout would pass every schema bound), and so
  are integers beyond 64 bits.
"""

from __future__ import annotations

import math
import stat
from pathlib import Path
from typing import Any

import yaml

from mcrgen.errors import RecipeError

MAX_BYTES = 1 << 20
MAX_DEPTH = 64
MAX_NODES = 200_000
MAX_INT = (1 << 63) - 1


def read_text(path: Path, what: str, max_bytes: int) -> str:
    """The UTF-8 text of a regular file of at most ``max_bytes`` bytes; anything else is a :class:`RecipeError`."""
    try:
        # stat first: opening a FIFO would block until someone writes to it
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise RecipeError(f"{path}: cannot read {what}: it is a directory")
        if not stat.S_ISREG(mode):
            raise RecipeError(f"{path}: {what} is not a regular file")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise RecipeError(f"{path}: {what.removeprefix('the ')} not found") from None
    except OSError as exc:
        raise RecipeError(f"{path}: cannot read {what}: {exc.strerror or exc}") from None
    except ValueError:  # a NUL in the path
        raise RecipeError(f"{str(path)!r}: cannot read {what}: the path is not valid") from None
    if len(data) > max_bytes:
        raise RecipeError(f"{path}: {what} is larger than {max_bytes} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecipeError(f"{path}: cannot read {what}: not UTF-8 text ({exc.reason})") from None


def _check_events(text: str, where: str) -> None:
    """Depth and size from the event stream: iterative, so a 5,000-deep document costs 5,000 events, not a crash."""
    depth = events = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        events += 1
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark is not None else 0
                raise RecipeError(f"{where}:{line}: the YAML nests deeper than {MAX_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if events > MAX_NODES:
            raise RecipeError(f"{where}: the YAML has more than {MAX_NODES} nodes")


def _expanded_size(root: yaml.Node) -> int:
    """Nodes in the document with every alias expanded, computed per shared node once (no expansion happens)."""
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    stack: list[yaml.Node] = [root]
    seen: set[int] = set()
    while stack:  # post-order without recursion: children are sized before their parent
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(_children(node))
    for node in reversed(order):
        total = 1 + sum(sizes.get(id(c), 1) for c in _children(node))
        sizes[id(node)] = min(total, MAX_NODES + 1)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_duplicate_keys(root: yaml.Node, where: str) -> None:
    """A key written twice in one mapping is refused: PyYAML keeps the last value silently, so a second
    ``validators:`` in a stage would drop the first list's gates without a word. (A ``<<`` merge key's
    entries may be overridden: that is what a merge is for.)"""
    stack: list[yaml.Node] = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[tuple[str, str]] = set()
            for key, _ in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                    continue
                if (key.tag, key.value) in keys:
                    line = key.start_mark.line + 1 if key.start_mark is not None else 0
                    raise RecipeError(f"{where}:{line}: duplicate key {key.value!r} (its first value would be lost)")
                keys.add((key.tag, key.value))
        stack.extend(_children(node))


def _check_values(data: Any, where: str) -> None:
    """No NaN, no infinity, no integer beyond 64 bits, anywhere in the (size-checked) document."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise RecipeError(f"{where}: {path or '(top level)'}: {value} is not a finite number")
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            raise RecipeError(f"{where}: {path or '(top level)'}: the integer is out of range")
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}" if path else str(k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))


def load(path: Path, what: str = "recipe") -> tuple[yaml.Node | None, Any]:
    """The composed node tree (for line numbers) and the data of the YAML file at ``path``, within the limits."""
    where = str(path)
    text = read_text(path, what, MAX_BYTES)
    try:
        _check_events(text, where)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if node is not None and _expanded_size(node) > MAX_NODES:
            raise RecipeError(f"{where}: the YAML expands (through aliases) to more than {MAX_NODES} nodes")
        if node is not None:
            _check_duplicate_keys(node, where)
        loader = yaml.SafeLoader("")
        try:
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RecipeError(f"{where}{line}: invalid YAML: {problem}") from None
    except (ValueError, OverflowError) as exc:  # e.g. an integer with more digits than Python will convert
        raise RecipeError(f"{where}: invalid YAML value: {str(exc)[:120]}") from None
    _check_values(data, where)
    return node, data
