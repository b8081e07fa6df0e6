import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BillingDataProvider } from '../provider';
import { dataProviderScope } from './data-provider-scope';

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
 * these keys are the hook's own, e.g. one filled-in enquiry form.
 */
export function useIdempotencyKeys(): IdempotencyKeys {
  const [keys] = useState(() => keysIn(new Map()));
  return keys;
}

const sharedKeys = new WeakMap<QueryClient, Map<string, IdempotencyKeys>>();

/**
 * The same rule for intents that belong to the account rather than to a component, such as a plan
 * change: one set of keys per data provider and query client, shared by every component (and a
 * dialog closed and opened again), so two modals or a reopened one send an intent under one key.
 */
export function sharedIdempotencyKeys(
  queryClient: QueryClient,
  dataProvider: BillingDataProvider,
): IdempotencyKeys {
  let byProvider = sharedKeys.get(queryClient);
  if (byProvider === undefined) {
    byProvider = new Map();
    sharedKeys.set(queryClient, byProvider);
  }
  const scope = dataProviderScope(dataProvider);
  let keys = byProvider.get(scope);
  if (keys === undefined) {
    keys = keysIn(new Map());
    byProvider.set(scope, keys);
  }
  return keys;
}

function keysIn(keys: Map<string, string>): IdempotencyKeys {
  return {
    keyFor(intent) {
      let key = keys.get(intent);
      if (key === undefined) {
        key = createIdempotencyKey();
        keys.set(intent, key);
      }
      return key;
    },
    settle(intent) {
      keys.delete(intent);
    },
  };
}
