"""The command line: parse, call one library function, render with Rich on stderr. No logic lives here."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from mcrgen import __version__
from mcrgen.errors import McrgenError
from mcrgen.render.stderr import Stderr

app = typer.Typer(
    help="Synthetic SFT/RL data with multi-stage in-flight rejection: stream, validate, cancel early.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


err = Stderr(stderr=True)

FLAG = ""
"""The metavar of an on/off flag: typer shows a flag's type as ``<bool>``, which reads as if it took a value."""
RecipeArg = Annotated[Path, typer.Argument(metavar="RECIPE", help="Recipe YAML file.", show_default=False)]
AllowKeyEnv = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-key-env",
        help="Allow endpoint.api_key_env to name this variable although it does not look like a key (repeatable).",
    ),
]


def _out_path(value: str | None) -> Path | None:
    """--out as a path; an empty or blank value is refused (it would silently mean the current directory)."""
    if value is None:
        return None
    if not value.strip():
        from mcrgen.errors import RecipeError

        raise RecipeError("--out is empty; give a directory (omit --out for the default under runs/)")
    return Path(value)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mcrgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", metavar=FLAG, callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    pass


@app.command()
def generate(
    recipe: RecipeArg,
    out: Annotated[str | None, typer.Option("--out", "-o", help="Run directory (resumes if it exists).")] = None,
    mode: Annotated[
        str, typer.Option(help="inflight (cancel on first failure) or baseline (full, then check).")
    ] = "inflight",
    limit: Annotated[int | None, typer.Option(help="Number of samples (overrides budget.samples).")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL, or 'local'.")] = None,
    model: Annotated[str | None, typer.Option(help="Model name sent to the endpoint.")] = None,
    concurrency: Annotated[int | None, typer.Option(help="Maximum concurrent streams.")] = None,
    seed: Annotated[int | None, typer.Option(help="Run seed (sample seeds derive from it).")] = None,
    shard: Annotated[
        str | None, typer.Option(help="I/N: run only sample indices with index % N == I (one machine of N).")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Processes that stream and validate; this one writes every file. Default: the machine's cores, "
            "at most one per 8 concurrent streams; half the cores for a server on this machine; 1 for the "
            "embedded model. --concurrency is split among them.",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            metavar=FLAG,
            help="Print the prompts of the first samples (--limit, default 3) and exit; no requests.",
        ),
    ] = False,
    fresh: Annotated[
        bool,
        typer.Option("--fresh", metavar=FLAG, help="Start over: move an existing run directory aside (never deleted)."),
    ] = False,
    allow_key_env: AllowKeyEnv = None,
) -> None:
    """Generate samples from RECIPE; writes accepted.jsonl, rejected.jsonl, dataset.* and report.json."""
    from mcrgen.commands import run_generate
    from mcrgen.engine.spawn import Spawned
    from mcrgen.recipe.loader import load_recipe
    from mcrgen.recipe.values import check_mode, parse_shard

    check_mode(mode)  # before the dry run too: "--dry-run --mode nonsense" is as wrong as the run would be
    part = parse_shard(shard) if shard is not None else None
    out_dir = _out_path(out)
    r = load_recipe(
        recipe,
        base_url=base_url,
        model=model,
        concurrency=concurrency,
        seed=seed,
        limit=limit,
        allow_key_env=allow_key_env or (),
    )
    if dry_run:
        from mcrgen.commands import print_dry_run

        return print_dry_run(r, err, limit or DRY_RUN_SAMPLES)  # commands.dry_run shows at most the recipe's own
    # Before the heavy imports below: the workers' own imports (a second each) overlap them.
    spawned = Spawned.ahead(r, workers)
    try:
        flags = {"base_url": base_url, "model": model, "allow_key_env": allow_key_env or ()}
        run_generate(err, r, recipe, out_dir, mode, part, fresh, workers, spawned, flags)
    finally:
        spawned.close()


DRY_RUN_SAMPLES = 3


