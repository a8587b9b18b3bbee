#pragma once

// Row kernels shared by the dense solvers. Arithmetic is done in T (int32 or
// int64) in blocks of 32 bytes (8 x int32 or 4 x int64) written with GCC/Clang
// vector extensions, so the loops compile to straight SIMD code without
// intrinsics: SSE2 by default, AVX2 in the clones the solvers build with
// `target_clones`. The matrix itself may be stored narrower (S = int8 or
// int16 when the cost range is small), which cuts the memory traffic of the
// row scans, the dominant cost on large matrices; a stored max() of S stands
// for "forbidden" and widens to the caller's forbidden cost. Padding columns
// are forbidden and carry a "closed" tag, so they never win a comparison.
//
// Ties resolve to the lowest column index so results are deterministic.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <optional>
#include <type_traits>

// The kernels pass 32-byte vectors between always-inline helpers; GCC warns
// that such values would have another ABI without AVX, which never applies.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace upward::matching::kernels {

static_assert(std::endian::native == std::endian::little, "packed cost rows assume little-endian lanes");

template <typename T>
struct Simd;
template <>
struct Simd<std::int32_t> {
    // NOLINTNEXTLINE(modernize-use-using): GCC's vector attributes are written on a typedef.
    typedef std::int32_t V __attribute__((vector_size(32), may_alias));
    static constexpr std::int32_t kLanes = 8;
};
template <>
struct Simd<std::int64_t> {
    // NOLINTNEXTLINE(modernize-use-using): GCC's vector attributes are written on a typedef.
    typedef std::int64_t V __attribute__((vector_size(32), may_alias));
    static constexpr std::int32_t kLanes = 4;
};

template <typename T>
using Vec = typename Simd<T>::V;

/// A 64-byte aligned array of T (size rounded up to whole vectors), viewed
/// either as scalars or as vectors. (Vector types are not used as container
/// element types: their alignment would be dropped there.)
template <typename T>
class AlignedArray {
public:
    AlignedArray() = default;
    AlignedArray(std::size_t count, T fill) { Assign(count, fill); }
    AlignedArray(const AlignedArray&) = delete;
    AlignedArray& operator=(const AlignedArray&) = delete;
    ~AlignedArray() { Release(); }
    /// Allocates `count` elements (rounded up to 64 bytes); fills them unless
    /// `fill` is empty.
    void Assign(std::size_t count, std::optional<T> fill) {
        Release();
        size_ = (count * sizeof(T) + 63) / 64 * 64 / sizeof(T);
        if (size_ > 0) data_ = static_cast<T*>(::operator new (size_ * sizeof(T), std::align_val_t{64}));
        if (fill) std::fill(data_, data_ + size_, *fill);
    }
    T* data() { return data_; }
    const T* data() const { return data_; }
    T& operator[](std::size_t k) { return data_[k]; }
    T operator[](std::size_t k) const { return data_[k]; }
    template <typename U = T>
    Vec<U>* vec() {
        return reinterpret_cast<Vec<U>*>(data_);
    }
    template <typename U = T>
    const Vec<U>* vec() const {
        return reinterpret_cast<const Vec<U>*>(data_);
    }

private:
    void Release() {
        if (data_ != nullptr) ::operator delete (data_, std::align_val_t{64});
        data_ = nullptr;
        size_ = 0;
    }
    T* data_ = nullptr;
    std::size_t size_ = 0;
};

/// Blocks of T (vectors) that one 32-byte load of S covers: 1 for S = T,
/// 2 for int16 and 4 for int8 under int32 arithmetic.
template <typename T, typename S>
inline constexpr std::int32_t kPack = static_cast<std::int32_t>(sizeof(T) / sizeof(S));

/// Row-major matrix stored as S. Each row is padded to `width` columns (a
/// whole number of 32-byte loads) and, for narrow S, interleaved so that a
/// load widens with shifts alone: lane l of the k-th T-sized word of a group
/// holds the kPack columns group * lanes * kPack + r * lanes + l (r = 0..kPack-1)
/// in increasing byte order. Scalar access goes through Index().
template <typename T, typename S>
struct PaddedMatrix {
    static constexpr std::int32_t kPackOf = kPack<T, S>;
    static constexpr std::int32_t kGroup = Simd<T>::kLanes * kPackOf;  // columns per load
    std::int32_t width = 0;
    AlignedArray<S> data;
    static constexpr std::int32_t Width(std::int32_t cols) { return (cols + kGroup - 1) / kGroup * kGroup; }
    void Assign(std::int32_t rows, std::int32_t cols) {
        width = Width(cols);
        data.Assign(static_cast<std::size_t>(rows) * width, std::nullopt);
    }
    static std::int32_t Index(std::int32_t j) {
        const std::int32_t within = j % kGroup;
        return j - within + (within % Simd<T>::kLanes) * kPackOf + within / Simd<T>::kLanes;
    }
    S* Row(std::int32_t i) { return data.data() + static_cast<std::size_t>(i) * width; }
    const S* Row(std::int32_t i) const { return data.data() + static_cast<std::size_t>(i) * width; }
};

