"""The two fine-tuned recommenders: :class:`FineTunedRegressor` (ratings) and
:class:`FineTunedTwoTower` (ranking), on the pieces of this package."""

from __future__ import annotations

import inspect
import os
import time

import numpy as np
import pandas as pd

from coldstart_lab._runtime import import_tensorflow
from coldstart_lab.data.dataset import ITEM_ID, RATING, USER_ID, Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import NeedsRatings, Recommender
from coldstart_lab.models.finetune.augment import concatenate_features, word_dropout
from coldstart_lab.models.finetune.backbone import BackboneSplit
from coldstart_lab.models.finetune.checks import check_float, check_int, check_trainable_layers
from coldstart_lab.models.finetune.examples import ExampleBatches, MemoryBank, history_lists
from coldstart_lab.models.finetune.features import CACHE_DTYPES, TowerEncoder, compute_text_features
from coldstart_lab.models.finetune.layers import TextTower
from coldstart_lab.models.finetune.training import (
    NO_DECAY,
    FineTuneModel,
    RatingModel,
    RetrievalModel,
    TrainingClock,
    train_epochs,
)
from coldstart_lab.models.profiles import history_profiles
from coldstart_lab.text.features import resolve_encoder

tf = import_tensorflow()
import keras  # noqa: E402

_PAIR_CHUNK = 16_384  # (user, item) pairs per call of the rating head at prediction time
LOSSES = ("mse", "bce")  # FineTunedRegressor's pointwise losses


# ---- 3. training: examples, batches, Keras models ---------------------------------------------


