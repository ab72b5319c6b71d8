"""A checkpoint with a Chinese vocabulary loads and encodes through ``hf://``, offline.

Notebook 09 shows that the bundled all-MiniLM-L6-v2 turns most Chinese characters into
``[UNK]`` and advises a multilingual or Chinese BERT-family checkpoint for Chinese text
(``hf://sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2``, say). This test builds
a tiny BERT checkpoint whose word pieces are Chinese characters, puts it in a private Hugging
Face cache as a download would have left it, and runs the code path a learner's
``BertEncoder("hf://owner/name")`` takes: ``locate_model`` (offline: the cache only), the
Hugging Face tokenizer, KerasHub's ``BertBackbone`` loaded from the safetensors weights,
pooling. No network, no PyTorch.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from huggingface_hub import constants
from safetensors.numpy import save_file

from coldstart_lab.text import BertEncoder, locate_model
from coldstart_lab.text.pretrained import bundled_model_path

REPO = "fake-org/tiny-zh-bert"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
TITLES = ["无线蓝牙耳机", "有线蓝牙耳机", "婴儿纯棉连体衣", "不粘锅炒锅"]
HIDDEN, LAYERS, HEADS, INTERMEDIATE, POSITIONS = 8, 1, 2, 16, 32


def tiny_chinese_bert(folder, seed=0):
    """Write a random 1-layer BERT with a character vocabulary into ``folder``."""
    characters = sorted(set("".join(TITLES)))
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *characters]
    rng = np.random.default_rng(seed)

    def weight(*shape):
        return rng.normal(scale=0.5, size=shape).astype(np.float32)

    tensors = {
        "embeddings.word_embeddings.weight": weight(len(vocab), HIDDEN),
        "embeddings.position_embeddings.weight": weight(POSITIONS, HIDDEN),
        "embeddings.token_type_embeddings.weight": weight(2, HIDDEN),
        "embeddings.LayerNorm.weight": np.ones(HIDDEN, np.float32),
        "embeddings.LayerNorm.bias": np.zeros(HIDDEN, np.float32),
        "pooler.dense.weight": weight(HIDDEN, HIDDEN),
        "pooler.dense.bias": weight(HIDDEN),
    }
    for i in range(LAYERS):
        layer = f"encoder.layer.{i}."
        for name in ("query", "key", "value"):
            tensors[f"{layer}attention.self.{name}.weight"] = weight(HIDDEN, HIDDEN)
            tensors[f"{layer}attention.self.{name}.bias"] = weight(HIDDEN)
        tensors[f"{layer}attention.output.dense.weight"] = weight(HIDDEN, HIDDEN)
        tensors[f"{layer}attention.output.dense.bias"] = weight(HIDDEN)
        tensors[f"{layer}intermediate.dense.weight"] = weight(INTERMEDIATE, HIDDEN)
        tensors[f"{layer}intermediate.dense.bias"] = weight(INTERMEDIATE)
        tensors[f"{layer}output.dense.weight"] = weight(HIDDEN, INTERMEDIATE)
        tensors[f"{layer}output.dense.bias"] = weight(HIDDEN)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            tensors[f"{layer}{norm}.weight"] = np.ones(HIDDEN, np.float32)
            tensors[f"{layer}{norm}.bias"] = np.zeros(HIDDEN, np.float32)
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": len(vocab),
        "hidden_size": HIDDEN,
        "num_hidden_layers": LAYERS,
        "num_attention_heads": HEADS,
        "intermediate_size": INTERMEDIATE,
        "max_position_embeddings": POSITIONS,
        "type_vocab_size": 2,
        "hidden_act": "gelu",
        "layer_norm_eps": 1e-12,
    }
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps(config))
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer_config = {"tokenizer_class": "BertTokenizer", "do_lower_case": True}
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config))
    save_file(tensors, str(folder / "model.safetensors"))
    return tensors


@pytest.fixture
def offline_hub_cache(tmp_path, monkeypatch):
    """A private Hugging Face cache, offline: what ``hf://`` finds there is all there is."""
    home = tmp_path / "hf_home"
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setattr(constants, "HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(home / "hub"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    return home / "hub"


def test_a_chinese_vocabulary_checkpoint_loads_and_encodes_through_hf(offline_hub_cache):
    # The layout snapshot_download leaves: refs/main names the commit, snapshots/<commit>/.
    repo_folder = offline_hub_cache / f"models--{REPO.replace('/', '--')}"
    tensors = tiny_chinese_bert(repo_folder / "snapshots" / COMMIT)
    (repo_folder / "refs").mkdir()
    (repo_folder / "refs" / "main").write_text(COMMIT)

    model = locate_model(f"hf://{REPO}")
    assert model.name == f"hf://{REPO}"
    assert model.path == repo_folder / "snapshots" / COMMIT
    assert (model.max_length, model.pooling) == (POSITIONS, "mean")

    encoder = BertEncoder(f"hf://{REPO}", jit_compile=False)
    assert encoder.dim == HIDDEN
    embedded = encoder.backbone.get_layer("token_embedding").embeddings.numpy()
    np.testing.assert_array_equal(embedded, tensors["embeddings.word_embeddings.weight"])

    ids = encoder.tokenize(TITLES)
    unknown = encoder.tokenizer.unk_token_id
    assert [len(x) for x in ids] == [len(t) + 2 for t in TITLES]  # one piece per character
    assert not any(unknown in x for x in ids)

    vectors = encoder.encode(TITLES)
    assert vectors.shape == (len(TITLES), HIDDEN) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    np.testing.assert_allclose(encoder.encode(TITLES[:1]), vectors[:1], atol=1e-6)
    # "wireless" and "wired" earphones differ in one character: the vectors differ too.
    assert np.abs(vectors[0] - vectors[1]).max() > 1e-3


def test_the_bundled_vocabulary_loses_the_same_titles():
    # What the tiny checkpoint fixes: the bundled English word pieces make most of these
    # characters [UNK], so titles that differ only in such characters look the same.
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(bundled_model_path()))
    ids = tokenizer(TITLES, add_special_tokens=False)["input_ids"]
    pieces = np.concatenate(ids)
    assert np.mean(pieces == tokenizer.unk_token_id) > 0.5
