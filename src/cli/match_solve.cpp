#include "cli/match_solve.hpp"

#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "matching/solve.hpp"

namespace upward::cli {
namespace {

using matching::kMaxAbsProfit;

// Scores as read, before scaling: row-major doubles.
struct Matrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<double> values;
};

struct ReadError {
    std::string text;
};

std::optional<std::string> ReadFile(const std::string& path, std::string& data) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot open file '" + path + "'";
    std::ostringstream buffer;
    buffer << in.rdbuf();
    data = buffer.str();
    return std::nullopt;
}

std::string Trim(const std::string& s) {
    std::size_t a = 0;
    std::size_t b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) --b;
    return s.substr(a, b - a);
}

std::vector<std::string> SplitCsv(const std::string& line) {
    std::vector<std::string> fields;
    std::string cur;
    for (const char c : line) {
        if (c == ',') {
            fields.push_back(Trim(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    fields.push_back(Trim(cur));
    return fields;
}

std::optional<double> ParseNumber(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::vector<std::string> Lines(const std::string& data) {
    std::vector<std::string> lines;
    std::string cur;
    for (const char c : data) {
        if (c == '\n') {
            lines.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) lines.push_back(cur);
    return lines;
}

std::optional<std::string> ParseDenseCsv(const std::string& path, const std::string& data, Matrix& m) {
    const auto lines = Lines(data);
    for (std::size_t ln = 0; ln < lines.size(); ++ln) {
        if (Trim(lines[ln]).empty()) continue;
        const auto fields = SplitCsv(lines[ln]);
        if (m.rows == 0) m.cols = static_cast<std::int64_t>(fields.size());
        if (static_cast<std::int64_t>(fields.size()) != m.cols) {
            return path + ": line " + std::to_string(ln + 1) + " has " + std::to_string(fields.size()) +
                   " columns, expected " + std::to_string(m.cols);
        }
        for (std::size_t c = 0; c < fields.size(); ++c) {
            const auto v = ParseNumber(fields[c]);
            if (!v)
                return path + ": line " + std::to_string(ln + 1) + ", column " + std::to_string(c + 1) + ": '" +
                       fields[c] + "' is not a finite number";
            m.values.push_back(*v);
        }
        ++m.rows;
    }
    return std::nullopt;
}

// NumPy .npy: magic, version, little-endian header length, a Python dict
// literal with descr/fortran_order/shape, then the raw data.
std::optional<std::string> ParseNpy(const std::string& path, const std::string& data, Matrix& m) {
    if (data.size() < 10 || std::memcmp(data.data(), "\x93NUMPY", 6) != 0) return path + ": not a .npy file";
    const auto major = static_cast<unsigned char>(data[6]);
    std::size_t header_len = 0;
    std::size_t offset = 0;
    if (major == 1) {
        header_len =
            static_cast<unsigned char>(data[8]) | (static_cast<std::size_t>(static_cast<unsigned char>(data[9])) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (data.size() < 12) return path + ": truncated .npy header";
        for (int k = 0; k < 4; ++k)
            header_len |= static_cast<std::size_t>(static_cast<unsigned char>(data[8 + k])) << (8 * k);
        offset = 12;
    } else {
        return path + ": unsupported .npy version " + std::to_string(major);
    }
    if (header_len > data.size() - offset) return path + ": truncated .npy header";
    const std::string header = data.substr(offset, header_len);
    offset += header_len;
    auto value_of = [&](const std::string& key) -> std::string {
        const auto at = header.find("'" + key + "'");
        if (at == std::string::npos) return {};
        const auto colon = header.find(':', at);
        if (colon == std::string::npos) return {};
        std::size_t s = colon + 1;
        while (s < header.size() && header[s] == ' ') ++s;
        if (s < header.size() && header[s] == '(') {
            const auto close = header.find(')', s);
            return close == std::string::npos ? std::string() : header.substr(s, close - s + 1);
        }
        std::size_t e = s;
        while (e < header.size() && header[e] != ',' && header[e] != '}') ++e;
        return Trim(header.substr(s, e - s));
    };
    const std::string descr = value_of("descr");
    if (value_of("fortran_order") != "False") return path + ": only C-order (fortran_order False) arrays are supported";
    const std::string shape = value_of("shape");
    std::int64_t dims[2] = {0, 0};
    int ndim = 0;
    {
        std::string inner = shape.size() >= 2 ? shape.substr(1, shape.size() - 2) : std::string();
        for (const auto& part : SplitCsv(inner)) {
            if (part.empty()) continue;
            if (ndim == 2) return path + ": array must be 2-D, shape is " + shape;
            char* end = nullptr;
            const long long d = std::strtoll(part.c_str(), &end, 10);
            if (end != part.c_str() + part.size() || d < 0 || d > (1LL << 31)) return path + ": bad shape " + shape;
            dims[ndim++] = d;
        }
    }
    if (ndim != 2) return path + ": array must be 2-D, shape is '" + shape + "'";
    // Bytes per element of the dtypes the solver reads.
    std::size_t width = 0;
    if (descr == "'<f8'" || descr == "'<i8'")
        width = 8;
    else if (descr == "'<f4'" || descr == "'<i4'")
        width = 4;
    else
        return path + ": unsupported dtype " + descr + " (use float64, float32, int32 or int64, little-endian)";
    const auto count = static_cast<std::size_t>(dims[0]) * static_cast<std::size_t>(dims[1]);
    if (count > (data.size() - offset) / width) return path + ": data is shorter than shape " + shape;
    m.rows = dims[0];
    m.cols = dims[1];
    m.values.resize(count);
    const char* p = data.data() + offset;
    for (std::size_t k = 0; k < count; ++k, p += width) {
        double v = 0;
        if (descr == "'<f8'") {
            double x;
            std::memcpy(&x, p, 8);
            v = x;
        } else if (descr == "'<f4'") {
            float x;
            std::memcpy(&x, p, 4);
            v = x;
        } else if (descr == "'<i4'") {
            std::int32_t x;
            std::memcpy(&x, p, 4);
            v = x;
        } else {
            std::int64_t x;
            std::memcpy(&x, p, 8);
            v = static_cast<double>(x);
        }
        if (!std::isfinite(v)) {
            return path + ": row " + std::to_string(k / m.cols) + ", column " + std::to_string(k % m.cols) +
                   " is not finite";
        }
        m.values[k] = v;
    }
    return std::nullopt;
}

bool IsNpy(const std::string& data) { return data.size() >= 6 && std::memcmp(data.data(), "\x93NUMPY", 6) == 0; }

// Fixed-precision scaling: the solver works on round(score * 10^decimals),
// which is exact for scores with at most `decimals` decimals.
std::optional<std::int64_t> Scale(double v, double factor) {
    const double s = std::round(v * factor);
    if (!(std::fabs(s) <= static_cast<double>(kMaxAbsProfit))) return std::nullopt;
    return static_cast<std::int64_t>(s);
}

}  // namespace

int RunMatchSolve(const MatchSolveOptions& options, std::ostream& out, std::ostream& err) {
    if (options.dense_path.empty() == options.edges_path.empty()) {
        err << "match solve: give exactly one of a dense score file or an edges file\n";
        return 2;
    }
    if (options.decimals < 0 || options.decimals > 9) {
        err << "match solve: decimals must be between 0 and 9\n";
        return 2;
    }
    const double factor = std::pow(10.0, options.decimals);
    const std::string range_hint = " is too large for " + std::to_string(options.decimals) + " decimals";
    nlohmann::json result;
    result["assignment"] = nlohmann::json::array();
    result["unmatched"] = nlohmann::json::array();

    if (!options.dense_path.empty()) {
        std::string data;
        if (auto e = ReadFile(options.dense_path, data)) {
            err << "match solve: " << *e << "\n";
            return 1;
        }
        Matrix m;
        const auto e = IsNpy(data) ? ParseNpy(options.dense_path, data, m) : ParseDenseCsv(options.dense_path, data, m);
        if (e) {
            err << "match solve: " << *e << "\n";
            return 1;
        }
        matching::DenseProblem p;
        p.rows = static_cast<std::int32_t>(m.rows);
        p.cols = static_cast<std::int32_t>(m.cols);
        p.allow_unmatched = options.allow_unmatched;
        p.profit.resize(m.values.size());
        for (std::size_t k = 0; k < m.values.size(); ++k) {
            const auto s = Scale(m.values[k], factor);
            if (!s) {
                err << "match solve: " << options.dense_path << ": row " << k / m.cols << ", column " << k % m.cols
                    << range_hint << "\n";
                return 1;
            }
            p.profit[k] = *s;
        }
        const auto solved = matching::SolveDense(p);
        if (!solved.ok()) {
            err << "match solve: " << solved.error << "\n";
            return 1;
        }
        double total = 0;
        for (std::int32_t i = 0; i < p.rows; ++i) {
            const std::int32_t j = solved.row_to_col[i];
            if (j < 0) {
                result["unmatched"].push_back(i);
                continue;
            }
            const double v = m.values[static_cast<std::size_t>(i) * m.cols + j];
            total += v;
            result["assignment"].push_back({{"mentee", i}, {"mentor", j}, {"score", v}});
        }
        result["total"] = total;
        out << result.dump(2) << "\n";
        return 0;
    }

    std::string data;
    if (auto e = ReadFile(options.edges_path, data)) {
        err << "match solve: " << *e << "\n";
        return 1;
    }
    std::vector<std::string> mentee_ids;
    std::vector<std::string> mentor_ids;
    std::unordered_map<std::string, std::int32_t> mentee_of;
    std::unordered_map<std::string, std::int32_t> mentor_of;
    auto intern = [](std::unordered_map<std::string, std::int32_t>& map, std::vector<std::string>& ids,
                     const std::string& id) {
        auto [it, added] = map.emplace(id, static_cast<std::int32_t>(ids.size()));
        if (added) ids.push_back(id);
        return it->second;
    };
    struct Edge {
        std::int32_t mentee;
        std::int32_t mentor;
        double score;
    };
    std::vector<Edge> edges;
    std::unordered_map<std::uint64_t, std::size_t> seen;
    const auto lines = Lines(data);
    for (std::size_t ln = 0; ln < lines.size(); ++ln) {
        if (Trim(lines[ln]).empty()) continue;
        const auto f = SplitCsv(lines[ln]);
        const std::string where = options.edges_path + ": line " + std::to_string(ln + 1);
        if (f.size() != 3) {
            err << "match solve: " << where << " has " << f.size() << " fields, expected mentee,mentor,score\n";
            return 1;
        }
        const auto score = ParseNumber(f[2]);
        if (!score) {
            if (edges.empty() && seen.empty() && ln == 0) continue;  // header
            err << "match solve: " << where << ", column 3: '" << f[2] << "' is not a finite number\n";
            return 1;
        }
        if (f[0].empty() || f[1].empty()) {
            err << "match solve: " << where << ": empty mentee or mentor id\n";
            return 1;
        }
        const std::int32_t i = intern(mentee_of, mentee_ids, f[0]);
        const std::int32_t j = intern(mentor_of, mentor_ids, f[1]);
        const auto key = (static_cast<std::uint64_t>(i) << 32) | static_cast<std::uint32_t>(j);
        if (!seen.emplace(key, ln).second) {
            err << "match solve: " << where << ": pair (" << f[0] << ", " << f[1] << ") appears twice\n";
            return 1;
        }
        edges.push_back({i, j, *score});
    }
    std::vector<std::int32_t> capacity;
    if (!options.capacities_path.empty()) {
        std::string cap_data;
        if (auto e = ReadFile(options.capacities_path, cap_data)) {
            err << "match solve: " << *e << "\n";
            return 1;
        }
        const auto cap_lines = Lines(cap_data);
        std::vector<std::pair<std::int32_t, std::int64_t>> caps;
        for (std::size_t ln = 0; ln < cap_lines.size(); ++ln) {
            if (Trim(cap_lines[ln]).empty()) continue;
            const auto f = SplitCsv(cap_lines[ln]);
            const std::string where = options.capacities_path + ": line " + std::to_string(ln + 1);
            if (f.size() != 2) {
                err << "match solve: " << where << " has " << f.size() << " fields, expected mentor,capacity\n";
                return 1;
            }
            char* end = nullptr;
            const long long c = std::strtoll(f[1].c_str(), &end, 10);
            if (f[1].empty() || end != f[1].c_str() + f[1].size()) {
                if (ln == 0 && caps.empty()) continue;  // header
                err << "match solve: " << where << ", column 2: '" << f[1] << "' is not an integer\n";
                return 1;
            }
            if (c < 0 || c > 1000000) {
                err << "match solve: " << where << ": capacity " << c << " is out of range 0..1000000\n";
                return 1;
            }
            caps.emplace_back(intern(mentor_of, mentor_ids, f[0]), c);
        }
        capacity.assign(mentor_ids.size(), 1);
        for (const auto& [j, c] : caps) capacity[j] = static_cast<std::int32_t>(c);
    }

    matching::SparseProblem p;
    p.rows = static_cast<std::int32_t>(mentee_ids.size());
    p.cols = static_cast<std::int32_t>(mentor_ids.size());
    p.allow_unmatched = options.allow_unmatched;
    p.capacity = capacity;
    std::vector<std::vector<std::size_t>> by_row(p.rows);
    for (std::size_t e = 0; e < edges.size(); ++e) by_row[edges[e].mentee].push_back(e);
    p.row_start.push_back(0);
    std::vector<std::size_t> edge_of;
    for (std::int32_t i = 0; i < p.rows; ++i) {
        for (const std::size_t e : by_row[i]) {
            const auto s = Scale(edges[e].score, factor);
            if (!s) {
                err << "match solve: " << options.edges_path << ": line "
                    << seen[(static_cast<std::uint64_t>(i) << 32) | static_cast<std::uint32_t>(edges[e].mentor)] + 1
                    << ", column 3" << range_hint << "\n";
                return 1;
            }
            p.col_index.push_back(edges[e].mentor);
            p.profit.push_back(*s);
            edge_of.push_back(e);
        }
        p.row_start.push_back(static_cast<std::int64_t>(p.col_index.size()));
    }
    const auto solved = matching::SolveSparse(p);
    if (!solved.ok()) {
        err << "match solve: " << solved.error << "\n";
        return 1;
    }
    double total = 0;
    for (std::int32_t i = 0; i < p.rows; ++i) {
        const std::int32_t j = solved.row_to_col[i];
        if (j < 0) {
            result["unmatched"].push_back(mentee_ids[i]);
            continue;
        }
        double v = 0;
        for (std::int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
            if (p.col_index[e] == j) v = edges[edge_of[e]].score;
        }
        total += v;
        result["assignment"].push_back({{"mentee", mentee_ids[i]}, {"mentor", mentor_ids[j]}, {"score", v}});
    }
    result["total"] = total;
    out << result.dump(2) << "\n";
    return 0;
}

}  // namespace upward::cli
