"""coldstart-lab: pretrained language models for cold-start recommendation.

The package behind the course notebooks. One idea per module:

- :mod:`coldstart_lab.pretrained`  find a pretrained BERT checkpoint (bundled, local folder, ``hf://``)
- :mod:`coldstart_lab.encoders`    text -> L2-normalised vectors (BERT in Keras 3, TF-IDF)
- :mod:`coldstart_lab.cache`       on-disk embedding cache (npz, atomic writes)
- :mod:`coldstart_lab.plots`       small matplotlib helpers used by the notebooks
- :mod:`coldstart_lab.doctor`      environment check behind ``coldstart-lab doctor``
- :mod:`coldstart_lab.cli`         the ``coldstart-lab`` command line

Importing the package is cheap: TensorFlow is imported only when a BERT encoder is built.
"""

from coldstart_lab import _runtime as _runtime  # noqa: F401  (sets quiet defaults first)
from coldstart_lab.errors import ColdstartError

__version__ = "0.1.0"

__all__ = ["ColdstartError", "__version__"]
