"""A stand-in for the Hugging Face Hub API on 127.0.0.1: just the endpoints ``create_repo`` + ``create_commit`` use.

Read from huggingface_hub's own source (hf_api.py, _commit_api.py, lfs.py), with Xet storage disabled so binary
files take the plain Git LFS route:

    POST /api/repos/create                                  {name, organization, type, visibility} -> {url}
    POST /api/validate-yaml                                 {content, repoType} -> {errors, warnings}
    POST /api/{type}s/{ns}/{name}/preupload/{rev}           {files: [{path, sample, size}]} -> upload modes
    POST /{type}s/{ns}/{name}.git/info/lfs/objects/batch    LFS batch: where to PUT each object
    PUT  /lfs/{oid}                                         the object's bytes (sha256 checked)
    POST /lfs/{oid}/verify                                  {oid, size}
    POST /api/{type}s/{ns}/{name}/commit/{rev}              NDJSON: header, file (base64), lfsFile (oid)

Every request is logged with its headers and body, so a test can check what left the client.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

BINARY_SUFFIXES = (".parquet", ".arrow", ".bin")


@dataclass
class Logged:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeRepo:
    repo_id: str
    repo_type: str
    visibility: str | None
    files: dict[str, bytes] = field(default_factory=dict)
    commits: list[dict[str, Any]] = field(default_factory=list)


class FakeHub:
    def __init__(self, *, token: str) -> None:
        self.token = token
        self.repos: dict[str, FakeRepo] = {}
        self.blobs: dict[str, bytes] = {}
        self.log: list[Logged] = []
        self.garbage: Any = None
        """When set, every authenticated request gets 200 with this: bytes as an HTML page, else as JSON."""
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
                pass

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    out = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return out
                        out += self.rfile.read(size)
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _reply(self, status: int, obj: Any) -> None:
                data = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self) -> None:
                body = self._body()
                path = urlsplit(self.path).path
                hub.log.append(Logged(self.command, path, {k.lower(): v for k, v in self.headers.items()}, body))
                if not path.startswith("/lfs/") and self.headers.get("Authorization") != f"Bearer {hub.token}":
                    self._reply(401, {"error": "Invalid credentials in Authorization header"})
                    return
                if isinstance(hub.garbage, bytes):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(hub.garbage)))
                    self.end_headers()
                    self.wfile.write(hub.garbage)
                    return
                if hub.garbage is not None:
                    self._reply(200, hub.garbage)
                    return
                status, obj = hub.route(self.command, path, body, base=f"http://127.0.0.1:{hub.port}")
                self._reply(status, obj)

            do_GET = do_POST = do_PUT = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    # -- the API ----------------------------------------------------------------------------------------------
    def route(self, method: str, path: str, body: bytes, base: str) -> tuple[int, Any]:
        parts = [unquote(p) for p in path.strip("/").split("/")]
        if method == "POST" and path == "/api/repos/create":
            req = json.loads(body)
            repo_id = f"{req.get('organization') or 'me'}/{req['name']}"
            if repo_id in self.repos:
                return 409, {"error": "You already created this dataset repo", "url": f"{base}/datasets/{repo_id}"}
            self.repos[repo_id] = FakeRepo(repo_id, req.get("type") or "model", req.get("visibility"))
            return 200, {"url": f"{base}/datasets/{repo_id}"}
        if method == "POST" and path == "/api/validate-yaml":
            content = json.loads(body)["content"]
            try:
                meta = yaml.safe_load(content.split("---")[1]) if content.startswith("---") else None
            except yaml.YAMLError as exc:
                return 400, {"errors": [{"message": str(exc)}]}
            if not isinstance(meta, dict):
                return 400, {"errors": [{"message": "no YAML metadata block"}]}
            return 200, {"errors": [], "warnings": []}
        if method == "POST" and parts[:1] == ["api"] and len(parts) >= 6 and parts[4] in ("preupload", "commit"):
            repo = self.repos.get(f"{parts[2]}/{parts[3]}")
            if repo is None:
                return 404, {"error": "Repository not found"}
            if parts[4] == "preupload":
                files = json.loads(body)["files"]
                modes = [
                    {
                        "path": f["path"],
                        "uploadMode": "lfs" if f["path"].endswith(BINARY_SUFFIXES) else "regular",
                        "shouldIgnore": False,
                        "oid": None,
                    }
                    for f in files
                ]
                return 200, {"files": modes}
            return self._commit(repo, body, base)
        if method == "POST" and path.endswith(".git/info/lfs/objects/batch"):
            req = json.loads(body)
            objects = [
                {
                    "oid": o["oid"],
                    "size": o["size"],
                    "actions": {
                        "upload": {"href": f"{base}/lfs/{o['oid']}"},
                        "verify": {"href": f"{base}/lfs/{o['oid']}/verify"},
                    },
                }
                for o in req["objects"]
            ]
            return 200, {"transfer": "basic", "objects": objects}
        if method == "PUT" and parts[0] == "lfs":
            if hashlib.sha256(body).hexdigest() != parts[1]:
                return 400, {"error": "sha256 mismatch"}
            self.blobs[parts[1]] = body
            return 200, {}
        if method == "POST" and parts[0] == "lfs" and parts[-1] == "verify":
            ok = json.loads(body)["oid"] in self.blobs
            return (200, {}) if ok else (404, {"error": "object not uploaded"})
        return 404, {"error": f"no route {method} {path}"}

    def _commit(self, repo: FakeRepo, body: bytes, base: str) -> tuple[int, Any]:
        lines = [json.loads(line) for line in body.decode().splitlines() if line.strip()]
        header = lines[0]
        if header["key"] != "header":
            return 400, {"error": "first NDJSON line must be the header"}
        for item in lines[1:]:
            v = item["value"]
            if item["key"] == "file":
                repo.files[v["path"]] = base64.b64decode(v["content"])
            elif item["key"] == "lfsFile":
                if v["oid"] not in self.blobs:
                    return 400, {"error": f"LFS object {v['oid']} was never uploaded"}
                repo.files[v["path"]] = self.blobs[v["oid"]]
            else:
                return 400, {"error": f"unsupported operation {item['key']}"}
        oid = hashlib.sha1(body).hexdigest()
        repo.commits.append({"summary": header["value"]["summary"], "oid": oid})
        return 200, {"commitUrl": f"{base}/datasets/{repo.repo_id}/commit/{oid}", "commitOid": oid}
