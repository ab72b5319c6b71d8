"""``coldstart_lab.data.download`` against a file server on 127.0.0.1 (no internet needed).

The server (:class:`FileServer`) serves the files of a temporary folder and can be told to
misbehave for a path: answer an HTTP error, cut the body short, drop the connection, or
serve other bytes than the file's. Retries never sleep: the tests pass ``sleep=list.append``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import os
import socket
import tarfile
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import requests

from coldstart_lab.cache_dirs import ENV_DATA_CACHE
from coldstart_lab.data import download
from coldstart_lab.data.download import (
    RECORD_SUFFIX,
    extract,
    fetch,
    record_path,
    show_licence_once,
)
from coldstart_lab.errors import ColdstartError

PAYLOAD = b"user_id,item_id\n" + b"".join(b"u%d,i%d\n" % (i, i % 7) for i in range(2000))
SHA = hashlib.sha256(PAYLOAD).hexdigest()


class FileServer:
    """Serves ``root``'s files; ``plan[path]`` lists misbehaviours used up one per request:
    an int (HTTP status), ``"truncate"`` (half the body, full Content-Length), ``"drop"``
    (close without answering), ``"gzip-label"`` (the file labelled ``Content-Encoding: gzip``,
    as some servers do for ``.gz`` files) or bytes (served instead of the file)."""

    def __init__(self, root: Path):
        self.root = root
        self.plan: dict[str, list] = {}
        self.requests: list[str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.files = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"

    def add(self, name: str, data: bytes) -> str:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return self.url(name)

    def next_action(self, path: str):
        with self._lock:
            self.requests.append(path)
            queue = self.plan.get(path)
            return queue.pop(0) if queue else None

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection

    def log_message(self, format, *args):  # noqa: A002  (quiet)
        pass

    def do_GET(self):
        files: FileServer = self.server.files
        name = unquote(urlsplit(self.path).path).lstrip("/")
        action = files.next_action(name)
        if action == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if isinstance(action, int):
            self.send_response(action)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path = files.root / name
        if isinstance(action, bytes):
            data = action
        elif path.is_file():
            data = path.read_bytes()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if action == "gzip-label":
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2] if action == "truncate" else data)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """Requests to 127.0.0.1 must not go through a proxy from the environment."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def server(tmp_path):
    files = FileServer(tmp_path / "served")
    files.root.mkdir()
    yield files
    files.stop()


