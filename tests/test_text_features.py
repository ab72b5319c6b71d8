"""The text-vector memo: keyed on content, bounded, read-only results."""

import gc
import weakref

import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.text import features as text_features
from coldstart_lab.text.encoders import TfidfEncoder
from coldstart_lab.text.features import clear_text_vector_memo, text_vectors


def make_data(descriptions=("Makes lattes", "Dry feet", "Soft cotton"), user_texts=None):
    n = len(descriptions)
    items = pd.DataFrame(
        {
            "item_id": [f"i{k}" for k in range(n)],
            "title": ["Espresso machine", "Hiking boots", "Tee", "Kettle", "Tent"][:n],
            "description": list(descriptions),
        }
    )
    users = pd.DataFrame(
        {"user_id": ["u1", "u2"], "text": list(user_texts or ("I love coffee", ""))}
    )
    events = pd.DataFrame({"user_id": ["u1", "u2"], "item_id": ["i0", "i1"]})
    return Dataset(
        "toy",
        items,
        events,
        users,
        item_text_columns=("title", "description"),
        user_text_column="text",
    )


class CountingEncoder:
    """A fake encoder: 3 numbers per text, and a record of every fit and encode."""

    def __init__(self):
        self.fitted, self.encoded = [], []

    def fit(self, texts):
        self.fitted.append(list(texts))
        return self

    def encode(self, texts):
        texts = list(texts)
        self.encoded.append(texts)
        return np.array([[len(t), t.count("e"), sum(map(ord, t)) % 97] for t in texts], float)


@pytest.fixture(autouse=True)
def empty_memo():
    clear_text_vector_memo()
    yield
    clear_text_vector_memo()


@pytest.fixture
def tfidf_fits(monkeypatch):
    """How many times TfidfEncoder.fit ran."""
    calls = []
    original = TfidfEncoder.fit

    def counting_fit(self, texts):
        calls.append(1)
        return original(self, texts)

    monkeypatch.setattr(TfidfEncoder, "fit", counting_fit)
    return calls


def test_item_text_edited_in_place_gives_new_vectors():
    data, encoder = make_data(), CountingEncoder()
    items_before, _ = text_vectors(data, encoder)
    data.items.loc[0, "description"] = "Grinds beans very finely every single morning"
    items_after, _ = text_vectors(data, encoder)
    assert len(encoder.fitted) == 2
    assert (
        encoder.fitted[-1][0] == "Espresso machine. Grinds beans very finely every single morning"
    )
    np.testing.assert_array_equal(items_after, encoder.encode(data.item_text.tolist()))
    assert not np.array_equal(items_before[0], items_after[0])
    np.testing.assert_array_equal(items_before[1:], items_after[1:])


def test_user_text_edited_in_place_gives_new_vectors():
    data, encoder = make_data(), CountingEncoder()
    _, users_before = text_vectors(data, encoder)
    assert not users_before[1].any()  # u2 has no text: a zero vector
    data.users.loc[1, "text"] = "Walking in the hills"
    _, users_after = text_vectors(data, encoder)
    np.testing.assert_array_equal(users_after[1], encoder.encode(["Walking in the hills"])[0])
    np.testing.assert_array_equal(users_after[0], users_before[0])


def test_tfidf_edit_in_place_matches_a_fresh_fit():
    data = make_data()
    text_vectors(data, "tfidf")
    data.items.loc[2, "description"] = "Waterproof zebra pattern"
    items, _ = text_vectors(data, "tfidf")
    fresh = TfidfEncoder().fit(data.item_text.tolist())
    np.testing.assert_array_equal(items, fresh.encode(data.item_text.tolist()))
    assert "zebra" in fresh.vocabulary


def test_tfidf_twice_fits_once(tfidf_fits):
    data = make_data()
    first = text_vectors(data, "tfidf")
    second = text_vectors(data, "tfidf")
    assert len(tfidf_fits) == 1
    assert second[0] is first[0] and second[1] is first[1]
    # The key is the content, not the Dataset object: an equal copy hits the same entry.
    third = text_vectors(make_data(), "tfidf")
    assert len(tfidf_fits) == 1 and third[0] is first[0]
    assert len(text_features._MEMO) == 1


def test_tfidf_parameters_are_part_of_the_key(tfidf_fits, monkeypatch):
    data = make_data()
    full, _ = text_vectors(data, "tfidf")
    text_vectors(data, CountingEncoder())  # another encoder, the same texts: its own entry
    assert len(text_features._MEMO) == 2
    with monkeypatch.context() as patch:
        patch.setattr(text_features, "resolve_encoder", lambda e: TfidfEncoder(max_features=3))
        narrow, _ = text_vectors(data, "tfidf")
    assert len(tfidf_fits) == 2 and narrow.shape[1] == 3 < full.shape[1]
    assert text_vectors(data, "tfidf")[0] is full and len(tfidf_fits) == 2


