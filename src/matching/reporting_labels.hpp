#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace upward::matching {

/// Pre/post-order numbers of a DFS over the manager forest. `a` is in `b`'s
/// reporting line (a manages b, directly or up the chain) iff
/// pre[a] <= pre[b] && post[b] <= post[a].
struct ReportingLabels {
    std::vector<std::int32_t> pre;
    std::vector<std::int32_t> post;

    bool IsAncestor(std::int32_t a, std::int32_t b) const { return pre[a] <= pre[b] && post[b] <= post[a]; }
    /// True when either person is in the other's reporting line (or same person).
    bool SameLine(std::int32_t a, std::int32_t b) const { return IsAncestor(a, b) || IsAncestor(b, a); }
};

struct ReportingLabelsResult {
    std::string error;
    ReportingLabels labels;
    bool ok() const { return error.empty(); }
};

/// Builds labels from `manager_index` (-1 = no manager) without recursion, so
/// reporting chains of any depth are fine. Reports an out-of-range manager or a
/// cycle (naming one person on it) as an error.
ReportingLabelsResult BuildReportingLabels(std::span<const std::int32_t> manager_index);

}  // namespace upward::matching
