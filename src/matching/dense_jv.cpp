#include "matching/dense_jv.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "matching/dense_kernels.hpp"

// Template instances of the kernels pass 32-byte vectors between inlined
// helpers; GCC's note about their non-AVX calling convention does not apply.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace upward::matching {
namespace {

using kernels::AlignedArray;
using kernels::MinAt;
using kernels::PaddedMatrix;
using kernels::TwoBest;
using kernels::Vec;

// Internally the solver minimises cost = hi - profit >= 0 (hi = largest
// profit, including the unmatched ones): every row ends on exactly one column
// or on its "unmatched" sink, so a common shift changes nothing.
//
// Column potentials v start at zero and only ever decrease for columns that
// get matched, so a free column always has potential zero: that is exactly the
// dual condition of a column that may stay empty, which makes rectangular
// shapes need no padding. Only a square problem where every row must be
// matched fills every column, and only there the classic column reduction and
// reduction transfer (which give free columns positive potentials) are used.
//
// "Unmatched" is a private sink per row with cost hi - unmatched_profit. A row
// that settles on its sink can never be reached again by an alternating path
// (its only column is private), so its sink potential stays zero and we never
// need to store it: the sink is handled as a candidate end of the shortest path.
//
// Values live in int32 whenever the cost range allows, which halves the memory
// traffic of the row scans and doubles the SIMD width; potentials and path
// lengths are checked against fixed bounds as they change, and the solve
// restarts in int64 when one would be exceeded. Forbidden cells get a cost far
// above every bound, so a search that needs one is detected by its length.
template <typename T>
struct Limits;
template <>
struct Limits<std::int32_t> {
    static constexpr std::int32_t kCost = std::int32_t{1} << 24;       // largest cost range
    static constexpr std::int32_t kBound = std::int32_t{1} << 25;      // |v|, path lengths
    static constexpr std::int32_t kForbidden = std::int32_t{1} << 28;  // cost of a forbidden cell
};
template <>
struct Limits<std::int64_t> {
    static constexpr std::int64_t kCost = std::int64_t{1} << 43;
    static constexpr std::int64_t kBound = std::int64_t{1} << 58;
    static constexpr std::int64_t kForbidden = std::int64_t{1} << 60;
};
static_assert(kMaxAbsProfit * 2 <= Limits<std::int64_t>::kCost);

constexpr std::int32_t kFreeRow = -2;
constexpr std::int32_t kUnmatchedRow = -1;

// Kernel entry points, cloned for AVX2 where the compiler supports it; the
// loader picks the clone for the running CPU.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define UPWARD_DENSE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define UPWARD_DENSE_CLONES
#endif

// One set of kernel entry points per (arithmetic, storage) pair.
#define UPWARD_DENSE_KERNELS(T, S)                                                                                   \
    UPWARD_DENSE_CLONES MinAt<T> ScanRow(const S* c, const Vec<T>* v, Vec<T>* d, Vec<T>* pred, const Vec<T>* tag,    \
                                         std::int32_t blocks, T base, T row, T forbidden) {                          \
        return kernels::ScanRowBody<T, S>(c, v, d, pred, tag, blocks, base, row, forbidden);                         \
    }                                                                                                                \
    UPWARD_DENSE_CLONES MinAt<T> ScanRowAllowed(const S* c, const Vec<T>* v, Vec<T>* d, Vec<T>* pred,                \
                                                const Vec<T>* tag, std::int32_t blocks, T base, T row) {             \
        return kernels::ScanRowBody<T, S, false>(c, v, d, pred, tag, blocks, base, row, static_cast<T>(0));          \
    }                                                                                                                \
    UPWARD_DENSE_CLONES TwoBest<T> TwoMin(const S* c, const Vec<T>* v, std::int32_t blocks, T forbidden) {           \
        return kernels::TwoMinBody<T, S>(c, v, blocks, forbidden);                                                   \
    }                                                                                                                \
    UPWARD_DENSE_CLONES T StartRow(const S* c, const Vec<T>* v, Vec<T>* d, Vec<T>* pred, std::int32_t blocks, T row, \
                                   T cap, T forbidden) {                                                             \
        return kernels::StartRowBody<T, S>(c, v, d, pred, blocks, row, cap, forbidden);                              \
    }                                                                                                                \
    UPWARD_DENSE_CLONES void ColumnMin(const S* c, Vec<T>* col_min, Vec<T>* arg, std::int32_t blocks, T row,         \
                                       T forbidden) {                                                                \
        kernels::ColumnMinBody<T, S>(c, col_min, arg, blocks, row, forbidden);                                       \
    }

UPWARD_DENSE_KERNELS(std::int32_t, std::int8_t)
UPWARD_DENSE_KERNELS(std::int32_t, std::int16_t)
UPWARD_DENSE_KERNELS(std::int32_t, std::int32_t)
UPWARD_DENSE_KERNELS(std::int64_t, std::int64_t)

UPWARD_DENSE_CLONES MinAt<std::int32_t> MinKey(const Vec<std::int32_t>* d, const Vec<std::int32_t>* tag,
                                               std::int32_t blocks) {
    return kernels::MinKeyBody<std::int32_t>(d, tag, blocks);
}
UPWARD_DENSE_CLONES MinAt<std::int64_t> MinKey(const Vec<std::int64_t>* d, const Vec<std::int64_t>* tag,
                                               std::int32_t blocks) {
    return kernels::MinKeyBody<std::int64_t>(d, tag, blocks);
}

enum class Outcome { kOk, kOutOfRange, kInfeasible };

// T: arithmetic type; S: storage type of the cost matrix (T or narrower).
template <typename T, typename S>
class Jv {
public:
    using L = Limits<T>;
    static constexpr T kMax = std::numeric_limits<T>::max();
    static constexpr T kLegit = L::kForbidden / 2;  // anything above involves a forbidden cell
    // How the matrix stores a forbidden cell (the kernels widen it to kForbidden).
    static constexpr S kStoredForbidden =
        std::is_same_v<T, S> ? static_cast<S>(L::kForbidden) : std::numeric_limits<S>::max();

