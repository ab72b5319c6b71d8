"""Deterministic generator of the three bundled cold-start datasets (shop, news, social).

The generative story
--------------------
Every dataset has *latent topics* (interests) that no model ever sees. Users hold 1-3 of them,
with Dirichlet weights; items belong to one. Text is written from hand-made phrase banks
(:mod:`~coldstart_lab.data.synthetic.phrases`) so that it carries the topic **by meaning,
not by shared keywords**: two items of one topic are described with different words
(espresso machine, moka pot, milk frother, "café drinks at home"), while generic filler
("premium", "perfect for", "ideal gift") is shared by every topic and misleads keyword matching.

Behaviour comes from interest + popularity + noise. Each event first picks one of the user's
topics (by weight) and then an item of that topic in proportion to its popularity; a share of
events ignores interests ("exploration": any item, by popularity). Popularity depends on things
the text reveals, as in a real catalogue, so a model that *learns* from text can beat one that
only measures similarity:

- **shop** (article §6.1): brand standing (premium houses vs all-caps marketplace sellers with
  keyword-stuffed titles), quality cues ("Best-seller", "Award-winning", "Refurbished", a
  review saying "Flimsy") and price. Views turn into carts and purchases with probabilities
  that grow with interest and quality; ratings (1-5) = f(interest, quality) + noise.
- **news** (article §6.2): a steady stream of articles; a click picks a topic, then a recent
  article, weighted by its appeal (evergreen vs niche subject, "Breaking"/"Exclusive" vs
  "Sponsored"/"Press release" labels) times an exponential decay with age.
- **social** (article §6.3): friendships form with homophily (friends share interests far more
  often than chance), bios describe interests obliquely, users like posts, join groups and
  follow creators, and some activity is copied from friends.

Events and publication times fall in the period 2026-01-01 to 2026-06-30 (UTC); sign-ups too,
except for news readers, most of whom registered in 2025. Everything is seeded
(``numpy.random.default_rng``): the same seed gives the same frames, and
:func:`write_bundled` writes byte-identical files (sorted rows, gzip with ``mtime=0``).

Files
-----
Each ``generate_*`` returns a dict of DataFrames, written by :func:`write_bundled` as
``datasets/<name>/<table>.csv.gz`` (UTF-8 CSV with a header; times as ISO 8601 strings such as
``2026-03-01T08:15:00Z``; empty text = empty field): ``items``, ``users``, ``interactions``,
``edges`` (social only) and, under ``truth/``, the hidden ``item_topics`` and
``user_interests`` (for teaching and checking, never for models). Each folder's ``README.md``
is the datasheet: schema, generation, sizes and a language-model signal check.

Regenerate the bundled files with::

    python -c "from coldstart_lab.data.synthetic import write_bundled; write_bundled()"
"""

from __future__ import annotations

import gzip
import io
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from coldstart_lab._atomic import write_bytes_atomic
from coldstart_lab.data.synthetic import phrases as bank

PERIOD_START = pd.Timestamp("2026-01-01T00:00:00Z")
PERIOD_END = pd.Timestamp("2026-07-01T00:00:00Z")  # exclusive: the last day is 2026-06-30
_T0 = int(PERIOD_START.timestamp())
_T1 = int(PERIOD_END.timestamp())
DAY = 86_400

# ---- text helpers ---------------------------------------------------------------------------

_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_SMALL_WORDS = frozenset("a an and or for with of the to in on by from at as g kg ml mm cm".split())


def expand(template: str, rng: np.random.Generator, slots: dict | None = None) -> str:
    """Fill ``{slot}`` from ``slots`` (a string, or a sequence to pick from), then resolve every
    ``[a|b|c]`` choice, innermost first; spaces are tidied."""
    if slots:

        def fill(match: re.Match) -> str:
            value = slots[match.group(1)]
            return value if isinstance(value, str) else pick(rng, value)

        template = _SLOT.sub(fill, template)
    text = template
    while True:
        match = _CHOICE.search(text)
        if match is None:
            break
        options = match.group(1).split("|")
        text = (
            text[: match.start()] + options[int(rng.integers(len(options)))] + text[match.end() :]
        )
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:!?])", r"\1", text)


def pick(rng: np.random.Generator, options: Sequence):
    """One element of ``options``, uniformly."""
    return options[int(rng.integers(len(options)))]


def sample(rng: np.random.Generator, options: Sequence, k: int) -> list:
    """``k`` distinct elements of ``options`` (fewer if there are fewer), in random order."""
    n = len(options)
    if k <= 0 or n == 0:
        return []
    if k == 1:
        return [options[int(rng.integers(n))]]
    if k == 2 and n >= 2:  # the common case, without a full permutation
        a, b = (int(x) for x in rng.integers((n, n - 1)))
        return [options[a], options[b + (b >= a)]]
    return [options[i] for i in rng.permutation(n)[:k]]


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop unless punctuation is there."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in '.!?"' else text + "."


