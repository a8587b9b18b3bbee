#pragma once

// Independent reference for tests and benchmarks only: maximum-profit
// assignment with optional unmatched rows and column capacities, solved as a
// min-cost flow with LEMON's network simplex.

#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "matching/assignment_problem.hpp"

namespace upward::matching::testing {

/// Optimal total, or nullopt when the instance is infeasible.
inline std::optional<std::int64_t> LemonOptimum(const SparseProblem& p) {
    lemon::ListDigraph g;
    std::vector<lemon::ListDigraph::Node> row_nodes;
    std::vector<lemon::ListDigraph::Node> col_nodes;
    const auto source = g.addNode();
    const auto sink = g.addNode();
    row_nodes.reserve(p.rows);
    col_nodes.reserve(p.cols);
    for (std::int32_t i = 0; i < p.rows; ++i) row_nodes.push_back(g.addNode());
    for (std::int32_t j = 0; j < p.cols; ++j) col_nodes.push_back(g.addNode());
    lemon::ListDigraph::ArcMap<std::int64_t> cost(g);
    lemon::ListDigraph::ArcMap<std::int64_t> upper(g);
    for (std::int32_t i = 0; i < p.rows; ++i) {
        const auto a = g.addArc(source, row_nodes[i]);
        cost[a] = 0;
        upper[a] = 1;
        if (p.allow_unmatched) {
            const auto u = g.addArc(row_nodes[i], sink);
            cost[u] = p.unmatched_profit.empty() ? 0 : -p.unmatched_profit[i];
            upper[u] = 1;
        }
        for (std::int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
            const auto a2 = g.addArc(row_nodes[i], col_nodes[p.col_index[e]]);
            cost[a2] = -p.profit[e];
            upper[a2] = 1;
        }
    }
    for (std::int32_t j = 0; j < p.cols; ++j) {
        const auto a = g.addArc(col_nodes[j], sink);
        cost[a] = 0;
        upper[a] = p.capacity.empty() ? 1 : p.capacity[j];
    }
    lemon::NetworkSimplex<lemon::ListDigraph, std::int64_t, std::int64_t> ns(g);
    ns.costMap(cost).upperMap(upper).stSupply(source, sink, p.rows);
    if (ns.run() != decltype(ns)::OPTIMAL) return std::nullopt;
    return -ns.totalCost();
}

inline SparseProblem DenseToSparse(const DenseProblem& d) {
    SparseProblem s;
    s.rows = d.rows;
    s.cols = d.cols;
    s.allow_unmatched = d.allow_unmatched;
    s.unmatched_profit = d.unmatched_profit;
    s.row_start.push_back(0);
    for (std::int32_t i = 0; i < d.rows; ++i) {
        for (std::int32_t j = 0; j < d.cols; ++j) {
            const std::int64_t a = d.profit[static_cast<std::size_t>(i) * d.cols + j];
            if (a == kForbidden) continue;
            s.col_index.push_back(j);
            s.profit.push_back(a);
        }
        s.row_start.push_back(static_cast<std::int64_t>(s.col_index.size()));
    }
    return s;
}

}  // namespace upward::matching::testing
