"""Record one streamed chat completion's raw HTTP response bytes (status line to the last byte) for the reader tests.

The request is what mcrgen sends (``stream: true``, ``max_tokens``, optional ``stream_options``), written on a raw
socket with ``Connection: close``; everything the server sends back is written to OUT unchanged, so the test replays
the exact framing (chunk sizes, CRLFs, keep-alive comments) of that server.

Usage: python tests/data/streams/record.py URL OUT --model M [--max-tokens 48] [--usage continuous|final|none]
       [--prompt TEXT] [--extra JSON]
"""

from __future__ import annotations

import argparse
import json
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit


def record(url: str, body: dict[str, object], timeout: float = 120.0) -> bytes:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    payload = json.dumps(body).encode()
    head = (
        f"POST {parts.path.rstrip('/')}/chat/completions HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Content-Type: application/json\r\nAccept: text/event-stream\r\nAccept-Encoding: identity\r\n"
        f"Authorization: Bearer no-key\r\nContent-Length: {len(payload)}\r\nConnection: close\r\n\r\n"
    ).encode()
    out = bytearray()
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(head + payload)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = sock.recv(65536)
            if not data:
                break
            out += data
            if out.endswith(b"\r\n0\r\n\r\n"):  # a keep-alive server that ignores Connection: close
                break
    return bytes(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", required=True)
    ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("--usage", choices=["continuous", "final", "none"], default="continuous")
    ap.add_argument("--prompt", default="What is 12 + 30? Think step by step, then answer.")
    ap.add_argument("--extra", default="{}", help="JSON merged into the request body")
    args = ap.parse_args()
    body: dict[str, object] = {
        "model": args.model,
        "messages": [{"role": "user", "content": args.prompt}],
        "max_tokens": args.max_tokens,
        "temperature": 0,
        "seed": 1,
        "n": 1,
        "stream": True,
    }
    if args.usage != "none":
        body["stream_options"] = {"include_usage": True, "continuous_usage_stats": args.usage == "continuous"}
    body.update(json.loads(args.extra))
    data = record(args.url, body)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data)} bytes, {data.count(b'data:')} data lines")


if __name__ == "__main__":
    main()
