import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** Undefined until the first result arrives. */
  value?: T;
  error?: Error;
}

/** Subscribes to a Dexie query and re-renders whenever the tables it read change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({});
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value }),
      error: (error: unknown) => {
        console.error('[earshot] popup query failed', error);
        setResult({ error: error instanceof Error ? error : new Error(String(error)) });
      },
    });
    return () => subscription.unsubscribe();
    // The caller names what the query depends on, as with useEffect.
  }, deps);
  return result;
}
