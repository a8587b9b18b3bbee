#pragma once

#include <cstdint>
#include <ranges>
#include <vector>

namespace upward::matching {

// Maximum-cardinality bipartite matching size (Hopcroft–Karp). `Rows` exposes
// ForEach(row, f(col, profit)). Used to prove feasibility before solvers that
// would otherwise not terminate on infeasible "every row matched" instances.
template <typename Rows>
std::int32_t MaxCardinality(const Rows& rows, std::int32_t n, std::int32_t m) {
    std::vector<std::int32_t> match_row(n, -1);
    std::vector<std::int32_t> match_col(m, -1);
    std::vector<std::int32_t> dist(n);
    std::vector<std::int32_t> queue(n);
    std::int32_t size = 0;
    // Iterative DFS stack entries: row and the index of the next edge to try.
    std::vector<std::int32_t> adjacency_start(static_cast<std::size_t>(n) + 1, 0);
    std::vector<std::int32_t> adjacency;
    for (std::int32_t i = 0; i < n; ++i) {
        rows.ForEach(i, [&](std::int32_t j, std::int64_t) { adjacency.push_back(j); });
        adjacency_start[i + 1] = static_cast<std::int32_t>(adjacency.size());
    }
    std::vector<std::int32_t> next_edge(n);
    std::vector<std::int32_t> stack;
    while (true) {
        std::int32_t qh = 0;
        std::int32_t qt = 0;
        for (std::int32_t i = 0; i < n; ++i) {
            dist[i] = match_row[i] < 0 ? 0 : -1;
            if (dist[i] == 0) queue[qt++] = i;
        }
        bool found = false;
        while (qh < qt) {
            const std::int32_t i = queue[qh++];
            for (std::int32_t e = adjacency_start[i]; e < adjacency_start[i + 1]; ++e) {
                const std::int32_t k = match_col[adjacency[e]];
                if (k < 0) {
                    found = true;
                } else if (dist[k] < 0) {
                    dist[k] = dist[i] + 1;
                    queue[qt++] = k;
                }
            }
        }
        if (!found) break;
        for (std::int32_t i = 0; i < n; ++i) next_edge[i] = adjacency_start[i];
        for (std::int32_t root = 0; root < n; ++root) {
            if (match_row[root] >= 0) continue;
            stack.assign(1, root);
            while (!stack.empty()) {
                const std::int32_t i = stack.back();
                bool advanced = false;
                while (next_edge[i] < adjacency_start[i + 1]) {
                    const std::int32_t j = adjacency[next_edge[i]];
                    const std::int32_t k = match_col[j];
                    if (k < 0) {
                        // Augment along the stack: each row takes the column it is trying.
                        for (const std::int32_t r : std::views::reverse(stack)) {
                            const std::int32_t c = adjacency[next_edge[r]];
                            match_col[c] = r;
                            match_row[r] = c;
                        }
                        ++size;
                        stack.clear();
                        advanced = true;
                        break;
                    }
                    if (dist[k] == dist[i] + 1) {
                        stack.push_back(k);
                        advanced = true;
                        break;
                    }
                    ++next_edge[i];
                }
                if (!advanced) {
                    dist[i] = -1;
                    stack.pop_back();
                    if (!stack.empty()) ++next_edge[stack.back()];
                }
            }
        }
    }
    return size;
}

}  // namespace upward::matching
