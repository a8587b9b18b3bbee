import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { matchingApi } from './matchingApi';
import type { RankingCandidate } from './types';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { useApi } from '../../shared/useApi';

/** The places the viewer saved before, best first, as employee ids. */
function savedRanking(candidates: RankingCandidate[]): string[] {
  return candidates
    .filter((c) => c.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((c) => c.employee_id);
}

const candidatesProblem = (e: unknown) => `The people you may rank could not be loaded. ${errorMessage(e)}`;

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
  // The people the viewer may rank (the other side, passing every hard rule), with their saved places.
  const loaded = useApi(() => matchingApi.rankingCandidates(programmeId), [programmeId], candidatesProblem);
  const candidates = loaded.data ?? [];
  // The viewer's list once they change it; until then, the ranking they saved.
  const [edited, setRanking] = useState<string[] | null>(null);
  const ranking = edited ?? savedRanking(candidates);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loaded.error;
  const inputId = `ranking-add-${programmeId}`;

  const nameOf = (id: string) => candidates.find((c) => c.employee_id === id)?.name || id;

  function addCandidate(id: string) {
    if (ranking.includes(id)) return;
    const next = [...ranking, id];
    setRanking(next);
    setError(null);
    setStatus(`Added ${nameOf(id)} at place ${next.length}. Not saved yet.`);
  }
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
      const saved = await matchingApi.saveRanking(programmeId, ranking);
      setStatus(`Your ranking of ${saved.length} ${saved.length === 1 ? 'person' : 'people'} is saved.`);
    } catch (e) {
      setError(`The ranking was not saved. ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const candidateName = (candidate: RankingCandidate) => candidate.name || candidate.employee_id;
  const candidateColumns: Column<RankingCandidate>[] = [
    { key: 'name', header: 'Name', cell: candidateName },
    { key: 'title', header: 'Title', cell: (candidate) => candidate.title },
    { key: 'department', header: 'Department', cell: (candidate) => candidate.department },
    { key: 'score', header: 'Score', cell: (candidate) => candidate.score },
    {
      key: 'action',
      header: <span className="visually-hidden">Action</span>,
      cell: (candidate) => (
        <button
          type="button"
          className="button button-small"
          onClick={() => addCandidate(candidate.employee_id)}
          disabled={busy || ranking.includes(candidate.employee_id)}
          aria-label={`Add ${candidateName(candidate)} to your ranking`}
        >
          Add
        </button>
      ),
    },
  ];

  return (
    <section className="ranking panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Rank your matches</h3>
      <p className="meta">
        List the {other} you would like to be paired with, best first. The programme administrator matches everyone
        from all rankings.
      </p>
      {candidates.length > 0 && (
        <DataTable
          caption="People you may rank"
          columns={candidateColumns}
          rows={candidates}
          rowKey={(candidate) => candidate.employee_id}
        />
      )}
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
              {nameOf(id) !== id && <span className="ranking-name">{nameOf(id)} </span>}
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
