"""The same :class:`BertEncoder` as a distributed batch job on Ray Data (an optional extra).

When a catalogue has tens of millions of texts, one process encoding them one batch after
another takes days. A batch engine cuts the texts into blocks and hands them to many worker
processes, on one machine or on a cluster. :func:`encode_with_ray` does this with
`Ray Data <https://docs.ray.io/en/latest/data/data.html>`_:

- the texts become a Ray dataset of ``{"row", "text"}`` records, cut into blocks;
- ``map_batches`` runs :class:`BertBatchEncoder`, a *class* UDF, on a pool of actors: each
  actor is a long-lived worker process that loads the model once in its constructor and then
  encodes batch after batch (a plain function would reload the model for every batch);
- the vectors come back in whatever order the actors finish, and are put back in input order
  with the ``row`` column.

Without an ``address`` it starts a Ray node on this machine ("local mode": the same code a
cluster runs, with this machine as the only node) and shuts it down afterwards, quietly (no
dashboard, no worker logs) and with one start-up workaround for busy machines (see
``SLOW_OPTIONAL_MODULE``).

Ray is an optional extra (``pip install "coldstart-lab[scale]"``); it is imported when
:func:`encode_with_ray` runs, never when :mod:`coldstart_lab.text` is imported.
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from coldstart_lab._runtime import ENV_INTRA_OP
from coldstart_lab.errors import ColdstartError
from coldstart_lab.text.encoders import BertEncoder, check_texts
from coldstart_lab.text.pretrained import PretrainedModel, locate_model

INSTALL_SCALE = 'pip install "coldstart-lab[scale]"'


def import_ray():
    """The ``ray`` module with Ray Data loaded, or a one-line error naming the install."""
    # Ray logs at import, in a notebook without ipywidgets, that it could show richer output.
    logging.getLogger("ray.widgets.util").setLevel(logging.WARNING)
    try:
        import ray  # noqa: PLC0415
        import ray.data  # noqa: F401, PLC0415
    except ImportError:
        raise ColdstartError(f"Ray Data is not installed: {INSTALL_SCALE}") from None
    return ray


class BertBatchEncoder:
    """A Ray Data class UDF: one :class:`BertEncoder` per actor, built once, reused per batch.

    Parameters
    ----------
    model : PretrainedModel
        The checkpoint, located once by the driver (so that no actor downloads it again).
    max_length, batch_size, jit_compile : as :class:`BertEncoder` (``batch_size`` is the
        forward-pass size inside one Ray batch).
    threads : int
        TensorFlow threads per operation in this actor: its share of the cores (every actor
        using all cores would make them fight for the same cores).

    ``__call__`` takes a batch ``{"row": (b,), "text": (b,)}`` and returns
    ``{"row": (b,), "vector": (b, dim)}``.
    """

    def __init__(self, model, max_length=None, batch_size=None, jit_compile=False, threads=1):
        # Read by coldstart_lab._runtime when TensorFlow starts, i.e. in the encoder below.
        os.environ.setdefault(ENV_INTRA_OP, str(int(threads)))
        self.encoder = BertEncoder(
            model,
            batch_size=batch_size,
            max_length=max_length,
            jit_compile=jit_compile,
            show_progress=False,
        )

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        vectors = self.encoder.encode([str(text) for text in batch["text"]])
        return {"row": np.asarray(batch["row"], np.int64), "vector": vectors}


def encode_with_ray(
    texts: Iterable[str],
    model: str | os.PathLike | PretrainedModel | None = None,
    *,
    num_workers: int = 2,
    batch_size: int = 256,
    cpus_per_worker: int = 1,
    encoder_batch_size: int | None = None,
    max_length: int | None = None,
    jit_compile: bool = False,
    address: str | None = None,
) -> np.ndarray:
    """Embed ``texts`` with :class:`BertEncoder` running on a pool of Ray actors.

    Parameters
    ----------
    texts : list of str
        What to embed, ``n`` of them.
    model : as :class:`BertEncoder` (``None``: the bundled all-MiniLM-L6-v2).
    num_workers : int, default 2
        Actors, each holding one copy of the model.
    batch_size : int, default 256
        Texts per Ray batch (the unit of work an actor receives). The texts are cut into
        ``ceil(n / batch_size)`` blocks, so that every actor gets work.
    cpus_per_worker : int, default 1
        CPUs Ray reserves for each actor, and TensorFlow threads per operation in it.
    encoder_batch_size, max_length, jit_compile
        Passed to each actor's :class:`BertEncoder` (``batch_size``, ``max_length``,
        ``jit_compile``).
    address : str, optional
        An existing Ray cluster to run on (``"auto"``, ``"ray://host:10001"``). By default a
        local Ray node with ``num_workers * cpus_per_worker`` CPUs is started and shut down
        afterwards; a Ray already initialised in this process is used as it is.

    Returns
    -------
    float32 array ``(n, dim)`` in the order of ``texts``: the vectors
    ``BertEncoder(model).encode(texts)`` gives, up to float rounding (about 1e-6: the batches
    are padded differently).
    """
    items = check_texts(texts)
    for name, value in (("num_workers", num_workers), ("batch_size", batch_size)):
        if int(value) < 1:
            raise ValueError(f"{name} must be at least 1, got {value}")
    if int(cpus_per_worker) < 1:
        raise ValueError(f"cpus_per_worker must be at least 1, got {cpus_per_worker}")
    ray = import_ray()
    pretrained = model if isinstance(model, PretrainedModel) else locate_model(model)
    if not items:
        return np.zeros((0, _hidden_size(pretrained)), np.float32)
    settings = {
        "model": pretrained,
        "threads": int(cpus_per_worker),
        "max_length": max_length,
        "batch_size": encoder_batch_size,
        "jit_compile": jit_compile,
    }
    if ray.is_initialized():  # the caller's Ray: use it, leave it running
        return _run(ray, items, settings, int(num_workers), int(batch_size))
    with tempfile.TemporaryDirectory(prefix="coldstart-ray-") as folder:
        _start_ray(ray, int(num_workers) * int(cpus_per_worker), address, Path(folder))
        try:
            return _run(ray, items, settings, int(num_workers), int(batch_size))
        finally:
            ray.shutdown()


def _run(ray, items: list[str], settings: dict, num_workers: int, batch_size: int) -> np.ndarray:
    """The Ray Data job: blocks of ``{"row", "text"}`` -> actors -> ``(n, dim)`` in row order."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    records = [{"row": row, "text": text} for row, text in enumerate(items)]
    dataset = ray.data.from_items(records, override_num_blocks=-(-len(items) // batch_size))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
        vectors = dataset.map_batches(
            BertBatchEncoder,
            fn_constructor_kwargs=settings,
            batch_size=batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=num_workers),
            num_cpus=settings["threads"],
            **_no_restarts(ray),
        )
    rows, parts = [], []
    data_logger = logging.getLogger("ray.data")
    level = data_logger.level
    data_logger.setLevel(logging.ERROR)  # no "execution finished" lines in the notebook
    try:
        for batch in vectors.iter_batches(batch_format="numpy", batch_size=None):
            rows.append(batch["row"])
            parts.append(batch["vector"])
    finally:
        data_logger.setLevel(level)
    rows = np.concatenate(rows)
    if not np.array_equal(np.sort(rows), np.arange(len(items))):
        raise ColdstartError(f"Ray returned {len(rows)} vectors for {len(items)} texts: rerun it")
    out = np.empty((len(items), parts[0].shape[1]), np.float32)
    out[rows] = np.concatenate(parts)
    return out


def _no_restarts(ray) -> dict:
    """``{"max_restarts": 0}`` while Ray Data takes extra actor options: a failed actor then
    fails the job, and the driver does not log a warning about restarting actors whose
    constructor arguments sit in the object store (Ray 2.60 deprecates the extra options)."""
    parameters = inspect.signature(ray.data.Dataset.map_batches).parameters.values()
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return {}
    return {"max_restarts": 0}


# Ray's helper processes (dashboard and runtime-env agents, monitors) and its workers each
# import jsonschema, which imports rfc3987-syntax when it is installed (Jupyter installs it).
# That package compiles about thirty grammars on import: ~3 s of CPU per process. The raylet
# gives its agents a fixed 15 s to start, so on a busy 2-core machine the node failed to start.
# A node we start therefore gets a folder first on PYTHONPATH whose `rfc3987_syntax` raises
# ImportError, which jsonschema reads as "not installed": it skips its optional IRI format
# check, which Ray does not use. This process's own environment is restored right after.
SLOW_OPTIONAL_MODULE = "rfc3987_syntax"


def _start_ray(ray, num_cpus: int, address: str | None, folder: Path) -> None:
    """Start a local Ray node (or join ``address``) without chatter, dashboard or worker logs."""
    options = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    saved = os.environ.get("PYTHONPATH")
    try:
        if address is None:
            stub = folder / SLOW_OPTIONAL_MODULE
            stub.mkdir()
            (stub / "__init__.py").write_text('raise ImportError("skipped for Ray start-up")\n')
            os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), saved]))
            ray.init(num_cpus=num_cpus, **options)
        else:
            ray.init(address=address, **options)
    except Exception as error:  # Ray raises bare Exceptions for a node that fails to start
        first = (str(error).splitlines() or [type(error).__name__])[0][:160]
        raise ColdstartError(
            f"Ray could not start ({first}): on a busy machine its helper processes can miss "
            "their start-up deadline; retry when the machine is less loaded"
        ) from None
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def _hidden_size(pretrained: PretrainedModel) -> int:
    """The vector width from the checkpoint's config, without loading the model."""
    config = json.loads((pretrained.path / "config.json").read_text(encoding="utf-8"))
    return int(config["hidden_size"])
