#include "service/directory/people_checks.hpp"

#include <string_view>
#include <unordered_map>

#include "service/directory/id_index.hpp"

namespace upward::service {

namespace {

constexpr int kNone = -1;
constexpr std::size_t kMaxChainShown = 8;

// The reporting graph of the directory as it will be: one node per employee id, an edge to the manager.
struct Graph {
    // The index reads each node's id back from `id`, so the graph stays put once built.
    struct NodeId {
        const LargeArray<std::string_view>* ids;
        std::string_view operator()(int node) const { return (*ids)[static_cast<std::size_t>(node)]; }
    };

    Graph() : node_of(NodeId{&id}, 0) {}
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    LargeArray<std::string_view> id;
    IdIndex<NodeId> node_of;
    LargeArray<std::string_view> manager_id;
    LargeArray<int> row_index;  // the file row that defines the node, or kNone for an existing person
    std::vector<bool> in_directory;
    LargeArray<int> manager;  // node, or kNone
};

std::string Chain(const Graph& graph, const std::vector<int>& cycle) {
    std::string text;
    const std::size_t shown = std::min(cycle.size(), kMaxChainShown);
    for (std::size_t i = 0; i < shown; ++i) {
        text += graph.id[static_cast<std::size_t>(cycle[i])];
        text += " -> ";
    }
    if (shown < cycle.size()) text += "... (" + std::to_string(cycle.size()) + " people) -> ";
    text += graph.id[static_cast<std::size_t>(cycle[0])];
    return text;
}

class Checker {
public:
    Checker(LargeArray<PersonRow>& rows, const std::vector<domain::Person>& existing, bool cascade,
            std::vector<RowError>& errors)
        : rows_(rows), existing_(existing), cascade_(cascade), errors_(errors), duplicate_(rows.size(), false) {}

    void Run() {
        // Without cascading one pass finds everything; with it, each pass only drops rows, so it ends.
        while (Pass() && cascade_) {
        }
    }

private:
    void Fail(std::size_t index, std::string field, std::string reason) {
        rows_[index].bad = true;
        errors_.push_back({rows_[index].row, std::move(field), std::move(reason)});
    }

    bool Takes(std::size_t index) const {
        if (duplicate_[index]) return false;
        // The first pass takes every row, so that duplicates are found among all of them.
        return first_pass_ || !cascade_ || !rows_[index].bad;
    }

    void Build(Graph& graph) {
        graph.node_of = IdIndex<Graph::NodeId>(Graph::NodeId{&graph.id}, existing_.size() + rows_.size());
        graph.id.reserve(existing_.size() + rows_.size());
        graph.manager_id.reserve(existing_.size() + rows_.size());
        graph.row_index.reserve(existing_.size() + rows_.size());
        graph.in_directory.reserve(existing_.size() + rows_.size());
        // A new id gets the next node; a file row whose id is already a node takes it over.
        const auto add = [&graph](std::string_view id, IdIndex<Graph::NodeId>::Hash hash, std::string_view manager_id,
                                  int row_index) {
            const auto [node, inserted] = graph.node_of.Insert(id, hash, static_cast<int>(graph.id.size()));
            if (inserted) {
                graph.id.push_back(id);
                graph.manager_id.push_back(manager_id);
                graph.row_index.push_back(row_index);
                graph.in_directory.push_back(row_index == kNone);
            }
            return std::pair{node, inserted};
        };
        graph.node_of.VisitHashed(
            existing_.size(), [this](std::size_t i) { return std::string_view(existing_[i].employee_id); },
            [&](std::size_t i, auto hash) {
                const auto& person = existing_[i];
                const auto [node, inserted] = add(person.employee_id, hash, person.manager_id, kNone);
                if (!inserted) graph.manager_id[static_cast<std::size_t>(node)] = person.manager_id;
            });
        graph.node_of.VisitHashed(
            rows_.size(), [this](std::size_t i) { return rows_[i].employee_id; },
            [&](std::size_t i, auto hash) {
                if (!Takes(i)) return;
                const auto& person = rows_[i];
                const auto [node, inserted] = add(person.employee_id, hash, person.manager_id, static_cast<int>(i));
                if (inserted) return;
                const auto at = static_cast<std::size_t>(node);
                const int earlier = graph.row_index[at];
                if (first_pass_ && earlier != kNone) {
                    duplicate_[i] = true;
                    Fail(i, "employee_id",
                         "duplicates row " + std::to_string(rows_[static_cast<std::size_t>(earlier)].row) +
                             " (employee id " + std::string(person.employee_id) + ")");
                    return;
                }
                graph.manager_id[at] = person.manager_id;
                graph.row_index[at] = static_cast<int>(i);
            });
        // With cascading, rows found bad before this pass now leave the graph.
        if (first_pass_ && cascade_) {
            first_pass_ = false;
            graph.id.clear();
            graph.manager_id.clear();
            graph.row_index.clear();
            graph.in_directory.clear();
            Build(graph);
            return;
        }
        first_pass_ = false;
    }