@app.command()
def compare(
    recipe: RecipeArg,
    limit: Annotated[int | None, typer.Option(help="Number of samples (overrides budget.samples).")] = None,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Directory for baseline/, inflight/ and compare.*")
    ] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL, or 'local'.")] = None,
    model: Annotated[str | None, typer.Option(help="Model name sent to the endpoint.")] = None,
    concurrency: Annotated[int | None, typer.Option(help="Maximum concurrent streams.")] = None,
    seed: Annotated[int | None, typer.Option(help="Run seed (sample seeds derive from it).")] = None,
    fresh: Annotated[
        bool, typer.Option("--fresh", metavar=FLAG, help="Start over: move an existing comparison directory aside.")
    ] = False,
    allow_key_env: AllowKeyEnv = None,
) -> None:
    """Run RECIPE in-flight and baseline on the same ids and seeds; writes compare.json and compare.html."""
    from mcrgen.analysis.compare import COMPARE_JSON
    from mcrgen.commands import COMPARE_HTML, comparison_dir, run_compare
    from mcrgen.recipe.loader import load_recipe
    from mcrgen.render.compare_table import render
    from mcrgen.render.live import LiveView

    chosen = _out_path(out)
    r = load_recipe(
        recipe,
        base_url=base_url,
        model=model,
        concurrency=concurrency,
        seed=seed,
        limit=limit,
        allow_key_env=allow_key_env or (),
    )
    out_dir = chosen or Path("runs") / f"{r.name}-compare-{r.hash[:8]}"
    for line in comparison_dir(out_dir, fresh=fresh):
        err.print(line, highlight=False, soft_wrap=True)
    view = LiveView(err)
    try:
        data = run_compare(r, out_dir, on_start=view.start)
    finally:
        view.stop()
    render(err, data)
    err.print(f"wrote {out_dir / COMPARE_JSON}, {out_dir / COMPARE_HTML}")


@app.command()
def report(
    directory: Annotated[
        Path, typer.Argument(metavar="DIRECTORY", help="A run directory or a 'mcrgen compare' directory.")
    ],
) -> None:
    """Rebuild the report of DIRECTORY from its files: JSON, self-contained HTML, and a table on stderr."""
    from mcrgen.commands import report_dir
    from mcrgen.render.compare_table import render
    from mcrgen.render.summary import duplicate_rows

    data, said = report_dir(directory)
    render(err, data)
    twice = data.get("report", {}).get("duplicate_rows_ignored")
    if twice:
        err.print(f"note: {duplicate_rows(twice)}", highlight=False, soft_wrap=True)
    err.print(said, highlight=False, soft_wrap=True)


@app.command()
def merge(
    out: Annotated[Path, typer.Argument(metavar="OUT", help="New run directory to write.", show_default=False)],
    run_dirs: Annotated[
        list[Path], typer.Argument(metavar="RUN_DIR", help="Shard run directories to combine.", show_default=False)
    ],
) -> None:
    """Combine shard run directories (same recipe and mode) into OUT: rows once per id, every token kept."""
    from mcrgen.publish.merge import merge_runs

    res = merge_runs(out, run_dirs)
    err.print(
        f"merged {len(run_dirs)} run{'s' * (len(run_dirs) != 1)} into {res.out}: {res.accepted} accepted, "
        f"{res.rejected} rejected, {res.errors} error row{'s' * (res.errors != 1)}, {res.duplicates} duplicate "
        f"id{'s' * (res.duplicates != 1)} (kept in the ledger)",
        highlight=False,
    )
    if res.missing_shards:
        err.print(f"[yellow]missing shards[/yellow]: {', '.join(res.missing_shards)}", highlight=False)


@app.command()
def push(
    run_dir: Annotated[
        Path,
        typer.Argument(metavar="RUN_DIR", help="A run directory written by 'mcrgen generate'.", show_default=False),
    ],
    repo_id: Annotated[
        str, typer.Argument(metavar="REPO_ID", help="Hub dataset id, e.g. 'me/gsm8k-synthetic'.", show_default=False)
    ],
    private: Annotated[bool, typer.Option("--private", metavar=FLAG, help="Create the dataset as private.")] = False,
    license: Annotated[str, typer.Option(help="License identifier for the card, e.g. 'mit', 'cc-by-4.0'.")] = "unknown",
) -> None:
    """Publish RUN_DIR's deduplicated samples to the Hugging Face Hub: Parquet, card, recipe and report.

    The token comes from HF_TOKEN or `hf auth login`; HF_ENDPOINT selects another Hub.
    """
    from mcrgen.publish.hub import push_run

    result = push_run(run_dir, repo_id, private=private, license=license)
    err.print(f"pushed {result.rows} samples ({', '.join(result.files)}) to {result.url}", highlight=False)


