export const SCORE_PART_LABELS: Record<string, string> = {
  topics: 'Topic coverage',
  availability: 'Availability overlap',
  timezone: 'Time-zone distance',
  cross_department: 'Cross-department',
  preference: 'Preferences',
};

export const UNMATCHED_REASON_LABELS: Record<string, string> = {
  not_eligible: 'Not eligible yet',
  no_eligible_candidate: 'No eligible candidate',
  forbidden_by_admin: 'Every candidate forbidden by an administrator',
  all_candidates_taken: 'All candidates taken',
  not_selected: 'Not selected',
  not_in_directory: 'Not in the directory',
};

export const PAIR_STATUS_LABELS: Record<string, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  active: 'Active',
  declined: 'Declined',
  ended: 'Ended',
};

export const PROPOSAL_SOURCE_LABELS: Record<string, string> = {
  solver: 'Proposed by matching',
  pin: 'Pinned',
  swap: 'Swapped',
};