def title_case(text: str) -> str:
    """Catalogue-style Title Case that leaves small words, numbers and acronyms alone."""
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if word and word[0].islower() and (i == 0 or word not in _SMALL_WORDS):
            word = word[0].upper() + word[1:]
        out.append(word)
    return " ".join(out)


def lower_first(text: str) -> str:
    """Lower-case the first letter for use mid-sentence, except for "I" and proper nouns."""
    first = text.split(" ", 1)[0]
    if first in {"I", "I'm", "I'd", "I've", "I'll"} or first[1:2].isupper():
        return text
    if first in {"Marie", "Christmas"}:
        return text
    return text[0].lower() + text[1:]


def iso(seconds) -> list[str]:
    """Unix seconds -> ISO-8601 UTC strings such as ``2026-03-01T08:15:00Z``."""
    stamps = pd.to_datetime(np.asarray(seconds, dtype="int64"), unit="s", utc=True)
    return list(stamps.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i:05d}" for i in range(1, n + 1)]


def _dirichlet_interests(
    rng: np.random.Generator,
    n_users: int,
    appeal: np.ndarray,
    related: list[list[int]],
    *,
    counts=(1, 2, 3),
    count_p=(0.35, 0.45, 0.20),
    p_related: float = 0.8,
    alpha: float = 1.0,
) -> np.ndarray:
    """``(n_users, n_topics)`` interest weights: 1-3 topics per user, Dirichlet weights.

    The first topic is drawn in proportion to ``exp(appeal)``; each further one is, with
    probability ``p_related``, a neighbour of a topic already held (``related[t]``: hiking and
    camping, coffee and baking), otherwise another topic by appeal: interests cluster the way
    real ones do.
    """
    n_topics = len(appeal)
    base = np.exp(appeal) / np.exp(appeal).sum()
    weights = np.zeros((n_users, n_topics))
    for u in range(n_users):
        k = int(rng.choice(counts, p=count_p))
        chosen = [int(rng.choice(n_topics, p=base))]
        while len(chosen) < k:
            near = sorted({n for t in chosen for n in related[t]} - set(chosen))
            if near and rng.random() < p_related:
                chosen.append(int(pick(rng, near)))
                continue
            p = base.copy()
            p[chosen] = 0
            chosen.append(int(rng.choice(n_topics, p=p / p.sum())))
        w = np.sort(rng.dirichlet(np.full(k, alpha)))[::-1]
        weights[u, chosen] = w
    return weights


def _truth_interests(user_ids, weights, topic_ids, topic_names) -> pd.DataFrame:
    rows = []
    for u, user in enumerate(user_ids):
        for t in np.argsort(-weights[u], kind="stable"):
            if weights[u, t] > 0:
                rows.append((user, topic_ids[t], topic_names[t], round(float(weights[u, t]), 4)))
    return pd.DataFrame(rows, columns=["user_id", "topic_id", "topic", "weight"])


class _TopicSampler:
    """Draws items for a user: a topic by interest weight, then an item of that topic in
    proportion to ``item_weight``; with probability ``explore`` (or when the topic has no
    candidate), any candidate by ``item_weight``. ``candidates`` limits the items (default all).

    Each topic's cumulative weights are scaled to ``(t, t + 1]`` and laid end to end, so one
    ``searchsorted`` serves every draw at once.
    """

    def __init__(self, item_topic, item_weight, n_topics: int, candidates=None):
        if candidates is None:
            candidates = np.arange(len(item_topic))
        topic_of = item_topic[candidates]
        order = np.lexsort((candidates, topic_of))
        self.items = candidates[order]
        topic_of, w = topic_of[order], item_weight[self.items]
        self.counts = np.bincount(topic_of, minlength=n_topics)
        self.ends = np.cumsum(self.counts)
        totals = np.bincount(topic_of, weights=w, minlength=n_topics)
        before = np.concatenate([[0.0], np.cumsum(totals)])[topic_of]
        self.cum = topic_of + (np.cumsum(w) - before) / totals[topic_of]
        self.all_cum = np.cumsum(w) / w.sum()

    def draw(self, rng: np.random.Generator, topic_weights, n: int, explore: float):
        topics = rng.choice(len(topic_weights), size=n, p=topic_weights)
        wander = (rng.random(n) < explore) | (self.counts[topics] == 0)
        u = rng.random(n)
        in_topic = np.minimum(
            np.searchsorted(self.cum, topics + u, side="right"), self.ends[topics] - 1
        )
        anywhere = np.minimum(np.searchsorted(self.all_cum, u, side="right"), len(self.items) - 1)
        return self.items[np.where(wander, anywhere, in_topic)]


# ---- shop -----------------------------------------------------------------------------------

SHOP_SIZES = {"items": 3000, "users": 2000}
_TIERS = ("premium", "house", "unknown")
_TIER_VALUE = np.array([1.0, 0.0, -1.0])


def _shop_price(rng, low, high, tier) -> float:
    price = float(np.exp(rng.uniform(np.log(low), np.log(high))))
    price *= (1.7, 1.0, 0.55)[tier]
    if price < 10:
        return round(max(1.0, round(price)) - 0.01, 2)
    if price < 200:
        return round(round(price) - 0.01, 2)
    return round(round(price, -1) - 0.01, 2)


