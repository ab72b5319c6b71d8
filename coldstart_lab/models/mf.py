"""Matrix factorisation in Keras: the warm-start reference every cold-start model is built on.

Every user u and item i get a vector of ``factors`` numbers, and a score is their dot product
plus biases::

    s(u, i) = p_u · q_i + b_i + b_u + μ

The model is three small Keras pieces composed (TensorFlow Recommenders style): a *user
model* and an *item model* (id -> factor vector and bias, :func:`id_tower`) and a *scorer*
(dot product + biases, :func:`factorization_model`). Two objectives:

- ``loss="bce"`` (default, implicit feedback): the training interactions are positives
  (label 1), each one paired with ``negatives`` items drawn uniformly from the training items
  (label 0, fresh draws every epoch); binary cross-entropy on the logit s(u, i). μ is fixed
  at the prior log-odds ``-log(negatives)``, so the item bias learns how much more often than
  chance an item is chosen: its popularity.
- ``loss="mse"`` (explicit feedback, the article's §4 objective): mean squared error between
  s(u, i) and the ``rating`` column, μ fixed at the mean training rating. Only rated
  interactions are used, so only users and items with a rating count as known.

Both add an L2 penalty ``l2 · (‖p_u‖² + ‖q_i‖² + b_u² + b_i²)`` per training example (each
vector is shrunk in proportion to how often it is used, as in classic SGD matrix
factorisation).

MF has no vector for an item or a user it never saw in training, and says so: ``score``
raises :class:`~coldstart_lab.models.base.CannotServe` for cold items and cold users, even
for a user whose interactions are given in ``history`` (use :mod:`coldstart_lab.models.mapping` or
:mod:`coldstart_lab.models.dropoutnet` for those).
"""

from __future__ import annotations

import numpy as np
from sklearn.base import clone

from coldstart_lab.data.dataset import ITEM_ID, RATING, USER_ID
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import NeedsRatings, Recommender

LOSSES = ("bce", "mse")


def import_keras():
    """The ``keras`` module, imported on first use with TensorFlow's start-up chatter
    silenced (every Keras model of :mod:`coldstart_lab.models` gets Keras from here, so that
    importing the package loads no TensorFlow)."""
    from coldstart_lab._runtime import import_tensorflow  # noqa: PLC0415

    import_tensorflow()
    import keras  # noqa: PLC0415

    return keras


def id_tower(n_rows: int, dim: int, l2: float, name: str, stddev: float = 0.1):
    """A Keras model: integer ids ``(batch,)`` -> (vectors ``(batch, dim)``, biases ``(batch,)``).

    Two embedding tables, one of ``dim`` factors and one of a single bias, both L2-penalised
    per looked-up row (``activity_regularizer``, averaged over the batch).
    """
    keras = import_keras()
    ids = keras.Input(shape=(), dtype="int32", name=f"{name}_id")
    penalty = keras.regularizers.L2(l2) if l2 > 0 else None
    vectors = keras.layers.Embedding(
        n_rows,
        dim,
        embeddings_initializer=keras.initializers.RandomNormal(stddev=stddev),
        activity_regularizer=penalty,
        name=f"{name}_factors",
    )(ids)
    bias = keras.layers.Embedding(
        n_rows, 1, embeddings_initializer="zeros", activity_regularizer=penalty, name=f"{name}_bias"
    )(ids)
    bias = keras.layers.Reshape(())(bias)
    return keras.Model(ids, [vectors, bias], name=name)


