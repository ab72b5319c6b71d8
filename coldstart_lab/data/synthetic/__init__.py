"""The generator of the bundled datasets (``datasets/shop``, ``news``, ``social``).

Only the maintainers run it, to rebuild the bundled files byte for byte::

    python -c "from coldstart_lab.data.synthetic import write_bundled; write_bundled()"

No other part of coldstart_lab imports it (a test enforces this): courses and models read the
written files through :func:`coldstart_lab.data.registry.load_dataset`. ``phrases`` holds the
hand-written phrase banks, ``generator`` the code that draws from them.
"""

from coldstart_lab.data.synthetic.generator import (
    generate_news,
    generate_shop,
    generate_social,
    write_bundled,
)

__all__ = ["generate_news", "generate_shop", "generate_social", "write_bundled"]
