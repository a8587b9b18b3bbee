// The session log: the caller's own private note per session, the pair's shared action items, goal progress
// and insights.
import { request, type Items } from '../../api/client';
import type { Schema } from '../../api/schema';

export type PairSide = Schema<'ActionItem'>['owner_side'];

/** GET/PUT /pairs/{id}/sessions/{occurrenceId}/my-note: the caller's own note; text is null when there is none. */
export type SessionNote = Schema<'SessionNote'>;

export type ActionItem = Schema<'ActionItem'>;
export type ActionItemStatus = ActionItem['status'];
export type ActionItemInput = Schema<'ActionItemInput'>;

export type GoalProgressEntry = Schema<'GoalProgressEntry'>;

/** One side's goals: the latest entry is current; the history is oldest first. */
export type GoalSideProgress = Schema<'GoalProgressList'>['items'][number];
export type GoalProgressInput = Schema<'GoalProgressInput'>;

export type Insight = Schema<'Insight'>;
export type InsightStatus = Insight['status'];
export const INSIGHT_STATUSES: InsightStatus[] = ['planned', 'tried', 'adopted', 'dropped'];
export type InsightInput = Schema<'InsightInput'>;

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

};
