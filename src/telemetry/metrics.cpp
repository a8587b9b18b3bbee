#include "telemetry/metrics.hpp"

#include <sstream>

namespace upward::telemetry {

void Metrics::Record(const std::string& method, const std::string& route, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{method, route, status}];
    auto& histogram = latency_[{method, route}];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void Metrics::RecordJob(const std::string& kind, const std::string& result) {
    std::lock_guard lock(mutex_);
    ++jobs_[{kind, result}];
}

std::string Metrics::Render() const {
    std::lock_guard lock(mutex_);
    std::ostringstream out;
    out << "# HELP upward_http_requests_total HTTP requests by method, route and status.\n"
        << "# TYPE upward_http_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
        const auto& [method, route, status] = key;
        out << "upward_http_requests_total{method=\"" << method << "\",route=\"" << route << "\",status=\"" << status
            << "\"} " << count << "\n";
    }
    out << "# HELP upward_http_request_duration_seconds Time to answer a request.\n"
        << "# TYPE upward_http_request_duration_seconds histogram\n";
    for (const auto& [key, histogram] : latency_) {
        const auto labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out << "upward_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i] << "\"} "
                << histogram.buckets[i] << "\n";
        }
        out << "upward_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << histogram.count << "\n"
            << "upward_http_request_duration_seconds_sum{" << labels << "} " << histogram.sum << "\n"
            << "upward_http_request_duration_seconds_count{" << labels << "} " << histogram.count << "\n";
    }
    out << "# HELP upward_scheduler_jobs_total Attempts of scheduled jobs (reminders, prompts) by kind and result.\n"
        << "# TYPE upward_scheduler_jobs_total counter\n";
    for (const auto& [key, count] : jobs_) {
        out << "upward_scheduler_jobs_total{kind=\"" << key.first << "\",result=\"" << key.second << "\"} " << count
            << "\n";
    }
    return out.str();
}

}  // namespace upward::telemetry
