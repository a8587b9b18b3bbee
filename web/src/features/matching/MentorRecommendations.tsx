import { formatPoints } from '../../shared/format';
import type { MentorRecommendation } from './types';
import { ScoreBreakdown } from './ScoreBreakdown';

interface MentorRecommendationsProps {
  recommendations: MentorRecommendation[];
  requested: Set<string>;
  busy: boolean;
  onRequest: (recommendation: MentorRecommendation) => void;
}

function scoreOf(r: MentorRecommendation): number {
  if (typeof r.score === 'number') return r.score;
  const p = r.parts;
  return p.topics + p.availability + p.timezone + p.cross_department + p.preference;
}

/** Mentors suggested to a mentee in a self-selected programme, best first, each with why and a Request button. */
export function MentorRecommendations({ recommendations, requested, busy, onRequest }: MentorRecommendationsProps) {
  if (recommendations.length === 0) return <p className="empty">No mentors to recommend yet.</p>;
  return (
    <ol className="recommendation-list">
      {recommendations.map((r) => {
        const name = r.name || r.mentor;
        const asked = requested.has(r.mentor);
        return (
          <li key={r.mentor} className="recommendation panel" aria-label={name}>
            <div className="recommendation-head">
              <div>
                <h4>{name}</h4>
                <p className="meta">{[r.title, r.department].filter(Boolean).join(' · ')}</p>
              </div>
              <p className="recommendation-score">
                <strong>{formatPoints(scoreOf(r))}</strong> <span className="unit">of 100</span>
              </p>
            </div>
            <ScoreBreakdown parts={r.parts} reasons={r.reasons} summary="Why this mentor" />
            <button
              type="button"
              className="button button-primary button-small"
              disabled={busy || asked}
              aria-label={asked ? `Requested ${name}` : `Request ${name}`}
              onClick={() => onRequest(r)}
            >
              {asked ? 'Requested' : 'Request'}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