def _shop_item_text(rng, topic, sub, brand, tier, cue, cheap) -> tuple[str, str]:
    """Title and description of one listing."""
    noun = expand(pick(rng, sub.nouns), rng)
    spammy = tier == 2 and rng.random() < 0.8
    if spammy:  # marketplace style: brand in capitals, stuffed with keywords
        parts = [f"{brand} {title_case(noun)}"]
        if rng.random() < 0.4:  # a second product name, for the search engine
            other = expand(pick(rng, sub.nouns), rng)
            if other != noun:
                parts.append(title_case(other))
        parts.append(pick(rng, bank.SHOP_SPAM_TITLE_TAILS))
        title = ", ".join(parts)
    else:
        title = f"{brand} {title_case(noun)}"
    badge = rng.random() < 0.6  # a one-word badge rather than a full sentence
    if cue < 0 and badge:
        title = f"{pick(rng, bank.SHOP_BAD_BADGES)} - {title}"

    body = [expand(f, rng) for f in sample(rng, sub.features, 1 if rng.random() < 0.6 else 2)]
    if rng.random() < 0.9:
        body.append(expand(pick(rng, topic.uses), rng))
    extras = []
    n_filler = int(rng.choice(3, p=[0.25, 0.5, 0.25]))
    extras += [expand(f, rng) for f in sample(rng, bank.SHOP_FILLER, n_filler)]
    if tier == 0 and rng.random() < 0.3:
        extras.append(expand(pick(rng, bank.SHOP_PREMIUM_LINES), rng))
    if spammy and rng.random() < 0.5:
        extras.append(expand(pick(rng, bank.SHOP_SPAM_LINES), rng, {"noun": noun}))
    if cheap and rng.random() < 0.4:
        extras.append(pick(rng, bank.SHOP_BUDGET_LINES))
    rng.shuffle(extras)
    body += extras
    if cue > 0 and badge:
        body.insert(0, pick(rng, bank.SHOP_GOOD_BADGES))
    elif cue > 0:
        body.append(expand(pick(rng, bank.SHOP_GOOD_LINES), rng))
    elif cue < 0 and not badge:
        body.append(expand(pick(rng, bank.SHOP_BAD_LINES), rng))
    return title, " ".join(sentence(s) for s in body)


def _shop_user_text(rng, topics, chosen) -> str:
    """The answer to "what are you shopping for?" for a user whose interests are ``chosen``
    (topic indices, strongest first)."""
    if rng.random() < 0.08:
        return sentence(pick(rng, bank.SHOP_VAGUE_INTENTS))
    first = expand(pick(rng, topics[chosen[0]].intents), rng)
    if len(chosen) > 1 and rng.random() < 0.6:
        second = expand(pick(rng, topics[chosen[1]].intents), rng)
        joiner = pick(rng, bank.SHOP_INTENT_JOINERS)
        a, b = first.rstrip("."), second.rstrip(".")
        return joiner.format(a=a, b=b, al=lower_first(a), bl=lower_first(b))
    return sentence(first)


