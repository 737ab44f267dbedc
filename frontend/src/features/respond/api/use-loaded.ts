import { useEffect, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';

export type Loaded<T> = { data?: T; error?: unknown; isError: boolean; retry: () => void };

const retries = 2;

/**
 * What `load` answers, fetched when the component first shows `key` (and again on retry): the respondent's page's
 * small stand-in for TanStack Query. A server or network error is asked again twice (after 1 s, then 2 s), as the
 * app's queries do; a refusal (4xx) is not.
 */
export function useLoaded<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; attempt: number; data?: T; error?: unknown }>();
  useEffect(() => {
    const controller = new AbortController();
    retrying(load, controller.signal).then(
      (data) => setResult({ key, attempt, data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ key, attempt, error });
      },
    );
    return () => controller.abort();
    // `load` is the same call for the same key.
  }, [key, attempt]);
  const current = result?.key === key && result.attempt === attempt ? result : undefined;
  return {
    data: current?.data,
    error: current?.error,
    isError: current !== undefined && 'error' in current,
    retry: () => setAttempt((value) => value + 1),
  };
}

async function retrying<T>(load: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await load(signal);
    } catch (error) {
      const refused = error instanceof ApiError && error.status < 500;
      if (refused || signal.aborted || failures >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** failures));
    }
  }
}
