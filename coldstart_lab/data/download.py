"""Downloading public datasets: cached, checksummed, retried, and unpacked safely.

Only the standard library speaks HTTP here (:mod:`urllib.request`). Every file goes through
:func:`fetch`:

- **cache**: ``$COLDSTART_LAB_DATA_CACHE`` (default ``~/.cache/coldstart-lab/data``); a file
  that is already there and passes its checksum is used without any request.
- **atomic**: the download goes to a temporary file in the target folder and is renamed into
  place only once complete and verified, so the final name never holds half a file.
- **verified**: SHA-256 against a pinned value; when no value is pinned, *trust on first
  use*: the hash and size of the first download are recorded next to the file
  (``<file>.sha256.json``) and every later use (or re-download) must match that record.
- **retried**: connection failures, time-outs, cut-short bodies and HTTP 5xx/408/429 are
  tried again (3 tries, short back-off; the ``sleep`` function is injectable for tests).
- **one-line errors** (:class:`~coldstart_lab.errors.ColdstartError`) that say what went
  wrong and what to do, including when the machine is offline.

:func:`extract` unpacks a zip or tar archive into a temporary folder and renames it into
place, refusing members with absolute paths, ``..`` components, links that point outside the
folder (and any symbolic link in a zip), and special files. :func:`show_licence_once` prints
a dataset's terms the first time it is downloaded.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import shutil
import stat
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from coldstart_lab._atomic import write_bytes_atomic
from coldstart_lab.cache_dirs import data_cache_dir
from coldstart_lab.errors import ColdstartError

USER_AGENT = "coldstart-lab/0.1 (python-urllib)"
CHUNK = 1 << 20  # 1 MiB
PROGRESS_MIN_BYTES = 4 << 20  # show a progress bar for downloads of 4 MiB or more
RETRY_DELAYS = (1.0, 3.0)  # seconds before the 2nd and 3rd try
TRANSIENT_HTTP = {408, 425, 429, 500, 502, 503, 504}
OFFLINE_HINT = "the bundled datasets (shop, news, social) work offline"
RECORD_SUFFIX = ".sha256.json"
LICENCE_MARKER = ".licence-shown"
EXTRACTED_MARKER = ".extracted-from"


def sha256_of(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _notice(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- trust on first use --------------------------------------------------------------------


def record_path(target: Path) -> Path:
    """Where the trust-on-first-use record of ``target`` lives."""
    return target.with_name(target.name + RECORD_SUFFIX)


def read_record(target: Path) -> dict | None:
    path = record_path(target)
    if not path.exists():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if not re.fullmatch(r"[0-9a-f]{64}", str(record["sha256"])):
            raise ValueError("bad sha256")
        return record
    except (OSError, ValueError, KeyError, TypeError):
        raise ColdstartError(
            f"{path} is not a valid checksum record: delete it and run again "
            "(the file's current SHA-256 will be recorded again)"
        ) from None


def _write_record(target: Path, url: str, sha256: str, size: int) -> None:
    record = {
        "file": target.name,
        "url": url,
        "sha256": sha256,
        "size": size,
        "recorded_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    write_bytes_atomic(record_path(target), (json.dumps(record, indent=2) + "\n").encode("utf-8"))
    _notice(
        f"recorded SHA-256 {sha256} ({size:,} bytes) of {target.name} in "
        f"{record_path(target)} (trust on first use): later uses are checked against it"
    )


# ---- fetch ---------------------------------------------------------------------------------


class _Transient(Exception):
    """A failure worth another try."""


def fetch(
    url: str,
    sha256: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    *,
    filename: str | None = None,
    tries: int = 3,
    delays: Sequence[float] = RETRY_DELAYS,
    sleep: Callable[[float], object] = time.sleep,
    timeout: float = 60.0,
    progress: bool | None = None,
) -> Path:
    """The local path of ``url``'s file, downloading it into ``cache_dir`` when needed.

    Parameters
    ----------
    url : http(s) address of the file.
    sha256 : the expected SHA-256 (hex). ``None``: trust on first use (see module doc).
    cache_dir : folder for the file (default :func:`data_cache_dir`).
    filename : name in the cache (default: the last part of the URL's path).
    tries, delays, sleep : at most ``tries`` attempts; ``sleep(delays[i])`` between them.
    timeout : seconds without data before a try is abandoned.
    progress : show a progress bar on stderr (default: for files of 4 MiB or more).
    """
    folder = data_cache_dir(cache_dir)
    name = filename or PurePosixPath(urllib.request.urlparse(url).path).name
    if not name or name in (".", ".."):
        raise ColdstartError(f"cannot tell a file name from {url!r}: pass filename=...")
    target = folder / name
    pinned = sha256.lower() if sha256 else None
    record = None if pinned else read_record(target)
    expected = pinned or (record["sha256"] if record else None)

    if target.exists():
        actual = sha256_of(target)
        if expected is None:
            _write_record(target, url, actual, target.stat().st_size)  # placed by hand
            return target
        if actual == expected:
            return target
        _notice(
            f"{target} has SHA-256 {actual}, expected {expected}: the cached copy is damaged "
            "or was replaced, downloading it again"
        )
        target.unlink()

    folder.mkdir(parents=True, exist_ok=True)
    temp, actual, size = _download(url, target, tries, delays, sleep, timeout, progress)
    try:
        if expected is not None and actual != expected:
            if pinned:
                fix = (
                    "run again to retry (a broken connection or a proxy page can corrupt a "
                    "download); if it fails again the file changed on the server: report it "
                    "to the course maintainers"
                )
            else:
                fix = (
                    f"the file changed on the server since it was first downloaded on "
                    f"{record.get('recorded_at', '?')}: if you trust the new version, delete "
                    f"{record_path(target)} and run again"
                )
            raise ColdstartError(
                f"checksum mismatch for {name} from {url}: expected SHA-256 {expected}, "
                f"got {actual} ({size:,} bytes); nothing was kept: {fix}"
            )
        os.replace(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)
    if expected is None:
        _write_record(target, url, actual, size)
    return target


def _download(url, target: Path, tries, delays, sleep, timeout, progress):
    """Download ``url`` to a temporary file next to ``target``: (temp path, sha256, size)."""
    if tries < 1:
        raise ValueError("tries must be at least 1")
    last: Exception | None = None
    for attempt in range(tries):
        if attempt:
            sleep(delays[min(attempt - 1, len(delays) - 1)] if delays else 0.0)
        handle, temp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        try:
            with os.fdopen(handle, "wb") as out:
                digest, size = _stream(url, out, timeout, progress, target)
            return temp, digest, size
        except _Transient as error:
            last = error.__cause__ or error
            Path(temp).unlink(missing_ok=True)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    raise _give_up(url, target, tries, last) from None


def _stream(url, out, timeout, progress, target: Path) -> tuple[str, int]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    digest = hashlib.sha256()
    size = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            length = int(length) if length and length.isdigit() else None
            show = progress if progress is not None else (length or 0) >= PROGRESS_MIN_BYTES
            bar = _progress_bar(length, target.name) if show else None
            try:
                while block := response.read(CHUNK):
                    out.write(block)
                    digest.update(block)
                    size += len(block)
                    if bar is not None:
                        bar.update(len(block))
            finally:
                if bar is not None:
                    bar.close()
            if length is not None and size != length:
                raise _Transient(f"the download was cut short ({size:,} of {length:,} bytes)")
    except urllib.error.HTTPError as error:
        if error.code in TRANSIENT_HTTP:
            raise _Transient(f"HTTP {error.code} {error.reason}") from error
        raise _http_error(url, error, target) from None
    except (
        urllib.error.URLError,
        http.client.HTTPException,
        ConnectionError,
        TimeoutError,
    ) as error:
        raise _Transient(_reason(error)) from error
    return digest.hexdigest(), size


def _progress_bar(total, label):
    from tqdm import tqdm  # noqa: PLC0415  (only needed for big files)

    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=f"downloading {label}",
        file=sys.stderr,
        leave=False,
    )


def _reason(error: BaseException) -> str:
    """A short, one-line reason for a failed try."""
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        if not isinstance(error.reason, BaseException):
            return " ".join(str(error.reason).split())
        error = error.reason
    if isinstance(error, http.client.IncompleteRead):
        return "the download was cut short"
    if isinstance(error, TimeoutError):
        return "timed out"
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(str(text).split())


def _http_error(url: str, error: urllib.error.HTTPError, target: Path) -> ColdstartError:
    where = {
        401: "the server asks for a login",
        403: "the server refuses access",
        404: "the file is not there (moved or removed)",
        409: "the server refuses public access",
        410: "the file was removed",
    }.get(error.code, "the server refused the request")
    return ColdstartError(
        f"cannot download {url}: HTTP {error.code} {error.reason} ({where}): check the "
        f"dataset's home page for a new address, or download the file by hand and save it "
        f"as {target}"
    )


def _give_up(url: str, target: Path, tries: int, error: BaseException | None) -> ColdstartError:
    reason = _reason(error) if error is not None else "unknown error"
    times = "once" if tries == 1 else f"{tries} times"
    if isinstance(error, _Transient) or (
        isinstance(error, urllib.error.HTTPError) and error.code in TRANSIENT_HTTP
    ):
        return ColdstartError(
            f"cannot download {url}: {reason} (tried {times}): run again later, or download "
            f"the file by hand and save it as {target}"
        )
    return ColdstartError(
        f"cannot reach {url} ({reason}; tried {times}): check your internet connection "
        f"(you may be offline); {OFFLINE_HINT}"
    )


# ---- licences ------------------------------------------------------------------------------


def show_licence_once(folder: str | os.PathLike, dataset: str, terms: str, url: str) -> bool:
    """Print ``terms`` (to stderr) unless already shown for ``folder``; True when printed."""
    folder = Path(folder)
    marker = folder / LICENCE_MARKER
    if marker.exists():
        return False
    lines = [f"{dataset}: terms of use (shown once; full text: {url})"]
    lines += [f"  {line}" if line else "" for line in terms.strip().splitlines()]
    _notice("\n".join(lines))
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    write_bytes_atomic(marker, f"{dataset} terms shown {stamp}\n{url}\n".encode())
    return True


# ---- safe extraction -----------------------------------------------------------------------


def extract(
    archive: str | os.PathLike, dest: str | os.PathLike, fingerprint: str | None = None
) -> Path:
    """Unpack a zip or tar ``archive`` into the folder ``dest`` and return ``dest``.

    The members are checked first (nothing is written when one is unsafe), unpacked into a
    temporary folder next to ``dest`` and renamed into place. ``dest`` records
    ``fingerprint`` (the archive's SHA-256 by default): an existing ``dest`` made from the
    same archive is reused as is, one made from another version is replaced.
    """
    archive, dest = Path(archive), Path(dest)
    fingerprint = fingerprint or sha256_of(archive)
    marker = dest / EXTRACTED_MARKER
    if marker.exists() and marker.read_text(encoding="utf-8").strip() == fingerprint:
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    try:
        if zipfile.is_zipfile(archive):
            _extract_zip(archive, temp)
        elif tarfile.is_tarfile(archive):
            _extract_tar(archive, temp)
        else:
            raise ColdstartError(
                f"{archive} is neither a zip nor a tar archive: delete it and run again "
                "to download it anew"
            )
        (temp / EXTRACTED_MARKER).write_text(fingerprint + "\n", encoding="utf-8")
        if dest.exists():
            shutil.rmtree(dest)
        os.replace(temp, dest)
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)
    return dest


def _unsafe(archive: Path, member: str, why: str) -> ColdstartError:
    return ColdstartError(
        f"{archive.name} has an unsafe member {member!r} ({why}): refusing to extract it; "
        f"delete {archive} and download it again, and report it if it persists"
    )


def _check_name(archive: Path, name: str, root: Path) -> Path:
    """The path a member would be written to, if it stays inside ``root``."""
    if "\x00" in name:
        raise _unsafe(archive, name, "a NUL byte in its name")
    posix = name.replace("\\", "/")
    if posix.startswith("/") or re.match(r"^[A-Za-z]:", posix):
        raise _unsafe(archive, name, "an absolute path")
    if ".." in posix.split("/"):
        raise _unsafe(archive, name, "a '..' component")
    target = (root / posix).resolve()
    if not target.is_relative_to(root.resolve()):
        raise _unsafe(archive, name, "it points outside the destination")
    return target


def _extract_zip(archive: Path, root: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            targets = []
            for info in members:
                target = _check_name(archive, info.filename, root)
                kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when made on Windows
                if kind == stat.S_IFLNK:
                    raise _unsafe(archive, info.filename, "a symbolic link")
                if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                    raise _unsafe(archive, info.filename, "a special file")
                targets.append(target)
            for info, target in zip(members, targets, strict=True):
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(info) as source, open(target, "wb") as out:
                    shutil.copyfileobj(source, out, CHUNK)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as error:
        raise ColdstartError(
            f"{archive} is a damaged zip archive ({error}): delete it and run again"
        ) from None


def _extract_tar(archive: Path, root: Path) -> None:
    try:
        with tarfile.open(archive, "r:*") as bundle:
            members = bundle.getmembers()
            resolved_root = root.resolve()
            for member in members:
                target = _check_name(archive, member.name, root)
                if member.issym() or member.islnk():
                    link = member.linkname.replace("\\", "/")
                    if link.startswith("/") or re.match(r"^[A-Za-z]:", link):
                        raise _unsafe(archive, member.name, f"a link to the absolute path {link}")
                    base = target.parent if member.issym() else resolved_root
                    if not (base / link).resolve().is_relative_to(resolved_root):
                        raise _unsafe(archive, member.name, f"a link to {link}, outside")
                elif not (member.isfile() or member.isdir()):
                    raise _unsafe(archive, member.name, "a device, pipe or other special file")
            bundle.extractall(root, members=members, filter="data")
    except tarfile.FilterError as error:
        raise _unsafe(archive, getattr(error.tarinfo, "name", "?"), str(error)) from None
    except (tarfile.ReadError, EOFError) as error:
        raise ColdstartError(
            f"{archive} is a damaged tar archive ({error}): delete it and run again"
        ) from None