def generate_shop(seed: int = 0) -> dict[str, pd.DataFrame]:
    """The e-commerce scenario: products, shoppers' onboarding answers, views/carts/purchases
    with 1-5 ratings. Returns ``items``, ``users``, ``interactions``, ``item_topics``,
    ``user_interests`` (the last two are the hidden truth)."""
    rng = np.random.default_rng([seed, 61])
    topics = bank.SHOP_TOPICS
    n_items, n_users = SHOP_SIZES["items"], SHOP_SIZES["users"]
    appeal = np.array([t.appeal for t in topics])
    position = {t.id: k for k, t in enumerate(topics)}
    related = [[position[r] for r in bank.SHOP_RELATED[t.id]] for t in topics]

    # Items: topic, product group, brand standing, latent quality, price, text.
    share = np.exp(0.5 * appeal)
    item_topic = rng.choice(len(topics), size=n_items, p=share / share.sum())
    tier = rng.choice(3, size=n_items, p=[0.2, 0.35, 0.45])
    quality = 0.6 * _TIER_VALUE[tier] + rng.normal(0, 1, n_items)
    good = rng.random(n_items) < _sigmoid(2.0 * quality - 1.0)
    bad = ~good & (rng.random(n_items) < _sigmoid(-2.0 * quality - 1.2))
    cue = good.astype(int) - bad.astype(int)
    rows, log_price_ratio = [], np.zeros(n_items)
    for i in range(n_items):
        topic = topics[item_topic[i]]
        sub = pick(rng, topic.subs)
        if tier[i] == 0:
            brand = pick(rng, bank.SHOP_PREMIUM_BRANDS[topic.category])
        elif tier[i] == 1:
            brand = pick(rng, bank.SHOP_HOUSE_BRANDS)
        else:
            brand = pick(rng, bank.SHOP_UNKNOWN_BRANDS)
        price = _shop_price(rng, *sub.price, tier[i])
        log_price_ratio[i] = np.log(price / np.sqrt(sub.price[0] * sub.price[1]))
        cheap = log_price_ratio[i] < -0.6
        title, description = _shop_item_text(rng, topic, sub, brand, tier[i], cue[i], cheap)
        rows.append((title, description, topic.category, sub.subcategory, brand, price, sub.name))
    items = pd.DataFrame(
        rows,
        columns=["title", "description", "category", "subcategory", "brand", "price", "group"],
    )
    items.insert(0, "item_id", _ids("p", n_items))
    popularity = (
        0.9 * quality
        + 0.7 * _TIER_VALUE[tier]
        - 0.35 * log_price_ratio
        + rng.normal(0, 0.3, n_items)
    )

    # Users: interests, onboarding answer, sign-up time.
    interests = _dirichlet_interests(rng, n_users, appeal, related)
    user_ids = _ids("u", n_users)
    texts = []
    for u in range(n_users):
        chosen = [int(t) for t in np.argsort(-interests[u], kind="stable") if interests[u, t] > 0]
        texts.append(_shop_user_text(rng, topics, chosen))
    signup = rng.integers(_T0, _T1 - 10 * DAY, n_users)
    users = pd.DataFrame({"user_id": user_ids, "text": texts, "signup_at": iso(signup)})

    # Events: views by interest + popularity; some become carts, purchases, ratings.
    sampler = _TopicSampler(item_topic, np.exp(popularity), len(topics))
    events = []
    activity = np.exp(rng.normal(np.log(4), 0.7, n_users))
    for u in range(n_users):
        n = int(np.clip(2 + rng.poisson(activity[u]), 2, 90))
        chosen = sampler.draw(rng, interests[u], n, explore=0.12)
        chosen = list(dict.fromkeys(chosen.tolist()))  # one view per item, first time kept
        times = np.sort(rng.integers(signup[u], _T1, len(chosen)))
        for i, t in zip(chosen, times, strict=True):
            affinity = interests[u, item_topic[i]]
            events.append((u, i, 0, t, -1))
            if rng.random() < _sigmoid(-2.6 + 2.5 * affinity + 0.5 * quality[i]):
                t_cart = min(t + int(rng.exponential(1200)) + 30, _T1 - 1)
                events.append((u, i, 1, t_cart, -1))
                if rng.random() < _sigmoid(-0.2 + 0.6 * quality[i] - 0.4 * log_price_ratio[i]):
                    t_buy = min(t_cart + int(rng.exponential(3600)) + 60, _T1 - 1)
                    rating = -1
                    if rng.random() < 0.7:
                        score = 2.4 + 1.1 * quality[i] + 1.5 * (affinity - 0.5)
                        score += rng.normal(0, 1.1)
                        rating = int(np.clip(np.rint(score), 1, 5))
                    events.append((u, i, 2, t_buy, rating))
    ev = np.array(events, dtype=np.int64)
    order = np.lexsort((ev[:, 2], ev[:, 1], ev[:, 0], ev[:, 3]))
    ev = ev[order]
    ratings = pd.array(np.where(ev[:, 4] > 0, ev[:, 4], 0), dtype="Int64")
    ratings[ev[:, 4] < 0] = pd.NA
    interactions = pd.DataFrame(
        {
            "user_id": [user_ids[u] for u in ev[:, 0]],
            "item_id": items["item_id"].to_numpy()[ev[:, 1]],
            "event": np.array(["view", "cart", "purchase"])[ev[:, 2]],
            "rating": ratings,
            "timestamp": iso(ev[:, 3]),
        }
    )

    topic_ids = [t.id for t in topics]
    topic_names = [t.name for t in topics]
    item_topics = pd.DataFrame(
        {
            "item_id": items["item_id"],
            "topic_id": [topic_ids[t] for t in item_topic],
            "topic": [topic_names[t] for t in item_topic],
            "group": items["group"],
            "brand_tier": np.array(_TIERS)[tier],
            "quality": np.round(quality, 4),
            "popularity": np.round(popularity, 4),
        }
    )
    return {
        "items": items.drop(columns="group"),
        "users": users,
        "interactions": interactions,
        "item_topics": item_topics,
        "user_interests": _truth_interests(user_ids, interests, topic_ids, topic_names),
    }


# ---- news -----------------------------------------------------------------------------------

NEWS_SIZES = {"items": 4000, "users": 3000}
_LABEL_P = {  # how often each headline label is used, among labelled articles
    "Breaking": 0.14,
    "Exclusive": 0.08,
    "Live": 0.09,
    "Explained": 0.12,
    "Analysis": 0.11,
    "In pictures": 0.06,
    "Opinion": 0.14,
    "In brief": 0.08,
    "Correction": 0.03,
    "Press release": 0.06,
    "Sponsored": 0.09,
}
_COMMERCIAL = ("Press release", "Sponsored")  # only in sections that carry advertising
_COMMERCIAL_SECTIONS = ("Business", "Technology", "Health", "Life")
_HOUR_P = np.array([1, 1, 1, 1, 1, 2, 4, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 7, 6, 6, 5, 4, 3, 2], float)


