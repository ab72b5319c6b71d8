"""Every model is a scikit-learn estimator: parameters stored as given by ``__init__``,
checked by ``fit``, fitted state in ``name_`` attributes; ``get_params`` / ``set_params`` /
``clone`` / ``repr`` from :class:`sklearn.base.BaseEstimator`. And the package's own rule: no
module imports another module's leading-underscore name."""

import ast
import functools
import inspect
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import BaseEstimator, clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted
from test_fusion import fit_fused
from test_mf import planted_shop
from test_recency import fit_stream
from test_social import fit_social

from coldstart_lab.models.baselines import PopularityRecommender, RandomRecommender
from coldstart_lab.models.content import ContentKNN
from coldstart_lab.models.dropoutnet import DropoutNet
from coldstart_lab.models.fusion import FieldFusionKNN
from coldstart_lab.models.linear import LinearRatingModel, PairFeatures
from coldstart_lab.models.mapping import MLPMap, TextToCF
from coldstart_lab.models.mf import MatrixFactorization
from coldstart_lab.models.recency import RecencyBoost
from coldstart_lab.models.social import FriendsActivity, SocialHybrid

PACKAGE = Path(__file__).resolve().parents[1] / "coldstart_lab"
TINY_MF = {"factors": 4, "epochs": 2, "batch_size": 2048}


def fit_recommender(model):
    return model.fit(planted_shop()[0])


def fit_regression(model):
    rng = np.random.default_rng(0)
    x = np.hstack([np.ones((30, 1)), rng.normal(size=(30, 5))])
    return model.fit(x, x @ rng.normal(size=6))


def fit_map(model):
    rng = np.random.default_rng(0)
    return model.fit(rng.normal(size=(30, 6)), rng.normal(size=(30, 2)))


def fit_pair_features(model):
    rng = np.random.default_rng(0)
    return model.fit([f"i{j}" for j in range(12)], rng.normal(size=(12, 8)))


@dataclass
class Spec:
    params: dict  # small settings, fast to fit
    change: tuple  # (parameter, another valid value)
    invalid: dict  # a bad value: fit, not __init__, rejects it
    fit: object = fit_recommender
    extra: dict = field(default_factory=dict)


SPECS = {
    RandomRecommender: Spec({"seed": np.int64(3)}, ("seed", 7), {"seed": -1}),
    PopularityRecommender: Spec({}, ("half_life_days", 14.0), {"half_life_days": 0}),
    ContentKNN: Spec(
        {"encoder": "tfidf", "neighbours": np.int64(2)}, ("text_weight", 0.25), {"text_weight": 2}
    ),
    MatrixFactorization: Spec({**TINY_MF, "seed": np.int64(1)}, ("l2", 0.1), {"negatives": 0}),
    TextToCF: Spec({"encoder": "tfidf", "mf": TINY_MF}, ("fold_in_prior", 2.0), {"alpha": 0}),
    DropoutNet: Spec(
        {
            "encoder": "tfidf",
            "mf": TINY_MF,
            "hidden_units": np.int64(8),
            "out_dim": 4,
            "epochs": 1,
            "content_dim": 16,
        },
        ("dropout", 0.25),
        {"dropout": 1.0},
    ),
    LinearRatingModel: Spec(
        {"solver": "numpy", "epochs": np.int64(5), "l2": np.float32(0.01)},
        ("learning_rate", 0.05),
        {"epochs": 0},
        fit_regression,
    ),
    PairFeatures: Spec(
        {"n_components": np.int64(3), "parts": ["bias", "interaction"]},
        ("n_components", 5),
        {"parts": ("bias", "colour")},
        fit_pair_features,
    ),
    MLPMap: Spec(
        {"hidden_units": 8, "epochs": np.int64(2), "patience": 1},
        ("learning_rate", 0.01),
        {"validation_fraction": 0.0},
        fit_map,
    ),
    FriendsActivity: Spec(
        {"weighting": "common_friends", "max_friends": np.int64(3)},
        ("min_friends", 2),
        {"min_friends": 0},
        fit_social,
    ),
    SocialHybrid: Spec(
        {"encoder": "tfidf", "mf": TINY_MF, "max_friends": 5},
        ("friends_weight", 1.5),
        {"friends_weight": -1.0},
        fit_social,
    ),
    RecencyBoost: Spec(
        {"weight": np.float64(0.5), "max_age_days": np.int64(3)},
        ("half_life_days", 2.0),
        {"half_life_days": 0},
        fit_stream,
    ),
    FieldFusionKNN: Spec(
        {"encoder": "tfidf", "price_bins": np.int64(3)},
        ("field_weight", 0.5),
        {"field_weight": 2},
        fit_fused,
    ),
}
MODELS = pytest.mark.parametrize("cls", list(SPECS), ids=lambda cls: cls.__name__)


@functools.cache
def fitted(cls):
    spec = SPECS[cls]
    return spec.fit(cls(**spec.params))


