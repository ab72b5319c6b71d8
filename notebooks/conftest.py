"""nbval settings for the course notebooks (``pytest --nbval notebooks``).

nbval re-runs every notebook and compares each cell's output with the committed one.
We compare what a learner reads as a result (printed, rounded figures and tables) and skip
what legitimately changes from run to run: progress bars and framework notices on stderr,
HTML/JavaScript renderings (their text/plain twin is still compared), images.
"""

import os

# Quiet, deterministic frameworks in the kernel that nbval starts (it inherits this env).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("PYTHONHASHSEED", "0")


def pytest_collectstart(collector):
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += ("stderr", "text/html", "application/javascript")
