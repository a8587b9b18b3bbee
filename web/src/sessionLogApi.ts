// The session log: the caller's own private note per session, the pair's shared action items, goal progress
// and insights, and a programme's pairs at risk (administrators in full, sponsors as a count).
import { request, type Items } from './api';

export type PairSide = 'mentee' | 'mentor';

/** GET/PUT /pairs/{id}/sessions/{occurrenceId}/my-note: the caller's own note; text is null when there is none. */
export interface SessionNote {
  pair_id: number;
  occurrence_id: number;
  text: string | null;
  updated_at: string | null;
}

export type ActionItemStatus = 'open' | 'done';

export interface ActionItem {
  id: number;
  pair_id: number;
  occurrence_id: number | null;
  title: string;
  owner_side: PairSide;
  /** YYYY-MM-DD, or null without a due date. */
  due_on: string | null;
  status: ActionItemStatus;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface ActionItemInput {
  title?: string;
  owner_side?: PairSide;
  due_on?: string | null;
  status?: ActionItemStatus;
  occurrence_id?: number | null;
}

export interface GoalProgressEntry {
  id: number;
  pair_id: number;
  goal_side: PairSide;
  percent: number;
  comment: string;
  recorded_at: string;
}

/** One side's goals: the latest entry is current; the history is oldest first. */
export interface GoalSideProgress {
  goal_side: PairSide;
  current: GoalProgressEntry | null;
  history: GoalProgressEntry[];
}

export interface GoalProgressInput {
  goal_side?: PairSide;
  percent?: number;
  comment?: string | null;
}

export type InsightStatus = 'planned' | 'tried' | 'adopted' | 'dropped';
export const INSIGHT_STATUSES: InsightStatus[] = ['planned', 'tried', 'adopted', 'dropped'];

export interface Insight {
  id: number;
  pair_id: number;
  occurrence_id: number | null;
  idea: string;
  status: InsightStatus;
  /** What they did about it. */
  outcome_note: string;
  created_at: string;
  updated_at: string;
}

export interface InsightInput {
  idea?: string;
  status?: InsightStatus;
  outcome_note?: string | null;
  occurrence_id?: number | null;
}

export type AtRiskCode = 'no_recent_session' | 'repeated_cancellations' | 'stalled_goals' | 'declining_pulses';

export interface PairAtRisk {
  pair_id: number;
  mentee: { employee_id: string; name: string };
  mentor: { employee_id: string; name: string };
  last_held_at: string | null;
  reasons: { code: AtRiskCode; text: string }[];
}

/** GET /programmes/{id}/pairs-at-risk: items only for administrators (pairs_included). */
export interface PairsAtRisk {
  programme_id: number;
  active_pairs: number;
  count: number;
  pairs_included: boolean;
  items?: PairAtRisk[];
}

const pairPath = (pairId: number) => `/pairs/${pairId}`;
const notePath = (pairId: number, occurrenceId: number) => `${pairPath(pairId)}/sessions/${occurrenceId}/my-note`;

export const sessionLogApi = {
  myNote: (pairId: number, occurrenceId: number) => request<SessionNote>('GET', notePath(pairId, occurrenceId)),
  saveMyNote: (pairId: number, occurrenceId: number, text: string) =>
    request<SessionNote>('PUT', notePath(pairId, occurrenceId), { body: { text } }),
  deleteMyNote: (pairId: number, occurrenceId: number) => request<void>('DELETE', notePath(pairId, occurrenceId)),

  actionItems: (pairId: number) => request<Items<ActionItem>>('GET', `${pairPath(pairId)}/action-items`),
  createActionItem: (pairId: number, input: ActionItemInput) =>
    request<ActionItem>('POST', `${pairPath(pairId)}/action-items`, { body: input }),
  updateActionItem: (pairId: number, itemId: number, input: ActionItemInput) =>
    request<ActionItem>('PATCH', `${pairPath(pairId)}/action-items/${itemId}`, { body: input }),

  goalProgress: (pairId: number) => request<Items<GoalSideProgress>>('GET', `${pairPath(pairId)}/goal-progress`),
  recordGoalProgress: (pairId: number, input: GoalProgressInput) =>
    request<GoalProgressEntry>('POST', `${pairPath(pairId)}/goal-progress`, { body: input }),

  insights: (pairId: number) => request<Items<Insight>>('GET', `${pairPath(pairId)}/insights`),
  createInsight: (pairId: number, input: InsightInput) =>
    request<Insight>('POST', `${pairPath(pairId)}/insights`, { body: input }),
  updateInsight: (pairId: number, insightId: number, input: InsightInput) =>
    request<Insight>('PATCH', `${pairPath(pairId)}/insights/${insightId}`, { body: input }),

  pairsAtRisk: (programmeId: number) => request<PairsAtRisk>('GET', `/programmes/${programmeId}/pairs-at-risk`),
};
