"""Text -> collaborative-filtering space: give cold items and cold users MF vectors from text.

:class:`TextToCF` first fits :class:`~coldstart_lab.models.mf.MatrixFactorization` on the training
interactions, then learns a *map* from an item's text vector to what MF learned about it:

    text vector x_i  --f-->  [q_i, b_i]      (item factors and item bias)

fitted on the warm items (those MF trained). A cold item is then scored like any MF item,
with its mapped vector ``f(x_i)``. Mapping the **bias** matters as much as the factors: the
bias is MF's popularity term, and on a real catalogue how much an item is chosen can be read
from its text (brand, quality cues, price). A model that only matches the *direction* of
tastes (content similarity, or mapping q_i alone) ranks a flimsy knock-off next to the
best-seller of the same kind; the mapped bias separates them.

Two maps: ``"ridge"`` (linear, closed form: scikit-learn's :class:`~sklearn.linear_model.Ridge`
with an intercept) and ``"mlp"`` (one hidden layer in Keras, early stopping on 10% of the
warm items, :class:`MLPMap`; text vectors wider than 256 columns are first SVD-reduced by
:func:`reduce_text`).

Users:

- **warm users** (trained by MF) keep their MF user factors.
- **user text**: a ridge map from user-text vectors to MF user factors, fitted on the warm
  users that have text, gives a new user with an onboarding answer a vector u₀ at k = 0.
- **k-shot fold-in**: a new user's ``history`` interactions (the "support" shots) refine u₀:
  u maximises MF's own objective for that user plus a Gaussian prior centred on u₀. For the
  implicit-feedback MF (BCE) the objective is the logistic loss over the history items
  (label 1) and every training item (label 0, weighted ``negatives · k / n_train_items``,
  the rate at which MF training samples negatives for a user with k positives), minimised
  by 5 Newton steps from u₀. Each step is a weighted least-squares problem solved in closed
  form (iteratively reweighted least squares, confidence weight σ(1 − σ) per item: the
  structure of the implicit-ALS fold-in). For the rating MF (MSE) it is Bayesian ridge
  regression of the user's ratings (minus biases) on the items' factors, in closed form.
  The prior's covariance is *measured*, not tuned: the second moment of the warm users'
  factors (users without text, prior mean 0) or of the user-text map's residuals on warm
  users (users with text), so one shot moves u a little and five shots more, on any scale
  of MF factors; ``fold_in_prior`` multiplies its weight.
- **k = 0 and no text**: u = 0, so the score is the item bias alone: a popularity learned
  from text for cold items.

Scores are ``u · q_i + b_i + μ`` (``+ b_u`` for warm users): exactly MF's score for a warm
user and a warm item.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, clone

from coldstart_lab.data.dataset import ITEM_ID, RATING, USER_ID
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import Recommender
from coldstart_lab.models.mf import fitted_mf, import_keras, make_mf
from coldstart_lab.text.features import text_vectors

REGRESSORS = ("ridge", "mlp")
MIN_TEXT_USERS = 5  # warm users with text needed to learn the user-text map
FOLD_IN_STEPS = 5  # Newton steps of the implicit fold-in
MLP_MAX_INPUTS = 256  # wider text vectors (TF-IDF) are SVD-reduced before the MLP


class MLPMap(BaseEstimator):
    """One-hidden-layer Keras regressor with early stopping on a held-out share of the rows.

    Targets are standardised per column (so factors and bias weigh alike in the loss) and
    mapped back on prediction.

    Parameters
    ----------
    hidden_units : int, default 256
        Units of the hidden (ReLU) layer.
    epochs : int, default 200
        The *maximum* number of passes over the rows: training stops earlier when the
        held-out loss stops improving (``patience``); ``epochs_`` is the number run.
    patience : int, default 10
        Stop when the held-out loss has not improved for this many epochs; the best weights
        are kept.
    validation_fraction : float, default 0.1
    learning_rate : float, default 1e-3
    batch_size : int, default 64
    seed : int, default 0

    Attributes (after ``fit``): ``model_`` (the Keras model), ``epochs_`` (epochs run),
    ``val_loss_`` (best held-out loss), ``y_mean_``, ``y_std_`` (target standardisation).
    """

    def __init__(
        self,
        hidden_units: int = 256,
        epochs: int = 200,
        patience: int = 10,
        validation_fraction: float = 0.1,
        learning_rate: float = 1e-3,
        batch_size: int = 64,
        seed: int = 0,
    ):
        self.hidden_units = hidden_units
        self.epochs = epochs
        self.patience = patience
        self.validation_fraction = validation_fraction
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.seed = seed

    def _validate_params(self) -> None:
        """Raise ``ValueError`` naming the first bad parameter (called by :meth:`fit`)."""
        for param in ("hidden_units", "epochs", "batch_size"):
            if int(getattr(self, param)) < 1:
                raise ValueError(f"{param} must be at least 1, got {getattr(self, param)}")
        if int(self.patience) < 1:
            raise ValueError(f"patience must be at least 1, got {self.patience}")
        if not 0 < float(self.validation_fraction) < 1:
            raise ValueError(
                f"validation_fraction must be in (0, 1), got {self.validation_fraction}"
            )
        if not float(self.learning_rate) > 0:
            raise ValueError(f"learning_rate must be positive, got {self.learning_rate}")

    def fit(self, x: np.ndarray, y: np.ndarray) -> MLPMap:
        """``x`` ``(n, d)`` inputs, ``y`` ``(n, m)`` targets; at least 10 rows."""
        self._validate_params()
        keras = import_keras()
        x = np.asarray(x, np.float32)
        y = np.asarray(y, np.float32)
        if len(x) < 10:
            raise ColdstartError(f"the MLP map needs at least 10 warm items, got {len(x)}")
        self.y_mean_, self.y_std_ = y.mean(axis=0), y.std(axis=0) + 1e-6
        z = (y - self.y_mean_) / self.y_std_
        seed = int(self.seed)
        order = np.random.default_rng(seed).permutation(len(x))
        n_val = max(1, int(round(float(self.validation_fraction) * len(x))))
        val, fit = order[:n_val], order[n_val:]
        keras.utils.set_random_seed(seed)
        self.model_ = keras.Sequential(
            [
                keras.Input(shape=(x.shape[1],)),
                keras.layers.Dense(int(self.hidden_units), activation="relu"),
                keras.layers.Dense(y.shape[1]),
            ],
            name="text_to_cf_mlp",
        )
        optimizer = keras.optimizers.Adam(float(self.learning_rate))
        self.model_.compile(optimizer=optimizer, loss="mse")
        stop = keras.callbacks.EarlyStopping(
            patience=int(self.patience), restore_best_weights=True, start_from_epoch=0
        )
        history = self.model_.fit(
            x[fit],
            z[fit],
            validation_data=(x[val], z[val]),
            batch_size=int(self.batch_size),
            epochs=int(self.epochs),
            callbacks=[stop],
            shuffle=True,
            verbose=0,
        )
        self.epochs_ = len(history.history["loss"])
        self.val_loss_ = float(np.min(history.history["val_loss"]))
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        """``(n, m)`` predictions for ``x`` ``(n, d)``."""
        x = np.asarray(x, np.float32)
        z = np.concatenate(
            [np.asarray(self.model_(x[s : s + 8192])) for s in range(0, len(x), 8192)]
            or [np.zeros((0, len(self.y_mean_)), np.float32)]
        )
        return (z * self.y_std_ + self.y_mean_).astype(np.float32)


def reduce_text(
    items: np.ndarray, users: np.ndarray, max_dim: int, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Text vectors narrow enough for a neural network: ``(n_items, d')``, ``(n_users, d')``.

    Vectors wider than ``max_dim`` (TF-IDF) are reduced to ``max_dim`` columns by a truncated
    SVD fitted on the item vectors (zero vectors, "no text", stay zero); narrower ones are
    returned as they are. The encoders' unit-length vectors keep their small scale, which
    measured better than standardised inputs (the towers overfit the warm items less).
    """
    if items.shape[1] > max_dim:
        from sklearn.decomposition import TruncatedSVD  # noqa: PLC0415

        svd = TruncatedSVD(n_components=min(max_dim, len(items) - 1), random_state=seed)
        items = svd.fit_transform(items)
        users = svd.transform(users) if len(users) else np.zeros((0, items.shape[1]))
    return np.asarray(items, np.float32), np.asarray(users, np.float32)