class _FineTuned(Recommender):
    """What both fine-tuned recommenders share: parameters, features, the training loop."""

    def __init__(
        self,
        encoder="lm",
        *,
        trainable_layers: int | str = 1,
        max_length: int = 64,
        epochs: int = 3,
        batch_size: int = 64,
        learning_rate: float = 1e-3,
        encoder_learning_rate: float = 1e-4,
        weight_decay: float = 0.0,
        dropout: float = 0.1,
        validation_fraction: float = 0.1,
        patience: int = 1,
        augment_word_dropout: float = 0.0,
        adversarial_epsilon: float = 0.0,
        max_history: int = 50,
        cache_dtype: str = "float16",
        cache_dir: str | os.PathLike | None = None,
        max_seconds: float | None = None,
        max_examples: int | None = None,
        jit_compile: bool = False,
        seed: int = 0,
        verbose: bool = False,
    ):
        self.encoder = encoder
        self.trainable_layers = trainable_layers
        self.max_length = max_length
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.encoder_learning_rate = encoder_learning_rate
        self.weight_decay = weight_decay
        self.dropout = dropout
        self.validation_fraction = validation_fraction
        self.patience = patience
        self.augment_word_dropout = augment_word_dropout
        self.adversarial_epsilon = adversarial_epsilon
        self.max_history = max_history
        self.cache_dtype = cache_dtype
        self.cache_dir = cache_dir
        self.max_seconds = max_seconds
        self.max_examples = max_examples
        self.jit_compile = jit_compile
        self.seed = seed
        self.verbose = verbose

    @classmethod
    def _get_param_names(cls):
        # The two recommenders take the shared parameters through **kwargs, and scikit-learn's
        # get_params reads one __init__ signature: list the parameters of every level.
        names = set()
        for klass in cls.__mro__:
            if issubclass(klass, _FineTuned) and "__init__" in vars(klass):
                params = inspect.signature(klass.__init__).parameters.values()
                names |= {p.name for p in params if p.name != "self" and p.kind != p.VAR_KEYWORD}
        return sorted(names)

    def _validate_params(self) -> None:
        check_trainable_layers(self.trainable_layers)
        check_int("max_length", self.max_length, 2)
        check_int("epochs", self.epochs, 1)
        check_int("batch_size", self.batch_size, 2)
        check_float("learning_rate", self.learning_rate, 0.0, open_low=True)
        check_float("encoder_learning_rate", self.encoder_learning_rate, 0.0, open_low=True)
        check_float("weight_decay", self.weight_decay, 0.0)
        check_float("dropout", self.dropout, 0.0, 1.0)
        check_float("validation_fraction", self.validation_fraction, 0.0, 0.9)
        check_int("patience", self.patience, 0)
        check_float("augment_word_dropout", self.augment_word_dropout, 0.0, 1.0)
        check_float("adversarial_epsilon", self.adversarial_epsilon, 0.0)
        if self.adversarial_epsilon and check_trainable_layers(self.trainable_layers) == "all":
            raise ValueError(
                "adversarial_epsilon perturbs the cached hidden states, which a full fine-tune "
                "(trainable_layers='all') does not have: use trainable_layers < 6 or epsilon 0"
            )
        check_int("max_history", self.max_history, 1)
        if self.cache_dtype not in CACHE_DTYPES:
            raise ValueError(f"cache_dtype must be one of {CACHE_DTYPES}, got {self.cache_dtype!r}")
        if self.max_seconds is not None:
            check_float("max_seconds", self.max_seconds, 0.0, open_low=True)
        if self.max_examples is not None:
            check_int("max_examples", self.max_examples, 1)
        check_int("seed", self.seed, 0)

    # -- subclasses -------------------------------------------------------------------------

    def _examples(self, data: Dataset, train: pd.DataFrame) -> pd.DataFrame:
        """The training examples: ``user_id``, ``item_id``, ``target``."""
        raise NotImplementedError

    def _example_groups(self, data: Dataset, items: np.ndarray) -> np.ndarray | None:
        """One group code per example (its item's position ``items``) to batch by, or None."""
        return None

    def _make_model(self, tower, features, bank, targets: np.ndarray, pad_to: int):
        """The Keras training model (tower + this recommender's head)."""
        raise NotImplementedError

    def _after_fit(self) -> None:
        pass

    # -- fitting ----------------------------------------------------------------------------

    def _fit(self, data: Dataset, train: pd.DataFrame) -> None:
        start = time.monotonic()
        examples = self._examples(data, train)  # input errors first, before loading anything
        users = self.user_index_.get_indexer(examples[USER_ID])
        items = self.item_index_.get_indexer(examples[ITEM_ID])
        for what, positions, ids in (("user", users, USER_ID), ("item", items, ITEM_ID)):
            if (positions < 0).any():
                bad = examples[ids].to_numpy()[positions < 0][0]
                raise ColdstartError(
                    f"training {what} {str(bad)!r} is not in the dataset given to fit(): "
                    f"add it to data.{what}s"
                )
        groups = self._example_groups(data, items)  # None: random batches
        rng = np.random.default_rng(self.seed)
        encoder = self._resolve_encoder()
        split = BackboneSplit(encoder.backbone, self.trainable_layers)
        limit = encoder.pretrained.max_length
        if self.max_length > limit:
            raise ValueError(f"max_length must be between 2 and {limit}, got {self.max_length}")
        if self.adversarial_epsilon and split.kind == "tokens":
            raise ValueError(
                f"adversarial_epsilon perturbs the cached hidden states, which a full fine-tune "
                f"(trainable_layers={self.trainable_layers!r}) does not have: train fewer layers"
            )
        self.split_ = split

        # Texts: every item (cold ones too), then the users that have text.
        item_text = data.item_text.tolist()
        user_text = data.user_text.tolist()
        has_text = np.array([bool(t.strip()) for t in user_text], bool)
        n_items = len(item_text)
        self.user_text_rows_ = np.full(len(user_text), -1, np.int32)
        self.user_text_rows_[has_text] = n_items + np.arange(int(has_text.sum()))
        texts = item_text + [t for t, h in zip(user_text, has_text, strict=True) if h]
        n_texts = len(texts)

        def frozen(some_texts):
            return compute_text_features(
                split,
                encoder.tokenizer,
                some_texts,
                max_length=self.max_length,
                dtype=self.cache_dtype,
                pooling=encoder.pretrained.pooling,
                jit_compile=self.jit_compile,
                cache_dir=self.cache_dir,
                fingerprint=encoder.pretrained.fingerprint if self.cache_dir is not None else None,
                show_progress=self.verbose,
            )

        features = frozen(texts)

        # Validation slice: random examples; their interactions are hidden from histories.
        n = len(examples)
        n_val = int(round(n * self.validation_fraction))
        n_val = n_val if 1 <= n_val < n else 0
        permutation = rng.permutation(n)
        val_rows, train_rows = np.sort(permutation[:n_val]), np.sort(permutation[n_val:])
        held_out = examples.iloc[val_rows][[USER_ID, ITEM_ID]]
        known = train.merge(held_out.drop_duplicates(), how="left", indicator=True)
        history_source = train[(known["_merge"] == "left_only").to_numpy()]
        histories = history_lists(
            history_source, self.user_ids_, self.item_index_, self.max_history + 1
        )
        targets = examples["target"].to_numpy(np.float32)

        # Text augmentation: one word-dropout version of every training item's text per
        # epoch, appended to the features; validation batches and scoring read the originals.
        item_rows = None
        self.augmented_texts_: list[str] = []
        if self.augment_word_dropout:
            trained = np.unique(items[train_rows])
            versions = self.epochs
            for version in range(versions):
                self.augmented_texts_ += word_dropout(
                    [item_text[i] for i in trained], self.augment_word_dropout,
                    seed=[self.seed, version],
                )  # fmt: skip
            features = concatenate_features(features, frozen(self.augmented_texts_))
            item_rows = np.tile(np.arange(n_items, dtype=np.int64), (versions, 1))
            for version in range(versions):
                item_rows[version, trained] = (
                    n_texts + version * len(trained) + np.arange(len(trained))
                )
        self.augmented_rows_ = item_rows  # (epochs, n_items) feature rows read, or None
        frozen_seconds = time.monotonic() - start
        self.features_ = features
        logq = None
        if getattr(self, "logq_correction", False):
            counts = np.bincount(items[train_rows], minlength=n_items).astype(np.float64)
            logq = np.log(np.maximum(counts, 1.0) / max(counts.sum(), 1.0)).astype(np.float32)

        def batches(rows, shuffle):
            return ExampleBatches(
                users[rows], items[rows], targets[rows], histories, self.user_text_rows_,
                features.lengths, batch_size=self.batch_size, width=self.max_history,
                shuffle=shuffle, seed=self.seed, logq=logq,
                item_rows=item_rows if shuffle else None,
                groups=groups[rows] if shuffle and groups is not None else None,
                group_share=getattr(self, "hard_negative_share", 1.0),
            )  # fmt: skip

        train_batches = batches(train_rows, True)
        val_batches = batches(val_rows, False) if n_val else None

        # Seeded here, after the encoder is resolved (building the shared one on first use
        # draws from the global random state) and its frozen outputs computed, right before
        # any layer is made: the copied layers' dropout, the head's initialisers and dropout
        # then depend on the seed only, not on what ran before in the process.
        keras.utils.set_random_seed(self.seed)
        pad_to = 8 if self.jit_compile else 1
        tower = TextTower(split.upper(), encoder.pretrained.pooling, name="text_tower")
        bank = MemoryBank(n_texts, split.hidden_dim)
        model = self._make_model(tower, features, bank, targets[train_rows], pad_to)
        encode_all = TowerEncoder(tower, features, pad_to)
        self._compile(model, train_batches)

        # Only texts that the user vector of some training or validation example reads need
        # refreshing: not never-seen cold items, nor the histories and texts of users without
        # examples (most users, for the regressor: few interactions carry a rating).
        readers = np.unique(users)
        read = np.unique(
            np.concatenate([*(histories[u] for u in readers), self.user_text_rows_[readers]])
        )
        read = read[read >= 0].astype(np.int32)  # -1: a user without text

        def refresh():
            if len(read):
                bank.table.scatter_nd_update(read[:, None], encode_all(read))

        clock = TrainingClock(refresh, train_batches, start, self.max_seconds, self.max_examples)
        self.history_ = train_epochs(
            model, train_batches, val_batches, clock,
            epochs=self.epochs, patience=self.patience, show_progress=self.verbose,
        )  # fmt: skip
        self.history_["seconds"] = list(clock.epoch_seconds)
        self.model_, self.tower_ = model, tower

        vectors = encode_all(np.arange(n_texts))  # the original texts, never the augmented
        self.text_vectors_ = vectors
        self.item_vectors_ = vectors[:n_items]
        self.user_text_vectors_ = np.zeros((len(user_text), vectors.shape[1]), np.float32)
        self.user_text_vectors_[has_text] = vectors[n_items:]
        self.has_user_text_ = has_text
        self._after_fit()
        total = time.monotonic() - start
        self.timings_ = {
            "frozen_seconds": frozen_seconds,
            "train_seconds": clock.train_seconds,
            "refresh_seconds": clock.refresh_seconds,
            "total_seconds": total,
            "examples": clock.examples,
            "examples_per_second": clock.steady_rate(),
            "first_step_seconds": clock.first_step[0] if clock.first_step else 0.0,
            "epochs": len(clock.epoch_seconds),
            "stopped_by_budget": clock.budget_hit,
            "n_train": len(train_rows),
            "n_validation": n_val,
            "cache_megabytes": features.nbytes / 2**20,
        }

    def _compile(self, model: FineTuneModel, train_batches: ExampleBatches) -> None:
        head = keras.optimizers.Adam(self.learning_rate, weight_decay=self.weight_decay or None)
        model.compile(optimizer=head, jit_compile=self.jit_compile)
        x, _ = train_batches[0]
        model({k: v[:2] for k, v in x.items()})  # builds every layer
        if self.weight_decay:
            head.exclude_from_weight_decay(var_names=NO_DECAY)
        head.build(model.head_variables())
        tower_vars = list(model.tower.trainable_variables)
        if tower_vars:
            encoder = keras.optimizers.Adam(
                self.encoder_learning_rate, weight_decay=self.weight_decay or None
            )
            if self.weight_decay:
                encoder.exclude_from_weight_decay(var_names=NO_DECAY)
            encoder.build(tower_vars)
            model.encoder_optimizer = encoder

    def _resolve_encoder(self):
        encoder = resolve_encoder(self.encoder)  # "lm": the process-wide bundled encoder
        if not (hasattr(encoder, "backbone") and hasattr(encoder, "tokenizer")):
            raise ValueError(
                f"{self.name} fine-tunes a BERT encoder: pass encoder='lm' (the bundled model) "
                f"or a BertEncoder (another checkpoint: BertEncoder(PATH)), "
                f"got {type(encoder).__name__}"
            )
        return encoder

    def user_vectors(self, user_ids, history: pd.DataFrame | None = None) -> np.ndarray:
        """The user tower: mean of the fine-tuned vectors of each user's last ``max_history``
        distinct history items, and of the user's text when there is one (zeros when neither).
        """
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        return self._user_vectors(users, self.train_ if history is None else history)

    def _user_vectors(self, users: np.ndarray, history: pd.DataFrame) -> np.ndarray:
        lists = history_lists(history, self.user_ids_[users], self.item_index_, self.max_history)
        return history_profiles(  # the lists are distinct already, most recent last
            self.item_vectors_,
            lists,
            distinct=False,
            extra_vectors=self.user_text_vectors_[users],
            extra_mask=self.has_user_text_[users],
        )


