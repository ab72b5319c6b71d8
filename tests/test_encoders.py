import numpy as np
import pytest

from coldstart_lab.errors import ColdstartError
from coldstart_lab.text.encoders import BertEncoder, TfidfEncoder

TOLERANCE = 1e-3  # per component, against sentence-transformers


def test_matches_sentence_transformers(bert_encoder, reference):
    texts = [str(t) for t in reference["texts"]]
    ours = bert_encoder.encode(texts)
    assert ours.dtype == np.float32
    assert ours.shape == reference["embeddings"].shape == (len(texts), 384)
    worst = np.abs(ours - reference["embeddings"]).max(axis=1)
    bad = [(texts[i][:30], float(worst[i])) for i in np.flatnonzero(worst >= TOLERANCE)]
    assert not bad, f"differ from sentence-transformers by >= {TOLERANCE}: {bad}"


def test_reference_covers_the_hard_cases(reference):
    texts = [str(t) for t in reference["texts"]]
    assert "" in texts
    assert any(not t.isascii() for t in texts)
    assert reference["n_tokens"].max() == int(reference["max_seq_length"]) == 256


def test_tokenization_matches_reference(bert_encoder, reference):
    texts = [str(t) for t in reference["texts"]]
    counts = [len(ids) for ids in bert_encoder.tokenize(texts)]
    assert counts == reference["n_tokens"].tolist()
    assert bert_encoder.max_length == 256


