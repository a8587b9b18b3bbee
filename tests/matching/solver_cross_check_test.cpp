// Cross-checks every assignment solver against LEMON's network simplex on
// thousands of random instances, and against brute force on tiny ones.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <string>

#include "lemon_reference.hpp"
#include "matching/auction.hpp"
#include "matching/dense_jv.hpp"
#include "matching/solve.hpp"
#include "matching/sparse_jv.hpp"

namespace upward::matching {
namespace {

using testing::DenseToSparse;
using testing::LemonOptimum;

struct Shape {
    std::int32_t max_rows;
    std::int32_t max_cols;
    std::int64_t max_profit;  // small values give heavy ties
    double forbidden_share;
    bool allow_unmatched;
    bool negative_unmatched;  // unmatched carries a penalty or a bonus
};

DenseProblem RandomDense(std::mt19937_64& rng, const Shape& shape) {
    DenseProblem p;
    p.rows = std::uniform_int_distribution<std::int32_t>(0, shape.max_rows)(rng);
    p.cols = std::uniform_int_distribution<std::int32_t>(0, shape.max_cols)(rng);
    p.allow_unmatched = shape.allow_unmatched;
    std::uniform_int_distribution<std::int64_t> value(-shape.max_profit / 4, shape.max_profit);
    std::bernoulli_distribution forbidden(shape.forbidden_share);
    p.profit.resize(static_cast<std::size_t>(p.rows) * p.cols);
    for (auto& a : p.profit) a = forbidden(rng) ? kForbidden : value(rng);
    if (shape.allow_unmatched && shape.negative_unmatched) {
        std::uniform_int_distribution<std::int64_t> u(-shape.max_profit, shape.max_profit / 2);
        p.unmatched_profit.resize(p.rows);
        for (auto& x : p.unmatched_profit) x = u(rng);
    }
    return p;
}

// Checks that the assignment is a valid one and that its total is consistent.
void ExpectValid(const SparseProblem& p, const AssignmentResult& r, const std::string& label) {
    ASSERT_EQ(r.row_to_col.size(), static_cast<std::size_t>(p.rows)) << label;
    std::vector<std::int32_t> load(p.cols, 0);
    std::int64_t total = 0;
    for (std::int32_t i = 0; i < p.rows; ++i) {
        const std::int32_t j = r.row_to_col[i];
        if (j < 0) {
            ASSERT_TRUE(p.allow_unmatched) << label << " row " << i;
            total += p.unmatched_profit.empty() ? 0 : p.unmatched_profit[i];
            continue;
        }
        ASSERT_LT(j, p.cols) << label;
        ++load[j];
        std::int64_t best = std::numeric_limits<std::int64_t>::min();
        for (std::int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
            if (p.col_index[e] == j) best = std::max(best, p.profit[e]);
        }
        ASSERT_NE(best, std::numeric_limits<std::int64_t>::min()) << label << " uses a missing edge";
        total += best;
    }
    for (std::int32_t j = 0; j < p.cols; ++j) {
        ASSERT_LE(load[j], p.capacity.empty() ? 1 : p.capacity[j]) << label << " column " << j;
    }
    EXPECT_EQ(total, r.total) << label;
}

void CheckAgainstLemon(const DenseProblem& dense, const std::string& label) {
    const SparseProblem sparse = DenseToSparse(dense);
    const auto expected = LemonOptimum(sparse);
    const AssignmentResult results[] = {SolveDenseJv(dense),        SolveDenseAuction(dense), SolveSparseJv(sparse),
                                        SolveSparseAuction(sparse), SolveDense(dense),        SolveSparse(sparse)};
    const char* names[] = {"dense_jv", "dense_auction", "sparse_jv", "sparse_auction", "auto_dense", "auto_sparse"};
    for (std::size_t k = 0; k < std::size(results); ++k) {
        const std::string where = label + " " + names[k];
        if (!expected) {
            EXPECT_FALSE(results[k].ok()) << where << " should report infeasible";
            continue;
        }
        ASSERT_TRUE(results[k].ok()) << where << ": " << results[k].error;
        EXPECT_EQ(results[k].total, *expected) << where;
        ExpectValid(sparse, results[k], where);
    }
}

TEST(SolverCrossCheck, MatchesLemonOnRandomInstances) {
    const Shape shapes[] = {
        {8, 8, 100, 0.0, true, false},  {8, 8, 3, 0.0, true, false},        {12, 6, 20, 0.3, true, true},
        {6, 12, 20, 0.3, true, true},   {10, 10, 1000, 0.5, true, true},    {10, 10, 2, 0.6, true, true},
        {8, 12, 50, 0.0, false, false}, {8, 8, 5, 0.4, false, false},       {12, 8, 50, 0.2, false, false},
        {30, 30, 4, 0.7, true, true},   {25, 40, 1000000, 0.5, true, true}, {40, 25, 1, 0.3, true, false},
    };
    std::mt19937_64 rng(20240601);
    for (std::size_t s = 0; s < std::size(shapes); ++s) {
        for (int t = 0; t < 800; ++t) {
            const DenseProblem p = RandomDense(rng, shapes[s]);
            CheckAgainstLemon(p, "shape " + std::to_string(s) + " trial " + std::to_string(t));
            if (HasFailure()) return;
        }
    }
}

TEST(SolverCrossCheck, CapacitiesMatchLemon) {
    std::mt19937_64 rng(77);
    for (int t = 0; t < 1500; ++t) {
        const Shape shape{20, 8, t % 2 ? 5 : 500, 0.4, t % 3 != 0, t % 4 == 0};
        const DenseProblem dense = RandomDense(rng, shape);
        SparseProblem p = DenseToSparse(dense);
        p.capacity.resize(p.cols);
        for (auto& c : p.capacity) c = std::uniform_int_distribution<std::int32_t>(0, 3)(rng);
        const auto expected = LemonOptimum(p);
        for (const SolverKind kind : {SolverKind::kJonkerVolgenant, SolverKind::kAuction, SolverKind::kAuto}) {
            const AssignmentResult r = SolveSparse(p, kind);
            const std::string label = "trial " + std::to_string(t) + " kind " + std::to_string(static_cast<int>(kind));
            if (!expected) {
                EXPECT_FALSE(r.ok()) << label;
                continue;
            }
            ASSERT_TRUE(r.ok()) << label << ": " << r.error;
            EXPECT_EQ(r.total, *expected) << label;
            ExpectValid(p, r, label);
        }
        if (HasFailure()) return;
    }
}

// Brute force over all assignments of up to 6 rows to up to 6 columns.
std::optional<std::int64_t> BruteForce(const DenseProblem& p) {
    std::optional<std::int64_t> best;
    std::vector<bool> used(p.cols, false);
    std::function<void(std::int32_t, std::int64_t)> go = [&](std::int32_t i, std::int64_t acc) {
        if (i == p.rows) {
            if (!best || acc > *best) best = acc;
            return;
        }
        if (p.allow_unmatched) go(i + 1, acc + (p.unmatched_profit.empty() ? 0 : p.unmatched_profit[i]));
        for (std::int32_t j = 0; j < p.cols; ++j) {
            const std::int64_t a = p.profit[static_cast<std::size_t>(i) * p.cols + j];
            if (used[j] || a == kForbidden) continue;
            used[j] = true;
            go(i + 1, acc + a);
            used[j] = false;
        }
    };
    go(0, 0);
    return best;
}

TEST(SolverCrossCheck, MatchesBruteForceOnTinyInstances) {
    std::mt19937_64 rng(5);
    for (int t = 0; t < 5000; ++t) {
        const Shape shape{6, 6, t % 2 ? 3 : 40, 0.3, t % 3 != 0, t % 5 == 0};
        const DenseProblem p = RandomDense(rng, shape);
        const auto expected = BruteForce(p);
        for (const SolverKind kind : {SolverKind::kJonkerVolgenant, SolverKind::kAuction}) {
            const AssignmentResult r = SolveDense(p, kind);
            if (!expected) {
                EXPECT_FALSE(r.ok()) << "trial " << t;
            } else {
                ASSERT_TRUE(r.ok()) << "trial " << t << ": " << r.error;
                EXPECT_EQ(r.total, *expected) << "trial " << t;
            }
        }
        if (HasFailure()) return;
    }
}

TEST(SolverCrossCheck, LargerTiedInstancesMatchLemon) {
    std::mt19937_64 rng(99);
    for (int t = 0; t < 20; ++t) {
        const Shape shape{150, 150, t % 2 ? 4 : 100000, t % 3 == 0 ? 0.0 : 0.8, t % 4 != 0, t % 2 == 0};
        CheckAgainstLemon(RandomDense(rng, shape), "trial " + std::to_string(t));
        if (HasFailure()) return;
    }
}

// The dense JV picks its arithmetic and storage from the profit range:
// int32 sums over int8 / int16 / int32 storage, and int64 when the range is
// too wide. Every width must give the optimum LEMON gives, on sizes that
// exercise column padding, column reduction, augmenting row reduction and
// the shortest path phase.
TEST(SolverCrossCheck, DenseJvWidthsMatchLemon) {
    const std::int64_t ranges[] = {1,
                                   3,
                                   100,
                                   126,
                                   127,
                                   20000,
                                   32766,
                                   32767,
                                   1000000,
                                   std::int64_t{1} << 24,
                                   (std::int64_t{1} << 24) + 5,
                                   std::int64_t{1} << 36};
    std::mt19937_64 rng(4242);
    for (int t = 0; t < 600; ++t) {
        const std::int64_t range = ranges[t % std::size(ranges)];
        const bool perfect = t % 3 == 0;
        const Shape shape{t % 5 == 0 ? 70 : 24,  t % 7 == 0 ? 70 : 24, range, t % 4 == 0 ? 0.3 : 0.0, !perfect,
                          !perfect && t % 2 == 0};
        DenseProblem p = RandomDense(rng, shape);
        if (perfect && t % 2 == 0) p.cols = p.rows;  // square: column reduction path
        p.profit.resize(static_cast<std::size_t>(p.rows) * p.cols);
        std::uniform_int_distribution<std::int64_t> value(0, range);
        for (auto& a : p.profit) {
            if (a != kForbidden) a = value(rng);
        }
        // The range the solver sees: allowed cells and unmatched options.
        std::int64_t lo = 0;
        std::int64_t hi = 0;
        bool any = false;
        auto widen = [&](std::int64_t a) {
            lo = any ? std::min(lo, a) : a;
            hi = any ? std::max(hi, a) : a;
            any = true;
        };
        for (const std::int64_t a : p.profit) {
            if (a != kForbidden) widen(a);
        }
        if (p.allow_unmatched) {
            if (p.unmatched_profit.empty()) widen(0);
            for (const std::int64_t u : p.unmatched_profit) widen(u);
        }
        const bool too_wide_for_32 = hi - lo > (std::int64_t{1} << 24);
        const auto expected = LemonOptimum(DenseToSparse(p));
        const std::string label = "trial " + std::to_string(t) + " range " + std::to_string(range);
        for (const DenseWidth width : {DenseWidth::kAuto, DenseWidth::kInt32, DenseWidth::kInt64}) {
            const AssignmentResult r = SolveDenseJv(p, width);
            const std::string where = label + " width " + std::to_string(static_cast<int>(width));
            if (width == DenseWidth::kInt32 && too_wide_for_32) {
                EXPECT_FALSE(r.ok()) << where << " should refuse 32-bit arithmetic";
                continue;
            }
            if (!expected) {
                EXPECT_FALSE(r.ok()) << where << " should report infeasible";
                continue;
            }
            ASSERT_TRUE(r.ok()) << where << ": " << r.error;
            EXPECT_EQ(r.total, *expected) << where;
            ExpectValid(DenseToSparse(p), r, where);
        }
        if (HasFailure()) return;
    }
}

// Benchmark-like shapes at a size where every phase of the dense JV does real
// work: uniform profits (near-distinct) and few-valued, heavily tied profits.
TEST(SolverCrossCheck, DenseJvLargerShapesMatchLemon) {
    std::mt19937_64 rng(8);
    for (int t = 0; t < 8; ++t) {
        DenseProblem p;
        p.rows = 300 + t;
        p.cols = t % 2 == 0 ? p.rows : p.rows + 37;
        p.allow_unmatched = t % 4 == 3;
        std::uniform_int_distribution<std::int64_t> value(0, t < 4 ? 999999 : 12);
        p.profit.resize(static_cast<std::size_t>(p.rows) * p.cols);
        for (auto& a : p.profit) a = value(rng);
        const auto expected = LemonOptimum(DenseToSparse(p));
        ASSERT_TRUE(expected.has_value());
        for (const DenseWidth width : {DenseWidth::kAuto, DenseWidth::kInt64}) {
            const AssignmentResult r = SolveDenseJv(p, width);
            ASSERT_TRUE(r.ok()) << r.error;
            EXPECT_EQ(r.total, *expected) << "trial " << t << " width " << static_cast<int>(width);
        }
        for (const SolverKind kind : {SolverKind::kAuto, SolverKind::kJonkerVolgenant, SolverKind::kAuction}) {
            const AssignmentResult r = SolveDense(p, kind);
            ASSERT_TRUE(r.ok()) << r.error;
            EXPECT_EQ(r.total, *expected) << "trial " << t << " kind " << static_cast<int>(kind);
        }
    }
}

TEST(SolverCrossCheck, SameInputGivesSameAssignment) {
    std::mt19937_64 rng(3);
    const DenseProblem p = RandomDense(rng, {60, 60, 3, 0.2, true, false});
    const auto a = SolveDense(p);
    const auto b = SolveDense(p);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.row_to_col, b.row_to_col);
}

TEST(SolverCrossCheck, RejectsMalformedInput) {
    DenseProblem p;
    p.rows = 2;
    p.cols = 2;
    p.profit = {1, 2, 3};
    EXPECT_FALSE(SolveDense(p).ok());
    SparseProblem s;
    s.rows = 1;
    s.cols = 1;
    s.row_start = {0, 1};
    s.col_index = {5};
    s.profit = {1};
    EXPECT_FALSE(SolveSparse(s).ok());
}

}  // namespace
}  // namespace upward::matching
