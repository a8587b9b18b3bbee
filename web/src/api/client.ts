import type {
  ImportReport,
  MatchProfile,
  MatchRequest,
  MentorRecommendation,
  RankingCandidate,
  Pair,
  PairCheck,
  PublishResult,
  RequestAnswer,
  RunDetail,
  MatchRunSummary,
  Proposal,
  ImportRequest,
  LoginResponse,
  Me,
  Page,
  Person,
  Problem,
  Programme,
  ProgrammeInput,
  ProgrammeTemplate,
} from '../types';

const BASE = '/api/v1';
const CSRF_COOKIE = 'upward_csrf';
const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** An error response from the API, carrying its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfter: string | null;

  constructor(status: number, problem: Problem, retryAfter: string | null) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

let rememberedCsrf: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Called when a request made while signed in comes back 401 (session expired). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function rememberCsrfToken(token: string | null | undefined): void {
  rememberedCsrf = token ?? null;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return null;
}

function csrfToken(): string | null {
  return readCookie(CSRF_COOKIE) ?? rememberedCsrf;
}

interface RequestOptions {
  body?: unknown;
  /** Do not treat a 401 as an expired session (used by sign-in and the initial check). */
  quietUnauthorized?: boolean;
}

/** One API call: JSON in and out, CSRF header on unsafe methods, problems thrown as ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const token = csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { title: 'Network error', detail: 'Could not reach the server. Check your connection and try again.' }, null);
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const problem: Problem =
      data && typeof data === 'object' ? (data as Problem) : { title: response.statusText, status: response.status };
    if (response.status === 401 && !options.quietUnauthorized && unauthorizedHandler) {
      unauthorizedHandler();
    }
    throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
  }
  return data as T;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface Items<T> {
  items: T[];
}

interface PairOfPeople {
  mentee: string;
  mentor: string;
}

export const api = {
  login: (email: string, password: string) =>
    request<LoginResponse>('POST', '/auth/login', { body: { email, password }, quietUnauthorized: true }),
  logout: () => request<null>('POST', '/auth/logout', { quietUnauthorized: true }),
  me: () => request<Me>('GET', '/me', { quietUnauthorized: true }),

  listPeople: (q: string, cursor: string | null, limit = 50) =>
    request<Page<Person>>('GET', `/people${query({ q, limit, cursor })}`),
  importPeople: (body: ImportRequest) => request<ImportReport>('POST', '/people/import', { body }),

  listProgrammes: (cursor: string | null, limit = 50) =>
    request<Page<Programme>>('GET', `/programmes${query({ limit, cursor })}`),
  getProgramme: (id: number) => request<Programme>('GET', `/programmes/${id}`),
  createProgramme: (body: ProgrammeInput) => request<Programme>('POST', '/programmes', { body }),
  updateProgramme: (id: number, body: ProgrammeInput) =>
    request<Programme>('PATCH', `/programmes/${id}`, { body }),
  archiveProgramme: (id: number) => request<Programme>('POST', `/programmes/${id}/archive`),
  listProgrammeTemplates: () => request<ProgrammeTemplate[]>('GET', '/programme-templates'),
  getPerson: (employeeId: string) => request<Person>('GET', `/people/${encodeURIComponent(employeeId)}`),

  // Matching: an administrator's board.
  listProfiles: (programmeId: number) =>
    request<Items<MatchProfile>>('GET', `/programmes/${programmeId}/profiles`).then((r) => r.items),
  runMatching: (programmeId: number) => request<MatchRunSummary>('POST', `/programmes/${programmeId}/match/runs`),
  latestRun: (programmeId: number) => request<RunDetail>('GET', `/programmes/${programmeId}/match/runs/latest`),
  pin: (programmeId: number, mentee: string, mentor: string) =>
    request<PairOfPeople>('POST', `/programmes/${programmeId}/match/pins`, { body: { mentee, mentor } }),
  unpin: (programmeId: number, mentee: string) =>
    request<null>('DELETE', `/programmes/${programmeId}/match/pins${query({ mentee })}`),
  forbid: (programmeId: number, mentee: string, mentor: string) =>
    request<PairOfPeople>('POST', `/programmes/${programmeId}/match/forbids`, { body: { mentee, mentor } }),
  unforbid: (programmeId: number, mentee: string, mentor: string) =>
    request<null>('DELETE', `/programmes/${programmeId}/match/forbids${query({ mentee, mentor })}`),
  swap: (programmeId: number, menteeA: string, menteeB: string) =>
    request<{ proposals: Proposal[] }>('POST', `/programmes/${programmeId}/match/swap`, {
      body: { mentee_a: menteeA, mentee_b: menteeB },
    }).then((r) => r.proposals),
  checkPair: (programmeId: number, mentee: string, mentor: string) =>
    request<PairCheck>('POST', `/programmes/${programmeId}/match/check`, { body: { mentee, mentor } }),
  publish: (programmeId: number) => request<PublishResult>('POST', `/programmes/${programmeId}/match/publish`),

  // Pairs and the participants' own steps.
  listPairs: (programmeId: number) =>
    request<Items<Pair>>('GET', `/programmes/${programmeId}/pairs`).then((r) => r.items),
  acceptPair: (pairId: number) => request<Pair>('POST', `/pairs/${pairId}/accept`),
  declinePair: (pairId: number) => request<Pair>('POST', `/pairs/${pairId}/decline`),
  recommendations: (programmeId: number, limit = 5) =>
    request<Items<MentorRecommendation>>('GET', `/programmes/${programmeId}/match/recommendations${query({ limit })}`).then(
      (r) => r.items,
    ),
  requestMentor: (programmeId: number, mentor: string) =>
    request<MatchRequest>('POST', `/programmes/${programmeId}/match/requests`, { body: { mentor } }),
  listRequests: (programmeId: number) =>
    request<Items<MatchRequest>>('GET', `/programmes/${programmeId}/match/requests`).then((r) => r.items),
  answerRequest: (programmeId: number, requestId: number, accept: boolean) =>
    request<RequestAnswer>('POST', `/programmes/${programmeId}/match/requests/${requestId}/answer`, { body: { accept } }),
  rankingCandidates: (programmeId: number) =>
    request<Items<RankingCandidate>>('GET', `/programmes/${programmeId}/match/candidates`).then((r) => r.items),
  saveRanking: (programmeId: number, ranking: string[]) =>
    request<{ ranking: string[] }>('PUT', `/programmes/${programmeId}/match/rankings`, { body: { ranking } }).then(
      (r) => r.ranking,
    ),
};

/** A human-readable message for any error thrown by the API layer. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.title && problem.detail && problem.detail !== problem.title) return `${problem.title}: ${problem.detail}`;
    return problem.detail || problem.title || error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
