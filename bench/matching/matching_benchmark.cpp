// Matching benchmark: Upward's solvers vs scipy and LEMON on the same
// instances, plus the enterprise scenario. A program, not a test.
//
// Peer formulations:
//  * dense: scipy linear_sum_assignment(maximize=True); LEMON network simplex
//    on source -> rows -> columns -> sink.
//  * sparse, perfect matching planted: scipy min_weight_full_bipartite_matching
//    on cost = 1001 - profit (positive weights); LEMON as above.
//  * sparse, unmatched allowed at profit 0: scipy gets one extra private dummy
//    column per row with cost 1001 (= profit 0) so a full matching always
//    exists; LEMON gets a row -> sink arc with cost 0 per row.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "enterprise_scenario.hpp"
#include "instances.hpp"
#include "lemon_reference.hpp"
#include "matching/auction.hpp"
#include "matching/dense_jv.hpp"
#include "matching/solve.hpp"
#include "matching/sparse_jv.hpp"

namespace upward::matching::bench {
namespace {

struct Timed {
    double seconds = 0;
    std::int64_t total = 0;
    bool ok = false;
};

template <typename F>
Timed Time(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    const auto r = f();
    Timed t;
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if constexpr (std::is_same_v<std::decay_t<decltype(r)>, AssignmentResult>) {
        t.ok = r.ok();
        t.total = r.total;
    } else {
        t.ok = r.has_value();
        t.total = r.value_or(0);
    }
    return t;
}

struct Row {
    std::string name;
    bool dense = false;
    Timed upward;
    std::string choice;
    Timed jv;
    Timed auction;
    Timed lemon;
    bool lemon_run = false;
};

std::string Kind(SolverKind k) { return k == SolverKind::kAuction ? "auction" : "jv"; }

}  // namespace
}  // namespace upward::matching::bench

