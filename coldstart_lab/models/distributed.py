"""Data-parallel Keras training with ``tf.distribute.MirroredStrategy``, shown on one CPU.

Data parallelism: every device (GPU, TPU core, or here a *logical* CPU device) holds a copy
of the model. Each step, the global batch is cut into one slice per device; each copy computes
the gradient of its slice; the gradients are summed across devices (an *all-reduce*) and
every copy applies the same update, so the copies stay identical. With the same global batch
this is the same computation as one device training on the whole batch, up to the order of
float additions: :func:`compare_data_parallel` trains both ways and reports both.

A machine's CPU can be split into several logical devices, but only before TensorFlow
initialises, which a notebook kernel that already ran TensorFlow cannot do. So the
demonstration runs in a fresh process::

    python -m coldstart_lab.models.distributed --devices 2            # synthetic data
    python -m coldstart_lab.models.distributed --devices 2 --data xy.npz

which prints one JSON object; :func:`data_parallel_demo` runs it and returns the result.

The model is a small tower on frozen features (``x`` ``(n, d)`` -> ``y`` ``(n, m)``, one
hidden ReLU layer, MSE), the kind of head that maps frozen LM vectors to collaborative
signals elsewhere in the course.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from coldstart_lab.errors import ColdstartError

MODULE = "coldstart_lab.models.distributed"


def configure_cpu_devices(n: int) -> list[str]:
    """Split the CPU into ``n`` logical devices; returns their names (``/device:CPU:0``, ...).

    Must run before TensorFlow executes anything in this process (a one-line error says so
    otherwise). With ``n`` already configured it returns them unchanged.
    """
    if int(n) < 1:
        raise ValueError(f"the number of devices must be at least 1, got {n}")
    from coldstart_lab._runtime import import_tensorflow  # noqa: PLC0415

    tf = import_tensorflow()
    cpu = tf.config.list_physical_devices("CPU")[0]
    try:
        tf.config.set_logical_device_configuration(
            cpu, [tf.config.LogicalDeviceConfiguration() for _ in range(int(n))]
        )
    except RuntimeError:  # TensorFlow already initialised its devices in this process
        names = [d.name for d in tf.config.list_logical_devices("CPU")]
        if len(names) == int(n):
            return names
        raise ColdstartError(
            f"TensorFlow already started with {len(names)} CPU device(s) in this process, "
            f"so it cannot be split into {n}: run `python -m {MODULE} --devices {n}` instead"
        ) from None
    return [d.name for d in tf.config.list_logical_devices("CPU")]


def train_head(
    x: np.ndarray,
    y: np.ndarray,
    *,
    replicas: int = 1,
    hidden_units: int = 64,
    epochs: int = 20,
    global_batch_size: int = 64,
    learning_rate: float = 3e-3,
    validation_fraction: float = 0.2,
    seed: int = 0,
) -> dict:
    """Train the small tower ``x`` ``(n, d)`` -> ``y`` ``(n, m)`` on ``replicas`` devices.

    ``replicas=1`` trains on the first CPU device without a distribution strategy;
    ``replicas > 1`` uses ``MirroredStrategy`` over the first ``replicas`` logical CPU devices
    (configured with :func:`configure_cpu_devices`). Either way each step uses
    ``global_batch_size`` rows (split evenly across the replicas; the last, partial batch of
    an epoch is dropped), in the same seeded order, from the same seeded initial weights.

    Returns
    -------
    dict: ``replicas`` (as the strategy reports it), ``devices``, ``train_loss`` (MSE of the
    last epoch), ``val_mse`` and ``val_r2`` (on the held-out ``validation_fraction`` of the
    rows, targets standardised on the training rows), ``epochs``, ``steps``, ``seconds``.
    """
    x = np.asarray(x, np.float32)
    y = np.asarray(y, np.float32)
    if y.ndim == 1:
        y = y[:, None]
    if x.ndim != 2 or len(x) != len(y):
        raise ValueError(f"x must be (n, d) and y (n,) or (n, m), got {x.shape} and {y.shape}")
    replicas, batch = int(replicas), int(global_batch_size)
    for name, value in (("replicas", replicas), ("epochs", epochs), ("hidden_units", hidden_units)):
        if int(value) < 1:
            raise ValueError(f"{name} must be at least 1, got {value}")
    if batch < replicas or batch % replicas:
        raise ValueError(
            f"global_batch_size ({batch}) must be a multiple of replicas ({replicas}): "
            "each replica takes an equal slice"
        )
    if not 0 < float(validation_fraction) < 1:
        raise ValueError(f"validation_fraction must be in (0, 1), got {validation_fraction}")
    order = np.random.default_rng(seed).permutation(len(x))
    n_val = max(1, int(round(float(validation_fraction) * len(x))))
    val, fit = order[:n_val], order[n_val:]
    if len(fit) < batch:
        raise ColdstartError(
            f"{len(fit)} training rows are fewer than one global batch ({batch}): "
            "use more rows or a smaller global_batch_size"
        )
    mean, std = y[fit].mean(axis=0), y[fit].std(axis=0) + 1e-6
    z = (y - mean) / std

    from coldstart_lab.models.mf import import_keras  # noqa: PLC0415

    keras = import_keras()
    import tensorflow as tf  # noqa: PLC0415  (loaded by import_keras)

    devices = [d.name for d in tf.config.list_logical_devices("CPU")]
    if replicas > len(devices):
        raise ColdstartError(
            f"{replicas} replicas need {replicas} CPU devices, this process has "
            f"{len(devices)}: run `python -m {MODULE} --devices {replicas}`"
        )
    used = devices[:replicas]
    if replicas == 1:
        strategy = tf.distribute.OneDeviceStrategy(used[0])
    else:
        strategy = tf.distribute.MirroredStrategy(
            used, cross_device_ops=tf.distribute.ReductionToOneDevice()
        )

    keras.utils.set_random_seed(int(seed))
    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.OFF
    data = (
        tf.data.Dataset.from_tensor_slices((x[fit], z[fit]))
        .shuffle(len(fit), seed=int(seed), reshuffle_each_iteration=True)
        .batch(batch, drop_remainder=True)
        .with_options(options)
    )
    with strategy.scope():
        model = keras.Sequential(
            [
                keras.Input(shape=(x.shape[1],)),
                keras.layers.Dense(int(hidden_units), activation="relu"),
                keras.layers.Dense(y.shape[1]),
            ],
            name="head",
        )
        model.compile(optimizer=keras.optimizers.Adam(float(learning_rate)), loss="mse")
    start = time.perf_counter()
    history = model.fit(data, epochs=int(epochs), shuffle=False, verbose=0)
    seconds = time.perf_counter() - start
    predicted = np.asarray(model.predict(x[val], batch_size=1024, verbose=0))
    val_mse = float(np.mean((predicted - z[val]) ** 2))
    total = float(np.mean((z[val] - z[val].mean(axis=0)) ** 2))
    return {
        "replicas": int(strategy.num_replicas_in_sync),
        "devices": used,
        "train_loss": float(history.history["loss"][-1]),
        "val_mse": val_mse,
        "val_r2": 1.0 - val_mse / total if total > 0 else float("nan"),
        "epochs": int(epochs),
        "steps": int(epochs) * (len(fit) // batch),
        "seconds": round(seconds, 3),
    }


def compare_data_parallel(x: np.ndarray, y: np.ndarray, devices: int = 2, **params) -> dict:
    """Split the CPU into ``devices`` logical devices, then :func:`train_head` twice: on one
    device (``"single"``) and mirrored on all of them (``"mirrored"``), with the same
    ``params``. Run it in a fresh process (see :func:`configure_cpu_devices`)."""
    configure_cpu_devices(devices)
    single = train_head(x, y, replicas=1, **params)
    mirrored = train_head(x, y, replicas=int(devices), **params)
    return {"single": single, "mirrored": mirrored}


def synthetic_regression(n: int = 2048, d: int = 32, m: int = 4, seed: int = 0):
    """A small nonlinear regression problem: ``x`` ``(n, d)``, ``y`` ``(n, m)``, seeded."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d)).astype(np.float32)
    w = rng.normal(size=(d, m)) / np.sqrt(d)
    y = np.tanh(2 * x @ w) + 0.1 * rng.normal(size=(n, m))
    return x, y.astype(np.float32)


