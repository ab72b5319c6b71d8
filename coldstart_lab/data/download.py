"""Downloading public datasets: cached, checksummed, retried, and unpacked safely.

The transfer itself is pooch's (:meth:`pooch.Pooch.fetch` with a :class:`pooch.HTTPDownloader`,
HTTP through requests): the file streams into a temporary file in the cache folder, is moved
into place only once complete and verified (its SHA-256 is computed as the bytes stream), and
is deleted on any failure (also Ctrl+C), so the final name never holds half a file or a wrong
one. :func:`fetch` adds around it:

- **cache**: ``$COLDSTART_LAB_DATA_CACHE`` (default: ``data/`` in the user cache folder, see
  :mod:`coldstart_lab.cache_dirs`); a file that is already there and passes its checksum is
  used without any request, a damaged one is deleted before it is downloaded again.
- **trust on first use** when no SHA-256 is pinned: the hash and size of the first download
  are recorded next to the file (``<file>.sha256.json``) and every later use (or
  re-download) must match that record.
- **retries**: connection failures, time-outs, cut-short bodies and HTTP 5xx/408/425/429 are
  tried again (3 tries, 1 s then 3 s apart; the ``sleep`` function is injectable for tests).
- **one-line errors** (:class:`~coldstart_lab.errors.ColdstartError`) that say what went
  wrong and what to do, including when the machine is offline.
- a **progress bar** on stderr, labelled with the file name, for files of 4 MiB or more.

:func:`extract` checks every member of a zip or tar archive first (no absolute paths, no
``..`` components, no link that points outside the folder, no symbolic link in a zip, no
special files), then unpacks it into a temporary folder (tar: with the ``"data"`` filter) and
renames that into place. pooch's Unzip and Untar are not used: they check no member.
:func:`show_licence_once` prints a dataset's terms the first time it is downloaded.

pooch and requests are imported on first use: ``import coldstart_lab.data`` stays as quick.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import stat
import sys
import tarfile
import tempfile
import time
import urllib.parse
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from coldstart_lab._atomic import write_bytes_atomic
from coldstart_lab.cache_dirs import data_cache_dir
from coldstart_lab.errors import ColdstartError

USER_AGENT = "coldstart-lab/0.1 (pooch)"
# "identity": ask for the bytes as stored (the SHA-256 values are of those), no compression
HEADERS = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
CHUNK = 1 << 20  # 1 MiB (pooch's default chunk, 1 KiB, makes a 50 MB download much slower)
PROGRESS_MIN_BYTES = 4 << 20  # show a progress bar for downloads of 4 MiB or more
RETRY_DELAYS = (1.0, 3.0)  # seconds before the 2nd and 3rd try
TRANSIENT_HTTP = {408, 425, 429, 500, 502, 503, 504}
OFFLINE_HINT = "the bundled datasets (shop, news, social) work offline"
RECORD_SUFFIX = ".sha256.json"
LICENCE_MARKER = ".licence-shown"
EXTRACTED_MARKER = ".extracted-from"


def sha256_of(path: str | os.PathLike) -> str:
    import pooch  # noqa: PLC0415  (see the module doc)

    return pooch.file_hash(os.fspath(path), alg="sha256")


def _notice(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def _quiet_pooch() -> Iterator[None]:
    """pooch logs every download to stderr ("Downloading file 'x' from ..."): this module
    prints its own notices instead."""
    import pooch  # noqa: PLC0415

    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


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
    if tries < 1:
        raise ValueError("tries must be at least 1")
    folder = data_cache_dir(cache_dir)
    name = filename or PurePosixPath(urllib.parse.urlparse(url).path).name
    if not name or name in (".", ".."):
        raise ColdstartError(f"cannot tell a file name from {url!r}: pass filename=...")
    target = folder / name
    pinned = sha256.lower() if sha256 else None
    record = None if pinned else read_record(target)
    expected = pinned or (record["sha256"] if record else None)

    # The cached copy is checked here, not by pooch: given a hash, pooch leaves a damaged copy
    # in place until a good one replaces it (for good, if the download fails), and it cannot
    # record a file placed by hand.
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
    actual, size = _download(url, target, expected, record, tries, delays, sleep, timeout, progress)
    if expected is None:
        _write_record(target, url, actual, size)
    return target


def _download(url, target: Path, expected, record, tries, delays, sleep, timeout, progress):
    """Download ``url`` to ``target`` with pooch, retrying transient failures: (SHA-256, size).

    Not ``pooch.retrieve``, nor a hash in the registry: pooch checks a hash by reading the file
    again once written, and ``retrieve`` hashes it even without one (for its log line), so a
    trust-on-first-use download was read twice more (half the speed of a local 50 MB
    download); :class:`_Download` hashes the bytes as they stream instead.
    Not pooch's retries (``retry_if_failed``): fixed 1 s, 2 s waits with ``time.sleep`` (no
    delays or sleep to pass), and a 404 or a mismatch is retried too.
    """
    import pooch  # noqa: PLC0415
    import requests  # noqa: PLC0415  (pooch's HTTPDownloader uses it: its errors are requests')

    repository = pooch.Pooch(
        path=target.parent, base_url="", registry={target.name: None}, urls={target.name: url}
    )
    last: Exception | None = None
    for attempt in range(tries):
        if attempt:
            sleep(delays[min(attempt - 1, len(delays) - 1)] if delays else 0.0)
        download = _Download(target.name, expected, progress, timeout)
        try:
            with _quiet_pooch():
                repository.fetch(target.name, downloader=download)
            if download.sha256 is None:  # pooch found it in place: saved by another process
                return sha256_of(target), target.stat().st_size
            return download.sha256, download.size
        except _Mismatch:  # not retried: a second try would most likely get the same file
            raise _mismatch(url, target, expected, record, download) from None
        except requests.HTTPError as error:
            if error.response is None or error.response.status_code not in TRANSIENT_HTTP:
                raise _http_error(url, error, target) from None
            last = error
        except (
            requests.ConnectionError,
            requests.Timeout,
            requests.exceptions.ChunkedEncodingError,  # urllib3 2: a body cut short
        ) as error:
            last = error
        except requests.RequestException as error:  # a malformed address, another scheme, ...
            raise ColdstartError(
                f"cannot download {url}: {_reason(error)}: check the address, or download the "
                f"file by hand and save it as {target}"
            ) from None
    raise _give_up(url, target, tries, last) from None


class _Mismatch(Exception):
    """The downloaded bytes do not have the expected SHA-256."""


class _Download:
    """pooch's HTTPDownloader, hashing the bytes on their way into pooch's temporary file; a
    mismatch raises before pooch moves the file into place (pooch then deletes it)."""

    def __init__(self, label: str, expected: str | None, progress: bool | None, timeout: float):
        import pooch  # noqa: PLC0415

        self.expected = expected
        self.bar = _ProgressBar(label, progress) if progress is not False else False
        self.http = pooch.HTTPDownloader(
            progressbar=self.bar,
            chunk_size=CHUNK,
            timeout=timeout,
            headers=HEADERS,
            hooks={"response": _bytes_as_sent},
        )
        self.digest = hashlib.sha256()
        self.size = 0
        self.sha256: str | None = None
        self._out = None

    def __call__(self, url: str, output_file: str, pooch_instance) -> None:
        try:
            with open(output_file, "wb") as self._out:
                self.http(url, self, pooch_instance)  # pooch writes to self (a file object)
        finally:
            self._out = None
            if self.bar:
                self.bar.close()  # pooch leaves it open when the transfer fails
        self.sha256 = self.digest.hexdigest()
        if self.expected is not None and self.sha256 != self.expected:
            raise _Mismatch

    def write(self, block: bytes) -> None:
        self._out.write(block)
        self.digest.update(block)
        self.size += len(block)

    def flush(self) -> None:
        self._out.flush()


def _bytes_as_sent(response, *args, **kwargs) -> None:
    """A requests hook that keeps the bytes as sent (as urllib did): requests would unpack a
    ``.gz`` served with ``Content-Encoding: gzip`` (a common Apache setting), and the SHA-256
    values are of the packed files. The body is not read yet when the label goes."""
    response.raw.headers.pop("Content-Encoding", None)


class _ProgressBar:
    """A custom progress bar for pooch's HTTPDownloader: pooch's own (``progressbar=True``)
    has no file name and must be chosen before the size is known. A tqdm bar opens when pooch
    sets ``total`` (the Content-Length), if ``show`` or the file is big enough."""

    def __init__(self, label: str, show: bool | None):
        from tqdm import tqdm  # noqa: PLC0415  (pooch imports it anyway)

        self.tqdm, self.label, self.show = tqdm, label, show
        self.bar = tqdm(disable=True)

    def __getattr__(self, name: str):  # update, reset, close
        return getattr(self.bar, name)

    @property
    def total(self) -> int | None:
        return self.bar.total

    @total.setter
    def total(self, total: int) -> None:
        if self.show or total >= PROGRESS_MIN_BYTES:
            self.bar = self.tqdm(
                total=total or None,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc=f"downloading {self.label}",
                file=sys.stderr,
                leave=False,
            )


def _reason(error: BaseException) -> str:
    """A short, one-line reason for a failed try: requests wraps urllib3's errors, which wrap
    the socket's; the innermost one says it best ("Connection refused")."""
    import requests  # noqa: PLC0415

    if isinstance(error, requests.HTTPError) and error.response is not None:
        return f"HTTP {error.response.status_code} {error.response.reason}"
    if isinstance(error, requests.exceptions.ChunkedEncodingError):
        return "the download was cut short"
    if isinstance(error, requests.Timeout):
        return "timed out"
    for _ in range(8):
        if isinstance(error, TimeoutError):
            return "timed out"
        if isinstance(error, OSError) and error.strerror:
            break
        inner = [getattr(error, "reason", None), *error.args, error.__cause__]
        nested = next((e for e in inner if isinstance(e, BaseException)), None)
        if nested is None:
            break
        error = nested
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(str(text).split())


