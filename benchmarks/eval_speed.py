"""How fast is full-ranking evaluation? Ours (vectorised, blocked) vs a per-user loop.

    python benchmarks/eval_speed.py [--users 10000] [--items 20000] [--relevant 50] [--k 20]

Both rank every item for every user from dot-product scores of random 32-d factors, mask
50 "seen" items per user, and compute Recall/NDCG/HitRate@K and MRR. The script checks that
both give the same values, then prints seconds and the speed-up (target: >= 20x).
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np

from coldstart_lab.evaluation import evaluate_ranking


def make_problem(n_users, n_items, n_relevant, dim=32, seed=0):
    # Small integer vectors: every dot product is an exact integer in float32, so both
    # implementations see identical scores whatever BLAS routine computes them (a matrix
    # product and a matrix-vector product round differently), and ties are common, which
    # checks that both break them the same way (lower item position first).
    rng = np.random.default_rng(seed)
    users = rng.integers(-8, 9, size=(n_users, dim)).astype(np.float32)
    items = rng.integers(-8, 9, size=(n_items, dim)).astype(np.float32)
    picks = np.argsort(rng.random((n_users, n_items)), axis=1)[:, : 2 * n_relevant]
    return users, items, picks[:, :n_relevant], picks[:, n_relevant:]


def per_user_loop(users, items, relevant, exclude, k):
    """The straightforward implementation: one user at a time, a full sort each."""
    out = {"recall": [], "ndcg": [], "hit_rate": [], "mrr": []}
    for u in range(len(users)):
        scores = items @ users[u]
        scores[exclude[u]] = -np.inf
        ranking = np.argsort(-scores, kind="stable")  # ties: lower position first
        ranking = ranking[np.isfinite(scores[ranking])]
        wanted = set(relevant[u].tolist())
        hits = [int(j) in wanted for j in ranking[:k]]
        dcg = sum(1 / math.log2(r + 2) for r, h in enumerate(hits) if h)
        ideal = sum(1 / math.log2(r + 2) for r in range(min(k, len(wanted))))
        first = next(r for r, j in enumerate(ranking) if int(j) in wanted) + 1
        out["recall"].append(sum(hits) / len(wanted))
        out["ndcg"].append(dcg / ideal)
        out["hit_rate"].append(float(any(hits)))
        out["mrr"].append(1 / first)
    return {name: np.array(values) for name, values in out.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--relevant", type=int, default=50)
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument(
        "--loop-users",
        type=int,
        default=1_000,
        help="users the per-user loop runs on (its time is scaled up)",
    )
    args = parser.parse_args()

    users, items, relevant, exclude = make_problem(args.users, args.items, args.relevant)
    start = time.perf_counter()
    ours = evaluate_ranking(
        lambda rows: users[rows] @ items.T,
        list(relevant),
        k=args.k,
        exclude=list(exclude),
        n_items=args.items,
    )
    ours_seconds = time.perf_counter() - start

    n_loop = min(args.loop_users, args.users)
    start = time.perf_counter()
    loop = per_user_loop(users[:n_loop], items, relevant[:n_loop], exclude[:n_loop], args.k)
    loop_seconds = (time.perf_counter() - start) * args.users / n_loop

    k = args.k
    for name, key in (
        ("recall", f"recall@{k}"),
        ("ndcg", f"ndcg@{k}"),
        ("hit_rate", f"hit_rate@{k}"),
        ("mrr", "mrr"),
    ):
        np.testing.assert_allclose(ours.per_user[key][:n_loop], loop[name], rtol=1e-6, atol=1e-9)
    print(
        f"problem: {args.users} users x {args.items} items, {args.relevant} relevant and "
        f"{args.relevant} masked per user, K={k}"
    )
    print(
        f"values: identical on the {n_loop} users both ran "
        f"(recall@{k} {np.mean(loop['recall']):.4f}, mrr {np.mean(loop['mrr']):.4f})"
    )
    print(f"ours (vectorised, blocked):   {ours_seconds:8.2f} s")
    print(f"per-user loop (extrapolated from {n_loop} users): {loop_seconds:8.2f} s")
    print(f"speed-up: {loop_seconds / ours_seconds:.1f}x (target >= 20x)")


if __name__ == "__main__":
    main()
