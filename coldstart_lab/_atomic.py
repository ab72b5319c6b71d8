"""Write a file all at once or not at all: a temporary file in the same folder, then a rename.

Every writer in the package goes through :func:`open_atomic`, so an interrupted run never
leaves a half-written file, and finished files get the usual permissions (``0666`` minus the
umask; ``tempfile.mkstemp`` alone would leave them private to the owner).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def open_atomic(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """``with open_atomic(path) as out: out.write(...)``: a binary file that appears at
    ``path`` (replacing any old one) only when the block ends without an error."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.chmod(temp, _default_mode())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating missing parent folders."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open_atomic(path) as out:
        out.write(data)
