#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>

namespace upward::telemetry {

/// Request counts and latency histograms per route, in Prometheus' text exposition format.
class Metrics {
public:
    void Record(const std::string& method, const std::string& route, int status, double seconds);
    /// One job of the durable scheduler finished an attempt (result: done, skipped, retry, failed, lost_claim).
    void RecordJob(const std::string& kind, const std::string& result);
    /// The whole /metrics page.
    std::string Render() const;

private:
    static constexpr std::array<double, 11> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5};
    struct Histogram {
        std::array<unsigned long long, kBuckets.size()> buckets{};
        unsigned long long count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::tuple<std::string, std::string, int>, unsigned long long> requests_;
    std::map<std::pair<std::string, std::string>, Histogram> latency_;
    std::map<std::pair<std::string, std::string>, unsigned long long> jobs_;
};

}  // namespace upward::telemetry