def unusual(value):
    """An equal value of a type that ``__init__`` must not convert (int -> numpy int, tuple
    -> list, a str that is a new object...)."""
    if isinstance(value, bool):
        return np.bool_(value)
    if isinstance(value, int):
        return np.int64(value)
    if isinstance(value, float):
        return np.float64(value)  # a float subclass: float() would give another object
    if isinstance(value, str):
        return "".join(list(value))
    if isinstance(value, tuple):
        return list(value)
    return value


def test_every_model_of_the_package_is_covered():
    import coldstart_lab.models as models

    names = [n for n in models.__all__ if not n.startswith("FineTuned")]  # they load BERT
    classes = [getattr(models, n) for n in names if n != "Recommender"]
    estimators = {c for c in classes if inspect.isclass(c) and issubclass(c, BaseEstimator)}
    assert estimators == set(SPECS)


@MODELS
def test_init_stores_every_parameter_unchanged(cls):
    defaults = {
        name: p.default
        for name, p in inspect.signature(cls.__init__).parameters.items()
        if name != "self"
    }
    values = {name: unusual(value) for name, value in {**defaults, **SPECS[cls].params}.items()}
    model = cls(**values)
    assert set(model.get_params(deep=False)) == set(defaults)
    for name, value in values.items():
        assert getattr(model, name) is value, name


@MODELS
def test_invalid_parameters_are_rejected_by_fit_not_by_init(cls):
    spec = SPECS[cls]
    ((param, _),) = spec.invalid.items()
    model = cls(**{**spec.params, **spec.invalid})  # no error yet
    with pytest.raises(ValueError, match=param):
        spec.fit(model)
    assert not [name for name in vars(model) if name.endswith("_")]  # nothing was fitted


@MODELS
def test_clone_is_equal_and_unfitted(cls):
    model = fitted(cls)
    check_is_fitted(model)
    copy = clone(model)
    assert type(copy) is cls and copy.get_params() == model.get_params()
    assert not [name for name in vars(copy) if name.endswith("_")]
    with pytest.raises(NotFittedError):
        check_is_fitted(copy)


@MODELS
def test_set_params_and_repr(cls):
    spec = SPECS[cls]
    name, value = spec.change
    model = cls(**spec.params)
    assert model.set_params(**{name: value}) is model and getattr(model, name) is value
    assert clone(model).get_params()[name] == value
    assert f"{name}={value!r}" in repr(model)
    assert repr(cls()) == f"{cls.__name__}()"  # only the parameters that differ are shown


@MODELS
def test_fit_sets_only_underscore_attributes_and_keeps_the_parameters(cls):
    spec = SPECS[cls]
    before = cls(**spec.params)
    params = before.get_params(deep=False)
    names_before = set(vars(before))
    model = fitted(cls)
    new = set(vars(model)) - names_before
    assert [n for n in new if n.endswith("_") and not n.startswith("_")]  # fitted state
    assert not [n for n in new if not (n.endswith("_") or n.startswith("_"))]
    for name, value in params.items():
        assert getattr(model, name) is value, name


def test_nested_mf_parameters_are_reachable():
    model = TextToCF(mf=MatrixFactorization(factors=4))
    assert model.get_params()["mf__factors"] == 4
    model.set_params(mf__factors=6)
    assert model.mf.factors == 6
    assert clone(model).mf is not model.mf and clone(model).mf.factors == 6


# -- no module imports another module's private name --------------------------------------


def private_imports(source: str, module: str) -> list[str]:
    """``from coldstart_lab.x import _name`` lines of ``source`` (module ``module``), as text.

    Submodules (``from coldstart_lab import _runtime``: the package's base modules) are
    modules, not names, and are allowed.
    """
    bad = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            package = module.split(".")[: -node.level]
            target = ".".join(package + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        if not target.startswith("coldstart_lab"):
            continue
        folder = PACKAGE.parent.joinpath(*target.split("."))
        for alias in node.names:
            is_module = (folder / f"{alias.name}.py").exists() or (folder / alias.name).is_dir()
            if alias.name.startswith("_") and not is_module:
                bad.append(f"{module}: from {target} import {alias.name}")
    return bad


def package_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield (name + ".__init__" if parts[-1] == "__init__" else name), path


def test_no_module_imports_a_private_name_from_another():
    bad = []
    for module, path in package_modules():
        bad += private_imports(path.read_text(encoding="utf-8"), module)
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ("from coldstart_lab.models.mf import _keras", True),
        ("def f():\n    from coldstart_lab.models.mapping import fitted_mf, _helper", True),
        ("from .mf import _tower_tables", True),
        ("from coldstart_lab.models.mf import import_keras", False),
        ("from coldstart_lab import _runtime", False),  # a base module, not a name
        ("from numpy import _core", False),
    ],
)
def test_the_private_import_check_catches_what_it_should(source, caught):
    assert bool(private_imports(source, "coldstart_lab.models.dropoutnet")) == caught