    explicit Jv(const DenseProblem& p) : p_(p), n_(p.rows), m_(p.cols), allow_(p.allow_unmatched) {}

    // Fills the cost matrix from the profit range [lo, hi]; false when the
    // range does not fit T and S.
    bool Build(std::int64_t lo, std::int64_t hi) {
        if (hi - lo > static_cast<std::int64_t>(L::kCost)) return false;
        if (hi - lo >= static_cast<std::int64_t>(kStoredForbidden)) return false;
        cost_.Assign(n_, m_);
        const std::int32_t width = cost_.width;
        blocks_ = width / kernels::Simd<T>::kLanes;
        for (std::int32_t i = 0; i < n_; ++i) {
            S* out = cost_.Row(i);
            const std::int64_t* in = p_.profit.data() + static_cast<std::size_t>(i) * m_;
            if constexpr (kernels::kPack<T, S> == 1) {
                for (std::int32_t j = 0; j < m_; ++j) {
                    out[j] = in[j] == kForbidden ? kStoredForbidden : static_cast<S>(hi - in[j]);
                    any_forbidden_ = any_forbidden_ || in[j] == kForbidden;
                }
                for (std::int32_t j = m_; j < width; ++j) out[j] = kStoredForbidden;
            } else {
                for (std::int32_t j = 0; j < width; ++j) {
                    out[PaddedMatrix<T, S>::Index(j)] =
                        j >= m_ || in[j] == kForbidden ? kStoredForbidden : static_cast<S>(hi - in[j]);
                    any_forbidden_ = any_forbidden_ || (j < m_ && in[j] == kForbidden);
                }
            }
        }
        sink_.assign(n_, 0);
        if (allow_) {
            for (std::int32_t i = 0; i < n_; ++i) sink_[i] = static_cast<T>(hi - Unmatched(i));
        }
        v_.Assign(width, 0);
        d_.Assign(width, 0);
        pred_.Assign(width, 0);
        tag_.Assign(width, 0);
        // Padding columns are closed for good and get a very low potential, so
        // every distance through them stays far above any real one even where a
        // scan does not widen them to the forbidden cost.
        for (std::int32_t j = m_; j < width; ++j) {
            tag_[j] = kMax;
            v_[j] = -L::kForbidden / 2;
        }
        row_of_col_.assign(m_, -1);
        col_of_row_.assign(n_, kFreeRow);
        matched_cost_.assign(n_, 0);
        return true;
    }

