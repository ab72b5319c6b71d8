"""Parameter checks of the fine-tuned models: one-line ValueErrors that name the parameter."""

from __future__ import annotations

import math

import numpy as np

ALL_LAYERS = "all"


def check_trainable_layers(value, n_layers: int | None = None) -> int | str:
    """``value`` as an int (or ``"all"`` when ``n_layers`` is unknown); ValueError otherwise."""
    if isinstance(value, str):
        if value != ALL_LAYERS:
            raise ValueError(f"trainable_layers must be an integer >= 0 or 'all', got {value!r}")
        return ALL_LAYERS if n_layers is None else int(n_layers)
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"trainable_layers must be an integer >= 0 or 'all', got {value!r}")
    if value < 0:
        raise ValueError(f"trainable_layers must be an integer >= 0 or 'all', got {value}")
    if n_layers is not None and value > n_layers:
        raise ValueError(
            f"trainable_layers must be between 0 and {n_layers} (the model has {n_layers} "
            f"transformer layers) or 'all', got {value}"
        )
    return int(value)


def check_int(name: str, value, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"at least {low}" if high is None else f"between {low} and {high}"
        raise ValueError(f"{name} must be {bound}, got {value}")
    return int(value)


def check_float(
    name: str, value, low: float, high: float | None = None, *, open_low=False
) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    too_low = number <= low if open_low else number < low
    if not math.isfinite(number) or too_low or (high is not None and number >= high):
        low_text = f"> {low:g}" if open_low else f">= {low:g}"
        bound = low_text if high is None else f"{low_text} and < {high:g}"
        raise ValueError(f"{name} must be {bound}, got {value!r}")
    return number
