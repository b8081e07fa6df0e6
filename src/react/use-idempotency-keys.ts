import { useCallback, useRef } from 'react';
import { createIdempotencyKey } from './create-idempotency-key';

/**
 * One idempotency key per write intent (e.g. `remove:pm_visa`): a double click or a retry after a
 * failure reuses it, so the write happens once; `settle` forgets it after success, so the next
 * intent on the same target is a new write. `once` shares the request of an intent already in
 * flight, so a double click sends one request (a re-render may not have disabled the button yet).
 */
export function useIdempotencyKeys() {
  const keys = useRef(new Map<string, string>());
  const inFlight = useRef(new Map<string, Promise<unknown>>());
  const keyFor = useCallback((intent: string) => {
    let key = keys.current.get(intent);
    if (key === undefined) {
      key = createIdempotencyKey();
      keys.current.set(intent, key);
    }
    return key;
  }, []);
  const settle = useCallback((intent: string) => {
    keys.current.delete(intent);
  }, []);
  const once = useCallback(<Result>(intent: string, request: () => Promise<Result>): Promise<Result> => {
    let pending = inFlight.current.get(intent) as Promise<Result> | undefined;
    if (pending === undefined) {
      pending = request().finally(() => inFlight.current.delete(intent));
      inFlight.current.set(intent, pending);
    }
    return pending;
  }, []);
  return { keyFor, settle, once };
}