    Outcome Run() {
        std::vector<std::int32_t> free_rows;
        if (n_ == m_ && !allow_ && n_ > 0) {
            const Outcome o = ColumnReduction(free_rows);
            if (o != Outcome::kOk) return o;
        } else {
            for (std::int32_t i = 0; i < n_; ++i) free_rows.push_back(i);
        }
        std::vector<std::int32_t> left;
        const Outcome o = AugmentingRowReduction(free_rows, left);
        if (o != Outcome::kOk) return o;
        for (const std::int32_t s : left) {
            const Outcome r = Augment(s);
            if (r != Outcome::kOk) return r;
        }
        return Outcome::kOk;
    }

    std::int32_t infeasible_row() const { return infeasible_row_; }

    AssignmentResult Result() const {
        AssignmentResult result;
        result.row_to_col.assign(n_, -1);
        for (std::int32_t i = 0; i < n_; ++i) {
            if (col_of_row_[i] >= 0) {
                result.row_to_col[i] = col_of_row_[i];
                result.total += p_.profit[static_cast<std::size_t>(i) * m_ + col_of_row_[i]];
            } else {
                result.total += Unmatched(i);
            }
        }
        return result;
    }

private:
    std::int32_t Width() const { return blocks_ * kernels::Simd<T>::kLanes; }
    std::int64_t Unmatched(std::int32_t i) const { return p_.unmatched_profit.empty() ? 0 : p_.unmatched_profit[i]; }
    T* V() { return v_.data(); }
    T* Tag() { return tag_.data(); }
    T Cost(std::int32_t i, std::int32_t j) const {
        const S c = cost_.Row(i)[PaddedMatrix<T, S>::Index(j)];
        return c == kStoredForbidden ? L::kForbidden : T{c};
    }

    void Assign(std::int32_t i, std::int32_t j) {
        col_of_row_[i] = j;
        row_of_col_[j] = i;
        matched_cost_[i] = Cost(i, j);
        Tag()[j] = 1;
    }

    // Column reduction (every column's potential = its lowest cost, the column
    // goes to that row if the row is still free) followed by reduction transfer
    // (a row that got exactly one column moves its slack to that column).
    Outcome ColumnReduction(std::vector<std::int32_t>& free_rows) {
        AlignedArray<T> col_min(Width(), kMax);
        AlignedArray<T> arg(Width(), 0);
        for (std::int32_t i = 0; i < n_; ++i) {
            ColumnMin(cost_.Row(i), col_min.vec(), arg.vec(), blocks_, T(i), L::kForbidden);
        }
        const T* cmin = col_min.data();
        const T* carg = arg.data();
        T* v = V();
        std::vector<std::int32_t> matches(n_, 0);
        for (std::int32_t j = m_ - 1; j >= 0; --j) {
            // A column whose every cell is forbidden cannot be filled.
            if (cmin[j] >= kLegit) return Fail(-1);
            v[j] = cmin[j];
            const auto i = static_cast<std::int32_t>(carg[j]);
            if (matches[i]++ == 0) {
                Assign(i, j);
            } else if (v[j] < v[col_of_row_[i]]) {
                const std::int32_t old = col_of_row_[i];
                row_of_col_[old] = -1;
                Tag()[old] = 0;
                Assign(i, j);
            }
        }
        for (std::int32_t i = 0; i < n_; ++i) {
            if (matches[i] == 0) {
                free_rows.push_back(i);
            } else if (matches[i] == 1) {
                const std::int32_t j1 = col_of_row_[i];
                const TwoBest<T> t = TwoMin(cost_.Row(i), v_.vec(), blocks_, L::kForbidden);
                T mu = t.col == j1 ? t.second : t.best;
                mu = std::min<T>(mu, L::kCost);  // any smaller transfer is valid too
                v[j1] -= mu;
            }
        }
        return Outcome::kOk;
    }

