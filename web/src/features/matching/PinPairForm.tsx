import { useState, type FormEvent } from 'react';
import type { MatchProfile } from './types';

interface PinPairFormProps {
  profiles: MatchProfile[];
  lookup: (id: string) => string;
  busy: boolean;
  onCheck: (mentee: string, mentor: string) => void;
  onPin: (mentee: string, mentor: string) => void;
}

/** Force a chosen mentee and mentor together: check the pair against the rules, or pin it for the next run. */
export function PinPairForm({ profiles, lookup, busy, onCheck, onPin }: PinPairFormProps) {
  const mentees = profiles.filter((p) => p.side === 'mentee');
  const mentors = profiles.filter((p) => p.side === 'mentor');
  const [mentee, setMentee] = useState('');
  const [mentor, setMentor] = useState('');
  const ready = mentee !== '' && mentor !== '' && !busy;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ready) onPin(mentee, mentor);
  }

  const option = (p: MatchProfile) => {
    const name = lookup(p.employee_id);
    return (
      <option key={p.employee_id} value={p.employee_id}>
        {name === p.employee_id ? name : `${name} (${p.employee_id})`}
      </option>
    );
  };

  return (
    <form className="pin-pair-form" onSubmit={submit} aria-labelledby="pin-pair-heading">
      <h3 id="pin-pair-heading">Pin a pair of your choice</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="pin-mentee">Mentee</label>
          <select id="pin-mentee" value={mentee} onChange={(e) => setMentee(e.target.value)}>
            <option value="">Choose a mentee</option>
            {mentees.map(option)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pin-mentor">Mentor</label>
          <select id="pin-mentor" value={mentor} onChange={(e) => setMentor(e.target.value)}>
            <option value="">Choose a mentor</option>
            {mentors.map(option)}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={!ready} onClick={() => onCheck(mentee, mentor)}>
          Check pair
        </button>
        <button type="submit" className="button" disabled={!ready}>
          Pin pair
        </button>
      </div>
    </form>
  );
}
