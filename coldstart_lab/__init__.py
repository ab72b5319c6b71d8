"""coldstart-lab: pretrained language models for cold-start recommendation.

The package behind the course notebooks, laid out as the course goes (ARCHITECTURE.md):

- :mod:`~coldstart_lab.data`: datasets, reading your CSV files, splits, downloads
- :mod:`~coldstart_lab.text`: pretrained models, encoders (TF-IDF, BERT), embedding caches
- :mod:`~coldstart_lab.models`: every recommender, baselines to the fine-tuned encoder
- :mod:`~coldstart_lab.evaluation`: metrics, intervals, the benchmark's views
- on top: :mod:`~coldstart_lab.benchmark` (runner and report), :mod:`~coldstart_lab.plots`,
  :mod:`~coldstart_lab.cli` (the ``coldstart-lab`` command)

Importing the package is cheap: TensorFlow is imported only when a BERT encoder is built.
"""

from coldstart_lab import _runtime as _runtime  # noqa: F401  (sets quiet defaults first)
from coldstart_lab.errors import ColdstartError

__version__ = "0.1.0"

__all__ = ["ColdstartError", "__version__"]
