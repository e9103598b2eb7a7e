"""How many ``--workers`` processes a run gets, and starting them before the command needs them.

A worker spends its first second importing the HTTP stack (``openai`` alone is ~0.7 s of CPU). Started when the
run begins, that second is spent inside the run, with every stream waiting; on a 2-core machine it was a fifth of
a 2,000-sample run (docs/benchmarks.md). So ``mcrgen generate`` starts them as soon as the recipe is read
(:meth:`Spawned.ahead`), and they import while the command does its own imports, checks the run directory and the
endpoint; the run then hands each its configuration (:mod:`mcrgen.engine.workers`).

A started worker waits on its stdin for that configuration. One never used is killed by :meth:`Spawned.close`
(a refused recipe, a locked run directory, Ctrl-C before the run); if this process dies instead, the worker reads
the end of its stdin and leaves. This module imports only the standard library and the recipe's types: it runs
before the heavy imports it is meant to overlap.
"""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from urllib.parse import urlsplit

from mcrgen.errors import RecipeError, WorkerError
from mcrgen.recipe.loader import Recipe

CHILD_MODULE = "mcrgen.engine.worker_main"
STREAMS_PER_WORKER = 8
"""The default starts a second process only for at least this many streams each (see :func:`default_workers`)."""


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def default_workers(recipe: Recipe) -> int:
    """The machine's cores for a remote endpoint with enough streams to share; half of them for a server on this
    machine; 1 for the embedded model.

    The embedded model decodes on these same cores: a second client process would take CPU from the decoding it
    waits for. A server on a loopback address (vLLM or llama.cpp on this machine) shares the cores too, so it keeps
    half of them. A remote endpoint gets one process per core. Either way a process gets at least
    ``STREAMS_PER_WORKER`` streams: it costs a second of start-up (the HTTP stack's imports) and a few streams are
    far from what one process can parse and validate (about 40,000 tokens/s, docs/benchmarks.md).
    """
    if recipe.endpoint.is_local:
        return 1
    budget = cores() // 2 if all(is_loopback(url) for url in recipe.endpoint.urls) else cores()
    return max(1, min(budget, recipe.endpoint.concurrency // STREAMS_PER_WORKER))


def is_loopback(base_url: str) -> bool:
    """Whether ``base_url`` names this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    try:
        host = urlsplit(base_url).hostname or ""
    except ValueError:  # a malformed URL is refused where it is used, not here
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def worker_count(recipe: Recipe, requested: int | None) -> int:
    """``--workers`` as given, or the default; refused below 1."""
    workers = default_workers(recipe) if requested is None else requested
    if workers < 1:
        raise RecipeError(f"--workers must be at least 1, not {workers}")
    return workers


def shares(concurrency: int, workers: int) -> list[int]:
    """``concurrency`` streams split over at most ``workers`` processes, none of them with zero streams."""
    n = max(1, min(workers, concurrency))
    return [concurrency // n + (1 if k < concurrency % n else 0) for k in range(n)]


def spawn() -> subprocess.Popen[bytes]:
    """One worker process, waiting for its configuration on stdin.

    A session of its own: a terminal's signals reach the writer only (Ctrl-C: it stops everyone; Ctrl-Z: the
    workers stall on their full pipe), and the scheduler's per-session groups (autogroup) give each worker its own
    share of a busy machine's CPU, as N shards in N terminals get; inside the writer's session all of them would
    share one (docs/benchmarks.md measured that: slower than one process).
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    cmd = [sys.executable, "-m", CHILD_MODULE]
    try:
        return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, start_new_session=True)
    except OSError as exc:  # out of processes or descriptors: one line (exit 6), not a traceback
        raise WorkerError(f"cannot start a worker process ({exc}); try fewer --workers") from None


class Spawned:
    """Worker processes started ahead of the run; the run takes what it needs, the rest are killed."""

    def __init__(self, ready: list[subprocess.Popen[bytes]] | None = None) -> None:
        self.ready = ready or []

    @classmethod
    def ahead(cls, recipe: Recipe, requested: int | None) -> Spawned:
        """As many workers as a fresh run of ``recipe`` would use (none when that is one process)."""
        n = len(shares(recipe.endpoint.concurrency, worker_count(recipe, requested)))
        return cls(cls().take(n) if n > 1 else [])  # take: none is left running if one cannot start

    def take(self, n: int) -> list[subprocess.Popen[bytes]]:
        """``n`` workers: those started ahead first, new ones for the rest; the unused ones are killed (and all of
        them when a new one cannot be started)."""
        procs = self.ready[:n]
        del self.ready[:n]
        self.close()
        try:
            while len(procs) < n:
                procs.append(spawn())
        except WorkerError:
            Spawned(procs).close()
            raise
        return procs

    def close(self) -> None:
        """Kill and reap every worker nobody took (a worker that has no configuration holds nothing)."""
        for proc in self.ready:
            proc.kill()
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()
        self.ready = []
