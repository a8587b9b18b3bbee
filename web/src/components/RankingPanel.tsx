import { useState } from 'react';
import { api, errorMessage } from '../api';
import { StatusMessage } from './StatusMessage';

interface RankingPanelProps {
  programmeId: number;
  /** The viewer's role: a mentee ranks mentors, a mentor ranks mentees. */
  role: string;
}

/**
 * A ranked programme's "Rank your matches": the viewer lists people of the other side by employee ID, orders
 * them best first with Move up / Move down, and saves the ranking for the administrator's stable matching.
 */
export function RankingPanel({ programmeId, role }: RankingPanelProps) {
  const other = role === 'mentor' ? 'mentees' : 'mentors';
  const [ranking, setRanking] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = `ranking-add-${programmeId}`;
  const headingId = `ranking-heading-${programmeId}`;

  function add() {
    const ids = draft
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const next = [...ranking];
    for (const id of ids) if (!next.includes(id)) next.push(id);
    setRanking(next);
    setDraft('');
    setError(null);
    setStatus(ids.length ? `Your list has ${next.length} ${next.length === 1 ? 'person' : 'people'}. Not saved yet.` : null);
  }

  function move(index: number, by: number) {
    const target = index + by;
    if (target < 0 || target >= ranking.length) return;
    const next = [...ranking];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(target, 0, moved);
    setRanking(next);
    setStatus(`Moved ${ranking[index]} to place ${target + 1} of ${next.length}. Not saved yet.`);
  }

  function remove(index: number) {
    const id = ranking[index];
    setRanking(ranking.filter((_, i) => i !== index));
    setStatus(`Removed ${id}. Not saved yet.`);
  }

  async function save() {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const saved = await api.saveRanking(programmeId, ranking);
      setStatus(`Your ranking of ${saved.length} ${saved.length === 1 ? 'person' : 'people'} is saved.`);
    } catch (e) {
      setError(`The ranking was not saved. ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="ranking panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Rank your matches</h3>
      <p className="meta">
        List the {other} you would like to be paired with, best first. The programme administrator matches everyone
        from all rankings.
      </p>
      <label htmlFor={inputId}>Employee IDs of {other} to add (one per line)</label>
      <textarea id={inputId} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} disabled={busy} />
      <button type="button" className="button button-small" onClick={add} disabled={busy || draft.trim() === ''}>
        Add to ranking
      </button>
      {ranking.length === 0 ? (
        <p className="empty">Your ranking is empty.</p>
      ) : (
        <ol className="ranking-list" aria-label="Your ranking">
          {ranking.map((id, index) => (
            <li key={id}>
              <span className="ranking-id">{id}</span>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => move(index, -1)}
                disabled={busy || index === 0}
                aria-label={`Move ${id} up`}
              >
                Move up
              </button>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => move(index, 1)}
                disabled={busy || index === ranking.length - 1}
                aria-label={`Move ${id} down`}
              >
                Move down
              </button>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => remove(index)}
                disabled={busy}
                aria-label={`Remove ${id}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
        Save ranking
      </button>
      <StatusMessage kind="status" message={busy ? 'Saving your ranking…' : status} />
      <StatusMessage kind="error" message={error} />
    </section>
  );
}