    // Returns whether any row became bad.
    bool Pass() {
        Graph graph;
        Build(graph);
        const std::size_t nodes = graph.id.size();
        std::vector<int> newly_bad;

        // Rows left out of this pass, by id, to say why their reports lost their manager.
        std::unordered_map<std::string_view, long> left_out;
        if (cascade_) {
            for (const auto& row : rows_) {
                if (row.bad && !graph.node_of.Contains(row.employee_id)) left_out.try_emplace(row.employee_id, row.row);
            }
        }

        graph.manager.assign(nodes, kNone);
        graph.node_of.VisitHashed(
            nodes, [&graph](std::size_t node) { return graph.manager_id[node]; },
            [&](std::size_t node, auto hash) {
                const auto manager_id = graph.manager_id[node];
                // Self-management is reported by the row checks; as an edge it would be a one-person cycle.
                if (manager_id.empty() || manager_id == graph.id[node]) return;
                if (const int manager = graph.node_of.Find(manager_id, hash); manager != kNone) {
                    graph.manager[node] = manager;
                    return;
                }
                const int row_index = graph.row_index[node];
                if (row_index == kNone) return;  // an existing person's stale manager is not this file's fault
                const auto index = static_cast<std::size_t>(row_index);
                if (const auto skipped = left_out.find(manager_id); skipped != left_out.end()) {
                    Fail(index, "manager_id",
                         "manager " + std::string(manager_id) + " is on bad row " + std::to_string(skipped->second) +
                             ", which is skipped");
                } else {
                    Fail(index, "manager_id",
                         "no person with employee id " + std::string(manager_id) + " in the file or the directory");
                }
                newly_bad.push_back(static_cast<int>(node));
            });

        FindCycles(graph, newly_bad);
        if (cascade_ && !newly_bad.empty()) DropReports(graph, newly_bad);
        return !newly_bad.empty();
    }

    // Every node has at most one manager, so each walk up the chain either ends, joins an earlier walk, or
    // closes a cycle on itself; each node is walked once.
    void FindCycles(const Graph& graph, std::vector<int>& newly_bad) {
        const std::size_t nodes = graph.id.size();
        LargeArray<int> walk_of(nodes, kNone);
        std::vector<int> path;
        for (std::size_t start = 0; start < nodes; ++start) {
            if (walk_of[start] != kNone) continue;
            path.clear();
            int node = static_cast<int>(start);
            while (node != kNone && walk_of[static_cast<std::size_t>(node)] == kNone) {
                walk_of[static_cast<std::size_t>(node)] = static_cast<int>(start);
                path.push_back(node);
                node = graph.manager[static_cast<std::size_t>(node)];
            }
            if (node == kNone || walk_of[static_cast<std::size_t>(node)] != static_cast<int>(start)) continue;
            std::size_t first = path.size();
            while (path[first - 1] != node) --first;
            const std::vector<int> cycle(path.begin() + static_cast<std::ptrdiff_t>(first - 1), path.end());
            const auto chain = Chain(graph, cycle);
            for (const int member : cycle) {
                const int row_index = graph.row_index[static_cast<std::size_t>(member)];
                if (row_index == kNone) continue;  // only the file's rows can be pointed at
                Fail(static_cast<std::size_t>(row_index), "manager_id", "is part of a reporting cycle: " + chain);
                newly_bad.push_back(member);
            }
        }
    }

    // A left-out row takes its reports with it unless the directory already has that person to report to.
    void DropReports(const Graph& graph, const std::vector<int>& newly_bad) {
        const std::size_t nodes = graph.id.size();
        LargeArray<int> first_report(nodes, kNone);
        LargeArray<int> next_report(nodes, kNone);
        for (std::size_t node = 0; node < nodes; ++node) {
            const int manager = graph.manager[node];
            if (manager == kNone || graph.row_index[node] == kNone) continue;
            next_report[node] = first_report[static_cast<std::size_t>(manager)];
            first_report[static_cast<std::size_t>(manager)] = static_cast<int>(node);
        }
        std::vector<int> queue(newly_bad.begin(), newly_bad.end());
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const auto node = static_cast<std::size_t>(queue[head]);
            if (graph.in_directory[node]) continue;
            const long manager_row = rows_[static_cast<std::size_t>(graph.row_index[node])].row;
            for (int report = first_report[node]; report != kNone;
                 report = next_report[static_cast<std::size_t>(report)]) {
                const auto index = static_cast<std::size_t>(graph.row_index[static_cast<std::size_t>(report)]);
                if (rows_[index].bad) continue;
                Fail(index, "manager_id",
                     "manager " + std::string(graph.id[node]) + " is on bad row " + std::to_string(manager_row) +
                         ", which is skipped");
                queue.push_back(report);
            }
        }
    }

    LargeArray<PersonRow>& rows_;
    const std::vector<domain::Person>& existing_;
    bool cascade_;
    std::vector<RowError>& errors_;
    std::vector<bool> duplicate_;
    bool first_pass_ = true;
};

}  // namespace

void CheckReportingLines(LargeArray<PersonRow>& rows, const std::vector<domain::Person>& existing, bool cascade,
                         std::vector<RowError>& errors) {
    Checker(rows, existing, cascade, errors).Run();
}

}  // namespace upward::service
