"""Where coldstart-lab keeps what it computes or downloads, one resolver for every cache.

- :func:`default_cache_dir`: embeddings and frozen layer outputs;
  ``$COLDSTART_LAB_CACHE``, else the platform's user cache folder (platformdirs:
  ``$XDG_CACHE_HOME/coldstart-lab`` or ``~/.cache/coldstart-lab`` on Linux,
  ``~/Library/Caches/coldstart-lab`` on macOS, ``%LOCALAPPDATA%\\coldstart-lab\\Cache`` on
  Windows).
- :func:`data_cache_dir`: downloaded public datasets; ``$COLDSTART_LAB_DATA_CACHE``, else
  ``data/`` in that same user cache folder.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "coldstart-lab"
ENV_CACHE_DIR = "COLDSTART_LAB_CACHE"
ENV_DATA_CACHE = "COLDSTART_LAB_DATA_CACHE"


def user_cache_root() -> Path:
    """The platform's user cache folder for coldstart-lab (no environment override)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def default_cache_dir() -> Path:
    """``$COLDSTART_LAB_CACHE`` if set, else :func:`user_cache_root`."""
    root = os.environ.get(ENV_CACHE_DIR)
    if root:
        return Path(root).expanduser()
    return user_cache_root()


def data_cache_dir(cache_dir: str | os.PathLike | None = None) -> Path:
    """``cache_dir`` if given, else ``$COLDSTART_LAB_DATA_CACHE``, else ``data/`` in
    :func:`user_cache_root`."""
    if cache_dir is not None:
        return Path(cache_dir).expanduser()
    override = os.environ.get(ENV_DATA_CACHE)
    if override:
        return Path(override).expanduser()
    return user_cache_root() / "data"


def use_private_caches(prefix: str = "coldstart-lab-") -> Path:
    """Point this process, and every process it starts, at new empty cache folders.

    Sets ``$COLDSTART_LAB_CACHE`` (embeddings, frozen layer outputs) to a new temporary folder
    and ``$COLDSTART_LAB_DATA_CACHE`` to ``data/`` inside it, whatever they held, and removes
    the folder when the process exits. The test suites call it so that no result depends on
    vectors another run left in ``~/.cache``. Returns the folder.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ[ENV_CACHE_DIR] = str(folder)
    os.environ[ENV_DATA_CACHE] = str(folder / "data")
    return folder