def _news_slots(rng, topic, month: str) -> dict:
    n_last = len(bank.LAST_NAMES)
    first, second = (
        f"{bank.FIRST_NAMES[p // n_last]} {bank.LAST_NAMES[p % n_last]}"
        for p in rng.choice(len(bank.FIRST_NAMES) * n_last, size=2, replace=False)
    )
    slots = {"person": first, "person2": second}
    city, city2 = sample(rng, bank.NEWS_CITIES, 2)
    country, country2 = sample(rng, bank.NEWS_COUNTRIES, 2)
    slots.update(city=city, city2=city2, country=country, country2=country2, month=month)
    for key, values in {"company": bank.NEWS_COMPANIES, **topic.slots}.items():
        first, second = sample(rng, values, 2)
        slots[key], slots[f"{key}2"] = first, second
    return slots


def _news_user_text(rng, topics, chosen) -> str:
    a = expand(pick(rng, topics[chosen[0]].interests), rng)
    b = expand(pick(rng, topics[chosen[1]].interests), rng) if len(chosen) > 1 else None
    joiners = [j for j in bank.NEWS_INTEREST_JOINERS if b is not None or "{b}" not in j]
    text = pick(rng, joiners).format(a=a, b=b, A=a[0].upper() + a[1:])
    return text if rng.random() < 0.5 else text + "."


