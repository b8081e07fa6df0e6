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
}

/**
 * The one rule for write keys: one key per write intent (e.g. `remove:pm_visa`), reused by a double
 * click and by a retry after a failure, so the backend applies the intent once; forgotten after
 * success. `useIntentMutation` applies it to a write (and sends one request per intent in flight);
 * the plan-change reducer in core keeps its key by the same rule.
 */
export function useIdempotencyKeys(): IdempotencyKeys {
  const keys = useRef(new Map<string, string>());
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
  return { keyFor, settle };
}