def data_parallel_demo(
    x: np.ndarray | None = None,
    y: np.ndarray | None = None,
    *,
    devices: int = 2,
    timeout: float = 600,
    **params,
) -> dict:
    """Run :func:`compare_data_parallel` in a fresh Python process and return its result.

    ``x`` ``(n, d)`` and ``y`` ``(n,)`` or ``(n, m)`` go through a temporary ``.npz`` file;
    without them the process uses :func:`synthetic_regression`. ``params`` are
    :func:`train_head`'s (``epochs``, ``global_batch_size``, ...). The result also holds
    ``"wall_seconds"``: the whole process, TensorFlow's start included.
    """
    args = [sys.executable, "-m", MODULE, "--devices", str(int(devices))]
    for name, value in params.items():
        args += [f"--{name.replace('_', '-')}", str(value)]
    with tempfile.TemporaryDirectory(prefix="coldstart-dp-") as folder:
        if x is not None or y is not None:
            if x is None or y is None:
                raise ValueError("pass both x and y, or neither")
            path = Path(folder) / "xy.npz"
            np.savez(path, x=np.asarray(x, np.float32), y=np.asarray(y, np.float32))
            args += ["--data", str(path)]
        start = time.perf_counter()
        run = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
        wall = time.perf_counter() - start
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        raise ColdstartError(f"the data-parallel process failed: {last[:300]}")
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = round(wall, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    """``python -m coldstart_lab.models.distributed``: print :func:`compare_data_parallel`'s
    result as one JSON line."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {MODULE}",
        description="Train a small Keras head on one device and data-parallel on N logical "
        "CPU devices (MirroredStrategy); print both results as JSON.",
    )
    parser.add_argument("--devices", type=int, default=2)
    parser.add_argument("--data", help=".npz with arrays x (n, d) and y (n,) or (n, m)")
    parser.add_argument("--hidden-units", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--global-batch-size", type=int, default=64)
    parser.add_argument("--learning-rate", type=float, default=3e-3)
    parser.add_argument("--validation-fraction", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.data:
        with np.load(args.data) as arrays:
            x, y = arrays["x"], arrays["y"]
    else:
        x, y = synthetic_regression(seed=args.seed)
    params = {
        name: getattr(args, name)
        for name in (
            "hidden_units",
            "epochs",
            "global_batch_size",
            "learning_rate",
            "validation_fraction",
            "seed",
        )
    }
    try:
        result = compare_data_parallel(x, y, devices=args.devices, **params)
    except (ColdstartError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
