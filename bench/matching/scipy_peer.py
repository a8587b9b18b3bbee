"""Peer timings for the matching benchmark: scipy on the instance files the
C++ benchmark writes. Prints one JSON object per line."""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def dense(name, path):
    profit = np.load(path)
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(profit, maximize=True)
    seconds = time.perf_counter() - start
    total = int(profit[rows, cols].astype(np.int64).sum())
    print(json.dumps({"name": name, "tool": "scipy", "seconds": seconds, "total": total}), flush=True)


def sparse(name, prefix, n_rows, n_cols, cost_offset):
    # min_weight_full_bipartite_matching minimises positive weights, so edges
    # carry cost_offset - profit (> 0); the total profit is recovered after.
    indptr = np.load(prefix + "_indptr.npy")
    indices = np.load(prefix + "_indices.npy")
    cost = np.load(prefix + "_cost.npy").astype(np.float64)
    graph = csr_matrix((cost, indices, indptr), shape=(n_rows, n_cols))
    start = time.perf_counter()
    rows, cols = min_weight_full_bipartite_matching(graph)
    seconds = time.perf_counter() - start
    total_cost = int(np.asarray(graph[rows, cols]).ravel().astype(np.int64).sum())
    total = cost_offset * len(rows) - total_cost
    print(json.dumps({"name": name, "tool": "scipy", "seconds": seconds, "total": total}), flush=True)


def main():
    for line in open(sys.argv[1]):
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "dense":
            dense(parts[1], parts[2])
        else:
            sparse(parts[1], parts[2], int(parts[3]), int(parts[4]), int(parts[5]))


main()
