"""Recompute every figure stated in datasets/social/README.md (one-off check, not a test).

    python datasets/social/signal_check.py [--cold]

Reads the bundled files through ``load_dataset("social")`` (``$COLDSTART_LAB_DATA`` points it
elsewhere, e.g. at an older copy of the files) and the truth tables next to them. The language
model is the package's shared bundled all-MiniLM-L6-v2 with its on-disk embedding cache;
``--cold`` encodes with a fresh, empty cache instead, to time a cold run. Seeds everywhere.

Definitions (as in the datasheet):

- homophily: share of friend pairs whose users share at least one true community, against the
  same share over all pairs of distinct users (exact, no sampling);
- bios vs friends' bios: for each user with a bio and at least one friend with a bio, is the
  mean cosine of their bio to their friends' bios higher than to as many bios of other users
  drawn at random (with replacement, seed 0)? LM, and TF-IDF fitted on the bios;
- new users from their bio: 800 users with a bio drawn at random (seed 0) play new users;
  relevant = all their interactions; all 2,000 items ranked by cosine to the bio (TF-IDF fitted
  on the item texts, as the package's text models do); Recall@20 via evaluate_ranking, 95%
  bootstrap CI via bootstrap_ci (1,000 resamples, seed 0). Popularity = interaction counts
  of everyone but the user (leave-one-out); random = uniform scores (seed 0); "own
  communities" = share of the top 20 whose true community is one of the user's; oracle = the
  true probability of the generator's draw (kind share x (85% interest weight x popularity
  within the community + 15% popularity anywhere), popularity = exp of the latent log value);
- friends' activity: rank items by how many of the user's friends touched them (ties broken by
  leave-one-out popularity), same 800 users: ``coldstart_lab.models.FriendsActivity`` fitted on
  all interactions (each friend's interactions are all of theirs);
- keywords: content words = lowercase [a-z]+ tokens longer than 2 letters, not sklearn English
  stop words; 40,000 random item pairs (seed 0, self-pairs dropped), Jaccard of content words.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from coldstart_lab.data import data_dir, load_dataset
from coldstart_lab.data.synthetic.phrases import SOCIAL_MEDIA_TAGS, SOCIAL_TOPICS
from coldstart_lab.evaluation import bootstrap_ci, evaluate_ranking
from coldstart_lab.models import FriendsActivity
from coldstart_lab.text import BertEncoder, TfidfEncoder, shared_bert_encoder

K = 20
N_NEW = 800
KIND_P = {"post": 0.7, "group": 0.12, "creator": 0.18}  # generate_social's kind shares
EXPLORE = 0.15  # generate_social's share of draws "anywhere by popularity"


def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", action="store_true", help="encode with an empty cache")
    args = parser.parse_args()
    wall0, cpu0 = time.perf_counter(), time.process_time()

    d = load_dataset("social")
    folder = data_dir() / "social"
    items, users, inter, edges = d.items, d.users, d.interactions, d.edges
    truth_items = pd.read_csv(folder / "truth" / "item_topics.csv.gz")
    truth_users = pd.read_csv(folder / "truth" / "user_interests.csv.gz")
    assert (truth_items["item_id"] == items["item_id"]).all()
    n_users, n_items = len(users), len(items)
    uid = pd.Index(users["user_id"])
    iid = pd.Index(items["item_id"])

    # ---- files and schema ------------------------------------------------------------------
    print("== Files and schema")
    print(
        f"items: {n_items} rows; kinds {items['kind'].value_counts().to_dict()}; "
        f"{items['category'].nunique()} categories"
    )
    bios = users["text"].fillna("").tolist()
    has_bio = np.array([bool(t.strip()) for t in bios])
    print(
        f"users: {n_users} rows; empty bio {pct(1 - has_bio.mean())} "
        f"({(~has_bio).sum()}); non-empty bios {has_bio.sum()}"
    )
    print(f"interactions: {len(inter)} rows; events {inter['event'].value_counts().to_dict()}")
    print(f"edges: {len(edges)} rows")
    print(
        f"truth/item_topics: {len(truth_items)} rows, {truth_items['topic_id'].nunique()} "
        f"communities"
    )
    per_user_topics = truth_users.groupby("user_id").size()
    print(
        f"truth/user_interests: {len(truth_users)} rows; topics per user "
        f"{per_user_topics.min()}-{per_user_topics.max()}; weight sums "
        f"{truth_users.groupby('user_id')['weight'].sum().round(3).agg(['min', 'max']).tolist()}"
    )

    # ---- sizes -----------------------------------------------------------------------------
    print("\n== Sizes")
    signup = pd.to_datetime(users["signup_at"])
    print(f"signed up {signup.min().date()} to {signup.max().date()}")
    per_user = inter.groupby("user_id").size().reindex(uid, fill_value=0)
    touched = inter["item_id"].nunique()
    print(
        f"items per user: mean {per_user.mean():.1f}, median {per_user.median():.0f}, "
        f"min {per_user.min()}, max {per_user.max()}; items never touched {n_items - touched}"
    )
    a = uid.get_indexer(edges["user_id"])
    b = uid.get_indexer(edges["friend_id"])
    degree = np.bincount(np.r_[a, b], minlength=n_users)
    print(
        f"friendships: mean degree {degree.mean():.1f}, median {np.median(degree):.0f}, "
        f"max {degree.max()}, min {degree.min()}, isolated users {(degree == 0).sum()}"
    )
    files = sorted(folder.glob("*.csv.gz")) + sorted((folder / "truth").glob("*.csv.gz"))
    total = sum(f.stat().st_size for f in files)
    print(f"compressed size of the {len(files)} data files: {total} bytes = {total / 1000:.0f} kB")

    # ---- text: titles, media tags, banks, examples ---------------------------------------
    print("\n== Titles, media tags, phrase banks")
    posts = items[items["kind"] == "post"]
    counts = posts["title"].value_counts()
    shared = posts["title"].map(counts).gt(1)
    print(
        f"post titles: {posts['title'].nunique()} distinct of {len(posts)}; "
        f"{shared.sum()} posts ({pct(shared.mean())}) share their title with another post; "
        f"most repeated: {counts.head(3).to_dict()}"
    )
    stripped = posts["title"].str.replace(r" \((photos|video|thread)\)$", "", regex=True)
    sc = stripped.value_counts()
    print(
        f"  ignoring media tags: {stripped.nunique()} distinct; "
        f"{stripped.map(sc).gt(1).sum()} posts share a title"
    )
    for kind in ("group", "creator"):
        sub = items[items["kind"] == kind]
        print(f"{kind} names: {sub['title'].nunique()} distinct of {len(sub)}")
    print(f"title + description distinct: {(items['title'] + items['description']).nunique()}")
    tagged = posts["title"].str.endswith(tuple(f" {t}" for t in SOCIAL_MEDIA_TAGS))
    print(
        f"posts with a media tag {SOCIAL_MEDIA_TAGS}: {tagged.sum()} ({pct(tagged.mean())}); "
        + ", ".join(f"{t} {posts['title'].str.endswith(t).sum()}" for t in SOCIAL_MEDIA_TAGS)
    )
    print(f"{len(SOCIAL_TOPICS)} communities, {len({t.section for t in SOCIAL_TOPICS})} sections")
    for field in (
        "bio",
        "post_titles",
        "post_bodies",
        "group_names",
        "group_about",
        "creator_names",
        "creator_about",
        "related",
    ):
        n = [len(getattr(t, field)) for t in SOCIAL_TOPICS]
        print(f"  bank {field:14s}: {min(n)}-{max(n)} per community, {sum(n)} in all")

    print("\n== Example rows (item_id / user_id: text)")
    rng = np.random.default_rng(0)
    for kind in ("post", "group", "creator"):
        sub = items[items["kind"] == kind]
        for r in sub.iloc[np.sort(rng.choice(len(sub), 6, replace=False))].itertuples():
            print(f"  {r.item_id} {kind:7s} [{r.category}] {r.title!r} / {r.description!r}")
    post_text = posts["title"] + " / " + posts["description"]
    for name in ("Strava", "Garmin", "Letterboxd", "Parkrun", "Kindle", "Ravelry", "Lightroom"):
        hits = post_text[post_text.str.contains(name)]
        print(
            f"  real name {name!r} in {len(hits)} posts"
            + (f", e.g. {hits.iloc[0]!r}" if len(hits) else "")
        )
    for title in ("Learning Rust: first impressions", "Parkrun PB on tired legs"):
        for r in posts[posts["title"] == title].itertuples():
            print(f"  title/body pair {r.item_id}: {r.title!r} / {r.description!r}")
    with_bio = users[has_bio]
    for r in with_bio.iloc[np.sort(rng.choice(len(with_bio), 10, replace=False))].itertuples():
        print(f"  {r.user_id} bio {r.text!r}")

    # ---- homophily -------------------------------------------------------------------------
    print("\n== Homophily")
    topic_index = pd.Index(sorted(truth_items["topic_id"].unique()))
    member = np.zeros((n_users, len(topic_index)), np.int32)
    member[
        uid.get_indexer(truth_users["user_id"]), topic_index.get_indexer(truth_users["topic_id"])
    ] = 1
    weight = np.zeros(member.shape)
    weight[
        uid.get_indexer(truth_users["user_id"]), topic_index.get_indexer(truth_users["topic_id"])
    ] = truth_users["weight"]
    share_any = (member @ member.T) > 0
    friend_share = share_any[a, b].mean()
    upper = np.triu_indices(n_users, 1)
    all_share = share_any[upper].mean()
    print(
        f"friend pairs sharing a community {pct(friend_share)} ({friend_share:.5f}); "
        f"all pairs {pct(all_share)} ({all_share:.5f})"
    )

    # ---- vectors -------------------------------------------------------------------------
    item_text = d.item_text.tolist()
    if args.cold:
        cache = tempfile.TemporaryDirectory(prefix="social_check_")
        lm = BertEncoder(cache_dir=Path(cache.name) / "embeddings", show_progress=False)
    else:
        lm = shared_bert_encoder()
    t0, c0 = time.perf_counter(), time.process_time()
    lm_items = lm.encode(item_text, show_progress=False)
    lm_users = np.zeros((n_users, lm_items.shape[1]), np.float32)
    lm_users[has_bio] = lm.encode([t for t in bios if t.strip()], show_progress=False)
    t_enc, c_enc = time.perf_counter() - t0, time.process_time() - c0
    tf_items_enc = TfidfEncoder().fit(item_text)
    tf_items = tf_items_enc.encode(item_text)
    tf_users = np.zeros((n_users, tf_items.shape[1]), np.float32)
    tf_users[has_bio] = tf_items_enc.encode([t for t in bios if t.strip()])
    tf_bio_enc = TfidfEncoder().fit([t for t in bios if t.strip()])
    tf_bios = np.zeros((n_users, tf_bio_enc.dim), np.float32)
    tf_bios[has_bio] = tf_bio_enc.encode([t for t in bios if t.strip()])

    # ---- bios reflect friendship -------------------------------------------------------------
    print("\n== Bios vs friends' bios")
    friends = [[] for _ in range(n_users)]
    for x, y in zip(a, b, strict=True):
        friends[x].append(y)
        friends[y].append(x)
    bio_users = np.flatnonzero(has_bio)
    rng = np.random.default_rng(0)
    wins = {"LM": [], "TF-IDF (fitted on bios)": []}
    for u in bio_users:
        f = [x for x in friends[u] if has_bio[x]]
        if not f:
            continue
        r = rng.choice(bio_users[bio_users != u], size=len(f))
        for name, v in (("LM", lm_users), ("TF-IDF (fitted on bios)", tf_bios)):
            wins[name].append((v[f] @ v[u]).mean() > (v[r] @ v[u]).mean())
    for name, w in wins.items():
        print(
            f"{name}: friends' bios closer than random bios for {pct(np.mean(w))} of {len(w)} users"
        )

    # ---- new users -------------------------------------------------------------------------
    print(f"\n== New users ({N_NEW} users with a bio, seed 0), Recall@{K}, 95% bootstrap CI")
    test = np.sort(np.random.default_rng(0).choice(bio_users, N_NEW, replace=False))
    ev_u = uid.get_indexer(inter["user_id"])
    ev_i = iid.get_indexer(inter["item_id"])
    seen = [[] for _ in range(n_users)]
    for u, i in zip(ev_u, ev_i, strict=True):
        seen[u].append(i)
    relevant = [np.unique(seen[u]) for u in test]
    counts = np.bincount(ev_i, minlength=n_items).astype(float)
    loo_pop = np.tile(counts, (N_NEW, 1))
    for j in range(len(test)):
        loo_pop[j, relevant[j]] -= 1
    item_topic = topic_index.get_indexer(truth_items["topic_id"])
    own = member[test][:, item_topic].astype(bool)  # (800, items): item in user's communities
    results = {}

    def evaluate(name: str, scores: np.ndarray, show_own: bool = False) -> float:
        res = evaluate_ranking(scores, relevant, k=K)
        mean, low, high = bootstrap_ci(res.per_user[f"recall@{K}"], seed=0)
        extra = ""
        if show_own:
            in_own = np.take_along_axis(own, res.top_items, axis=1).mean()
            extra = f"; share of top {K} in own communities {in_own:.2f} ({in_own:.3f})"
        print(f"  {name:34s} {mean:.3f} ({low:.3f}-{high:.3f}){extra}")
        results[name] = mean
        return mean

    evaluate("LM (bio . item)", lm_users[test] @ lm_items.T, show_own=True)
    evaluate("TF-IDF (fitted on items)", tf_users[test] @ tf_items.T, show_own=True)
    evaluate("popularity (leave-one-out)", loo_pop, show_own=True)
    evaluate("random", np.random.default_rng(0).random((N_NEW, n_items)), show_own=True)
    kind_p = items["kind"].map(KIND_P).to_numpy()
    latent = np.exp(truth_items["popularity"].to_numpy())
    kind_codes = items["kind"].to_numpy()
    in_topic = np.zeros(n_items)
    anywhere = np.zeros(n_items)
    for kind in KIND_P:
        m = kind_codes == kind
        totals = np.bincount(item_topic[m], weights=latent[m], minlength=len(topic_index))
        in_topic[m] = latent[m] / totals[item_topic[m]]
        anywhere[m] = latent[m] / latent[m].sum()
    oracle = kind_p * ((1 - EXPLORE) * weight[test][:, item_topic] * in_topic + EXPLORE * anywhere)
    evaluate("oracle (true interests+popularity)", oracle)
    print(f"  LM / TF-IDF = {results['LM (bio . item)'] / results['TF-IDF (fitted on items)']:.2f}")

    print("\n== New users from their friends' activity (no text)")
    # The package's FriendsActivity, fitted on every interaction: the number of the user's
    # friends who touched each item; ties (many items touched by as many friends) go to the
    # item more popular among the other users (the user's own interactions do not count).
    friends_activity = FriendsActivity().fit(d)
    fr = evaluate("friends' activity", friends_activity.score(uid[test]))
    print(
        f"  friends / popularity = {fr / results['popularity (leave-one-out)']:.1f}; "
        f"friends / LM = {fr / results['LM (bio . item)']:.1f}"
    )

    # ---- keywords ----------------------------------------------------------------------------
    print("\n== Keywords (all items, 40,000 random pairs, seed 0)")

    def content_words(text: str) -> set[str]:
        return {
            w
            for w in re.findall(r"[a-z]+", text.lower())
            if len(w) > 2 and w not in ENGLISH_STOP_WORDS
        }

    words = [content_words(t) for t in item_text]
    pairs = np.random.default_rng(0).integers(n_items, size=(40_000, 2))
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    same = item_topic[pairs[:, 0]] == item_topic[pairs[:, 1]]
    jac = np.array([len(words[p] & words[q]) / max(1, len(words[p] | words[q])) for p, q in pairs])
    print(
        f"{len(pairs)} pairs, {same.sum()} of one community: mean Jaccard {jac[same].mean():.3f} "
        f"(across {jac[~same].mean():.3f}); {pct((jac[same] == 0).mean())} of one-community "
        f"pairs share no content word"
    )

    print(
        f"\n== Cost: LM encoding of {n_items} items + {has_bio.sum()} bios "
        f"({'cold cache' if args.cold else 'shared cache'}): {t_enc:.0f} s wall, "
        f"{c_enc:.0f} s CPU; whole script {time.perf_counter() - wall0:.0f} s wall, "
        f"{time.process_time() - cpu0:.0f} s CPU"
    )


if __name__ == "__main__":
    main()
