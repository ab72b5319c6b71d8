"""The article's §4 model: a linear rating predictor trained with mean squared error.

    ŷ_u(i) = θ · φ(x_u, i)            L(θ) = mean over (u, i) of (ŷ_u(i) − y_u(i))² + λ‖θ‖²

:class:`PairFeatures` builds φ(x_u, i) from text: the item's description vector, the user's
profile (the mean vector of the items in their history) and their element-wise product, after
a PCA that keeps the numbers small enough to look at. :class:`LinearRatingModel` fits θ in
four ways that must agree, as notebooks 02 and 03 show:

- ``"closed_form"``   solve the normal equations (XᵀX/n + λI) θ = Xᵀy/n
- ``"numpy"``         gradient descent written by hand: θ ← θ − η ∇L(θ)
- ``"gradient_tape"`` the same update, the gradient computed by ``tf.GradientTape``
- ``"keras"``         a ``keras.optimizers.SGD`` applying the tape's gradient

With the same λ, enough steps and a stable learning rate, the three iterative solvers reach
the closed-form θ.

By default the penalty covers every weight, the intercept θ₀ too. With
``penalize_intercept=False`` it covers θ₁…θ_{p−1} only (λI above becomes λ·diag(0, 1, …, 1),
and the gradient's penalty term skips θ₀): the intercept is then free to sit at the mean
rating however large λ is.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator

from coldstart_lab.data.dataset import ITEM_ID, RATING, USER_ID
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import NeedsRatings
from coldstart_lab.models.profiles import history_profiles

SOLVERS = ("closed_form", "numpy", "gradient_tape", "keras")


def _check_xy(features, ratings=None):
    x = np.asarray(features, dtype=np.float64)
    if x.ndim != 2:
        raise ValueError(f"features must be 2-D (n_pairs, n_features), got shape {x.shape}")
    if not np.isfinite(x).all():
        raise ValueError("features contain NaN or infinite values")
    if ratings is None:
        return x, None
    y = np.asarray(ratings, dtype=np.float64)
    if y.shape != (len(x),):
        raise ValueError(f"ratings must have shape ({len(x)},), got {y.shape}")
    if not np.isfinite(y).all():
        raise ValueError("ratings contain NaN or infinite values: drop unrated pairs first")
    return x, y


class LinearRatingModel(BaseEstimator):
    """ŷ = X θ fitted by (L2-regularised) mean squared error.

    Parameters
    ----------
    solver : "closed_form", "numpy", "gradient_tape" or "keras"
    l2 : float, default 1e-3
        λ, the weight of ‖θ‖² (the bias term, column 0 when it is all ones, is included
        unless ``penalize_intercept`` is False).
    learning_rate : float, default 0.1
        η for the iterative solvers.
    epochs : int, default 500
        Passes over the data for the iterative solvers.
    batch_size : int, optional
        Mini-batches (shuffled with ``seed`` each epoch); ``None`` is full-batch descent.
    patience : int, optional
        Early stopping: stop when the validation loss has not improved for this many epochs
        (needs ``validation`` in :meth:`fit`); the best θ is kept.
    seed : int, default 0
    penalize_intercept : bool, default True
        Whether λ also shrinks θ₀, the weight of the constant feature. ``False`` penalises
        θ₁… only, in the closed form and in the three iterative solvers alike; ``fit`` then
        requires column 0 of the features to be all ones (the intercept). With centred
        features and ``False``, θ₀ is the mean rating for every λ.

    Attributes after ``fit``: ``theta_`` ``(n_features,)``, ``loss_history_`` (training loss
    per epoch), ``val_loss_history_``, ``stopped_epoch_``.
    """

    def __init__(
        self,
        solver: str = "closed_form",
        l2: float = 1e-3,
        learning_rate: float = 0.1,
        epochs: int = 500,
        batch_size: int | None = None,
        patience: int | None = None,
        seed: int = 0,
        penalize_intercept: bool = True,
    ):
        self.solver = solver
        self.l2 = l2
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.batch_size = batch_size
        self.patience = patience
        self.seed = seed
        self.penalize_intercept = penalize_intercept

    def _validate_params(self) -> None:
        """Raise ``ValueError`` naming the first bad parameter (called by :meth:`fit`)."""
        if self.solver not in SOLVERS:
            raise ValueError(f"solver must be one of {SOLVERS}, got {self.solver!r}")
        if self.l2 < 0:
            raise ValueError(f"l2 must be >= 0, got {self.l2}")
        if not self.learning_rate > 0:
            raise ValueError(f"learning_rate must be positive, got {self.learning_rate}")
        if int(self.epochs) < 1:
            raise ValueError(f"epochs must be at least 1, got {self.epochs}")
        if self.batch_size is not None and int(self.batch_size) < 1:
            raise ValueError(f"batch_size must be at least 1 or None, got {self.batch_size}")
        if self.patience is not None and int(self.patience) < 1:
            raise ValueError(f"patience must be at least 1 or None, got {self.patience}")
        if not isinstance(self.penalize_intercept, bool | np.bool_):
            raise ValueError(
                f"penalize_intercept must be True or False, got {self.penalize_intercept!r}"
            )

    def loss(self, features, ratings, theta=None) -> float:
        """The objective L(θ): mean squared error + λ‖θ‖² (for ``theta_`` by default).

        The penalty leaves θ₀ out when ``penalize_intercept`` is False.
        """
        x, y = _check_xy(features, ratings)
        theta = self.theta_ if theta is None else np.asarray(theta, dtype=np.float64)
        residual = x @ theta - y
        return float(np.mean(residual**2) + float(self.l2) * theta @ self._penalised(theta))

    def _penalised(self, theta: np.ndarray) -> np.ndarray:
        """θ with the intercept zeroed when it is not penalised (θ itself otherwise)."""
        if self.penalize_intercept:
            return theta
        return np.concatenate([[0.0], theta[1:]])

    def _check_intercept(self, x: np.ndarray) -> None:
        if not self.penalize_intercept and not (x.shape[1] and np.all(x[:, 0] == 1.0)):
            raise ValueError(
                "penalize_intercept=False needs an intercept: column 0 of features must be all ones"
            )

    def fit(self, features, ratings, validation=None) -> LinearRatingModel:
        """Fit θ on ``features`` ``(n, p)`` and ``ratings`` ``(n,)``.

        ``validation``: optional ``(features, ratings)`` for the validation curve and early
        stopping.
        """
        self._validate_params()
        x, y = _check_xy(features, ratings)
        self._check_intercept(x)
        val = None if validation is None else _check_xy(*validation)
        self.loss_history_, self.val_loss_history_ = [], []
        self.stopped_epoch_ = None
        if self.solver == "closed_form":
            penalty = np.diag(self._penalised(np.ones(x.shape[1])))  # λI or λ·diag(0, 1, …)
            gram = x.T @ x / len(x) + float(self.l2) * penalty
            self.theta_ = np.linalg.solve(gram, x.T @ y / len(x))
            self.loss_history_.append(self.loss(x, y))
            if val is not None:
                self.val_loss_history_.append(self.loss(*val))
            return self
        step = {
            "numpy": self._numpy_step,
            "gradient_tape": self._tape_step,
            "keras": self._keras_step,
        }[self.solver]
        self._prepare(x.shape[1])
        rng = np.random.default_rng(int(self.seed))
        best, best_theta, waited = np.inf, self._theta(), 0
        for epoch in range(int(self.epochs)):
            order = rng.permutation(len(x)) if self.batch_size else np.arange(len(x))
            size = int(self.batch_size or len(x))
            with np.errstate(over="ignore", invalid="ignore"):
                for start in range(0, len(x), size):
                    rows = order[start : start + size]
                    step(x[rows], y[rows])
                theta = self._theta()
                train_loss = self.loss(x, y, theta) if np.isfinite(theta).all() else np.inf
            if not np.isfinite(train_loss):
                raise ColdstartError(
                    f"gradient descent diverged at epoch {epoch + 1} (the loss overflowed): "
                    f"lower the learning rate (now {self.learning_rate})"
                )
            self.loss_history_.append(train_loss)
            if val is not None:
                val_loss = self.loss(*val, theta)
                self.val_loss_history_.append(val_loss)
                if val_loss < best - 1e-12:
                    best, best_theta, waited = val_loss, theta, 0
                elif self.patience is not None:
                    waited += 1
                    if waited >= int(self.patience):
                        self.stopped_epoch_ = epoch + 1
                        break
        self.theta_ = best_theta if (val is not None and self.patience) else self._theta()
        return self

    def predict(self, features) -> np.ndarray:
        """ŷ ``(n,)`` for ``features`` ``(n, p)``."""
        if not hasattr(self, "theta_"):
            raise ColdstartError("LinearRatingModel is not fitted: call .fit(features, ratings)")
        x, _ = _check_xy(features)
        if x.shape[1] != len(self.theta_):
            raise ValueError(f"features have {x.shape[1]} columns, θ has {len(self.theta_)}")
        return x @ self.theta_

    # -- the three iterative solvers: same update, three ways of writing it --------------

    def _prepare(self, p: int) -> None:
        self._theta_np = np.zeros(p)
        if self.solver in ("gradient_tape", "keras"):
            from coldstart_lab._runtime import import_tensorflow  # noqa: PLC0415

            tf = import_tensorflow()
            self._tf = tf
            self._theta_tf = tf.Variable(tf.zeros(p, tf.float64))
            self._mask_tf = tf.constant(self._penalised(np.ones(p)), tf.float64)
            if self.solver == "keras":
                import keras  # noqa: PLC0415

                self._optimizer = keras.optimizers.SGD(learning_rate=float(self.learning_rate))

    def _theta(self) -> np.ndarray:
        if self.solver == "numpy":
            return self._theta_np.copy()
        return self._theta_tf.numpy().copy()

    def _numpy_step(self, x, y) -> None:
        theta = self._theta_np
        l2 = float(self.l2)
        gradient = 2 * x.T @ (x @ theta - y) / len(x) + 2 * l2 * self._penalised(theta)
        self._theta_np = theta - float(self.learning_rate) * gradient

    def _tape_gradient(self, x, y):
        tf = self._tf
        with tf.GradientTape() as tape:
            residual = tf.linalg.matvec(x, self._theta_tf) - y
            theta = self._theta_tf
            penalised = theta if self.penalize_intercept else theta * self._mask_tf  # mask: 0/1
            loss = tf.reduce_mean(residual**2) + float(self.l2) * tf.reduce_sum(penalised**2)
        return tape.gradient(loss, self._theta_tf)

    def _tape_step(self, x, y) -> None:
        self._theta_tf.assign_sub(float(self.learning_rate) * self._tape_gradient(x, y))

    def _keras_step(self, x, y) -> None:
        self._optimizer.apply_gradients([(self._tape_gradient(x, y), self._theta_tf)])


class PairFeatures(BaseEstimator):
    """φ(x_u, i) for (user, item) pairs, built from item text vectors.

    ``[1, item_i, profile_u ⊙ item_i]`` where ``item_i`` is the item's text vector reduced by
    PCA to ``n_components`` numbers (standardised), and ``profile_u`` is the mean of the
    reduced vectors of the user's history events (an item seen twice counts twice:
    :func:`~coldstart_lab.models.profiles.history_profiles` with ``distinct=False``). In
    training the pair's own item is left out of the profile (leave-one-out), so the model
    cannot peek at the answer.

    Parameters
    ----------
    n_components : int, default 16
    parts : tuple, default ("bias", "item", "interaction")
        Which blocks of φ to build (``"bias"`` is the constant 1).
    """

    PARTS = ("bias", "item", "interaction")

    def __init__(self, n_components: int = 16, parts=("bias", "item", "interaction")):
        self.n_components = n_components
        self.parts = parts

    def _validate_params(self) -> None:
        """Raise ``ValueError`` naming the first bad parameter (called by :meth:`fit`)."""
        if int(self.n_components) < 1:
            raise ValueError(f"n_components must be at least 1, got {self.n_components}")
        parts = self.parts
        unknown = set(parts) - set(self.PARTS)
        if unknown or not parts:
            raise ValueError(f"parts must be a non-empty subset of {self.PARTS}, got {parts}")

    def fit(self, item_ids, item_vectors) -> PairFeatures:
        """Learn the PCA from the catalogue's text vectors ``(n_items, d)``."""
        from sklearn.decomposition import PCA  # noqa: PLC0415

        self._validate_params()
        vectors = np.asarray(item_vectors, dtype=np.float64)
        k = min(int(self.n_components), *vectors.shape)
        reduced = PCA(n_components=k, random_state=0).fit_transform(vectors)
        reduced /= reduced.std(axis=0) + 1e-12
        self.item_index_ = pd.Index(np.asarray(item_ids))
        self.reduced_ = reduced
        return self

    @property
    def names(self) -> list[str]:
        """Column names of φ, for plots of θ."""
        k = self.reduced_.shape[1]
        names = []
        if "bias" in self.parts:
            names.append("bias")
        if "item" in self.parts:
            names += [f"item_{j}" for j in range(k)]
        if "interaction" in self.parts:
            names += [f"match_{j}" for j in range(k)]
        return names

    def transform(self, pairs: pd.DataFrame, history: pd.DataFrame, leave_one_out: bool = False):
        """φ for each row of ``pairs`` (``user_id``, ``item_id``): float ``(n_pairs, p)``."""
        items = self.item_index_.get_indexer(pairs[ITEM_ID])
        if (items < 0).any():
            bad = pairs[ITEM_ID].to_numpy()[items < 0][0]
            raise ColdstartError(f"item {str(bad)!r} has no text vector: fit on the full catalogue")
        users = pd.unique(pairs[USER_ID])
        histories = positions_per_user(history, users, self.item_index_)
        means = history_profiles(self.reduced_, histories, distinct=False)  # zeros: no history
        row = pd.Index(users).get_indexer(pairs[USER_ID])
        profile = means[row]
        item = self.reduced_[items]
        if leave_one_out:  # every event of the pair's own (user, item) leaves the profile
            known = history[self.item_index_.get_indexer(history[ITEM_ID]) >= 0]
            own = known.groupby([USER_ID, ITEM_ID]).size()
            pair_index = pd.MultiIndex.from_arrays([pairs[USER_ID], pairs[ITEM_ID]])
            copies = own.reindex(pair_index).fillna(0).to_numpy().astype(float)
            n = np.array([len(h) for h in histories], float)[row]
            rest = n - copies
            without = (n[:, None] * profile - copies[:, None] * item) / np.maximum(rest, 1)[:, None]
            without = np.where(rest[:, None] > 0, without, 0.0)
            profile = np.where(copies[:, None] > 0, without, profile)
        blocks = []
        if "bias" in self.parts:
            blocks.append(np.ones((len(pairs), 1)))
        if "item" in self.parts:
            blocks.append(item)
        if "interaction" in self.parts:
            blocks.append(profile * item)
        return np.hstack(blocks)


def rated_pairs(interactions: pd.DataFrame) -> pd.DataFrame:
    """The interactions that carry a rating (``user_id``, ``item_id``, ``rating``).

    Raises :class:`~coldstart_lab.models.base.NeedsRatings` when there is none.
    """
    if RATING not in interactions:
        raise NeedsRatings("these interactions have no rating column: the MSE model needs one")
    rated = interactions[interactions[RATING].notna()]
    if rated.empty:
        raise NeedsRatings("no interaction has a rating: the MSE model needs rated pairs")
    return rated[[USER_ID, ITEM_ID, RATING]].reset_index(drop=True)
