import { SCORE_PART_LABELS } from './labels';
import { formatPoints } from '../../shared/format';
import type { ScoreParts } from './types';

const PART_ORDER: (keyof ScoreParts)[] = ['topics', 'availability', 'timezone', 'cross_department', 'preference'];

interface ScoreBreakdownProps {
  parts: ScoreParts;
  /** Words that say why, shown under the parts when given. */
  reasons?: string[] | undefined;
  summary?: string;
}

/** Why a pair scored what it did: an expandable list of the score's parts in points out of 100. */
export function ScoreBreakdown({ parts, reasons, summary = 'Why this score' }: ScoreBreakdownProps) {
  return (
    <details className="score-breakdown">
      <summary>{summary}</summary>
      <dl className="score-parts">
        {PART_ORDER.map((part) => (
          <div key={part} className="score-part">
            <dt>{SCORE_PART_LABELS[part]}</dt>
            <dd>
              {formatPoints(parts[part])} <span className="unit">points</span>
            </dd>
          </div>
        ))}
      </dl>
      {reasons && reasons.length > 0 && (
        <ul className="score-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
