"""The Keras models that train the tower and its heads, and the budget callback."""

from __future__ import annotations

import random
import time

from coldstart_lab._runtime import import_tensorflow
from coldstart_lab.models.finetune.examples import ExampleBatches

tf = import_tensorflow()
import keras  # noqa: E402

NO_DECAY = ["bias", "gamma", "beta"]  # biases and layer-norm parameters keep their values


class FineTuneModel(keras.Model):
    """Tower + head + bank with a custom ``train_step``: two Adam optimizers (head and
    encoder learning rates), the bank refreshed with each batch's fresh item vectors.

    ``adversarial_epsilon > 0`` adds adversarial training (FGM, Miyato et al. 2017): each
    step also computes the loss on the tower's input moved by ``epsilon * g / ||g||`` (``g``
    the gradient of the loss with respect to that input, the norm taken per text), and
    minimises the sum of both losses. ``loss`` in the history stays the clean loss;
    ``adv_loss`` is the perturbed one."""

    def __init__(self, tower, features, bank, pad_to=1, adversarial_epsilon=0.0, **kwargs):
        super().__init__(**kwargs)
        self.tower = tower
        self.features = features
        self.bank = bank
        self.pad_to = pad_to
        self.adversarial_epsilon = float(adversarial_epsilon)
        self.encoder_optimizer = None
        self.loss_tracker = keras.metrics.Mean(name="loss")
        self.adv_tracker = keras.metrics.Mean(name="adv_loss")

    def head_variables(self) -> list:
        raise NotImplementedError

    def compute_batch(self, x, y, training, inputs=None):
        """``(loss, item vectors, metric inputs)`` for one batch; ``inputs``: the tower's
        inputs for the batch's item texts (default: gathered from the features)."""
        raise NotImplementedError

    def item_inputs(self, x) -> dict:
        """The tower's inputs for the batch's *distinct* item texts: rows ``unique(x["text"])``
        in order of first appearance. Popular items recur within a batch (a third of the rows
        of a ``shop`` batch repeat one), and each text's forward and backward pass is the
        bulk of a step's cost, so each distinct text runs through the tower once."""
        distinct, _ = tf.unique(x["text"])
        return self.features.gather(distinct, self.pad_to)

    def item_vectors(self, x, training, inputs=None):
        """``(batch, dim)``: one vector per row of ``x``, the tower run once per distinct text
        (``inputs``: :meth:`item_inputs`' output, or something in its place)."""
        inputs = self.item_inputs(x) if inputs is None else inputs
        _, position = tf.unique(x["text"])
        return tf.gather(self.tower(inputs, training=training), position)

    def adversarial_losses(self, x, y, training=False):
        """``(clean loss, perturbed loss, item vectors, metric inputs)`` of one batch.

        The perturbation is ``adversarial_epsilon * g / ||g||`` added to the tower's input
        (the frozen layers' hidden states, or the pooled vectors when only the head trains),
        ``g`` the gradient of the clean loss with respect to it, normalised per text over all
        its tokens and dimensions; padded positions are left alone.
        """
        inputs = self.item_inputs(x)
        key = "hidden" if "hidden" in inputs else "pooled"
        if key not in inputs:
            raise ValueError(
                "adversarial training perturbs the cached hidden states: it needs "
                "trainable_layers < the number of layers"
            )
        value = inputs[key]
        with tf.GradientTape() as inner:
            inner.watch(value)
            clean, vectors, outputs = self.compute_batch(x, y, training, inputs)
        g = tf.stop_gradient(inner.gradient(clean, value))
        if key == "hidden":
            g *= tf.cast(inputs["padding_mask"], g.dtype)[:, :, None]
        axes = list(range(1, len(g.shape)))
        norm = tf.sqrt(tf.reduce_sum(tf.square(g), axis=axes, keepdims=True))
        delta = self.adversarial_epsilon * g / tf.maximum(norm, 1e-12)
        perturbed, _, _ = self.compute_batch(x, y, training, {**inputs, key: value + delta})
        return clean, perturbed, vectors, outputs

    def train_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        tower_vars = list(self.tower.trainable_variables)
        head_vars = self.head_variables()
        with tf.GradientTape() as tape:
            if self.adversarial_epsilon > 0:
                loss, adv, vectors, outputs = self.adversarial_losses(x, y, training=True)
                total = loss + adv
            else:
                loss, vectors, outputs = self.compute_batch(x, y, training=True)
                total = loss
        grads = tape.gradient(total, tower_vars + head_vars)
        if tower_vars:
            self.encoder_optimizer.apply(grads[: len(tower_vars)], tower_vars)
        if head_vars:
            self.optimizer.apply(grads[len(tower_vars) :], head_vars)
        self.bank.write(x["item"], tf.stop_gradient(vectors))
        if self.adversarial_epsilon > 0:
            self.adv_tracker.update_state(adv, sample_weight=tf.cast(tf.shape(y)[0], tf.float32))
        return self._update_metrics(loss, y, outputs)

    def test_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        loss, _, outputs = self.compute_batch(x, y, training=False)
        return self._update_metrics(loss, y, outputs)

    def _update_metrics(self, loss, y, outputs):
        self.loss_tracker.update_state(loss, sample_weight=tf.cast(tf.shape(y)[0], tf.float32))
        return {m.name: m.result() for m in self.metrics}

    @property
    def metrics(self):
        return [self.loss_tracker, *self._adv_metrics()]

    def _adv_metrics(self) -> list:
        return [self.adv_tracker] if self.adversarial_epsilon > 0 else []


