import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, errorMessage } from '../api';
import { PAIR_STATUS_LABELS } from '../labels';
import type { MatchRequest, MentorRecommendation, Pair, Programme } from '../types';
import { MentorRecommendations } from './MentorRecommendations';
import { MentorRequests } from './MentorRequests';
import { PairsTable } from './PairsTable';
import { RankingPanel } from './RankingPanel';
import { StatusMessage } from './StatusMessage';

interface MyProgrammePairsProps {
  programmeId: number;
  /** The viewer's role in this programme: mentor or mentee. */
  role: string;
  personId: string | null;
}

const OPEN = new Set(['proposed', 'active']);

/** One programme as a participant sees it: their pairs to accept or decline and, when they choose, mentors or requests. */
export function MyProgrammePairs({ programmeId, role, personId }: MyProgrammePairsProps) {
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [recommendations, setRecommendations] = useState<MentorRecommendation[] | null>(null);
  const [requests, setRequests] = useState<MatchRequest[] | null>(null);
  const [requested, setRequested] = useState<Set<string>>(new Set());
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = new Map<string, string>();
  for (const r of recommendations ?? []) if (r.name) names.set(r.mentor, r.name);
  const lookup = (id: string) => names.get(id) ?? id;

  const load = useCallback(async () => {
    const p = await api.getProgramme(programmeId);
    setProgramme(p);
    const myPairs = await api.listPairs(programmeId);
    setPairs(myPairs);
    if (p.matching_mode !== 'self_selected') return;
    const paired = myPairs.some((pair) => OPEN.has(pair.status));
    if (role === 'mentee' && !paired) {
      try {
        setRecommendations(await api.recommendations(programmeId));
      } catch (e) {
        setRecommendations([]);
        if (!(e instanceof ApiError && e.status === 409)) throw e;
        setStatus(errorMessage(e));
      }
    } else {
      setRecommendations(null);
    }
    if (role === 'mentor') {
      try {
        setRequests(await api.listRequests(programmeId));
      } catch (e) {
        // A server without a list of requests: the section stays hidden.
        if (!(e instanceof ApiError && (e.status === 404 || e.status === 405))) throw e;
        setRequests(null);
      }
    }
  }, [programmeId, role]);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    load()
      .catch((e: unknown) => {
        if (!cancelled) setError(errorMessage(e));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [load]);

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

  const answerPair = (pair: Pair, accept: boolean) =>
    act(async () => {
      const updated = accept ? await api.acceptPair(pair.id) : await api.declinePair(pair.id);
      setPairs((list) => list.map((p) => (p.id === updated.id ? { ...p, ...updated } : p)));
      if (!accept) return 'You declined the pair.';
      return updated.status === 'active'
        ? 'You accepted. Both of you have accepted, so the pair is active.'
        : 'You accepted. The pair becomes active once the other person accepts too.';
    }, accept ? 'The pair was not accepted.' : 'The pair was not declined.');

  const requestMentor = (r: MentorRecommendation) =>
    act(async () => {
      await api.requestMentor(programmeId, r.mentor);
      setRequested((set) => new Set(set).add(r.mentor));
      return `You asked ${r.name || r.mentor} to be your mentor. You will see the pair here once they accept.`;
    }, 'The request was not sent.');

  const answerRequest = (request: MatchRequest, accept: boolean) =>
    act(async () => {
      const answer = await api.answerRequest(programmeId, request.id, accept);
      await load();
      const who = request.mentee_name || request.mentee;
      return accept && answer.pair
        ? `You accepted ${who}'s request. The pair is proposed until they accept it too.`
        : `You declined ${who}'s request.`;
    }, 'The request was not answered.');

  const headingId = `my-programme-${programmeId}`;
  const selfSelected = programme?.matching_mode === 'self_selected';
  const roleLabel = role === 'mentor' ? 'Mentor' : role === 'mentee' ? 'Mentee' : role;

  return (
    <section className="my-programme" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {programme?.name ?? 'Programme'} <span className="badge">{roleLabel}</span>
      </h2>
      <StatusMessage kind="status" message={loading ? 'Loading your pairs…' : busy ? 'Working…' : status} />
      <StatusMessage kind="error" message={error} />

      {!loading && (
        <>
          <h3>Your pairs</h3>
          {pairs.length === 0 ? (
            <p className="empty">You have no pairs in this programme yet.</p>
          ) : (
            <PairsTable
              pairs={pairs}
              caption={`Your pairs in ${programme?.name ?? 'this programme'}`}
              lookup={lookup}
              personId={personId}
              busy={busy}
              onAccept={(pair) => void answerPair(pair, true)}
              onDecline={(pair) => void answerPair(pair, false)}
            />
          )}
          {pairs.some((p) => p.status === 'active') && (
            <p className="meta">
              {PAIR_STATUS_LABELS.active}: you and your {role === 'mentor' ? 'mentee' : 'mentor'} can start meeting.
            </p>
          )}

          {selfSelected && role === 'mentee' && recommendations && (
            <>
              <h3>Recommended mentors</h3>
              <MentorRecommendations
                recommendations={recommendations}
                requested={requested}
                busy={busy}
                onRequest={(r) => void requestMentor(r)}
              />
            </>
          )}

          {programme?.matching_mode === 'ranked' && (role === 'mentee' || role === 'mentor') && (
            <RankingPanel programmeId={programmeId} role={role} />
          )}

          {selfSelected && role === 'mentor' && requests && (
            <>
              <h3>Requests</h3>
              <MentorRequests requests={requests} busy={busy} onAnswer={(r, accept) => void answerRequest(r, accept)} />
            </>
          )}
        </>
      )}
    </section>
  );
}
