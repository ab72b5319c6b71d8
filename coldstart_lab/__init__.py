"""coldstart-lab: pretrained language models for cold-start recommendation.

The package behind the course notebooks. One idea per module:

- text to vectors: :mod:`~coldstart_lab.pretrained`, :mod:`~coldstart_lab.encoders`,
  :mod:`~coldstart_lab.cache`, :mod:`~coldstart_lab.text_features`
- data: :mod:`~coldstart_lab.data`, :mod:`~coldstart_lab.splits`,
  :mod:`~coldstart_lab.synthetic`, :mod:`~coldstart_lab.public_datasets`,
  :mod:`~coldstart_lab.download`, :mod:`~coldstart_lab.sampling`
- models, in the order the course teaches them: :mod:`~coldstart_lab.recommenders` (the
  interface, random, popularity), :mod:`~coldstart_lab.linear` (the article's §4 model),
  :mod:`~coldstart_lab.mf`, :mod:`~coldstart_lab.content`, :mod:`~coldstart_lab.mapping`,
  :mod:`~coldstart_lab.dropoutnet`, :mod:`~coldstart_lab.finetune`
- measuring: :mod:`~coldstart_lab.evaluation`, :mod:`~coldstart_lab.benchmark`,
  :mod:`~coldstart_lab.plots`
- the ``coldstart-lab`` command: :mod:`~coldstart_lab.cli`, :mod:`~coldstart_lab.doctor`

Importing the package is cheap: TensorFlow is imported only when a BERT encoder is built.
"""

from coldstart_lab import _runtime as _runtime  # noqa: F401  (sets quiet defaults first)
from coldstart_lab.errors import ColdstartError

__version__ = "0.1.0"

__all__ = ["ColdstartError", "__version__"]
