import { useState } from 'react';
import { errorMessage, orWhenRefused } from '../../api/client';
import { matchingApi } from './matchingApi';
import { programmesApi } from '../programmes/programmesApi';
import type { MatchRequest, MentorRecommendation, Pair } from './types';
import type { Programme } from '../programmes/types';
import { MentorRecommendations } from './MentorRecommendations';
import { MentorRequests } from './MentorRequests';
import { PairCard } from './PairCard';
import { RankingPanel } from './RankingPanel';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

interface MyProgrammePairsProps {
  programmeId: number;
  /** The viewer's role in this programme: mentor or mentee. */
  role: string;
  personId: string | null;
}

/** Pairs that hold the person: proposed, accepted (agreement being drafted) or active. */
const OPEN = new Set(['proposed', 'accepted', 'active']);

/** What a participant's programme shows them: their pairs and, when mentees choose, what they choose from. */
interface ProgrammePairs {
  programme: Programme;
  pairs: Pair[];
  /** Mentors a mentee without a pair may ask; null when there is nothing to choose. */
  recommendations: MentorRecommendation[] | null;
  /** Mentees asking this mentor to be theirs; null for a mentee, or when the server keeps no list. */
  requests: MatchRequest[] | null;
  /** Why there are no recommendations, when the programme says so (409). */
  notice: string | null;
}

async function readProgrammePairs(programmeId: number, role: string): Promise<ProgrammePairs> {
  const programme = await programmesApi.getProgramme(programmeId);
  const pairs = await matchingApi.listPairs(programmeId);
  const found: ProgrammePairs = { programme, pairs, recommendations: null, requests: null, notice: null };
  if (programme.matching_mode !== 'self_selected') return found;
  const paired = pairs.some((pair) => OPEN.has(pair.status));
  if (role === 'mentee' && !paired) {
    found.recommendations = await orWhenRefused(matchingApi.recommendations(programmeId), [409], (e) => {
      found.notice = errorMessage(e);
      return [];
    });
  }
  if (role === 'mentor') {
    // A server without a list of requests: the section stays hidden.
    found.requests = await orWhenRefused(matchingApi.listRequests(programmeId), [404, 405], () => null);
  }
  return found;
}

/**
 * One programme as a participant sees it: their pairs to accept or decline, then the agreement to draft and
 * sign, and, when they choose, mentors or requests.
 */
export function MyProgrammePairs({ programmeId, role, personId }: MyProgrammePairsProps) {
  const loaded = useApi(() => readProgrammePairs(programmeId, role), [programmeId, role]);
  const { programme = null, pairs = [], recommendations = null, requests = null, notice = null } = loaded.data ?? {};
  const [requested, setRequested] = useState<Set<string>>(new Set());
  // Only the first read counts as loading: the pairs stay up while an answered request reads them again.
  const loading = loaded.loading && !loaded.data;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? loaded.error;

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

  const replacePair = (updated: Pair) =>
    loaded.setData((d) => d && { ...d, pairs: d.pairs.map((p) => (p.id === updated.id ? { ...p, ...updated } : p)) });

  const acceptPair = (pair: Pair) =>
    act(async () => {
      const updated = await matchingApi.acceptPair(pair.id);
      replacePair(updated);
      return updated.status === 'accepted'
        ? 'You accepted. Both of you have accepted: now write your agreement together and both sign it.'
        : 'You accepted. Once the other person accepts too, you write your agreement together.';
    }, 'The pair was not accepted.');

  const declinePair = (pair: Pair, reason: string) =>
    act(async () => {
      replacePair(await matchingApi.declinePair(pair.id, reason));
      return reason.trim()
        ? 'You declined the pair. Your reason goes to the administrators only.'
        : 'You declined the pair.';
    }, 'The pair was not declined.');

  const requestMentor = (r: MentorRecommendation) =>
    act(async () => {
      await matchingApi.requestMentor(programmeId, r.mentor);
      setRequested((set) => new Set(set).add(r.mentor));
      return `You asked ${r.name || r.mentor} to be your mentor. You will see the pair here once they accept.`;
    }, 'The request was not sent.');

  const answerRequest = (request: MatchRequest, accept: boolean) =>
    act(async () => {
      const answer = await matchingApi.answerRequest(programmeId, request.id, accept);
      await loaded.reload();
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
      <StatusMessage kind="status" message={loading ? 'Loading your pairs…' : busy ? 'Working…' : (status ?? notice)} />
      <StatusMessage kind="error" message={error} />

      {!loading && (
        <>
          <h3>Your pairs</h3>
          {pairs.length === 0 || !personId ? (
            <p className="empty">You have no pairs in this programme yet.</p>
          ) : (
            <div className="pair-cards" aria-label={`Your pairs in ${programme?.name ?? 'this programme'}`} role="list">
              {pairs.map((pair) => (
                <div role="listitem" key={pair.id}>
                  <PairCard
                    pair={pair}
                    personId={personId}
                    busy={busy}
                    onAccept={(p) => void acceptPair(p)}
                    onDecline={(p, reason) => void declinePair(p, reason)}
                    onPairChanged={replacePair}
                  />
                </div>
              ))}
            </div>
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
