import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import {
  OUTCOME_LABELS,
  problemField,
  qualityLabel,
  screeningApi,
  type Outcome,
  type Review,
} from './screeningApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface ScorecardFormProps {
  programmeId: number;
  applicationId: number;
  qualities: string[];
  /** The caller's scorecard so far, to edit. */
  existing: Review | undefined;
  onSaved: (review: Review) => void;
}

const OUTCOMES: Outcome[] = ['approve', 'wait_list', 'decline'];

/** A reviewer's scorecard: each quality 1–5, a recommendation and a comment; editable until the decision. */
export function ScorecardForm({ programmeId, applicationId, qualities, existing, onSaved }: ScorecardFormProps) {
  const [scores, setScores] = useState<Record<string, number>>({});
  const [recommendation, setRecommendation] = useState<Outcome | ''>('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [field, setField] = useState<string | undefined>();

  useEffect(() => {
    setScores(existing?.scores ?? {});
    setRecommendation(existing?.recommendation ?? '');
    setComment(existing?.comment ?? '');
  }, [existing, applicationId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    setError(null);
    setField(undefined);
    try {
      if (!recommendation) {
        setField('recommendation');
        throw new Error('Choose a recommendation.');
      }
      const saved = await screeningApi.saveReview(programmeId, applicationId, { scores, recommendation, comment });
      setStatus('Your scorecard is saved.');
      onSaved(saved);
    } catch (e) {
      setField((f) => problemField(e) ?? f);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (name: string) => (field === name ? (error ?? undefined) : undefined);

  return (
    <form className="scorecard-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`scorecard-${applicationId}`}>
      <h3 id={`scorecard-${applicationId}`}>{existing ? 'Your scorecard' : 'Score this application'}</h3>
      {qualities.map((quality) => (
        <fieldset key={quality} className="plain-fieldset score-choice" aria-invalid={field === `scores.${quality}` || undefined}>
          <legend>{qualityLabel(quality)}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="checkbox">
              <input
                type="radio"
                name={`score-${applicationId}-${quality}`}
                value={n}
                checked={scores[quality] === n}
                disabled={busy}
                onChange={() => setScores((s) => ({ ...s, [quality]: n }))}
              />{' '}
              {n}
            </label>
          ))}
          {field === `scores.${quality}` && <p className="field-error">{error}</p>}
        </fieldset>
      ))}
      {field === 'scores' && <p className="field-error">{error}</p>}
      <FormField id={`recommendation-${applicationId}`} label="Recommendation" error={errorFor('recommendation')}>
        {(control) => (
          <select
            {...control}
            value={recommendation}
            disabled={busy}
            onChange={(e) => setRecommendation(e.target.value as Outcome | '')}
          >
            <option value="">Choose…</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`comment-${applicationId}`}
        label="Comment"
        hint="What the scores rest on. The applicant never sees scorecards."
        error={errorFor('comment')}
      >
        {(control) => (
          <textarea {...control} rows={3} maxLength={2000} value={comment} disabled={busy} onChange={(e) => setComment(e.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save scorecard
        </button>
      </div>
      <StatusMessage kind="status" message={busy ? 'Saving…' : status} />
      <StatusMessage kind="error" message={field ? null : error} />
    </form>
  );
}