def test_memo_is_bounded_and_least_recently_used(tfidf_fits):
    datasets = [
        make_data(descriptions=(f"model {k}", "Dry feet", "Soft cotton")) for k in range(12)
    ]
    first = text_vectors(datasets[0], "tfidf")
    for data in datasets[1:]:
        text_vectors(data, "tfidf")
        assert len(text_features._MEMO) <= text_features.MEMO_SIZE
    assert len(text_features._MEMO) == text_features.MEMO_SIZE
    assert len(tfidf_fits) == 12
    # The oldest result was evicted: asking again fits again (and gives the same values).
    again = text_vectors(datasets[0], "tfidf")
    assert len(tfidf_fits) == 13
    np.testing.assert_array_equal(again[0], first[0])
    # A hit makes an entry the most recent: the least recently used one, hit, is not evicted
    # by the next new dataset (first in, first out would evict it).
    oldest = datasets[len(datasets) - text_features.MEMO_SIZE + 1]
    text_vectors(oldest, "tfidf")
    assert len(tfidf_fits) == 13
    text_vectors(make_data(descriptions=("new", "Dry feet", "Soft cotton")), "tfidf")
    text_vectors(oldest, "tfidf")
    assert len(tfidf_fits) == 14  # only the new dataset was fitted


def test_memo_size_constant_is_honoured(monkeypatch):
    monkeypatch.setattr(text_features, "MEMO_SIZE", 2)
    encoder = CountingEncoder()
    for k in range(5):
        text_vectors(make_data(descriptions=(f"item {k}",)), encoder)
    assert len(text_features._MEMO) == 2


def test_encoder_object_runs_once_per_content():
    data, encoder = make_data(), CountingEncoder()
    first = text_vectors(data, encoder)
    text_vectors(data, encoder)
    text_vectors(make_data(), encoder)  # another Dataset object, the same texts
    assert len(encoder.fitted) == 1
    assert len(encoder.encoded) == 2  # items, then the users with text
    assert encoder.encoded[1] == ["I love coffee"]
    data.items.loc[1, "title"] = "Snow boots"
    second = text_vectors(data, encoder)
    assert len(encoder.fitted) == 2 and len(encoder.encoded) == 4
    assert not np.array_equal(first[0][1], second[0][1])
    # Another encoder object with the same texts does not share the first one's entry.
    other = CountingEncoder()
    text_vectors(data, other)
    assert len(other.fitted) == 1


def test_lm_is_keyed_on_the_shared_encoder(monkeypatch):
    fake = CountingEncoder()
    monkeypatch.setattr(text_features, "_SHARED_BERT", fake)
    data = make_data()
    by_name = text_vectors(data, "lm")
    by_object = text_vectors(data, fake)
    assert len(fake.fitted) == 1 and by_object[0] is by_name[0]


def test_results_are_read_only_and_cannot_corrupt_the_memo():
    data = make_data()
    items, users = text_vectors(data, "tfidf")
    expected = items.copy()
    with pytest.raises(ValueError, match="read-only"):
        items[0] = 0.0
    with pytest.raises(ValueError, match="read-only"):
        users *= 2.0
    np.testing.assert_array_equal(text_vectors(data, "tfidf")[0], expected)
    assert items.dtype == np.float32 and users.dtype == np.float32


def test_encoder_output_itself_is_not_made_read_only():
    class KeepsOutputs(CountingEncoder):  # as an encoder with a cache of its results might
        def __init__(self):
            super().__init__()
            self.outputs = []

        def encode(self, texts):
            self.outputs.append(super().encode(texts).astype(np.float32))
            return self.outputs[-1]

    encoder = KeepsOutputs()
    items, _ = text_vectors(make_data(), encoder)
    assert len(encoder.outputs) == 2 and not items.flags.writeable
    for output in encoder.outputs:
        output[0] = 1.0  # the encoder's own arrays stay writable


def test_memo_keeps_no_dataset_alive_but_keeps_the_encoder():
    data, encoder = make_data(), CountingEncoder()
    text_vectors(data, encoder)
    data_ref, encoder_ref = weakref.ref(data), weakref.ref(encoder)
    del data, encoder
    gc.collect()
    assert data_ref() is None
    # The entry is keyed on id(encoder): it holds the encoder so that id is not reused.
    assert encoder_ref() is not None
    clear_text_vector_memo()
    gc.collect()
    assert encoder_ref() is None


def test_clear_forgets_results(tfidf_fits):
    data = make_data()
    text_vectors(data, "tfidf")
    clear_text_vector_memo()
    assert len(text_features._MEMO) == 0
    text_vectors(data, "tfidf")
    assert len(tfidf_fits) == 2


def test_texts_digest_separates_lists():
    digest = text_features._texts_digest
    assert digest(["ab", "c"], []) != digest(["a", "bc"], [])
    assert digest(["a\x00", ""], []) != digest(["a", "\x00"], [])
    assert digest(["a"], ["b"]) != digest(["a", "b"], [])
    assert digest(["a"], ["b"]) == digest(["a"], ["b"])
