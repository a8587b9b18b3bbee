import { useMemo, useState } from 'react';
import { errorMessage, orWhenRefused } from '../../api/client';
import { matchingApi } from './matchingApi';
import { programmesApi } from '../programmes/programmesApi';
import { hrefFor } from '../../shared/routes';
import { usePeopleNames } from '../../shared/usePeopleNames';
import type { Proposal } from './types';
import { PageHeading } from '../../shared/ui/PageHeading';
import { PairsTable } from './PairsTable';
import { PinPairForm } from './PinPairForm';
import { ProposalsTable, pairKey } from './ProposalsTable';
import { PublishProposals } from './PublishProposals';
import { RunSummary } from './RunSummary';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { UnmatchedList } from './UnmatchedList';
import { useApi } from '../../shared/useApi';

/** A missing resource (no run yet, say) reads as nothing rather than as an error. */
const orNull = <T,>(read: Promise<T>) => orWhenRefused(read, [404], () => null);

/** An administrator's matching board for one programme: run, review, adjust and publish proposals. */
export function MatchingBoard({ programmeId }: { programmeId: number }) {
  const { data: programme, loading: programmeLoading, error: programmeError } = useApi(
    () => programmesApi.getProgramme(programmeId),
    [programmeId],
  );
  const profilesRead = useApi(() => orWhenRefused(matchingApi.listProfiles(programmeId), [404], () => []), [programmeId]);
  // The latest run and the pairs, read again after each action that changes them.
  const board = useApi(
    () => Promise.all([orNull(matchingApi.latestRun(programmeId)), matchingApi.listPairs(programmeId)]),
    [programmeId],
  );
  const [detail, pairs] = board.data ?? [null, []];
  const profiles = profilesRead.data ?? [];
  const reload = board.reload;
  const [forbidden, setForbidden] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string[]>([]);
  // Only the first reads count as loading: the board stays up while an action reads it again.
  const loading = programmeLoading || profilesRead.loading || (board.loading && !board.data);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? programmeError ?? profilesRead.error ?? board.error;

  const ids = useMemo(() => {
    const all: string[] = [];
    for (const p of detail?.proposals ?? []) all.push(p.mentee, p.mentor);
    for (const u of detail?.unmatched ?? []) all.push(u.employee_id);
    for (const p of pairs) all.push(p.mentee, p.mentor);
    for (const p of profiles) all.push(p.employee_id);
    return all;
  }, [detail, pairs, profiles]);
  const lookup = usePeopleNames(ids, true);

  /** Runs one admin action: clears old messages, shows the outcome or the API's refusal. */
  async function act(action: () => Promise<string>, failure: string) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (e) {
      setError(`${failure} ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const runMatching = () =>
    act(async () => {
      await matchingApi.runMatching(programmeId);
      await reload();
      setForbidden(new Set());
      setSelected([]);
      return 'Matching ran. The proposals below are the new run.';
    }, 'Matching did not run.');

  const pin = (mentee: string, mentor: string) =>
    act(async () => {
      await matchingApi.pin(programmeId, mentee, mentor);
      return `Pinned ${lookup(mentee)} with ${lookup(mentor)}. Run matching again to apply it.`;
    }, 'The pair was not pinned.');

  const unpin = (p: Proposal) =>
    act(async () => {
      await matchingApi.unpin(programmeId, p.mentee);
      return `Unpinned ${lookup(p.mentee)}. Run matching again to apply it.`;
    }, 'The pin was not removed.');

  const forbid = (p: Proposal) =>
    act(async () => {
      await matchingApi.forbid(programmeId, p.mentee, p.mentor);
      setForbidden((set) => new Set(set).add(pairKey(p.mentee, p.mentor)));
      return `Forbade ${lookup(p.mentee)} with ${lookup(p.mentor)}. Run matching again to find other pairs.`;
    }, 'The pair was not forbidden.');

  const allow = (p: Proposal) =>
    act(async () => {
      await matchingApi.unforbid(programmeId, p.mentee, p.mentor);
      setForbidden((set) => {
        const next = new Set(set);
        next.delete(pairKey(p.mentee, p.mentor));
        return next;
      });
      return `${lookup(p.mentee)} and ${lookup(p.mentor)} may be paired again.`;
    }, 'The pair was not allowed again.');

  const check = (mentee: string, mentor: string) =>
    act(async () => {
      const result = await matchingApi.checkPair(programmeId, mentee, mentor);
      if (result.allowed) return `${lookup(mentee)} and ${lookup(mentor)} may be paired: no rule is broken.`;
      throw new Error(`${lookup(mentee)} and ${lookup(mentor)} break rule ${result.rule}${result.detail ? `: ${result.detail}` : ''}.`);
    }, 'This pair is not allowed.');

  const swap = () => {
    const [a, b] = selected;
    if (!a || !b) return;
    return act(async () => {
      await matchingApi.swap(programmeId, a, b);
      await reload();
      setSelected([]);
      return `Swapped the mentors of ${lookup(a)} and ${lookup(b)}.`;
    }, 'The mentors were not swapped.');
  };

  const publish = () =>
    act(async () => {
      const result = await matchingApi.publish(programmeId);
      await reload();
      if (result.already_published) return 'This run was published already; nothing changed.';
      const n = result.pairs_created;
      return `Published ${n} pair ${n === 1 ? 'proposal' : 'proposals'}. Both people in each pair are asked to accept.`;
    }, 'The proposals were not published.');

  const toggleSelected = (mentee: string) =>
    setSelected((current) =>
      current.includes(mentee) ? current.filter((m) => m !== mentee) : [...current, mentee].slice(-2),
    );

  const title = programme ? `Matching: ${programme.name}` : 'Matching';
  const selfSelected = programme?.matching_mode === 'self_selected';
  const published = Boolean(detail?.published_at);
  const proposals = detail?.proposals ?? [];

  return (
    <div className="page matching-board">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>{programme ? programme.name : 'Programme'}</a>
      </p>
      <div className="page-title-row">
        <PageHeading>{title}</PageHeading>
        {programme && !selfSelected && (
          <button type="button" className="button button-primary" disabled={busy || loading} onClick={runMatching}>
            Run matching
          </button>
        )}
      </div>

      <StatusMessage kind="status" message={loading ? 'Loading the matching board…' : busy ? 'Working…' : status} />
      <StatusMessage kind="error" message={error} />

      {!loading && selfSelected && (
        <p className="meta">
          In this programme mentees choose their mentors from recommendations, so there is nothing to run. Pairs appear below as
          mentors accept requests.
        </p>
      )}

      {!loading && !selfSelected && !detail && <p className="empty">Matching has not run yet. Run it to see proposals.</p>}

      {detail && (
        <>
          <RunSummary run={detail} lookup={lookup} />

          <section aria-labelledby="proposals-heading" className="board-section">
            <h2 id="proposals-heading">Proposals</h2>
            {proposals.length === 0 ? (
              <p className="empty">This run proposed no pairs.</p>
            ) : (
              <>
                <ProposalsTable
                  proposals={proposals}
                  lookup={lookup}
                  forbidden={forbidden}
                  selected={selected}
                  canSwap={!published}
                  busy={busy}
                  onToggleSelected={toggleSelected}
                  onPin={(p) => void pin(p.mentee, p.mentor)}
                  onUnpin={(p) => void unpin(p)}
                  onForbid={(p) => void forbid(p)}
                  onAllow={(p) => void allow(p)}
                />
                {!published && (
                  <div className="swap-bar">
                    <button type="button" className="button" disabled={busy || selected.length !== 2} onClick={() => void swap()}>
                      Swap mentors
                    </button>
                    <span className="hint" aria-live="polite">
                      {selected.length === 2
                        ? `Exchange the mentors of ${lookup(selected[0] ?? '')} and ${lookup(selected[1] ?? '')}.`
                        : 'Choose two proposals to exchange their mentors.'}
                    </span>
                  </div>
                )}
              </>
            )}
            <PublishProposals count={proposals.length} busy={busy} published={published} onPublish={() => void publish()} />
          </section>

          <section aria-labelledby="unmatched-heading" className="board-section">
            <h2 id="unmatched-heading">Unmatched</h2>
            <UnmatchedList unmatched={detail.unmatched} lookup={lookup} />
          </section>
        </>
      )}

      {!loading && !selfSelected && profiles.length > 0 && (
        <div className="board-section panel">
          <PinPairForm
            profiles={profiles}
            lookup={lookup}
            busy={busy}
            onCheck={(a, b) => void check(a, b)}
            onPin={(a, b) => void pin(a, b)}
          />
        </div>
      )}

      <section aria-labelledby="pairs-heading" className="board-section">
        <h2 id="pairs-heading">Pairs</h2>
        {pairs.length === 0 ? (
          <p className="empty">No pairs yet. Publishing proposals creates them.</p>
        ) : (
          <PairsTable pairs={pairs} caption="Pairs in this programme" lookup={lookup} />
        )}
      </section>
    </div>
  );
}
