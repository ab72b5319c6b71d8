"""Fine-tuning the pretrained encoder for recommendation, sized for a 2-core laptop.

A full fine-tune of all-MiniLM-L6-v2 runs at about a dozen examples per second on two CPU
cores: an epoch over a few thousand interactions takes many minutes. Most of that time is
spent recomputing the *lower* layers, whose weights we would barely change anyway. So:

1. :class:`BackboneSplit` cuts a KerasHub ``BertBackbone`` in two: a frozen lower part
   (embeddings + the first ``n_layers - trainable_layers`` transformer layers, sharing the
   pretrained weights) and a trainable upper part (*copies* of the top ``trainable_layers``
   layers, so fine-tuning never alters the shared encoder other models use).
2. :func:`compute_text_features` runs the frozen part **once per text** and keeps its output
   (:class:`TextFeatures`: hidden states, ragged, float16 by default; optionally saved as
   ``.npz``). With ``trainable_layers=0`` only the pooled vector is kept.
3. :class:`TextTower` = upper layers + masked mean pooling + L2 norm: the trainable encoder.
   Each training step runs only the top layers on cached hidden states.

On that we build two recommenders:

- :class:`FineTunedRegressor` predicts ratings: ``head([u, v, u*v])`` with ``v`` the tower's
  vector of the item text and ``u`` the mean of the tower's vectors of the user's history
  items (and of the user's text). Linear output (no sigmoid), MSE loss, RMSE/MAE metrics.
- :class:`FineTunedTwoTower` ranks: ``u . v / temperature + bias(v)`` trained with in-batch
  softmax on (user, positive item) pairs; the bias head learns popularity from text.

User side, the *memory bank*: a user vector averages up to ``max_history`` item vectors.
Back-propagating through all of them would make one example cost ~``max_history`` text
passes, so users are read from a bank of the tower's vectors of every text (refreshed at the
start of each epoch, and overwritten with the fresh vectors of each batch's items). Gradients
flow through the item side; the user side follows at most one epoch behind. Each training
example therefore costs at most one (upper-layer) text pass: an item text that appears in
several rows of a batch (popular items do) runs once, and its vector serves every such row.

Both models train with a Keras ``train_step`` of their own, run by a short loop
(``training.train_epochs``: Keras's ``fit`` step for step, without its ``tf.data`` input
pipeline, which stalled for seconds on 2 cores), Adam with separate learning rates for the
head and the encoder, optional decoupled weight decay, early stopping on a
validation slice (best weights restored), ``history_`` with per-epoch losses, and an
optional wall-clock budget (``max_seconds``). Importing this package imports TensorFlow.

Modules, in the order above: ``checks`` (parameter checks), ``backbone`` (1.), ``features``
(2., and the ``.npz`` cache), ``layers`` (3.), ``examples`` (history lists, the memory bank,
batches), ``training`` (the Keras models, adversarial training, the budget clock, the loop),
``augment`` (word-dropout text augmentation), ``recommenders``.
"""

from coldstart_lab.models.finetune.augment import word_dropout
from coldstart_lab.models.finetune.backbone import BackboneSplit
from coldstart_lab.models.finetune.checks import ALL_LAYERS, check_trainable_layers
from coldstart_lab.models.finetune.examples import history_lists
from coldstart_lab.models.finetune.features import TextFeatures, compute_text_features, encode_texts
from coldstart_lab.models.finetune.layers import MaskedPooling, TextTower
from coldstart_lab.models.finetune.recommenders import FineTunedRegressor, FineTunedTwoTower

__all__ = [
    "ALL_LAYERS",
    "BackboneSplit",
    "FineTunedRegressor",
    "FineTunedTwoTower",
    "MaskedPooling",
    "TextFeatures",
    "TextTower",
    "check_trainable_layers",
    "compute_text_features",
    "encode_texts",
    "history_lists",
    "word_dropout",
]