@pytest.fixture
def cache(tmp_path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def sleeps() -> list[float]:
    return []


def _leftovers(folder: Path) -> list[str]:
    """Temporary files or folders left behind (pooch's downloads are named ``tmp*``, the
    atomic writes and extraction folders ``*.tmp``)."""
    if not folder.exists():
        return []
    return sorted(
        p.name
        for p in folder.rglob("*")
        if p.name.endswith((".part", ".tmp")) or p.name.startswith("tmp")
    )


def _closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/ml-100k.zip"


# ---- fetch ---------------------------------------------------------------------------------


def test_downloads_once_then_uses_the_cache(server, cache, sleeps):
    url = server.add("data.csv", PAYLOAD)

    path = fetch(url, SHA, cache, sleep=sleeps.append)
    again = fetch(url, SHA, cache, sleep=sleeps.append)

    assert path == again == cache / "data.csv"
    assert path.read_bytes() == PAYLOAD
    assert server.requests == ["data.csv"]  # the second call made no request
    assert _leftovers(cache) == []
    assert sleeps == []


def test_cache_folder_comes_from_the_environment(server, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_CACHE, str(tmp_path / "from-env"))
    url = server.add("data.csv", PAYLOAD)

    path = fetch(url, SHA)

    assert path == tmp_path / "from-env" / "data.csv"


def test_default_cache_folder_is_under_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_DATA_CACHE, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert download.data_cache_dir() == tmp_path / ".cache" / "coldstart-lab" / "data"


def test_checksum_mismatch_keeps_nothing(server, cache, sleeps):
    url = server.add("data.csv", PAYLOAD)
    server.plan["data.csv"] = [b"an error page from a captive portal"]
    wrong = hashlib.sha256(b"an error page from a captive portal").hexdigest()

    with pytest.raises(ColdstartError) as caught:
        fetch(url, SHA, cache, sleep=sleeps.append)

    message = str(caught.value)
    assert "\n" not in message
    assert "data.csv" in message and SHA in message and wrong in message
    assert "run again" in message
    assert not (cache / "data.csv").exists()
    assert _leftovers(cache) == []
    assert sleeps == []  # a wrong file is not retried


def test_transient_failures_are_retried_with_backoff(server, cache, sleeps):
    url = server.add("data.csv", PAYLOAD)
    server.plan["data.csv"] = [503, "truncate"]

    path = fetch(url, SHA, cache, sleep=sleeps.append)

    assert path.read_bytes() == PAYLOAD
    assert server.requests == ["data.csv"] * 3
    assert sleeps == list(download.RETRY_DELAYS)
    assert _leftovers(cache) == []


def test_dropped_connections_are_retried(server, cache, sleeps):
    url = server.add("data.csv", PAYLOAD)
    server.plan["data.csv"] = ["drop"]

    assert fetch(url, SHA, cache, sleep=sleeps.append).read_bytes() == PAYLOAD
    assert len(sleeps) == 1


def test_a_body_cut_short_every_time_gives_up_after_three_tries(server, cache, sleeps):
    url = server.add("data.csv", PAYLOAD)
    server.plan["data.csv"] = ["truncate"] * 3

    with pytest.raises(ColdstartError, match="cut short") as caught:
        fetch(url, SHA, cache, sleep=sleeps.append)

    assert "\n" not in str(caught.value)
    assert "tried 3 times" in str(caught.value)
    assert len(server.requests) == 3
    assert not (cache / "data.csv").exists()
    assert _leftovers(cache) == []


def test_not_found_is_reported_at_once(server, cache, sleeps):
    url = server.url("moved.zip")

    with pytest.raises(ColdstartError) as caught:
        fetch(url, None, cache, sleep=sleeps.append)

    message = str(caught.value)
    assert "\n" not in message
    assert "HTTP 404" in message and url in message
    assert str(cache / "moved.zip") in message  # where to put a copy fetched by hand
    assert server.requests == ["moved.zip"]
    assert sleeps == []
    assert not (cache / ("moved.zip" + RECORD_SUFFIX)).exists()


def test_unreachable_server_gives_a_one_line_offline_hint(cache, sleeps):
    url = _closed_port_url()

    with pytest.raises(ColdstartError) as caught:
        fetch(url, SHA, cache, sleep=sleeps.append)

    message = str(caught.value)
    assert "\n" not in message
    assert url in message
    assert "offline" in message and "bundled datasets" in message
    assert sleeps == list(download.RETRY_DELAYS)  # tried 3 times, without really sleeping
    assert _leftovers(cache) == []


def test_damaged_cached_copy_is_downloaded_again(server, cache, capsys):
    url = server.add("data.csv", PAYLOAD)
    path = fetch(url, SHA, cache)
    path.write_bytes(b"bit rot")

    assert fetch(url, SHA, cache).read_bytes() == PAYLOAD
    assert len(server.requests) == 2
    assert "downloading it again" in capsys.readouterr().err


def test_progress_bar_goes_to_stderr(server, cache, capsys):
    url = server.add("data.csv", PAYLOAD)

    fetch(url, SHA, cache, progress=True)

    captured = capsys.readouterr()
    assert "data.csv" in captured.err
    assert captured.out == ""


@pytest.mark.parametrize(
    ("threshold", "progress", "shown"),
    [
        (len(PAYLOAD), None, True),  # as big as the threshold: a bar
        (len(PAYLOAD) + 1, None, False),  # smaller: none
        (1, False, False),  # progress=False: never
    ],
)
def test_progress_bar_only_for_big_files(
    server, cache, capsys, monkeypatch, threshold, progress, shown
):
    monkeypatch.setattr(download, "PROGRESS_MIN_BYTES", threshold)
    url = server.add("data.csv", PAYLOAD)

    fetch(url, SHA, cache, progress=progress)

    assert ("downloading data.csv" in capsys.readouterr().err) == shown


def test_a_gz_file_labelled_content_encoding_is_stored_as_sent(server, cache):
    packed = gzip.compress(PAYLOAD, mtime=0)
    url = server.add("data.csv.gz", packed)
    server.plan["data.csv.gz"] = ["gzip-label"]

    path = fetch(url, hashlib.sha256(packed).hexdigest(), cache)

    assert path.read_bytes() == packed  # not unpacked on the way


def test_pooch_logs_nothing(server, cache):
    """pooch's own log lines (and its advice to pass the hash to pooch.retrieve) are not shown:
    this module prints its own notices."""
    import pooch

    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = pooch.get_logger()
    level = logger.level
    logger.addHandler(handler)
    try:
        fetch(server.add("data.csv", PAYLOAD), None, cache)
    finally:
        logger.removeHandler(handler)
    assert records == []
    assert logger.level == level  # quiet only while fetch runs


# ---- trust on first use --------------------------------------------------------------------


def test_trust_on_first_use_records_and_then_verifies(server, cache, capsys):
    url = server.add("data.csv", PAYLOAD)

    path = fetch(url, None, cache)

    record = json.loads(record_path(path).read_text())
    assert record["sha256"] == SHA
    assert record["size"] == len(PAYLOAD)
    assert record["url"] == url
    assert "recorded SHA-256" in capsys.readouterr().err

    assert fetch(url, None, cache) == path  # verified against the record, no request
    assert server.requests == ["data.csv"]

    path.write_bytes(b"changed on disk")  # a damaged copy is fetched again and re-verified
    assert fetch(url, None, cache).read_bytes() == PAYLOAD
    assert len(server.requests) == 2


def test_trust_on_first_use_refuses_a_changed_upstream_file(server, cache):
    url = server.add("data.csv", PAYLOAD)
    path = fetch(url, None, cache)
    path.unlink()
    server.add("data.csv", PAYLOAD + b"u9,i9\n")

    with pytest.raises(ColdstartError) as caught:
        fetch(url, None, cache)

    message = str(caught.value)
    assert "\n" not in message
    assert SHA in message
    assert str(record_path(path)) in message  # how to accept the new version
    assert not path.exists()
    assert json.loads(record_path(path).read_text())["sha256"] == SHA  # record unchanged
    assert _leftovers(cache) == []


def test_a_file_placed_by_hand_is_recorded_without_a_request(server, cache, capsys):
    cache.mkdir()
    (cache / "data.csv").write_bytes(PAYLOAD)

    path = fetch(server.url("data.csv"), None, cache)

    assert server.requests == []
    assert json.loads(record_path(path).read_text())["sha256"] == SHA
    assert "trust on first use" in capsys.readouterr().err


def test_a_file_saved_meanwhile_by_another_process_is_checked_and_recorded(
    server, cache, monkeypatch
):
    url = server.add("data.csv", PAYLOAD)
    start = download._Download.__init__

    def other_process_saves_it(self, *args, **kwargs):  # after fetch looked, before pooch does
        (cache / "data.csv").write_bytes(PAYLOAD)
        start(self, *args, **kwargs)

    monkeypatch.setattr(download._Download, "__init__", other_process_saves_it)
    path = fetch(url, None, cache)

    assert path.read_bytes() == PAYLOAD
    assert server.requests == []
    assert json.loads(record_path(path).read_text())["sha256"] == SHA


def test_a_corrupt_record_is_a_one_line_error(server, cache):
    url = server.add("data.csv", PAYLOAD)
    path = fetch(url, None, cache)
    record_path(path).write_text("{not json")

    with pytest.raises(ColdstartError, match="not a valid checksum record: delete it"):
        fetch(url, None, cache)


# ---- licences ------------------------------------------------------------------------------


def test_licence_is_shown_once(tmp_path, capsys):
    folder = tmp_path / "movielens-100k"
    url = "https://example.org/README.txt"

    assert show_licence_once(folder, "movielens-100k", "Research use only.\nCite us.", url)
    first = capsys.readouterr().err
    assert not show_licence_once(folder, "movielens-100k", "Research use only.", url)
    second = capsys.readouterr().err

    assert "Research use only." in first and "Cite us." in first and url in first
    assert second == ""


# ---- safe extraction -----------------------------------------------------------------------


def _zip(members: dict[str, bytes], symlinks: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            bundle.writestr(zipfile.ZipInfo(name), data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16) | 0x20
            bundle.writestr(info, target)
    return buffer.getvalue()


def _tar(members: dict[str, bytes], links: dict[str, tuple[bytes, str]] | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as bundle:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            bundle.addfile(info, io.BytesIO(data))
        for name, (kind, target) in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = target
            bundle.addfile(info)
    return buffer.getvalue()


def test_extracts_a_zip_into_place_and_reuses_it(tmp_path):
    archive = tmp_path / "ml.zip"
    archive.write_bytes(_zip({"ml/u.data": b"1\t2\t3\t4\n", "ml/sub/u.item": b"x"}))
    dest = tmp_path / "out" / "ml"

    assert extract(archive, dest) == dest
    assert (dest / "ml" / "u.data").read_bytes() == b"1\t2\t3\t4\n"
    assert (dest / "ml" / "sub" / "u.item").read_bytes() == b"x"
    stamp = (dest / "ml" / "u.data").stat().st_mtime_ns

    extract(archive, dest)  # same archive: nothing is unpacked again
    assert (dest / "ml" / "u.data").stat().st_mtime_ns == stamp
    assert _leftovers(tmp_path / "out") == []

    archive.write_bytes(_zip({"ml/u.data": b"new"}))  # a new version replaces the old
    extract(archive, dest)
    assert (dest / "ml" / "u.data").read_bytes() == b"new"
    assert not (dest / "ml" / "sub").exists()


def test_extracts_a_tar(tmp_path):
    archive = tmp_path / "data.tar.gz"
    archive.write_bytes(
        _tar({"data/a.txt": b"a"}, links={"data/b.txt": (tarfile.SYMTYPE, "a.txt")})
    )

    dest = extract(archive, tmp_path / "data")

    assert (dest / "data" / "a.txt").read_bytes() == b"a"
    assert (dest / "data" / "b.txt").read_bytes() == b"a"  # a link that stays inside is fine


@pytest.mark.parametrize(
    ("kind", "build", "why"),
    [
        ("zip", lambda: _zip({"ok.txt": b"ok", "../evil.txt": b"evil"}), "'..' component"),
        ("zip", lambda: _zip({"ok.txt": b"ok", "/tmp/abs-evil.txt": b"evil"}), "absolute path"),
        ("zip", lambda: _zip({"a/../../evil.txt": b"evil"}), "'..' component"),
        ("zip", lambda: _zip({"C:/evil.txt": b"evil"}), "absolute path"),
        ("zip", lambda: _zip({"ok.txt": b"ok"}, symlinks={"link": "../../etc"}), "symbolic link"),
        ("tar", lambda: _tar({"ok.txt": b"ok", "../evil.txt": b"evil"}), "'..' component"),
        ("tar", lambda: _tar({"/tmp/abs-evil.txt": b"evil"}), "absolute path"),
        (
            "tar",
            lambda: _tar({}, links={"link": (tarfile.SYMTYPE, "../../evil.txt")}),
            "outside",
        ),
        ("tar", lambda: _tar({}, links={"link": (tarfile.SYMTYPE, "/etc/passwd")}), "absolute"),
        ("tar", lambda: _tar({}, links={"hard": (tarfile.LNKTYPE, "../evil.txt")}), "outside"),
        (  # "a/b" looks inside until "a" exists: tarfile's "data" filter catches it
            "tar",
            lambda: _tar(
                {}, links={"a": (tarfile.SYMTYPE, "."), "a/b": (tarfile.SYMTYPE, "../evil.txt")}
            ),
            "outside",
        ),
    ],
)
def test_unsafe_archives_are_refused_and_nothing_is_written(tmp_path, kind, build, why):
    archive = tmp_path / f"bad.{kind}"
    archive.write_bytes(build())
    work = tmp_path / "work"
    work.mkdir()
    dest = work / "inside" / "bad"
    before = sorted(p.name for p in tmp_path.rglob("*"))

    with pytest.raises(ColdstartError) as caught:
        extract(archive, dest)

    message = str(caught.value)
    assert "\n" not in message
    assert "unsafe member" in message and why in message
    assert not dest.exists()
    assert not Path("/tmp/abs-evil.txt").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([*before, "inside"])
    assert list((work / "inside").iterdir()) == []  # no temporary folder left


def test_a_file_that_is_no_archive_is_reported(tmp_path):
    archive = tmp_path / "ml-100k.zip"
    archive.write_bytes(b"<html>not a zip</html>")

    with pytest.raises(ColdstartError, match="neither a zip nor a tar archive"):
        extract(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_damaged_zip_is_reported(tmp_path):
    data = bytearray(_zip({"a.txt": b"x" * 5000}))
    start = data.index(b"a.txt") + 5
    data[start + 10 : start + 40] = bytes(30)  # damage the compressed bytes, not the index
    archive = tmp_path / "broken.zip"
    archive.write_bytes(bytes(data))

    with pytest.raises(ColdstartError, match="damaged zip archive") as caught:
        extract(archive, tmp_path / "out")
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["broken.zip"]


def test_no_temporary_file_stays_when_the_process_is_interrupted(server, cache, monkeypatch):
    url = server.add("data.csv", PAYLOAD)
    written = []

    def interrupted(self, chunk_size=1, decode_unicode=False):  # Ctrl+C after the first block
        yield PAYLOAD[:1000]
        written.extend(p.name for p in cache.iterdir())  # the partial temporary file
        raise KeyboardInterrupt

    monkeypatch.setattr(requests.models.Response, "iter_content", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fetch(url, SHA, cache)
    assert len(written) == 1  # a temporary file was being written...
    assert not (cache / "data.csv").exists()
    assert _leftovers(cache) == []
    assert os.listdir(cache) == []  # ...and is gone