class RatingModel(FineTuneModel):
    """``head([u, v, u*v])``. ``loss="mse"``: a rating (metrics RMSE, MAE); ``loss="bce"``:
    the logit of P(rating >= ``threshold``), trained with binary cross-entropy (metric:
    accuracy at 0.5)."""

    def __init__(self, tower, features, bank, head, pad_to=1, loss="mse", threshold=4.0,
                 **kwargs):  # fmt: skip
        super().__init__(tower, features, bank, pad_to, **kwargs)
        self.head = head
        self.loss_kind = loss
        self.threshold = float(threshold)
        self.rmse = keras.metrics.RootMeanSquaredError(name="rmse")
        self.mae = keras.metrics.MeanAbsoluteError(name="mae")
        self.accuracy = keras.metrics.BinaryAccuracy(name="accuracy")

    def head_variables(self):
        return list(self.head.trainable_variables)

    def call(self, x, training=False):
        return self.rate(self.bank.users(x["history"]), self.item_vectors(x, training), training)

    def rate(self, users, items, training=False):
        features = tf.concat([users, items, users * items], axis=1)
        return self.head(features, training=training)[:, 0]

    def compute_batch(self, x, y, training, inputs=None):
        vectors = self.item_vectors(x, training, inputs)
        predicted = self.rate(self.bank.users(x["history"]), vectors, training)
        if self.loss_kind == "bce":
            labels = tf.cast(y >= self.threshold, tf.float32)
            loss = tf.reduce_mean(
                tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=predicted)
            )
            return loss, vectors, tf.sigmoid(predicted)
        loss = tf.reduce_mean(tf.square(predicted - y))
        return loss, vectors, predicted

    def _update_metrics(self, loss, y, outputs):
        if self.loss_kind == "bce":
            self.accuracy.update_state(tf.cast(y >= self.threshold, tf.float32), outputs)
        else:
            self.rmse.update_state(y, outputs)
            self.mae.update_state(y, outputs)
        return super()._update_metrics(loss, y, outputs)

    @property
    def metrics(self):
        if self.loss_kind == "bce":
            return [self.loss_tracker, *self._adv_metrics(), self.accuracy]
        return [self.loss_tracker, *self._adv_metrics(), self.rmse, self.mae]


class RetrievalModel(FineTuneModel):
    def __init__(self, tower, features, bank, bias, temperature, pad_to=1, **kwargs):
        super().__init__(tower, features, bank, pad_to, **kwargs)
        self.bias = bias
        self.temperature = float(temperature)

    def head_variables(self):
        return [] if self.bias is None else list(self.bias.trainable_variables)

    def item_bias(self, vectors, training=False):
        if self.bias is None:
            return tf.zeros(tf.shape(vectors)[:1])
        return self.bias(vectors, training=training)[:, 0]

    def call(self, x, training=False):
        vectors = self.item_vectors(x, training)
        users = self.bank.users(x["history"])
        return tf.reduce_sum(users * vectors, axis=1) / self.temperature + self.item_bias(vectors)

    def compute_batch(self, x, y, training, inputs=None):
        vectors = self.item_vectors(x, training, inputs)
        users = self.bank.users(x["history"])
        logits = tf.matmul(users, vectors, transpose_b=True) / self.temperature
        logits += (self.item_bias(vectors, training) - x["logq"])[None, :]
        # Another row's item is no negative when it is the same item, or the same user's.
        size = tf.shape(logits)[0]
        same = tf.logical_or(
            tf.equal(x["item"][:, None], x["item"][None, :]),
            tf.equal(x["user"][:, None], x["user"][None, :]),
        )
        same = tf.logical_and(same, tf.logical_not(tf.eye(size, dtype=tf.bool)))
        logits = tf.where(same, tf.constant(-1e9, logits.dtype), logits)
        labels = tf.range(size)
        loss = tf.reduce_mean(
            tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        )
        return loss, vectors, None