    // LAPJV's augmenting row reduction: free rows bid for their best column,
    // lowering its potential to the row's second best, and a row that is pushed
    // out bids again at once. Two rounds, and a step budget, then the rows still
    // free go to the shortest path phase. Keeps every matched row on a column of
    // least reduced cost, which is all the shortest path phase needs.
    Outcome AugmentingRowReduction(std::vector<std::int32_t> free_rows, std::vector<std::int32_t>& left) {
        T* v = V();
        std::int64_t budget = 16 * static_cast<std::int64_t>(n_) + 64;
        for (int round = 0; round < 2 && !free_rows.empty(); ++round) {
            std::vector<std::int32_t> next;
            std::size_t k = 0;
            while (k < free_rows.size()) {
                const std::int32_t i = free_rows[k++];
                if (--budget < 0) {
                    left.push_back(i);
                    continue;
                }
                const TwoBest<T> t = TwoMin(cost_.Row(i), v_.vec(), blocks_, L::kForbidden);
                T u1 = t.best;
                std::int32_t j1 = t.col;
                T u2 = t.second;
                if (allow_) {
                    if (sink_[i] <= u1) {
                        col_of_row_[i] = kUnmatchedRow;
                        continue;
                    }
                    u2 = std::min(u2, sink_[i]);
                }
                if (u1 >= kLegit) {
                    left.push_back(i);
                    continue;
                }
                std::int32_t i0 = row_of_col_[j1];
                const bool lower = u1 < u2;
                if (lower && u2 < kLegit) {
                    v[j1] -= u2 - u1;
                    if (v[j1] < -L::kBound) return Outcome::kOutOfRange;
                } else if (lower) {
                    // No second option to bid against: only take a free column.
                    if (i0 >= 0) {
                        left.push_back(i);
                        continue;
                    }
                } else if (i0 >= 0) {
                    // Tie: take another column of the same reduced cost instead.
                    for (std::int32_t j = 0; j < m_; ++j) {
                        if (j != j1 && Cost(i, j) - v[j] == u1) {
                            j1 = j;
                            break;
                        }
                    }
                    i0 = row_of_col_[j1];
                }
                Assign(i, j1);
                if (i0 >= 0) {
                    col_of_row_[i0] = kFreeRow;
                    if (lower) {
                        free_rows[--k] = i0;
                    } else {
                        next.push_back(i0);
                    }
                }
            }
            free_rows.swap(next);
        }
        left.insert(left.end(), free_rows.begin(), free_rows.end());
        return Outcome::kOk;
    }

    Outcome Fail(std::int32_t row) {
        infeasible_row_ = row;
        return std::is_same_v<T, std::int32_t> ? Outcome::kOutOfRange : Outcome::kInfeasible;
    }

    // One shortest augmenting path search (Dijkstra over columns) from row s.
    Outcome Augment(std::int32_t s) {
        T* v = V();
        T* d = d_.data();
        T* pred = pred_.data();
        T* tag = Tag();
        // Distances are kept relative to the row's least reduced cost (so they
        // are >= 0), capped so that a row of forbidden cells still looks far.
        const T shift =
            StartRow(cost_.Row(s), v_.vec(), d_.vec(), pred_.vec(), blocks_, T(s), L::kBound, L::kForbidden);
        T sink_val = allow_ ? sink_[s] - shift : kMax;
        std::int32_t sink_row = s;
        closed_.clear();
        MinAt<T> next = MinKey(d_.vec(), tag_.vec(), blocks_);
        std::int32_t end_col = -1;
        T delta = 0;
        while (true) {
            const T mind = next.value >> 1;
            if (allow_ && sink_val <= mind) {
                delta = sink_val;
                break;
            }
            if (mind > L::kBound) {
                // Only paths through forbidden cells (or none) are left.
                Restore();
                return Fail(s);
            }
            const std::int32_t j = next.col;
            closed_.push_back(j);
            tag[j] = kMax;
            if ((next.value & 1) == 0) {
                end_col = j;
                delta = mind;
                break;
            }
            const std::int32_t k = row_of_col_[j];
            const T base = mind - (matched_cost_[k] - v[j]);
            if (allow_) {
                const T cand = base + sink_[k];
                if (cand < sink_val) {
                    sink_val = cand;
                    sink_row = k;
                }
            }
            next = any_forbidden_
                       ? ScanRow(cost_.Row(k), v_.vec(), d_.vec(), pred_.vec(), tag_.vec(), blocks_, base, T(k),
                                 L::kForbidden)
                       : ScanRowAllowed(cost_.Row(k), v_.vec(), d_.vec(), pred_.vec(), tag_.vec(), blocks_, base, T(k));
        }

        // Columns finalised in this search get their potentials lowered so that
        // the reduced costs along the new matching are zero.
        bool in_range = true;
        for (const std::int32_t j : closed_) {
            v[j] += d[j] - delta;
            in_range = in_range && v[j] >= -L::kBound;
        }

        std::int32_t j = end_col;
        bool augment = true;
        if (end_col < 0) {
            if (sink_row == s) {
                col_of_row_[s] = kUnmatchedRow;
                augment = false;
            } else {
                j = col_of_row_[sink_row];
                col_of_row_[sink_row] = kUnmatchedRow;
                row_of_col_[j] = -1;
            }
        }
        // Flip the alternating path from the end column back to the start row s.
        while (augment) {
            const auto i = static_cast<std::int32_t>(pred[j]);
            row_of_col_[j] = i;
            const std::int32_t prev = col_of_row_[i];
            col_of_row_[i] = j;
            matched_cost_[i] = Cost(i, j);
            augment = i != s;
            j = prev;
        }
        Restore();
        return in_range ? Outcome::kOk : Outcome::kOutOfRange;
    }

