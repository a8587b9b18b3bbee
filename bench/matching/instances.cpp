#include "instances.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <random>

namespace upward::matching::bench {
namespace {

constexpr int kTopics = 30;

// Zipf-like topic popularity: a few topics are wanted by many people.
std::vector<double> TopicWeights() {
    std::vector<double> w(kTopics);
    for (int t = 0; t < kTopics; ++t) w[t] = 1.0 / std::pow(t + 1.0, 1.1);
    return w;
}

void WriteNpy(const std::string& path, const char* descr, const void* data, std::size_t bytes,
              const std::string& shape) {
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    std::ofstream out(path, std::ios::binary);
    out.write("\x93NUMPY\x01\x00", 8);
    const auto len = static_cast<std::uint16_t>(header.size());
    out.put(static_cast<char>(len & 0xFF));
    out.put(static_cast<char>(len >> 8));
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
}

}  // namespace

DenseProblem DenseUniform(std::int32_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> value(0, 999999);
    DenseProblem p;
    p.rows = p.cols = n;
    p.allow_unmatched = false;
    p.profit.resize(static_cast<std::size_t>(n) * n);
    for (auto& a : p.profit) a = value(rng);
    return p;
}

DenseProblem DenseCompatibility(std::int32_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    const auto weights = TopicWeights();
    std::discrete_distribution<int> topic(weights.begin(), weights.end());
    std::vector<std::array<std::int32_t, kTopics>> wants(n);
    std::vector<std::array<std::int32_t, kTopics>> offers(n);
    for (std::int32_t i = 0; i < n; ++i) {
        wants[i].fill(0);
        offers[i].fill(0);
        for (int k = 0; k < 3; ++k) wants[i][topic(rng)] = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int k = 0; k < 4; ++k) offers[i][topic(rng)] = std::uniform_int_distribution<int>(1, 5)(rng);
    }
    DenseProblem p;
    p.rows = p.cols = n;
    p.allow_unmatched = false;
    p.profit.resize(static_cast<std::size_t>(n) * n);
    for (std::int32_t i = 0; i < n; ++i) {
        for (std::int32_t j = 0; j < n; ++j) {
            std::int64_t s = 0;
            for (int t = 0; t < kTopics; ++t) s += wants[i][t] * offers[j][t];
            p.profit[static_cast<std::size_t>(i) * n + j] = s;
        }
    }
    return p;
}

SparseProblem SparseCandidates(std::int32_t rows, std::int32_t cols, std::int32_t per_row, bool plant_perfect,
                               std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int32_t> col(0, cols - 1);
    std::uniform_int_distribution<std::int64_t> value(1, 1000);
    SparseProblem p;
    p.rows = rows;
    p.cols = cols;
    p.allow_unmatched = !plant_perfect;
    p.row_start.push_back(0);
    std::vector<std::int32_t> chosen;
    for (std::int32_t i = 0; i < rows; ++i) {
        chosen.clear();
        if (plant_perfect) chosen.push_back(i);
        while (static_cast<std::int32_t>(chosen.size()) < per_row) {
            const std::int32_t j = col(rng);
            if (std::find(chosen.begin(), chosen.end(), j) == chosen.end()) chosen.push_back(j);
        }
        std::sort(chosen.begin(), chosen.end());
        for (const std::int32_t j : chosen) {
            p.col_index.push_back(j);
            p.profit.push_back(value(rng));
        }
        p.row_start.push_back(static_cast<std::int64_t>(p.col_index.size()));
    }
    return p;
}

void WriteNpyInt64(const std::string& path, const std::vector<std::int64_t>& data, std::int64_t rows,
                   std::int64_t cols) {
    WriteNpy(path, "<i8", data.data(), data.size() * 8, "(" + std::to_string(rows) + ", " + std::to_string(cols) + ")");
}

void WriteNpyInt64(const std::string& path, const std::vector<std::int64_t>& data) {
    WriteNpy(path, "<i8", data.data(), data.size() * 8, "(" + std::to_string(data.size()) + ",)");
}

void WriteNpyInt32(const std::string& path, const std::vector<std::int32_t>& data) {
    WriteNpy(path, "<i4", data.data(), data.size() * 4, "(" + std::to_string(data.size()) + ",)");
}

}  // namespace upward::matching::bench