@app.command()
def validate(
    recipe: RecipeArg,
    samples: Annotated[
        Path | None,
        typer.Argument(
            metavar="SAMPLES",
            help="JSONL, CSV or Parquet file of existing samples (default: the recipe's own seed or input file).",
        ),
    ] = None,
    field: Annotated[
        list[str] | None, typer.Option(help="STAGE=COLUMN (repeatable; a run's files: outputs.STAGE); else guessed.")
    ] = None,
    json_out: Annotated[Path, typer.Option("--json", help="Where to write the full audit as JSON.")] = Path(
        "audit.json"
    ),
    allow_key_env: AllowKeyEnv = None,
) -> None:
    """Audit RECIPE's gates offline over SAMPLES, fed in small chunks as a stream would see them.

    Without SAMPLES the recipe's own seed (or input) file is used: known-good text, so every firing is a false
    positive of that gate."""
    from mcrgen.recipe.loader import load_recipe
    from mcrgen.render.audit_table import own_samples, parse_fields, render_audit, validate_file
    from mcrgen.rundir.files import check_writable, write_atomic

    loaded = load_recipe(recipe, environ={}, allow_key_env=allow_key_env or ())
    if loaded.endpoint.model_path:  # a recipe error generate would meet at start: named here too
        from mcrgen.local.models import check_model_path

        check_model_path(loaded.endpoint.model_path, loaded.endpoint.is_local, loaded.endpoint.model, loaded.path)
    check_writable(json_out.resolve())  # before the audit, not after it
    if samples is None:
        samples = own_samples(loaded)
        err.print(f"auditing on the recipe's own data {samples}: every firing is a false positive", highlight=False)
    result = validate_file(loaded, samples, parse_fields(field or []))
    render_audit(err, result)
    write_atomic(json_out.resolve(), json.dumps(result, indent=2) + "\n")
    err.print(f"wrote {json_out}")


@app.command()
def serve(
    port: Annotated[int | None, typer.Option(help="Port on 127.0.0.1 (default: a free one).")] = None,
    model: Annotated[str | None, typer.Option(help="'default' (Qwen2.5-Coder-1.5B) or 'tiny' (SmolLM2-135M).")] = None,
) -> None:
    """Serve the embedded model (Qwen2.5-Coder-1.5B-Instruct) on 127.0.0.1 until Ctrl-C; prints the base URL."""
    from mcrgen.errors import RecipeError
    from mcrgen.local.server import serve_forever

    if port is not None and not 0 <= port <= 65535:
        raise RecipeError(f"--port must be between 0 and 65535, not {port}")
    serve_forever(port, model=model)


@app.command()
def schema() -> None:
    """Print the recipe JSON Schema (for editors: '# yaml-language-server: $schema=...')."""
    from mcrgen.recipe.loader import schema as recipe_schema

    typer.echo(json.dumps(recipe_schema(), indent=2))


@app.command()
def validators() -> None:
    """List every registered validator: when it checks, its parameters and (the first paragraph of) its help."""
    from mcrgen.render.validators_table import validators_table
    from mcrgen.validators import all_validators

    Console().print(validators_table(all_validators()))


def _command() -> str | None:
    """The subcommand on the command line: its first argument that is no option (the root takes no values)."""
    return next((a for a in sys.argv[1:] if not a.startswith("-")), None)


def main() -> None:
    """Console entry point: every way out is one line on stderr (secrets scrubbed) and a documented exit code.

    McrgenError -> its exit code; a usage error of the command line -> 2; Ctrl-C, and SIGTERM from the start (a run
    sets its own handlers only once it runs: before, SIGTERM killed silently) -> 130; anything else is a bug -> one
    line naming it, exit 1 (``MCRGEN_DEBUG=1`` re-raises it for the traceback).
    """
    from mcrgen.redact import scrub

    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        # Non-standalone typer *returns* the exit code of typer.Exit, and turns KeyboardInterrupt into 130.
        rc = app(standalone_mode=False)
        if rc == 130:
            raise KeyboardInterrupt
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except McrgenError as exc:
        _fail(scrub(" ".join(str(exc).split())), exc.exit_code)
    except KeyboardInterrupt:
        # The others write no samples, and start over when rerun; so does a dry run, which sends nothing.
        resumes = _command() in ("generate", "compare") and "--dry-run" not in sys.argv
        err.print(
            "[yellow]interrupted[/yellow]" + (": finished samples are saved; run the same command to resume" * resumes)
        )
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit as exc:  # typer's answer to EPIPE; stdout's reader went away (`| head`): exit as SIGPIPE would
        from mcrgen.commands import reader_gone

        if exc.code == 1 and isinstance(exc.__context__, BrokenPipeError) and reader_gone(sys.stdout):
            sys.exit(141)
        raise
    except typer.Abort:
        sys.exit(130)
    except Exception as exc:
        code: Any = getattr(exc, "exit_code", None)
        if isinstance(code, int) and hasattr(exc, "format_message"):  # click's (typer's own copy) usage errors
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            _fail(scrub(" ".join(str(exc.format_message()).split())) + hint, code)
        if os.environ.get("MCRGEN_DEBUG"):
            raise
        text = scrub(" ".join(str(exc).split()))[:300]
        _fail(f"internal error (a bug in mcrgen, please report it): {type(exc).__name__}: {text}", 1)


def _fail(message: str, code: int) -> None:
    err.error_line(message)
    sys.exit(code)
