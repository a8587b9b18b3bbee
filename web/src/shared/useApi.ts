import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { errorMessage } from '../api/client';

/** What a page knows about one thing it reads from the API. */
export interface Resource<T> {
  /** The last answer, kept while a reload is under way so the page does not flicker. */
  data: T | null;
  /** Why the latest read failed, in words for the user (cleared when a new read starts). */
  error: string | null;
  loading: boolean;
  /**
   * Reads it again (after a change the page made, or on the user's request). Resolves to the new answer, or to
   * null when the read failed or a newer read replaced it, for a caller that acts on what it read.
   */
  reload: () => Promise<T | null>;
  /** Replaces the answer with one the page already has (for instance the API's answer to a save). */
  setData: (update: T | null | ((current: T | null) => T | null)) => void;
}

/**
 * Reads from the API when the page opens and whenever `deps` change. Only the latest read counts: an answer
 * that arrives after a newer read started (or after the page closed) is dropped.
 */
export function useApi<T>(
  load: () => Promise<T>,
  deps: DependencyList,
  /**
   * How a failed read reads to the user; the API's problem details by default. Define it outside the component:
   * a new function on each render would start a new read on each render.
   */
  describeError: (error: unknown) => string = errorMessage,
): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  // The caller names what the read depends on, as with useEffect.
  const read = useCallback(load, deps);

  const reload = useCallback(async (): Promise<T | null> => {
    const attempt = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      const answer = await read();
      if (attempt !== latest.current) return null;
      setData(answer);
      setError(null);
      return answer;
    } catch (e) {
      if (attempt === latest.current) setError(describeError(e));
      return null;
    } finally {
      if (attempt === latest.current) setLoading(false);
    }
  }, [read, describeError]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current++;
    };
  }, [reload]);

  return { data, error, loading, reload, setData };
}