def _http_error(url: str, error, target: Path) -> ColdstartError:
    status = error.response.status_code if error.response is not None else 0
    where = {
        401: "the server asks for a login",
        403: "the server refuses access",
        404: "the file is not there (moved or removed)",
        409: "the server refuses public access",
        410: "the file was removed",
    }.get(status, "the server refused the request")
    return ColdstartError(
        f"cannot download {url}: {_reason(error)} ({where}): check the dataset's home page for "
        f"a new address, or download the file by hand and save it as {target}"
    )


def _mismatch(url: str, target: Path, expected: str, record, download: _Download):
    if record is None:  # pinned
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
    return ColdstartError(
        f"checksum mismatch for {target.name} from {url}: expected SHA-256 {expected}, "
        f"got {download.sha256} ({download.size:,} bytes); nothing was kept: {fix}"
    )


def _give_up(url: str, target: Path, tries: int, error: BaseException | None) -> ColdstartError:
    import requests  # noqa: PLC0415

    reason = _reason(error) if error is not None else "unknown error"
    times = "once" if tries == 1 else f"{tries} times"
    if isinstance(error, requests.HTTPError | requests.exceptions.ChunkedEncodingError):
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
    """Check every member, then unpack them in 1 MiB blocks.

    Not pooch's Unzip: it checks nothing (``zipfile.extractall`` quietly rewrites absolute and
    ``..`` names), and its 64 KiB blocks took 8-10 % more CPU time on a 20 MB zip
    (``benchmarks/download_speed.py``).
    """
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
    """Check every member, then unpack them with tarfile's ``"data"`` filter.

    Not pooch's Untar: it checks nothing, and passes the ``"data"`` filter only on Python 3.12
    or later (this package supports 3.11). The filter also catches what the checks below
    cannot see before extraction, such as a link placed under an earlier link.
    """
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
