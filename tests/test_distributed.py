"""Beyond one machine: the encoder on Ray Data (optional extra) and data-parallel Keras.

The Ray tests start a local Ray node (2 CPUs, 2 actors each loading the bundled model) and
are skipped when Ray is not installed (`pip install "coldstart-lab[scale]"`); the data-parallel
test runs one fresh Python process with 2 logical CPU devices.
"""

import subprocess
import sys

import numpy as np
import pytest

from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.distributed import (
    configure_cpu_devices,
    data_parallel_demo,
    main,
    synthetic_regression,
    train_head,
)
from coldstart_lab.text.distributed import BertBatchEncoder, encode_with_ray

WORDS = "espresso grinder hiking boots wireless earbuds cotton tee cast iron skillet".split()


def varied_texts(n: int = 50) -> list[str]:
    """``n`` distinct texts of 2 to 40 words, in no length order (so that a batch engine
    returning them sorted, or in completion order, would be caught)."""
    rng = np.random.default_rng(7)
    return [
        f"item {i}: " + " ".join(rng.choice(WORDS, size=int(rng.integers(2, 41)))) for i in range(n)
    ]


def test_ray_encodes_like_the_encoder_in_input_order(bert_encoder):
    ray = pytest.importorskip("ray", reason="Ray is an optional extra: coldstart-lab[scale]")
    texts = varied_texts(50)
    vectors = encode_with_ray(texts, num_workers=2, batch_size=8, jit_compile=False)
    reference = bert_encoder.encode(texts)
    assert vectors.dtype == np.float32 and vectors.shape == reference.shape == (50, 384)
    worst = float(np.abs(vectors - reference).max())
    assert worst < 1e-3, f"Ray's vectors differ from BertEncoder's by {worst}"
    # Each row is its own text's vector, not a neighbour's: rows differ a lot between texts.
    assert float(np.abs(vectors[1:] - reference[:-1]).max()) > 0.1
    assert not ray.is_initialized(), "encode_with_ray must shut down the Ray it started"


def test_the_batch_udf_keeps_row_ids(bert_encoder, monkeypatch):
    monkeypatch.setenv("COLDSTART_LAB_INTRA_OP_THREADS", "1")  # what an actor sets; undone after
    texts = varied_texts(6)
    udf = BertBatchEncoder(bert_encoder.pretrained, threads=1)
    rows = np.array([5, 0, 3, 1, 4, 2])
    out = udf({"row": rows, "text": np.array([texts[r] for r in rows], dtype=object)})
    np.testing.assert_array_equal(out["row"], rows)
    np.testing.assert_allclose(out["vector"], bert_encoder.encode(texts)[rows], atol=1e-3)


def test_missing_ray_is_one_line_naming_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now raises ImportError
    monkeypatch.setitem(sys.modules, "ray.data", None)
    with pytest.raises(ColdstartError) as error:
        encode_with_ray(["a coffee grinder"])
    message = str(error.value)
    assert 'pip install "coldstart-lab[scale]"' in message and "\n" not in message


def test_bad_arguments_fail_before_ray_starts():
    with pytest.raises(ColdstartError, match="single string"):
        encode_with_ray("one text, not a list")
    with pytest.raises(ValueError, match="num_workers"):
        encode_with_ray(["a"], num_workers=0)


def test_importing_the_text_part_loads_no_ray():
    script = "import sys, coldstart_lab.text\nassert 'ray' not in sys.modules, 'ray imported'\n"
    subprocess.run([sys.executable, "-c", script], check=True)


def test_mirrored_training_matches_one_device():
    x, y = synthetic_regression(n=1024, d=16, m=2, seed=3)
    result = data_parallel_demo(x, y, devices=2, epochs=4, global_batch_size=32)
    single, mirrored = result["single"], result["mirrored"]
    assert single["replicas"] == 1 and mirrored["replicas"] == 2
    assert len(set(mirrored["devices"])) == 2
    assert single["steps"] == mirrored["steps"] == 4 * ((1024 - 205) // 32)
    assert single["val_r2"] > 0.3, f"the head learned nothing (R² {single['val_r2']:.2f})"
    for key in ("train_loss", "val_mse"):
        assert mirrored[key] == pytest.approx(single[key], rel=1e-3), key


def test_a_started_tensorflow_cannot_be_split():
    from coldstart_lab._runtime import import_tensorflow

    tf = import_tensorflow()
    tf.constant(1.0) + 1.0  # TensorFlow has now initialised its devices
    n = len(tf.config.list_logical_devices("CPU")) + 2
    with pytest.raises(ColdstartError, match="python -m coldstart_lab.models.distributed"):
        configure_cpu_devices(n)
    x, y = synthetic_regression(n=128, d=4, m=1)
    with pytest.raises(ColdstartError, match="--devices"):
        train_head(x, y, replicas=n, global_batch_size=4 * n)
    with pytest.raises(ValueError, match="multiple of replicas"):
        train_head(x, y, replicas=2, global_batch_size=33)


def test_the_command_reports_a_bad_argument_in_one_line(capsys):
    assert main(["--devices", "0"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("error: the number of devices must be at least 1") and err.count("\n") == 1
    )