def generate_news(seed: int = 0) -> dict[str, pd.DataFrame]:
    """The content scenario: a steady stream of articles (headline, abstract, section,
    sub-section, publish time) and readers' clicks. Returns ``items``, ``users``,
    ``interactions``, ``item_topics``, ``user_interests``."""
    rng = np.random.default_rng([seed, 62])
    topics = bank.NEWS_TOPICS
    n_items, n_users = NEWS_SIZES["items"], NEWS_SIZES["users"]
    appeal = np.array([t.appeal for t in topics])
    position = {t.id: k for k, t in enumerate(topics)}
    related = [[position[r] for r in t.related] for t in topics]

    # Articles: publish time (a steady stream, daytime-heavy), topic, label, appeal.
    n_days = (_T1 - _T0) // DAY
    published = np.sort(
        _T0
        + rng.integers(0, n_days, n_items) * DAY
        + rng.choice(24, n_items, p=_HOUR_P / _HOUR_P.sum()) * 3600
        + rng.integers(0, 12, n_items) * 300
    )
    share = np.exp(0.15 * appeal)  # the newsroom covers niche topics too
    item_topic = rng.choice(len(topics), size=n_items, p=share / share.sum())
    labels = list(_LABEL_P)
    label_p = np.array(list(_LABEL_P.values()))
    has_label = rng.random(n_items) < 0.4
    label = np.where(has_label, rng.choice(len(labels), n_items, p=label_p / label_p.sum()), -1)
    label_effect = np.array([bank.NEWS_LABELS[x] for x in labels])
    evergreen = 2.0 * np.array([t.evergreen for t in topics])
    quality = rng.normal(0, 0.25, n_items)
    months = pd.to_datetime(published, unit="s", utc=True).month.to_numpy()
    rows = []
    for i in range(n_items):
        topic = topics[item_topic[i]]
        slots = _news_slots(rng, topic, bank.NEWS_MONTHS[months[i] - 1])
        headline = expand(pick(rng, topic.headlines), rng, slots)
        headline = headline[0].upper() + headline[1:]
        if ":" in headline:  # "Review: ...", "Explained: ..." already carry a label of sorts
            label[i] = -1
        elif (
            label[i] >= 0
            and labels[label[i]] in _COMMERCIAL
            and topic.category not in _COMMERCIAL_SECTIONS
        ):
            label[i] = labels.index("In brief")  # no sponsored war reporting
        if label[i] >= 0:
            headline = f"{labels[label[i]]}: {headline}"
        n_sentences = 1 if rng.random() < 0.55 else 2
        body = [expand(s, rng, slots) for s in sample(rng, topic.sentences, n_sentences)]
        if label[i] >= 0 and rng.random() < 0.6:  # labelled pieces say what they are
            body.append(expand(pick(rng, bank.NEWS_LABEL_LINES[labels[label[i]]]), rng, slots))
        elif rng.random() < 0.15:
            body.append(pick(rng, bank.NEWS_FILLER))
        rows.append((headline, " ".join(sentence(s) for s in body), topic.category, topic.name))
    items = pd.DataFrame(rows, columns=["title", "description", "category", "subcategory"])
    items.insert(0, "item_id", _ids("n", n_items))
    popularity = evergreen[item_topic] + np.where(label >= 0, label_effect[label], 0.0) + quality
    items["published_at"] = iso(published)

    # Readers: interests, an optional stated interest, sign-up time.
    interests = _dirichlet_interests(rng, n_users, 3.0 * appeal, related)
    user_ids = _ids("u", n_users)
    texts = []
    for u in range(n_users):
        chosen = [int(t) for t in np.argsort(-interests[u], kind="stable") if interests[u, t] > 0]
        texts.append(_news_user_text(rng, topics, chosen) if rng.random() < 0.3 else "")
    # Most readers were registered before the period; one in five signs up during it.
    existing = rng.random(n_users) < 0.8
    signup = np.where(
        existing,
        rng.integers(_T0 - 365 * DAY, _T0, n_users),
        rng.integers(_T0, _T1 - 14 * DAY, n_users),
    )
    users = pd.DataFrame({"user_id": user_ids, "text": texts, "signup_at": iso(signup)})

    # Clicks: visits; each click picks a topic (or the front page), then a recent article
    # by appeal x freshness (half-life about 17 hours; nothing older than 5 days).
    window, tau = 5 * DAY, 1.0 * DAY
    pools = [np.flatnonzero(item_topic == t) for t in range(len(topics))]
    pools.append(np.arange(n_items))  # the front page: every article
    pool_times = [published[p] for p in pools]
    weight = np.exp(popularity)
    activity = np.exp(rng.normal(np.log(4), 0.8, n_users))
    who, when, where = [], [], []
    for u in range(n_users):
        start = max(int(signup[u]), _T0)
        visits = np.sort(rng.integers(start, _T1 - 600, 1 + rng.poisson(activity[u])))
        per_visit = 1 + rng.poisson(0.7, len(visits))
        times = np.repeat(visits, per_visit)
        rank = np.arange(len(times)) - np.repeat(np.cumsum(per_visit) - per_visit, per_visit)
        when.append(np.minimum(times + rank * rng.integers(20, 240, len(times)), _T1 - 1))
        where.append(
            np.where(
                rng.random(len(times)) < 0.15,  # the front page
                len(topics),
                rng.choice(len(topics), size=len(times), p=interests[u]),
            )
        )
        who.append(np.full(len(times), u))
    who, when, where = np.concatenate(who), np.concatenate(when), np.concatenate(where)
    clicked = np.full(len(when), -1)
    draw = rng.random(len(when))
    for k in range(len(pools)):  # all clicks on one pool at once
        rows = np.flatnonzero(where == k)
        lo = np.searchsorted(pool_times[k], when[rows] - window)
        hi = np.searchsorted(pool_times[k], when[rows], side="right")
        rows, lo, hi = rows[hi > lo], lo[hi > lo], hi[hi > lo]
        # candidates of every click laid end to end: click c owns flat[start[c]:start[c + 1]]
        size = hi - lo
        start = np.concatenate([[0], np.cumsum(size)])
        flat = np.repeat(lo - start[:-1], size) + np.arange(start[-1])
        age = when[np.repeat(rows, size)] - pool_times[k][flat]
        appeal = weight if k < len(topics) else weight**2  # editors promote the hooks
        cum = np.cumsum(appeal[pools[k][flat]] * np.exp(-age / tau))
        below = np.concatenate([[0.0], cum])[start[:-1]]
        target = below + draw[rows] * (cum[start[1:] - 1] - below)
        pos = np.clip(np.searchsorted(cum, target, side="right"), start[:-1], start[1:] - 1)
        clicked[rows] = pools[k][flat[pos]]
    keep = clicked >= 0
    who, when, clicked = who[keep], when[keep], clicked[keep]
    first = np.unique(who * n_items + clicked, return_index=True)[1]  # one click per article
    ev = np.stack([who[first], clicked[first], when[first]], axis=1)
    ev = ev[np.lexsort((ev[:, 1], ev[:, 0], ev[:, 2]))]
    interactions = pd.DataFrame(
        {
            "user_id": [user_ids[u] for u in ev[:, 0]],
            "item_id": items["item_id"].to_numpy()[ev[:, 1]],
            "event": "click",
            "timestamp": iso(ev[:, 2]),
        }
    )
    topic_ids = [t.id for t in topics]
    topic_names = [t.name for t in topics]
    item_topics = pd.DataFrame(
        {
            "item_id": items["item_id"],
            "topic_id": [topic_ids[t] for t in item_topic],
            "topic": [topic_names[t] for t in item_topic],
            "label": [labels[x] if x >= 0 else "" for x in label],
            "quality": np.round(quality, 4),
            "popularity": np.round(popularity, 4),
        }
    )
    return {
        "items": items,
        "users": users,
        "interactions": interactions,
        "item_topics": item_topics,
        "user_interests": _truth_interests(user_ids, interests, topic_ids, topic_names),
    }


# ---- social ---------------------------------------------------------------------------------

SOCIAL_SIZES = {"users": 2000, "post": 1400, "group": 300, "creator": 300, "edges": 20_000}
_KINDS = ("post", "group", "creator")
_KIND_EVENT = ("like", "join", "follow")


def _social_person(rng) -> tuple[str, str]:
    return pick(rng, bank.FIRST_NAMES), pick(rng, bank.LAST_NAMES)