class FineTunedRegressor(_FineTuned):
    """Rating prediction with a (partially) fine-tuned BERT: ``head([u, v, u*v])``.

    ``v`` is the tower's unit vector of the item's text, ``u`` the mean of the tower's
    vectors of the user's history items (and of the user's text, if any), so cold items
    (text) and new users (k shots and/or text) are served. The head is linear or a small MLP
    with a *linear* output (no sigmoid: ratings are 1-5), trained with MSE; RMSE and MAE are
    reported per epoch in ``history_``.

    Parameters
    ----------
    encoder : "lm" or BertEncoder, default "lm"
        The pretrained model: ``"lm"`` is the bundled all-MiniLM-L6-v2 that every model of
        the process shares; ``BertEncoder(PATH)`` another checkpoint (a folder or
        ``hf://owner/name``). Never modified: the trainable layers are copies.
    trainable_layers : int or "all", default 1
        Top transformer layers fine-tuned. ``0``: only the head trains on frozen vectors;
        ``"all"``: a full fine-tune (slow: nothing can be cached).
    max_length : int, default 64
        Tokens per text (longer texts are truncated).
    epochs : int, default 3
        Upper bound; early stopping on the validation loss usually ends sooner.
    batch_size : int, default 64
    learning_rate : float, default 1e-3
        Adam learning rate of the head.
    encoder_learning_rate : float, default 1e-4
        Adam learning rate of the fine-tuned layers (small: they start pretrained).
    weight_decay : float, default 0
        Decoupled weight decay (AdamW style) on kernels, not on biases or layer norms.
    dropout : float, default 0.1
        Dropout on the head's inputs and hidden layer (the copied layers keep the
        checkpoint's own dropout).
    validation_fraction : float, default 0.1
        Share of the rated interactions held out for early stopping (0: none).
    patience : int, default 1
        Epochs without improvement of the validation loss before stopping.
    augment_word_dropout : float, default 0
        Text augmentation: each epoch trains on a new version of every training item's text
        with each word dropped with this probability (seeded; at least one word kept). The
        versions run through the frozen layers too (one extra frozen pass over the training
        items per epoch); validation and scoring read the original texts. ``0``: off.
    adversarial_epsilon : float, default 0
        Adversarial training (FGM): each step adds the loss on the tower's input (the frozen
        layers' hidden states, or the pooled vectors with ``trainable_layers=0``) moved by
        ``epsilon * g / ||g||`` along the loss gradient ``g`` (norm per text); a step costs
        about twice as much. ``history_`` gains ``adv_loss``. Not with a full fine-tune.
        ``0``: off.
    max_history : int, default 50
        Most recent distinct history items averaged into a user vector.
    cache_dtype : "float16" or "float32", default "float16"
        How cached hidden states are stored (float16 halves memory; ~1e-3 difference).
    cache_dir : path, optional
        Also keep the frozen layers' output on disk (``.npz``), reused across fits.
    max_seconds : float, optional
        Stop training after this many seconds since ``fit`` began (checked after each
        batch; the validation pass of that epoch still runs). Depends on the machine's
        speed and load: use ``max_examples`` for reproducible runs.
    max_examples : int, optional
        Stop training once this many training examples have been seen (checked after each
        batch, like ``max_seconds``): a budget that gives the same model on every machine.
    jit_compile : bool, default False
        XLA-compile the frozen pass and training steps (slower to start; measured no faster
        for training on 2 CPU cores).
    seed : int, default 0
        Seeds Keras (``keras.utils.set_random_seed``), the split and the batch order.
    verbose : bool, default False
        A progress bar per training epoch and one for the frozen pass.
    hidden_units : int, default 64
        Width of the head's hidden ReLU layer; ``0`` makes the head linear.
    clip_predictions : bool, default True
        Clip predicted ratings to the dataset's rating range (``loss="mse"`` only).
    loss : "mse" or "bce", default "mse"
        ``"mse"``: regress the rating. ``"bce"``: pointwise cross-entropy; the head's output is
        the logit of P(rating >= ``positive_threshold``), and ``predict``/``score`` return
        that probability (``history_`` then has ``loss, accuracy, val_loss, val_accuracy``).
    positive_threshold : float, default 4.0
        With ``loss="bce"``: ratings at or above it are the positive class.

    Attributes (after ``fit``)
    --------------------------
    history_ : dict of per-epoch lists ``loss, rmse, mae, val_loss, val_rmse, val_mae,
        seconds`` (wall-clock per epoch, validation included): plot them as training curves
    timings_ : dict: frozen-pass seconds, training seconds, examples/s, epochs, ...
    item_vectors_ : ``(n_items, dim)`` fine-tuned item vectors
    model_, tower_ : the Keras models
    """

    name = "finetuned_regressor"

    def __init__(self, encoder="lm", *, hidden_units: int = 64, clip_predictions: bool = True,
                 loss: str = "mse", positive_threshold: float = 4.0, **kwargs):  # fmt: skip
        super().__init__(encoder, **kwargs)
        self.hidden_units = hidden_units
        self.clip_predictions = clip_predictions
        self.loss = loss
        self.positive_threshold = positive_threshold

    def _validate_params(self) -> None:
        super()._validate_params()
        check_int("hidden_units", self.hidden_units, 0)
        if not isinstance(self.loss, str) or self.loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {self.loss!r}")
        check_float("positive_threshold", self.positive_threshold, -np.inf)

    def _examples(self, data, train):
        if RATING not in train or not train[RATING].notna().any():
            raise NeedsRatings(
                f"{self.name} predicts ratings, but the training interactions have no "
                f"'{RATING}' values: use a dataset with ratings, or FineTunedTwoTower for "
                "implicit feedback"
            )
        rated = train[train[RATING].notna()]
        return pd.DataFrame(
            {
                USER_ID: rated[USER_ID].to_numpy(),
                ITEM_ID: rated[ITEM_ID].to_numpy(),
                "target": rated[RATING].to_numpy(np.float32),
            }
        )

    def _make_model(self, tower, features, bank, targets, pad_to):
        dim = self.split_.hidden_dim
        layers = [keras.layers.Dropout(self.dropout)]
        if self.hidden_units:
            layers += [keras.layers.Dense(self.hidden_units, activation="relu")]
            layers += [keras.layers.Dropout(self.dropout)]
        mean = float(np.mean(targets)) if len(targets) else 0.0
        if self.loss == "bce":  # start at the log-odds of the positive share
            share = float(np.mean(targets >= self.positive_threshold)) if len(targets) else 0.5
            share = min(max(share, 1e-3), 1 - 1e-3)
            mean = float(np.log(share / (1 - share)))
        layers += [keras.layers.Dense(1, bias_initializer=keras.initializers.Constant(mean))]
        head = keras.Sequential([keras.Input((3 * dim,)), *layers], name="rating_head")
        low, high = self.data_.rating_range or (float(np.min(targets)), float(np.max(targets)))
        self.rating_range_ = (float(low), float(high))
        return RatingModel(
            tower, features, bank, head, pad_to, loss=self.loss,
            threshold=float(self.positive_threshold), name="finetuned_regressor",
            adversarial_epsilon=float(self.adversarial_epsilon),
        )  # fmt: skip

    def _after_fit(self):
        model = self.model_
        spec = tf.TensorSpec((None, self.item_vectors_.shape[1]), tf.float32)

        probability = self.loss == "bce"

        @tf.function(input_signature=[spec, spec])
        def rate(users, items):
            out = model.rate(users, items, training=False)
            return tf.sigmoid(out) if probability else out

        self._rate = rate

    def _pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        out = np.zeros(len(users), np.float32)
        for start in range(0, len(users), _PAIR_CHUNK):
            stop = start + _PAIR_CHUNK
            out[start:stop] = self._rate(users[start:stop], items[start:stop]).numpy()
        if self.clip_predictions and self.loss == "mse":
            np.clip(out, *self.rating_range_, out=out)
        return out

    def predict(self, user_ids, item_ids, history: pd.DataFrame | None = None) -> np.ndarray:
        """Predicted ratings ``(n,)`` for the pairs ``(user_ids[k], item_ids[k])`` (with
        ``loss="bce"``: the probability that the rating is at least ``positive_threshold``)."""
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        items = self._positions(item_ids, self.item_index_, "item")
        if len(users) != len(items):
            raise ColdstartError(
                f"predict needs as many user ids as item ids (pairs), got {len(users)} and "
                f"{len(items)}: use score() for every user x item"
            )
        history = self.train_ if history is None else history
        distinct, inverse = np.unique(users, return_inverse=True)
        vectors = self._user_vectors(distinct, history)
        return self._pairs(vectors[inverse], self.item_vectors_[items])

    def _score(self, users, items, history):
        vectors = self._user_vectors(users, history)
        candidates = self.item_vectors_[items]
        scores = np.zeros((len(users), len(items)), np.float32)
        per_call = max(1, _PAIR_CHUNK // max(len(items), 1))
        for start in range(0, len(users), per_call):
            block = vectors[start : start + per_call]
            u = np.repeat(block, len(items), axis=0)
            v = np.tile(candidates, (len(block), 1))
            scores[start : start + len(block)] = self._pairs(u, v).reshape(len(block), len(items))
        return scores


class FineTunedTwoTower(_FineTuned):
    """Retrieval fine-tune: in-batch softmax over ``u . v / temperature + bias(v)``.

    Item tower: the (partially) fine-tuned encoder on the item text, plus a small head that
    predicts an item bias from the same vector (engagement/popularity learned from text, so
    a cold item gets one too). User tower: the mean of the item tower's vectors of the
    user's history items (and of the user's text); a new user with k shots is their k
    support items. Trained on distinct (user, positive item) training pairs; in each batch
    the other rows' items are the negatives (the same item or the same user's other items
    are masked out), with the log-frequency ("logQ") correction for in-batch sampling.

    Parameters are those of :class:`FineTunedRegressor` (without ``hidden_units`` and
    ``clip_predictions``), plus:

    temperature : float, default 0.05
        Softmax temperature on the cosine similarity.
    logq_correction : bool, default True
        Subtract ``log(frequency)`` from each in-batch logit while training, so popular items
        are not over-punished as negatives and the bias learns popularity.
    item_bias : bool, default True
        Learn a per-item bias from the item vector.
    bias_hidden_units : int, default 32
        Hidden width of the bias head (0: linear).
    negatives_from : str, optional
        A column of ``data.items`` (e.g. ``"category"``): training batches are drawn from one
        value of it at a time, so the in-batch negatives are items of the positive's own
        category ("hard negatives"). Default: random batches.
    hard_negative_share : float in (0, 1], default 1.0
        With ``negatives_from``: the share of each batch drawn from one category; the rest
        are random examples, so the negatives mix hard and random ones.

    ``score`` returns ``u . v / temperature + bias`` (higher is better).
    """

    name = "finetuned_two_tower"

    def __init__(self, encoder="lm", *, temperature: float = 0.05, logq_correction: bool = True,
                 item_bias: bool = True, bias_hidden_units: int = 32,
                 negatives_from: str | None = None, hard_negative_share: float = 1.0,
                 **kwargs):  # fmt: skip
        super().__init__(encoder, **kwargs)
        self.temperature = temperature
        self.logq_correction = logq_correction
        self.item_bias = item_bias
        self.bias_hidden_units = bias_hidden_units
        self.negatives_from = negatives_from
        self.hard_negative_share = hard_negative_share

    def _validate_params(self) -> None:
        super()._validate_params()
        check_float("temperature", self.temperature, 0.0, open_low=True)
        check_int("bias_hidden_units", self.bias_hidden_units, 0)
        share = check_float("hard_negative_share", self.hard_negative_share, 0.0, open_low=True)
        if share > 1:  # check_float's upper bound is open; 1 (whole batches) is allowed
            raise ValueError(f"hard_negative_share must be > 0 and <= 1, got {share!r}")
        if self.negatives_from is not None and not isinstance(self.negatives_from, str):
            raise ValueError(
                f"negatives_from must be the name of an items column or None, "
                f"got {self.negatives_from!r}"
            )
        if not self.item_bias and check_trainable_layers(self.trainable_layers) == 0:
            raise ValueError(
                "trainable_layers=0 with item_bias=False leaves nothing to train: fine-tune "
                "some layers (trainable_layers >= 1) or keep the item bias"
            )

    def _example_groups(self, data, items):
        column = self.negatives_from
        if column is None:
            return None
        if column == ITEM_ID or column not in data.items.columns:
            choices = ", ".join(c for c in data.items.columns if c != ITEM_ID) or "none"
            raise ColdstartError(
                f"negatives_from={column!r} is not a column of the items table: choose one of "
                f"{choices}, or None for random batches"
            )
        # Positions follow data.items' rows, as the fitted item index does.
        codes = pd.factorize(data.items[column].astype("string").fillna(""))[0]  # NA: one group
        return codes[items]

    def _examples(self, data, train):
        pairs = train[[USER_ID, ITEM_ID]].drop_duplicates()
        if pairs.empty:
            raise ColdstartError(f"{self.name} needs at least one training interaction")
        return pairs.assign(target=np.float32(0)).reset_index(drop=True)

    def _make_model(self, tower, features, bank, targets, pad_to):
        bias = None
        if self.item_bias:
            layers = [keras.Input((self.split_.hidden_dim,)), keras.layers.Dropout(self.dropout)]
            if self.bias_hidden_units:
                layers += [keras.layers.Dense(self.bias_hidden_units, activation="relu")]
            layers += [keras.layers.Dense(1)]
            bias = keras.Sequential(layers, name="item_bias")
        return RetrievalModel(
            tower, features, bank, bias, self.temperature, pad_to, name="finetuned_two_tower",
            adversarial_epsilon=float(self.adversarial_epsilon),
        )  # fmt: skip

    def _after_fit(self):
        vectors = tf.constant(self.item_vectors_)
        self.item_bias_ = self.model_.item_bias(vectors, training=False).numpy().astype(np.float32)

    def _score(self, users, items, history):
        vectors = self._user_vectors(users, history)
        scores = vectors @ self.item_vectors_[items].T / self.temperature
        return scores + self.item_bias_[items][None, :]