/// Sub-block r of a 32-byte load of packed S values, widened to T; a stored
/// max() of a narrower S is "forbidden" and becomes `forbidden` unless
/// `map_forbidden` is false (callers that know the row has no forbidden cell
/// and whose padding columns are closed).
template <typename T, typename S, std::int32_t r, bool map_forbidden>
[[gnu::always_inline]] inline Vec<T> Widen(const Vec<T>& raw, const Vec<T>& forbidden) {
    if constexpr (std::is_same_v<T, S>) {
        return raw;
    } else {
        constexpr int bits = 8 * sizeof(S);
        constexpr int total = 8 * sizeof(T);
        const Vec<T> w = (raw << (total - bits * (r + 1))) >> (total - bits);
        if constexpr (!map_forbidden) return w;
        return w == std::numeric_limits<S>::max() ? forbidden : w;
    }
}

// Runs body(b, cost) for every block b of a row, cost being the widened costs
// of block b.
template <typename T, typename S, typename F, bool map_forbidden = true>
[[gnu::always_inline]] inline void ForEachCostBlock(const S* __restrict row, std::int32_t blocks,
                                                    const Vec<T>& forbidden, F&& body) {
    constexpr std::int32_t pack = kPack<T, S>;
    const Vec<T>* raw = reinterpret_cast<const Vec<T>*>(row);
    // Rows are read in an order the hardware cannot guess (the next row is the
    // owner of the column a scan picks), so ask for the head of the row at
    // once and stay a fixed distance ahead.
    constexpr std::int32_t ahead = 2048 / sizeof(Vec<T>);
    for (std::int32_t g = 0; g < ahead && g < blocks / pack; g += 2) __builtin_prefetch(raw + g);
    for (std::int32_t g = 0; g < blocks / pack; ++g) {
        __builtin_prefetch(raw + g + ahead);
        const Vec<T> x = raw[g];
        body(g * pack, Widen<T, S, 0, map_forbidden>(x, forbidden));
        if constexpr (pack > 1) body(g * pack + 1, Widen<T, S, 1, map_forbidden>(x, forbidden));
        if constexpr (pack > 2) {
            body(g * pack + 2, Widen<T, S, 2, map_forbidden>(x, forbidden));
            body(g * pack + 3, Widen<T, S, 3, map_forbidden>(x, forbidden));
        }
    }
}

template <typename T>
struct MinAt {
    T value;
    std::int32_t col;
};

template <typename T>
struct TwoBest {
    T best;
    std::int32_t col;
    T second;
};

// Lowest value over the lanes of (value, block) pairs; ties go to the lowest
// column (block * lanes + lane).
template <typename T>
inline MinAt<T> ReduceMin(const Vec<T>& value, const Vec<T>& block) {
    constexpr std::int32_t lanes = Simd<T>::kLanes;
    MinAt<T> out{std::numeric_limits<T>::max(), -1};
    for (std::int32_t l = 0; l < lanes; ++l) {
        const auto col = static_cast<std::int32_t>(block[l]) * lanes + l;
        if (value[l] < out.value || (value[l] == out.value && col < out.col)) {
            out.value = value[l];
            out.col = col;
        }
    }
    return out;
}

/// One Dijkstra scan of the JV search. For every column:
///   h = base + cost[j] - v[j]; if h < d[j] then d[j] = h, pred[j] = row.
/// Returns the lowest key (d[j] << 1) | tag[j] and its column, where tag is 0
/// for a free open column, 1 for a matched open column and max() for a closed
/// one, so free columns come first among equal distances. Requires 0 <= d and
/// d << 1 to fit in T (the caller bounds the values). With
/// map_forbidden = false the row must have no forbidden cell and the padding
/// columns must stay far (the JV gives them a very low potential).
template <typename T, typename S, bool map_forbidden = true>
[[gnu::always_inline]] inline MinAt<T> ScanRowBody(const S* __restrict cost, const Vec<T>* __restrict v,
                                                   Vec<T>* __restrict d, Vec<T>* __restrict pred,
                                                   const Vec<T>* __restrict tag, std::int32_t blocks, T base, T row,
                                                   T forbidden) {
    const Vec<T> vforbidden = Vec<T>{} + forbidden;
    Vec<T> best = Vec<T>{} + std::numeric_limits<T>::max();
    Vec<T> best_block = Vec<T>{};
    Vec<T> block = Vec<T>{};
    const Vec<T> vbase = Vec<T>{} + base;
    const Vec<T> vrow = Vec<T>{} + row;
    auto relax = [&](std::int32_t b, const Vec<T>& c) {
        const Vec<T> h = vbase + c - v[b];
        Vec<T> dd = d[b];
        const auto lower = h < dd;
        dd = lower ? h : dd;
        d[b] = dd;
        pred[b] = lower ? vrow : pred[b];
        const Vec<T> key = (dd << 1) | tag[b];
        const auto better = key < best;
        best = better ? key : best;
        best_block = better ? block : best_block;
        block += 1;
    };
    ForEachCostBlock<T, S, decltype(relax)&, map_forbidden>(cost, blocks, vforbidden, relax);
    return ReduceMin<T>(best, best_block);
}

