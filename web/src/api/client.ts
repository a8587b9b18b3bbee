import type { Schema } from './schema';

export type RowError = Schema<'RowError'>;

/** RFC 9457 problem details, as returned by the API on errors. */
export type Problem = Partial<Schema<'Problem'>>;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

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

/**
 * The API's answer, or what `instead` makes of a refusal with one of `statuses`: for reads where such a refusal
 * is something the page shows (nothing there yet, not shared, not available here) rather than a failure.
 */
export async function orWhenRefused<T, F>(
  read: Promise<T>,
  statuses: readonly number[],
  instead: (error: ApiError) => F,
): Promise<T | F> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && statuses.includes(error.status)) return instead(error);
    throw error;
  }
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