int main(int argc, char** argv) {
    using namespace upward::matching;
    using namespace upward::matching::bench;
    std::string work = ".";
    std::string python = "python3";
    std::string peer;
    bool skip_lemon_dense_4000 = false;
    bool enterprise_only = false;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--work-dir" && a + 1 < argc)
            work = argv[++a];
        else if (arg == "--python" && a + 1 < argc)
            python = argv[++a];
        else if (arg == "--peer" && a + 1 < argc)
            peer = argv[++a];
        else if (arg == "--skip-lemon-dense-4000")
            skip_lemon_dense_4000 = true;
        else if (arg == "--enterprise-only")
            enterprise_only = true;
    }
    std::vector<Row> rows;
    std::ofstream jobs(work + "/peer_jobs.txt");
    if (!enterprise_only) {
        for (const std::int32_t n : {1000, 2000, 4000}) {
            for (const bool compat : {false, true}) {
                const DenseProblem p = compat ? DenseCompatibility(n, 1000 + n) : DenseUniform(n, 2000 + n);
                Row r;
                r.name = std::string(compat ? "dense-compat-" : "dense-uniform-") + std::to_string(n);
                r.dense = true;
                r.choice = Kind(ChooseDenseSolver(p));
                r.upward = Time([&] { return SolveDense(p); });
                r.jv = Time([&] { return SolveDenseJv(p); });
                r.auction = Time([&] { return SolveDenseAuction(p); });
                if (!(skip_lemon_dense_4000 && n == 4000)) {
                    r.lemon = Time([&] { return testing::LemonOptimum(testing::DenseToSparse(p)); });
                    r.lemon_run = true;
                }
                const std::string path = work + "/" + r.name + ".npy";
                WriteNpyInt64(path, p.profit, n, n);
                jobs << "dense " << r.name << " " << path << "\n";
                rows.push_back(r);
                std::fprintf(stderr, "done %s\n", r.name.c_str());
            }
        }
        for (const bool perfect : {true, false}) {
            const std::int32_t n = 100000;
            const std::int32_t m = perfect ? 100000 : 60000;
            const SparseProblem p = SparseCandidates(n, m, 20, perfect, perfect ? 7 : 8);
            Row r;
            r.name = perfect ? "sparse-100k-perfect" : "sparse-100k-unmatched";
            r.choice = Kind(ChooseSparseSolver(p));
            r.upward = Time([&] { return SolveSparse(p); });
            r.jv = Time([&] { return SolveSparseJv(p); });
            r.auction = Time([&] { return SolveSparseAuction(p); });
            r.lemon = Time([&] { return testing::LemonOptimum(p); });
            r.lemon_run = true;
            // scipy form: cost = 1001 - profit; unmatched = private dummy column.
            std::vector<std::int64_t> indptr{0};
            std::vector<std::int32_t> indices;
            std::vector<std::int64_t> cost;
            for (std::int32_t i = 0; i < n; ++i) {
                for (std::int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
                    indices.push_back(p.col_index[e]);
                    cost.push_back(1001 - p.profit[e]);
                }
                if (!perfect) {
                    indices.push_back(m + i);
                    cost.push_back(1001);
                }
                indptr.push_back(static_cast<std::int64_t>(indices.size()));
            }
            const std::string prefix = work + "/" + r.name;
            WriteNpyInt64(prefix + "_indptr.npy", indptr);
            WriteNpyInt32(prefix + "_indices.npy", indices);
            WriteNpyInt64(prefix + "_cost.npy", cost);
            jobs << "sparse " << r.name << " " << prefix << " " << n << " " << (perfect ? m : m + n) << " 1001\n";
            rows.push_back(r);
            std::fprintf(stderr, "done %s\n", r.name.c_str());
        }
    }
    jobs.close();
    std::map<std::string, Timed> scipy;
    if (!peer.empty() && !rows.empty()) {
        const std::string out = work + "/peer_results.jsonl";
        const std::string cmd = python + " " + peer + " " + work + "/peer_jobs.txt > " + out;
        if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "peer failed: %s\n", cmd.c_str());
        std::ifstream in(out);
        std::string line;
        while (std::getline(in, line)) {
            // Tiny parse of {"name": "...", "tool": "scipy", "seconds": x, "total": y}.
            auto field = [&](const std::string& key) {
                const auto at = line.find("\"" + key + "\": ");
                return at == std::string::npos ? std::string() : line.substr(at + key.size() + 4);
            };
            std::string name = field("name");
            name = name.substr(1, name.find('"', 1) - 1);
            Timed t;
            t.seconds = std::stod(field("seconds"));
            t.total = std::stoll(field("total"));
            t.ok = true;
            scipy[name] = t;
        }
    }
    if (!rows.empty()) {
        std::printf("%-24s %9s %-8s %9s %9s %9s %9s %11s %11s %s\n", "instance", "upward_s", "choice", "jv_s",
                    "auction_s", "scipy_s", "lemon_s", "up/scipy", "up/lemon", "optimum");
        for (const Row& r : rows) {
            const auto it = scipy.find(r.name);
            const bool have_scipy = it != scipy.end();
            bool agree = r.upward.ok && r.jv.total == r.upward.total && r.auction.total == r.upward.total;
            if (have_scipy) agree = agree && it->second.total == r.upward.total;
            if (r.lemon_run) agree = agree && r.lemon.ok && r.lemon.total == r.upward.total;
            std::printf("%-24s %9.3f %-8s %9.3f %9.3f %9s %9s %11s %11s %s %lld\n", r.name.c_str(), r.upward.seconds,
                        r.choice.c_str(), r.jv.seconds, r.auction.seconds,
                        have_scipy ? std::to_string(it->second.seconds).substr(0, 7).c_str() : "-",
                        r.lemon_run ? std::to_string(r.lemon.seconds).substr(0, 7).c_str() : "-",
                        have_scipy ? std::to_string(r.upward.seconds / it->second.seconds).substr(0, 6).c_str() : "-",
                        r.lemon_run ? std::to_string(r.upward.seconds / r.lemon.seconds).substr(0, 6).c_str() : "-",
                        agree ? "same" : "MISMATCH", static_cast<long long>(r.upward.total));
        }
    }
    RunEnterpriseScenario();
    return 0;
}
