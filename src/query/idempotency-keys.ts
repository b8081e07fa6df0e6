import { useCallback, useRef } from 'react';

/**
 * A fresh random key for one write intent. `crypto.randomUUID` exists only in secure contexts, so
 * the key is built from `getRandomValues`, which every supported browser and Node 20 have.
 */
export function createIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `sk_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export interface IdempotencyKeys {
  /** The intent's key, made on first use and kept until `settle`. */
  keyFor: (intent: string) => string;
  /** Forgets the intent's key after success, so doing it again is a new write. */
  settle: (intent: string) => void;
  /** Shares the intent's request while one is in flight. */
  once: <Result>(intent: string, request: () => Promise<Result>) => Promise<Result>;
}

/**
 * The one rule for write keys: one key per write intent (e.g. `remove:pm_visa`), reused by a double
 * click and by a retry after a failure, so the backend applies the intent once; forgotten after
 * success. `once` shares the request of an intent already in flight, so a double click sends one
 * request (a re-render may not have disabled the button yet).
 */
export function useIdempotencyKeys(): IdempotencyKeys {
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
