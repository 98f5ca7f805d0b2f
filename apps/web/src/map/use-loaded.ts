import { useEffect, useState } from 'react';

/** A panel's data on its way: loading, failed, or ready. */
export type Loaded<T> = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; data: T };

/**
 * Runs `load` when it changes and tracks its result. A result that arrives after `load` has changed
 * is dropped, so a quick second tap never shows the first feature's detail under the second's panel.
 * Pass a `useCallback`-stable `load`, or it runs on every render.
 *
 * @example
 * const load = useCallback(() => request(ProjectDetailDocument, { id }), [id]);
 * const loaded = useLoaded(load);
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => current && setLoaded({ state: 'ready', data }),
      () => current && setLoaded({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return loaded;
}
