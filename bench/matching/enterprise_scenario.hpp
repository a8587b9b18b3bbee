#pragma once

namespace upward::matching::bench {

/// Generates a 300,000-person directory with 10,000 mentee and 50,000 mentor
/// applicants and times the pure engine end to end; prints time and peak RSS.
void RunEnterpriseScenario();

}  // namespace upward::matching::bench
