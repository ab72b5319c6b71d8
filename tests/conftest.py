import sys
from pathlib import Path

import numpy as np
import pytest

from coldstart_lab.cache_dirs import use_private_caches

# Every test run starts from caches it made itself (embeddings, frozen layer outputs, downloaded
# data), never from what another run left in ~/.cache: results must not depend on it.
PRIVATE_CACHE = use_private_caches("coldstart-tests-")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _close_figures():
    """Close the figures a test drew (pyplot keeps every open figure alive until closed)."""
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(scope="session")
def reference():
    """sentence-transformers embeddings of 13 texts (see fixtures/make_reference.py)."""
    with np.load(FIXTURES / "minilm_reference.npz", allow_pickle=False) as data:
        return {name: data[name] for name in data.files}


@pytest.fixture(scope="session")
def bert_encoder():
    """The bundled all-MiniLM-L6-v2 encoder, loaded once for the whole session."""
    from coldstart_lab.text.encoders import BertEncoder

    return BertEncoder()
