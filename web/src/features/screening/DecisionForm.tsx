import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { OUTCOME_LABELS, problemField, screeningApi, type ApplicationStatus, type DecisionResult, type Outcome } from './screeningApi';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface DecisionFormProps {
  programmeId: number;
  applicationId: number;
  status: ApplicationStatus;
  onDecided: (result: DecisionResult) => void;
}

/** An admin's decision on a mentor application, with the reason the applicant will read. */
export function DecisionForm({ programmeId, applicationId, status, onDecided }: DecisionFormProps) {
  const [decision, setDecision] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [field, setField] = useState<string | undefined>();
  const choices: Outcome[] = status === 'wait_listed' ? ['approve', 'decline'] : ['approve', 'wait_list', 'decline'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setField(undefined);
    if (!decision) {
      setField('decision');
      setError('Choose a decision.');
      return;
    }
    setBusy(true);
    try {
      onDecided(await screeningApi.decide(programmeId, applicationId, decision, reason));
    } catch (e) {
      setField(problemField(e));
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`decision-${applicationId}`}>
      <h3 id={`decision-${applicationId}`}>Decision</h3>
      <fieldset className="plain-fieldset" aria-invalid={field === 'decision' || undefined}>
        <legend>Outcome</legend>
        {choices.map((o) => (
          <label key={o} className="checkbox">
            <input
              type="radio"
              name={`decision-${applicationId}`}
              value={o}
              checked={decision === o}
              disabled={busy}
              onChange={() => setDecision(o)}
            />{' '}
            {OUTCOME_LABELS[o]}
          </label>
        ))}
        {field === 'decision' && <p className="field-error">{error}</p>}
      </fieldset>
      <FormField
        id={`decision-reason-${applicationId}`}
        label="Reason"
        hint="Required. The applicant reads it in an email and on their screening page."
        error={field === 'reason' ? (error ?? undefined) : undefined}
      >
        {(control) => (
          <textarea {...control} rows={3} maxLength={1000} value={reason} disabled={busy} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Record decision
        </button>
      </div>
      <StatusMessage kind="status" message={busy ? 'Recording the decision…' : null} />
      <StatusMessage kind="error" message={field === 'decision' || field === 'reason' ? null : error} />
    </form>
  );
}