def _gaussian_precision(residuals: np.ndarray) -> np.ndarray:
    """Inverse of the second-moment matrix of ``residuals`` ``(n, f)`` (slightly shrunk
    towards a multiple of the identity so that it is always invertible): ``(f, f)``."""
    n, f = residuals.shape
    if n < 2:
        return np.eye(f)
    moment = residuals.T.astype(np.float64) @ residuals / n
    moment += (1e-3 * np.trace(moment) / f + 1e-8) * np.eye(f)
    return np.linalg.inv(moment)


class TextToCF(Recommender):
    """Matrix factorisation whose cold items and users get their vectors from text.

    Parameters
    ----------
    encoder : "lm", "tfidf" or an encoder object, default "lm"
        How texts become vectors: ``"lm"`` is the process-wide bundled BERT encoder
        (:func:`coldstart_lab.text.features.text_vectors`).
    regressor : "ridge", "mlp" or a map object, default "ridge"
        The map from item text vectors to [MF item factors, MF item bias]: ``"ridge"`` is
        scikit-learn's ``Ridge(alpha=alpha)`` (with an intercept), ``"mlp"`` is
        ``MLPMap(seed=seed)``; pass a configured :class:`~sklearn.linear_model.Ridge` /
        :class:`MLPMap` (or any object with ``fit(x, y)`` and ``predict(x)``) to choose its
        settings. It is copied (:func:`sklearn.base.clone`), not modified. A ``Ridge`` is
        fitted on float64 copies of the vectors.
    mf : None, dict or MatrixFactorization
        The MF to build on: a dict is passed to :class:`MatrixFactorization` (its seed
        defaults to ``seed``); an MF already fitted on the same ``data`` and ``train`` is
        reused as is, any other is refitted with its parameters.
    alpha : float, default 1.0
        Ridge penalty of the item map (``regressor="ridge"``) and of the user-text map.
    fold_in_prior : float, default 1.0
        Weight of the Gaussian prior in the k-shot fold-in of a new user (larger: stay closer
        to the text-predicted vector, or to 0 without text).
    use_mapped_for_warm : bool, default False
        Score warm items with their mapped vectors too (default: their learned MF vectors).
    seed : int, default 0

    Attributes (after ``fit``; rows in table order)
    -----------------------------------------------
    mf_ : the fitted MatrixFactorization.
    mapped_item_factors_ ``(n_items, f)``, mapped_item_bias_ ``(n_items,)``: f(text) for all
        items (the bias on MF's ``item_bias_`` scale, without μ).
    item_factors_ ``(n_items, f)``, item_bias_ ``(n_items,)``: the vectors used to score (the
        bias includes MF's global bias μ).
    user_text_factors_ ``(n_users, f)``: u₀ from the user's text (zero without text or map).
    item_map_, user_map_ : the fitted maps (``user_map_``, a ``Ridge``, is None when fewer
        than 5 warm users have text).
    prior_precision_, text_prior_precision_ ``(f, f)``: precisions of the fold-in priors.
    """

    name = "text_to_cf"

    def __init__(
        self,
        encoder="lm",
        regressor: str = "ridge",
        mf=None,
        alpha: float = 1.0,
        fold_in_prior: float = 1.0,
        use_mapped_for_warm: bool = False,
        seed: int = 0,
    ):
        self.encoder = encoder
        self.regressor = regressor
        self.mf = mf
        self.alpha = alpha
        self.fold_in_prior = fold_in_prior
        self.use_mapped_for_warm = use_mapped_for_warm
        self.seed = seed

    def _validate_params(self) -> None:
        regressor = self.regressor
        is_map = hasattr(regressor, "fit") and hasattr(regressor, "predict")
        if not is_map and regressor not in REGRESSORS:
            raise ValueError(
                f"regressor must be one of {REGRESSORS} or an object with fit/predict, "
                f"got {regressor!r}"
            )
        if not float(self.alpha) > 0:
            raise ValueError(f"alpha must be positive, got {self.alpha}")
        if not float(self.fold_in_prior) > 0:
            raise ValueError(f"fold_in_prior must be positive, got {self.fold_in_prior}")
        make_mf(self.mf, self.seed)._validate_params()  # before MF is fitted

    def _fit(self, data, train) -> None:
        mf = self.mf_ = fitted_mf(self.mf, self.seed, data, train)
        item_text, user_text = text_vectors(data, self.encoder)
        self._fit_items(mf, item_text)
        self._fit_users(mf, user_text)

    def _fit_items(self, mf, item_text) -> None:
        """Learn text -> [q_i, b_i] on the warm items; set the serving vectors."""
        warm = mf.item_trained_
        if warm.sum() < 2:
            raise ColdstartError("TextToCF needs at least 2 warm items to learn its map")
        targets = np.hstack([mf.item_factors_[warm], mf.item_bias_[warm, None]])
        from sklearn.linear_model import Ridge  # noqa: PLC0415  (not at import: it is slow)

        if isinstance(self.regressor, str) and self.regressor == "ridge":
            self.item_map_ = Ridge(alpha=self.alpha)
        elif isinstance(self.regressor, str) and self.regressor == "mlp":
            self.item_map_ = MLPMap(seed=self.seed)
        else:
            self.item_map_ = clone(self.regressor, safe=False)
        if isinstance(self.item_map_, MLPMap):
            item_text, _ = reduce_text(item_text, item_text[:0], MLP_MAX_INPUTS, int(self.seed))
        _fit_map(self.item_map_, item_text[warm], targets)
        mapped = np.asarray(self.item_map_.predict(item_text), np.float32)
        self.mapped_item_factors_, self.mapped_item_bias_ = mapped[:, :-1], mapped[:, -1]
        learned = warm & (not self.use_mapped_for_warm)
        self.item_factors_ = np.where(learned[:, None], mf.item_factors_, mapped[:, :-1])
        # The global bias is folded into the serving bias: s = u·q_i + b_i (+ b_u if warm).
        self.item_bias_ = np.where(learned, mf.item_bias_, mapped[:, -1]) + mf.global_bias_

    def _fit_users(self, mf, user_text) -> None:
        """Learn user text -> p_u on warm users with text, and the fold-in priors."""
        has_text = np.abs(user_text).sum(axis=1) > 0
        fit_users = mf.user_trained_ & has_text
        self.user_map_ = None
        self.user_text_factors_ = np.zeros_like(mf.user_factors_)
        self.prior_precision_ = _gaussian_precision(mf.user_factors_[mf.user_trained_])
        self.text_prior_precision_ = self.prior_precision_
        if fit_users.sum() >= MIN_TEXT_USERS:
            from sklearn.linear_model import Ridge  # noqa: PLC0415

            self.user_map_ = _fit_map(
                Ridge(alpha=self.alpha), user_text[fit_users], mf.user_factors_[fit_users]
            )
            predicted = self.user_map_.predict(user_text[has_text])
            self.user_text_factors_[has_text] = np.asarray(predicted, np.float32)
            residuals = mf.user_factors_[fit_users] - self.user_text_factors_[fit_users]
            self.text_prior_precision_ = _gaussian_precision(residuals)
        self.user_has_text_ = has_text
        if mf.loss == "mse":  # rating noise variance, for the explicit fold-in
            rated = mf.train_[mf.train_[RATING].notna()]
            users = self.user_index_.get_indexer(rated[USER_ID])
            items = self.item_index_.get_indexer(rated[ITEM_ID])
            predicted = (mf.user_factors_[users] * mf.item_factors_[items]).sum(axis=1)
            predicted += mf.item_bias_[items] + mf.user_bias_[users] + mf.global_bias_
            residual = rated[RATING].to_numpy(dtype=np.float64) - predicted
            self.rating_noise_ = float(max(np.mean(residual**2), 1e-3))

    # -- serving ------------------------------------------------------------------------------

    def user_vectors(self, user_ids, history: pd.DataFrame | None = None) -> np.ndarray:
        """``(len(user_ids), f)`` user vectors: MF factors for warm users; for the others the
        text prior u₀ refined by the fold-in of their ``history`` interactions (default: the
        training interactions), as :meth:`score` uses them."""
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        return self._user_vectors(users, self.train_ if history is None else history)

    def _user_vectors(self, users: np.ndarray, history: pd.DataFrame) -> np.ndarray:
        """:meth:`user_vectors` for user positions ``(n,)``."""
        mf = self.mf_
        vectors = mf.user_factors_[users].copy()
        cold = np.flatnonzero(~mf.user_trained_[users])
        if len(cold) == 0:
            return vectors
        cold_ids = self.user_ids_[users[cold]]
        seen = positions_per_user(history, cold_ids, self.item_index_)
        rated = mf.loss == "mse"
        ratings = _ratings_per_user(history, cold_ids, self.item_index_) if rated else None
        for row, user in enumerate(cold):
            position = users[user]
            prior = self.user_text_factors_[position].astype(np.float64)
            text = self.user_has_text_[position] and self.user_map_ is not None
            precision = float(self.fold_in_prior) * (
                self.text_prior_precision_ if text else self.prior_precision_
            )
            if rated:
                vectors[user] = self._fold_in_ratings(prior, precision, *ratings[row])
            else:
                vectors[user] = self._fold_in_implicit(prior, precision, np.unique(seen[row]))
        return vectors

    def _fold_in_implicit(self, prior, precision, seen: np.ndarray) -> np.ndarray:
        """MF's logistic loss + the Gaussian prior, minimised by Newton steps from u₀.

        Minimises ``Σ_i w_i · BCE(y_i, u·q_i + b_i) + ½ (u − u₀)ᵀ Λ (u − u₀)`` with y = 1,
        w = 1 for the ``seen`` items and y = 0, w = negatives · k / n_train_items for every
        other training item. Each step is ``u ← u − H⁻¹ g`` with the gradient
        ``g = Σ w_i (σ_i − y_i) q_i + Λ (u − u₀)`` and the curvature
        ``H = Σ w_i σ_i (1 − σ_i) q_i q_iᵀ + Λ``: ``(f,)`` vectors, ``(f, f)`` matrices.
        """
        if len(seen) == 0:
            return prior
        mf = self.mf_
        train_items = np.flatnonzero(mf.item_trained_)
        q = self.item_factors_.astype(np.float64)
        weight, label = np.zeros(len(q)), np.zeros(len(q))
        weight[train_items] = int(mf.negatives) * len(seen) / len(train_items)
        weight[seen], label[seen] = 1.0, 1.0
        u = prior
        for _ in range(FOLD_IN_STEPS):
            p = 1.0 / (1.0 + np.exp(-(q @ u + self.item_bias_)))
            gradient = q.T @ (weight * (p - label)) + precision @ (u - prior)
            hessian = (q.T * (weight * p * (1 - p))) @ q + precision
            u = u - np.linalg.solve(hessian, gradient)
        return u

    def _fold_in_ratings(self, prior, precision, seen, ratings) -> np.ndarray:
        """Bayesian linear regression of the user's ratings minus biases on the item factors
        (noise variance: MF's mean squared training error), with the Gaussian prior."""
        if len(seen) == 0:
            return prior
        q = self.item_factors_[seen].astype(np.float64)
        residual = ratings - self.item_bias_[seen] - q @ prior
        hessian = q.T @ q / self.rating_noise_ + precision
        return prior + np.linalg.solve(hessian, q.T @ residual / self.rating_noise_)

    def _score(self, users, items, history) -> np.ndarray:
        vectors = self._user_vectors(users, history)
        scores = vectors @ self.item_factors_[items].T + self.item_bias_[items][None, :]
        return scores + self.mf_.user_bias_[users][:, None]  # zero for cold users


def _fit_map(regressor, x: np.ndarray, y: np.ndarray):
    """``regressor.fit(x, y)``; a scikit-learn ``Ridge`` gets float64 copies (on float32 input
    it would solve in float32)."""
    from sklearn.linear_model import Ridge  # noqa: PLC0415

    if isinstance(regressor, Ridge):
        x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    return regressor.fit(x, y)


def _ratings_per_user(history, user_ids, item_index) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per user: (item positions, ratings) of their rated history rows."""
    if RATING not in history:
        return [(np.zeros(0, np.int64), np.zeros(0))] * len(user_ids)
    rated = history[history[RATING].notna() & history[USER_ID].isin(user_ids)]
    positions = item_index.get_indexer(rated[ITEM_ID])
    values = rated[RATING].to_numpy(dtype=np.float64, na_value=np.nan)
    keep = positions >= 0
    table = pd.DataFrame({"user": rated[USER_ID].to_numpy()[keep], "item": positions[keep]})
    table["rating"] = values[keep]
    by_user = {u: (g["item"].to_numpy(), g["rating"].to_numpy()) for u, g in table.groupby("user")}
    empty = (np.zeros(0, np.int64), np.zeros(0))
    return [by_user.get(u, empty) for u in user_ids]