class TrainingClock:
    """Refreshes the bank at each epoch start, counts examples, enforces the budgets.

    Its hooks are :func:`train_epochs`' (named as Keras callbacks' are); ``stop`` tells the
    loop that a budget is spent."""

    def __init__(
        self,
        refresh,
        batches: ExampleBatches,
        start: float,
        max_seconds: float | None,
        max_examples: int | None = None,
    ):
        self.refresh, self.batches = refresh, batches
        self.start, self.max_seconds = start, max_seconds
        self.max_examples = max_examples
        self.examples = 0
        self.train_seconds = 0.0
        self.refresh_seconds = 0.0
        self.epoch_seconds: list[float] = []
        self.budget_hit = False
        self.stop = False
        self.first_step: tuple[float, int] | None = None

    def steady_rate(self) -> float:
        """Examples per second of training steps, the first (tracing) step left out."""
        if self.first_step is None:
            return 0.0
        seconds, size = self.first_step
        if self.examples > size and self.train_seconds > seconds:
            return (self.examples - size) / (self.train_seconds - seconds)
        return self.examples / max(self.train_seconds, 1e-9)

    def on_epoch_begin(self, epoch):
        t = time.monotonic()
        self.refresh()
        self.refresh_seconds += time.monotonic() - t
        self.epoch_start = self.step_start = time.monotonic()

    def on_train_batch_begin(self, batch):
        self.step_start = time.monotonic()

    def on_train_batch_end(self, batch):
        seconds = time.monotonic() - self.step_start
        size = len(self.batches.batches[batch])
        if self.first_step is None:  # includes tracing the training graph
            self.first_step = (seconds, size)
        self.train_seconds += seconds
        self.examples += size
        if self.max_seconds is not None and time.monotonic() - self.start > self.max_seconds:
            self.budget_hit = self.stop = True
        if self.max_examples is not None and self.examples >= self.max_examples:
            self.budget_hit = self.stop = True

    def on_epoch_end(self, epoch):
        self.epoch_seconds.append(time.monotonic() - self.epoch_start)


def train_epochs(
    model: FineTuneModel,
    train_batches: ExampleBatches,
    val_batches: ExampleBatches | None,
    clock: TrainingClock,
    *,
    epochs: int,
    patience: int,
    show_progress: bool = False,
) -> dict[str, list[float]]:
    """Keras's ``fit(..., callbacks=[EarlyStopping(...)])`` for these models, step for step,
    but without its input pipeline; returns the per-epoch history (the model's metrics, then
    ``val_`` + each).

    Why not ``model.fit``: Keras's TensorFlow trainer turns a ``PyDataset`` into a ``tf.data``
    pipeline that calls back into Python for every batch and prefetches on a thread of its
    own. On 2 cores the first step of an epoch sometimes waited up to 14 s for its batch:
    14-29 s per fit in seven of nine fits of ``shop``'s two-tower (81-96 s a fit, against
    67-68 s without; ``benchmarks/README.md``).
    Here each batch goes straight from ``ExampleBatches`` into the traced step, and the rest
    of what ``fit`` did is kept: the batch plan advances once before the first epoch (``fit``
    reset its iterator, which calls ``on_epoch_end``), the batch order is shuffled once more
    each epoch (``fit`` did, with Python's ``random``), metrics reset every epoch, validation
    follows an epoch's last step (also when a budget ends the epoch early), and early
    stopping on ``val_loss`` with ``patience`` restores the best epoch's weights. A fit that no
    budget stops gives the same weights as with ``fit``. One that the example budget stops
    may now train a batch more or fewer: the clock counts the batches trained, where ``fit``
    handed it each step's position and it counted the batch planned at that position.
    """
    from tqdm.std import tqdm  # noqa: PLC0415  (text bars, as the package's others)

    step = tf.function(model.train_step, reduce_retracing=True, jit_compile=model.jit_compile)
    test = tf.function(model.test_step, reduce_retracing=True, jit_compile=model.jit_compile)
    history: dict[str, list[float]] = {}
    best, best_weights, wait = None, None, 0
    train_batches.on_epoch_end()
    for epoch in range(epochs):
        model.reset_metrics()
        clock.on_epoch_begin(epoch)
        order = list(range(len(train_batches)))
        # as fit did: Python's global random, which the caller seeded with
        # keras.utils.set_random_seed (building layers draws from it too, so a generator of
        # our own would give other draws, and other figures than those measured)
        random.shuffle(order)
        for batch in tqdm(
            order, desc=f"epoch {epoch + 1}/{epochs}", unit="batch", disable=not show_progress,
            leave=False,
        ):  # fmt: skip
            clock.on_train_batch_begin(batch)
            step(train_batches[batch])
            clock.on_train_batch_end(batch)
            if clock.stop:
                break
        logs = {m.name: float(m.result()) for m in model.metrics}
        if val_batches is not None:
            model.reset_metrics()
            for batch in range(len(val_batches)):
                test(val_batches[batch])
            logs.update({f"val_{m.name}": float(m.result()) for m in model.metrics})
        for name, value in logs.items():
            history.setdefault(name, []).append(value)
        clock.on_epoch_end(epoch)
        stop = clock.stop
        if val_batches is not None:  # EarlyStopping(monitor="val_loss", patience, restore)
            wait += 1
            if best is None or logs["val_loss"] < best:
                best, best_weights, wait = logs["val_loss"], model.get_weights(), 0
            elif wait >= patience and epoch > 0:
                stop = True
        train_batches.on_epoch_end()
        if stop:
            break
    if best_weights is not None:
        model.set_weights(best_weights)
    return history