/// Lowest key (d[j] << 1) | tag[j] over a row (no update).
template <typename T>
[[gnu::always_inline]] inline MinAt<T> MinKeyBody(const Vec<T>* __restrict d, const Vec<T>* __restrict tag,
                                                  std::int32_t blocks) {
    Vec<T> best = Vec<T>{} + std::numeric_limits<T>::max();
    Vec<T> best_block = Vec<T>{};
    Vec<T> block = Vec<T>{};
    for (std::int32_t b = 0; b < blocks; ++b) {
        const Vec<T> key = (d[b] << 1) | tag[b];
        const auto better = key < best;
        best = better ? key : best;
        best_block = better ? block : best_block;
        block += 1;
    }
    return ReduceMin<T>(best, best_block);
}

/// Lowest and second lowest of cost[j] - v[j] (the second may equal the first
/// when two columns tie), and the lowest column of the best.
template <typename T, typename S>
[[gnu::always_inline]] inline TwoBest<T> TwoMinBody(const S* __restrict cost, const Vec<T>* __restrict v,
                                                    std::int32_t blocks, T forbidden) {
    const Vec<T> vforbidden = Vec<T>{} + forbidden;
    constexpr std::int32_t lanes = Simd<T>::kLanes;
    Vec<T> m1 = Vec<T>{} + std::numeric_limits<T>::max();
    Vec<T> m2 = m1;
    Vec<T> best_block = Vec<T>{};
    Vec<T> block = Vec<T>{};
    ForEachCostBlock<T, S>(cost, blocks, vforbidden, [&](std::int32_t b, const Vec<T>& c) {
        const Vec<T> x = c - v[b];
        const auto lower = x < m1;
        const Vec<T> hi = lower ? m1 : x;
        m2 = hi < m2 ? hi : m2;
        m1 = lower ? x : m1;
        best_block = lower ? block : best_block;
        block += 1;
    });
    const MinAt<T> first = ReduceMin<T>(m1, best_block);
    TwoBest<T> out{first.value, first.col, std::numeric_limits<T>::max()};
    for (std::int32_t l = 0; l < lanes; ++l) {
        if (m2[l] < out.second) out.second = m2[l];
        if (l != first.col % lanes && m1[l] < out.second) out.second = m1[l];
    }
    return out;
}

/// d[j] = cost[j] - v[j] - shift, pred[j] = row, where shift is the row minimum
/// of cost - v over all columns, capped at `cap` (returned).
template <typename T, typename S>
[[gnu::always_inline]] inline T StartRowBody(const S* __restrict cost, const Vec<T>* __restrict v, Vec<T>* __restrict d,
                                             Vec<T>* __restrict pred, std::int32_t blocks, T row, T cap, T forbidden) {
    const Vec<T> vforbidden = Vec<T>{} + forbidden;
    Vec<T> m = Vec<T>{} + cap;
    ForEachCostBlock<T, S>(cost, blocks, vforbidden, [&](std::int32_t b, const Vec<T>& c) {
        const Vec<T> x = c - v[b];
        d[b] = x;
        m = x < m ? x : m;
    });
    T shift = std::numeric_limits<T>::max();
    for (std::int32_t l = 0; l < Simd<T>::kLanes; ++l) shift = m[l] < shift ? m[l] : shift;
    const Vec<T> vrow = Vec<T>{} + row;
    for (std::int32_t b = 0; b < blocks; ++b) {
        d[b] -= shift;
        pred[b] = vrow;
    }
    return shift;
}

/// Column minima: for each column keep the lowest cost and the first row
/// that has it (rows are fed in increasing order).
template <typename T, typename S>
[[gnu::always_inline]] inline void ColumnMinBody(const S* __restrict cost, Vec<T>* __restrict col_min,
                                                 Vec<T>* __restrict arg, std::int32_t blocks, T row, T forbidden) {
    const Vec<T> vforbidden = Vec<T>{} + forbidden;
    const Vec<T> vrow = Vec<T>{} + row;
    ForEachCostBlock<T, S>(cost, blocks, vforbidden, [&](std::int32_t b, const Vec<T>& c) {
        const auto lower = c < col_min[b];
        col_min[b] = lower ? c : col_min[b];
        arg[b] = lower ? vrow : arg[b];
    });
}

}  // namespace upward::matching::kernels

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
