"""DropoutNet (Volkovs, Yu, Poutanen, NeurIPS 2017): two towers that learn to do without
preference data.

Each side has a *preference* input (what matrix factorisation learned) and a *content* input
(text):

- user tower: [MF user factors p_u, user content] -> an ``out_dim`` vector. The user content
  is the user's text vector next to the mean text vector of the items in their history
  (either half is zero when missing: a new user at k = 0 with an onboarding answer has only
  the first, a user without text only the second).
- item tower: [MF item factors q_i and bias b_i, item text vector] -> an ``out_dim`` vector
  and a scalar bias (the *bias head*: how engaging an item is, readable from its text).

The towers are trained to reproduce the MF score ``p_u · q_i + b_i`` (the paper's regression
target) on (user, item) pairs drawn from the training interactions (every positive pair and
``random_pairs`` random training items per positive). The trick is *input dropout*: for each
training example the user's and, independently, the item's preference input is set to zero
with probability ``dropout``, so the towers must also reach the MF score from content
alone. At prediction time a cold item or a cold user simply gets a zero preference input: the
situation the network was trained for.

The model is composed of small Keras pieces: :func:`tower` (one per side), frozen lookup
tables feeding them during training, and the score ``user · item + bias``
(:func:`dropoutnet_trainer`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coldstart_lab.data.dataset import ITEM_ID, USER_ID
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import Recommender
from coldstart_lab.models.mapping import reduce_text
from coldstart_lab.models.mf import fit_epochs, fitted_mf, import_keras, make_mf
from coldstart_lab.models.profiles import history_profiles
from coldstart_lab.text.features import text_vectors


def tower(
    pref_dim: int, content_dim: int, hidden_units: int, out_dim: int, name: str, bias_head=False
):
    """A Keras model: (preference ``(batch, pref_dim)``, content ``(batch, content_dim)``) ->
    vector ``(batch, out_dim)`` (and, with ``bias_head``, a bias ``(batch,)``).

    concatenate -> Dense(hidden_units, tanh) -> Dense(out_dim); the bias head is a Dense(1)
    on the output vector.
    """
    keras = import_keras()
    preference = keras.Input(shape=(pref_dim,), name=f"{name}_preference")
    content = keras.Input(shape=(content_dim,), name=f"{name}_content")
    joined = keras.layers.Concatenate()([preference, content])
    hidden_out = keras.layers.Dense(hidden_units, activation="tanh", name=f"{name}_hidden")(joined)
    vector = keras.layers.Dense(out_dim, name=f"{name}_out")(hidden_out)
    outputs = vector
    if bias_head:
        bias = keras.layers.Dense(1, name=f"{name}_bias")(vector)
        outputs = [vector, keras.layers.Reshape(())(bias)]
    return keras.Model([preference, content], outputs, name=name)


def _frozen_table(table: np.ndarray, name: str):
    """A non-trainable embedding layer holding ``table`` ``(n_rows, dim)``."""
    keras = import_keras()
    return keras.layers.Embedding(
        table.shape[0], table.shape[1], weights=[table], trainable=False, name=name
    )


def dropoutnet_trainer(user_tower, item_tower, tables: dict):
    """The training model: ``{"user", "item"}`` positions and ``{"user_keep", "item_keep"}``
    0/1 flags ``(batch,)`` -> scores ``(batch,)``.

    ``tables`` holds the frozen inputs: ``user_pref`` ``(n_users, f)``, ``user_content``
    ``(n_users, c_u)``, ``item_pref`` ``(n_items, f + 1)``, ``item_content`` ``(n_items, c_i)``.
    A 0 flag zeroes that example's preference input (the input dropout).
    """
    keras = import_keras()
    user = keras.Input(shape=(), dtype="int32", name="user")
    item = keras.Input(shape=(), dtype="int32", name="item")
    user_keep = keras.Input(shape=(), name="user_keep")
    item_keep = keras.Input(shape=(), name="item_keep")
    lookup = {name: _frozen_table(table, name) for name, table in tables.items()}
    user_pref = lookup["user_pref"](user) * keras.layers.Reshape((1,))(user_keep)
    item_pref = lookup["item_pref"](item) * keras.layers.Reshape((1,))(item_keep)
    user_vector = user_tower([user_pref, lookup["user_content"](user)])
    item_vector, item_bias = item_tower([item_pref, lookup["item_content"](item)])
    dot = keras.layers.Reshape(())(keras.layers.Dot(axes=1)([user_vector, item_vector]))
    score = keras.layers.Add()([dot, item_bias])
    inputs = {"user": user, "item": item, "user_keep": user_keep, "item_keep": item_keep}
    return keras.Model(inputs, score, name="dropoutnet")


class DropoutNet(Recommender):
    """Two towers over [MF preference, text content] trained with preference-input dropout.

    Parameters
    ----------
    encoder : "lm", "tfidf" or an encoder object, default "lm"
        How texts become vectors: ``"lm"`` is the process-wide bundled BERT encoder
        (:func:`coldstart_lab.text.features.text_vectors`).
    mf : None, dict or MatrixFactorization
        The MF model whose vectors are the preference inputs and whose scores are the targets
        (a dict is passed to :class:`~coldstart_lab.models.mf.MatrixFactorization`, its seed
        defaulting to ``seed``; an MF already fitted on the same ``data`` and ``train`` is
        reused as is, any other is refitted with its parameters).
    dropout : float in [0, 1), default 0.5
        Probability that an example's user (and, independently, item) preference input is
        zeroed during training.
    hidden_units : int, default 128
        Hidden units of each tower.
    out_dim : int, default 64
        Length of the tower outputs.
    epochs : int, default 10
    random_pairs : int, default 1
        Random training items per positive pair in each epoch's training pairs.
    batch_size : int, default 1024
    learning_rate : float, default 3e-3
        Adam step size.
    content_dim : int, default 256
        Text vectors wider than this (TF-IDF) are first reduced to ``content_dim`` numbers by
        a truncated SVD fitted on the item texts
        (:func:`~coldstart_lab.models.mapping.reduce_text`).
    seed : int, default 0

    Attributes (after ``fit``)
    --------------------------
    mf_ : the fitted MatrixFactorization.
    item_vectors_ ``(n_items, out_dim)``, item_bias_ ``(n_items,)``: item tower outputs (cold
        items with a zero preference input).
    loss_history_ : training loss (mean squared error to the MF score) per epoch.
    """

    name = "dropoutnet"

    def __init__(
        self,
        encoder="lm",
        mf=None,
        dropout: float = 0.5,
        hidden_units: int = 128,
        out_dim: int = 64,
        epochs: int = 10,
        random_pairs: int = 1,
        batch_size: int = 1024,
        learning_rate: float = 3e-3,
        content_dim: int = 256,
        seed: int = 0,
    ):
        self.encoder = encoder
        self.mf = mf
        self.dropout = dropout
        self.hidden_units = hidden_units
        self.out_dim = out_dim
        self.epochs = epochs
        self.random_pairs = random_pairs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.content_dim = content_dim
        self.seed = seed

    def _validate_params(self) -> None:
        if not 0 <= float(self.dropout) < 1:
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout}")
        for param in ("hidden_units", "out_dim", "epochs", "batch_size", "content_dim"):
            if int(getattr(self, param)) < 1:
                raise ValueError(f"{param} must be at least 1, got {getattr(self, param)}")
        if int(self.random_pairs) < 0:
            raise ValueError(f"random_pairs must be >= 0, got {self.random_pairs}")
        if not float(self.learning_rate) > 0:
            raise ValueError(f"learning_rate must be positive, got {self.learning_rate}")
        make_mf(self.mf, self.seed)._validate_params()  # before MF is fitted

    # -- inputs -------------------------------------------------------------------------------

    def _user_content(self, users: np.ndarray, history) -> np.ndarray:
        """``(len(users), 2 d)``: [user text vector, mean text vector of history items]."""
        seen = positions_per_user(history, self.user_ids_[users], self.item_index_)
        return np.hstack([self.user_text_[users], history_profiles(self.item_text_, seen)])

    def _user_preference(self, users: np.ndarray) -> np.ndarray:
        """MF user factors ``(len(users), f)``; zero rows for users MF did not train."""
        return self.mf_.user_factors_[users]

    def _item_preference(self) -> np.ndarray:
        """[MF item factors, MF item bias] ``(n_items, f + 1)``; zero rows for cold items."""
        return np.hstack([self.mf_.item_factors_, self.mf_.item_bias_[:, None]])

    # -- training -----------------------------------------------------------------------------

    def _fit(self, data, train) -> None:
        keras = import_keras()
        seed, hidden_units, out_dim = int(self.seed), int(self.hidden_units), int(self.out_dim)
        random_pairs, dropout = int(self.random_pairs), float(self.dropout)
        mf = self.mf_ = fitted_mf(self.mf, self.seed, data, train)
        self.item_text_, self.user_text_ = reduce_text(
            *text_vectors(data, self.encoder), int(self.content_dim), seed
        )
        all_users = np.arange(len(self.user_ids_))
        tables = {
            "user_pref": mf.user_factors_,
            "user_content": self._user_content(all_users, train),
            "item_pref": self._item_preference(),
            "item_content": self.item_text_,
        }
        users = self.user_index_.get_indexer(train[USER_ID])
        items = self.item_index_.get_indexer(train[ITEM_ID])
        trained = mf.user_trained_[users] & mf.item_trained_[items]
        pairs = np.unique(users[trained].astype(np.int64) * len(self.item_ids_) + items[trained])
        if len(pairs) == 0:
            raise ColdstartError("DropoutNet needs training interactions of trained users/items")
        pos_users, pos_items = pairs // len(self.item_ids_), pairs % len(self.item_ids_)
        pool = np.flatnonzero(mf.item_trained_)

        keras.utils.set_random_seed(seed)
        pref_dim = mf.user_factors_.shape[1]
        self.user_tower_ = tower(
            pref_dim, tables["user_content"].shape[1], hidden_units, out_dim, "user_tower"
        )
        self.item_tower_ = tower(
            pref_dim + 1, self.item_text_.shape[1], hidden_units, out_dim, "item_tower", True
        )
        model = dropoutnet_trainer(self.user_tower_, self.item_tower_, tables)
        rng = np.random.default_rng([seed, 2])

        def epoch():
            """Positive pairs + random pairs, MF-score targets, fresh dropout flags."""
            rand_users = np.repeat(pos_users, random_pairs)
            rand_items = pool[rng.integers(len(pool), size=len(rand_users))]
            u, i = np.r_[pos_users, rand_users], np.r_[pos_items, rand_items]
            target = (mf.user_factors_[u] * mf.item_factors_[i]).sum(axis=1) + mf.item_bias_[i]
            keep = (rng.random((2, len(u))) >= dropout).astype(np.float32)
            inputs = {"user": u.astype(np.int32), "item": i.astype(np.int32)}
            inputs.update(user_keep=keep[0], item_keep=keep[1])
            return inputs, target.astype(np.float32)

        self.loss_history_ = fit_epochs(
            model,
            epoch,
            epochs=int(self.epochs),
            batch_size=int(self.batch_size),
            rng=rng,
            optimizer=keras.optimizers.Adam(float(self.learning_rate)),
            loss="mse",
        )
        if not np.isfinite(self.loss_history_[-1]):
            raise ColdstartError(
                f"DropoutNet training diverged: lower learning_rate (now {self.learning_rate})"
            )
        self.model_ = model
        self.item_vectors_, self.item_bias_ = _call(
            self.item_tower_, [self._item_preference(), self.item_text_]
        )

    # -- serving ------------------------------------------------------------------------------

    def user_vectors(self, user_ids, history: pd.DataFrame | None = None) -> np.ndarray:
        """User tower outputs ``(len(user_ids), out_dim)``; users MF did not train get a zero
        preference input and are described by their text and ``history`` items (default:
        the training interactions), as :meth:`score` uses them."""
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        return self._user_vectors(users, self.train_ if history is None else history)

    def _user_vectors(self, users: np.ndarray, history: pd.DataFrame) -> np.ndarray:
        """:meth:`user_vectors` for user positions ``(n,)``."""
        return _call(
            self.user_tower_, [self._user_preference(users), self._user_content(users, history)]
        )

    def _score(self, users, items, history) -> np.ndarray:
        vectors = self._user_vectors(users, history)
        return vectors @ self.item_vectors_[items].T + self.item_bias_[items][None, :]


def _call(model, inputs: list[np.ndarray], block: int = 8192):
    """Run a Keras model on numpy inputs in blocks; numpy output(s)."""
    n = len(inputs[0])
    parts = []
    for start in range(0, max(n, 1), block):
        out = model([np.asarray(x[start : start + block], np.float32) for x in inputs])
        parts.append([np.asarray(o) for o in out] if isinstance(out, list | tuple) else out)
    if isinstance(parts[0], list):
        return tuple(np.concatenate([p[j] for p in parts]) for j in range(len(parts[0])))
    return np.concatenate([np.asarray(p) for p in parts])
