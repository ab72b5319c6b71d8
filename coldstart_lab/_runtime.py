"""Quiet, deterministic defaults for the heavy frameworks, set before they are imported.

TensorFlow, Keras and transformers print start-up chatter (CUDA probes, oneDNN notices,
"PyTorch was not found") that would clutter notebook outputs and CLI runs. We only set
defaults: any value the user already exported wins.
"""

from __future__ import annotations

import contextlib
import os
import warnings

_DEFAULTS = {
    "KERAS_BACKEND": "tensorflow",
    "TF_CPP_MIN_LOG_LEVEL": "3",
    # oneDNN's CPU kernels: TensorFlow turns them on by itself only on CPUs with AVX-512 VNNI
    # or newer; on an AVX2 laptop (Intel or AMD) it leaves them off. On one, BERT inference
    # ran 1.2x faster with them (benchmarks/encode_throughput.py). Export 0 to compare.
    "TF_ENABLE_ONEDNN_OPTS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
}
for _key, _value in _DEFAULTS.items():
    os.environ.setdefault(_key, _value)


@contextlib.contextmanager
def _stderr_fd_silenced():
    """Send file descriptor 2 to /dev/null for the duration of the block.

    TensorFlow's C++ runtime writes a CUDA probe message straight to fd 2 before its log
    level is configured, so neither ``TF_CPP_MIN_LOG_LEVEL`` nor Python's ``sys.stderr``
    can hide it. Python exceptions are unaffected.
    """
    try:
        saved = os.dup(2)
    except OSError:  # no usable fd 2 (some embedded interpreters)
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def import_tensorflow():
    """Import and return ``tensorflow`` without its C++ start-up chatter."""
    import sys

    if "tensorflow" in sys.modules:
        return sys.modules["tensorflow"]
    with _stderr_fd_silenced():
        import tensorflow as tf  # noqa: PLC0415

        tf.get_logger().setLevel("ERROR")
        _configure_threads(tf)
        # Import the Keras/KerasHub stack while fd 2 is still quiet: tensorflow_text
        # (pulled in by keras_hub) loads more C++ libraries. keras_hub also imports
        # kagglehub, whose tqdm.auto import warns "IProgress not found" in Jupyter
        # kernels without ipywidgets; the course's progress bars do not use widgets.
        import keras  # noqa: F401, PLC0415

        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="IProgress not found")
            import keras_hub  # noqa: F401, PLC0415
    return tf


ENV_INTER_OP = "COLDSTART_LAB_INTER_OP_THREADS"
ENV_INTRA_OP = "COLDSTART_LAB_INTRA_OP_THREADS"


def _configure_threads(tf) -> None:
    """Run one TensorFlow op at a time, each using every core.

    TensorFlow's default runs several ops concurrently, each with a full thread pool; on a
    2-core laptop they fight for the cores. One op at a time measured 1.4x faster for BERT
    inference here (benchmarks/encode_throughput.py). Override with
    ``COLDSTART_LAB_INTER_OP_THREADS``; ``COLDSTART_LAB_INTRA_OP_THREADS`` sets the threads of
    one op (default: every core; ``make test-portable`` uses 1 to change the summation order).
    Ignored once TensorFlow has started executing.
    """
    threads = int(os.environ.get(ENV_INTER_OP, "1"))
    intra = int(os.environ.get(ENV_INTRA_OP, "0"))  # 0: TensorFlow's choice
    try:
        tf.config.threading.set_inter_op_parallelism_threads(threads)
        tf.config.threading.set_intra_op_parallelism_threads(intra)
    except RuntimeError:  # the runtime is already initialised: keep what it has
        pass
