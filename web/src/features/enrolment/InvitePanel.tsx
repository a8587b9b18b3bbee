import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { directoryApi } from '../directory/directoryApi';
import { enrolmentApi, type InviteOutcome, type InviteRequest } from './enrolmentApi';
import type { Person } from '../directory/types';
import type { Side } from '../programmes/types';
import { FormField } from '../../shared/ui/FormField';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface InvitePanelProps {
  programmeId: number;
  onInvited: (outcome: InviteOutcome) => void;
}

type Mode = 'people' | 'filter';

function outcomeText(outcome: InviteOutcome): string {
  const again = outcome.reissued > 0 ? ` (${outcome.reissued} of them again, with a new link)` : '';
  const skipped =
    outcome.skipped.length > 0
      ? ` Skipped ${outcome.skipped.length}: ${outcome.skipped.map((s) => `${s.employee_id} (${s.reason})`).join('; ')}.`
      : '';
  return `Invited ${outcome.invited}${again}.${skipped}`;
}

/** Invite people as mentors or mentees: picked from the directory, or everyone matching a filter. */
export function InvitePanel({ programmeId, onInvited }: InvitePanelProps) {
  const [side, setSide] = useState<Side>('mentor');
  const [mode, setMode] = useState<Mode>('people');
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Person[]>([]);
  const [picked, setPicked] = useState<Person[]>([]);
  const [gradeMin, setGradeMin] = useState('');
  const [gradeMax, setGradeMax] = useState('');
  const [department, setDepartment] = useState('');
  const [location, setLocation] = useState('');
  const [days, setDays] = useState('14');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const page = await directoryApi.listPeople(search.trim(), null, 20);
      setResults(page.items);
      if (page.items.length === 0) setStatus('Nobody in the directory matches that search.');
      else setStatus(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function pick(person: Person) {
    setPicked((list) => (list.some((p) => p.employee_id === person.employee_id) ? list : [...list, person]));
  }

  async function invite() {
    setBusy(true);
    setStatus(null);
    setError(null);
    setFieldError(null);
    const body: InviteRequest = { side, expires_in_days: Number(days) || 14 };
    if (mode === 'people') {
      body.employee_ids = picked.map((p) => p.employee_id);
    } else {
      body.filter = {
        grade_min: gradeMin.trim() === '' ? null : Number(gradeMin),
        grade_max: gradeMax.trim() === '' ? null : Number(gradeMax),
        department: department.trim() || null,
        location: location.trim() || null,
      };
    }
    try {
      const outcome = await enrolmentApi.invite(programmeId, body);
      setStatus(outcomeText(outcome));
      if (mode === 'people') setPicked([]);
      onInvited(outcome);
    } catch (e) {
      if (e instanceof ApiError && e.problem.field) {
        setFieldError({ field: e.problem.field, message: e.problem.detail ?? 'Not valid.' });
      }
      setError(`Nobody was invited. ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const err = (field: string) => (fieldError && fieldError.field.startsWith(field) ? fieldError.message : undefined);

  return (
    <section className="panel invite-panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite people</h2>
      <fieldset className="plain-fieldset" disabled={busy}>
        <fieldset>
          <legend>Invite them as</legend>
          {(['mentor', 'mentee'] as const).map((value) => (
            <div key={value} className="checkbox">
              <input
                type="radio"
                id={`invite-side-${value}`}
                name="invite-side"
                checked={side === value}
                onChange={() => setSide(value)}
              />
              <label htmlFor={`invite-side-${value}`}>{value === 'mentor' ? 'Mentors' : 'Mentees'}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Whom</legend>
          {(
            [
              ['people', 'People I pick from the directory'],
              ['filter', 'Everyone matching a filter'],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="checkbox">
              <input
                type="radio"
                id={`invite-mode-${value}`}
                name="invite-mode"
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              <label htmlFor={`invite-mode-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      {mode === 'people' ? (
        <div className="invite-people">
          <form className="search-form" role="search" onSubmit={find}>
            <label htmlFor="invite-search">Find people</label>
            <input
              id="invite-search"
              type="search"
              placeholder="Name, email, employee id, department"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="button">
              Search
            </button>
          </form>
          {results.length > 0 && (
            <ul className="invite-results" aria-label="Search results">
              {results.map((person) => (
                <li key={person.employee_id}>
                  <span>
                    {person.name ?? person.employee_id}{' '}
                    <span className="cell-sub">
                      {person.employee_id} · grade {person.grade ?? '?'} · {person.department ?? 'no department'}
                      {person.email ? '' : ' · no email'}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!person.active || picked.some((p) => p.employee_id === person.employee_id)}
                    aria-label={`Add ${person.name ?? person.employee_id}`}
                    onClick={() => pick(person)}
                  >
                    Add
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3>To invite ({picked.length})</h3>
          {picked.length === 0 ? (
            <p className="empty">Search the directory and add the people to invite.</p>
          ) : (
            <ul className="invite-picked">
              {picked.map((person) => (
                <li key={person.employee_id}>
                  {person.name ?? person.employee_id} <span className="cell-sub">{person.employee_id}</span>{' '}
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={`Remove ${person.name ?? person.employee_id}`}
                    onClick={() => setPicked((list) => list.filter((p) => p.employee_id !== person.employee_id))}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <div className="field-row field-row-3">
          <FormField id="invite-grade-min" label="Lowest grade" error={err('filter.grade_min')}>
            {(control) => (
              <input {...control} type="number" step={1} value={gradeMin} onChange={(e) => setGradeMin(e.target.value)} />
            )}
          </FormField>
          <FormField id="invite-grade-max" label="Highest grade" error={err('filter.grade_max')}>
            {(control) => (
              <input {...control} type="number" step={1} value={gradeMax} onChange={(e) => setGradeMax(e.target.value)} />
            )}
          </FormField>
          <FormField id="invite-department" label="Department" error={err('filter.department')}>
            {(control) => (
              <input {...control} type="text" value={department} onChange={(e) => setDepartment(e.target.value)} />
            )}
          </FormField>
          <FormField id="invite-location" label="Location" error={err('filter.location')}>
            {(control) => (
              <input {...control} type="text" value={location} onChange={(e) => setLocation(e.target.value)} />
            )}
          </FormField>
        </div>
      )}
      <FormField
        id="invite-days"
        label="Links expire after (days)"
        hint="Each person gets an email with a link that works once."
        error={err('expires_in_days')}
      >
        {(control) => (
          <input {...control} type="number" min={1} max={90} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
        )}
      </FormField>
      <StatusMessage kind="error" message={error} />
      <StatusMessage kind="status" message={busy ? 'Inviting…' : status} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || (mode === 'people' && picked.length === 0)}
          onClick={invite}
        >
          Send invitations
        </button>
      </div>
    </section>
  );
}
