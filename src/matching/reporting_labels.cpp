#include "matching/reporting_labels.hpp"

namespace upward::matching {

ReportingLabelsResult BuildReportingLabels(std::span<const std::int32_t> manager_index) {
    ReportingLabelsResult result;
    const auto n = static_cast<std::int32_t>(manager_index.size());
    // Children in CSR form so the walk touches flat arrays only.
    std::vector<std::int32_t> child_start(static_cast<std::size_t>(n) + 1, 0);
    for (std::int32_t i = 0; i < n; ++i) {
        const std::int32_t m = manager_index[i];
        if (m < -1 || m >= n) {
            result.error = "person " + std::to_string(i) + " has manager index " + std::to_string(m) + " out of range";
            return result;
        }
        if (m == i) {
            result.error = "reporting cycle: person " + std::to_string(i) + " manages themselves";
            return result;
        }
        if (m >= 0) ++child_start[m + 1];
    }
    for (std::int32_t i = 0; i < n; ++i) child_start[i + 1] += child_start[i];
    std::vector<std::int32_t> children(child_start[n]);
    {
        std::vector<std::int32_t> fill(child_start.begin(), child_start.end() - 1);
        for (std::int32_t i = 0; i < n; ++i) {
            if (manager_index[i] >= 0) children[fill[manager_index[i]]++] = i;
        }
    }
    auto& pre = result.labels.pre;
    auto& post = result.labels.post;
    pre.assign(n, -1);
    post.assign(n, -1);
    std::vector<std::int32_t> next_child(child_start.begin(), child_start.end() - 1);
    std::vector<std::int32_t> stack;
    std::int32_t pre_counter = 0;
    std::int32_t post_counter = 0;
    for (std::int32_t root = 0; root < n; ++root) {
        if (manager_index[root] != -1) continue;
        pre[root] = pre_counter++;
        stack.push_back(root);
        while (!stack.empty()) {
            const std::int32_t v = stack.back();
            if (next_child[v] < child_start[v + 1]) {
                const std::int32_t c = children[next_child[v]++];
                pre[c] = pre_counter++;
                stack.push_back(c);
            } else {
                post[v] = post_counter++;
                stack.pop_back();
            }
        }
    }
    // Anyone not reached from a root sits on a cycle or reports into one.
    for (std::int32_t i = 0; i < n; ++i) {
        if (pre[i] >= 0) continue;
        // Walk up until a person repeats: that person is on the cycle.
        std::vector<std::uint8_t> seen(n, 0);
        std::int32_t v = i;
        while (!seen[v]) {
            seen[v] = 1;
            v = manager_index[v];
        }
        result.error = "reporting cycle through person " + std::to_string(v);
        result.labels = {};
        return result;
    }
    return result;
}

}  // namespace upward::matching