def _social_item_text(rng, topic, kind: int) -> tuple[str, str, bool]:
    first, last = _social_person(rng)
    slots = {"city": bank.NEWS_CITIES, "country": bank.NEWS_COUNTRIES, "month": bank.NEWS_MONTHS}
    slots.update(first=first, last=last, film=bank.FILM_TITLES, band=bank.BAND_NAMES)
    media = False
    if kind == 0:
        title = expand(pick(rng, topic.post_titles), rng, slots)
        if rng.random() < 0.3:
            media = True
            title = f"{title} {pick(rng, bank.SOCIAL_MEDIA_TAGS)}"
        n = 1 if rng.random() < 0.6 else 2
        body = [expand(s, rng, slots) for s in sample(rng, topic.post_bodies, n)]
    elif kind == 1:
        title = expand(pick(rng, topic.group_names), rng, slots)
        n = 1 if rng.random() < 0.5 else 2
        body = [expand(s, rng, slots) for s in sample(rng, topic.group_about, n)]
    else:
        title = expand(pick(rng, topic.creator_names), rng, slots)
        body = [expand(pick(rng, topic.creator_about), rng, slots)]
    title = title[0].upper() + title[1:]
    return title, " ".join(sentence(s) for s in body), media


def _social_bio(rng, topics, chosen) -> str:
    slots = {"city": bank.NEWS_CITIES}
    parts = [expand(pick(rng, topics[chosen[0]].bio), rng, slots)]
    if len(chosen) > 1 and rng.random() < 0.6:
        parts.append(expand(pick(rng, topics[chosen[1]].bio), rng, slots))
    if rng.random() < 0.35:  # what they do, and perhaps where they live or pronouns
        parts.append(pick(rng, bank.SOCIAL_BIO_JOBS))
    if rng.random() < 0.35:
        parts.append(expand(pick(rng, bank.SOCIAL_BIO_EXTRAS), rng, slots))
    rng.shuffle(parts)
    joiner = pick(rng, bank.SOCIAL_BIO_JOINERS)
    if joiner == ". ":  # separate sentences, each capitalised
        parts = [p[0].upper() + p[1:] for p in parts]
    text = joiner.join(parts)
    return text[0].upper() + text[1:]


def _homophilous_edges(rng, interests, sociability, n_edges: int, base: float) -> np.ndarray:
    """``n_edges`` friendships sampled without replacement, each pair ``(i, j)`` with weight
    ``s_i s_j (base + cosine(interests_i, interests_j))`` (Gumbel top-k)."""
    unit = interests / np.linalg.norm(interests, axis=1, keepdims=True)
    i, j = np.triu_indices(len(interests), 1)
    log_s = np.log(sociability)
    log_w = log_s[i] + log_s[j] + np.log(base + (unit @ unit.T)[i, j])
    keys = log_w + rng.gumbel(size=len(i))
    top = np.argpartition(-keys, n_edges)[:n_edges]
    pairs = np.stack([i[top], j[top]], axis=1)
    return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]