    void Restore() {
        T* tag = Tag();
        for (const std::int32_t j : closed_) tag[j] = row_of_col_[j] >= 0 ? 1 : 0;
    }

    const DenseProblem& p_;
    std::int32_t n_;
    std::int32_t m_;
    bool allow_;
    std::int32_t blocks_ = 0;
    PaddedMatrix<T, S> cost_;
    std::vector<T> sink_;
    AlignedArray<T> v_, d_, pred_, tag_;
    std::vector<std::int32_t> row_of_col_, col_of_row_, closed_;
    std::vector<T> matched_cost_;
    bool any_forbidden_ = false;
    std::int32_t infeasible_row_ = -1;
};

template <typename T, typename S = T>
Outcome Solve(const DenseProblem& problem, std::int64_t lo, std::int64_t hi, AssignmentResult& result) {
    Jv<T, S> jv(problem);
    if (!jv.Build(lo, hi)) return Outcome::kOutOfRange;
    const Outcome o = jv.Run();
    if (o == Outcome::kOk) {
        result = jv.Result();
    } else if (o == Outcome::kInfeasible) {
        result.error = jv.infeasible_row() >= 0 ? "no feasible assignment: row " + std::to_string(jv.infeasible_row()) +
                                                      " cannot be matched and may not stay unmatched"
                                                : std::string("no feasible assignment: a column cannot be matched");
    }
    return o;
}

}  // namespace

AssignmentResult SolveDenseJv(const DenseProblem& problem, DenseWidth width) {
    AssignmentResult result;
    if (problem.rows < 0 || problem.cols < 0 ||
        problem.profit.size() != static_cast<std::size_t>(problem.rows) * problem.cols) {
        result.error = "dense problem: profit matrix size does not match rows x cols";
        return result;
    }
    // Profit range, unmatched options included.
    std::int64_t lo = std::numeric_limits<std::int64_t>::max();
    std::int64_t hi = std::numeric_limits<std::int64_t>::min();
    for (const std::int64_t a : problem.profit) {
        if (a == kForbidden) continue;
        lo = std::min(lo, a);
        hi = std::max(hi, a);
    }
    if (problem.allow_unmatched) {
        if (problem.unmatched_profit.empty()) {
            lo = std::min<std::int64_t>(lo, 0);
            hi = std::max<std::int64_t>(hi, 0);
        }
        for (const std::int64_t u : problem.unmatched_profit) {
            lo = std::min(lo, u);
            hi = std::max(hi, u);
        }
    }
    if (hi < lo) lo = hi = 0;
    const std::int64_t range = hi - lo;
    if (width != DenseWidth::kInt64) {
        // 32-bit arithmetic over the narrowest storage that holds the range.
        Outcome o = Outcome::kOutOfRange;
        if (range < std::numeric_limits<std::int8_t>::max()) {
            o = Solve<std::int32_t, std::int8_t>(problem, lo, hi, result);
        } else if (range < std::numeric_limits<std::int16_t>::max()) {
            o = Solve<std::int32_t, std::int16_t>(problem, lo, hi, result);
        } else {
            o = Solve<std::int32_t>(problem, lo, hi, result);
        }
        if (o != Outcome::kOutOfRange) return result;
        if (width == DenseWidth::kInt32) {
            result.error = "dense jv: values do not fit 32-bit arithmetic";
            return result;
        }
    }
    result = AssignmentResult{};
    if (Solve<std::int64_t>(problem, lo, hi, result) == Outcome::kOutOfRange) {
        result.error = "dense jv: values do not fit 64-bit arithmetic";
    }
    return result;
}

}  // namespace upward::matching
