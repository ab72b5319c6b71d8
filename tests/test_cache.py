import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from coldstart_lab.cache_dirs import default_cache_dir
from coldstart_lab.text.cache import EmbeddingCache, text_keys


def unit_rows(n, dim=4, seed=0):
    rows = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_round_trip_across_instances(tmp_path):
    cache = EmbeddingCache(tmp_path, "model-a", dim=4, model_name="toy")
    vectors = unit_rows(3)
    cache.add(["a", "b", "c"], vectors)
    again = EmbeddingCache(tmp_path, "model-a", dim=4)
    found_vectors, found = again.lookup(["c", "zzz", "a"])
    assert found.tolist() == [True, False, True]
    np.testing.assert_array_equal(found_vectors[0], vectors[2])
    np.testing.assert_array_equal(found_vectors[2], vectors[0])
    assert not found_vectors[1].any()
    assert len(again) == 3


def test_file_is_plain_npz_without_pickle(tmp_path):
    cache = EmbeddingCache(tmp_path, "model-a", dim=4)
    cache.add(["é", "日本"], unit_rows(2))
    with np.load(cache.path, allow_pickle=False) as data:
        assert set(data.files) == {"keys", "embeddings", "meta"}
        np.testing.assert_array_equal(data["keys"], text_keys(["é", "日本"]))
    assert [p.name for p in tmp_path.iterdir()] == [cache.path.name]  # no temp files left


def test_file_gets_umask_permissions_and_a_failed_write_keeps_the_old_one(tmp_path, monkeypatch):
    cache = EmbeddingCache(tmp_path, "model-a", dim=4)
    umask = os.umask(0o022)
    try:
        cache.add(["a"], unit_rows(1))
    finally:
        os.umask(umask)
    assert cache.path.stat().st_mode & 0o777 == 0o644  # 0666 minus umask, not mkstemp's 0600
    before = cache.path.read_bytes()

    def interrupted(out, **arrays):
        out.write(b"half a file")
        raise KeyboardInterrupt

    monkeypatch.setattr(np, "savez", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.add(["b"], unit_rows(1, seed=1))
    assert cache.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [cache.path.name]


def test_repeated_texts_are_stored_once(tmp_path):
    cache = EmbeddingCache(tmp_path, "m", dim=4)
    vectors = unit_rows(3)
    cache.add(["x", "x", "y"], vectors)
    cache.add(["y"], vectors[:1])
    assert len(EmbeddingCache(tmp_path, "m", dim=4)) == 2


def test_other_model_does_not_see_entries(tmp_path):
    EmbeddingCache(tmp_path, "model-a", dim=4).add(["a"], unit_rows(1))
    _, found = EmbeddingCache(tmp_path, "model-b", dim=4).lookup(["a"])
    assert not found.any()


def corrupt(path, how):
    if how == "garbage":
        path.write_bytes(b"this is not a zip file")
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[:40])
    elif how == "wrong-dim":
        with np.load(path, allow_pickle=False) as data:
            arrays = dict(data)
        arrays["embeddings"] = np.zeros((len(arrays["keys"]), 7), np.float32)
        np.savez(path, **arrays)
    elif how == "nan":
        with np.load(path, allow_pickle=False) as data:
            arrays = dict(data)
        arrays["embeddings"][0, 0] = np.nan
        np.savez(path, **arrays)
    elif how == "other-fingerprint":
        with np.load(path, allow_pickle=False) as data:
            arrays = dict(data)
        arrays["meta"] = np.str_(str(arrays["meta"]).replace("model-a", "model-z"))
        np.savez(path, **arrays)


@pytest.mark.parametrize("how", ["garbage", "truncated", "wrong-dim", "nan", "other-fingerprint"])
def test_bad_file_is_detected_and_rebuilt(tmp_path, how):
    cache = EmbeddingCache(tmp_path, "model-a", dim=4)
    cache.add(["a", "b"], unit_rows(2))
    corrupt(cache.path, how)
    fresh = EmbeddingCache(tmp_path, "model-a", dim=4)
    with pytest.warns(RuntimeWarning, match="unusable"):
        _, found = fresh.lookup(["a", "b"])
    assert not found.any()  # never silently used
    fresh.add(["a"], unit_rows(1, seed=1))
    rebuilt = EmbeddingCache(tmp_path, "model-a", dim=4)
    vectors, found = rebuilt.lookup(["a"])
    assert found.all()
    np.testing.assert_array_equal(vectors, unit_rows(1, seed=1))


def test_add_checks_shape(tmp_path):
    with pytest.raises(ValueError, match="expected \\(2, 4\\)"):
        EmbeddingCache(tmp_path, "m", dim=4).add(["a", "b"], unit_rows(3))


def test_default_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("COLDSTART_LAB_CACHE", str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"


def test_encoder_reuses_cache(bert_encoder, tmp_path, monkeypatch):
    from coldstart_lab.text.encoders import BertEncoder

    encoder = BertEncoder(bert_encoder.pretrained, cache_dir=tmp_path)
    first = encoder.encode(["espresso machine", "hiking boots"])
    np.testing.assert_allclose(
        first, bert_encoder.encode(["espresso machine", "hiking boots"]), atol=1e-5
    )
    computed = []
    original = encoder._encode
    monkeypatch.setattr(
        encoder, "_encode", lambda texts, p: computed.append(texts) or original(texts, p)
    )
    second = encoder.encode(["hiking boots", "a new text", "espresso machine"])
    assert computed == [["a new text"]]  # only the unseen text went through the model
    np.testing.assert_array_equal(second[[2, 0]], first)


def test_the_test_run_uses_private_empty_caches():
    """tests/conftest.py points the whole run at a new folder, never at ~/.cache."""
    from conftest import PRIVATE_CACHE

    from coldstart_lab.cache_dirs import data_cache_dir

    assert default_cache_dir() == PRIVATE_CACHE
    assert data_cache_dir() == PRIVATE_CACHE / "data"
    assert not PRIVATE_CACHE.is_relative_to(Path.home() / ".cache")


def test_use_private_caches_overrides_and_cleans_up(tmp_path):
    script = (
        "import os; from coldstart_lab.cache_dirs import use_private_caches, default_cache_dir\n"
        "folder = use_private_caches('x-')\n"
        "assert default_cache_dir() == folder and folder.is_dir()\n"
        "print(folder)\n"
    )
    env = {**os.environ, "COLDSTART_LAB_CACHE": str(tmp_path / "learner")}
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    folder = Path(run.stdout.strip())
    assert folder != tmp_path / "learner"
    assert not folder.exists()  # removed at exit
