import { useId, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { CADENCE_OPTIONS } from '../programmes/labels';
import { formatDateTime } from '../../shared/format';
import { agreementsApi, type AgreementTerms, type PairAgreement } from './agreementsApi';
import type { Pair } from '../matching/types';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

interface PairAgreementPanelProps {
  pair: Pair;
  /** The viewer's side in the pair. */
  side: 'mentee' | 'mentor';
  otherName: string;
  /** Called with the pair as the server now has it (e.g. active after the second signature). */
  onPairChanged: (pair: Pair) => void;
}

type FieldErrors = Partial<Record<keyof AgreementTerms, string>>;

function termsOf(agreement: PairAgreement): AgreementTerms {
  return {
    mentee_goals: agreement.mentee_goals,
    mentor_goals: agreement.mentor_goals,
    topics: agreement.topics,
    cadence_days: agreement.cadence_days,
    confidentiality_statement: agreement.confidentiality_statement,
  };
}

/** The API names fields like "topics[2]"; the form shows such errors on the field itself. */
function fieldOf(problemField: string | undefined): keyof AgreementTerms | null {
  const base = problemField?.replace(/\[\d+\]$/, '');
  const known: (keyof AgreementTerms)[] = ['mentee_goals', 'mentor_goals', 'topics', 'cadence_days', 'confidentiality_statement'];
  return known.find((k) => k === base) ?? null;
}

function cadenceLabel(days: number): string {
  return CADENCE_OPTIONS.find((o) => o.days === days)?.label ?? `Every ${days} days`;
}

/**
 * The agreement of an accepted pair: both people draft and edit it (goals for each, topics in scope, cadence,
 * confidentiality), then each signs the version they read; the second signature makes the pair active.
 */
export function PairAgreementPanel({ pair, side, otherName, onPairChanged }: PairAgreementPanelProps) {
  const id = useId();
  // Read again when the pair's status changes: the agreement carries the pair.
  const loaded = useApi(() => agreementsApi.agreement(pair.id), [pair.id, pair.status]);
  const agreement = loaded.data;
  // The terms as this person has changed them since the agreement was last read or saved; null while unchanged.
  const [edited, setEdited] = useState<AgreementTerms | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const discardEdits = () => {
    setEdited(null);
    setFieldErrors({});
  };
  const show = (next: PairAgreement) => {
    loaded.setData(next);
    discardEdits();
  };

  if (!agreement) {
    return (
      <section className="agreement" aria-label="Agreement">
        <StatusMessage kind="status" message={loaded.error ? null : 'Loading your agreement…'} />
        <StatusMessage kind="error" message={loaded.error} />
      </section>
    );
  }

  const terms = edited ?? termsOf(agreement);
  const dirty = edited !== null;
  const active = agreement.pair.status === 'active';
  const mineSigned = side === 'mentee' ? agreement.mentee_signed_at : agreement.mentor_signed_at;
  const theirsSigned = side === 'mentee' ? agreement.mentor_signed_at : agreement.mentee_signed_at;
  const headingId = `${id}-heading`;
  const you = (who: 'mentee' | 'mentor') => (who === side ? 'you' : otherName);

  const change = (patch: Partial<AgreementTerms>) => {
    setEdited({ ...terms, ...patch });
    setStatus(null);
  };

  async function act(action: () => Promise<string | null>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (e) {
      const field = e instanceof ApiError ? fieldOf(e.problem.field) : null;
      if (field) {
        setFieldErrors({ [field]: errorMessage(e) });
      } else if (e instanceof ApiError && e.status === 409) {
        // Someone saved or signed in between: show what the agreement says now.
        setError(`${errorMessage(e)} The agreement below is the current version.`);
        if (await loaded.reload()) discardEdits();
      } else {
        setError(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    act(async () => {
      const saved = await agreementsApi.saveAgreement(pair.id, terms, agreement.version);
      show(saved);
      return `Saved version ${saved.version}. Both of you sign it to make the pair active.`;
    });

  const sign = () =>
    act(async () => {
      const signed = await agreementsApi.signAgreement(pair.id, agreement.version);
      show(signed);
      if (signed.pair.status !== pair.status) onPairChanged(signed.pair);
      return signed.pair.status === 'active'
        ? `Both of you signed: your pair with ${otherName} is active.`
        : `You signed version ${signed.version}. Waiting for ${otherName} to sign.`;
    });

  let signatureState: string;
  if (active) signatureState = `Active: you and ${otherName} both signed version ${agreement.version}.`;
  else if (!agreement.drafted) signatureState = 'Not drafted yet: these are the programme’s suggestions. Save them to start.';
  else if (mineSigned && !theirsSigned) signatureState = `Waiting for ${otherName} to sign.`;
  else if (!mineSigned && theirsSigned) signatureState = `${otherName} has signed version ${agreement.version}; your signature makes the pair active.`;
  else signatureState = `Version ${agreement.version} is waiting for both signatures.`;

  if (active) {
    return (
      <section className="agreement" aria-labelledby={headingId}>
        <h4 id={headingId}>Your agreement</h4>
        <p className="agreement-state">{signatureState}</p>
        <dl className="agreement-terms">
          <dt>Goals for the mentee ({you('mentee')})</dt>
          <dd>{agreement.mentee_goals}</dd>
          <dt>Goals for the mentor ({you('mentor')})</dt>
          <dd>{agreement.mentor_goals}</dd>
          <dt>Topics in scope</dt>
          <dd>{agreement.topics.length ? agreement.topics.join(', ') : '—'}</dd>
          <dt>Cadence</dt>
          <dd>{cadenceLabel(agreement.cadence_days)}</dd>
          <dt>Confidentiality</dt>
          <dd>{agreement.confidentiality_statement}</dd>
        </dl>
        <p className="meta">
          Signed by the mentee {formatDateTime(agreement.mentee_signed_at)} and by the mentor{' '}
          {formatDateTime(agreement.mentor_signed_at)}.
        </p>
        <StatusMessage kind="status" message={status} />
      </section>
    );
  }

  return (
    <section className="agreement" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Your agreement{agreement.drafted ? <span className="badge">Version {agreement.version}</span> : null}
      </h4>
      <p className="hint">
        Write down together what each of you wants to learn, the topics advice stays within, how often you meet and
        what stays confidential. Any change needs both signatures again.
      </p>
      <form
        className="agreement-form"
        aria-label="Agreement"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormField id={`${id}-mentee-goals`} label={`Goals for the mentee (${you('mentee')})`} error={fieldErrors.mentee_goals}>
          {(control) => (
            <textarea {...control} rows={3} value={terms.mentee_goals} onChange={(e) => change({ mentee_goals: e.target.value })} />
          )}
        </FormField>
        <FormField
          id={`${id}-mentor-goals`}
          label={`Goals for the mentor (${you('mentor')})`}
          hint="The learning goes both ways: leadership, communication, a view of the business."
          error={fieldErrors.mentor_goals}
        >
          {(control) => (
            <textarea {...control} rows={3} value={terms.mentor_goals} onChange={(e) => change({ mentor_goals: e.target.value })} />
          )}
        </FormField>
        <fieldset className="plain-fieldset" aria-describedby={fieldErrors.topics ? `${id}-topics-error` : undefined}>
          <legend>Topics in scope</legend>
          {agreement.catalogue.length === 0 && <p className="hint">This programme has no topic catalogue.</p>}
          {agreement.catalogue.map((topic) => (
            <label key={topic} className="checkbox">
              <input
                type="checkbox"
                checked={terms.topics.includes(topic)}
                onChange={(e) =>
                  change({
                    topics: e.target.checked
                      ? agreement.catalogue.filter((t) => t === topic || terms.topics.includes(t))
                      : terms.topics.filter((t) => t !== topic),
                  })
                }
              />
              {topic}
            </label>
          ))}
          <p className="hint">Advice stays within these topics.</p>
          {fieldErrors.topics && (
            <p className="field-error" id={`${id}-topics-error`}>
              {fieldErrors.topics}
            </p>
          )}
        </fieldset>
        <FormField id={`${id}-cadence`} label="Meet every (days)" error={fieldErrors.cadence_days}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={92}
              value={terms.cadence_days}
              onChange={(e) => change({ cadence_days: Number(e.target.value) })}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-confidentiality`}
          label="Confidentiality statement"
          hint="Both of you acknowledge it by signing."
          error={fieldErrors.confidentiality_statement}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={terms.confidentiality_statement}
              onChange={(e) => change({ confidentiality_statement: e.target.value })}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || (agreement.drafted && !dirty)}>
            Save agreement
          </button>
        </div>
      </form>

      <div className="agreement-signatures">
        <ul>
          <li>
            The mentee ({you('mentee')}): {agreement.mentee_signed_at ? `signed ${formatDateTime(agreement.mentee_signed_at)}` : 'not signed'}
          </li>
          <li>
            The mentor ({you('mentor')}): {agreement.mentor_signed_at ? `signed ${formatDateTime(agreement.mentor_signed_at)}` : 'not signed'}
          </li>
        </ul>
        <p className="agreement-state">{signatureState}</p>
        {agreement.drafted && !mineSigned && (
          <button type="button" className="button button-primary" disabled={busy || dirty} onClick={() => void sign()}>
            Sign version {agreement.version}
          </button>
        )}
        {dirty && agreement.drafted && <p className="hint">Save your changes first: you sign what both of you can read.</p>}
      </div>
      <StatusMessage kind="status" message={busy ? 'Working…' : status} />
      <StatusMessage kind="error" message={error ?? loaded.error} />
    </section>
  );
}
