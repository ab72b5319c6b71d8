"""`coldstart-lab prewarm`: fills the embedding and frozen-layer caches once, then finds them."""

import json
from pathlib import Path

import pandas as pd
import pytest

from coldstart_lab.cli import commands as cli

NOTEBOOK_05 = Path(__file__).parents[1] / "notebooks" / "05_bert_finetuning.ipynb"


@pytest.fixture
def tiny_shop(tmp_path, monkeypatch):
    """A bundled-style `shop` of 6 products (3 rated) and 3 shoppers (2 with text)."""
    from coldstart_lab.data.dataset import write_csv_atomic

    folder = tmp_path / "datasets" / "shop"
    folder.mkdir(parents=True)
    items = pd.DataFrame(
        {
            "item_id": [f"p{i}" for i in range(6)],
            "title": [
                "Prewarm test kettle",
                "Prewarm test tent",
                "Prewarm test lamp",
                "Prewarm test boots",
                "Prewarm test grinder",
                "Prewarm test tent",  # a repeated text is encoded once
            ],
            "description": [
                "Boils fast.",
                "Sleeps two.",
                "Warm light.",
                "Dry feet.",
                "",
                "Sleeps two.",
            ],
        }
    )
    users = pd.DataFrame(
        {"user_id": ["u1", "u2", "u3"], "text": ["Prewarm test: I camp a lot.", "", "Tea!"]}
    )
    events = pd.DataFrame(
        {
            "user_id": ["u1", "u1", "u2", "u3"],
            "item_id": ["p1", "p3", "p0", "p4"],
            "rating": [5, "", 3, 4],
        }
    )
    write_csv_atomic(items, folder / "items.csv.gz")
    write_csv_atomic(users, folder / "users.csv.gz")
    write_csv_atomic(events, folder / "interactions.csv.gz")
    monkeypatch.setenv("COLDSTART_LAB_DATA", str(tmp_path / "datasets"))
    return folder


def frozen_files():
    from coldstart_lab.cache_dirs import default_cache_dir

    return {p: p.stat().st_mtime_ns for p in (default_cache_dir() / "frozen").glob("frozen-*.npz")}


def test_prewarm_fills_the_caches_then_finds_everything(tiny_shop, capsys, monkeypatch):
    from coldstart_lab.models.finetune.backbone import BackboneSplit
    from coldstart_lab.text.encoders import BertEncoder
    from coldstart_lab.text.features import clear_text_vector_memo, shared_bert_encoder

    before = frozen_files()
    assert cli.main(["prewarm", "--datasets", "shop"]) == 0
    out = capsys.readouterr().out
    # 5 distinct product texts + 2 answers, all new to this session's private cache.
    assert "shop: 6 item texts + 2 user texts (7 distinct): 7 to encode" in out
    summary = out.splitlines()[-1]
    assert summary.startswith(
        "prewarm: encoded 7 of 7 distinct texts (shop), computed 2 of 2 frozen-layer outputs "
        "(notebook 05); "
    )
    assert " MB; " in summary and summary.endswith(" s")
    texts = ["Prewarm test kettle. Boils fast.", "Prewarm test grinder", "Tea!"]
    assert shared_bert_encoder().cache.lookup(texts)[1].all()
    written = {p for p, stamp in frozen_files().items() if before.get(p) != stamp}
    assert len(written) == 2  # trainable_layers 0 (pooled) and 1 (hidden states)

    # Second run: everything comes from disk. Nothing may be encoded or run through the model.
    def forbidden(*args, **kwargs):
        raise AssertionError("prewarm computed something that was cached")

    clear_text_vector_memo()  # so that text_vectors really asks the encoder's cache
    monkeypatch.setattr(BertEncoder, "_encode", forbidden)
    monkeypatch.setattr(BackboneSplit, "lower", forbidden)
    stamps = frozen_files()
    assert cli.main(["prewarm", "--datasets", "shop"]) == 0
    out = capsys.readouterr().out
    assert "shop: 6 item texts + 2 user texts (7 distinct): 0 to encode" in out
    assert out.count("already cached") == 3  # two frozen passes and the summary
    summary = out.splitlines()[-1]
    assert summary.startswith(
        "prewarm: nothing was missing: 7 distinct texts (shop) and 2 frozen-layer outputs "
        "(notebook 05) already cached; "
    )
    assert frozen_files() == stamps


def test_prewarm_unknown_dataset_is_a_one_line_error(capsys):
    assert cli.main(["prewarm", "--datasets", "shop", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown dataset 'nope'") and err.count("\n") == 1


def test_prewarm_unusable_cache_folder_fails_before_encoding(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COLDSTART_LAB_CACHE", str(blocker))
    assert cli.main(["prewarm", "--datasets", "shop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot create the cache folder") and err.count("\n") == 1
    assert "COLDSTART_LAB_CACHE" in err


def test_prewarm_help_says_what_it_fills(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["prewarm", "--help"])
    assert stop.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "embedding cache" in text and "notebook 05" in text and "COLDSTART_LAB_CACHE" in text


def test_frozen_settings_match_notebook_05():
    """prewarm mirrors notebook 05's fine-tuning settings: if the notebook changes them, its
    frozen-layer cache is keyed differently and prewarm must change with it."""
    cells = json.loads(NOTEBOOK_05.read_text(encoding="utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    [fit] = [c for c in code if 'cache_dir=default_cache_dir() / "frozen"' in c]
    for name, value in cli.FROZEN_SETTINGS.items():
        assert f"{name}={value}," in fit
    for layers in cli.FROZEN_TRAINABLE_LAYERS:
        assert f"trainable_layers={layers}," in fit
    assert 'ratings.users[["user_id"]]' in fit  # no user text: the texts are the products'
    assert any("shop.interactions.rating.notna()" in c for c in code)  # the rated products
