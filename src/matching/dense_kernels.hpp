#pragma once

// Row kernels shared by the dense solvers. Every kernel walks one padded row
// in blocks of 32 bytes (8 x int32 or 4 x int64) written with GCC/Clang vector
// extensions, so the loops compile to straight SIMD code without intrinsics:
// SSE2 by default, AVX2 in the clones the solvers build with `target_clones`.
// Padding columns carry a huge cost (or a very low profit) and a "closed" tag,
// so they never win a comparison and need no special casing.
//
// Ties resolve to the lowest column index so results are deterministic.

#include <cstdint>
#include <cstddef>
#include <limits>
#include <new>

namespace upward::matching::kernels {

template <typename T>
struct Simd;
template <>
struct Simd<std::int32_t> {
  typedef std::int32_t V __attribute__((vector_size(32), may_alias));
  static constexpr std::int32_t kLanes = 8;
};
template <>
struct Simd<std::int64_t> {
  typedef std::int64_t V __attribute__((vector_size(32), may_alias));
  static constexpr std::int32_t kLanes = 4;
};

template <typename T>
using Vec = typename Simd<T>::V;

/// Blocks needed for `cols` columns.
template <typename T>
constexpr std::int32_t Blocks(std::int32_t cols) {
  return (cols + Simd<T>::kLanes - 1) / Simd<T>::kLanes;
}

/// A 64-byte aligned array of T whose size is a whole number of vectors,
/// viewed either as scalars or as vectors. (Vector types are not used as
/// container element types: their alignment would be dropped there.)
template <typename T>
class AlignedArray {
 public:
  AlignedArray() = default;
  AlignedArray(std::size_t blocks, T fill) { Assign(blocks, fill); }
  AlignedArray(const AlignedArray&) = delete;
  AlignedArray& operator=(const AlignedArray&) = delete;
  ~AlignedArray() { Release(); }
  void Assign(std::size_t blocks, T fill) {
    Release();
    size_ = blocks * Simd<T>::kLanes;
    if (size_ > 0) data_ = static_cast<T*>(::operator new(size_ * sizeof(T), std::align_val_t{64}));
    for (std::size_t k = 0; k < size_; ++k) data_[k] = fill;
  }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](std::size_t k) { return data_[k]; }
  T operator[](std::size_t k) const { return data_[k]; }
  Vec<T>* vec() { return reinterpret_cast<Vec<T>*>(data_); }
  const Vec<T>* vec() const { return reinterpret_cast<const Vec<T>*>(data_); }

 private:
  void Release() {
    if (data_ != nullptr) ::operator delete(data_, std::align_val_t{64});
    data_ = nullptr;
    size_ = 0;
  }
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

/// A padded row-major matrix of T, `blocks` vectors a row.
template <typename T>
struct PaddedMatrix {
  std::int32_t rows = 0;
  std::int32_t blocks = 0;
  AlignedArray<T> data;
  void Assign(std::int32_t r, std::int32_t b) {
    rows = r;
    blocks = b;
    data.Assign(static_cast<std::size_t>(r) * b, T{});
  }
  const Vec<T>* Row(std::int32_t i) const { return data.vec() + static_cast<std::size_t>(i) * blocks; }
  Vec<T>* Row(std::int32_t i) { return data.vec() + static_cast<std::size_t>(i) * blocks; }
  T* ScalarRow(std::int32_t i) { return data.data() + static_cast<std::size_t>(i) * blocks * Simd<T>::kLanes; }
  const T* ScalarRow(std::int32_t i) const {
    return data.data() + static_cast<std::size_t>(i) * blocks * Simd<T>::kLanes;
  }
};

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
/// d << 1 to fit in T (the caller bounds the values).
template <typename T>
[[gnu::always_inline]] inline MinAt<T> ScanRowBody(const Vec<T>* __restrict cost, const Vec<T>* __restrict v,
                                                   Vec<T>* __restrict d, Vec<T>* __restrict pred,
                                                   const Vec<T>* __restrict tag, std::int32_t blocks, T base, T row) {
  Vec<T> best = Vec<T>{} + std::numeric_limits<T>::max();
  Vec<T> best_block = Vec<T>{};
  Vec<T> block = Vec<T>{};
  const Vec<T> vbase = Vec<T>{} + base;
  const Vec<T> vrow = Vec<T>{} + row;
  for (std::int32_t b = 0; b < blocks; ++b) {
    const Vec<T> h = vbase + cost[b] - v[b];
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
  }
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
template <typename T>
[[gnu::always_inline]] inline TwoBest<T> TwoMinBody(const Vec<T>* __restrict cost, const Vec<T>* __restrict v,
                                                    std::int32_t blocks) {
  constexpr std::int32_t lanes = Simd<T>::kLanes;
  Vec<T> m1 = Vec<T>{} + std::numeric_limits<T>::max();
  Vec<T> m2 = m1;
  Vec<T> best_block = Vec<T>{};
  Vec<T> block = Vec<T>{};
  for (std::int32_t b = 0; b < blocks; ++b) {
    const Vec<T> x = cost[b] - v[b];
    const auto lower = x < m1;
    const Vec<T> hi = lower ? m1 : x;
    m2 = hi < m2 ? hi : m2;
    m1 = lower ? x : m1;
    best_block = lower ? block : best_block;
    block += 1;
  }
  const MinAt<T> first = ReduceMin<T>(m1, best_block);
  TwoBest<T> out{first.value, first.col, std::numeric_limits<T>::max()};
  for (std::int32_t l = 0; l < lanes; ++l) {
    if (m2[l] < out.second) out.second = m2[l];
    if (l != first.col % lanes && m1[l] < out.second) out.second = m1[l];
  }
  return out;
}

/// d[j] = cost[j] - v[j] - shift, pred[j] = row, where shift is the row minimum
/// of cost - v over all columns (returned).
template <typename T>
[[gnu::always_inline]] inline T StartRowBody(const Vec<T>* __restrict cost, const Vec<T>* __restrict v,
                                             Vec<T>* __restrict d, Vec<T>* __restrict pred, std::int32_t blocks,
                                             T row) {
  Vec<T> m = Vec<T>{} + std::numeric_limits<T>::max();
  for (std::int32_t b = 0; b < blocks; ++b) {
    const Vec<T> x = cost[b] - v[b];
    d[b] = x;
    m = x < m ? x : m;
  }
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
template <typename T>
[[gnu::always_inline]] inline void ColumnMinBody(const Vec<T>* __restrict cost, Vec<T>* __restrict col_min,
                                                 Vec<T>* __restrict arg, std::int32_t blocks, T row) {
  const Vec<T> vrow = Vec<T>{} + row;
  for (std::int32_t b = 0; b < blocks; ++b) {
    const Vec<T> c = cost[b];
    const auto lower = c < col_min[b];
    col_min[b] = lower ? c : col_min[b];
    arg[b] = lower ? vrow : arg[b];
  }
}

}  // namespace upward::matching::kernels