def test_unit_norm_and_order_independent(bert_encoder, reference):
    texts = [str(t) for t in reference["texts"]]
    order = np.random.default_rng(0).permutation(len(texts))
    shuffled = bert_encoder.encode([texts[i] for i in order])
    straight = bert_encoder.encode(texts)
    np.testing.assert_allclose(np.linalg.norm(straight, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(shuffled, straight[order], atol=1e-5)


def test_batch_size_and_compilation_do_not_change_results(bert_encoder, reference):
    texts = [str(t) for t in reference["texts"]]
    small = BertEncoder(bert_encoder.pretrained, batch_size=3, jit_compile=False)
    np.testing.assert_allclose(small.encode(texts), bert_encoder.encode(texts), atol=1e-5)


def test_text_past_the_limit_is_truncated(bert_encoder):
    long_text = "fresh roasted coffee beans " * 100
    longer = long_text + "and a completely different ending about hiking boots " * 20
    a, b = bert_encoder.encode([long_text, longer])
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_max_length_option_truncates_earlier(bert_encoder):
    short = BertEncoder(bert_encoder.pretrained, max_length=8)
    assert [len(x) for x in short.tokenize(["one two three four five six seven eight nine"])] == [8]
    with pytest.raises(ValueError, match="max_length"):
        BertEncoder(bert_encoder.pretrained, max_length=1000)


def test_meaning_beats_word_overlap(bert_encoder):
    espresso, latte, boots = bert_encoder.encode(
        [
            "stainless steel espresso machine",
            "compact coffee maker for barista-style lattes",
            "waterproof hiking boots",
        ]
    )
    assert espresso @ latte > espresso @ boots + 0.2


def test_empty_list_gives_empty_matrix(bert_encoder):
    assert bert_encoder.encode([]).shape == (0, 384)


@pytest.mark.parametrize(
    "bad, message",
    [
        ("just one string", "single string"),
        (["fine", None], "row 1 is NoneType"),
        (["fine", "also fine", float("nan")], "row 2 is float"),
    ],
)
def test_bad_texts_get_one_line_errors(bert_encoder, bad, message):
    with pytest.raises(ColdstartError, match=message) as error:
        bert_encoder.encode(bad)
    assert "\n" not in str(error.value)


def test_progress_bar_for_long_inputs(bert_encoder, capsys):
    bert_encoder.encode(["a short text"] * 4, show_progress=True)
    assert "encoding" in capsys.readouterr().err
    bert_encoder.encode(["a short text"] * 4)
    assert capsys.readouterr().err == ""


def test_fit_returns_self_so_encoders_are_interchangeable(bert_encoder):
    assert bert_encoder.fit(["anything"]) is bert_encoder


# ---- TF-IDF ---------------------------------------------------------------------------


CORPUS = [
    "stainless steel espresso machine",
    "compact coffee maker for lattes",
    "waterproof hiking boots",
    "hiking backpack with rain cover",
]


def test_tfidf_shapes_and_norms():
    encoder = TfidfEncoder().fit(CORPUS)
    vectors = encoder.encode(CORPUS + ["unknown words only"])
    assert vectors.dtype == np.float32
    assert vectors.shape == (5, encoder.dim)
    np.testing.assert_allclose(np.linalg.norm(vectors[:4], axis=1), 1.0, atol=1e-6)
    assert not vectors[4].any()  # no known word: a zero vector


def test_tfidf_rewards_shared_words_only():
    encoder = TfidfEncoder().fit(CORPUS)
    espresso, latte, boots, backpack = encoder.encode(CORPUS)
    assert boots @ backpack > 0  # "hiking"
    assert espresso @ latte == 0  # same meaning, no shared word


def test_tfidf_must_be_fitted_and_validates():
    with pytest.raises(ColdstartError, match="not fitted"):
        TfidfEncoder().encode(["x"])
    with pytest.raises(ColdstartError, match="every text is empty"):
        TfidfEncoder().fit(["", "  "])
    with pytest.raises(ValueError, match="max_features"):
        TfidfEncoder(max_features=0)
    with pytest.raises(ColdstartError, match="row 1"):
        TfidfEncoder().fit(["ok", 3])


def test_tfidf_max_features_caps_width():
    assert TfidfEncoder(max_features=3).fit(CORPUS).dim == 3


def test_tfidf_max_features_keeps_the_most_frequent_then_the_first_alphabetically():
    """The cut does not depend on the order of equally frequent terms (nor on the CPU)."""
    words = [consonant + vowel for consonant in "bcdfghjklm" for vowel in "aeiou"]  # 50, once each
    corpus = ["zebra " + " ".join(words[i : i + 5]) for i in range(0, 50, 5)]  # zebra 10 times
    expected = sorted(words)[:19] + ["zebra"]  # (scikit-learn's own cut drops "fa" here)
    for order in (corpus, corpus[::-1]):
        encoder = TfidfEncoder(max_features=20, ngram_range=(1, 1), stop_words=None).fit(order)
        assert encoder.vocabulary == expected


def test_tfidf_stop_words_and_analyzer():
    encoder = TfidfEncoder(ngram_range=(1, 1)).fit(["the kettle with the lid", "a tent with poles"])
    assert encoder.analyze("the kettle with a lid") == ["kettle", "lid"]
    assert encoder.vocabulary == ["kettle", "lid", "poles", "tent"]
    kettle, tent = encoder.encode(["the kettle with the lid", "a tent with poles"])
    assert kettle @ tent == 0  # "with" no longer links them
    keep_all = TfidfEncoder(ngram_range=(1, 1), stop_words=None).fit(
        ["kettle with lid", "tent with poles"]
    )
    assert "with" in keep_all.vocabulary
    with pytest.raises(ValueError, match="stop_words"):
        TfidfEncoder(stop_words="french")


def test_disk_cache_is_keyed_on_what_computed_the_vectors(bert_encoder, tmp_path, monkeypatch):
    """Vectors cached by other encoder code or other library versions are never read."""
    import coldstart_lab.text.encoders as encoders

    texts = ["espresso beans", "a quiet keyboard"]
    first = BertEncoder(bert_encoder.pretrained, cache_dir=tmp_path)
    first.cache.add(texts, np.full((2, first.dim), 0.5, np.float32))  # planted, not computed
    planted, _ = BertEncoder(bert_encoder.pretrained, cache_dir=tmp_path).cache.lookup(texts)
    assert (planted == 0.5).all()  # same code and libraries: the cache is read

    monkeypatch.setattr(encoders, "ENCODER_CODE_VERSION", encoders.ENCODER_CODE_VERSION + 1)
    newer_code = BertEncoder(bert_encoder.pretrained, cache_dir=tmp_path)
    assert not newer_code.cache.lookup(texts)[1].any()
    np.testing.assert_allclose(newer_code.encode(texts), bert_encoder.encode(texts), atol=1e-5)
    monkeypatch.undo()

    real_version = encoders.computation_identity
    monkeypatch.setattr(encoders, "computation_identity", lambda: real_version() + "+other-tf")
    other_libraries = BertEncoder(bert_encoder.pretrained, cache_dir=tmp_path)
    assert not other_libraries.cache.lookup(texts)[1].any()
    assert encoders.cache_identity(bert_encoder.pretrained, 128) != encoders.cache_identity(
        bert_encoder.pretrained, 256
    )


def test_batch_size_from_the_environment(bert_encoder, monkeypatch):
    monkeypatch.setenv("COLDSTART_LAB_BATCH_SIZE", "5")
    assert BertEncoder(bert_encoder.pretrained).batch_size == 5
    monkeypatch.setenv("COLDSTART_LAB_BATCH_SIZE", "five")
    with pytest.raises(ColdstartError, match="COLDSTART_LAB_BATCH_SIZE='five'"):
        BertEncoder(bert_encoder.pretrained)
