import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { hrefFor } from '../../shared/routes';
import { sessionsApi, type SessionPolicy } from './sessionsApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

/** The form's fields: the policy as the admin edits it, reminders as the text they type. */
interface PolicyFields {
  reminders: string;
  consecutive: number;
  total: number;
  atRisk: number;
}

function fieldsOf(policy: SessionPolicy): PolicyFields {
  return {
    reminders: policy.reminder_minutes.join(', '),
    consecutive: policy.max_consecutive_misses,
    total: policy.max_total_misses,
    atRisk: policy.at_risk_weeks,
  };
}

/** The link from the programme page to its session policy (admins). */
export function SessionPolicyLink({ programmeId }: { programmeId: number }) {
  return (
    <p className="session-policy-link">
      <a className="button" href={hrefFor({ name: 'programme-sessions', id: programmeId })}>
        Session policy: reminders and escalation
      </a>
    </p>
  );
}

/**
 * A programme's session rules (`#/programmes/:id/sessions`, admins): when reminders go out, after how many of the
 * senior's misses (in a row, in total) the sponsor hears of it, and after how many weeks without a held session a
 * pair counts as at risk. A rejected value is shown next to the field the server named.
 */
export function SessionPolicyPage({ programmeId }: { programmeId: number }) {
  const loaded = useApi(() => sessionsApi.sessionPolicy(programmeId), [programmeId]);
  const policy = loaded.data;
  // The admin's changes since the policy was last read or saved; null while there are none.
  const [edited, setEdited] = useState<PolicyFields | null>(null);
  const fields = edited ?? (policy && fieldsOf(policy));
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loaded.error;
  const [field, setField] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<PolicyFields>) => fields && setEdited({ ...fields, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields) return;
    const { reminders, consecutive, total, atRisk } = fields;
    const minutes = reminders
      .split(/[,;\s]+/)
      .filter((part) => part !== '')
      .map(Number);
    if (minutes.some((m) => !Number.isInteger(m))) {
      setField('reminder_minutes');
      setError('Reminders are whole numbers of minutes before the start, separated by commas.');
      return;
    }
    setSaving(true);
    setError(null);
    setField(null);
    setStatus(null);
    try {
      loaded.setData(
        await sessionsApi.saveSessionPolicy(programmeId, {
          reminder_minutes: minutes,
          max_consecutive_misses: consecutive,
          max_total_misses: total,
          at_risk_weeks: atRisk,
        }),
      );
      setEdited(null);
      setStatus('Session policy saved.');
    } catch (e) {
      setError(errorMessage(e));
      setField(e instanceof ApiError ? (e.problem.field ?? null) : null);
    } finally {
      setSaving(false);
    }
  };

  const invalid = (name: string) => (field === name ? { 'aria-invalid': true, 'aria-describedby': 'policy-error' } : {});

  return (
    <>
      <PageHeading>Session policy</PageHeading>
      <p>
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>Back to the programme</a>
      </p>
      <StatusMessage kind="error" message={error} id="policy-error" />
      <StatusMessage kind="status" message={status} />
      {fields && (
        <form className="panel" onSubmit={submit} aria-label="Session policy">
          <div className="field">
            <label htmlFor="policy-reminders">Reminders, in minutes before the start (e.g. 1440, 60)</label>
            <input id="policy-reminders" type="text" value={fields.reminders} onChange={(e) => change({ reminders: e.target.value })} {...invalid('reminder_minutes')} />
          </div>
          <div className="field">
            <label htmlFor="policy-consecutive">Tell the sponsor after this many of the senior's misses in a row</label>
            <input
              id="policy-consecutive"
              type="number"
              min={1}
              max={20}
              value={fields.consecutive}
              onChange={(e) => change({ consecutive: Number(e.target.value) })}
              {...invalid('max_consecutive_misses')}
            />
          </div>
          <div className="field">
            <label htmlFor="policy-total">… or after this many in the programme</label>
            <input
              id="policy-total"
              type="number"
              min={1}
              max={50}
              value={fields.total}
              onChange={(e) => change({ total: Number(e.target.value) })}
              {...invalid('max_total_misses')}
            />
          </div>
          <div className="field">
            <label htmlFor="policy-at-risk">A pair is at risk after this many weeks without a held session</label>
            <input
              id="policy-at-risk"
              type="number"
              min={1}
              max={52}
              value={fields.atRisk}
              onChange={(e) => change({ atRisk: Number(e.target.value) })}
              {...invalid('at_risk_weeks')}
            />
          </div>
          <p className="meta">Sponsors receive the counts only, never notes or reasons.</p>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              Save policy
            </button>
          </div>
        </form>
      )}
    </>
  );
}