def fit_epochs(
    model, make_epoch, *, epochs: int, batch_size: int, rng, optimizer, loss
) -> list[float]:
    """Compile ``model`` and train it for ``epochs`` passes in one ``model.fit`` call.

    ``make_epoch()`` returns one pass of examples, ``(inputs, targets)``: a dict of ``(n,)``
    arrays in the dtypes the model's inputs expect, and float32 ``(n,)``; always the same
    ``n`` (a new draw every epoch, e.g. fresh negatives). Each pass is shuffled with ``rng``
    and cut into batches of ``batch_size`` rows; the last batch is topped up with rows from
    the start of the pass, so that every batch has the same shape (no second tracing of the
    training step). Several steps run per call into TensorFlow (``steps_per_execution``, a
    divisor of the steps per epoch), which saves Python overhead on small batches. Returns
    the mean training loss of every epoch.
    """
    first = make_epoch()
    n = len(first[1])
    batch_size = min(batch_size, n)
    steps = -(-n // batch_size)
    per_call = max(d for d in range(1, min(steps, 16) + 1) if steps % d == 0)
    model.compile(optimizer=optimizer, loss=loss, steps_per_execution=per_call)

    def batches():
        inputs, targets = first
        while True:
            order = rng.permutation(n)
            order = np.r_[order, order[: steps * batch_size - n]]
            for step in range(steps):
                rows = order[step * batch_size : (step + 1) * batch_size]
                yield {name: values[rows] for name, values in inputs.items()}, targets[rows]
            inputs, targets = make_epoch()

    history = model.fit(batches(), epochs=epochs, steps_per_epoch=steps, shuffle=False, verbose=0)
    return [float(v) for v in history.history["loss"]]


def factorization_model(user_model, item_model, global_bias: float):
    """A Keras model: ``{"user": (batch,), "item": (batch,)}`` -> scores ``(batch,)``.

    ``p_u · q_i + b_i + b_u + global_bias`` from the two id towers (see :func:`id_tower`).
    """
    keras = import_keras()
    user = keras.Input(shape=(), dtype="int32", name="user")
    item = keras.Input(shape=(), dtype="int32", name="item")
    user_vector, user_bias = user_model(user)
    item_vector, item_bias = item_model(item)
    dot = keras.layers.Reshape(())(keras.layers.Dot(axes=1)([user_vector, item_vector]))
    score = keras.layers.Add()([dot, user_bias, item_bias]) + float(global_bias)
    return keras.Model({"user": user, "item": item}, score, name="matrix_factorization")


class MatrixFactorization(Recommender):
    """User and item factors + biases trained in Keras; warm users and items only.

    Parameters
    ----------
    factors : int, default 32
        Length of every user and item vector.
    epochs : int, default 20
        Passes over the training interactions (BCE: fresh negatives each pass).
    l2 : float, default 0.03
        Weight of the per-example L2 penalty on the vectors and biases used in a batch.
    learning_rate : float, default 0.01
        Adam step size.
    negatives : int, default 4
        ``loss="bce"`` only: uniformly drawn training items (label 0) per positive.
    loss : "bce" or "mse", default "bce"
        Implicit feedback (interactions vs sampled negatives, binary cross-entropy on logits)
        or explicit feedback (squared error on the ``rating`` column; ``fit`` raises
        :class:`~coldstart_lab.models.base.NeedsRatings` on interactions without ratings).
    seed : int, default 0
        Seeds Keras (initial vectors) and the negative sampling and shuffling: the same seed
        gives the same model.
    batch_size : int, default 4096
        Examples per gradient step (large batches keep training fast on CPU).

    Attributes (after ``fit``; rows in ``data.users`` / ``data.items`` order)
    -------------------------------------------------------------------------
    user_factors_ : float32 ``(n_users, factors)``, zero rows for users absent from training.
    item_factors_ : float32 ``(n_items, factors)``, zero rows for items absent from training.
    user_bias_ : float32 ``(n_users,)``; item_bias_ : float32 ``(n_items,)`` (zero if absent).
    global_bias_ : float, μ (``-log(negatives)`` for BCE, the mean rating for MSE).
    user_trained_, item_trained_ : bool ``(n_users,)`` / ``(n_items,)``, True for the rows
        that were trained.
    loss_history_ : list of float, the training loss of every epoch.
    model_ : the Keras model (``{"user", "item"}`` position arrays -> scores).

    ``score`` returns ``(n_users, n_items)`` logits (BCE) or predicted ratings (MSE).
    """

    name = "mf"

    def __init__(
        self,
        factors: int = 32,
        epochs: int = 20,
        l2: float = 0.03,
        learning_rate: float = 0.01,
        negatives: int = 4,
        loss: str = "bce",
        seed: int = 0,
        batch_size: int = 4096,
    ):
        self.factors = factors
        self.epochs = epochs
        self.l2 = l2
        self.learning_rate = learning_rate
        self.negatives = negatives
        self.loss = loss
        self.seed = seed
        self.batch_size = batch_size

    def _validate_params(self) -> None:
        if self.loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {self.loss!r}")
        for param in ("factors", "epochs"):
            if int(getattr(self, param)) < 1:
                raise ValueError(f"{param} must be at least 1, got {getattr(self, param)}")
        if int(self.batch_size) < 1:
            raise ValueError(f"batch_size must be at least 1, got {self.batch_size}")
        if int(self.negatives) < 1:
            raise ValueError(f"negatives must be at least 1, got {self.negatives}")
        if not float(self.l2) >= 0:
            raise ValueError(f"l2 must be >= 0, got {self.l2}")
        if not float(self.learning_rate) > 0:
            raise ValueError(f"learning_rate must be positive, got {self.learning_rate}")

    # -- training -----------------------------------------------------------------------------

    def _fit(self, data, train) -> None:
        keras = import_keras()
        factors, l2, seed = int(self.factors), float(self.l2), int(self.seed)
        negatives = int(self.negatives)
        users = self.user_index_.get_indexer(train[USER_ID])
        items = self.item_index_.get_indexer(train[ITEM_ID])
        if (users < 0).any() or (items < 0).any():
            raise ColdstartError("training interactions name users or items absent from data")
        if self.loss == "mse":
            users, items, targets, global_bias = self._rated(train, users, items)
        else:
            pairs = np.unique(users.astype(np.int64) * len(self.item_ids_) + items)
            users, items = pairs // len(self.item_ids_), pairs % len(self.item_ids_)
            targets, global_bias = None, -float(np.log(negatives))
        self.user_trained_ = np.bincount(users, minlength=len(self.user_ids_)) > 0
        self.item_trained_ = np.bincount(items, minlength=len(self.item_ids_)) > 0
        # MSE trains on rated rows only: "known" means "has a trained vector".
        self.known_users_ = self.user_index_[self.user_trained_]
        self.known_items_ = self.item_index_[self.item_trained_]

        keras.utils.set_random_seed(seed)
        user_model = id_tower(len(self.user_ids_), factors, l2, "user_model")
        item_model = id_tower(len(self.item_ids_), factors, l2, "item_model")
        model = factorization_model(user_model, item_model, global_bias)
        rng = np.random.default_rng([seed, 1])
        rated = {"user": users.astype(np.int32), "item": items.astype(np.int32)}

        def epoch():
            """BCE: positives + fresh negatives; MSE: the rated pairs."""
            if self.loss == "bce":
                return self._with_negatives(users, items, negatives, rng)
            return rated, targets.astype(np.float32)

        self.loss_history_ = fit_epochs(
            model,
            epoch,
            epochs=int(self.epochs),
            batch_size=int(self.batch_size),
            rng=rng,
            optimizer=keras.optimizers.Adam(float(self.learning_rate)),
            loss=keras.losses.BinaryCrossentropy(from_logits=True)
            if self.loss == "bce"
            else keras.losses.MeanSquaredError(),
        )
        if not np.isfinite(self.loss_history_[-1]):
            raise ColdstartError(
                f"MF training diverged (loss is not finite): lower learning_rate "
                f"(now {self.learning_rate})"
            )
        self.model_ = model
        user_vectors, user_bias = (w.numpy() for w in _tower_tables(user_model))
        item_vectors, item_bias = (w.numpy() for w in _tower_tables(item_model))
        self.user_factors_ = np.where(self.user_trained_[:, None], user_vectors, 0)
        self.item_factors_ = np.where(self.item_trained_[:, None], item_vectors, 0)
        self.user_bias_ = np.where(self.user_trained_, user_bias[:, 0], 0)
        self.item_bias_ = np.where(self.item_trained_, item_bias[:, 0], 0)
        for name in ("user_factors_", "item_factors_", "user_bias_", "item_bias_"):
            setattr(self, name, getattr(self, name).astype(np.float32))
        self.global_bias_ = global_bias

    def _rated(self, train, users, items):
        """(users, items, ratings, mean rating) of the rated training rows."""
        if RATING not in train:
            raise NeedsRatings(
                "loss='mse' needs a rating column in the training interactions; "
                "use loss='bce' for clicks, views or purchases"
            )
        ratings = train[RATING].to_numpy(dtype=np.float64, na_value=np.nan)
        rated = ~np.isnan(ratings)
        if not rated.any():
            raise NeedsRatings("loss='mse' needs rated interactions, but no rating is set")
        mean = float(ratings[rated].mean())
        return users[rated], items[rated], ratings[rated], mean

    def _with_negatives(self, users, items, negatives, rng):
        """One epoch of BCE examples: the positives, then ``negatives`` uniform training items
        per positive (a draw that hits one of the user's positives is redrawn, up to 10
        times): (``{"user", "item"}`` positions, labels), always the same length."""
        n_items = len(self.item_ids_)
        pool = np.flatnonzero(self.item_trained_)
        positive_keys = users * n_items + items  # sorted: built by np.unique
        neg_users = np.repeat(users, negatives)
        neg_items = pool[rng.integers(len(pool), size=len(neg_users))]
        for _ in range(10):
            keys = neg_users * n_items + neg_items
            found = np.searchsorted(positive_keys, keys)
            clash = positive_keys[np.minimum(found, len(positive_keys) - 1)] == keys
            if not clash.any():
                break
            neg_items[clash] = pool[rng.integers(len(pool), size=int(clash.sum()))]
        labels = np.r_[np.ones(len(users)), np.zeros(len(neg_users))].astype(np.float32)
        inputs = {"user": np.r_[users, neg_users], "item": np.r_[items, neg_items]}
        return {name: values.astype(np.int32) for name, values in inputs.items()}, labels

    # -- serving ------------------------------------------------------------------------------

    def _score(self, users, items, history) -> np.ndarray:
        self._require_known(users, items)
        scores = self.user_factors_[users] @ self.item_factors_[items].T
        scores += self.item_bias_[items][None, :] + self.user_bias_[users][:, None]
        return scores + np.float32(self.global_bias_)


def make_mf(mf, seed) -> MatrixFactorization:
    """A fresh, unfitted MF from ``mf``, the ``mf`` parameter of the models built on MF.

    ``None``: ``MatrixFactorization(seed=seed)``; a dict: its parameters (``seed``
    defaulting to ``seed``); a :class:`MatrixFactorization`: an unfitted copy with the same
    parameters (:func:`sklearn.base.clone`). Anything else raises ``ValueError``. The MF's
    own parameters are checked when it is fitted (or by its ``_validate_params()``).
    """
    if mf is None:
        return MatrixFactorization(seed=seed)
    if isinstance(mf, MatrixFactorization):
        return clone(mf)
    if isinstance(mf, dict):
        return MatrixFactorization(**{"seed": seed, **mf})
    raise ValueError(
        f"mf must be None, a dict of MatrixFactorization parameters or a MatrixFactorization, "
        f"got {type(mf).__name__}"
    )


def fitted_mf(mf, seed, data, train) -> MatrixFactorization:
    """The MF to build on: ``mf`` itself when it is already fitted on these very ``data``
    and ``train`` interactions (fit MF once, try several models on it), else a fresh one
    (:func:`make_mf`) fitted here, so that an MF fitted on other interactions can never leak
    them."""
    if (
        isinstance(mf, MatrixFactorization)
        and hasattr(mf, "data_")
        and mf.data_ is data
        and (mf.train_ is train or mf.train_.equals(train))
    ):
        return mf
    return make_mf(mf, seed).fit(data, train)


def _tower_tables(tower):
    """The (factor table, bias table) variables of an :func:`id_tower`."""
    name = tower.name
    return (
        tower.get_layer(f"{name}_factors").embeddings,
        tower.get_layer(f"{name}_bias").embeddings,
    )