def generate_social(seed: int = 0) -> dict[str, pd.DataFrame]:
    """The social scenario: users with short bios, a friendship graph with homophily, and
    posts, groups and creators they like, join and follow. Returns ``items``, ``users``,
    ``interactions``, ``edges``, ``item_topics``, ``user_interests``."""
    rng = np.random.default_rng([seed, 63])
    topics = bank.SOCIAL_TOPICS
    n_users = SOCIAL_SIZES["users"]
    appeal = np.array([t.appeal for t in topics])
    position = {t.id: k for k, t in enumerate(topics)}
    related = [[position[r] for r in t.related] for t in topics]

    # Items: posts, groups and creators of each topic; popularity from quality and media.
    kind = np.concatenate([np.full(SOCIAL_SIZES[k], n) for n, k in enumerate(_KINDS)])
    kind = kind[rng.permutation(len(kind))]
    n_items = len(kind)
    share = np.exp(0.4 * appeal)
    item_topic = rng.choice(len(topics), size=n_items, p=share / share.sum())
    quality = rng.normal(0, 0.7, n_items)
    rows, media = [], np.zeros(n_items, bool)
    for i in range(n_items):
        title, description, media[i] = _social_item_text(rng, topics[item_topic[i]], kind[i])
        rows.append((title, description, topics[item_topic[i]].section, _KINDS[kind[i]]))
    items = pd.DataFrame(rows, columns=["title", "description", "category", "kind"])
    items.insert(0, "item_id", _ids("s", n_items))
    popularity = quality + 0.5 * media

    # Users: interests, bio, sign-up; friendships with homophily.
    interests = _dirichlet_interests(rng, n_users, appeal, related)
    user_ids = _ids("u", n_users)
    bios = []
    for u in range(n_users):
        chosen = [int(t) for t in np.argsort(-interests[u], kind="stable") if interests[u, t] > 0]
        bios.append(_social_bio(rng, topics, chosen) if rng.random() < 0.88 else "")
    signup = rng.integers(_T0, _T1 - 14 * DAY, n_users)
    users = pd.DataFrame({"user_id": user_ids, "text": bios, "signup_at": iso(signup)})
    sociability = np.exp(rng.normal(0, 0.5, n_users))
    pairs = _homophilous_edges(rng, interests, sociability, SOCIAL_SIZES["edges"], base=0.05)
    edges = pd.DataFrame(
        {
            "user_id": [user_ids[a] for a in pairs[:, 0]],
            "friend_id": [user_ids[b] for b in pairs[:, 1]],
        }
    )

    # Activity: interest-driven likes/joins/follows, then some copied from friends.
    samplers = [
        _TopicSampler(item_topic, np.exp(popularity), len(topics), np.flatnonzero(kind == k))
        for k in range(len(_KINDS))
    ]
    kind_p = np.array([0.7, 0.12, 0.18])
    activity = np.exp(rng.normal(np.log(8), 0.6, n_users))
    own: list[dict[int, int]] = []
    for u in range(n_users):
        n = 2 + rng.poisson(activity[u])
        kinds = rng.choice(3, size=n, p=kind_p)
        chosen = {}
        for k in range(3):
            m = int((kinds == k).sum())
            if m:
                for i in samplers[k].draw(rng, interests[u], m, explore=0.15).tolist():
                    chosen.setdefault(i, int(rng.integers(signup[u], _T1)))
        own.append(chosen)
    friends = [[] for _ in range(n_users)]
    for a, b in pairs:
        friends[a].append(b)
        friends[b].append(a)
    events = [(u, i, t) for u in range(n_users) for i, t in own[u].items()]
    for u in range(n_users):
        if not friends[u]:
            continue
        for _ in range(rng.poisson(2.0)):
            f = friends[u][int(rng.integers(len(friends[u])))]
            if not own[f]:
                continue
            i, t_f = list(own[f].items())[int(rng.integers(len(own[f])))]
            if i in own[u]:
                continue
            t = max(t_f, int(signup[u])) + int(rng.exponential(2 * DAY))
            if t < _T1:
                own[u][i] = t
                events.append((u, i, t))
    ev = np.array(events, dtype=np.int64)
    ev = ev[np.lexsort((ev[:, 1], ev[:, 0], ev[:, 2]))]
    interactions = pd.DataFrame(
        {
            "user_id": [user_ids[u] for u in ev[:, 0]],
            "item_id": items["item_id"].to_numpy()[ev[:, 1]],
            "event": np.array(_KIND_EVENT)[kind[ev[:, 1]]],
            "timestamp": iso(ev[:, 2]),
        }
    )
    topic_ids = [t.id for t in topics]
    topic_names = [t.name for t in topics]
    item_topics = pd.DataFrame(
        {
            "item_id": items["item_id"],
            "topic_id": [topic_ids[t] for t in item_topic],
            "topic": [topic_names[t] for t in item_topic],
            "quality": np.round(quality, 4),
            "popularity": np.round(popularity, 4),
        }
    )
    return {
        "items": items,
        "users": users,
        "interactions": interactions,
        "edges": edges,
        "item_topics": item_topics,
        "user_interests": _truth_interests(user_ids, interests, topic_ids, topic_names),
    }


# ---- writing the bundled files --------------------------------------------------------------

GENERATORS: dict[str, Callable[..., dict[str, pd.DataFrame]]] = {
    "shop": generate_shop,
    "news": generate_news,
    "social": generate_social,
}
TRUTH_TABLES = ("item_topics", "user_interests")
_FLOAT_FORMAT = {"items": "%.2f"}  # prices; every other float (truth tables) gets 4 decimals


def table_path(name: str) -> str:
    """Where a table of a dataset lives inside its folder, e.g. ``truth/item_topics.csv.gz``."""
    return f"truth/{name}.csv.gz" if name in TRUTH_TABLES else f"{name}.csv.gz"


def csv_gz_bytes(table: pd.DataFrame, float_format: str = "%.4f") -> bytes:
    """A table as gzip-compressed UTF-8 CSV (header, ``\\n`` line ends, no index), with a fixed
    gzip header (no file name, ``mtime=0``) so that equal tables give equal bytes."""
    text = table.to_csv(index=False, lineterminator="\n", float_format=float_format)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))
    return buffer.getvalue()


def write_bundled(
    root: str | os.PathLike = "datasets", names: Sequence[str] | None = None, seed: int = 0
) -> list[Path]:
    """Generate the datasets ``names`` (default: all three) and write them under
    ``root/<name>/`` (each file via a temporary file and ``os.replace``). Returns the paths.

    The datasheets (``README.md``) are written by hand and left alone.
    """
    unknown = sorted(set(names or ()) - set(GENERATORS))
    if unknown:
        raise ValueError(f"unknown dataset {unknown[0]!r}: choose from {sorted(GENERATORS)}")
    written = []
    for name in names or tuple(GENERATORS):
        for table, frame in GENERATORS[name](seed).items():
            path = Path(root) / name / table_path(table)
            write_bytes_atomic(path, csv_gz_bytes(frame, _FLOAT_FORMAT.get(table, "%.4f")))
            written.append(path)
    return written
