import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { feedbackApi } from './feedbackApi';
import { useApi } from '../../shared/useApi';
import { StatusMessage } from '../../shared/ui/StatusMessage';

const USEFULNESS_LABELS = ['', 'Not useful', 'A little useful', 'Useful', 'Very useful', 'Extremely useful'];

/**
 * The one-minute pulse after a held session: how useful it was (1-5) and an optional comment. Each person gives
 * their own once and sees only their own; a session that was not held (409) says so instead of offering the form.
 */
export function SessionPulsePanel({ pairId, occurrenceId }: { pairId: number; occurrenceId: number }) {
  const { data: pulse, error: loadError, setData: setPulse } = useApi(
    () => feedbackApi.pulse(pairId, occurrenceId),
    [pairId, occurrenceId],
  );
  const [usefulness, setUsefulness] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (usefulness === null) {
      setError('Choose how useful the session was.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      setPulse(await feedbackApi.submitPulse(pairId, occurrenceId, usefulness, comment));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? e.message : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel pulse-panel" aria-labelledby={`pulse-${occurrenceId}`}>
      <h2 id={`pulse-${occurrenceId}`}>How useful was this session?</h2>
      {loadError && <StatusMessage kind="error" message={loadError} />}
      {pulse?.submitted ? (
        <p className="pulse-given">
          You rated it <strong>{pulse.usefulness} of 5</strong> ({USEFULNESS_LABELS[pulse.usefulness ?? 0]})
          {pulse.comment ? <>: “{pulse.comment}”</> : '.'} Only you see your own pulse.
        </p>
      ) : (
        pulse && (
          <form onSubmit={submit} className="pulse-form">
            <fieldset className="plain-fieldset">
              <legend>Usefulness, 1 (not useful) to 5 (extremely useful)</legend>
              <div className="pulse-scale">
                {[1, 2, 3, 4, 5].map((value) => (
                  <label key={value} className="pulse-choice">
                    <input
                      type="radio"
                      name={`usefulness-${occurrenceId}`}
                      value={value}
                      checked={usefulness === value}
                      onChange={() => setUsefulness(value)}
                    />
                    <span>{value}</span>
                    <span className="visually-hidden"> – {USEFULNESS_LABELS[value]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`pulse-comment-${occurrenceId}`}>Comment (optional)</label>
              <textarea
                id={`pulse-comment-${occurrenceId}`}
                maxLength={1000}
                rows={2}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            </div>
            <StatusMessage kind="error" message={error} />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={saving}>
                {saving ? 'Sending…' : 'Send pulse'}
              </button>
            </div>
          </form>
        )
      )}
    </section>
  );
}
